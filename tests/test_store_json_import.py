"""`json_import.from_dict` is the inverse of `json_export.to_dict` (property-tested)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.actors import Actor
from tui.analysis.claims import Claim
from tui.analysis.outlook import OutlookItem
from tui.analysis.summary import SummaryItem
from tui.article.model import Metadata, Sentence
from tui.article.plaintext import assemble
from tui.outline.json_export import to_dict, to_json
from tui.outline.json_import import OutlineFormatError, from_dict, from_full_dict, to_full_dict
from tui.outline.model import Outline

WORDS = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=8)
SENTENCE = st.lists(WORDS, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")
TEXTS = st.text(max_size=30).map(lambda s: " ".join(s.split()) or "x")


@st.composite
def outlines(draw: st.DrawFn) -> Outline:
    paragraphs = draw(st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=1, max_size=5))
    title = draw(st.one_of(st.none(), st.lists(WORDS, min_size=1, max_size=6).map(" ".join)))
    blocks = ([("title", title)] if title else []) + [("paragraph", " ".join(p)) for p in paragraphs]
    if draw(st.booleans()) and len(blocks) > 1:
        blocks.insert(len(blocks) - 1, ("heading", "A heading"))
    meta = Metadata(
        title=title,
        published=draw(st.one_of(st.none(), st.dates())),
        byline=draw(st.one_of(st.none(), TEXTS)),
        site=draw(st.one_of(st.none(), TEXTS)),
        url=draw(st.one_of(st.none(), st.just("https://example.org/a"))),
    )
    article = assemble(blocks, draw(TEXTS), meta)
    sentences = []
    for b, sents in zip(article.paragraphs, paragraphs, strict=True):
        pos = b.start
        for s in sents:
            sentences.append(Sentence(len(sentences), pos, pos + len(s), b.paragraph))
            pos += len(s) + 1
    article = replace(article, sentences=tuple(sentences), warnings=tuple(draw(st.lists(TEXTS, max_size=2))))
    n = len(sentences)
    ids = st.lists(st.integers(0, n - 1), min_size=1, max_size=3, unique=True).map(lambda x: tuple(sorted(x)))
    opt = st.one_of(st.none(), TEXTS)
    return Outline(
        article=article,
        summary=draw(st.lists(ids.map(SummaryItem), max_size=3)),
        actors=draw(
            st.lists(
                st.builds(
                    Actor,
                    id=TEXTS,
                    name=TEXTS,
                    kind=st.sampled_from(["person", "organization", "place", "group"]),
                    aliases=st.lists(TEXTS, max_size=3).map(tuple),
                    sentences=ids,
                ),
                max_size=3,
            )
        ),
        claims=draw(
            st.lists(
                st.builds(Claim, speaker=opt, actor=opt, cue=opt, content=TEXTS, hedged=st.booleans(), sentences=ids),
                max_size=3,
            )
        ),
        outlook=draw(
            st.lists(
                st.builds(
                    OutlookItem,
                    horizon=st.sampled_from(["short", "medium", "long", "unspecified"]),
                    cue=opt,
                    sentences=ids,
                ),
                max_size=3,
            )
        ),
        sections=draw(st.sampled_from([("summary",), ("summary", "actors", "claims", "outlook")])),
        model=draw(opt),
        summarizer=draw(st.sampled_from([None, "centroid", "lexrank"])),
    )


@settings(max_examples=150, deadline=None)
@given(outlines())
def test_round_trip(outline: Outline) -> None:
    d = json.loads(to_json(outline))
    # The contract alone: exact inverse of to_dict.
    assert to_dict(from_dict(d)) == d
    # With the extra table: the very same Outline.
    assert from_full_dict(json.loads(json.dumps(to_full_dict(outline)))) == outline


@settings(max_examples=60, deadline=None)
@given(outlines())
def test_blocks_are_rebuilt_from_the_text_alone(outline: Outline) -> None:
    back = from_dict(to_dict(outline)).article
    assert [(b.start, b.end) for b in back.blocks] == [(b.start, b.end) for b in outline.article.blocks]
    assert back.paragraphs == outline.article.paragraphs


def test_seed_outline_round_trip(seed_outline: Outline) -> None:
    d = to_dict(seed_outline)
    assert to_dict(from_dict(d)) == d
    assert from_full_dict(to_full_dict(seed_outline)) == seed_outline
    assert [b.kind for b in from_dict(d).article.blocks] == [b.kind for b in seed_outline.article.blocks]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(schema="precis.outline/2"),
        lambda d: d.pop("sentences"),
        lambda d: d["sentences"].append({"id": 99, "start": 0, "end": 1, "paragraph": 0}),
        lambda d: d["summary"].append({"sentences": [10_000]}),
        lambda d: d.update(text=5),
    ],
)
def test_malformed_documents_are_refused(seed_outline: Outline, damage) -> None:
    d = to_dict(seed_outline)
    damage(d)
    with pytest.raises(OutlineFormatError):
        from_dict(d)
