"""Snapshots of the reader (pytest-textual-snapshot). Update with `pytest --snapshot-update`.

Deterministic: a prebuilt outline (no spaCy timing), the default theme, nothing remembered
from earlier runs, and the screenshot taken once the outline is on screen.
"""

from __future__ import annotations

import pytest

from tui.outline.model import Outline
from tui.sources import read_source

from .app_helpers import rich_outline

pytest.importorskip("pytest_textual_snapshot")

from tui.app.app import ReaderApp  # noqa: E402


@pytest.fixture(scope="module")
def outline(seed_outline: Outline) -> Outline:
    return rich_outline(seed_outline)


def reader(outline: Outline) -> ReaderApp:
    article = read_source(None)
    return ReaderApp(article, outline=outline, remember_theme=False)


async def _analysed(pilot) -> None:  # noqa: ANN001
    while pilot.app.analysed_at is None:
        await pilot.pause(0.01)
    await pilot.pause()


def test_main_screen_120x36(snap_compare, outline: Outline) -> None:  # noqa: ANN001
    assert snap_compare(reader(outline), terminal_size=(120, 36), run_before=_analysed)


def test_main_screen_80x24(snap_compare, outline: Outline) -> None:  # noqa: ANN001
    assert snap_compare(reader(outline), terminal_size=(80, 24), run_before=_analysed)


def test_jump_to_the_short_term_outlook_120x36(snap_compare, outline: Outline) -> None:  # noqa: ANN001
    assert snap_compare(reader(outline), press=["4", "enter"], terminal_size=(120, 36), run_before=_analysed)


def test_help_screen(snap_compare, outline: Outline) -> None:  # noqa: ANN001
    assert snap_compare(reader(outline), press=["question_mark"], terminal_size=(120, 36), run_before=_analysed)
