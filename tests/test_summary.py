"""The extractive summary: sumy over spaCy sentences, mapped back by identity."""

from __future__ import annotations

import pytest

from tui.analysis import summary
from tui.analysis.summary import SUMMARIZERS, centroid_pick, default_length, summarize, sumy_pick

from .conftest import parse_string


def test_default_summary_of_seed(seed_parsed) -> None:
    items = summarize(seed_parsed)
    ids = [i.sentences[0] for i in items]
    assert len(ids) == default_length(len(seed_parsed.sentences))
    assert ids == sorted(ids)
    assert 3 <= len(ids) <= 7


@pytest.mark.parametrize("method", SUMMARIZERS)
def test_every_method_returns_k_sentences_in_order(seed_parsed, method: str) -> None:
    ids = [i.sentences[0] for i in summarize(seed_parsed, method=method, count=4)]
    assert len(ids) == 4
    assert ids == sorted(set(ids))


def test_identical_sentences_are_not_merged(nlp) -> None:
    # Two identical sentences in different paragraphs: sumy's own Sentence would merge them.
    text = "Title here\n\n" + "\n\n".join(
        [
            "Residents were told to leave their homes near the river.",
            "The river rose by two metres overnight.",
            "Engineers said the flood barrier held.",
            "The river rose by two metres overnight.",
        ]
    )
    p = parse_string(text, nlp)
    assert len(p.sentences) == 4
    assert len(centroid_pick(p, 3, range(4))) == 3
    ids = sumy_pick(p, "reduction", 3)
    assert len(set(ids)) == 3
    ids = sumy_pick(p, "textrank", 4)
    assert ids == [0, 1, 2, 3]


def test_quadratic_methods_fall_back_on_long_documents(nlp, monkeypatch) -> None:
    monkeypatch.setattr(summary, "LINEAR_ABOVE", 5)
    called = []
    real = summary.sumy_pick
    monkeypatch.setattr(summary, "sumy_pick", lambda p, m, c, ids=None: called.append(m) or real(p, m, c, ids))
    text = "T\n\n" + " ".join(f"Sentence number {i} talks about the river and the town." for i in range(12))
    items = summarize(parse_string(text, nlp), method="reduction", count=3)
    assert called == []  # the linear centroid method ran instead of sumy's Reduction
    assert len(items) == 3


def test_default_length_adapts() -> None:
    assert default_length(2) == 2
    assert default_length(10) == 3
    assert default_length(40) == 6
    assert default_length(1000) == 7


def test_unknown_method() -> None:
    with pytest.raises(ValueError):
        summarize(None, method="nope")  # type: ignore[arg-type]


def test_default_path_does_not_import_nltk() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from tests.conftest import SEED; from tui.sources import read_source;"
        "from tui.pipeline import analyse; analyse(read_source(str(SEED)));"
        "assert 'nltk' not in sys.modules and 'scipy' not in sys.modules, 'heavy import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_long_documents_are_summarised_segment_by_segment(nlp, monkeypatch) -> None:
    monkeypatch.setattr(summary, "SEGMENTED_ABOVE", 10)
    topics = ["river flood town water", "bank rates inflation money", "football match goal team"]
    paragraphs = []
    for topic in topics:
        words = topic.split()
        for i in range(8):
            paragraphs.append(
                f"The {words[0]} report number {i} says the {words[1]} and the {words[2]} matter for the {words[3]} "
                f"in the region this year."
            )
    p = parse_string("Mixed topics\n\n" + "\n\n".join(paragraphs), nlp)
    ids = [i.sentences[0] for i in summarize(p, count=3)]
    texts = [p.article.sentence_text(i) for i in ids]
    # One sentence from each third of the document, not three from the dominant topic.
    assert [t.split()[1] for t in texts] == ["river", "bank", "football"]


def test_repeated_sentences_are_picked_once(nlp) -> None:
    para = "The council approved the new budget for roads and schools on Monday evening."
    other = "Opposition members said the budget cuts too deeply into library services."
    p = parse_string("Budget\n\n" + "\n\n".join([para, other, para, other, para]), nlp)
    texts = [p.article.sentence_text(i.sentences[0]) for i in summarize(p, count=2)]
    assert sorted(texts) == sorted([para, other])
