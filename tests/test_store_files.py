"""Atomic writes: never overwrite silently, keep the old file on failure, normal permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.errors import OutputError
from tui.store.files import unique_path, write_atomic


def test_new_file_gets_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "a.md", "hello")
    finally:
        os.umask(old)
    assert path.read_text(encoding="utf-8") == "hello"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temp file left behind


def test_overwrite_keeps_existing_mode(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o600)
    write_atomic(path, "new", overwrite=True)
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="already exists"):
        write_atomic(path, "theirs")
    assert path.read_text(encoding="utf-8") == "mine"


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(blocker / "sub" / "d.md", "text")


def test_unique_path(tmp_path: Path) -> None:
    (tmp_path / "e.md").write_text("1", encoding="utf-8")
    (tmp_path / "e-2.md").write_text("2", encoding="utf-8")
    assert unique_path(tmp_path / "e.md") == tmp_path / "e-3.md"
