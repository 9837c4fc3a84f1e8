"""The reader, driven by keys through Textual's Pilot on the seed article."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from tui.errors import InputError, ModelError
from tui.outline.model import Outline
from tui.sources import read_source

from .app_helpers import rich_outline, sentence_with, sentences_with

pytest.importorskip("textual")

from textual.command import CommandPalette  # noqa: E402
from textual.widgets import ProgressBar  # noqa: E402

from tui.app.analysis import AnalysisSettings, prebuilt  # noqa: E402
from tui.app.app import ReaderApp  # noqa: E402
from tui.app.messages import AnalysisDone  # noqa: E402
from tui.app.screens.error import ErrorScreen  # noqa: E402
from tui.app.screens.help import HelpScreen  # noqa: E402
from tui.app.screens.reader import ReaderScreen  # noqa: E402
from tui.app.screens.save_as import SaveAsScreen  # noqa: E402
from tui.app.widgets.outline_pane import AnalysisStatus  # noqa: E402
from tui.store.config import Config  # noqa: E402

SIZE = (120, 36)


@pytest.fixture(scope="module")
def outline(seed_outline: Outline) -> Outline:
    return rich_outline(seed_outline)


def make_app(outline: Outline | None = None, **kwargs) -> ReaderApp:
    """A reader on the seed as `precis` opens it: the article first, the outline from the worker."""
    kwargs.setdefault("remember_theme", False)
    analyse = kwargs.pop("analyse", None) or (prebuilt(outline) if outline is not None else None)
    return ReaderApp(read_source(None), analyse=analyse, **kwargs)


async def settled(app: ReaderApp, pilot, timeout: float = 20) -> None:  # noqa: ANN001
    """Wait until the analysis has reported (done or failed) and the screen caught up."""
    deadline = time.monotonic() + timeout
    while app.analysed_at is None and time.monotonic() < deadline:
        await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def ready(app: ReaderApp, pilot) -> ReaderScreen:  # noqa: ANN001
    await settled(app, pilot)
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    assert screen.outline is not None
    return screen


def visible(screen: ReaderScreen, sentence: int) -> bool:
    s = screen.article_view.article.sentences[sentence]
    return screen.article_view.is_visible(s.start, s.end)


def cursor_entry(screen: ReaderScreen):  # noqa: ANN201
    node = screen.tree.cursor_node
    assert node is not None
    return node.data


# ------------------------------------------------------------------ start


async def test_article_paints_before_the_analysis_finishes(outline: Outline) -> None:
    release = threading.Event()

    def slow(article, settings, progress):  # noqa: ANN001, ANN202
        progress(0, 10)
        release.wait(10)
        return outline

    app = make_app(analyse=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert app.first_paint_at is not None
        assert screen.outline is None
        layout = screen.article_view.layout_lines
        assert layout is not None and layout.lines[0].style == "title"
        assert any(line.style == "meta" and "2024" in (line.text or "") for line in layout.lines[:5])
        assert screen.query_one(AnalysisStatus).display
        assert "language model" in str(screen.query_one("#status-label").render())
        release.set()
        await ready(app, pilot)
        assert not screen.query_one(AnalysisStatus).display
        assert app.analysed_at is not None and app.analysed_at >= app.first_paint_at


async def test_progress_bar_on_long_documents(outline: Outline) -> None:
    release = threading.Event()
    halfway = threading.Event()

    def slow(article, settings, progress):  # noqa: ANN001, ANN202
        progress(40, 80)
        halfway.set()
        release.wait(10)
        return outline

    app = make_app(analyse=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        halfway.wait(5)
        await pilot.pause(0.1)
        status = app.screen.query_one(AnalysisStatus)
        assert status.has_class("-long")
        bar = status.query_one(ProgressBar)
        assert bar.total == 80 and bar.progress == 40
        assert "40 of 80" in str(status.query_one("#status-label").render())
        release.set()
        await ready(app, pilot)


async def test_settings_reach_the_analysis(outline: Outline) -> None:
    seen: list[AnalysisSettings] = []

    def spy(article, settings, progress):  # noqa: ANN001, ANN202
        seen.append(settings)
        return outline

    settings = AnalysisSettings(model="m", summarizer="lead", sentences=4)
    app = make_app(analyse=spy, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
    assert seen == [settings]


# ---------------------------------------------------------------- outline


async def test_tree_sections_and_labels(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        tree = screen.tree
        sections = [n.data.label for n in tree.root.children]
        assert sections == ["Summary", "Actors", "Claims", "Outlook"]
        groups = [n.data.label for n in tree.section_node("outlook").children]
        assert groups == ["Short term", "Medium term", "Long term", "Unspecified"]
        putin = tree.item_node("actors", 0)
        assert str(putin.label).startswith("Vladimir Putin") and str(len(outline.actors[0].sentences)) in str(
            putin.label
        )
        claim = tree.item_node("claims", 1)
        assert str(claim.label).startswith("experts: their cooperation")
        unattributed = tree.item_node("claims", 2)
        assert str(unattributed.label).startswith("(unattributed):")


async def test_number_keys_put_the_cursor_on_each_section(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        assert screen.focused is screen.tree
        entry = cursor_entry(screen)
        assert (entry.section, entry.index) == ("actors", 0)
        await pilot.press("3")
        assert (cursor_entry(screen).section, cursor_entry(screen).index) == ("claims", 0)
        await pilot.press("1")
        assert (cursor_entry(screen).section, cursor_entry(screen).index) == ("summary", 0)
        await pilot.press("4")
        entry = cursor_entry(screen)
        assert entry.section == "outlook"
        assert outline.outlook[entry.index].horizon == "short"


async def test_outlook_enter_jumps_to_the_short_term_sentence(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("4", "enter")
        await pilot.pause()
        short = sentence_with(outline, "In the short term")
        view = screen.article_view
        assert view.cursor == short
        assert visible(screen, short)
        top, bottom = view.visible_lines()
        first, last = view.span_lines(view.article.sentences[short].start, view.article.sentences[short].end)
        assert top < first and last < bottom  # centred, not at an edge (the article is long enough)


async def test_detail_line_shows_the_full_text(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("4")
        await pilot.pause()
        detail = str(screen.query_one("#detail").render())
        full = outline.article.sentence_text(sentence_with(outline, "In the short term"))
        assert "Short term" in detail
        assert " ".join(full.split()[-3:]) in " ".join(detail.split())


async def test_n_and_N_cycle_through_an_actors_sentences(outline: Outline) -> None:
    app = make_app(outline)
    putin = sentences_with(outline, "Putin")
    assert len(putin) > 5
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        await pilot.press("2", "enter")
        assert view.cursor == putin[0]
        assert f"Vladimir Putin 1/{len(putin)}" in view.border_subtitle
        await pilot.press("n")
        assert view.cursor == putin[1]
        assert f"Vladimir Putin 2/{len(putin)}" in view.border_subtitle
        await pilot.press("n", "n")
        assert view.cursor == putin[3]
        await pilot.press("N")
        assert view.cursor == putin[2]
        assert visible(screen, putin[2])
        await pilot.press("N", "N", "N")
        assert view.cursor == putin[-1]  # wraps around
        assert view.cited == frozenset(putin)
        for _ in range(len(putin)):
            await pilot.press("n")
        assert view.cursor == putin[-1]  # a full cycle


async def test_actor_expands_to_its_mentions(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2", "l")
        putin = screen.tree.item_node("actors", 0)
        assert putin.is_expanded
        assert len(putin.children) == len(outline.actors[0].sentences)
        await pilot.press("j", "j", "enter")  # the second mention
        mentions = outline.actors[0].sentences
        assert screen.article_view.cursor == mentions[1]
        await pilot.press("n")  # n goes on through the actor's mentions
        assert screen.article_view.cursor == mentions[2]
        assert f"Vladimir Putin 3/{len(mentions)}" in screen.article_view.border_subtitle
        await pilot.press("k", "h")
        assert cursor_entry(screen).kind == "item"
        await pilot.press("h")
        assert not putin.is_expanded


async def test_backspace_and_ctrl_o_go_back(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        start = view.place()
        await pilot.press("4", "enter")
        assert view.scroll_offset.y > 0
        await pilot.press("backspace")
        assert view.place() == start
        putin = outline.actors[0].sentences
        await pilot.press("2", "enter", "n")
        assert view.cursor == putin[1]
        await pilot.press("ctrl+o")
        assert view.cursor == putin[0]
        await pilot.press("ctrl+o")
        assert view.place() == start
        await pilot.press("backspace")  # nothing left: a message, no crash
        assert any("Nothing to go back to" in n.message for n in app._notifications)


async def test_history_keeps_at_least_50_places(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2", "enter")
        for _ in range(60):
            await pilot.press("n")
        assert len(screen.history) >= 50


async def test_outline_movement_keys(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        tree = screen.tree
        await pilot.press("1", "j")
        assert cursor_entry(screen).index == 1
        await pilot.press("down", "k")
        assert cursor_entry(screen).index == 1
        await pilot.press("up")
        assert cursor_entry(screen).index == 0
        await pilot.press("G")
        assert tree.cursor_line == tree.last_line
        await pilot.press("g")
        assert tree.cursor_line == 0


async def test_enter_on_a_section_toggles_it(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("3", "k")
        node = screen.tree.cursor_node
        assert node.data.kind == "section" and node.is_expanded
        await pilot.press("enter")
        assert not node.is_expanded
        await pilot.press("enter")
        assert node.is_expanded


async def test_click_on_an_item_jumps(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        tree = screen.tree
        node = tree.item_node("summary", 2)
        await pilot.click(tree, offset=(6, node.line))
        await pilot.pause()
        assert screen.article_view.cursor == outline.summary[2].sentences[0]


# ---------------------------------------------------------------- article


async def test_sentence_cursor_moves_with_j_k(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        assert screen.focused is view
        await pilot.press("j")
        assert view.cursor == 0
        await pilot.press("j", "j", "down")
        assert view.cursor == 3
        await pilot.press("k", "up")
        assert view.cursor == 1
        await pilot.press("G")
        assert view.cursor == len(view.article.sentences) - 1
        assert visible(screen, view.cursor)
        await pilot.press("g")
        assert view.cursor == 0 and view.scroll_offset.y == 0
        for _ in range(25):
            await pilot.press("j")
        assert view.cursor == 25 and visible(screen, 25)


async def test_page_keys_scroll(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        await pilot.press("pagedown")
        assert view.scroll_offset.y > 10
        await pilot.press("pageup")
        assert view.scroll_offset.y == 0


async def test_enter_in_the_article_follows_the_reverse_link(outline: Outline) -> None:
    app = make_app(outline)
    short = sentence_with(outline, "In the short term")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        view.show_sentence(short)
        await pilot.press("enter")
        citing = outline.citing(short)
        assert citing, "the fixture cites this sentence"
        entry = cursor_entry(screen)
        section, index = citing[0]
        assert entry.section == section and entry.index == index and short in entry.sentences
        assert screen.focused is view  # the reader keeps reading
        assert "Cited by" in str(screen.query_one("#detail").render())


async def test_reverse_link_to_an_actor_lands_on_the_mention(outline: Outline) -> None:
    app = make_app(outline)
    putin = outline.actors[0].sentences
    lonely = next(s for s in putin if all(sec == "actors" for sec, _ in outline.citing(s)))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.article_view.show_sentence(lonely)
        await pilot.press("enter")
        entry = cursor_entry(screen)
        assert entry.kind == "mention" and entry.sentences == (lonely,)
        await pilot.press("n")
        assert screen.article_view.cursor == putin[putin.index(lonely) + 1]


async def test_reverse_link_without_citation_says_so(outline: Outline) -> None:
    app = make_app(outline)
    free = next(s.id for s in outline.article.sentences if not outline.citing(s.id))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.article_view.show_sentence(free)
        await pilot.press("enter")
        assert any("No outline item cites" in n.message for n in app._notifications)


async def test_click_in_the_article_moves_the_cursor(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        layout = view.layout_lines
        line = next(i for i, ln in enumerate(layout.lines) if ln.style == "paragraph")
        await pilot.click(view, offset=(3, line + 1))  # +1: the border
        assert view.cursor == 0


# ----------------------------------------------------------------- search


async def test_incremental_search_with_n_and_N(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        await pilot.press("slash", *"sanctions")
        n = outline.article.text.lower().count("sanctions")
        assert len(view.matches) == n > 2
        count = str(screen.query_one("#search-count").render())
        assert count == f"1/{n}"
        await pilot.press("enter")
        assert screen.focused is view
        assert not screen.search_bar.is_open
        await pilot.press("n")
        assert view.current_match == 1
        assert f"2/{n}" in view.border_subtitle
        start, end = view.matches[1]
        assert view.is_visible(start, end)
        await pilot.press("N", "N")
        assert view.current_match == n - 1
        await pilot.press("escape")
        assert view.matches == []


async def test_search_narrows_as_you_type_and_escape_restores(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        before = view.place()
        await pilot.press("slash", "m", "u", "l")
        several = len(view.matches)
        await pilot.press(*"tipolar")
        assert 0 < len(view.matches) <= several
        assert view.scroll_offset.y > 0
        await pilot.press("x", "y", "z")
        assert view.matches == []
        assert str(screen.query_one("#search-count").render()) == "no match"
        await pilot.press("escape")
        assert view.place() == before
        assert screen.focused is view


async def test_search_smart_case(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"nato")
        lower = len(screen.article_view.matches)
        for _ in range(4):
            await pilot.press("backspace")
        await pilot.press(*"NATO")
        assert len(screen.article_view.matches) == lower
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"Nato")
        assert screen.article_view.matches == []


# ------------------------------------------------------------------ panes


async def test_tab_switches_panes_and_t_hides_the_outline(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.focused is screen.article_view
        await pilot.press("tab")
        assert screen.focused is screen.tree
        await pilot.press("shift+tab")
        assert screen.focused is screen.article_view
        await pilot.press("t")
        assert not screen.outline_pane.display or screen.outline_hidden
        assert screen.outline_pane.region.width == 0
        await pilot.press("tab")
        assert screen.focused is screen.article_view  # nothing else to go to
        await pilot.press("3")
        assert not screen.outline_hidden and screen.focused is screen.tree
        await pilot.press("t")
        assert screen.focused is screen.article_view


async def test_outline_docks_left_when_configured(outline: Outline) -> None:
    app = make_app(outline, config=Config(outline_side="left"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.outline_pane.region.x < screen.article_view.region.x


async def test_small_terminal_and_resizing(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        view, pane = screen.article_view, screen.outline_pane
        assert view.region.width >= 40 and pane.region.width >= 28
        assert not view.region.overlaps(pane.region)
        await pilot.press("4", "enter")
        short = sentence_with(outline, "In the short term")
        for size in ((60, 20), (40, 12), (20, 8), (200, 60), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert not view.region.overlaps(pane.region)
        assert view.cursor == short
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert screen.has_class("-narrow")
        assert pane.region.y > view.region.y  # stacked under the article
        await pilot.press("j", "k", "4", "enter")
        assert visible(screen, short)


# ------------------------------------------------------------------ files


async def test_s_saves_the_outline_under_the_data_folder(outline: Outline) -> None:
    app = make_app(outline)
    folder = Path(os.environ["XDG_DATA_HOME"]) / "precis" / "summaries"
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        files = sorted(folder.glob("*.md"))
        assert [f.name for f in files] == ["2024-06-26-north-korean-army-in-ukraine-experts-reveal-what-putin-has.md"]
        text = files[0].read_text(encoding="utf-8")
        assert text.startswith("---\n") and "## Summary" in text and "## Outlook" in text
        await pilot.press("s")
        assert len(list(folder.glob("*.md"))) == 2  # a second name, never an overwrite
        assert files[0].read_text(encoding="utf-8") == text
        messages = [n.message for n in app._notifications]
        assert any(str(folder) in m for m in messages)


async def test_s_uses_the_configured_folder(outline: Outline, tmp_path: Path) -> None:
    app = make_app(outline, config=Config(save_dir=tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        assert len(list((tmp_path / "notes").glob("2024-06-26-*.md"))) == 1


async def test_s_reports_an_unwritable_folder(outline: Outline, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    app = make_app(outline, config=Config(save_dir=blocker / "sub"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        assert any(n.severity == "error" for n in app._notifications)


async def test_save_as_asks_for_a_path_and_confirms_overwrites(outline: Outline, tmp_path: Path) -> None:
    app = make_app(outline)
    target = tmp_path / "mine.md"
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("S")
        assert isinstance(app.screen, SaveAsScreen)
        field = app.screen.query_one("#save-as-path")
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SaveAsScreen)
        assert target.read_text(encoding="utf-8").startswith("---\n")
        target.write_text("my notes", encoding="utf-8")
        await pilot.press("S")
        app.screen.query_one("#save-as-path").value = str(target)
        await pilot.press("enter")
        assert isinstance(app.screen, SaveAsScreen)  # asks first
        assert target.read_text(encoding="utf-8") == "my notes"
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("---\n")
        await pilot.press("S")
        app.screen.query_one("#save-as-path").value = str(tmp_path) + "/"
        await pilot.press("enter")
        await pilot.pause()
        assert len(list(tmp_path.glob("2024-06-26-*.md"))) == 1
        await pilot.press("S", "escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_save_before_the_outline_is_ready_says_so(outline: Outline) -> None:
    release = threading.Event()

    def slow(article, settings, progress):  # noqa: ANN001, ANN202
        release.wait(10)
        return outline

    app = make_app(analyse=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "2")
        assert any("still being prepared" in n.message for n in app._notifications)
        release.set()
        await ready(app, pilot)


# -------------------------------------------------------------------- app


async def test_help_lists_every_key(outline: Outline) -> None:
    from tui.app.keys import KEYS

    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            text = " ".join(help_text(app.screen.keymap).split())
            for k in KEYS:
                assert k.help in text, k.id
            await pilot.press("escape")
            assert isinstance(app.screen, ReaderScreen)


def help_text(keymap: dict[str, str]) -> str:
    from rich.console import Console

    from tui.app.screens.help import help_table

    console = Console(width=200, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(help_table(keymap))
    return console.export_text()


def test_help_shows_remapped_keys() -> None:
    text = help_text({"toggle_outline": "o", "help": "question_mark,f1,h"})
    line = next(ln for ln in text.splitlines() if "Show or hide the outline pane" in ln)
    assert line.split()[0] == "o"
    assert "?  f1  h" in text
    assert "backspace  ctrl+o" in text


async def test_command_palette_offers_every_action(outline: Outline) -> None:
    from tui.app.keys import KEYS

    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        for key in KEYS:
            if key.palette:
                assert key.help in titles
        assert "Theme" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        # Run one command as the palette would.
        command = next(c for c in app.get_system_commands(screen) if c.title.startswith("Show or hide"))
        await command.callback()
        assert screen.outline_hidden


async def test_q_quits(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_keys_can_be_remapped_by_id(outline: Outline) -> None:
    app = make_app(outline, config=Config(keys={"toggle_outline": "o", "no_such_binding": "x"}))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("o")
        assert screen.outline_hidden
        await pilot.press("t")
        assert screen.outline_hidden  # t is no longer bound
        assert any("no_such_binding" in n.message for n in app._notifications)


async def test_theme_is_remembered_and_config_wins(outline: Outline) -> None:
    from tui.app.state import load_state

    app = make_app(outline, remember_theme=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.theme == "textual-dark"
        app.theme = "nord"
        await pilot.pause()
    assert load_state()["theme"] == "nord"
    again = make_app(outline, remember_theme=True)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
    configured = make_app(outline, remember_theme=True, config=Config(theme="gruvbox"))
    async with configured.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert configured.theme == "gruvbox"
    unknown = make_app(outline, remember_theme=True, config=Config(theme="no-such-theme"))
    async with unknown.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert unknown.theme == "nord"
        assert any("no-such-theme" in n.message for n in unknown._notifications)


# ----------------------------------------------------------------- errors


async def test_missing_model_is_a_message_and_the_article_stays(outline: Outline) -> None:
    def missing(article, settings, progress):  # noqa: ANN001, ANN202
        raise ModelError("the spaCy model 'xx' is not installed. Install an English spaCy pipeline")

    app = make_app(analyse=missing)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        label = str(screen.query_one("#status-label").render())
        assert "not installed" in label and "still readable" in label
        assert screen.article_view.layout_lines is not None
        await pilot.press("j", "pagedown", "2", "s", "enter")  # nothing crashes
        assert screen.article_view.scroll_offset.y > 0
        assert app.is_running


async def test_a_crash_in_the_analysis_is_one_line(outline: Outline) -> None:
    def broken(article, settings, progress):  # noqa: ANN001, ANN202
        raise RuntimeError("boom")

    app = make_app(analyse=broken)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        label = str(app.screen.query_one("#status-label").render())
        assert "RuntimeError: boom" in label and "Traceback" not in label
        assert app.is_running


async def test_unreadable_source_shows_an_error_screen() -> None:
    error = InputError("no such file", subject="missing.txt")
    app = ReaderApp(None, error=error, remember_theme=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert app.first_paint_at is not None
        await pilot.press("q")
    assert app.exit_code == 2


async def test_empty_and_absent_sections(seed_outline: Outline) -> None:
    """An outline whose other analysers did not run: only the summary; the rest say so."""
    from dataclasses import replace

    absent = replace(seed_outline, actors=[], claims=[], outlook=[], sections=("summary",))
    app = make_app(absent)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        entry = cursor_entry(screen)
        assert entry.kind == "section" and "not analysed" in entry.detail
        await pilot.press("enter", "n", "4", "enter")
        assert app.is_running
        empty = Outline(seed_outline.article, sections=("summary", "actors", "claims", "outlook"))
        screen.post_message(AnalysisDone(empty))  # a second analysis result
        await pilot.pause()
        await pilot.press("1", "enter", "3")
        assert "none found" in cursor_entry(screen).detail


# ------------------------------------------------------------------ bursts


async def burst(app: ReaderApp, pilot, *keys: str) -> None:  # noqa: ANN001
    """Keys sent back to back, as a pipe or `tmux send-keys` does: no waiting in between."""
    from textual import events

    chars = {"enter": "\r", "slash": "/", "backspace": "\x7f", "escape": "\x1b"}
    for key in keys:
        app._driver.send_message(events.Key(key, chars.get(key, key if len(key) == 1 else None)))
    await pilot.pause(0.2)
    await pilot.pause()


async def test_key_bursts_are_read_in_order(outline: Outline) -> None:
    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.article_view
        await burst(app, pilot, "4", "enter")
        assert view.cursor == sentence_with(outline, "In the short term")
        await burst(app, pilot, "2", "j", "enter")
        assert view.cursor == outline.actors[1].sentences[0]
        await burst(app, pilot, "2", "enter", "n", "n")
        assert view.cursor == outline.actors[0].sentences[2]
        await burst(app, pilot, "slash", *"putin", "enter", "n", "n")
        assert screen.focused is view and view.current_match == 2
        assert len(view.matches) == outline.article.text.lower().count("putin")
        await burst(app, pilot, "escape", "slash", *"zeit", "escape", "j")
        assert view.matches == [] and not screen.searching
        await burst(app, pilot, "slash", *"russia", "pagedown")  # page keys still page while searching
        assert screen.searching and len(view.matches) > 3
        await burst(app, pilot, "backspace", "backspace", "enter", "slash", "up")
        assert screen.search_bar.query_text == "russ"


async def test_garbage_is_collected_between_keys_and_the_collector_returns(outline: Outline) -> None:
    import gc

    app = make_app(outline)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert not gc.isenabled()  # paused: collections happen when keys stop
        junk = []
        for _ in range(2000):
            cycle: list = []
            cycle.append(cycle)
            junk.append(cycle)
        del junk, cycle
        assert sum(gc.get_count()) > 1000
        await pilot.pause(0.8)
        assert sum(gc.get_count()) < 1000  # the idle timer collected
    assert gc.isenabled()


# ---------------------------------------------------------------- library


async def test_library_keeps_the_article_and_the_place(outline: Outline) -> None:
    from tui.store.library import Library

    app = make_app(outline, library=True)
    short = sentence_with(outline, "In the short term")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        while screen.entry is None:
            await pilot.pause(0.05)
        (entry,) = Library().list()
        assert entry.title.startswith("North Korean army") and entry.position is None
        await pilot.press("4", "enter")
        await pilot.press("q")  # quitting writes the place at once
    assert Library().list()[0].position == short

    again = make_app(outline, library=True)
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        while screen.entry is None:
            await pilot.pause(0.05)
        await pilot.pause()
        assert screen.article_view.cursor == short and visible(screen, short)
        assert any("where you left off" in n.message for n in again._notifications)
        await pilot.press("g")  # reading on: the place is written within a few seconds
        await pilot.pause(2.5)
        assert Library().list()[0].position == 0


async def test_library_screen_opens_and_deletes(outline: Outline, tmp_path: Path) -> None:
    from tui.app.screens.library import LibraryScreen
    from tui.store.library import Library

    other_text = "Rates rise\n\nThe bank raised rates on Thursday. Officials said more rises may follow.\n"
    other = parse_string_outline(other_text)
    Library().record(other.article, other)
    app = make_app(outline, library=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        while screen.entry is None:
            await pilot.pause(0.05)
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.screen.entries) == 2
        await pilot.press(*"rates")
        assert [e.title for e in app.screen.entries] == ["Rates rise"]
        await pilot.press("enter")
        for _ in range(100):
            if isinstance(app.screen, ReaderScreen) and app.screen.article.meta.title == "Rates rise":
                break
            await pilot.pause(0.05)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.meta.title == "Rates rise"
        await settled(app, pilot)
        assert reader.outline is not None and reader.article_view.layout_lines is not None
        await pilot.press("L", "ctrl+d")
        assert len(Library().list()) == 2  # the first ctrl+d only asks
        assert "ctrl+d again" in str(app.screen.query_one("#library-message").render())
        await pilot.press("ctrl+d")
        assert len(Library().list()) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


def parse_string_outline(text: str) -> Outline:
    """A small outline without spaCy: one sentence per line-ish, enough for the library."""
    from dataclasses import replace

    from tui.analysis.summary import SummaryItem
    from tui.article.model import Sentence
    from tui.article.plaintext import parse_text

    article = parse_text(text, "rates.txt")
    body = article.paragraphs[0]
    cut = article.text.index(".", body.start) + 1
    sentences = (Sentence(0, body.start, cut, 0), Sentence(1, cut + 1, body.end, 0))
    article = replace(article, sentences=sentences)
    return Outline(article, summary=[SummaryItem((0,))], sections=("summary",))
