"""The article laid out as screen lines: wrapped once per width, drawn line by line.

`ArticleView` is virtualised (it draws only the visible lines), so the layout is the
whole cost of a long document: one greedy wrap per block, with plain `str.rfind` when
every character is one cell wide and a per-character walk otherwise (CJK, emoji).
Lines hold offsets into `article.text`, never copies, so a sentence maps to lines by
bisection and a 100,000-word article wraps in milliseconds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rich.cells import cell_len, get_character_cell_size

from ..article.model import Article

LineStyle = Literal["title", "meta", "dek", "heading", "paragraph", "blank"]


@dataclass(frozen=True, slots=True)
class Line:
    #: Offsets in `article.text`; synthetic lines (blank, meta) have start == end.
    start: int
    end: int
    style: LineStyle
    #: Text of a synthetic line (the date/source line), else None.
    text: str | None = None


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text[start:end]` into (start, end) pieces of at most `width` cells.

    Breaks at spaces (the space itself is dropped), at newlines, and inside a word only
    when the word alone is wider than the line.
    """
    width = max(1, width)
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        piece = text[pos:stop]
        if cell_len(piece) == len(piece):
            _wrap_narrow(text, pos, stop, width, out)
        else:
            _wrap_wide(text, pos, stop, width, out)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _wrap_narrow(text: str, pos: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Wrap where every character is one cell: offsets are columns."""
    while end - pos > width:
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            out.append((pos, pos + width))
            pos += width
        else:
            out.append((pos, cut))
            pos = cut + 1
        while pos < end and text[pos] == " ":
            pos += 1
    out.append((pos, end))


def _wrap_wide(text: str, pos: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Wrap with per-character cell widths (wide CJK, emoji, zero-width marks)."""
    line_start = pos
    cells = 0
    last_space = -1
    i = pos
    while i < end:
        ch = text[i]
        w = get_character_cell_size(ch)
        if ch == " ":
            last_space = i
        if cells + w > width and i > line_start:
            if last_space > line_start:
                out.append((line_start, last_space))
                i = last_space + 1
            else:
                out.append((line_start, i))
            while i < end and text[i] == " ":
                i += 1
            line_start, cells, last_space = i, 0, -1
            continue
        cells += w
        i += 1
    out.append((line_start, end))


def meta_line(article: Article) -> str:
    """Date · site or byline · source, the line under the title."""
    m = article.meta
    parts = []
    if m.published:
        parts.append(f"{m.published.day} {m.published:%B %Y}")
    if m.site:
        parts.append(m.site)
    if m.byline:
        parts.append(m.byline)
    source = m.url or (Path(article.source).name if article.source not in ("stdin", "-") else "stdin")
    if source and source not in parts:
        parts.append(source)
    return " · ".join(parts)


class ArticleLayout:
    """The lines of an article at one width, with offset → line lookup."""

    def __init__(self, article: Article, width: int) -> None:
        self.width = width
        self.lines: list[Line] = []
        text = article.text
        lines = self.lines
        blocks = article.blocks
        has_title = any(b.kind == "title" for b in blocks)
        meta = meta_line(article)

        def blank(at: int) -> None:
            if lines and lines[-1].style != "blank":
                lines.append(Line(at, at, "blank"))

        def add_meta(at: int) -> None:
            for s, e in wrap(meta, 0, len(meta), width):
                lines.append(Line(at, at, "meta", meta[s:e]))

        if not has_title:
            title = article.meta.title
            if title:
                for s, e in wrap(title, 0, len(title), width):
                    lines.append(Line(0, 0, "title", title[s:e]))
            if meta:
                add_meta(0)
        for block in blocks:
            if block.kind == "heading":
                blank(block.start)
            style: LineStyle = block.kind
            for s, e in wrap(text, block.start, block.end, width):
                lines.append(Line(s, e, style))
            if block.kind == "title" and meta:
                add_meta(block.end)
            blank(block.end)
        if lines and lines[-1].style == "blank":
            lines.pop()
        self.starts = [line.start for line in lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """Index of the line that shows `offset` (or the nearest line before it)."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        # Synthetic lines share their start with the next text line: prefer the text line.
        while i > 0 and self.lines[i].style in ("blank", "meta") and self.starts[i - 1] == self.starts[i]:
            i -= 1
        return i

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last line that show the span [start, end)."""
        return self.line_of(start), self.line_of(max(start, end - 1))
