"""HTML pages: main text, structure and metadata via trafilatura; boilerplate stays out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.errors import InputError
from tui.sources import article_from_bytes, read_source
from tui.sources.html import looks_like_html

FIXTURES = Path(__file__).parent / "fixtures"

# A hand-made page with every kind of boilerplate around a short article.
PAGE = """<!doctype html>
<html><head><title>Rates rise again | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-26T09:44:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<article><h1>Rates rise again</h1><p class="byline">By Jane Doe</p>
<p>The central bank raised interest rates on Thursday for the third time this year, citing stubborn inflation.</p>
<h2>What comes next</h2>
<p>Officials said further rises may follow in the autumn if prices keep climbing. Markets had expected it.</p>
<ul><li>Rates are now 5.25 percent.</li><li>Inflation stands at 4.1 percent.</li></ul>
<blockquote>"We will do what it takes," the governor said.</blockquote>
<p>Economists at two large banks said they expect a pause in September.</p></article>
<aside><h3>Related</h3><ul><li><a href="/a">Ten things you never knew about rates</a></li></ul></aside>
<footer>Copyright 2024 The Daily Example. All rights reserved.</footer></body></html>
"""


def _texts(article) -> list[tuple[str, str]]:
    return [(b.kind, article.block_text(b)) for b in article.blocks]


def test_structure_and_metadata_of_a_page(tmp_path: Path) -> None:
    path = tmp_path / "rates.html"
    path.write_text(PAGE, encoding="utf-8")
    a = read_source(str(path))
    assert a.meta.title == "Rates rise again"
    assert a.meta.byline == "Jane Doe"
    assert a.meta.site == "The Daily Example"
    assert a.meta.published.isoformat() == "2024-06-26"
    blocks = _texts(a)
    assert blocks[0] == ("title", "Rates rise again")
    assert ("heading", "What comes next") in blocks
    assert ("paragraph", "Rates are now 5.25 percent.") in blocks
    assert ("paragraph", '"We will do what it takes," the governor said.') in blocks
    for chrome in ("cookies", "Home", "Related", "Ten things", "Copyright", "By Jane Doe"):
        assert chrome not in a.text, chrome
    # The model's invariant: blocks point into the text, joined by blank lines.
    assert "\n\n".join(t for _, t in blocks) == a.text


@pytest.mark.parametrize(
    ("name", "title", "published", "byline", "first_words", "absent"),
    [
        (
            "phys.org.tool.html",
            "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking",
            "2019-10-22",
            "Bob Yirka",
            "A team of researchers affiliated",
            ["Sign In", "Related Stories", "Featured", "Nanotechnology", "Explore further", "share this"],
        ),
        (
            "salon.com.emissions.html",
            "Despite everything, U.S. emissions dipped in 2019",
            "2020-01-10",
            "Nathanael Johnson",
            "Just a week into the new year",
            ["Advertisement", "Up Next", "Fearless journalism", "Related Topics", "Copyright", "Credit:", "Welcome!"],
        ),
    ],
)
def test_real_pages(name: str, title: str, published: str, byline: str, first_words: str, absent: list[str]) -> None:
    a = read_source(str(FIXTURES / name))
    assert a.meta.title == title
    assert a.meta.published.isoformat() == published
    assert a.meta.byline == byline
    assert a.meta.url.startswith("https://")
    assert a.block_text(a.paragraphs[0]).startswith(first_words)
    for text in absent:
        assert text not in a.text, text
    assert a.warnings == ()


def test_salon_quotes_survive_intact() -> None:
    a = read_source(str(FIXTURES / "salon.com.emissions.html"))
    assert "“It’s a good-news bad-news story,” said Trevor Houser" in a.text
    assert len(a.paragraphs) == 8


def test_html_is_sniffed_without_a_suffix() -> None:
    data = (FIXTURES / "phys.org.tool.html").read_bytes()
    assert looks_like_html(data)
    assert not looks_like_html(b"Title\n\nA <b>bold</b> claim in plain text.")
    a = article_from_bytes(data, name="<stdin>", source="stdin")
    assert a.meta.title.startswith("Flint flake tool")
    assert a.source == "stdin"


def test_html_from_stdin_on_the_command_line() -> None:
    from .test_cli import run

    r = run("outline", "-", "--format", "json", stdin=(FIXTURES / "salon.com.emissions.html").read_bytes())
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"]["title"] == "Despite everything, U.S. emissions dipped in 2019"
    assert doc["article"]["published"] == "2020-01-10"
    assert doc["article"]["byline"] == "Nathanael Johnson"


def test_page_without_an_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    with pytest.raises(InputError, match="no article text"):
        read_source(str(path))
