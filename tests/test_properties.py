"""Property tests: for any text, the engine does not crash and offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.article.plaintext import parse_text
from tui.nlp.parse import parse
from tui.outline.build import build_outline
from tui.outline.json_export import to_dict

words = st.sampled_from(
    "the river rose Putin said experts will next week in 2030 “quoted” 'single' Mr. U.S. — – - , . ? ! ; : "
    "\n \n\n 209 Jun 26, 2024 # * _ [link](x) Россия 北京 é".split(" ")
)
texts = st.one_of(
    st.text(max_size=400),
    st.lists(words, max_size=120).map(" ".join),
    st.lists(st.lists(words, min_size=1, max_size=30).map(" ".join), max_size=8).map("\n\n".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, markdown=st.booleans())
def test_engine_never_crashes_and_offsets_hold(nlp, text: str, markdown: bool) -> None:
    article = parse_text(text, "prop", markdown=markdown)
    for b in article.blocks:
        assert 0 <= b.start < b.end <= len(article.text)
    parsed = parse(article, nlp)
    a = parsed.article
    prev_end = 0
    for i, s in enumerate(a.sentences):
        assert s.id == i
        assert prev_end <= s.start < s.end <= len(a.text)
        assert a.text[s.start : s.end].strip() == a.text[s.start : s.end]
        block = a.paragraphs[s.paragraph]
        assert block.start <= s.start and s.end <= block.end
        prev_end = s.end
    doc = to_dict(build_outline(parsed))
    ids = {s["id"] for s in doc["sentences"]}
    for section in ("summary", "actors", "claims", "outlook"):
        for item in doc[section]:
            assert set(item["sentences"]) <= ids
