"""newsboat's pipe-to format: headers as metadata, wrapped body rejoined, link list dropped."""

from __future__ import annotations

import json
from pathlib import Path

from tui.sources import article_from_bytes
from tui.sources.newsboat import parse_header, parse_newsboat

from .app_helpers import run_in_terminal
from .test_cli import run

SAMPLE = Path(__file__).parent / "fixtures" / "newsboat-pipe-to.txt"


def _article():
    return article_from_bytes(SAMPLE.read_bytes(), name="<stdin>", source="stdin")


def test_headers_become_metadata() -> None:
    a = _article()
    # The title wrapped onto a second header line.
    title = "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking"
    assert a.meta.title == title
    assert a.meta.byline == "Bob Yirka"
    assert a.meta.published.isoformat() == "2019-10-22"
    assert a.meta.url == "https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html"
    assert a.meta.site == "Phys.org - latest science and technology news stories"
    assert a.block_text(a.blocks[0]) == a.meta.title
    assert "Feed:" not in a.text and "Link:" not in a.text


def test_wrapped_paragraphs_are_rejoined_and_links_dropped() -> None:
    a = _article()
    paras = [a.block_text(b) for b in a.paragraphs]
    assert paras[0].startswith("A team of researchers affiliated with several institutions in The Netherlands has")
    assert "\n" not in a.text.replace("\n\n", "")
    assert "small cutting tool of Neanderthals" in paras[0]  # the [1] marker is gone
    assert "Carbon dating showed" in paras[2]
    for gone in ("Links:", "https://phys.org/tags/", "[image 1", "(link #3)", "[4]"):
        assert gone not in a.text, gone
    kinds = [(b.kind, a.block_text(b)) for b in a.blocks]
    assert ("heading", "Heading of a section") in kinds
    assert ("paragraph", "The tool is about 50,000 years old and was found under the North Sea.") in kinds


def test_plain_text_with_a_title_line_is_not_newsboat() -> None:
    assert parse_header("Title: My notes\n\nSome text here.") is None
    assert parse_header("Rates rise again\n\nThe central bank raised rates.") is None
    assert parse_newsboat("Title: x\nSomething: else\n\nBody.", "stdin") is None


def test_numbered_markers_stay_without_a_link_list() -> None:
    text = "Feed: Blog\nTitle: Notes\nLink: https://example.org/n\n\nSee the footnote[1] below for more details.\n"
    a = parse_newsboat(text, "stdin")
    assert "footnote[1]" in a.text


def test_piped_to_the_command_line() -> None:
    r = run("outline", "-", "--format", "json", stdin=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"]["title"].startswith("Flint flake tool")
    assert doc["article"]["byline"] == "Bob Yirka"
    assert doc["article"]["source"] == "stdin"
    assert "[1]" not in doc["text"]


def test_reader_reads_piped_stdin_without_a_source() -> None:
    # `newsboat … | precis` and `precis < page.html`: a pipe or a file on stdin is read.
    code, screen = run_in_terminal([], stdin=SAMPLE.read_bytes(), until=b"Flint flake tool")
    assert code == 0
    assert b"Flint flake tool" in screen


def test_reader_with_empty_stdin_opens_the_sample() -> None:
    code, screen = run_in_terminal([], stdin=b"", until=b"North Korea")
    assert code == 0
    assert b"North Korea" in screen
