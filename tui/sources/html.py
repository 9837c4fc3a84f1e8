"""HTML → `Article`: trafilatura finds the main text and metadata; we keep its structure.

trafilatura drops menus, cookie banners, related links and comments, and returns the
article as XML (`<head>` headings, `<p>` paragraphs, `<list><item>`, `<quote>`). Each
becomes one block; the Article is assembled by `tui.article.plaintext.assemble`, so
offsets and the model stay the single truth. Tables and images are left out: they do
not read as sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..article.dates import find_date
from ..article.model import Article, BlockKind, Metadata
from ..article.plaintext import assemble, is_chrome
from ..errors import InputError

if TYPE_CHECKING:
    from lxml.etree import _Element

#: Elements whose text is a block of its own.
_BLOCK_TAGS = {"p", "head", "list", "item", "quote", "code", "div", "table", "graphic", "main", "body"}
_SKIP_TAGS = {"table", "graphic"}
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|a\s|span|h[1-6]|article|section|meta|script|title)\b", re.I)
#: Image credits and captions left between paragraphs: "(Credit: Clayton Aldern / Grist)".
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:photo(?:graph)?|image|picture|credit|illustration|graphic|video|source|getty images|ap photo)"
    r"s?\b[^()\[\]]{0,120}[)\]]?$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s+\S", re.I)
_DATELINE_REST = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|date|gmt|utc|[ap]\.?m\.?)\b|\d{1,2}:\d{2}|[|•·,:()\-–—/]",
    re.I,
)

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


def looks_like_html(data: bytes) -> bool:
    """True for a document that starts as HTML, or plain bytes dense with HTML tags."""
    head = data[:4096].lstrip()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    if _HTML_START.match(head):
        return True
    return head.startswith(b"<") and len(_HTML_TAGS.findall(head)) >= 3


def _squash(text: str) -> str:
    return " ".join(text.split())


def _own_text(el: _Element) -> str:
    """The text of `el` without the text of block children (nested lists, paragraphs)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in _BLOCK_TAGS:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return _squash("".join(parts))


def _blocks(el: _Element) -> Iterator[tuple[BlockKind, str, str]]:
    """(kind, text, tag) for each block under `el`, in document order."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        if tag == "head":
            text = _squash("".join(child.itertext()))
            if text:
                yield "heading", text, str(child.get("rend") or "h2")
            continue
        own = _own_text(child)
        if own:
            yield "paragraph", own, tag
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in child):
            yield from _blocks(child)


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        found = find_date(value)
        return found[0] if found else None


def _is_dateline(text: str) -> bool:
    """A short block that is a date or a byline plus little else ("Published 26 June 2024")."""
    if len(text.split()) > 12:
        return False
    if _BYLINE.match(text) and not text.endswith((".", "!", "?")):
        return True
    found = find_date(text)
    if not found:
        return False
    rest = _DATELINE_REST.sub(" ", text[: found[1].start()] + " " + text[found[1].end() :])
    return not re.search(r"[^\W\d_]{3,}", rest)


def parse_html(html: str, source: str, *, url: str | None = None) -> Article:
    """Extract the article from an HTML page (main text, headings, metadata)."""
    import trafilatura

    options = {"include_comments": False, "include_tables": False, "include_images": False, "with_metadata": True}
    doc = trafilatura.bare_extraction(html, url=url, **options)
    if doc is None or doc.body is None or not len(doc.body):
        doc = trafilatura.bare_extraction(html, url=url, favor_recall=True, **options)
    if doc is None or doc.body is None or not len(doc.body):
        raise InputError("holds no article text that could be found in this HTML page", subject=source)

    title = _squash(doc.title) if doc.title else None
    raw = list(_blocks(doc.body))
    blocks: list[tuple[BlockKind, str]] = []
    title_seen = False
    for i, (kind, text, tag) in enumerate(raw):
        if title and not title_seen and kind == "heading" and text.casefold() == title.casefold():
            # Short blocks above the headline are kickers, datelines and banners.
            blocks = [b for b in blocks if len(b[1].split()) > 12]
            blocks.append(("title", text))
            title_seen = True
            continue
        if not title and not blocks and kind == "heading" and tag == "h1":
            title = text
            title_seen = True
            blocks.append(("title", text))
            continue
        if is_chrome(text) or (i < 8 and _is_dateline(text)) or (len(text.split()) <= 15 and _CREDIT.match(text)):
            continue
        if title and kind == "paragraph" and _squash(text).casefold() == title.casefold():
            continue  # a caption that repeats the headline
        blocks.append((kind, text))
    if title and not title_seen:
        blocks.insert(0, ("title", title))
    if not any(k == "paragraph" for k, _ in blocks):
        raise InputError("holds no article text that could be found in this HTML page", subject=source)
    meta = Metadata(
        title=title,
        published=_published(doc.date),
        byline=_squash(doc.author) if doc.author else None,
        site=_squash(doc.sitename) if doc.sitename else None,
        url=url or doc.url or None,
    )
    return assemble(blocks, source, meta)
