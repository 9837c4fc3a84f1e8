"""The reader's plain-Python parts: wrapping, search, history, file names, state, entries, keys."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.app.entries import (
    actor_entries,
    claim_entries,
    describe_citations,
    mention_entries,
    outlook_groups,
    section_entry,
    summary_entries,
)
from tui.app.history import HISTORY_LIMIT, JumpHistory, Place
from tui.app.layout import ArticleLayout, meta_line, wrap
from tui.app.saving import default_summary_path, resolve_target, slugify, summary_filename
from tui.app.search import find_matches, first_at_or_after
from tui.app.state import load_state, save_state, state_path
from tui.article.model import Metadata
from tui.article.plaintext import parse_text
from tui.outline.model import Outline

from .app_helpers import rich_outline, sentence_with

# ------------------------------------------------------------------ wrapping


def _check_wrap(text: str, width: int) -> None:
    pieces = wrap(text, 0, len(text), width)
    for a, b in pieces:
        assert cell_len(text[a:b]) <= width or b - a == 1, (text[a:b], width)
    # Nothing but spaces and newlines is lost, and order is kept.
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert all(p[1] <= q[0] for p, q in zip(pieces, pieces[1:], strict=False))


def test_wrap_breaks_at_spaces() -> None:
    text = "The bank raised rates on Thursday and officials said more rises may follow."
    pieces = [text[a:b] for a, b in wrap(text, 0, len(text), 20)]
    assert pieces == ["The bank raised", "rates on Thursday", "and officials said", "more rises may", "follow."]


def test_wrap_cuts_a_word_longer_than_the_line() -> None:
    text = "see https://example.com/a/very/long/path/that/does/not/fit here"
    _check_wrap(text, 12)
    assert max(b - a for a, b in wrap(text, 0, len(text), 12)) == 12


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    text = "東京都は本日、新しい計画を発表した。 Tokyo announced a plan."
    _check_wrap(text, 10)
    assert all(cell_len(text[a:b]) <= 10 for a, b in wrap(text, 0, len(text), 10))


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abc de fgh  ij\n東é"), min_size=0, max_size=200),
    st.integers(min_value=1, max_value=40),
)
def test_wrap_properties(text: str, width: int) -> None:
    _check_wrap(text, width)


def test_layout_maps_offsets_to_lines(seed_parsed) -> None:  # noqa: ANN001
    article = seed_parsed.article
    layout = ArticleLayout(article, 50)
    assert layout.lines[0].style == "title"
    assert any(line.style == "meta" for line in layout.lines[:4])
    for s in article.sentences:
        first, last = layout.lines_of(s.start, s.end)
        assert layout.lines[first].start <= s.start < max(layout.lines[first].end, s.start + 1)
        assert first <= last
        assert layout.lines[last].end >= s.end or layout.lines[last].start <= s.end - 1
    assert all(max(0, cell_len(article.text[ln.start : ln.end])) <= 50 for ln in layout.lines if ln.text is None)


def test_layout_of_an_article_without_title_block() -> None:
    article = parse_text("Just one paragraph of text, nothing more here at all.\n", "x", meta=Metadata(title="Given"))
    layout = ArticleLayout(article, 30)
    assert len(layout) >= 2


def test_meta_line() -> None:
    article = parse_text("Title\n\nBody text here.", "notes.txt")
    article.meta = Metadata(title="T", published=date(2024, 6, 26), byline="By A. Writer", site="Fakti")
    assert meta_line(article) == "26 June 2024 · Fakti · By A. Writer · notes.txt"


# -------------------------------------------------------------------- search


def test_find_matches_smart_case_and_offsets() -> None:
    text = "Putin met putin; PUTIN? Putin."
    assert [text[a:b] for a, b in find_matches(text, "putin")] == ["Putin", "putin", "PUTIN", "Putin"]
    assert [text[a:b] for a, b in find_matches(text, "Putin")] == ["Putin", "Putin"]
    assert find_matches(text, "") == []
    assert find_matches("a.b a+b", "a+b") == [(4, 7)]  # not a regex
    assert len(find_matches("aaaa" * 10, "a", limit=7)) == 7


def test_first_match_at_or_after() -> None:
    matches = [(0, 2), (10, 12), (20, 22)]
    assert first_at_or_after(matches, 0) == 0
    assert first_at_or_after(matches, 5) == 1
    assert first_at_or_after(matches, 25) == 0  # wraps


# ------------------------------------------------------------------- history


def test_history_is_bounded_and_last_in_first_out() -> None:
    h = JumpHistory()
    assert HISTORY_LIMIT >= 50
    for i in range(HISTORY_LIMIT + 20):
        h.push(Place(i, None))
    assert len(h) == HISTORY_LIMIT
    assert h.pop() == Place(HISTORY_LIMIT + 19, None)
    h.push(Place(1, 2))
    h.push(Place(1, 2))
    assert h.pop() == Place(1, 2) and h.pop() != Place(1, 2)
    h.clear()
    assert h.pop() is None


# ------------------------------------------------------------------- saving


def test_slugify() -> None:
    assert slugify("North Korean army in Ukraine? Experts reveal") == "north-korean-army-in-ukraine-experts-reveal"
    assert slugify("Über Café — “quotes”") == "uber-cafe-quotes"
    assert slugify("???") == "article"
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")


def test_summary_filename_uses_the_publication_date_else_today() -> None:
    article = parse_text("Rates rise\n\nThe bank raised rates.", "rates.txt")
    assert summary_filename(article, today=date(2025, 1, 2)) == "2025-01-02-rates-rise.md"
    article.meta = Metadata(title="Rates rise", published=date(2024, 6, 26))
    assert summary_filename(article) == "2024-06-26-rates-rise.md"


def test_default_path_never_reuses_a_name(tmp_path: Path) -> None:
    article = parse_text("Rates rise\n\nThe bank raised rates.", "rates.txt")
    first = default_summary_path(article, tmp_path)
    first.write_text("x")
    second = default_summary_path(article, tmp_path)
    assert second != first and second.name.endswith("-2.md")


def test_resolve_target(tmp_path: Path) -> None:
    article = parse_text("Rates rise\n\nThe bank raised rates.", "rates.txt")
    assert resolve_target(str(tmp_path), article).parent == tmp_path
    assert resolve_target(str(tmp_path / "new") + "/", article).parent == tmp_path / "new"
    assert resolve_target(str(tmp_path / "mine.md"), article) == tmp_path / "mine.md"
    assert resolve_target("~/x.md", article) == Path.home() / "x.md"


# -------------------------------------------------------------------- state


def test_state_round_trip_and_corruption() -> None:
    assert load_state() == {}
    save_state({"theme": "nord"})
    save_state({"other": 1})
    assert load_state() == {"theme": "nord", "other": 1}
    assert json.loads(state_path().read_text())["theme"] == "nord"
    state_path().write_text("{not json")
    assert load_state() == {}
    state_path().write_text("[1, 2]")
    assert load_state() == {}


# ------------------------------------------------------------------ entries


@pytest.fixture(scope="module")
def outline(seed_outline: Outline) -> Outline:
    return rich_outline(seed_outline)


def test_entries_point_at_real_sentences(outline: Outline) -> None:
    n = len(outline.article.sentences)
    entries = summary_entries(outline) + actor_entries(outline) + claim_entries(outline)
    entries += [e for _, items in outlook_groups(outline) for e in items]
    entries += mention_entries(outline, 0)
    assert entries
    for e in entries:
        assert e.sentences and all(0 <= s < n for s in e.sentences)
        assert "\n" not in e.label and e.detail


def test_claim_labels_are_speaker_colon_content(outline: Outline) -> None:
    labels = [e.label for e in claim_entries(outline)]
    assert labels[1] == "experts: their cooperation ends there"
    assert labels[2].startswith("(unattributed): ")
    assert "[hedged]" in claim_entries(outline)[2].detail


def test_outlook_groups_short_to_long(outline: Outline) -> None:
    groups = outlook_groups(outline)
    assert [g.label for g, _ in groups] == ["Short term", "Medium term", "Long term", "Unspecified"]
    assert [g.count for g, _ in groups] == [1, 2, 1, 1]
    short = groups[0][1][0]
    assert short.sentences == (sentence_with(outline, "In the short term"),)
    assert "cue “In the short term”" in short.detail


def test_mentions_have_paragraph_marks(outline: Outline) -> None:
    mentions = mention_entries(outline, 0)
    assert len(mentions) == len(outline.actors[0].sentences)
    assert mentions[0].label.startswith("¶1 ")


def test_section_entries_say_absent_empty_or_count(seed_outline: Outline, outline: Outline) -> None:
    from dataclasses import replace

    absent = replace(seed_outline, sections=("summary",))
    assert "not analysed" in section_entry(absent, "actors").detail
    empty = Outline(seed_outline.article, sections=("summary", "actors", "claims", "outlook"))
    assert "none found" in section_entry(empty, "claims").detail
    assert section_entry(outline, "actors").count == 3
    assert "centroid" in section_entry(seed_outline, "summary").detail


def test_describe_citations(outline: Outline) -> None:
    sid = sentence_with(outline, "In the short term")
    text = describe_citations(outline, outline.citing(sid))
    assert "actor Vladimir Putin" in text and "outlook (short term)" in text


# --------------------------------------------------------------------- keys


def test_every_binding_has_a_unique_id_and_help() -> None:
    from tui.app.keys import GROUPS, KEYS, bindings

    ids = [k.id for k in KEYS]
    assert len(ids) == len(set(ids))
    assert all(k.help and k.group in GROUPS for k in KEYS)
    for scope in ("app", "screen", "article", "outline"):
        for binding in bindings(scope):
            assert binding.id and binding.priority == (scope != "app")


def test_the_issue_keys_are_all_bound() -> None:
    from tui.app.keys import KEYS

    bound = {key for k in KEYS for key in k.keys.split(",")}
    for key in (
        "tab",
        "shift+tab",
        "j",
        "k",
        "up",
        "down",
        "g",
        "G",
        "1",
        "2",
        "3",
        "4",
        "enter",
        "n",
        "N",
        "backspace",
        "ctrl+o",
        "slash",
        "t",
        "s",
        "S",
        "question_mark",
        "f1",
        "q",
    ):
        assert key in bound, key


# ------------------------------------------------------------------- imports


def test_importing_the_app_does_not_load_the_nlp_stack() -> None:
    code = (
        "import sys, tui.app.app, tui.app.launch;"
        "bad = [m for m in ('spacy', 'sumy', 'numpy', 'tui.pipeline', 'tui.nlp.parse') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


def test_claim_entries_name_a_pronoun_speaker(seed_outline) -> None:
    from dataclasses import replace

    from tui.analysis.actors import Actor
    from tui.analysis.claims import Claim

    haass = Actor("richard-n-haass", "Richard N. Haass", "person", ("Richard N. Haass", "Haass"), (0,))
    claim = Claim("he", "richard-n-haass", "argues", "each option carries heavy risks", False, (0,))
    entry = claim_entries(replace(seed_outline, actors=[haass], claims=[claim]))[0]
    assert entry.label == "Richard N. Haass: each option carries heavy risks"
    assert entry.detail.startswith("Richard N. Haass (“he”, argues): ")
