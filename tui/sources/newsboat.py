"""newsboat's `pipe-to` (and `save`) format → `Article`.

newsboat writes an article as plain text (its `item_renderer::to_plain_text`):

    Feed: BBC News
    Title: Rates rise again
    Author: Jane Doe
    Date: Thu, 27 Jun 2024 09:44:00 +0100
    Link: https://www.example.com/news/rates

    The body, rendered from HTML and hard-wrapped at `text-width` (80 by
    default). Links are marked with their number[1]; images as
    [image 1: alt text (link #2)].

    Links:
    [1]: https://www.example.com/other (link)
    [2]: https://www.example.com/pic.jpg (image)

Headers become metadata (a long title wraps onto continuation lines); the body's
wrapped lines are rejoined by the plain-text layout; the `Links:` list and the
markers that point into it are dropped, since they are not part of the prose.
"""

from __future__ import annotations

import re

from ..article.dates import parse_date
from ..article.model import Article, Metadata
from ..article.plaintext import RawBlock, layout, normalise_newlines, split_blocks

#: newsboat's header labels (English; its labels are translated in other locales).
HEADER_KEYS = ("Feed", "Title", "Author", "Date", "Link", "Flags", "Podcast Download URL")
_HEADER = re.compile(r"^(" + "|".join(re.escape(k) for k in HEADER_KEYS) + r"): (.*)$")
_LINK_LINE = re.compile(r"^\[(\d+)\]: \S.*$")
_MEDIA_MARKER = re.compile(r"\[(?:image|video|audio|iframe|embedded flash:?)\s*\d*(?::[^\]]*?)?\s*\(link #\d+\)\]")
_UNDERLINE = re.compile(r"^\s*-{3,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:\*|\d{1,3}\.|[a-zA-Z]\.|[ivxIVX]+\.)\s+")


def parse_header(text: str) -> tuple[dict[str, str], str] | None:
    """The header fields and the rest, if `text` starts with a newsboat header block."""
    text = normalise_newlines(text)
    head, sep, rest = text.partition("\n\n")
    if not sep:
        return None
    fields: dict[str, str] = {}
    last: str | None = None
    for line in head.split("\n"):
        m = _HEADER.match(line)
        if m:
            last = m.group(1)
            fields[last] = m.group(2).strip()
        elif last is not None and line.strip():
            fields[last] += " " + line.strip()  # a wrapped header value
        else:
            return None
    if "Title" not in fields or len(fields) < 2 or not ({"Link", "Feed", "Date", "Author"} & fields.keys()):
        return None
    return fields, rest


def looks_like_newsboat(text: str) -> bool:
    return parse_header(text[:4096] + "\n\n") is not None and parse_header(text) is not None


def _strip_links(body: str) -> str:
    """Drop the trailing `Links:` list and the [n] markers that point into it."""
    lines = body.rstrip().split("\n")
    cut, count, seen = len(lines), 0, 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        m = _LINK_LINE.match(line)
        if m:
            seen = max(seen, int(m.group(1)))
        elif line in ("Links:", "Images:"):
            cut, count = i, seen
        elif line:
            break
    if cut == len(lines):
        return body
    body = _MEDIA_MARKER.sub("", "\n".join(lines[:cut]))
    return re.sub(r"(?<=\S)\[(\d+)\]", lambda m: "" if int(m.group(1)) <= count else m.group(0), body)


def _body_blocks(body: str) -> list[RawBlock]:
    """Blocks of newsboat's rendered body: H1 underlines become headings, list items blocks."""
    lines = body.split("\n")
    out: list[str] = []
    headings: set[str] = set()
    for i, line in enumerate(lines):
        if _UNDERLINE.match(line):
            prev = out[-1].strip() if out else ""
            if prev and abs(len(prev) - len(line.strip())) <= 2:
                headings.add(" ".join(prev.split()))
                out[-1:] = ["", prev, ""]
            else:
                out.append("")  # a horizontal rule
            continue
        if _LIST_ITEM.match(line) and i and lines[i - 1].strip():
            out.append("")
        out.append(_LIST_ITEM.sub("", line, count=1) if _LIST_ITEM.match(line) else line)
    blocks = split_blocks("\n".join(out))
    for b in blocks:
        if " ".join(b.text.split()) in headings:
            b.hint = "heading"
    return blocks


def parse_newsboat(text: str, source: str) -> Article | None:
    """An Article from newsboat's plain-text rendering, or None if `text` is not one."""
    parsed = parse_header(text)
    if parsed is None:
        return None
    fields, body = parsed
    title = fields.get("Title") or None
    meta = Metadata(
        title=title,
        published=parse_date(fields.get("Date", "")),
        byline=fields.get("Author") or None,
        site=fields.get("Feed") or None,
        url=fields.get("Link") or None,
    )
    blocks = _body_blocks(_strip_links(body))
    if title:
        blocks.insert(0, RawBlock(title, "heading1"))
    return layout(blocks, source, meta=meta)
