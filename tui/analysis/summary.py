"""Extractive summary: key sentences picked from spaCy's sentences, mapped back by id.

The default method, `centroid`, was chosen by measurement on BBC dev (docs/evaluation.md):
it beats every sumy algorithm there and its cost grows linearly with the text. It uses
sumy's English stop-word list and the Snowball stemmer sumy uses.

sumy's algorithms (reduction, textrank, lexrank, lsa, luhn, sumbasic) are available with
--summarizer. sumy's own tokenizer needs NLTK's punkt data, which cannot be fetched
offline, so we feed spaCy's sentences and words through sumy's document model. sumy keys
its ratings by sentence and its sentences compare equal by text, so two identical
sentences would merge: ours compare by identity and carry their id, so picks map back.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..nlp.parse import Parsed

# sumy's summarizers (and the NumPy, SciPy and NLTK they pull in, about a second) are
# imported only when one is asked for; the default path never imports them.

#: The default, chosen on BBC dev (docs/evaluation.md), and the plain sumy methods.
DEFAULT_SUMMARIZER = "centroid"
SUMMARIZERS = ("centroid", "reduction", "textrank", "lexrank", "lsa", "luhn", "sumbasic", "lead")
#: Methods whose cost grows with the square of the sentence count (pairwise similarity).
QUADRATIC = frozenset({"reduction", "textrank", "lexrank", "lsa"})

#: Above this many sentences a quadratic method gives way to the linear centroid method,
#: so a 100,000-word document does not take minutes of pure Python; see docs/summary.md.
LINEAR_ABOVE = 400

#: Above this many candidate sentences the centroid summary is picked segment by segment,
#: from sentences of at least LONG_DOCUMENT_MIN_WORDS words (see `centroid_pick`).
SEGMENTED_ABOVE = 300
LONG_DOCUMENT_MIN_WORDS = 10


@dataclass(frozen=True, slots=True)
class SummaryItem:
    sentences: tuple[int, ...]


class _Words:
    """A sumy 'tokenizer' that returns words we already have."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def to_words(self, _text: str) -> tuple[str, ...]:
        return self.words


@cache
def _sentence_class() -> type:
    from sumy.models.dom import Sentence as SumySentence

    class _Sentence(SumySentence):
        """A sumy sentence that knows its id and compares by identity, not by text."""

        __slots__ = ("sid",)

        def __init__(self, sid: int, text: str, words: tuple[str, ...]) -> None:
            super().__init__(text, _Words(words))
            self.sid = sid

        __eq__ = object.__eq__  # type: ignore[assignment]
        __ne__ = object.__ne__  # type: ignore[assignment]
        __hash__ = object.__hash__  # type: ignore[assignment]

    return _Sentence


_WORDLIKE = re.compile(r"\w")


def _words_of(span) -> tuple[str, ...]:  # noqa: ANN001 - spaCy Span
    return tuple(t.text for t in span if not t.is_space and _WORDLIKE.search(t.text))


def default_length(n_sentences: int) -> int:
    """Summary length that adapts to the article: 3 to 7 sentences."""
    if n_sentences <= 3:
        return n_sentences
    return max(3, min(7, round(math.sqrt(n_sentences) * 0.9)))


@cache
def _stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from its data file (no heavy imports)."""
    from importlib import resources

    text = resources.files("sumy").joinpath("data/stopwords/english.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


@cache
def _stem() -> Callable[[str], str]:
    """The Snowball (Porter2) English stemmer, memoised: the same words recur.

    It is the algorithm sumy uses through NLTK, from the small `snowballstemmer` package:
    importing NLTK costs a second (it pulls in SciPy), which the reader should not pay.
    """
    import snowballstemmer

    return cache(snowballstemmer.stemmer("english").stemWord)


def _make(name: str):  # noqa: ANN202 - a sumy summarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    cls = {
        "reduction": ReductionSummarizer,
        "textrank": TextRankSummarizer,
        "lexrank": LexRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
    }[name]
    from sumy.nlp.stemmers import Stemmer

    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = _stop_words()
    return summarizer


def _document(parsed: Parsed, ids: Sequence[int]):  # noqa: ANN202 - sumy ObjectDocumentModel
    from sumy.models.dom import ObjectDocumentModel, Paragraph

    make = _sentence_class()
    by_para: dict[int, list] = {}
    for sid in ids:
        s = parsed.sentences[sid]
        by_para.setdefault(s.paragraph, []).append(
            make(sid, parsed.text[s.start : s.end], _words_of(parsed.spans[sid]))
        )
    return ObjectDocumentModel([Paragraph(v) for v in by_para.values()])


def sumy_pick(parsed: Parsed, method: str, count: int, ids: Sequence[int] | None = None) -> list[int]:
    """The ids of the `count` sentences a sumy summarizer picks, in document order."""
    ids = list(range(len(parsed.sentences))) if ids is None else list(ids)
    if count <= 0 or not ids:
        return []
    if count >= len(ids):
        return ids
    doc = _document(parsed, ids)
    picked = _make(method)(doc, count)
    return sorted(s.sid for s in picked)


def candidates(parsed: Parsed) -> list[int]:
    """Sentences worth summarising: not fragments ("7 p.m.", "Watch:") and not questions,
    which raise a point rather than state one (neutral on BBC dev, clearer to read)."""
    out = [
        s.id
        for s, span in parsed.iter_sentences()
        if sum(1 for t in span if t.is_alpha) >= 4 and not _QUESTION.search(parsed.text[s.start : s.end])
    ]
    return out if out else [s.id for s in parsed.sentences]


_QUESTION = re.compile(r"\?[\"'”’»)\]]*$")


def centroid_ratings(parsed: Parsed, ids: Sequence[int]) -> dict[int, float]:
    """Rate sentences by how well they cover the words the whole article keeps returning to.

    A sentence's rating is the summed document frequency of its distinct content words
    (stemmed, stop words removed; each word counts the *other* sentences that hold it),
    divided by the square root of its number of distinct content words. One pass to count,
    one to rate: the cost grows linearly with the text, unlike the pairwise sentence
    similarity of Reduction, TextRank and LexRank.
    """
    stem, stop = _stem(), _stop_words()
    bags: list[set[str]] = []
    df: Counter[str] = Counter()
    for sid in ids:
        bag = {stem(w.lower()) for w in _words_of(parsed.spans[sid]) if w.lower() not in stop}
        bags.append(bag)
        df.update(bag)
    return {
        sid: (sum(df[w] - 1 for w in bag) / math.sqrt(len(bag)) if bag else 0.0)
        for sid, bag in zip(ids, bags, strict=True)
    }


def centroid_pick(parsed: Parsed, count: int, ids: Sequence[int]) -> list[int]:
    """The `count` best-rated sentences by `centroid_ratings`, in document order.

    Ties go to the earlier sentence; a sentence whose text repeats one already picked is
    skipped. Above SEGMENTED_ABOVE candidates (a long report, a book chapter) one centroid
    stands for no part of the text and favours short sentences of its most common words,
    so the document is cut into `count` consecutive segments and each gives its best
    sentence by its own centroid: the summary covers the whole document, still linearly.
    """
    if count <= 0 or not ids:
        return []
    if len(ids) <= SEGMENTED_ABOVE or count < 2:
        return sorted(_best(parsed, ids, count))
    picked: list[int] = []
    size = len(ids) / count
    for i in range(count):
        segment = ids[round(i * size) : round((i + 1) * size)]
        long_enough = [sid for sid in segment if _alpha_words(parsed, sid) >= LONG_DOCUMENT_MIN_WORDS]
        picked += _best(parsed, long_enough or segment, 1, seen={_norm(parsed, sid) for sid in picked})
    return sorted(picked)


def _best(parsed: Parsed, ids: Sequence[int], count: int, seen: set[str] | None = None) -> list[int]:
    ratings = centroid_ratings(parsed, ids)
    seen = set() if seen is None else seen
    out: list[int] = []
    for sid in sorted(ids, key=lambda sid: (-ratings[sid], sid)):
        key = _norm(parsed, sid)
        if key in seen:
            continue
        seen.add(key)
        out.append(sid)
        if len(out) == count:
            break
    return out


def _norm(parsed: Parsed, sid: int) -> str:
    return " ".join(parsed.article.sentence_text(sid).casefold().split())


def _alpha_words(parsed: Parsed, sid: int) -> int:
    return sum(1 for t in parsed.spans[sid] if t.is_alpha)


def summarize(parsed: Parsed, *, method: str = DEFAULT_SUMMARIZER, count: int | None = None) -> list[SummaryItem]:
    """The key sentences of the article, in document order, one item per sentence."""
    if method not in SUMMARIZERS:
        raise ValueError(f"unknown summarizer {method!r}; choose from {', '.join(SUMMARIZERS)}")
    n = len(parsed.sentences)
    if n == 0:
        return []
    count = default_length(n) if count is None else max(0, count)
    if method == "lead":
        picked = list(range(min(count, n)))
    else:
        ids = candidates(parsed)
        if len(ids) < count:
            ids = list(range(n))
        if method in QUADRATIC and len(ids) > LINEAR_ABOVE:
            method = DEFAULT_SUMMARIZER
        if method == "centroid":
            picked = centroid_pick(parsed, count, ids)
        else:
            picked = sumy_pick(parsed, method, count, ids)
    return [SummaryItem((sid,)) for sid in picked]
