"""Run spaCy over an article's body paragraphs and fix its sentences to offsets.

The result, `Parsed`, is what every analyser takes: the article (now with sentences)
plus one spaCy `Doc` per body paragraph and one `Span` per sentence id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..article.model import Article, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: spaCy refuses longer texts; a paragraph above this is parsed in pieces.
MAX_CHUNK = 100_000

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Parsed:
    """An article with its spaCy analysis: analysers take this and nothing else."""

    article: Article
    #: One Doc per parsed chunk (normally one per body paragraph).
    docs: list[Doc]
    #: Offset of each doc's first character in `article.text`.
    doc_starts: list[int]
    #: For each sentence id, its span (in the doc that holds it) and the doc's index.
    spans: list[Span]
    span_docs: list[int]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    def offset(self, sentence_id: int, token: Token) -> int:
        """Absolute offset in `article.text` of a token of sentence `sentence_id`."""
        return self.doc_starts[self.span_docs[sentence_id]] + token.idx

    def char_span(self, sentence_id: int, span: Span) -> tuple[int, int]:
        """Absolute (start, end) in `article.text` of a span inside sentence `sentence_id`."""
        base = self.doc_starts[self.span_docs[sentence_id]]
        return base + span.start_char, base + span.end_char

    def iter_sentences(self) -> Iterator[tuple[Sentence, Span]]:
        return zip(self.article.sentences, self.spans, strict=True)


def _chunks(text: str, start: int) -> Iterator[tuple[str, int]]:
    """Pieces of at most MAX_CHUNK characters, cut after a sentence end where possible."""
    while len(text) > MAX_CHUNK:
        cut = max(text.rfind(". ", 0, MAX_CHUNK), text.rfind("\n", 0, MAX_CHUNK))
        cut = cut + 1 if cut > MAX_CHUNK // 2 else text.rfind(" ", 0, MAX_CHUNK) + 1 or MAX_CHUNK
        yield text[:cut], start
        start += cut
        text = text[cut:]
    yield text, start


def parse(article: Article, nlp: Language, *, progress: Progress | None = None, batch_size: int = 64) -> Parsed:
    """Parse the body paragraphs with `nlp` and fill `article.sentences`."""
    pieces: list[tuple[str, int, int]] = []  # (text, start offset, paragraph index)
    for block in article.paragraphs:
        for chunk, start in _chunks(article.text[block.start : block.end], block.start):
            pieces.append((chunk, start, block.paragraph))
    total = len(article.paragraphs)
    docs: list[Doc] = []
    sentences: list[Sentence] = []
    spans: list[Span] = []
    span_docs: list[int] = []
    last_para = -1
    done = 0
    publisher = _publisher(article.text)
    for (_, start, para), doc in zip(pieces, nlp.pipe((p[0] for p in pieces), batch_size=batch_size), strict=True):
        di = len(docs)
        _mend_entities(doc, publisher)
        docs.append(doc)
        for span in sentence_spans(doc):
            sentences.append(Sentence(len(sentences), start + span.start_char, start + span.end_char, para))
            spans.append(span)
            span_docs.append(di)
        if progress is not None and para != last_para:
            done += 1
            progress(done, total)
        last_para = para
    article = replace(article, sentences=tuple(sentences))
    return Parsed(article, docs, [p[1] for p in pieces], spans, span_docs)


#: Sentence adverbs, conjunctions and reporting verbs the small model runs into a name after
#: them when they open a sentence ("Nevertheless Mason thinks …" → ORG "Nevertheless Mason").
CONNECTIVES = frozenset(
    "nevertheless nonetheless however meanwhile moreover furthermore also still yet thus indeed besides "
    "hence therefore instead otherwise then so but and though although anyway already even perhaps again "
    "separately similarly likewise ultimately additionally consequently accordingly notably "
    # an inverted attribution: "Said Timme: “We’re warriors.”"
    "said says added adds asked asks wrote writes".split()
)


#: The credit line of a paper that prints it under each story: "Published in Dawn, February 1st, 2026".
_CREDIT_LINE = re.compile(
    r"\b(?:[Ff]irst |[Oo]riginally )?[Pp]ublished (?:in|by) ([A-Z][\w&.'’ -]{1,40}?), [A-Z][a-z]+ \d"
)


def _publisher(text: str) -> str:
    """The name of the publication the article credits itself to, or ""."""
    found = _CREDIT_LINE.search(text)
    return found.group(1) if found else ""


def _mend_entities(doc: Doc, publisher: str = "") -> None:
    """Cut a sentence-opening connective off the entity it was run into, and an entity
    that runs into an opening bracket ("World Health Organization (WHO") or over a bullet
    ("Aurangzeb • Islamabad") there; join a firm cut in two at "and" ("Merck" + "Co Inc");
    make the article's own publication an organisation ("Dawn has obtained a copy", tagged
    as a person, in an article credited "Published in Dawn, …")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    for e in ents:
        start, end = _mended(e)
        changed |= (start, end) != (e.start, e.end)
        if start >= end:
            continue
        if out and out[-1].end + 1 == start and _firm_tail(doc, e):
            out[-1] = Span(doc, out[-1].start, end, label="ORG")
            changed = True
            continue
        label = "ORG" if publisher and doc[start:end].text == publisher else _label(doc, start, end, e.label_)
        changed |= label != e.label_
        out.append(Span(doc, start, end, label=label) if (start, end, label) != (e.start, e.end, e.label_) else e)
    if changed:
        doc.ents = out


#: First words of the second half of a firm's name after "and" ("Merck and Co Inc").
_FIRM_TAILS = frozenset({"co", "co.", "company", "sons", "son", "brothers", "bros", "bros.", "partners", "associates"})


def _firm_tail(doc: Doc, e: Span) -> bool:
    return e.start >= 2 and doc[e.start - 1].lower_ in ("and", "&") and e[0].lower_ in _FIRM_TAILS


def _mended(e: Span) -> tuple[int, int]:
    start, end = e.start, e.end
    if end - start > 1 and e[0].lower_ in CONNECTIVES and e[0].is_sent_start:
        start += 1
    first = start + 1 if e.doc[start].lower_ == "the" else start
    if end - first > 2 and e.doc[first].text.islower() and e.doc[first + 1].text in ("'s", "’s"):
        start = first + 2  # "the university’s Institute for Health Metrics": a common noun's possessive
    texts = [t.text for t in e]
    if "(" in texts and ")" not in texts[texts.index("(") :]:
        end = e.start + texts.index("(")
    if end - start > 1 and e.doc[end - 1].tag_ in ("VBZ", "VBD", "VBP") and e.doc[end - 1].text.islower():
        end -= 1  # "signed by Whitmer marks the first repeal": the verb after the name
    cut = next((k for k, t in enumerate(texts) if t in _SEPARATORS), None)
    if cut is not None:
        # "meets Aurangzeb • Islamabad welcomes move": a bullet or bar between headlines
        start, end = (start, min(end, e.start + cut)) if e.start + cut > start else (e.start + cut + 1, end)
    return start, end


_SEPARATORS = frozenset({"•", "·", "|", "▪", "►"})
#: Given-name and surname prefixes after which a capital is part of a person's name ("McCain",
#: "DeSantis", "LeBron", "MacKenzie", "VanDerBeek").
_NAME_PREFIXES = frozenset("mc mac de di da du la le lo ja ke ka sha ta van von fitz".split())
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _label(doc: Doc, start: int, end: int, label: str) -> str:
    """A lone word written like a brand ("SpaceX", "HuffPost": a capital inside it, not after
    a name prefix) that the model tagged as a person is an organisation."""
    if label != "PERSON" or end - start != 1:
        return label
    word = doc[start].text
    inner = _INNER_CAPITAL.search(word)
    if inner is None or word[: inner.start() + 1].casefold() in _NAME_PREFIXES:
        return label
    return "ORG"


_OPENERS = {'"', "“", "‘", "«", "'", "(", "["}
_CLOSERS = {'"', "”", "’", "»", "'", ")", "]"}


def sentence_spans(doc: Doc) -> list[Span]:
    """spaCy's sentences, mended where the small model cuts badly.

    A "sentence" that is only punctuation, or that starts with a lower-case word
    (a cut inside a quotation or after an abbreviation), joins the one before it; a
    dateline or a speaker's label cut off on its own joins the one after it; leading and
    trailing whitespace tokens are trimmed off.
    """
    out: list[tuple[int, int]] = []
    label = False  # the sentence before is a dateline or a speaker's label
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start >= end:
            continue
        first = doc[start]
        only_punct = all(t.is_punct or t.is_space for t in doc[start:end])
        continues = (first.is_lower and first.is_alpha) or (
            first.text in _CLOSERS and not first.whitespace_ and start + 1 < end and doc[start + 1].is_punct
        )
        if out and (only_punct or continues or label):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        label = _LABEL.fullmatch(doc[start:end].text) is not None
    return [doc[s:e] for s, e in out]


#: A dateline or a label the model cuts off as a sentence of its own ("ISLAMABAD:", "NEW
#: YORK, March 23 (Reuters) -", "ST. PAUL, Minn. --", "SCOTT DETROW, HOST:"): it opens the
#: sentence after it.
_LABEL = re.compile(r"[A-Z][A-Z.'’ ]{1,40}(?:,[^:\n]{1,30})?(?:\s*\([A-Za-z]+\))?\s*(?::|-{1,2}|—|–)")
