"""Quotation spans: where direct speech starts and ends, across sentences and paragraphs.

One left-to-right pass over the body paragraphs. Only top-level quotations are kept
(a quote inside a quote belongs to the outer one). Curly, straight, guillemet and low-9
marks are all recognised; a straight mark opens or closes by its neighbours; an
apostrophe (don't, Clinton’s) never closes a single-quoted span. A quotation still open
at the end of a paragraph continues when the next paragraph opens with a quote mark
(the newspaper convention for a quote that runs over several paragraphs); otherwise it
ends with its paragraph. The same opening mark again after a sentence end inside an open
quotation ('"A. "B."', paragraphs run together) continues it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_DOUBLE_OPEN = frozenset('“«„"')
_DOUBLE_ANY = frozenset('“”«»„"')
_SINGLE_OPEN = frozenset("‘'")
_SINGLE_CLOSE = frozenset("’'")
_OPEN_BEFORE = frozenset(" \n\t\u00a0([{―—–-/:;")
_CLOSE_AFTER = frozenset(" \n\t\u00a0)]}―—–-/:;,.!?…")
_MARKS = _DOUBLE_ANY | _SINGLE_OPEN | _SINGLE_CLOSE


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation: `pieces` are the inner (start, end) per paragraph, marks excluded."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool

    def text(self, article_text: str) -> str:
        return " ".join(article_text[s:e].strip() for s, e in self.pieces).strip()

    def words(self, article_text: str) -> int:
        return sum(len(article_text[s:e].split()) for s, e in self.pieces)


def _opens(text: str, i: int) -> bool:
    """A mark at i stands where a quotation can open: after a space or bracket, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in _MARKS) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A mark at i stands where a quotation can close: after text, before a space or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after in _CLOSE_AFTER or after in _MARKS)


def _reopens(text: str, i: int, opener: str) -> bool:
    """The opening mark of a quotation, again, after a sentence end inside it: '"A. "B'."""
    if text[i] != opener or opener not in '"“' or not _opens(text, i) or _closes(text, i):
        return False
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and j < i - 1 and text[j] in ".?!…"


def _family(ch: str) -> str:
    return "double" if ch in _DOUBLE_ANY else "single"


def find_quotes(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[Quote]:
    """Top-level quotations in `text`, in order, given the (start, end) of each paragraph."""
    quotes: list[Quote] = []
    # An open quotation carried over: (start, pieces so far, family).
    carry: tuple[int, list[tuple[int, int]], str] | None = None
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        state: str | None = None  # family of the open quotation
        depth = 0  # double quotations of another style nested in the open one
        q_start = inner = 0
        pieces: list[tuple[int, int]] = []
        first = para.lstrip()[:1]
        lead = len(para) - len(para.lstrip())
        skip = -1
        if carry is not None:
            if first and first in _MARKS and _family(first) == carry[2]:
                state, q_start, pieces = carry[2], carry[0], carry[1]
                inner = lead + 1
                skip = lead  # the re-opening mark is not a new quotation
            else:
                quotes.append(_unclosed(text, carry[0], carry[1]))
            carry = None
        for i, ch in enumerate(para):
            if ch not in _MARKS or i == skip:
                continue
            if state is None:
                if (ch in _DOUBLE_OPEN and (ch != '"' or _opens(para, i))) or (
                    ch in "”»" and _opens(para, i) and not _closes(para, i)
                ):  # (a closing mark typed where a quotation opens counts as opening)
                    state, depth, q_start, inner, pieces = "double", 0, p_start + i, i + 1, []
                elif ch in _SINGLE_OPEN and _opens(para, i) and i + 1 < len(para) and para[i + 1].isalnum():
                    state, q_start, inner, pieces = "single", p_start + i, i + 1, []
            elif state == "double":
                if ch not in _DOUBLE_ANY:
                    continue
                # any double mark closes: writers mix “ with " and „ with “
                if depth == 0 and _closes(para, i):
                    pieces.append((p_start + inner, p_start + i))
                    quotes.append(_make(q_start, pieces, closed=True, end=p_start + i + 1))
                    state = None
                elif depth == 0 and _reopens(para, i, text[q_start]):
                    # '"A. "B."': the mark that would open a new paragraph of the same
                    # quotation, the paragraph break lost; the quotation goes on
                    pieces.append((p_start + inner, p_start + i))
                    inner = i + 1
                elif _opens(para, i) and not _closes(para, i):
                    depth += 1  # '"... the question: “As you know, ...” ..."'
                elif depth > 0 and _closes(para, i):
                    depth -= 1
            elif ch in _SINGLE_CLOSE and _closes(para, i) and not (i + 1 < len(para) and para[i + 1].isalpha()):
                pieces.append((p_start + inner, p_start + i))
                quotes.append(_make(q_start, pieces, closed=True, end=p_start + i + 1))
                state = None
        if state is not None:
            pieces.append((p_start + inner, p_end))
            carry = (q_start, pieces, state)
    if carry is not None:
        quotes.append(_unclosed(text, carry[0], carry[1]))
    return quotes


#: An unclosed quotation longer than this is cut after its first sentence: a stray mark
#: ("6'3\" tall") must not turn a long paragraph into speech.
UNCLOSED_MAX = 400
_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S)")


def _unclosed(text: str, start: int, pieces: list[tuple[int, int]]) -> Quote:
    """A quotation whose closing mark never came: to its paragraph's end, if that is short."""
    if len(pieces) == 1 and pieces[0][1] - start > UNCLOSED_MAX:
        s, e = pieces[0]
        m = _SENTENCE_END.search(text, s, e)
        if m is not None:
            pieces = [(s, m.end())]
    return _make(start, pieces, closed=False)


def _make(start: int, pieces: list[tuple[int, int]], *, closed: bool, end: int | None = None) -> Quote:
    pieces = [(s, e) for s, e in pieces if e > s]
    stop = end if end is not None else (pieces[-1][1] if pieces else start + 1)
    return Quote(start, stop, tuple(pieces), closed)
