"""The precis.outline/1 JSON contract and the Markdown export."""

from __future__ import annotations

import json
import re

from tui.outline.json_export import to_dict, to_json
from tui.outline.markdown import escape, to_markdown

KEYS = {"schema", "article", "text", "sentences", "summary", "actors", "claims", "outlook"}


def test_json_contract(seed_outline) -> None:
    doc = json.loads(to_json(seed_outline))
    assert set(doc) == KEYS
    assert doc["schema"] == "precis.outline/1"
    assert set(doc["article"]) == {"title", "source", "published", "byline"}
    assert doc["article"]["published"] == "2024-06-26"
    assert doc["article"]["title"].startswith("North Korean army in Ukraine?")
    text = doc["text"]
    ids = set()
    for s in doc["sentences"]:
        assert set(s) == {"id", "start", "end", "paragraph"}
        assert 0 <= s["start"] < s["end"] <= len(text)
        ids.add(s["id"])
    for section in ("summary", "actors", "claims", "outlook"):
        for item in doc[section]:
            assert item["sentences"], (section, item)
            assert set(item["sentences"]) <= ids
    for item in doc["actors"]:
        assert set(item) == {"id", "name", "kind", "aliases", "sentences"}
        assert item["kind"] in {"person", "organization", "place", "group"}
    for item in doc["claims"]:
        assert set(item) == {"speaker", "actor", "cue", "content", "hedged", "sentences"}
    for item in doc["outlook"]:
        assert set(item) == {"horizon", "cue", "sentences"}
        assert item["horizon"] in {"short", "medium", "long", "unspecified"}


def test_markdown_front_matter_and_sections(seed_outline) -> None:
    md = to_markdown(seed_outline)
    assert md.startswith('---\ntitle: "North Korean army in Ukraine?')
    front = md.split("---\n")[1]
    assert 'published: "2024-06-26"' in front
    assert 'generated-by: "precis ' in front
    assert "## Summary" in md
    for section in ("actors", "claims", "outlook"):
        heading = f"## {section.capitalize()}"
        assert (heading in md) == (section in seed_outline.sections)
    # Every summary item quotes its sentence with a paragraph number.
    d = to_dict(seed_outline)
    for item in d["summary"]:
        s = d["sentences"][item["sentences"][0]]
        assert f"¶{s['paragraph'] + 1}" in md


def test_markdown_escapes_markup() -> None:
    assert escape("*not emphasis* and [a](b)") == r"\*not emphasis\* and \[a\](b)"
    assert escape("# not a heading") == r"\# not a heading"
    assert escape("1. not a list") == r"1\. not a list"
    assert re.fullmatch(r"[^\n]*", escape("line\nbreak"))


def test_a_pronoun_speaker_is_shown_by_the_actor_it_stands_for(seed_outline) -> None:
    from dataclasses import replace

    from tui.analysis.actors import Actor
    from tui.analysis.claims import Claim

    nasr = Actor("vali-nasr", "Vali Nasr", "person", ("Vali Nasr", "Nasr"), (0,))
    claims = [
        Claim("he", "vali-nasr", "wrote", "the upshot is that China's answer was not no", False, (0,)),
        Claim("Nasr", "vali-nasr", "said", "Iran had asked for guarantees", False, (0,)),
        Claim("he", None, "said", "an unresolved pronoun stays as written", False, (0,)),
    ]
    outline = replace(seed_outline, actors=[nasr], claims=claims, sections=("claims",))
    assert [outline.speaker_of(c) for c in claims] == ["Vali Nasr", "Nasr", "he"]
    md = to_markdown(outline)
    assert "- **Vali Nasr** (“he”, wrote): the upshot" in md
    assert "- **Nasr** (said): Iran had asked" in md
    assert "- **he** (said): an unresolved" in md
    assert to_dict(outline)["claims"][0]["speaker"] == "he"  # the JSON keeps the verbatim speaker


def test_a_description_speaker_is_shown_by_the_actor_it_stands_for(seed_outline) -> None:
    from dataclasses import replace

    from tui.analysis.actors import Actor
    from tui.analysis.claims import Claim

    blue = Actor("blue-origin", "Blue Origin", "organization", ("Blue Origin",), (0,))
    russia = Actor("russia", "Russia", "place", ("Russia",), (0,))
    claims = [
        Claim("The company", "blue-origin", "said", "it would resume flights soon", False, (0,)),
        Claim("the Kremlin", "russia", "said", "a name stays as written", False, (0,)),
        Claim("Russian officials", "russia", "said", "so does a group", False, (0,)),
    ]
    outline = replace(seed_outline, actors=[blue, russia], claims=claims, sections=("claims",))
    assert [outline.speaker_of(c) for c in claims] == ["Blue Origin", "the Kremlin", "Russian officials"]
    assert "- **Blue Origin** (“The company”, said): it would resume" in to_markdown(outline)
