"""The outlook's learned filter: it only removes what the rules found, by the shipped weights."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from tui.analysis.outlook import confidence, find_outlook
from tui.analysis.outlook.timex import lexicon
from tui.article.model import Metadata
from tui.article.plaintext import parse_text
from tui.nlp.parse import parse

from .conftest import benchmark

#: A Guardian feature (2025, blind 16 of the dev set): a story told in the present, with
#: wants that are not plans. The rules flag them; the annotators listed none of them.
FEATURE = Path(__file__).resolve().parent.parent / "benchmarks/data/outlook-texts/news16/f_024.txt"
SHORT = (
    "Rugby's party comes to Brighton\n\nThe girls all want to show off their power. England play Australia on "
    "Saturday, and the final will be played at Twickenham next month."
)


def _parsed(text: str, nlp):  # noqa: ANN001, ANN202
    return parse(parse_text(text, "test", meta=Metadata()), nlp)


def _texts(parsed, items) -> list[str]:  # noqa: ANN001
    return [parsed.article.sentence_text(i.sentences[0]) for i in items]


def test_weights_ship_and_match_the_features() -> None:
    """The weights file is in the package, and every weight names a feature `features` makes."""
    data = json.loads(resources.files("tui.analysis").joinpath("data/outlook_filter.json").read_text("utf-8"))
    assert len(data["weights"]) > 1000
    prefixes = (
        "horizon=", "flagged_share", "marker=", "marker_word=", "marker_head=", "reported", "bare_would",
        "lemma=", "bigram=", "root=", "root_tag=", "xcomp_of=", "modal_of=", "entity=", "quote", "question", "past",
    )  # fmt: skip
    stray = [k for k in data["weights"] if not k.startswith(prefixes)]
    assert not stray, stray[:5]
    m = confidence.model()
    assert m is not None and m.threshold == lexicon()["filter"]["threshold"]


def test_feature_story_wants_are_dropped(nlp) -> None:
    parsed = _parsed(FEATURE.read_text(encoding="utf-8"), nlp)
    rules = _texts(parsed, find_outlook(parsed, filtered=False))
    kept = _texts(parsed, find_outlook(parsed))
    wants = (
        "\u201cBut the rugby girls it\u2019s very much like they want to show off their power, their strength, "
        "their aggression.\u201d",
        "\u201cBut right from the very beginning we wanted to achieve something a bit deeper, we wanted to make "
        "sure we could use this tournament as a platform for all the people, especially women and other "
        "under-represented groups, who hadn\u2019t typically seen themselves reflected in the industry.\u201d",
    )
    for sentence in wants:
        assert sentence in rules  # the rules see a want …
        assert sentence not in kept  # … the filter sees a story
    assert "England play Australia on Saturday, New Zealand play Ireland on Sunday." in kept
    assert "It is being launched this weekend." in kept


def test_filter_only_removes(nlp, seed_parsed) -> None:
    """Filtered items are a subsequence of the rules' items, horizons and cues unchanged."""
    for parsed in (seed_parsed, _parsed(FEATURE.read_text(encoding="utf-8"), nlp)):
        rules = find_outlook(parsed, filtered=False)
        kept = find_outlook(parsed)
        assert set(kept) <= set(rules)
        assert [i for i in rules if i in kept] == kept


def test_threshold_and_weights_decide(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    """No model or a zero threshold keeps everything; one heavy weight drops its sentence."""
    parsed = _parsed(SHORT, nlp)
    rules = find_outlook(parsed, filtered=False)
    monkeypatch.setattr(confidence, "model", lambda: None)
    assert find_outlook(parsed) == rules
    monkeypatch.setattr(confidence, "model", lambda: confidence.Model(0.0, {}, 0.0))
    assert find_outlook(parsed) == rules
    monkeypatch.setattr(confidence, "model", lambda: confidence.Model(5.0, {"lemma=twickenham": -20.0}, 0.5))
    kept = _texts(parsed, find_outlook(parsed))
    assert len(kept) == len(rules) - 1
    assert not any(re.search("Twickenham", t) for t in kept)


def test_features_of_a_flagged_sentence(nlp) -> None:
    parsed = _parsed(SHORT, nlp)
    item = find_outlook(parsed, filtered=False)[-1]
    f = confidence.features(parsed.spans[item.sentences[0]], item.horizon, 0.5)
    assert f["horizon=" + item.horizon] == 1.0 and f["flagged_share"] == 0.5
    assert f["marker=future"] == 1.0 and f["marker_word=will"] == 1.0
    assert f["lemma=twickenham"] == 1.0 and f["bigram=next_month"] == 1.0
    assert 0.0 < confidence.probability(confidence.Model(0.0, {}, 0.3), f) == 0.5


def test_weights_were_trained_on_the_current_rules(nlp) -> None:
    """The filter learnt what the rules flag; when the rules flag something else in the
    fingerprinted articles, retrain it: python benchmarks/train_outlook_filter.py."""
    train = benchmark("train_outlook_filter")
    evaluation = benchmark("eval_outlook")
    records = train.fingerprint_records(evaluation._load(evaluation.DATA))
    assert len(records) == train.FINGERPRINT_RECORDS
    parses = []
    for rec in records:
        path = evaluation.source_path(rec["path"])
        meta = Metadata(published=date.fromisoformat(rec["published"]))
        parses.append(parse(parse_text(path.read_text(encoding="utf-8"), str(path), meta=meta), nlp))
    data = json.loads(resources.files("tui.analysis").joinpath("data/outlook_filter.json").read_text("utf-8"))
    assert train.fingerprint(records, parses) == data["rules_fingerprint"], (
        "the outlook rules changed since the filter was trained: run python benchmarks/train_outlook_filter.py"
    )
