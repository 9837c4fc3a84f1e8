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
    from spacy.tokens import Span

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


def features(span: Span, horizon: str, flagged_share: float) -> dict[str, float]:
    """The features of one sentence the rules flagged, with the horizon they gave it and the
    share of the article's sentences they flagged (an article of forecasts versus a story)."""
    f: dict[str, float] = {"horizon=" + horizon: 1.0, "flagged_share": flagged_share}
    doc = span.doc
    for m in markers(span):
        tok = doc[m.i]
        f["marker=" + m.kind] = 1.0
        f["marker_word=" + tok.lower_] = 1.0
        f["marker_head=" + tok.head.lemma_.lower()] = 1.0
        if m.reported:
            f["reported"] = 1.0
        if m.bare_would:
            f["bare_would"] = 1.0
    lemmas = [t.lemma_.lower() for t in span if not t.is_punct and not t.is_space]
    for lemma in lemmas:
        f["lemma=" + lemma] = 1.0
    for a, b in pairwise(lemmas):
        f["bigram=" + a + "_" + b] = 1.0
    past = 0
    for t in span:
        if t.dep_ == "ROOT":
            f["root=" + t.lemma_.lower()] = 1.0
            f["root_tag=" + t.tag_] = 1.0
        elif t.dep_ == "xcomp":
            f["xcomp_of=" + t.head.lemma_.lower()] = 1.0
        if t.tag_ == "MD":
            f["modal_of=" + t.head.lemma_.lower()] = 1.0
        past += t.tag_ == "VBD"
    for ent in span.ents:
        f["entity=" + ent.label_] = 1.0
    text = span.text
    f["quote"] = float(any(c in _QUOTES for c in text))
    f["question"] = float("?" in text)
    f["past"] = min(3, past) / 3
    return f


def probability(m: Model, feats: dict[str, float]) -> float:
    """The model's probability that a flagged sentence is one a reader would list."""
    z = m.bias + sum(m.weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))
