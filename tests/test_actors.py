"""Actors: one per real-world entity, aliases merged, noise dropped, ordered by salience."""

from __future__ import annotations

import json
import time

import pytest

from tui.analysis import actors as actors_module
from tui.analysis.actors import Actor, find_actors, match_actor
from tui.analysis.lexicon import DATA, lexicon, norm
from tui.article.plaintext import parse_text
from tui.nlp.parse import parse

from .conftest import eval_path, parse_string


def _key(text: str) -> str:
    """Compare aliases as a reader would: case-folded, without "the" or a possessive."""
    return norm(text).removesuffix("'s")


def by_alias(actors: list[Actor], alias: str) -> Actor:
    """The one actor carrying `alias` (fails if none or several do)."""
    found = [a for a in actors if _key(alias) in {_key(x) for x in (a.name, *a.aliases)}]
    assert len(found) == 1, f"{alias!r}: {[(a.name, a.aliases) for a in found] or 'no actor'}"
    return found[0]


def actors_of(nlp, text: str) -> list[Actor]:  # noqa: ANN001
    return find_actors(parse_string("Headline\n\n" + text, nlp))


# --- the seed article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_actors(seed_parsed) -> list[Actor]:
    return find_actors(seed_parsed)


SEED_EXPECTED = {
    "Vladimir Putin": (
        "person",
        ["Putin", "Vladimir Putin", "Russian President Vladimir Putin", "the Russian president"],
    ),
    "North Korea": ("place", ["North Korea", "North Korean", "Pyongyang"]),
    "Kim Jong Un": ("person", ["Kim Jong Un"]),
    "Vietnam": ("place", ["Vietnam"]),
    "Russia": ("place", ["Russia", "Russian", "Moscow", "the Kremlin"]),
    "Ukraine": ("place", ["Ukraine", "Ukrainian"]),
    "United States": ("place", ["US", "Washington"]),
    "Joe Biden": ("person", ["Joe Biden"]),
    "Xi Jinping": ("person", ["Xi Jinping"]),
    "China": ("place", ["China", "Chinese"]),
    "NATO": ("organization", ["NATO"]),
    "UN Security Council": ("organization", ["UN Security Council"]),
    "Zeit Online": ("organization", ["Zeit Online"]),
    "experts": ("group", ["experts"]),
    "BRICS": ("organization", ["BRICS"]),
}


@pytest.mark.parametrize("name", SEED_EXPECTED)
def test_seed_actor_with_its_aliases(seed_actors: list[Actor], name: str) -> None:
    kind, aliases = SEED_EXPECTED[name]
    actor = by_alias(seed_actors, name)
    assert actor.kind == kind
    for alias in aliases:
        assert by_alias(seed_actors, alias) is actor, alias


def test_seed_role_description_is_the_last_paragraph(seed_parsed, seed_actors: list[Actor]) -> None:
    putin = by_alias(seed_actors, "Putin")
    last = seed_parsed.sentences[-2]  # "In the long term, the Russian president will strive…"
    assert "the Russian president" in seed_parsed.article.sentence_text(last.id)
    assert last.id in putin.sentences
    assert seed_actors[0] is putin  # the most salient actor


def test_seed_no_actor_twice_and_no_noise(seed_actors: list[Actor]) -> None:
    seen: dict[str, str] = {}
    for a in seed_actors:
        for alias in {_key(x) for x in (a.name, *a.aliases)}:
            assert alias not in seen, f"{alias!r} in {a.name} and {seen[alias]}"
            seen[alias] = a.name
    assert not {"anti-nato", "209", "fakti"} & set(seen)
    # "the Old Continent" is an epithet: never an actor of its own, at most an alias of Europe
    assert seen.get("old continent", "Europe") == "Europe"
    assert len({a.id for a in seed_actors}) == len(seed_actors)
    for a in seed_actors:
        assert a.sentences and list(a.sentences) == sorted(set(a.sentences))
        assert all(not x.endswith(("'s", "’s")) and x == x.strip() for x in a.aliases)


def test_seed_nato_found_inside_anti_nato(seed_parsed, seed_actors: list[Actor]) -> None:
    nato = by_alias(seed_actors, "NATO")
    texts = [seed_parsed.article.sentence_text(i) for i in nato.sentences]
    assert len(texts) >= 3 and all("anti-NATO" in t for t in texts)


def test_export_keeps_the_contract(seed_outline) -> None:
    from tui.outline.json_export import to_dict

    doc = to_dict(seed_outline)
    assert doc["actors"] and all(set(x) == {"id", "name", "kind", "aliases", "sentences"} for x in doc["actors"])
    assert actors_module.AVAILABLE


# --- one rule at a time -------------------------------------------------------------------


def test_surname_joins_full_name(nlp) -> None:
    acts = actors_of(nlp, "Angela Merkel arrived in Paris on Monday. Merkel said the talks had gone well.")
    merkel = by_alias(acts, "Merkel")
    assert merkel.name == "Angela Merkel" and merkel.kind == "person" and merkel.sentences == (0, 1)


def test_titles_and_honorifics(nlp) -> None:
    acts = actors_of(
        nlp,
        "Rep. Adam Schiff called on the president to act. Schiff said the threat was real. "
        "Senator Josh Hawley disagreed. Mr Hawley told reporters the bill would fail.",
    )
    schiff = by_alias(acts, "Rep. Adam Schiff")
    assert by_alias(acts, "Schiff") is schiff and schiff.name == "Adam Schiff"
    hawley = by_alias(acts, "Mr Hawley")
    assert by_alias(acts, "Josh Hawley") is hawley and hawley.kind == "person"


def test_given_name_variants_and_suffixes(nlp) -> None:
    acts = actors_of(
        nlp, "Joseph R. Biden Jr. was sworn in on Wednesday. Joe Biden then signed orders. Biden said unity mattered."
    )
    biden = by_alias(acts, "Joe Biden")
    assert by_alias(acts, "Biden") is biden and biden.sentences == (0, 1, 2)
    assert all("Jr" not in a for a in biden.aliases)


def test_possessive_is_stripped(nlp) -> None:
    acts = actors_of(nlp, "Kim Jong Un's sister warned Seoul on Tuesday.")
    kim = by_alias(acts, "Kim Jong Un")
    assert all("'s" not in a for a in (kim.name, *kim.aliases))


def test_demonyms_join_their_country(nlp) -> None:
    acts = actors_of(
        nlp,
        "North Korea fired a missile on Sunday. North Korean state media praised the test. "
        "Russians voted in an election that Russia's opposition called a farce.",
    )
    nk = by_alias(acts, "North Korea")
    assert by_alias(acts, "North Korean") is nk and nk.kind == "place"
    assert by_alias(acts, "Russians") is by_alias(acts, "Russia")


def test_country_name_variants(nlp) -> None:
    acts = actors_of(
        nlp,
        "The U.S. imposed tariffs. The United States said more would follow. America has few allies left. "
        "Britain objected, and the UK filed a complaint.",
    )
    us = by_alias(acts, "U.S.")
    assert us.name == "United States" and by_alias(acts, "America") is us
    assert by_alias(acts, "Britain") is by_alias(acts, "UK")


def test_capital_used_as_government_joins_country(nlp) -> None:
    acts = actors_of(nlp, "Russia expelled two diplomats. Moscow said the move was a response to sanctions.")
    assert by_alias(acts, "Moscow") is by_alias(acts, "Russia")


def test_capital_used_as_place_stays_a_place(nlp) -> None:
    acts = actors_of(nlp, "The band played three nights in London. Britain has embraced them.")
    london = by_alias(acts, "London")
    assert london.name == "London" and london.kind == "place"
    assert london is not by_alias(acts, "Britain")


def test_seats_of_power(nlp) -> None:
    acts = actors_of(
        nlp,
        "The Kremlin denied the report. Downing Street said it would respond. "
        "The White House declined to comment on Russia or the UK.",
    )
    assert by_alias(acts, "the Kremlin").name == "Russia"
    assert by_alias(acts, "Downing Street").name == "United Kingdom"
    assert by_alias(acts, "the White House").name == "United States"


def test_role_description_joins_the_named_person(nlp) -> None:
    acts = actors_of(
        nlp,
        "French President Emmanuel Macron visited Berlin. "
        "The talks were short. Later the French president said Europe must rearm.",
    )
    macron = by_alias(acts, "Emmanuel Macron")
    assert 2 in macron.sentences
    assert by_alias(acts, "the French president") is macron


def test_ambiguous_role_is_not_guessed(nlp) -> None:
    acts = actors_of(
        nlp,
        "US President Joe Biden met Chinese President Xi Jinping in Bali. The president said little afterwards.",
    )
    assert all(1 not in a.sentences for a in acts if a.kind == "person")


def test_group_counts_only_when_it_acts(nlp) -> None:
    acts = actors_of(nlp, "Experts say the dam will hold. The report was sent to economists for review.")
    experts = by_alias(acts, "experts")
    assert experts.kind == "group" and experts.sentences == (0,)
    assert not any(a.name == "economists" for a in acts)


def test_according_to_and_content_first_groups(nlp) -> None:
    acts = actors_of(
        nlp,
        "The recovery will be slow, according to analysts. Prices will keep rising, economists point out.",
    )
    assert by_alias(acts, "analysts").kind == "group"
    assert by_alias(acts, "economists").kind == "group"


def test_agents_speak_for_their_country_or_body(nlp) -> None:
    acts = actors_of(
        nlp,
        "Russia moved troops to the border. Russian officials said the drills were routine. "
        "Rosneft bought the unit. Rosneft officials were unavailable for comment.",
    )
    russia = by_alias(acts, "Russia")
    assert 1 in russia.sentences and by_alias(acts, "Russian officials") is russia
    assert 3 in by_alias(acts, "Rosneft").sentences
    assert not any(a.name == "officials" for a in acts)


def test_named_groups_are_groups(nlp) -> None:
    acts = actors_of(nlp, "Democrats said the bill was unfair. Republicans blocked it. Muslims marked Eid on Monday.")
    for name in ("Democrats", "Republicans", "Muslims"):
        assert by_alias(acts, name).kind == "group"


def test_acronym_and_suffix_merge_organisations(nlp) -> None:
    acts = actors_of(
        nlp,
        "The International Monetary Fund cut its forecast. The IMF said trade was slowing. "
        "Menatep Group owns the company. Menatep says it will sue.",
    )
    assert by_alias(acts, "IMF") is by_alias(acts, "International Monetary Fund")
    assert by_alias(acts, "Menatep") is by_alias(acts, "Menatep Group")


def test_acronym_with_short_words_and_first_word(nlp) -> None:
    acts = actors_of(
        nlp,
        "Voice of America was removed from Russian stations. VOA said the lack of reciprocity was deplorable. "
        "NBC News hired Lester Holt. NBC said he would moderate.",
    )
    assert by_alias(acts, "VOA") is by_alias(acts, "Voice of America")
    assert by_alias(acts, "NBC") is by_alias(acts, "NBC News")


def test_possessive_inside_an_entity_is_split(nlp) -> None:
    acts = actors_of(nlp, "Only 1 percent of voters support the Green Party’s Jill Stein, the poll found.")
    assert by_alias(acts, "Jill Stein").kind == "person"
    assert not any("’s" in x or "'s" in x for a in acts for x in (a.name, *a.aliases))


def test_washington_the_person_is_not_the_country(nlp) -> None:
    acts = actors_of(nlp, "George Washington crossed the Delaware in 1776. Washington later became president.")
    george = by_alias(acts, "Washington")
    assert george.kind == "person" and george.name == "George Washington"


def test_honorific_finds_a_name_the_model_missed(nlp) -> None:
    acts = actors_of(nlp, "“We will not pay,” Mr Gschwind said on Friday.")
    assert by_alias(acts, "Gschwind").kind == "person"


def test_noise_is_dropped(nlp) -> None:
    acts = actors_of(
        nlp,
        "Vietnam rejected an anti-NATO alliance. Their interests do not collide on the Old Continent. "
        "The figure was 209 in 2023. The Zafi-D virus spread by e-mail.",
    )
    names = {_key(x) for a in acts for x in (a.name, *a.aliases)}
    assert "nato" in names and "vietnam" in names
    assert not {"anti-nato", "old continent", "209", "2023", "zafi-d", "zafi"} & names


def test_dateline_is_not_an_actor(nlp) -> None:
    acts = actors_of(
        nlp, "WASHINGTON (AP) — Donald Trump said NATO was obsolete.\n\nNATO, meanwhile, said it would respond."
    )
    names = {_key(x) for a in acts for x in (a.name, *a.aliases)}
    assert "washington" not in names and "united states" not in names
    assert by_alias(acts, "NATO").sentences == (0, 1)


def test_salience_puts_the_speaker_first(nlp) -> None:
    acts = actors_of(
        nlp,
        "Officials in Oslo met on Monday. Jonas Gahr Store said Norway would act. "
        "Store told parliament the plan was ready. Store said more was needed.",
    )
    assert acts[0].name == "Jonas Gahr Store"


def test_empty_article_has_no_actors(nlp) -> None:
    assert find_actors(parse(parse_text("", "empty"), nlp)) == []


# --- the dev data ------------------------------------------------------------------------------


def test_polnear_article_merges(nlp) -> None:
    path = eval_path("polnear-dev", "text", "usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru.txt")
    acts = find_actors(parse(parse_text(path.read_text(encoding="utf-8"), str(path)), nlp))
    schiff = by_alias(acts, "Adam Schiff")
    assert by_alias(acts, "Rep. Adam Schiff") is schiff and by_alias(acts, "Schiff") is schiff
    russia = by_alias(acts, "Russia")
    for alias in ("Moscow", "the Kremlin", "Russian"):
        assert by_alias(acts, alias) is russia
    assert by_alias(acts, "DNC") is by_alias(acts, "Democratic National Committee")


def test_bbc_article_merges(nlp) -> None:
    path = eval_path("bbc-dev", "articles", "politics", "002.txt")
    acts = find_actors(parse(parse_text(path.read_text(encoding="utf-8"), str(path)), nlp))
    thomas = by_alias(acts, "Richard Thomas")
    assert by_alias(acts, "Mr Thomas") is thomas and len(thomas.sentences) >= 4
    assert by_alias(acts, "Mr Beith") is by_alias(acts, "Alan Beith")
    assert by_alias(acts, "Tories").kind == "group"


# --- match_actor -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Mr Putin", "Vladimir Putin"),
        ("Putin's", "Vladimir Putin"),
        ("President Putin", "Vladimir Putin"),
        ("the Russian president", "Vladimir Putin"),
        ("Russian officials", "Russia"),
        ("a Kremlin spokesman", "Russia"),
        ("the Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("Pyongyang", "North Korea"),
        ("North Korean diplomats", "North Korea"),
        ("Zeit Online", "Zeit Online"),
        ("the German publication Zeit Online", "Zeit Online"),
        ("experts", "experts"),
        ("Political and military experts", "experts"),
        ("independent experts", "experts"),
        ("the White House", "United States"),
        ("US officials", "United States"),
        ("Beijing", "China"),
        ("Nato", "NATO"),
    ],
)
def test_match_actor(seed_actors: list[Actor], surface: str, name: str) -> None:
    actor = match_actor(seed_actors, surface)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize("surface", ["", "  ", "Boris Johnson", "the UN", "analysts", "It", "the president"])
def test_match_actor_none(seed_actors: list[Actor], surface: str) -> None:
    assert match_actor(seed_actors, surface) is None


def test_match_actor_pronoun_and_shared_surname(nlp) -> None:
    acts = actors_of(
        nlp,
        "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. "
        "Clinton said the economy was strong. Later Hillary Clinton took questions.",
    )
    assert match_actor(acts, "Clinton", 2).name == "Bill Clinton"
    assert match_actor(acts, "Clinton", 3).name == "Hillary Clinton"
    assert match_actor(acts, "he", 1).name == "Bill Clinton"


def test_match_actor_acronym(nlp) -> None:
    acts = actors_of(nlp, "The International Monetary Fund cut its growth forecast on Tuesday.")
    assert match_actor(acts, "the I.M.F.").name == "International Monetary Fund"


# --- data and speed ----------------------------------------------------------------------------


def test_country_tables_cover_the_world() -> None:
    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    countries = data["countries"]
    assert len(countries) >= 195
    for c in countries:
        assert c["name"] and c["code"]
    lex = lexicon()
    assert lexicon() is lex  # loaded once
    for form, country in [
        ("Kiev", "Ukraine"),
        ("Kyiv", "Ukraine"),
        ("Britons", "United Kingdom"),
        ("Filipinos", "Philippines"),
        ("Tehran", "Iran"),
        ("Élysée", "France"),
        ("Canberra", "Australia"),
        ("Nigerians", "Nigeria"),
        ("Brasília", "Brazil"),
    ]:
        hit = lex.lookup(form)
        assert hit is not None and hit[0].name == country, form


def test_no_table_form_names_two_entities() -> None:
    seen: dict[str, str] = {}
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    entries = [
        (c["name"], [c["name"], *c["variants"], *c["demonyms"], *c.get("capitals", []), *c.get("seats", [])])
        for c in countries["countries"] + countries["regions"]
    ]
    entries += [
        (o["name"], [o["name"], *o["forms"]])
        for o in json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))["organizations"]
    ]
    entries += [
        (g["name"], [g["name"], *g["forms"]])
        for g in json.loads((DATA / "groups.json").read_text(encoding="utf-8"))["named"]
    ]
    for name, forms in entries:
        for f in forms:
            assert seen.setdefault(norm(f), name) == name, f"{f!r}: {name} and {seen[norm(f)]}"


def test_time_grows_linearly(nlp) -> None:
    para = (
        "Minister Anna Berg of Norway met Chinese officials in Beijing on Monday. Berg said the talks went well. "
        "Experts say trade will grow. The Kremlin denied any role, and Moscow said sanctions had failed."
    )

    def cost(n: int) -> float:
        parsed = parse(parse_text("T\n\n" + "\n\n".join([para] * n), "t"), nlp)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            find_actors(parsed)
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(30), cost(120)
    assert large < 8 * small  # 4× the text; quadratic work would be 16×
