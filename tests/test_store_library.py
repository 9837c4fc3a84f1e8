"""The library: record, list newest first, search, positions, delete; atomic and concurrent."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.article.plaintext import parse_text
from tui.errors import OutputError
from tui.outline.model import Outline
from tui.store.library import Library, LibraryError

from .conftest import ROOT, SEED
from .test_cli import run

RATES = "Rates rise again\n\nThe central bank raised rates on Thursday. Officials said more rises may follow.\n"
FLOODS = "River floods the old town\n\nThe river burst its banks overnight. Residents were moved to the school.\n"


def _outline(text: str, source: str = "test.txt") -> Outline:
    """A small outline without spaCy: sentences split by hand (the library does not care how)."""
    from dataclasses import replace

    from tui.analysis.summary import SummaryItem
    from tui.article.model import Sentence

    a = parse_text(text, source)
    sentences = []
    for b in a.paragraphs:
        pos = b.start
        for part in a.block_text(b).split(". "):
            end = pos + len(part) + (0 if part.endswith(".") else 1)
            sentences.append(Sentence(len(sentences), pos, min(end, b.end), b.paragraph))
            pos = end + 1
    a = replace(a, sentences=tuple(sentences))
    return Outline(article=a, summary=[SummaryItem((0,))], model="test-model", summarizer="centroid")


def test_record_list_get_search_delete() -> None:
    lib = Library()
    rates, floods = _outline(RATES, "rates.txt"), _outline(FLOODS, "floods.txt")
    e1 = lib.record(rates.article, rates)
    e2 = lib.record(floods.article, floods)
    assert [e.id for e in lib.list()] == [e2.id, e1.id]  # newest first
    assert e1.title == "Rates rise again" and e1.source == "rates.txt"
    assert e1.summary == ("The central bank raised rates on Thursday.",)
    assert lib.get(e1.id) == e1
    assert lib.get(e1.id[:5]) == e1  # a unique prefix is enough
    assert [e.id for e in lib.search("central BANK")] == [e1.id]  # summary text, any case
    assert [e.id for e in lib.search("river floods")] == [e2.id]  # title
    assert lib.search("rates floods") == []  # every word must match
    # Reopening moves it to the top and keeps one entry per article.
    again = lib.record(rates.article, rates)
    assert again.id == e1.id and again.first_opened == e1.first_opened
    assert [e.id for e in lib.list()] == [e1.id, e2.id]
    assert lib.delete(e1.id[:6]).id == e1.id
    assert [e.id for e in lib.list()] == [e2.id]
    assert lib.get(e1.id) is None
    with pytest.raises(LibraryError, match="no article in the library"):
        lib.resolve(e1.id)


def test_positions_survive_reopening_and_a_new_process() -> None:
    lib = Library()
    o = _outline(RATES)
    entry = lib.record(o.article, o)
    assert lib.get_position(entry.id) is None
    assert lib.set_position(entry.id, 1)
    lib.record(o.article, o)  # reopening keeps the position
    assert lib.get_position(entry.id) == 1
    code = (
        "from tui.store.library import Library; l = Library(); e = l.list()[0]; "
        "o = l.load_outline(e.id); print(e.id, e.position, o.article.sentence_text(e.position))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == f"{entry.id} 1 Officials said more rises may follow."
    assert not lib.set_position("0123456789ab", 3)  # a deleted or unknown entry


def test_stored_outline_is_lossless() -> None:
    lib = Library()
    o = _outline(RATES, "rates.txt")
    entry = lib.record(o.article, o)
    back = lib.load_outline(entry.id)
    assert back == o


def test_damaged_entries_are_skipped_not_fatal() -> None:
    lib = Library()
    o1, o2 = _outline(RATES), _outline(FLOODS)
    e1 = lib.record(o1.article, o1)
    e2 = lib.record(o2.article, o2)
    (lib.root / e1.id / "entry.json").write_text("{not json", encoding="utf-8")
    (lib.root / e2.id / "outline.json").write_text("[]", encoding="utf-8")
    assert [e.id for e in lib.list()] == [e2.id]
    with pytest.raises(LibraryError, match="damaged or missing"):
        lib.load_outline(e2.id)


def test_a_failed_write_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library()
    o = _outline(RATES)
    entry = lib.record(o.article, o)
    lib.set_position(entry.id, 1)
    before = (lib.root / entry.id / "entry.json").read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        lib.set_position(entry.id, 0)
    monkeypatch.undo()
    assert (lib.root / entry.id / "entry.json").read_bytes() == before
    assert lib.get_position(entry.id) == 1
    assert not [p for p in (lib.root / entry.id).iterdir() if p.name.endswith(".tmp")]


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    lib = Library(blocker / "library")
    o = _outline(RATES)
    with pytest.raises(OutputError) as err:
        lib.record(o.article, o)
    assert err.value.exit_code == 5
    assert "cannot write here" in str(err.value)
    assert blocker.read_text(encoding="utf-8") == "a file where the data folder should be"


def _worker(args: tuple[str, int]) -> int:
    root, n = args
    lib = Library(Path(root))
    shared = _outline(RATES, "shared.txt")
    shared_id = lib.record(shared.article, shared).id
    for i in range(8):
        o = _outline(f"Story {n}-{i}\n\nWorker {n} wrote story {i} today. It was short.\n", f"w{n}-{i}.txt")
        lib.record(o.article, o)
        lib.set_position(shared_id, i % 2)
        lib.list()
    return n


def test_two_processes_at_once_do_not_corrupt_the_library(tmp_path: Path) -> None:
    root = tmp_path / "library"
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert sorted(pool.map(_worker, [(str(root), n) for n in range(4)])) == [0, 1, 2, 3]
    lib = Library(root)
    entries = lib.list()
    assert len(entries) == 4 * 8 + 1
    for e in entries:
        data = json.loads((root / e.id / "entry.json").read_text(encoding="utf-8"))
        assert data["entry"]["id"] == e.id
        assert lib.load_outline(e.id).article.text
    assert not list(root.rglob("*.tmp"))
    shared = next(e for e in entries if e.source == "shared.txt")
    assert shared.position in (0, 1)


def test_command_line_library(tmp_path: Path) -> None:
    other = tmp_path / "rates.txt"
    other.write_text(RATES, encoding="utf-8")
    # `precis outline` records only when asked.
    assert run("outline", str(SEED)).returncode == 0
    assert run("library", "--json").stdout.strip() == b"[]"
    assert run("outline", str(SEED), "--record").returncode == 0
    assert run("outline", str(other), "--record").returncode == 0
    listing = json.loads(run("library", "--json").stdout)
    assert [e["source"] for e in listing] == [str(other), str(SEED)]
    text = run("library").stdout.decode()
    assert text.splitlines()[0].startswith(listing[0]["id"]) and "Rates rise again" in text
    found = json.loads(run("library", "--json", "--search", "north korea").stdout)
    assert [e["source"] for e in found] == [str(SEED)]
    # Deleting asks on a terminal; without one it needs --yes.
    r = run("library", "--delete", listing[0]["id"])
    assert r.returncode == 2 and "add --yes" in r.stderr.decode()
    r = run("library", "--delete", listing[0]["id"], "--yes")
    assert r.returncode == 0 and "deleted" in r.stderr.decode()
    assert [e["source"] for e in json.loads(run("library", "--json").stdout)] == [str(SEED)]
    r = run("library", "--delete", "ffffffffffff", "--yes")
    assert r.returncode == 2 and "no article in the library has this id" in r.stderr.decode()
    assert run("library", "--path").stdout.decode().strip().endswith("library")
