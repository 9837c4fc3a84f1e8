"""Claims: cues, speakers, content, hedging and the sentences a claim covers."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.actors import Actor, find_actors
from tui.analysis.claims import AVAILABLE, Claim, find_attributions, find_claims
from tui.analysis.claims.cues import lexicon
from tui.analysis.claims.quotes import find_quotes

from .conftest import benchmark, eval_path, parse_string

ROOT = Path(__file__).resolve().parent.parent


def claims_of(nlp, text: str, actors: list[Actor] | None = None) -> tuple[list[Claim], object]:
    parsed = parse_string(text, nlp)
    return find_claims(parsed, actors or []), parsed


def one(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


def sentence_of(parsed, needle: str) -> int:  # noqa: ANN001
    for s in parsed.sentences:
        if needle in parsed.text[s.start : s.end]:
            return s.id
    raise AssertionError(f"no sentence holds {needle!r}")


def test_available() -> None:
    assert AVAILABLE is True


# ---- the seed article -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_claims(seed_parsed) -> list[Claim]:
    return find_claims(seed_parsed, [])


def _claim_at(parsed, claims: list[Claim], needle: str) -> Claim:  # noqa: ANN001
    sid = sentence_of(parsed, needle)
    found = [c for c in claims if sid in c.sentences]
    assert found, f"no claim in sentence {needle!r}"
    return found[0]


def test_seed_experts_say(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "experts say their cooperation ends there")
    assert c.speaker == "experts"
    assert c.cue == "say"
    assert c.content.startswith("their cooperation ends there")
    assert not c.hedged


def test_seed_putin_announced(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "Putin announced that the two countries had signed")
    assert c.speaker == "Putin"
    assert c.content.startswith("the two countries had signed a historic mutual defense agreement")


def test_seed_experts_point_out_content_first(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "experts point out")
    assert c.speaker == "experts"
    assert c.cue == "point out"
    assert c.content.startswith("It may happen that they simply will not fulfill")
    assert "experts point out" not in c.content
    assert c.hedged  # "may happen"


def test_seed_writes_zeit_online(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "writes the German publication Zeit Online")
    assert c.speaker == "Zeit Online"
    assert c.cue == "writes"
    assert c.content == "Political and military experts analyzed the purpose of Putin's visit to these countries"


def test_seed_impersonal_hedged(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "It is even said that North Korean soldiers")
    assert c.speaker is None and c.actor is None
    assert c.hedged
    assert c.content.startswith("North Korean soldiers may appear at the front in Ukraine")


def test_seed_putin_describes_nonsense(seed_parsed, seed_claims) -> None:
    c = _claim_at(seed_parsed, seed_claims, "Putin described as “nonsense”")
    assert c.speaker == "Putin"
    assert "nonsense" in c.content and "Kim Jong Un's soldiers" in c.content


@pytest.mark.parametrize(
    "needle",
    [
        "A few days ago, Russian President Vladimir Putin visited North Korea",
        "Such a request is illogical for 2 reasons",
        "Not long ago, Russia stabbed North Korea in the back",
        "Vietnam wants to maintain its policy of independence",
        "Now Putin is trying to secure himself geopolitically",
        "In the long term, the Russian president will strive",
        "The Kremlin will wait to see if there is a change",
        "Putin's main mission in North Korea and Vietnam was not to build",
    ],
)
def test_seed_own_voice_is_not_a_claim(seed_parsed, seed_claims, needle: str) -> None:
    sid = sentence_of(seed_parsed, needle)
    assert not [c for c in seed_claims if sid in c.sentences]


def test_seed_claims_in_document_order(seed_claims) -> None:
    firsts = [c.sentences[0] for c in seed_claims]
    assert firsts == sorted(firsts)
    assert all(c.sentences == tuple(sorted(set(c.sentences))) for c in seed_claims)


# ---- patterns, one by one ------------------------------------------------------------


def test_cue_first_that_clause(nlp) -> None:
    c = one(claims_of(nlp, "Analysts say the central bank will raise rates in March.")[0])
    assert (c.speaker, c.cue) == ("Analysts", "say")
    assert c.content == "the central bank will raise rates in March"


def test_content_first_parenthetical(nlp) -> None:
    c = one(claims_of(nlp, "The move, officials said, was a serious mistake.")[0])
    assert c.speaker == "officials"
    assert c.content == "The move … was a serious mistake"


def test_inverted_said_name_after_quote(nlp) -> None:
    c = one(claims_of(nlp, "“We will not give up on this city,” said Caddell.")[0])
    assert c.speaker == "Caddell"
    assert c.content == "We will not give up on this city"


def test_quote_then_title_name_said(nlp) -> None:
    c = one(claims_of(nlp, "'The border will stay open for trade,' Mr Gschwind said.")[0])
    assert c.speaker == "Mr Gschwind"
    assert c.cue == "said"
    assert c.content == "The border will stay open for trade"


@pytest.mark.parametrize(
    ("open_", "close"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'"), ("„", "“")],
)
def test_every_kind_of_quote_mark(nlp, open_: str, close: str) -> None:
    text = f"{open_}Prices will keep rising until the summer,{close} the minister told reporters."
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "the minister"
    assert c.content == "Prices will keep rising until the summer"


def test_according_to(nlp) -> None:
    c = one(claims_of(nlp, "According to the Post, Clinton was taken to her daughter's apartment.")[0])
    assert c.speaker == "the Post"
    assert c.cue == "According to"
    assert c.content == "Clinton was taken to her daughter's apartment"


@pytest.mark.parametrize(
    "text",
    [
        "It is said that the talks collapsed after midnight.",
        "It is reported that the talks collapsed after midnight.",
        "The general is believed to have died in the attack.",
        "The rebels are alleged to have shelled the town.",
    ],
)
def test_impersonal_and_passive_reports_have_no_speaker_and_are_hedged(nlp, text: str) -> None:
    c = one(claims_of(nlp, text)[0])
    assert c.speaker is None
    assert c.hedged


def test_passive_with_agent_names_the_speaker(nlp) -> None:
    c = one(claims_of(nlp, "It was announced by the ministry that schools will reopen on Monday.")[0])
    assert c.speaker == "the ministry"


def test_quote_over_several_sentences_attribution_at_the_end(nlp) -> None:
    text = "“The economy is strong. Jobs are growing. We will win in November,” the senator said."
    claims, parsed = claims_of(nlp, text)
    c = one(claims)
    assert len(parsed.sentences) >= 2
    assert c.sentences == tuple(range(len(parsed.sentences)))
    assert c.content.startswith("The economy is strong") and c.content.endswith("We will win in November")


def test_quote_over_paragraphs_attribution_at_the_end(nlp) -> None:
    text = (
        "Headline\n\nThe mayor spoke at length on Monday.\n\n"
        "“We have rebuilt the bridges and the schools. Nobody thought it could be done.\n\n"
        "“Now we will rebuild the harbour,” she said."
    )
    claims, parsed = claims_of(nlp, text)
    c = one(claims)
    assert c.speaker == "she"
    first = sentence_of(parsed, "We have rebuilt the bridges")
    last = sentence_of(parsed, "Now we will rebuild the harbour")
    assert c.sentences == tuple(range(first, last + 1))
    assert sentence_of(parsed, "The mayor spoke") not in c.sentences


def test_colon_attribution_before_a_quoted_paragraph(nlp) -> None:
    text = (
        "Headline\n\nCaddell continued:\n\n"
        '"The health issue overall is very much a partisan issue. '
        'But that does not account for the numbers."\n\n'
        "The poll closed on Friday."
    )
    claims, parsed = claims_of(nlp, text)
    c = one(claims)
    assert c.speaker == "Caddell"
    assert c.cue == "continued"
    assert c.content.startswith("The health issue overall")
    assert sentence_of(parsed, "The health issue overall") in c.sentences
    assert sentence_of(parsed, "The poll closed") not in c.sentences


def test_name_colon_label(nlp) -> None:
    c = one(claims_of(nlp, "Headline\n\nPat Caddell: Democrat voters are worried about the race.")[0])
    assert c.speaker == "Pat Caddell"
    assert c.cue == ":"
    assert c.content == "Democrat voters are worried about the race"


def test_transcript_labels_are_separate_speakers(nlp) -> None:
    text = (
        'Headline\n\n"WALLACE: Will she be at the debate tomorrow night?\n\n'
        '"PENCE: She will not be attending the debate. That is final.\n\n'
        '"WALLACE: Thank you, governor."'
    )
    claims, _ = claims_of(nlp, text)
    assert [c.speaker for c in claims] == ["WALLACE", "PENCE", "WALLACE"]
    assert claims[1].content.startswith("She will not be attending")
    assert "Thank you" not in claims[1].content


def test_cueless_quote_continues_the_quoted_claim_before_it(nlp) -> None:
    text = (
        "Headline\n\n“This is in their heads,” said Caddell, speaking of the health issue. "
        "“It is one of the things worrying them.”"
    )
    claims, parsed = claims_of(nlp, text)
    c = one(claims)
    assert c.speaker == "Caddell"
    assert sentence_of(parsed, "It is one of the things worrying them") in c.sentences


def test_scare_quote_in_own_voice_is_not_given_to_the_last_speaker(nlp) -> None:
    text = (
        "Headline\n\nPutin described the plan as “nonsense” last year.\n\n"
        "The country wants to break free “and gain access to technologies "
        "it has been unable to obtain”."
    )
    claims, parsed = claims_of(nlp, text)
    c = one(claims)
    assert sentence_of(parsed, "The country wants to break free") not in c.sentences


def test_dash_signature_after_a_quote(nlp) -> None:
    text = (
        "Headline\n\nWe collected answers from readers in five states.\n\n"
        "“Trump must stop portraying Latinos as dangerous gangsters.” ― Carla Sanchez.\n\n"
        "“He makes simple blanket statements about people he knows nothing about.”― Pamela Padilla"
    )
    claims, _ = claims_of(nlp, text)
    assert [c.speaker for c in claims] == ["Carla Sanchez", "Pamela Padilla"]
    assert claims[0].content.startswith("Trump must stop portraying Latinos")
    assert claims[1].cue == "―"


def test_several_claims_in_one_sentence(nlp) -> None:
    claims, _ = claims_of(nlp, "Smith said the plan would fail, but Jones argued that it would succeed.")
    assert [(c.speaker, c.cue) for c in claims] == [("Smith", "said"), ("Jones", "argued")]
    assert claims[0].sentences == claims[1].sentences == (0,)
    assert claims[1].content == "it would succeed"


def test_participle_cue_takes_the_main_subject(nlp) -> None:
    c = one(claims_of(nlp, "Trump attacked Clinton on Monday, saying she had failed the country.")[0])
    assert (c.speaker, c.cue) == ("Trump", "saying")
    assert c.content == "she had failed the country"


def test_relative_clause_speaker(nlp) -> None:
    c = one(claims_of(nlp, "The senator, who said the bill would fail, left the chamber early.")[0])
    assert c.speaker == "The senator"
    assert c.content == "the bill would fail"


def test_told_with_addressee_and_content(nlp) -> None:
    text = (
        "Pat Caddell told Breitbart News Daily host Alex Marlow on Thursday how surprised he is "
        "that health has been at the forefront."
    )
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Pat Caddell"
    assert c.content.startswith("how surprised he is")


def test_speech_act_with_object_content(nlp) -> None:
    c = one(claims_of(nlp, "The opposition leader denied the allegations of fraud.")[0])
    assert c.speaker == "The opposition leader"
    assert c.content == "the allegations of fraud"


@pytest.mark.parametrize(
    "text",
    [
        "He said nothing.",
        "The minister said on Thursday.",
        "He did not say whether he would run again.",
        "The river flooded the town on Monday after days of rain.",
        "This shows that the policy failed.",
        "The aim was to show that the alliance still works.",
        "They find themselves in the middle of a war zone.",
    ],
)
def test_no_claim(nlp, text: str) -> None:
    assert claims_of(nlp, text)[0] == []


# ---- hedging ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Officials said the virus may have spread to the north.", True),
        ("Officials said the virus might spread to the north.", True),
        ("Officials said the virus could spread to the north.", True),
        ("The minister reportedly said the deal was off.", True),
        ("The minister said the deal had allegedly been signed in secret.", True),
        ("Officials said the virus spread to the north.", False),
        ("Officials said the virus will spread to the north.", False),
    ],
)
def test_hedging(nlp, text: str, hedged: bool) -> None:
    assert one(claims_of(nlp, text)[0]).hedged is hedged


# ---- speakers and actors ---------------------------------------------------------------


def _actor(aid: str, name: str, kind: str = "person", *aliases: str) -> Actor:
    return Actor(aid, name, kind, (name, *aliases), ())  # type: ignore[arg-type]


def test_named_speaker_gets_actor_id(nlp) -> None:
    actors = [_actor("vladimir-putin", "Vladimir Putin", "person", "Putin")]
    c = one(claims_of(nlp, "Putin announced that the two countries had signed a treaty.", actors)[0])
    assert c.actor == "vladimir-putin"


def test_he_resolves_to_the_previous_speaker(nlp) -> None:
    actors = [
        _actor("john-smith", "John Smith", "person", "Smith"),
        _actor("mary-jones", "Mary Jones"),
    ]
    text = (
        "John Smith said the bridge would close in May. "
        "Mary Jones disagreed with the plan. "
        "He added that repairs would take a year."
    )
    claims, _ = claims_of(nlp, text, actors)
    added = [c for c in claims if c.cue == "added"]
    assert one(added).speaker == "He"
    assert added[0].actor == "john-smith"


def test_she_skips_a_man_by_title(nlp) -> None:
    actors = [
        _actor("angela-merkel", "Angela Merkel", "person", "Merkel"),
        _actor("mr-scholz", "Mr Scholz"),
    ]
    text = "Angela Merkel met Mr Scholz in Berlin on Monday. She said the euro was safe."
    c = one(claims_of(nlp, text, actors)[0])
    assert c.speaker == "She"
    assert c.actor == "angela-merkel"


def test_he_skips_a_woman_by_first_name(nlp) -> None:
    actors = [
        _actor("david-cameron", "David Cameron", "person", "Cameron"),
        _actor("sarah-wood", "Sarah Wood"),
    ]
    text = "David Cameron thanked Sarah Wood for her work. He said the inquiry was over."
    c = one(claims_of(nlp, text, actors)[0])
    assert c.actor == "david-cameron"


def test_name_inside_a_quote_is_not_the_antecedent(nlp) -> None:
    actors = [
        _actor("joe-biden", "Joe Biden", "person", "Biden"),
        _actor("donald-trump", "Donald Trump"),
    ]
    text = "Headline\n\nJoe Biden spoke in Ohio on Monday.\n\n“Donald Trump is wrong about trade,” he said."
    c = one(claims_of(nlp, text, actors)[0])
    assert c.speaker == "he"
    assert c.actor == "joe-biden"


def test_they_resolves_to_a_group(nlp) -> None:
    actors = [_actor("the-unions", "The unions", "group", "unions")]
    text = "The unions rejected the offer on Friday. They said it was far too low."
    c = one(claims_of(nlp, text, actors)[0])
    assert c.speaker == "They"
    assert c.actor == "the-unions"


def test_attribution_spans_point_into_the_text(nlp) -> None:
    parsed = parse_string("“We will win,” Trump told supporters in Ohio.", nlp)
    (a,) = find_attributions(parsed, [])
    assert parsed.text[a.speaker_span[0] : a.speaker_span[1]] == "Trump"
    assert parsed.text[a.cue_span[0] : a.cue_span[1]] == "told"
    assert [parsed.text[s:e] for s, e in a.content_spans] == ["We will win,"]


def test_a_surname_read_as_a_plural_is_still_the_person(nlp) -> None:
    """'Lewins says …, which he believes …' after 'Steven Lewins, analyst …': he is Lewins
    (the tagger reads 'Lewins' as a plural noun, which once made it a group)."""
    actors = [
        _actor("steven-lewins", "Steven Lewins", "person", "Lewins"),
        _actor("dole", "Dole"),
    ]
    text = (
        "Steven Lewins, analyst for Citicorp, expects Conrail to earn 3.00 dlrs. "
        "Dole presented the cap to Stanley Crane, Conrail chairman. "
        "The government is expected to receive 1.88 billion dlrs. "
        "Lewins says revenue-ton-miles, which he believes will climb this year, will grow to 71.5 mln in 1991."
    )
    claims, _ = claims_of(nlp, text, actors)
    assert one([c for c in claims if c.cue == "believes"]).actor == "steven-lewins"


# ---- quotation spans -------------------------------------------------------------------


def test_quotes_apostrophes_are_not_marks() -> None:
    text = "He said: “A. B.” Then Clinton’s team didn't ‘budge’ at all."
    quotes = find_quotes(text, [(0, len(text))])
    assert [q.text(text) for q in quotes] == ["A. B.", "budge"]


def test_quotes_run_over_paragraphs_only_when_reopened() -> None:
    text = "“First part.\n\n“Second part,” she said.\n\n“Stray open.\n\nPlain paragraph."
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes = find_quotes(text, paras)
    assert [q.text(text) for q in quotes] == ["First part. Second part,", "Stray open."]
    assert quotes[0].closed and not quotes[1].closed


def test_unclosed_quote_in_a_long_paragraph_stops_at_its_sentence() -> None:
    text = 'He is 6\'3" tall, "a giant. ' + "Then the article goes on in its own voice. " * 20
    quotes = find_quotes(text, [(0, len(text))])
    assert all(q.end - q.start < 100 for q in quotes)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .,\"“”‘’'«»\n", max_size=120))
def test_quotes_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes = find_quotes(text, paras)
    last = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last
        last = q.end
        for s, e in q.pieces:
            assert q.start <= s <= e <= q.end


# ---- the lexicon -----------------------------------------------------------------------


def test_lexicon_is_data_not_code() -> None:
    lex = lexicon()
    assert {
        "say",
        "tell",
        "announce",
        "claim",
        "warn",
        "point out",
        "write",
        "reveal",
        "insist",
        "deny",
        "believe",
        "expect",
        "argue",
        "add",
        "note",
    } <= lex.clause
    assert "describe" in lex.naming
    assert ("according", "to") in lex.phrases
    assert "statement" in lex.nouns
    assert {"may", "might", "could"} == set(lex.modals)
    assert {"reportedly", "allegedly"} <= lex.hedge_adverbs
    assert "say" not in lex.object  # "he said nothing" is not a claim


def test_textacy_is_only_a_benchmark_dependency() -> None:
    for path in (ROOT / "tui").rglob("*.py"):
        assert "textacy" not in path.read_text(encoding="utf-8"), path


# ---- real articles and speed -----------------------------------------------------------


def test_polnear_sources_said(nlp) -> None:
    path = eval_path("polnear-dev", "text", "breitbart_2016-09-12_stealth-over-health-hillary-clin.txt")
    parsed = parse_string(path.read_text(encoding="utf-8"), nlp)
    claims = find_claims(parsed, [])
    speakers = [c.speaker for c in claims]
    assert speakers[:2] == ["The New York Post", "The Post"]
    assert {"sources", "a source", "another source", "the source"} <= set(speakers)
    assert not [c for c in claims if sentence_of(parsed, "Read the rest here") in c.sentences]


def test_polnear_multi_paragraph_quote_and_colon(nlp) -> None:
    path = eval_path("polnear-dev", "text", "breitbart_2016-09-15_pat-caddell-democrat-voters-worr.txt")
    parsed = parse_string(path.read_text(encoding="utf-8"), nlp)
    claims = find_claims(parsed, [])
    continued = one([c for c in claims if c.cue == "continued"])
    assert continued.speaker == "Caddell"
    assert sentence_of(parsed, "Rasmussen has a similar question") in continued.sentences
    said = [c for c in claims if c.cue == "said" and "This is in their heads" in c.content]
    assert one(said).speaker == "Caddell"
    assert sentence_of(parsed, "It is one of the things worrying them") in said[0].sentences


def test_claims_cost_little_next_to_parsing(nlp) -> None:
    """One pass: on a long article the claims take a small share of spaCy's own time."""
    base = (ROOT / "seeds" / "putin-north-korea-vietnam.txt").read_text(encoding="utf-8")
    body = "\n\n".join([base.split("\n\n", 3)[3]] * 12)
    find_claims(parse_string("Headline\n\nHe said the lexicons load once.", nlp), [])  # not a one-off load
    t0 = time.perf_counter()
    parsed = parse_string(body, nlp)
    t1 = time.perf_counter()
    cost = float("inf")
    for _ in range(3):  # the best of three: a collector pause is not the analyser's cost
        t = time.perf_counter()
        claims = find_claims(parsed, [])
        cost = min(cost, time.perf_counter() - t)
    assert len(claims) >= 12 * 5
    assert cost < 0.25 * (t1 - t0)


def test_pronoun_chain_keeps_its_person(nlp) -> None:
    """'She says ...' resolved once stays the freshest mention for the next 'She'."""
    actors = [
        _actor("hillary-clinton", "Hillary Clinton", "person", "Clinton"),
        _actor("alicia-machado", "Alicia Machado"),
    ]
    text = (
        "Hillary Clinton spoke in Florida on Friday. "
        "She says the tweets accusing Alicia Machado of lying are cruel. "
        "Her response came in a series of posts. "
        "She tweeted that the attacks must stop."
    )
    claims, _ = claims_of(nlp, text, actors)
    tweeted = one([c for c in claims if c.cue == "tweeted"])
    assert tweeted.actor == "hillary-clinton"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("“We could lose the election,” the chairman said.", True),
        ("“We will win the election,” the chairman said.", False),
        ("Experts say the bridge, which may need repairs, will open in May.", False),
    ],
)
def test_hedging_of_quotations_and_main_clauses(nlp, text: str, hedged: bool) -> None:
    assert one(claims_of(nlp, text)[0]).hedged is hedged


def test_two_apostrophes_quote_like_the_new_york_times(nlp) -> None:
    text = "Headline\n\nMr. Trump said, ''Of course, I pay federal taxes, like everyone else.'' He left."
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Mr. Trump"
    assert c.content == "Of course, I pay federal taxes, like everyone else"


# ---- the second round (hand-annotated dev set, docs/claims.md) ----------------------------


def test_quote_reopened_after_a_sentence_end_continues() -> None:
    """'"A. "B."' — paragraphs run together in the BBC corpus: one quotation, two pieces."""
    text = 'Greene said: "It hurts. "I lost the race. It was my mistake." Then he left.'
    (q,) = find_quotes(text, [(0, len(text))])
    assert text[q.start : q.end].endswith('my mistake."')
    assert len(q.pieces) == 2


def test_bbc_run_together_quote_is_one_claim(nlp) -> None:
    text = (
        "Headline\n\nBut Greene believes he lost the race and his title in the semi-finals. "
        '"In my semi-final race, I should have won the race but I was conserving energy. '
        "\"That's when Francis Obikwelu came up and I took third because I didn't know he was "
        'there." Greene was also denied Olympic gold in the relay.'
    )
    claims, parsed = claims_of(nlp, text)
    quoted = [c for c in claims if "conserving energy" in c.content]
    c = one(quoted)
    assert c.speaker == "Greene"
    assert c.cue is None  # a quotation right after a reported claim of the same speaker
    assert sentence_of(parsed, "That's when Francis Obikwelu") in c.sentences
    assert sentence_of(parsed, "Greene was also denied") not in c.sentences


def test_quote_split_by_its_cue_is_one_claim(nlp) -> None:
    text = (
        "Headline\n\nRetired general Norman Ham spoke to the host.\n\n"
        "“Now that I don’t have to be politically correct anymore,” he told the host, "
        "“it was demoralizing to work for Obama.”"
    )
    claims, _ = claims_of(nlp, text)
    told = one([c for c in claims if c.cue == "told"])
    assert told.speaker == "he"
    assert "politically correct" in told.content and "demoralizing" in told.content


def test_finished_quote_is_not_split_by_the_next_cue(nlp) -> None:
    text = (
        'He told his protégés on a regular basis that "terrorism is the answer." '
        "Birchers viewed communists as terrorists and despised them."
    )
    claims, _ = claims_of(nlp, text)
    assert not [c for c in claims if c.speaker == "Birchers" and "answer" in c.content]


def test_reporting_noun_with_that_clause_read_as_relative(nlp) -> None:
    text = (
        "The show's director Richard Eyre issued a warning earlier in the week that the show "
        "was unsuitable for children under seven."
    )
    c = one(claims_of(nlp, text)[0])
    assert c.cue == "warning"
    assert c.speaker == "Richard Eyre"
    assert c.content.startswith("the show was unsuitable")


def test_possessive_owner_of_a_claim_noun_the_parser_lost(nlp) -> None:
    text = (
        "Video shows that Crutcher had his hands in the air, contradicting Tulsa police’s "
        "earlier claim that Crutcher had refused to keep his hands up."
    )
    claims, _ = claims_of(nlp, text)
    noun = one([c for c in claims if c.cue == "claim"])
    assert noun.speaker == "Tulsa police"
    assert noun.content == "Crutcher had refused to keep his hands up"


def test_hyphenated_speaker_is_kept_whole(nlp) -> None:
    text = "His ex-wife agreed, but also contended that she should not have to give up her privacy."
    claims, _ = claims_of(nlp, text)
    assert {c.speaker for c in claims} == {"His ex-wife"}


def test_helped_to_find_is_not_a_finding(nlp) -> None:
    text = (
        "Plans include funding for universities to help female science and engineering "
        'graduates find jobs and "taster courses" for men and women in non-traditional jobs.'
    )
    assert claims_of(nlp, text)[0] == []


def test_the_letter_reads(nlp) -> None:
    text = (
        "“Our support for charter schools is not abstract, but instead based on our personal "
        "experience,” the letter reads."
    )
    c = one(claims_of(nlp, text)[0])
    assert (c.speaker, c.cue) == ("the letter", "reads")


def test_names_in_a_reported_statement_are_not_the_next_speaker(nlp) -> None:
    actors = [
        _actor("maurice-greene", "Maurice Greene", "person", "Greene"),
        _actor("justin-gatlin", "Justin Gatlin", "person", "Gatlin"),
    ]
    text = (
        "Maurice Greene ran in Birmingham on Friday. "
        "Greene believes Gatlin will again prove the biggest threat to his ambitions in Finland. "
        "But he also admits he faces more than one rival for the world crown."
    )
    claims, _ = claims_of(nlp, text, actors)
    admits = one([c for c in claims if c.cue == "admits"])
    assert admits.actor == "maurice-greene"


def test_cue_parsed_as_adverbial_clause_of_its_content(nlp) -> None:
    text = (
        "While he acknowledged funding was a major reason he felt demoralized serving under "
        "Obama, Ham also noted several “intangibles” left him further disillusioned."
    )
    claims, _ = claims_of(nlp, text)
    assert {c.cue for c in claims} == {"acknowledged", "noted"}
    ack = one([c for c in claims if c.cue == "acknowledged"])
    assert ack.content.startswith("funding was a major reason")


def test_mistagged_charges_takes_its_that_clause(nlp) -> None:
    text = (
        "Trump charges that countries that stand to benefit from the deal donated millions "
        "of dollars to the Clinton Foundation."
    )
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Trump"
    assert c.content.startswith("countries that stand to benefit")


def test_those_close_to_him_say(nlp) -> None:
    text = "Those close to him say that, in addition to Scott, he would have to consider Rep. Don Beyer."
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Those close to him"


def test_naming_verb_with_a_predicate_read_as_apposition(nlp) -> None:
    text = (
        "Democrats called the contempt citation and the demand for Pagliano's public "
        "appearance a transparent political ploy aimed at embarrassing Clinton."
    )
    c = one(claims_of(nlp, text)[0])
    assert (c.speaker, c.cue) == ("Democrats", "called")
    assert "political ploy" in c.content


def test_reported_at_the_time_that(nlp) -> None:
    text = (
        "Still, The New York Times reported at the time that the RT editor in chief, "
        "Margarita Simonyan, conveyed to Ms. Martin that her statement was not in line "
        "with the editorial policy."
    )
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "The New York Times"
    assert c.content.startswith("the RT editor in chief")


def test_according_to_when_the_parser_hangs_the_statement_on_the_name(nlp) -> None:
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Rush Limbaugh"
    assert c.content == "the move reeks of “fear” and desperation"


def test_parenthetical_cue_read_as_main_verb(nlp) -> None:
    text = (
        "These employees, Stumpf explained earlier in the committee hearing, were "
        "“well-paid,” making between $30,000 and $60,000 a year."
    )
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Stumpf"
    assert c.content.startswith("These employees … were")


@pytest.mark.parametrize(
    "text",
    [
        "There should be a more transparent way to report offshore profits.",
        "It is unusual for a presidential candidate to discuss his well-being on television.",
        "Air passengers who are unable to board their flights can now demand greater compensation.",
        "Amid speculation he will be offered the job of Foreign Secretary, he left.",
    ],
)
def test_possible_or_future_speech_acts_are_not_claims(nlp, text: str) -> None:
    assert claims_of(nlp, text)[0] == []


def test_titled_name_read_as_plural_is_a_person(nlp) -> None:
    actors = [_actor("ed-balls", "Ed Balls", "person", "Mr Balls", "Balls")]
    text = (
        "Sir Digby Jones warned Mr Brown not to be tempted. "
        "Mr Balls, who stepped down from his Treasury post, had suggested that Mr Brown "
        "would meet his golden rule. "
        "He said he hoped more would be done to build on current tax credit rules."
    )
    claims, _ = claims_of(nlp, text, actors)
    said = one([c for c in claims if c.cue == "said"])
    assert said.actor == "ed-balls"


def test_reporting_noun_subject_of_is_colon(nlp) -> None:
    actors = [_actor("digby-jones", "Digby Jones", "person", "Sir Digby")]
    text = (
        "Headline\n\nSir Digby Jones said stability was all important. His message to the "
        "chancellor "
        'was: "Please don\'t give it away in any form of electioneering."'
    )
    claims, _ = claims_of(nlp, text, actors)
    message = one([c for c in claims if c.cue == "message"])
    assert message.speaker == "His"
    assert message.actor == "digby-jones"
    assert message.content == "Please don't give it away in any form of electioneering"


def test_quote_of_the_previous_sentence_is_not_the_next_cue(nlp) -> None:
    text = (
        'IATA has attacked the package as a "bad piece of legislation". Previously, '
        "passengers could claim between 150 euros and 300 euros if they had been stopped."
    )
    claims, _ = claims_of(nlp, text)
    assert not [c for c in claims if "legislation" in c.content and c.speaker == "passengers"]


def test_quote_over_paragraphs_is_not_cut_by_a_cue_after_it(nlp) -> None:
    text = (
        'Headline\n\nMr Law added: "I think the remark was ill-advised.\n\n'
        '"We don\'t want to preach to young people. "This diverts us from the real issues." '
        "He said it was vital that young people were informed."
    )
    claims, parsed = claims_of(nlp, text)
    added = one([c for c in claims if c.cue == "added"])
    assert sentence_of(parsed, "This diverts us") in added.sentences


def test_cue_inside_a_relative_clause_with_its_own_subject(nlp) -> None:
    text = (
        "At her Brooklyn school, Joseph and other community members protested the state "
        "funding system, which advocates say disadvantages needy schools."
    )
    claims, _ = claims_of(nlp, text)
    c = one([c for c in claims if c.cue == "say"])
    assert c.speaker == "advocates"
    assert c.content == "the state funding system … disadvantages needy schools"


def test_participle_on_a_noun_describes_it(nlp) -> None:
    text = 'Headline\n\nThe number of holes considered "critical" is more than usual.'
    assert claims_of(nlp, text)[0] == []


def test_headline_label_is_not_a_speaker(nlp) -> None:
    text = (
        "Headline\n\nVeto Power Impedes Peace Efforts: Eliminating the scourge of war is one "
        "of the original goals of the United Nations."
    )
    assert claims_of(nlp, text)[0] == []


def test_organisation_label_with_speech_is_a_speaker(nlp) -> None:
    text = "Headline\n\nAmnesty International: “We will keep documenting every case.”"
    c = one(claims_of(nlp, text)[0])
    assert c.speaker == "Amnesty International"


def test_role_speaker_is_a_person_for_a_later_he(nlp) -> None:
    actors = [_actor("bishop", "Bishop", "person", "the Bishop")]
    text = (
        "Headline\n\nThe Bishop said there was a lack of evidence. A great deal of evidence "
        "proves the version of Jesus' life was true, according to the Bishop. "
        '"The evidence for Jesus is astonishingly good," he said.'
    )
    claims, _ = claims_of(nlp, text, actors)
    he = one([c for c in claims if c.speaker == "he"])
    assert he.actor == "bishop"


def test_a_shared_surname_keeps_each_persons_sex(nlp) -> None:
    actors = [
        _actor("bill-clinton", "Bill Clinton"),
        _actor("hillary-clinton", "Hillary Clinton", "person", "Clinton"),
        _actor("leslie-wimes", "Leslie Wimes", "person", "Wimes"),
    ]
    text = (
        "Headline\n\nFormer President Bill Clinton will travel to North Florida on Friday. "
        "Leslie Wimes said the campaign was in panic mode. "
        "Hillary Clinton spoke at the debate on Monday. "
        "Clinton told the debate audience that she believes we must continue to push policies "
        "that help make up for racial divides."
    )
    claims, _ = claims_of(nlp, text, actors)
    believes = one([c for c in claims if c.cue == "believes"])
    assert believes.actor == "hillary-clinton"


def test_a_title_with_the_is_not_a_person(nlp) -> None:
    actors = [_actor("da-vinci-code", "Da Vinci Code", "organization", "The Da Vinci Code")]
    text = (
        "Headline\n\nThe Da Vinci Code claims Jesus was not crucified, but married Mary "
        "Magdalene. It claims this was later covered up by the Church."
    )
    claims, _ = claims_of(nlp, text, actors)
    it = one([c for c in claims if c.speaker == "It"])
    assert it.actor == "da-vinci-code"


@pytest.mark.parametrize(
    "text",
    [
        "He has championed lesbian and gay rights and extended benefits to gay couples.",
        "The Ohio chapter filed suit challenging the law in federal court.",
    ],
)
def test_advocacy_and_lawsuits_are_actions(nlp, text: str) -> None:
    assert claims_of(nlp, text)[0] == []


def test_a_thing_found_is_not_a_finding(nlp) -> None:
    text = (
        "Headline\n\nThe tool was found on Zandmotor beach near The Hague prior to the arrival "
        "of modern humans—carbon dating showed it to be approximately 50,000 years old."
    )
    claims, _ = claims_of(nlp, text)
    assert [c.cue for c in claims] == ["showed"]


def test_hand_annotated_dev_set_meets_the_issue_targets(nlp) -> None:
    """The held-out and blind splits of benchmarks/data/claims-dev.jsonl (docs/claims.md)
    stay above the owner's targets: found ≥ 0.90, right ≥ 0.85, speaker ≥ 0.85."""
    import json

    eval_path("bbc-dev")
    eval_path("polnear-dev")
    mod = benchmark("eval_claims_dev")
    from tui.analysis.actors import find_actors

    total = mod.Score()
    for line in mod.DATA.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        if art["split"] not in ("heldout", "blind"):
            continue
        parsed = parse_string(eval_path(*art["path"].split("/")).read_text(encoding="utf-8"), nlp)
        actors = find_actors(parsed)
        total.add(mod.score_article(art, parsed, actors, find_claims(parsed, actors), "x"))
    assert total.found / total.gold >= 0.90
    assert total.correct / total.judged >= 0.85
    assert total.speaker_right / total.found >= 0.85


def test_a_day_is_not_a_speaker_and_the_speaker_is_not_content(nlp) -> None:
    # the parser hangs the name on the content's list and leaves "Friday" after "said"
    claims, _ = claims_of(
        nlp,
        "Headline\n\nIn recent weeks, the commission has reminded them of the law in conversations, webinar "
        "trainings, and newsletters, commission spokesperson Riley Vetterkind said Friday.",
    )
    c = one(claims)
    assert c.speaker is not None and "Vetterkind" in c.speaker
    assert c.content.endswith("and newsletters")
    assert "Vetterkind" not in c.content


@pytest.mark.parametrize(
    "text",
    [
        "In some cases, it’s possible to predict immunosuppression.",
        "It’s important to understand the risks and uncertainties involved.",
        "Because of its sheer strangeness, it seems unwise to consider it food at all.",
        "That makes it hard to know in which states Trump may have an advantage.",
    ],
)
def test_a_dummy_it_before_an_infinitive_is_no_speaker(nlp, text: str) -> None:
    claims, _ = claims_of(nlp, "Headline\n\n" + text)
    assert claims == []


def test_a_day_beside_the_speaker_is_left_out(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nIn testimony as defense witnesses Wednesday, County Supervisor Janice Hahn and former "
        "Supervisor Sheila Kuehl said Ridley-Thomas did not try to cajole them.\n\n"
        "Trump on Saturday announced he’d be charged Tuesday.",
    )
    speakers = [c.speaker for c in claims]
    assert len(claims) == 2 and all(s and "day" not in s for s in speakers), speakers
    assert "Hahn" in speakers[0] and speakers[1] == "Trump"


def test_a_counterfactual_report_is_no_claim(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nDefense attorney Daralyn Durie pointed out that none of the witnesses were county employees, "
        "who she argued could have explained that normal processes were followed.",
    )
    assert all("normal processes" not in c.content or c.cue != "explained" for c in claims), claims


def test_as_time_went_on_is_no_parenthetical_report(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nHe would update the AI on the current cash total of the business as time went on.",
    )
    assert claims == []


# --- read in the Dawn wire stories (blind 14) ------------------------------------------


def test_a_dateline_in_capitals_with_a_colon_is_no_speaker(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nCOPENHAGEN: Between 8,000 and 10,000 people joined an emotional silent march in Copenhagen "
        "on Saturday. Police said they estimated the number of demonstrators at 10,000.",
    )
    assert all(c.speaker != "COPENHAGEN" for c in claims), claims
    assert any(c.speaker == "Police" for c in claims)
    # a transcript's speaker in capitals still speaks
    claims, _ = claims_of(nlp, "Headline\n\nPENCE: We will accept the result of this election.")
    assert [c.speaker for c in claims] == ["PENCE"]


def test_whom_a_verb_expects_or_urges_is_part_of_the_content(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThe association had expected well over a thousand people to take part. "
        "Graham urged Republicans to join the ranks of climate change believers.",
    )
    assert [c.content for c in claims] == [
        "well over a thousand people to take part",
        "Republicans to join the ranks of climate change believers",
    ]


def test_a_quotation_taken_by_two_cues_is_one_claim(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nOne 58-year-old member of Denmark\u2019s home guard, who gave her name only as Orum, also "
        "expressed anger over Trump\u2019s remarks. \u201cHow can he even say that? It\u2019s insulting,\u201d "
        "she said, clad in khaki fatigues and green beret.",
    )
    insulting = [c for c in claims if "insulting" in c.content]
    assert len(insulting) == 1, claims
    assert insulting[0].cue == "said"


def test_a_photo_caption_label_is_no_speaker(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        'Headline\n\nFILE PHOTO: U.S. President Donald Trump holds a meeting on "opportunity zones" in the '
        "Cabinet Room of the White House in Washington, U.S., May 18, 2020.",
    )
    assert claims == []


def test_a_dateline_the_parser_made_a_subject_is_no_speaker(nlp) -> None:
    cases = [
        (
            "MINNEAPOLIS -- National weather officials say flooding along the Mississippi River this spring "
            "could be the worst seen since 2001.",
            "National weather officials",
        ),
        (
            "DELANO, Minn. \u2013 A nationwide flood outlook from the National Weather Service shows Stillwater is "
            'in a "major flood" risk zone.',
            "A nationwide flood outlook from the National Weather Service",
        ),
    ]
    for text, speaker in cases:
        claims, _ = claims_of(nlp, "Headline\n\n" + text)
        assert [c.speaker for c in claims] == [speaker], claims


def test_a_related_link_label_is_no_speaker(nlp) -> None:
    claims, _ = claims_of(nlp, "Headline\n\nMORE: Scientists are worried about the river this spring.")
    assert all(c.speaker != "MORE" for c in claims), claims


def test_a_box_score_line_in_capitals_is_no_statement(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nFIRST PERIOD: 1, MINN, Luke Mittlestadt (Koster, Brodzinski), PP, 6:08.\n\n"
        "SHOTS: CAN, 6-9-5\u201420. MINN, 9-10-15\u201434\n\n"
        "FILE: Sen. Lindsey Graham, R-S.C., speaks with reporters on Capitol Hill.",
    )
    assert claims == [], claims


def test_a_city_or_body_in_capitals_opening_a_wire_story_is_a_dateline(nlp) -> None:
    cases = [
        "MINNEAPOLIS: Thousands of protesters rallied in Minneapolis in the latest show of anger.",
        "UNITED NATIONS: UN Secretary General Antonio Guterres has warned member states that the world body "
        "is facing an imminent financial collapse.",
    ]
    for text in cases:
        claims, _ = claims_of(nlp, "Headline\n\n" + text)
        assert all(c.speaker not in ("MINNEAPOLIS", "UNITED NATIONS") for c in claims), claims
    claims, _ = claims_of(nlp, "Headline\n\n" + cases[1])
    assert [c.speaker for c in claims] == ["Antonio Guterres"], claims


def test_a_name_the_parser_stranded_as_an_object_speaks_for_the_verb_after_it(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nTrump suspended U.S. contributions to the WHO last month, accusing it of promoting Chinese "
        "disinformation about the novel coronavirus outbreak, although WHO officials denied the accusation and "
        "China said it was transparent and open.",
    )
    assert [(c.speaker, c.content) for c in claims] == [
        ("WHO officials", "the accusation"),
        ("China", "it was transparent and open"),
    ], claims


def test_a_refusal_is_no_claim(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nTrump also made various accusations against China in the letter including that it tried to "
        "block evidence the virus could be transmitted between people, pressed the WHO not to declare it an "
        "emergency, refused to share data and samples and denied access to its scientists and facilities. "
        "The court denied bail to the two men.",
    )
    assert all(c.cue != "denied" for c in claims), claims


def test_an_inverted_said_before_a_colon_is_one_claim_by_the_name(nlp) -> None:
    claims, _ = claims_of(
        nlp, "Headline\n\nThe coach spoke after the game.\n\nSaid Timme: \u201cWe\u2019re warriors.\u201d"
    )
    assert [(c.speaker, c.content) for c in claims] == [("Timme", "We\u2019re warriors")], claims


def test_a_bare_pronoun_object_is_no_content(nlp) -> None:
    claims, _ = claims_of(nlp, "Headline\n\nHe met the senators in March. Later they criticized him.")
    assert claims == [], claims
    claims, _ = claims_of(nlp, "Headline\n\nDavid Axelrod accused him of being a cocaine user.")
    assert [c.content for c in claims] == ["him of being a cocaine user"], claims


def test_a_relative_pronoun_opening_the_content_gives_its_noun(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThat vaccine showed promise of preventing Candida auris, which the Centers for Disease "
        "Control and Protection now reports is rising at alarming rates.",
    )
    cdc = [c for c in claims if c.cue == "reports"]
    assert [c.content for c in cdc] == ["Candida auris \u2026 is rising at alarming rates"], claims


def test_the_subject_hung_under_a_dateline_speaks(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nHARRISBURG, Pennsylvania -- Pennsylvania Sen. John Fetterman's office said Thursday that he is "
        "expected to return soon to the chamber.",
    )
    said = [c for c in claims if c.cue == "said"]
    assert [c.speaker for c in said] == ["Pennsylvania Sen. John Fetterman's office"], claims
    claims, _ = claims_of(
        nlp,
        "Headline\n\nST. PAUL, Minn. -- Supporters of a bill up for debate Thursday night say it will make "
        "Minnesota a refuge for transgender people.",
    )
    assert [c.speaker for c in claims] == ["Supporters of a bill"], claims


def test_a_content_that_is_only_a_function_word_is_no_claim(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nFor some people who\u2019ve dealt with eating disorders, the TV spots \u2015 along with "
        "suspected celebrity use and media coverage that some feel glamorize the drug \u2015 aren\u2019t merely "
        "annoying; it\u2019s all been emotionally triggering.",
    )
    assert all(c.content.casefold() not in ("that", "which") for c in claims), claims
    # a quoted "That," before the cue stays: the quotation goes on after it
    claims, _ = claims_of(
        nlp,
        'Headline\n\n"That," he added, "promises to make life a lot more difficult for our children."',
    )
    assert len(claims) == 1, claims


def test_calling_someone_in_to_do_something_is_no_naming(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThe Canadian government called in a labor conciliator to try to hammer out a contract agreement.",
    )
    assert claims == [], claims
    claims, _ = claims_of(nlp, "Headline\n\nThe senator called the report a hoax.")
    assert [c.content for c in claims] == ["the report a hoax"], claims


def test_a_wire_ticker_is_no_part_of_a_speaker(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nA spokesman at First Chicago Corp <FNB> said it is premature to put Brazil's loans on a "
        "cash basis.",
    )
    assert [c.speaker for c in claims] == ["A spokesman at First Chicago Corp"], claims


def test_an_as_clause_with_its_own_object_is_a_time_not_a_source(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThe meeting took place as the US and India announced a 10-year defence framework agreement.",
    )
    assert all(c.content != "The meeting took place" for c in claims), claims
    claims, _ = claims_of(nlp, "Headline\n\nAs Smith put it, the plan was a mistake.")
    assert [(c.speaker, c.content) for c in claims] == [("Smith", "the plan was a mistake")], claims


def test_the_papers_own_name_is_no_person_for_a_pronoun(nlp) -> None:
    # the model tags "Dawn" as a person; the credit line says it is the paper
    from tui.analysis.actors import find_actors

    text = (
        "UN chief warns of collapse\n\n"
        "UNITED NATIONS: UN Secretary General António Guterres has warned member states that the world body is "
        "facing an “imminent financial collapse”. Dawn has obtained a copy of a letter the UN chief sent this week "
        "to all permanent representatives, in which he cautions that the organisation may soon be unable to "
        "function.\n\n"
        "Published in Dawn, February 1st, 2026"
    )
    parsed = parse_string(text, nlp)
    actors = find_actors(parsed)
    assert ("Dawn", "organization") in [(a.name, a.kind) for a in actors]
    cautions = [c for c in find_claims(parsed, actors) if c.cue == "cautions"]
    assert [(c.speaker, c.actor) for c in cautions] == [("he", "antonio-guterres")]


def test_a_name_before_a_title_with_no_verb_is_no_speaker(nlp) -> None:
    # an exhibition's listing: the artist's name, a colon, the show's title and dates
    claims, _ = claims_of(
        nlp, "Headline\n\nRichard Avedon: Murals through Oct. 1 at the Metropolitan Museum of Art, New York."
    )
    assert claims == [], claims
    # a transcript's label before a statement still speaks
    claims, _ = claims_of(nlp, "Headline\n\nPat Caddell: Democrat voters are worried about her health.")
    assert [c.speaker for c in claims] == ["Pat Caddell"], claims


def test_a_date_before_a_relative_clause_is_not_what_shows(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nIn Georgia, the Department of Public Health published a graph about May 11 that showed new "
        "Covid-19 cases declining over time in the most severely affected counties.",
    )
    assert [c.speaker for c in claims if c.cue == "showed"] == ["a graph"], claims


def test_a_role_subject_speaks_by_the_name_after_it(nlp) -> None:
    cases = [
        (
            "Co-founder of TCA, Iris Slappendel, told Cyclingnews that the riders understandably feel that they "
            "need to prioritise their working conditions.",
            "Iris Slappendel",
        ),
        (
            "Co-founder and CEO of OpenAI, Sam Altman, has now taken to his personal Twitter account to discuss the "
            'issue, writing that ChatGPT had a "significant issue".',
            "Sam Altman",
        ),
    ]
    for text, name in cases:
        claims, _ = claims_of(nlp, "Headline\n\n" + text)
        assert claims and claims[0].speaker == name, claims
    # a name after a verb inside the subject is not the speaker
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThe study, published in Acta Neuropathologica, found significant increases in beta-amyloid.",
    )
    assert [c.speaker for c in claims] == ["The study"], claims


def test_a_study_is_its_authors_words_when_they_are_the_subject(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nIn a recent study posted to the bioRxiv preprint server, researchers in Italy and the United "
        "States evaluated the efficacy and immunogenicity of an adjuvanted tetravalent vaccine.",
    )
    assert [c.speaker for c in claims] == ["researchers in Italy and the United States"], claims
    # a poll's own finding stays the poll's
    text = "Headline\n\nIn the latest poll, Clinton leads Trump by four points among likely voters."
    claims, _ = claims_of(nlp, text)
    assert [c.speaker for c in claims] == ["the latest poll"], claims


def test_a_participle_the_parser_joined_to_a_finite_verb_pairs_with_the_participle_above(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nPresident Trump, speaking at the White House, dismissed suggestions that negotiations had "
        "stalled, saying only a small circle of officials was aware of the details and insisting that Iran “wants "
        "to make a deal badly.”",
    )
    by_cue = {c.cue: c for c in claims}
    assert by_cue["insisting"].speaker == "Trump", claims
    assert by_cue["saying"].content == "only a small circle of officials was aware of the details", claims


def test_two_clauses_run_into_one_each_keep_their_subject(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nAs of now, the identified cases in the outbreak span from May 2022 to February 2023, but the "
        "CDC is advising clinicians to report any drug-resistant P. aeruginosa cases.",
    )
    assert [c.speaker for c in claims if c.cue == "advising"] == ["the CDC"], claims


def test_the_company_is_the_organisation_a_subject_named_last(nlp) -> None:
    text = (
        "Headline\n\nBlue Origin said that it is making design changes to the combustion chamber of the BE-3PM "
        "and its operating parameters. Additional, unspecified design changes to the nozzle also improved its "
        "structural performance.\n\nThe company said it would resume flights of New Shepard “soon” starting with "
        "the reflight of the payload-only NS-23 mission."
    )
    parsed = parse_string(text, nlp)
    actors = find_actors(parsed)
    claims = find_claims(parsed, actors)
    assert [(c.speaker, c.actor) for c in claims if c.speaker == "The company"] == [("The company", "blue-origin")]
    # a name that was no subject is not "the company"
    text = (
        "Headline\n\nWith Coinbase seemingly on the verge of a court battle with the regulator, the firm has "
        "emphasized that the government's approach has left a vacuum."
    )
    parsed = parse_string(text, nlp)
    claims = find_claims(parsed, find_actors(parsed))
    assert [c.actor for c in claims if c.speaker == "the firm"] == [None], claims


def test_content_pieces_with_nothing_between_them_read_as_written(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nThe company said it would resume flights of New Shepard “soon” starting with the reflight of "
        "the payload-only NS-23 mission.",
    )
    content = [c.content for c in claims if c.cue == "said"]
    assert content == [
        "it would resume flights of New Shepard “soon” starting with the reflight of the payload-only NS-23 mission"
    ], claims
    # a quotation mark whose partner the content leaves out keeps the pieces apart
    claims, _ = claims_of(nlp, "Headline\n\n“That’s “where the plan really fell apart,” he said.")
    assert all(c.content.count("“") == c.content.count("”") for c in claims), claims


def test_content_ends_without_the_next_clauses_conjunction_and_keeps_its_quotation_marks(nlp) -> None:
    claims, _ = claims_of(
        nlp,
        "Headline\n\nA Yahoo News poll found that Americans were evenly split on whether they thought the new "
        "coronavirus was “something from nature” or “created by people, on purpose,” with about two-thirds of "
        "Republicans saying it was manufactured and over two-thirds of Democrats saying it occurred naturally.",
    )
    assert "it was manufactured" in [c.content for c in claims], claims
    claims, _ = claims_of(
        nlp,
        "Headline\n\nTurkish President Recep Tayyip Erdogan hit back at the diplomatic recognition on Tuesday, "
        "saying Ankara deemed it “illegitimate and unacceptable”.",
    )
    assert "it “illegitimate and unacceptable”" in [c.content for c in claims], claims


def test_clean_text_keeps_a_quotation_mark_whose_partner_is_inside() -> None:
    from tui.analysis.claims.context import clean_text

    assert clean_text("“We are ready.”") == "We are ready"
    assert clean_text('it was now called "HustleGPT" ') == 'it was now called "HustleGPT"'
    assert clean_text("“Shane, come back!” ") == "Shane, come back!"
    assert clean_text(", “satellite country”.") == "satellite country"
    assert clean_text("a quasi “satellite country”.") == "a quasi “satellite country”"


def test_rest_assured_reports_nothing(nlp) -> None:
    # Al Jazeera, May 2025: the idiom ends in a cue verb (reporting_cues.json `idioms`)
    text = "Rest assured, the Trump administration remains as committed as ever to its ally."
    assert claims_of(nlp, text)[0] == []
    assert ("rest", "assured") in lexicon().idioms


def test_a_bare_verb_hung_on_an_infinitive_cue_is_no_content(nlp) -> None:
    # Al Jazeera, May 2025: the parser hangs "avoid" on "pleaded"; nothing was pleaded *to do*
    text = (
        "A Wisconsin judge has pleaded not guilty to charges accusing her of helping an "
        "undocumented immigrant in her courtroom avoid arrest by immigration enforcement agents."
    )
    claims = claims_of(nlp, text)[0]
    assert not any(c.cue == "pleaded" for c in claims), claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a gerund and an imperative after a colon still make the content
        ("The coalition proposed remaking the courts.", "remaking the courts"),
        (
            "Trump tells voters on his campaign site a few ways he would manage education: "
            "Cut federal funding for schools that ignore the rules.",
            "voters on his campaign site a few ways he would manage education: Cut federal funding",
        ),
    ],
)
def test_gerund_and_colon_imperative_content(nlp, text: str, content: str) -> None:
    c = one(claims_of(nlp, text)[0])
    assert c.content.startswith(content), c


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # Guardian, 2025: what something made someone realise is no report
        ("I was definitely nervous – it made me realise how these people feel every day.", 0),
        # a content-first quotation the parser hung under "makes" still is one
        ("“That makes me smart,” Trump boasted.", 1),
    ],
)
def test_made_to_realise(nlp, text: str, claims: int) -> None:
    assert len(claims_of(nlp, text)[0]) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # Guardian features, 2025: a verb with a particle is another verb, and an actor or a
        # picture that portrays or depicts something reports nothing
        ("When they are working in football, the girls all want to show off how many keepy-uppies they can do.", 0),
        ("For businesses working across more than one currency, these fees add up quickly.", 0),
        ("Eddie Jones was played by Temuera Morrison, best known for portraying a cold-blooded bounty hunter.", 0),
        ("One image depicted bearded men in traditional Islamic dress outside parliament.", 0),
        # "up to" is a preposition, not a particle (Reuters, 1987)
        ("He said up to now the banks have reduced their spreads and cut interest rates internally.", 1),
        # a naming verb with its predicate is still a claim
        ("Her lawyers portrayed her as a victim of the scheme.", 1),
        ("The campaign depicted Smith as a career politician.", 1),
    ],
)
def test_particles_and_pictures(nlp, text: str, claims: int) -> None:
    assert len(claims_of(nlp, text)[0]) == claims
