"""How likely a sentence the rules found forward-looking is one a reader would list.

The rules see tense and modality, not meaning: they also flag "the girls all want to show
off their power" in a feature story, or "Nero would feel right at home". A logistic model
over the words, markers and grammar of each flagged sentence, trained on the annotated
dev set (`benchmarks/train_outlook_filter.py`), scores it; sentences below the threshold in
`outlook.json` (`filter.threshold`) are dropped. The model only removes what the rules
found; it never adds a sentence, and it never changes a horizon or a cue.

Weights live in `data/outlook_filter.json`; scoring is a dot product, with no learning
library at run time. `features` is shared with the training script, so the two cannot drift.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from .forward import markers
from .timex import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

    from .forward import Marker

_QUOTES = frozenset('"“”')


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float


@cache
def model() -> Model | None:
    """The trained filter, or None when the weights file is absent (nothing is dropped)."""
    path = resources.files("tui.analysis").joinpath("data/outlook_filter.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    threshold = float(lexicon()["filter"]["threshold"])
    return Model(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, threshold)


def features(span: Span, horizon: str, flagged_share: float, marks: Sequence[Marker] | None = None) -> dict[str, float]:
    """The features of one sentence the rules flagged, with the horizon they gave it and the
    share of the article's sentences they flagged (an article of forecasts versus a story).
    `marks` are the sentence's markers when the caller has them already."""
    f: dict[str, float] = {"horizon=" + horizon: 1.0, "flagged_share": flagged_share}
    doc = span.doc
    for m in markers(span) if marks is None else marks:
        tok = doc[m.i]
        f["marker=" + m.kind] = 1.0
        f["marker_word=" + tok.lower_] = 1.0
        f["marker_head=" + tok.head.lemma_.lower()] = 1.0
        if m.reported:
            f["reported"] = 1.0
        if m.bare_would:
            f["bare_would"] = 1.0
    lemmas = []
    past = 0
    for t in span:
        dep, tag = t.dep_, t.tag_
        if not (t.is_punct or t.is_space):
            lemmas.append(t.lemma_.lower())
        if dep == "ROOT":
            f["root=" + t.lemma_.lower()] = 1.0
            f["root_tag=" + tag] = 1.0
        elif dep == "xcomp":
            f["xcomp_of=" + t.head.lemma_.lower()] = 1.0
        if tag == "MD":
            f["modal_of=" + t.head.lemma_.lower()] = 1.0
        elif tag == "VBD":
            past += 1
    for lemma in lemmas:
        f["lemma=" + lemma] = 1.0
    for a, b in pairwise(lemmas):
        f["bigram=" + a + "_" + b] = 1.0
    for ent in span.ents:
        f["entity=" + ent.label_] = 1.0
    text = span.text
    f["quote"] = float(not _QUOTES.isdisjoint(text))
    f["question"] = float("?" in text)
    f["past"] = min(3, past) / 3
    return f


def probability(m: Model, feats: dict[str, float]) -> float:
    """The model's probability that a flagged sentence is one a reader would list."""
    z = m.bias + sum(m.weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))
