"""The per-article context claim finding works in: sentences, paragraphs, quotations.

`ClaimContext` indexes an article once (sentence starts, the quotations of each
sentence, each sentence's named entities) and offers the offset helpers the cue rules
(tui/analysis/claims/cue_rules.py) and the quotation repairs (tui/analysis/claims/quote_repair.py)
share. `Draft` is a claim under construction: character ranges, not yet text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import Lexicon, lexicon
from .quotes import Quote, find_quotes
from .speakers import Antecedents, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...nlp.parse import Parsed

Range = tuple[int, int]

#: A quotation must have this many words (or end a sentence inside its marks) to be speech,
#: not a scare quote or a title.
SPEECH_WORDS = 4
QUOTE_CHARS = "\"“”‘’«»„'"
_TRIM = " \t\n\u00a0,;:" + QUOTE_CHARS


@dataclass(slots=True)
class Draft:
    """A claim being built: where its cue, speaker and content are in the article text."""

    sid: int
    order: int
    cue: str | None
    cue_span: Range | None
    pieces: list[Range]
    speaker: Span | None = None
    speaker_span: Range | None = None
    antecedent: Mention | None = None
    hedged: bool = False
    quoted: bool = False
    quotes: set[int] = field(default_factory=set)
    #: False for a "Name:" label, whose content is its own paragraph however quoted.
    extend: bool = True


class ClaimContext:
    """Indexes of one parsed article, built once, and offset helpers over them."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.lex: Lexicon = lexicon()
        self.sentences = parsed.sentences
        self.starts = [s.start for s in self.sentences]
        paras = parsed.article.paragraphs
        self.para_ranges = [(b.start, b.end) for b in paras]
        self.para_starts = [b.start for b in paras]
        self.quotes: list[Quote] = find_quotes(self.text, self.para_ranges)
        self.quote_starts = [q.start for q in self.quotes]
        self.sent_quotes: list[list[int]] = [[] for _ in self.sentences]
        for qi, q in enumerate(self.quotes):
            for sid in self._sids_in(q.start, q.end):
                self.sent_quotes[sid].append(qi)
        # sentence ids of each paragraph (sentences are in paragraph order)
        self.para_sids: dict[int, list[int]] = {}
        for s in self.sentences:
            self.para_sids.setdefault(s.paragraph, []).append(s.id)
        self.sent_ents = entities_by_sentence(parsed)
        self._places: set[str] | None = None  # the article's place names, casefolded (built when needed)
        self.antecedents = Antecedents()
        self.drafts: list[Draft] = []
        self.claimed: set[int] = set()  # quotes already inside some claim's content

    def _sids_in(self, start: int, end: int) -> range:
        """Ids of the sentences overlapping [start, end)."""
        if end <= start or not self.sentences:
            return range(0)
        first = bisect.bisect_right(self.starts, start) - 1
        if first < 0 or self.sentences[first].end <= start:
            first += 1
        last = bisect.bisect_left(self.starts, end) - 1
        return range(max(first, 0), last + 1) if last >= first else range(0)

    def _base(self, sid: int) -> int:
        return self.parsed.doc_starts[self.parsed.span_docs[sid]]

    def _tok_range(self, sid: int, first: Token, last: Token) -> Range:
        base = self._base(sid)
        return base + first.idx, base + last.idx + len(last.text)

    def _in_quote(self, sid: int, offset: int) -> int | None:
        for qi in self.sent_quotes[sid]:
            q = self.quotes[qi]
            if q.start <= offset < q.end:
                return qi
        return None

    def _trimmed(self, sid: int, doc: Doc, lo: int, hi: int, *, drop_that: bool = True) -> Range | None:
        """Char range of tokens doc[lo:hi+1] without edge punctuation, quote marks or 'that'."""
        while lo <= hi and (
            doc[lo].is_punct
            or doc[lo].is_space
            or doc[lo].text in QUOTE_CHARS
            or (drop_that and doc[lo].dep_ in ("mark", "advmod") and doc[lo].lower_ == "that")
        ):
            lo += 1
        while hi >= lo and (
            doc[hi].is_punct and doc[hi].text not in "?!." or doc[hi].is_space or doc[hi].text in QUOTE_CHARS
        ):
            hi -= 1
        if hi > lo and doc[hi].dep_ == "cc":
            # "saying it was manufactured and over two-thirds of Democrats saying …": the
            # conjunction that joins the next clause is not part of this one (a closing
            # quotation mark before it stays: "called “HustleGPT” and")
            hi -= 1
            while hi > lo and (doc[hi].is_space or (doc[hi].is_punct and doc[hi].text not in QUOTE_CHARS + "?!.")):
                hi -= 1
        if lo > hi:
            return None
        return self._tok_range(sid, doc[lo], doc[hi])

    def _quotes_around(self, sid: int) -> list[int]:
        """Quotations in this sentence and its neighbours in the same paragraph."""
        out: list[int] = []
        para = self.sentences[sid].paragraph
        for s in (sid - 1, sid, sid + 1):
            if 0 <= s < len(self.sentences) and self.sentences[s].paragraph == para:
                for qi in self.sent_quotes[s]:
                    if qi not in out:
                        out.append(qi)
        out.sort()
        return out

    def _token_at(self, sid: int, doc: Doc, offset: int) -> Token | None:
        base = self._base(sid)
        found = doc.char_span(offset - base, offset - base + 1, alignment_mode="expand")
        return found[0] if found is not None and len(found) else None

    def _is_speech(self, q: Quote) -> bool:
        """A quotation of someone's words, not a scare quote or a title."""
        words = q.text(self.text).split()
        if not words:
            return False
        inner_end = self.text[q.pieces[-1][1] - 1] if q.pieces else ""
        if len(words) >= SPEECH_WORDS:
            return not all(w[:1].isupper() for w in words if w[:1].isalpha() and len(w) > 3)
        return inner_end in ".?!," and len(words) >= 2

    def _para_of(self, offset: int) -> int:
        i = bisect.bisect_right(self.para_starts, offset) - 1
        return max(i, 0)


def entities_by_sentence(parsed: Parsed) -> list[list[Span]]:
    """Each sentence's named entities, in one pass (`Span.ents` rescans the whole doc)."""
    out: list[list[Span]] = [[] for _ in parsed.spans]
    by_doc: dict[int, list[int]] = {}
    for sid, di in enumerate(parsed.span_docs):
        by_doc.setdefault(di, []).append(sid)
    for di, sids in by_doc.items():
        ents = list(parsed.docs[di].ents)
        k = 0
        for sid in sids:
            span = parsed.spans[sid]
            while k < len(ents) and ents[k].start < span.start:
                k += 1
            while k < len(ents) and ents[k].end <= span.end:
                out[sid].append(ents[k])
                k += 1
    return out


def merge_ranges(ranges: list[Range]) -> list[Range]:
    out: list[Range] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def clean_text(text: str) -> str:
    """The text without edge spaces, punctuation and quotation marks, keeping a quotation
    mark whose partner is inside (`called “HustleGPT”` keeps its closing mark)."""
    text = " ".join(text.split())
    out = text.strip(_TRIM).rstrip(".").strip(_TRIM)
    if not out:
        return out
    start = text.find(out)
    end = start + len(out)
    if out.count("“") > out.count("”") and text[end : end + 1] == "”":
        out += "”"
    elif out.count('"') % 2 and text[end : end + 1] == '"' and text[start - 1 : start] != '"':
        out += '"'
    if out.count("”") > out.count("“") and text[start - 1 : start] == "“":
        out = "“" + out
    return out
