"""Sentences: exact offsets, never across blocks, chrome and title excluded."""

from __future__ import annotations

from .conftest import eval_path, parse_string


def test_seed_sentences_are_exact(seed_parsed) -> None:
    a = seed_parsed.article
    assert len(a.sentences) > 30
    for s, span in seed_parsed.iter_sentences():
        assert a.text[s.start : s.end] == span.text
        assert a.text[s.start : s.end] == a.text[s.start : s.end].strip()
    texts = [a.sentence_text(s.id) for s in a.sentences]
    assert "In the short term, Putin's focus will be on achieving success on the Ukrainian front." in texts
    # The dek (repeated by the body) and the title are not sentences.
    assert "In the short term, Putin's focus will be on achieving success on the Ukraine front." not in texts
    assert not any("Last news" in t or t == "209" for t in texts)


def test_sentences_stay_inside_their_paragraph(seed_parsed) -> None:
    a = seed_parsed.article
    paras = a.paragraphs
    for s in a.sentences:
        p = paras[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
    ids = [s.id for s in a.sentences]
    assert ids == list(range(len(ids)))
    assert all(x.end <= y.start for x, y in zip(a.sentences, a.sentences[1:], strict=False))


def test_quotation_is_not_cut_into_fragments(nlp) -> None:
    p = parse_string(
        "Talks\n\n“This is in their heads. This is in their consciousness,” said Caddell, speaking of the issue.",
        nlp,
    )
    texts = [p.article.sentence_text(s.id) for s in p.article.sentences]
    assert texts[-1].endswith("speaking of the issue.")
    assert not any(t[:1].islower() for t in texts)


def test_a_dateline_or_a_speakers_label_opens_the_sentence_after_it(nlp) -> None:
    p = parse_string(
        "Talks\n\nISLAMABAD: A leading US delegation met the finance minister on Monday. It will return in May.\n\n"
        "NEW YORK, March 23 (Reuters) - Stocks fell on Thursday.\n\n"
        "SCOTT DETROW, HOST: Welcome to the show. We start in Ohio.\n\n"
        "He said: Yes.",
        nlp,
    )
    texts = [p.article.sentence_text(s.id) for s in p.article.sentences]
    assert texts[:5] == [
        "ISLAMABAD: A leading US delegation met the finance minister on Monday.",
        "It will return in May.",
        "NEW YORK, March 23 (Reuters) - Stocks fell on Thursday.",
        "SCOTT DETROW, HOST: Welcome to the show.",
        "We start in Ohio.",
    ]


def test_polnear_offsets(nlp) -> None:
    folder = eval_path("polnear-dev", "text")
    for path in sorted(folder.glob("*.txt"))[:10]:
        p = parse_string(path.read_text(encoding="utf-8"), nlp, str(path))
        for s in p.article.sentences:
            assert p.article.text[s.start : s.end].strip() == p.article.text[s.start : s.end]


def test_a_sentence_opening_connective_is_cut_off_the_name_run_into_it(nlp) -> None:
    parsed = parse_string(
        "Headline\n\nThe countries of Latin America have too much debt, said John Mason, an analyst. "
        "Nevertheless Mason thinks the money center bank stocks could be poised for a short term rally.",
        nlp,
    )
    names = [e.text for doc in parsed.docs for e in doc.ents]
    assert "Nevertheless Mason" not in names
    assert "Mason" in names
    # a name that starts a sentence with another word is left whole
    parsed = parse_string("Headline\n\nFirst Chicago Corp said it is premature to act.", nlp)
    assert any(e.text == "First Chicago Corp" for doc in parsed.docs for e in doc.ents)


def test_a_firm_named_in_two_halves_is_one_entity(nlp) -> None:
    parsed = parse_string("Headline\n\nMerck and Co Inc holds the license.", nlp)
    assert [(e.text, e.label_) for doc in parsed.docs for e in doc.ents] == [("Merck and Co Inc", "ORG")]
