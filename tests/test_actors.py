"""Actors: one per real-world entity, aliases merged, noise dropped, ordered by salience."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tui.analysis import actors as actors_module
from tui.analysis.actors import Actor, find_actors, match_actor
from tui.analysis.actors.lexicon import DATA, lexicon, norm
from tui.article.plaintext import parse_text
from tui.nlp.parse import parse

from .conftest import benchmark, eval_path, parse_string


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


def repo_actors(nlp, name: str) -> list[Actor]:  # noqa: ANN001
    """The actors of a dev text kept in the repository (benchmarks/data/outlook-texts/NAME)."""
    path = Path(__file__).parent.parent / "benchmarks/data/outlook-texts" / name
    return find_actors(parse_string(path.read_text(encoding="utf-8"), nlp))


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
    # the name drops the suffix; the name as written stays an alias (blind3: "Robert F Kennedy Jr")
    assert "Jr" not in biden.name and "Joseph R. Biden Jr." in biden.aliases


def test_possessive_is_stripped(nlp) -> None:
    acts = actors_of(nlp, "Kim Jong Un's sister warned Seoul on Tuesday.")
    kim = by_alias(acts, "Kim Jong Un")
    assert all("'s" not in a for a in (kim.name, *kim.aliases))


def test_party_and_state_tags_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "Trump and Senate Majority Leader Mitch McConnell, R-Ky., are insisting on liability protections. "
        "Liberal Rep. Pramila Jayapal, D-Wash., also opposed the bill. Kentucky will vote in November.",
    )
    names = names_of(acts)
    assert "ky." not in names and "d-wash." not in names and "wash." not in names
    assert {"mitch mcconnell", "pramila jayapal", "kentucky"} <= names  # the people, and a state named as such


def test_a_jurisdiction_before_a_body_is_no_role(nlp) -> None:
    acts = actors_of(
        nlp,
        "The April 4 election will determine majority control of the state Supreme Court, with abortion access "
        "on the line. Barbara Beckert said it was concerning that roughly a dozen communities around the state "
        "continue to have incorrect information on their websites.",
    )
    court = by_alias(acts, "Supreme Court")
    assert _key("the state") not in {_key(x) for x in (court.name, *court.aliases)}


def test_wire_datelines_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "ST. PAUL, Minn. -- The Minnesota House early Friday morning approved a bill.\n\n"
        "SALT LAKE CITY — Utah became the first state to enact such laws.\n\n"
        "NASA — the agency said on Monday — will launch the probe in May.",
    )
    names = names_of(acts)
    assert not names & {"paul", "st. paul", "minn.", "salt", "lake city", "salt lake city"}, names
    assert {"minnesota house", "utah", "nasa"} <= names or {"house", "utah", "nasa"} <= names, names


def test_a_state_abbreviation_joins_its_state(nlp) -> None:
    acts = actors_of(
        nlp,
        "California Gov. Gavin Newsom spoke from a farm in Dunnigan, Calif., on Friday. "
        "California has had a wet winter, and Californians saved water.",
    )
    ca = by_alias(acts, "California")
    assert by_alias(acts, "Calif.") is ca and ca.kind == "place"
    assert by_alias(acts, "Californians") is not ca  # the people of the story stay a group


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
    names = names_of(acts)
    assert "nato" in names and "vietnam" in names
    assert not {"anti-nato", "old continent", "209", "2023", "zafi-d", "zafi"} & names


def test_a_name_run_over_a_sentence_end_into_a_quotation_is_noise(nlp) -> None:
    acts = actors_of(
        nlp,
        "“The registration law cannot be implemented in its current form,” EU humanitarian chief Hadja Lahbib "
        "posted on X. “IHL (international humanitarian law) leaves no room for doubt: aid must reach those in "
        "need.”",
    )
    assert not any("“" in a.name for a in acts), acts
    assert "Hadja Lahbib" in [a.name for a in acts]


def test_dateline_is_not_an_actor(nlp) -> None:
    acts = actors_of(
        nlp, "WASHINGTON (AP) — Donald Trump said NATO was obsolete.\n\nNATO, meanwhile, said it would respond."
    )
    names = names_of(acts)
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


# --- rules from the second blind round (docs/actors.md) --------------------------------------


def names_of(acts: list[Actor]) -> set[str]:
    return {_key(x) for a in acts for x in (a.name, *a.aliases)}


def test_acronym_defined_in_brackets_joins_its_name(nlp) -> None:
    acts = actors_of(
        nlp,
        "India's rupee has hit a five-year high after Standard & Poor's (S&P) raised the country's rating. "
        "S&P, which rates borrowers' creditworthiness, lifted India's rating by one notch.",
    )
    sp = by_alias(acts, "S&P")
    assert by_alias(acts, "Standard & Poor") is sp and sp.kind == "organization" and sp.sentences == (0, 1)


def test_acronym_definition_replaces_the_pieces_the_model_saw(nlp) -> None:
    acts = actors_of(
        nlp,
        "Athletics Kenya (AK) had suspended the two-time London Marathon runner-up. "
        "AK also dropped its harsh stance on Edith Masai. Kenya's trials were held in Embu.",
    )
    ak = by_alias(acts, "AK")
    assert ak.name == "Athletics Kenya" and ak.sentences == (0, 1)
    assert by_alias(acts, "Kenya") is not ak and 0 not in by_alias(acts, "Kenya").sentences


def test_acronym_of_a_product_is_no_actor(nlp) -> None:
    acts = actors_of(
        nlp,
        "They affect Windows programs, including Internet Explorer (IE), media player and instant messaging. "
        "Microsoft said one of the patches fixes some IE flaws. A further patch fixes MSN Messenger.",
    )
    names = names_of(acts)
    assert "microsoft" in names and not {"ie", "internet explorer", "msn messenger"} & names


def test_acronym_without_the_generic_head(nlp) -> None:
    acts = actors_of(
        nlp,
        "A report released by the Department of Veterans Affairs last month shows the scale. "
        "The VA said it was hiring more staff. VA officials said help was available.",
    )
    va = by_alias(acts, "VA")
    assert va.name == "Department of Veterans Affairs" and va.kind == "organization"


def test_name_cut_in_two_by_the_model_is_one_person(nlp) -> None:
    acts = actors_of(
        nlp,
        "President Susilo Bambang Yudhoyono's government has said it wants to curb fuel subsidies. "
        "Since President Yudhoyono's government came to power, it has indicated its intention.",
    )
    sby = by_alias(acts, "Yudhoyono")
    assert sby.name == "Susilo Bambang Yudhoyono" and sby.sentences == (0, 1)
    assert "susilo bambang" not in names_of(acts)


def test_hyphenated_given_names(nlp) -> None:
    acts = actors_of(
        nlp,
        "Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake. "
        "Mr. Ban focused on climate change. Taiwan's president, Lai Ching-te, said the island would not bow. "
        "Mr Lai spoke on Tuesday.",
    )
    assert by_alias(acts, "Mr. Ban").name == "Ban Ki-moon"
    assert by_alias(acts, "Mr Lai").name == "Lai Ching-te"


def test_two_letter_surname_and_the_countrys_leader(nlp) -> None:
    acts = actors_of(
        nlp,
        "Chinese President Xi Jinping has made unification with Taiwan a central goal. "
        "Mr Xi told senior officials at Zhongnanhai last month that the issue could not wait. "
        "The Chinese leader has never ruled out the use of force.",
    )
    xi = by_alias(acts, "Xi Jinping")
    assert by_alias(acts, "Mr Xi") is xi and by_alias(acts, "the Chinese leader") is xi
    assert xi.sentences == (0, 1, 2)
    assert by_alias(acts, "Zhongnanhai").name == "China"


def test_role_without_a_trailing_honorific(nlp) -> None:
    acts = actors_of(
        nlp,
        "Supreme Leader Ayatollah Ali Khamenei, who has the final say on foreign policy, has backed the talks. "
        "The supreme leader last month described relations with neighbours as a priority.",
    )
    assert by_alias(acts, "the supreme leader") is by_alias(acts, "Ali Khamenei")


def test_role_named_without_its_country(nlp) -> None:
    acts = actors_of(
        nlp,
        "Saudi Crown Prince Mohammed bin Salman met Indian Prime Minister Narendra Modi in New Delhi. "
        "The crown prince said Riyadh wanted more workers. The Indian leader welcomed the investment. "
        "Britain's Foreign Secretary David Cameron said London would follow. The foreign secretary flew home.",
    )
    assert by_alias(acts, "the crown prince").name == "Mohammed bin Salman"
    assert by_alias(acts, "the Indian leader").name == "Narendra Modi"
    assert by_alias(acts, "the foreign secretary").name == "David Cameron"


def test_role_with_the_camp_named_another_way(nlp) -> None:
    acts = actors_of(
        nlp,
        "Republican presidential nominee Donald Trump held a rally in Ohio on Monday. "
        "The GOP presidential nominee told supporters that the election was rigged.",
    )
    assert by_alias(acts, "the GOP presidential nominee").name == "Donald Trump"


def test_possessive_inside_a_body_name(nlp) -> None:
    acts = actors_of(
        nlp,
        "The People's Liberation Army (PLA) sent more than 70 aircraft around the island. "
        "The PLA said the drills tested its readiness.",
    )
    pla = by_alias(acts, "PLA")
    assert pla.name == "People's Liberation Army"
    assert "liberation army" not in names_of(acts)


def test_name_completed_from_the_table(nlp) -> None:
    acts = actors_of(
        nlp,
        "The Liberal Democrats called for a cross-party review of business rates. "
        "Democrats in Washington said the plan was sound.",
    )
    assert by_alias(acts, "Liberal Democrats") is not by_alias(acts, "Democrats")


def test_entity_cut_at_a_spaced_dash(nlp) -> None:
    acts = actors_of(
        nlp,
        "Protesters looped the streets around the stadium, where the Charlotte Panthers played the "
        "Minnesota Vikings - while chanting slogans.",
    )
    assert by_alias(acts, "Minnesota Vikings").name == "Minnesota Vikings"


def test_sub_headings_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "Gender Equality.\n\n"
        "Veto Power Impedes Peace Efforts: Eliminating war is one of the original goals of the United Nations.\n\n"
        "Individual Rights Trumped by National Interests: The Human Rights Council is the body dedicated "
        "to taking action against countries.\n\n"
        "John Gorra.",
    )
    names = names_of(acts)
    assert not {"gender equality", "veto power impedes peace efforts", "national interests"} & names
    assert by_alias(acts, "Human Rights Council").name == "Human Rights Council"
    assert by_alias(acts, "United Nations").kind == "organization"
    assert by_alias(acts, "John Gorra").kind == "person"  # a signature is no heading


def test_epithet_joins_the_place_it_stands_for(nlp) -> None:
    acts = actors_of(
        nlp,
        "Nearly a week after the shooting, the Queen City remains in a state of limbo. "
        "Late Sunday night, Charlotte lifted a midnight curfew.",
    )
    assert by_alias(acts, "Queen City") is by_alias(acts, "Charlotte")
    alone = actors_of(nlp, "Nearly a week after the shooting, the Queen City remains in a state of limbo.")
    assert "queen city" not in names_of(alone)


def test_a_bodys_last_word_alone_is_the_body(nlp) -> None:
    acts = actors_of(
        nlp,
        "The Security Council is the arm of the organization with the mandate to end conflict. "
        "The Council has proved to be ineffective. The Human Rights Council is another body. "
        "The International Atomic Energy Agency (IAEA) said a power line was damaged. "
        "The agency's director general, Rafael Grossi, said the situation was fragile.",
    )
    council = by_alias(acts, "Council")
    assert council is by_alias(acts, "Security Council") and council is not by_alias(acts, "Human Rights Council")
    iaea = by_alias(acts, "IAEA")
    assert 4 in iaea.sentences and by_alias(acts, "the agency") is iaea


def test_web_address_of_a_company(nlp) -> None:
    acts = actors_of(
        nlp,
        "The feature links to Amazon.com if it finds a book's ISBN number. "
        "Some users fear Google could give an edge to firms like Amazon.",
    )
    assert by_alias(acts, "Amazon") is by_alias(acts, "Amazon.com")


def test_group_synonyms_are_one_crowd(nlp) -> None:
    acts = actors_of(
        nlp,
        "Protesters were just a few blocks away. "
        "The park, where demonstrators have sometimes gathered while marching, is near the stadium.",
    )
    crowd = by_alias(acts, "protesters")
    assert by_alias(acts, "demonstrators") is crowd and crowd.kind == "group" and crowd.sentences == (0, 1)


def test_group_of_a_named_people_joins_it(nlp) -> None:
    acts = actors_of(
        nlp,
        "Brent crude rose after Houthi rebels in Yemen attacked another tanker in the Red Sea. "
        "Saudi officials said they were more worried about the Houthis than about Tehran.",
    )
    assert by_alias(acts, "Houthi rebels") is by_alias(acts, "the Houthis")


def test_city_police_are_a_body_of_their_own(nlp) -> None:
    acts = actors_of(
        nlp,
        "Hillary Clinton spoke about the death of Terence Crutcher in Tulsa, Oklahoma. "
        "Tulsa police released video on Monday. The video contradicts Tulsa police's earlier claim.",
    )
    police = by_alias(acts, "Tulsa police")
    assert police.kind == "organization" and police.sentences == (1, 2)
    assert by_alias(acts, "Tulsa").kind == "place"


def test_capital_with_a_government_noun(nlp) -> None:
    acts = actors_of(
        nlp,
        "The Philippines has its own disputes with China. "
        "Manila's defence department said Filipino fishermen had been warned away.",
    )
    assert by_alias(acts, "Manila") is by_alias(acts, "the Philippines")


def test_brussels_as_a_government_is_the_eu(nlp) -> None:
    acts = actors_of(
        nlp,
        "Paris has promised Brussels to cut its deficit, and the EU has warned France again. "
        "Belgium has its own budget problems.",
    )
    assert by_alias(acts, "Brussels") is by_alias(acts, "EU")
    assert by_alias(acts, "Belgium") is not by_alias(acts, "EU")
    place = actors_of(nlp, "In Brussels, ministers agreed a further payment. The EU uses the fund for weapons.")
    assert by_alias(place, "Brussels").kind == "place" and by_alias(place, "Brussels") is not by_alias(place, "EU")


@pytest.mark.parametrize(
    ("text", "alias", "kind"),
    [
        (
            "Kemi Badenoch, the leader of the Conservative Party, accused Labour of wrecking the economy.",
            "Kemi Badenoch",
            "person",
        ),
        ("It also links to car firm Carfax, if there is a licence plate.", "Carfax", "organization"),
        ("Oman hosted the meeting at the Al Alam Palace on Sunday.", "Al Alam Palace", "place"),
        (
            "The death of Keith Lamont Scott has turned Charlotte into the latest epicenter of the debate. "
            "Scott's family asked for calm.",
            "Scott",
            "person",
        ),
        ("In March 2004, the Tate managed to raise funding to buy the portrait.", "Tate", "organization"),
        (
            "Yukos' majority owner Menatep Group said it would sue. Menatep Group owns 60% of the firm.",
            "Menatep Group",
            "organization",
        ),
        # a name right before a noun for an area names that area (tagged ORG and PERSON)
        (
            "The latest victim was a 10-month-old girl who was snatched by a wolf in Bahraich district of "
            "northern Uttar Pradesh state on Saturday while she was sleeping beside her mother, they said.",
            "Uttar Pradesh",
            "place",
        ),
        (
            "The latest bloodshed comes after Israel announced it would reopen the crucial Rafah crossing between "
            "Gaza and Egypt on Sunday (today) for the “limited movement of people”. Israel has said reopening of "
            "the Rafah crossing will only allow the “limited movement of people”.",
            "Rafah",
            "place",
        ),
    ],
)
def test_kind_from_the_context(nlp, text: str, alias: str, kind: str) -> None:
    assert by_alias(actors_of(nlp, text), alias).kind == kind


def test_products_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "Google said the AutoLink feature adds useful links. If a user clicks the AutoLink feature in the Google "
        "toolbar, a page links to Amazon. Some users said AutoLink would only be fair if websites had to sign up. "
        "The user can disable the AutoLink button at any time.",
    )
    names = names_of(acts)
    assert "google" in names and "autolink" not in names


def test_stock_indices_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "Women hold less than 10% of the top positions in FTSE 100 companies. "
        "The S&P 500 fell 2% while Standard & Poor's kept its rating.",
    )
    names = names_of(acts)
    assert not {"ftse", "ftse 100", "s&p 500"} & names


def test_portfolio_in_a_title_is_no_actor(nlp) -> None:
    acts = actors_of(
        nlp,
        '"The sooner the better for the state budget," said Sri Mulyani Indrawati, '
        "State Minister for National Development Planning.",
    )
    names = names_of(acts)
    assert "sri mulyani indrawati" in names and "national development planning" not in names


def test_compound_group_names_stay_whole(nlp) -> None:
    acts = actors_of(
        nlp,
        "Would you vote for an African American or Hispanic man who said the same things? "
        "Muslims fear that Islam is being misrepresented.",
    )
    assert by_alias(acts, "African American").name == "African Americans"
    assert "united states" not in names_of(acts)
    assert by_alias(acts, "Islam") is by_alias(acts, "Muslims")


def test_descriptive_word_and_plural_event_are_cut(nlp) -> None:
    acts = actors_of(
        nlp,
        "He planted mangroves in the Pacific island nation of Kiribati. "
        "Chepkemei took part in the 2002 and 2003 London Marathons.",
    )
    names = names_of(acts)
    assert "kiribati" in names and not {"pacific island", "london marathons"} & names


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


@pytest.mark.parametrize(
    "surface",
    [
        "",
        "  ",
        "Boris Johnson",
        "the UN",
        "analysts",
        "It",
        "the president",
        "researchers in Italy and the United States",
    ],
)
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


def _blind_scores(nlp, splits: tuple[str, ...]) -> tuple[int, int, int, int, list[str]]:  # noqa: ANN001
    """(major, found, listed, right, split names) of the actor dev set's given splits,
    scored with benchmarks/eval_actors.py."""
    mod = benchmark("eval_actors")
    root = DATA.parents[2]
    major = found = listed = right = 0
    names: list[str] = []
    for item in json.loads(mod.DEV.read_text(encoding="utf-8"))["articles"]:
        if item["split"] not in splits:
            continue
        rel = item["path"]
        path = root / rel if rel.startswith("benchmarks/") else eval_path(*rel.split("/"))
        s = mod.score_article(item, find_actors(parse(parse_text(path.read_text(encoding="utf-8"), rel), nlp)))
        major, found, listed, right = major + s["major"], found + s["found"], listed + s["listed"], right + s["right"]
        names += [name for name, _ in s["splits"]]
    return major, found, listed, right, names


def test_blind_rounds_meet_the_targets(nlp) -> None:
    """The two blind rounds of benchmarks/data/actors-dev.json (docs/actors.md) stay above
    the owner's targets, with no split but the one judged a place (Tokyo, used only as a
    location in the body, next to Japan)."""
    eval_path("bbc-dev")
    eval_path("polnear-dev")
    major, found, listed, right, splits = _blind_scores(nlp, ("blind", "blind2"))
    assert found / major >= 0.95
    assert right / listed >= 0.90
    assert splits == ["Japan"]


def test_third_blind_round_keeps_its_figures(nlp) -> None:
    """blind3 (16 texts of Dawn, Reuters 1987, the Guardian and Al Jazeera; first look 0.871
    found, 0.892 right, 10 splits) stays at least where this round's general fixes left it."""
    major, found, listed, right, splits = _blind_scores(nlp, ("blind3",))
    assert major == 116
    assert found / major >= 0.87
    assert right / listed >= 0.90
    assert len(splits) <= 6


def test_shouted_words_and_capitalised_common_nouns_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        "“When Hamas confirms, the Ceasefire will be IMMEDIATELY effective, the Hostages and Prisoner Exchange "
        "will begin,” Donald Trump posted on Truth Social. NATO and UNICEF welcomed the news.",
    )
    names = names_of(acts)
    assert not names & {"immediately", "ceasefire", "hostages", "prisoner exchange"}, names
    assert {"hamas", "nato", "unicef"} <= names, names


def test_a_bare_company_suffix_is_no_actor_and_spaced_us_is_the_country(nlp) -> None:
    acts = actors_of(
        nlp,
        "Analyst Lawrence Cohn of Merrill Lynch and Co said the bank would recover. Among the principal U. S. "
        "makers are Cetus Corp and Immunex Corp.",
    )
    assert "co" not in names_of(acts)
    us = next(a for a in acts if a.name == "United States")  # not a person called "U. S."
    assert us.kind == "place" and "U. S." in us.aliases


def test_a_colon_dateline_and_a_credit_line_name_no_actor(nlp) -> None:
    acts = actors_of(
        nlp,
        "DHAKA: Bangladesh's interim government will issue a travel pass within a day, the foreign minister "
        "said on Sunday. The BNP said its leader would return. Published in Dawn, December 1st, 2025",
    )
    names = names_of(acts)
    assert "dawn" not in names and "dhaka" not in names, names
    assert "bangladesh" in names


# --- read in the Dawn wire stories (blind 14) ------------------------------------------


def kind_of(acts: list[Actor], name: str) -> str | None:
    return next((a.kind for a in acts if name in (a.name, *a.aliases)), None)


def test_a_capital_used_as_a_location_is_a_place(nlp) -> None:
    acts = actors_of(
        nlp,
        "A helicopter carrying food crashed into a river just north of Colombo on Sunday evening. "
        "Receding water levels in the town of Manampitiya, 250 kilometres northeast of Colombo, "
        "revealed massive destruction.",
    )
    assert kind_of(acts, "Colombo") == "place"


def test_a_weather_system_is_no_actor(nlp) -> None:
    acts = actors_of(
        nlp,
        "The death toll from floods triggered by Cyclone Ditwah rose sharply to 334 on Sunday, Sri Lanka's "
        "disaster agency said. Cyclone Ditwah moved north towards India on Saturday.",
    )
    names = names_of(acts)
    assert not any("ditwah" in n for n in names), names
    assert "sri lanka" in names
    # a photo credit run into the caption after it is no actor either
    acts = actors_of(
        nlp,
        "Carol Yepes via Getty Images Eating processed meats, like hot dogs, four or more times per week can "
        "result in as high as a 20% increased risk of colon cancer.",
    )
    assert not any("getty" in n for n in names_of(acts)), names_of(acts)


def test_an_age_after_a_name_makes_a_person(nlp) -> None:
    acts = actors_of(
        nlp,
        "Selvi, 46, a resident of the Colombo suburb of Wennawatte, left her flooded home on Sunday. "
        "\u201cMy house is completely flooded,\u201d she said.",
    )
    assert kind_of(acts, "Selvi") == "person"


def test_a_place_qualifying_a_known_organisation_names_the_organisation(nlp) -> None:
    acts = actors_of(
        nlp,
        "Trump said European Nato troops stayed a little back during the conflict in Afghanistan. "
        "Veterans protested his comments downplaying the role of non-US Nato troops.",
    )
    nato = [a for a in acts if a.name == "NATO"]
    assert len(nato) == 1 and kind_of(acts, "NATO") == "organization"
    assert not any(a.name in ("European Nato", "US Nato", "non-US Nato") for a in acts)


def test_a_run_together_hashtag_is_a_slogan(nlp) -> None:
    acts = actors_of(
        nlp,
        "\u201cThe demonstration is called #NoWords because that really describes how we feel. We have no "
        "words,\u201d the vice president of the association, Soren Knudsen, said. Protesters at the front of "
        "the march carried a large red banner reading  \u201cNoWords\u201d, while others carried hand-drawn "
        "signs. #Trump trended too, and Trump did not respond.",
    )
    names = names_of(acts)
    assert "nowords" not in names, names
    assert "trump" in names


def test_a_connective_before_a_surname_is_not_part_of_the_name(nlp) -> None:
    acts = actors_of(
        nlp,
        "The countries of Latin America have too much debt, said John Mason, an analyst. Nevertheless Mason "
        "thinks the money center bank stocks could be poised for a short term rally.",
    )
    mason = [a for a in acts if "Mason" in a.name]
    assert len(mason) == 1 and mason[0].name == "John Mason", [(a.name, a.aliases) for a in acts]
    assert "Nevertheless Mason" not in mason[0].aliases


# --- read in a Reuters story of 2020 (blind 13) ----------------------------------------


def test_an_entity_run_into_an_opening_bracket_is_cut_there(nlp) -> None:
    acts = actors_of(
        nlp,
        "U.S. President Donald Trump on Monday threatened to permanently cut funding to the World Health "
        "Organization (WHO) if it does not commit to improvements within 30 days. WHO officials have denied "
        "the accusation.",
    )
    assert not any("(" in x for a in acts for x in (a.name, *a.aliases)), [(a.name, a.aliases) for a in acts]
    who = [a for a in acts if a.name == "World Health Organization"]
    assert len(who) == 1 and "WHO" in who[0].aliases


def test_a_lone_first_name_tagged_otherwise_joins_the_person(nlp) -> None:
    acts = actors_of(
        nlp,
        "Trump told its chief, Tedros Adhanom Ghebreyesus, in a letter posted on Twitter that he would act. "
        "Trump said in the letter the only way forward for the WHO was for it to demonstrate independence "
        "from China, adding that his administration had started discussing reform with Tedros.",
    )
    tedros = [a for a in acts if "Tedros" in (a.name, *a.aliases)]
    assert len(tedros) == 1 and tedros[0].kind == "person", [(a.name, a.kind) for a in tedros]


def test_a_company_title_and_name_taken_whole_are_split(nlp) -> None:
    acts = actors_of(
        nlp,
        "As the snow melts outside, Kura Home Maintenance Owner Daniel Felts says homeowners should be "
        "outside, too. Felts said gutters matter.",
    )
    assert {(a.name, a.kind) for a in acts} >= {
        ("Daniel Felts", "person"),
        ("Kura Home Maintenance", "organization"),
    }, [(a.name, a.kind) for a in acts]
    assert len([a for a in acts if "Felts" in a.name]) == 1


def test_a_numbered_place_that_never_acts_is_no_actor(nlp) -> None:
    acts = actors_of(
        nlp,
        "Crews closed Interstate 5 near Castaic on Tuesday. Gonzaga advanced to the Sweet 16 after the win, "
        "the coach said.",
    )
    names = names_of(acts)
    assert "interstate 5" not in names and "sweet 16" not in names, names
    # a broadcaster with a number is an organisation and stays
    acts = actors_of(nlp, "Mr Howard told BBC Radio 4's Today programme that taxes would fall.")
    assert "bbc radio 4" in names_of(acts)


def test_a_state_in_brackets_after_a_senator_and_a_product_outlook_are_no_actors(nlp) -> None:
    acts = actors_of(
        nlp,
        'Appearing on CBS\'s "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the Democratic primary, '
        "said Clinton must do more. Microsoft Outlook users were warned about the virus, the company said.",
    )
    names = names_of(acts)
    assert "vt" not in names and "microsoft outlook" not in names, names
    assert "bernie sanders" in names


def test_an_honorific_makes_a_person_whatever_the_label(nlp) -> None:
    acts = actors_of(
        nlp,
        "The US delegation met a Pakistani team headed by Finance Minister Muhammad Aurangzeb, according to an "
        "official statement. In response, Mr Aurangzeb said Pakistan is working on significant legal reforms. "
        "Mr Aurangzeb also positioned Pakistan as a bridge.",
    )
    aurangzeb = [a for a in acts if "Aurangzeb" in a.name]
    assert [(a.name, a.kind) for a in aurangzeb] == [("Muhammad Aurangzeb", "person")], acts


def test_a_bullet_between_headlines_splits_the_names(nlp) -> None:
    acts = actors_of(
        nlp,
        "\u2022 Critical Minerals Forum chief meets Aurangzeb \u2022 Islamabad welcomes move ISLAMABAD: A leading US "
        "delegation met Finance Minister Muhammad Aurangzeb on Monday.",
    )
    assert not any("\u2022" in x for a in acts for x in (a.name, *a.aliases)), [(a.name, a.aliases) for a in acts]


def test_a_name_written_the_same_way_is_one_actor_whatever_its_labels(nlp) -> None:
    acts = repo_actors(nlp, "news15/e_001.txt")
    assert len([a for a in acts if a.name == "Comissaria Smith"]) == 1, [(a.name, a.kind) for a in acts]


def test_a_role_the_model_tagged_as_a_name_before_the_name_is_no_name(nlp) -> None:
    acts = actors_of(
        nlp,
        "Brevard County Sheriff Wayne Ivey said deputies will patrol the beaches. Ivey said the launch would draw "
        "crowds.",
    )
    assert [(a.name, a.kind) for a in acts] == [("Wayne Ivey", "person")], [(a.name, a.aliases) for a in acts]


def test_a_name_written_like_a_brand_is_no_person(nlp) -> None:
    # the model tags "SpaceX" as a person; a capital inside a lone word makes it a brand
    acts = actors_of(
        nlp,
        "NASA and SpaceX are urging spectators to stay at home next Wednesday for safety reasons. "
        "The rocket will carry astronauts on a test flight of SpaceX’s Dragon crew capsule.",
    )
    assert kind_of(acts, "SpaceX") == "organization"
    # a name prefix before the inner capital is part of a person's name
    acts = actors_of(nlp, "Senator John McCain said on Monday that McCain would vote no.")
    assert kind_of(acts, "McCain") == "person"


def test_a_verb_run_into_a_name_is_cut(nlp) -> None:
    acts = actors_of(
        nlp,
        "The Economic Policy Institute, a left-leaning think tank, said the legislation signed by Whitmer marks "
        "the first repeal of a state right-to-work law in nearly 60 years.",
    )
    assert not any("marks" in a.name for a in acts), acts


def test_a_position_or_a_noble_title_before_a_name_makes_a_person(nlp) -> None:
    acts = actors_of(
        nlp,
        "Oklahoma City Thunder guard Luguentz Dort, center, shoots as Clippers center Mason Plumlee, left, and "
        "forward Kawhi Leonard defend during the first half on Thursday at Crypto.com Arena.",
    )
    assert kind_of(acts, "Mason Plumlee") == "person"
    acts = actors_of(
        nlp,
        "Not only did Kate touch the girl’s hair but she also bent low in a move she does with Prince George, 9, "
        "Princess Charlotte, 7, and Prince Louis, 4. The mother of three also offered smiling reassurance.",
    )
    assert kind_of(acts, "Prince Louis") == "person"


def test_a_bodys_own_word_inside_a_name_makes_an_organisation(nlp) -> None:
    acts = actors_of(
        nlp,
        "Dr. Michael Mina, an epidemiologist at the Harvard T.H. Chan School of Public Health, said testing must "
        "expand. The Golden State Salmon Association said the season would be closed.",
    )
    assert kind_of(acts, "Harvard T.H. Chan School of Public Health") == "organization"
    assert kind_of(acts, "Golden State Salmon Association") == "organization"


def test_a_body_named_after_a_person_is_an_organisation(nlp) -> None:
    acts = actors_of(
        nlp,
        "Inspired by Suu Kyi's story, former first lady Laura Bush devoted attention to Burma while in the White "
        "House, prompting education initiatives. The George W. Bush Presidential Center in Dallas maintains a "
        "Burma program.",
    )
    assert kind_of(acts, "George W. Bush Presidential Center") == "organization"
    assert kind_of(acts, "Laura Bush") == "person"


def test_a_common_nouns_possessive_is_cut_off_a_name(nlp) -> None:
    acts = actors_of(
        nlp,
        "Dr. Christopher Murray, head of the university’s Institute for Health Metrics and Evaluation, said the "
        "model was updated.",
    )
    assert "Institute for Health Metrics and Evaluation" in [a.name for a in acts], acts
    assert not any("university" in a.name for a in acts), acts


def test_a_role_an_organisation_gives_is_named_without_it(nlp) -> None:
    acts = actors_of(
        nlp,
        "UN Secretary General António Guterres has warned member states that the world body is facing an "
        "imminent financial collapse. In the unusually stark message, dated Jan 28, the secretary general said the "
        "UN’s current financial trajectory is untenable.",
    )
    guterres = next(a for a in acts if a.name == "António Guterres")
    assert "the secretary general" in guterres.aliases, acts


def test_a_sports_club_tagged_as_a_place_is_an_organisation(nlp) -> None:
    acts = actors_of(
        nlp,
        "Oklahoma City Thunder guard Luguentz Dort shoots as Clippers center Mason Plumlee defends during the "
        "first half on Thursday. The last team to reach .500 this late in a season was the 2003-04 Miami Heat, "
        "according to ESPN Stats & Information. The Lakers then beat the Phoenix Suns.",
    )
    for club in ("Oklahoma City Thunder", "Phoenix Suns"):
        assert kind_of(acts, club) == "organization", acts
    # the city alone stays a place
    acts = actors_of(nlp, "Thousands of fans gathered in Phoenix on Sunday to watch the parade.")
    assert kind_of(acts, "Phoenix") == "place", acts


def test_a_bodys_own_word_in_the_name_outweighs_a_person_noun_beside_it(nlp) -> None:
    acts = actors_of(
        nlp,
        "As such, organizers of AFM — The Independent Film & Television Alliance — have found new lodgings for "
        "their annual deal-making get-together in the Le Méridien hotel.",
    )
    assert kind_of(acts, "Independent Film & Television Alliance") == "organization", acts


def test_a_body_named_after_its_city_is_not_the_city(nlp) -> None:
    # a web article of 2023 kept in the repository: a health sciences center named after its city
    acts = repo_actors(nlp, "news2023/a_059.txt")
    kinds = {a.name: (a.kind, a.aliases) for a in acts}
    assert kinds["El Paso"] == ("place", ("El Paso",)), acts
    assert kinds["Texas Tech University Health Sciences Center El Paso"][0] == "organization", acts


def test_a_surname_alone_makes_a_person_of_a_name_tagged_as_an_organisation(nlp) -> None:
    # the small model tags both "Keir Starmer" and "Starmer" as organisations here
    acts = actors_of(
        nlp,
        "On Monday evening Keir Starmer urged students not to take part in what he called “un-British” protests. "
        "The demonstration went ahead despite Starmer calling on protesters to call it off.",
    )
    assert by_alias(acts, "Keir Starmer").kind == "person"
    # a place's body keeps its kind: "U.S. House" … "the House" is no person
    house = actors_of(
        nlp,
        "The U.S. House passed the bill on Tuesday. House Speaker Kevin McCarthy praised the vote, and House "
        "Republicans said the House would act again.",
    )
    assert all(a.kind != "person" for a in house if "House" in a.name and "McCarthy" not in a.name)


def test_a_surname_alone_as_subject_is_found_and_makes_a_person(nlp) -> None:
    # Guardian, 2025 (kept in the repository): "… the dark forces around Nigel Farage" (tagged as a
    # facility) and later, untagged, "When Farage says jump, Labour might say …"
    acts = repo_actors(nlp, "news16/f_007.txt")
    farage = by_alias(acts, "Nigel Farage")
    assert (farage.kind, farage.aliases) == ("person", ("Nigel Farage", "Farage")), acts
    # a name that starts with a number is no person's: "the Seven Dwarfs" … "Dwarfs"
    acts = repo_actors(nlp, "news2023/b_029.txt")
    assert all(a.kind != "person" for a in acts if "Dwarfs" in a.name), acts


def test_a_surname_tagged_as_a_nationality_joins_the_person(nlp) -> None:
    # Guardian, 2025 (kept in the repository): one "Higgs" after "Kristie Higgs" is tagged NORP
    acts = repo_actors(nlp, "news16/f_020.txt")
    assert [a.kind for a in acts if "Higgs" in a.name or "Higgs" in a.aliases] == ["person"], acts


@pytest.mark.parametrize(
    "text",
    [
        # Al Jazeera, 2025: "Ministry of Defence" and "Defence Ministry" are one body
        "Russian forces captured the settlement of Kotlyarivka on Monday, Russia’s Ministry of Defence said. On "
        "Wednesday, Russia’s Defence Ministry claimed its forces took the community of Mykhailovka.",
        "The U.S. Department of Labor said on Friday that claims fell. The Labor Department also revised its figures.",
    ],
)
def test_a_department_of_x_is_the_x_department(nlp, text: str) -> None:
    acts = actors_of(nlp, text)
    bodies = [a for a in acts if a.kind == "organization"]
    assert len(bodies) == 1 and len(bodies[0].aliases) == 2, acts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Al Jazeera, 2025: "Financial Times" tagged as a person
        (
            "According to Ukrainian military intelligence, Russia was even moving troops into position for a major "
            "new offensive, the United Kingdom’s Financial Times reported.",
            "Financial Times",
        ),
        (
            "The Kyoto hotel in question received verbal and written warnings from the city that it had acted "
            "illegally, according to Japan’s Kyodo News.",
            "Kyodo News",
        ),
    ],
)
def test_a_news_outlet_is_an_organisation_whatever_its_label(nlp, text: str, name: str) -> None:
    acts = actors_of(nlp, text)
    assert [a.kind for a in acts if name in a.name] == ["organization"], acts


def test_a_persons_administration_is_a_body_of_its_own(nlp) -> None:
    # Al Jazeera, May 2025 (news17/f_004): "a Trump administration" and "The Trump
    # administration" had made an organisation called "Trump"; "the administration" is it again
    actors = repo_actors(nlp, "news17/f_004.txt")
    body = by_alias(actors, "Trump administration")
    assert body.kind == "organization"
    assert body.name == "Trump administration"
    assert "the administration" in body.aliases
    assert not any(a.name == "Trump" for a in actors)


def test_the_person_stays_apart_from_the_administration(nlp) -> None:
    text = (
        "President Joe Biden spoke in Ohio on Monday. Biden said the plan would pass. "
        "The Biden administration has asked Congress for $10 billion. "
        "The Food and Drug Administration said the administration had not consulted it."
    )
    actors = actors_of(nlp, text)
    person, body = by_alias(actors, "Joe Biden"), by_alias(actors, "Biden administration")
    assert person.kind == "person" and body.kind == "organization"
    assert person is not body
    assert "Biden administration" not in person.aliases
    fda = by_alias(actors, "Food and Drug Administration")
    assert "the administration" not in fda.aliases  # a person's body is written in lower case


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # "the Trump administration" (a one-word PERSON after "the") had voted "organisation"
        ("news17/f_003.txt", "Trump"),
    ],
)
def test_a_leaders_title_makes_a_person(nlp, name: str, person: str) -> None:
    actor = next(a for a in repo_actors(nlp, name) if a.name == person)
    assert actor.kind == "person"


def test_a_name_before_a_family_is_still_the_persons(nlp) -> None:
    # News-Medical, 2023 (news2023/a_030): "the Cruz family" had made Cruz an organisation; the
    # article goes with the noun, not the name ("the Tate" is a body)
    actor = next(a for a in repo_actors(nlp, "news2023/a_030.txt") if a.name == "Cruz")
    assert actor.kind == "person"


def test_president_with_a_lone_surname_is_listed(nlp) -> None:
    # Reuters, 1987 (news15/e_019): "urge President Reagan to retaliate": a titled leader
    # named once, passive, is no made-up word
    actors = repo_actors(nlp, "news15/e_019.txt")
    reagan = by_alias(actors, "Reagan")
    assert reagan.kind == "person"
    assert "Reagan Administration" not in reagan.aliases


def test_a_persons_possession_is_not_a_person(nlp) -> None:
    # Guardian, 2025 (news16/f_030): "the independent oversight board of Mark Zuckerberg’s Meta"
    # is one PERSON entity; the name after the possessive had made Zuckerberg disappear
    actors = repo_actors(nlp, "news16/f_030.txt")
    assert by_alias(actors, "Mark Zuckerberg").kind == "person"
    assert by_alias(actors, "Meta").kind == "organization"


def test_a_party_after_its_leaders_possessive(nlp) -> None:
    # Dawn, 2025 (news14/d_008): "Jetten’s D66" had been a person called D66
    actors = repo_actors(nlp, "news14/d_008.txt")
    assert by_alias(actors, "D66").kind == "organization"
    assert by_alias(actors, "Rob Jetten").kind == "person"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # Al Jazeera, May 2025: "the strained Trump-Netanyahu rapport" was a person of its own
        (
            "Donald Trump met Benjamin Netanyahu in April. Trump said the talks went well. "
            "Netanyahu was furious. What does the strained Trump-Netanyahu rapport mean for Israel?",
            "Trump-Netanyahu",
            ["Donald Trump", "Benjamin Netanyahu"],
        ),
        # one name, whose halves the article never writes alone
        (
            "Rep. Alexandria Ocasio-Cortez spoke on Monday. Ocasio-Cortez said the bill would fail.",
            "Ocasio",
            ["Ocasio-Cortez"],
        ),
    ],
)
def test_a_hyphenated_pair_of_names(nlp, text: str, absent: str, present: list[str]) -> None:
    actors = actors_of(nlp, text)
    names = {_key(x) for a in actors for x in (a.name, *a.aliases)}
    assert _key(absent) not in names, names
    for name in present:
        by_alias(actors, name)
    if absent == "Trump-Netanyahu":
        trump = by_alias(actors, "Donald Trump")
        assert len(trump.sentences) == 3  # the pair's sentence counts for both


def test_a_hyphenated_group_stays_one(nlp) -> None:
    # PolNeAR (HuffPost, 2016): "African-Americans" is one group, not Africa and America
    text = (
        "African-Americans turned out in large numbers. Many African-Americans said the "
        "candidate had ignored them, lawmakers said."
    )
    actors = actors_of(nlp, text)
    assert by_alias(actors, "African-Americans").kind == "group"
    names = {_key(x) for a in actors for x in (a.name, *a.aliases)}
    assert "africa" not in names and "united states" not in names, names


def test_the_english_channel_is_a_place(nlp) -> None:
    # Al Jazeera, May 2025 (news17/f_002): it had been an organisation ("channel" names TV channels)
    assert by_alias(repo_actors(nlp, "news17/f_002.txt"), "English Channel").kind == "place"


def test_an_entity_run_over_a_persons_possessive_is_the_person(nlp) -> None:
    # Al Jazeera, May 2025 (news17/f_039): "Trump’s Middle Eastern expedition" and "Trump’s
    # Mar-a-Lago resort" were tagged as organisations "Trump’s Middle Eastern", "Trump’s Mar"
    path = Path(__file__).parent.parent / "benchmarks/data/outlook-texts/news17/f_039.txt"
    parsed = parse_string(path.read_text(encoding="utf-8"), nlp)
    actors = find_actors(parsed)
    names = {a.name for a in actors}
    assert not any("’s" in n for n in names), names
    trump = by_alias(actors, "Donald Trump")
    run_up = next(s.id for s in parsed.sentences if "Trump’s Middle Eastern" in parsed.text[s.start : s.end])
    assert trump.kind == "person" and run_up in trump.sentences


def test_a_body_a_person_owns_stays(nlp) -> None:
    # Guardian, 2025 (news16/f_039): "a shipment sent from Guyana by Mohamed’s Enterprise"
    actors = repo_actors(nlp, "news16/f_039.txt")
    assert by_alias(actors, "Mohamed’s Enterprise").kind == "organization"


# --- third blind round (Dawn, Reuters 1987, Guardian, Al Jazeera) -----------------------


def test_police_alone_is_the_one_named_force(nlp) -> None:
    # Al Jazeera, May 2025 (news17/f_018): "the US Capitol Police" and "police" had been two actors
    force = by_alias(repo_actors(nlp, "news17/f_018.txt"), "US Capitol Police")
    assert "police" in {_key(a) for a in force.aliases}


def test_police_alone_stays_a_group_with_two_forces(nlp) -> None:
    text = (
        "Officers from New South Wales Police and the Metropolitan Police opened inquiries on "
        "Monday. Police said more arrests were likely."
    )
    actors = actors_of(nlp, text)
    for name in ("New South Wales Police", "Metropolitan Police"):
        assert "police" not in {_key(a) for a in by_alias(actors, name).aliases}


def test_a_generational_suffix_stays_an_alias(nlp) -> None:
    text = "US Health Secretary Robert F Kennedy Jr testified on Wednesday. Kennedy said the cuts were needed."
    actor = by_alias(actors_of(nlp, text), "Robert F Kennedy Jr")
    assert actor.kind == "person"


def test_a_body_named_short_of_its_for_phrase(nlp) -> None:
    # Guardian, 2025 (news16/f_019)
    text = (
        "The Office of the Independent Adjudicator for Higher Education ruled on Monday. "
        "The Office of the Independent Adjudicator said the university had broken its promise."
    )
    actors = actors_of(nlp, text)
    body = by_alias(actors, "Office of the Independent Adjudicator for Higher Education")
    assert "Office of the Independent Adjudicator" in body.aliases


def test_an_acronym_of_a_department_named_the_other_way_round(nlp) -> None:
    # Reuters, 1987 (news15/e_011): USDA for "the U.S. Agriculture Department"
    text = (
        "The U.S. Agriculture Department said farmers enrolled 8.8 mln acres. USDA officials "
        "said the total was below expectations."
    )
    body = by_alias(actors_of(nlp, text), "U.S. Agriculture Department")
    assert "USDA" in body.aliases


@pytest.mark.parametrize("word", ["MA", "MRes", "AI", "CTO"])
def test_degrees_and_job_initials_are_no_actors(nlp, word: str) -> None:
    text = (
        f"She completed an {word} course at the university in 2024. The {word} programme was cut, "
        f"and {word} staff said the decision was wrong."
    )
    names = {_key(x) for a in actors_of(nlp, text) for x in (a.name, *a.aliases)}
    assert _key(word) not in names, names


def test_a_sentence_initial_capital_gives_no_second_alias(nlp) -> None:
    # "police" and "Police" (first word of a sentence) had both been listed
    text = "Farmers protested in Paris on Monday. Police said the farmers blocked roads, and police made arrests."
    police = by_alias(actors_of(nlp, text), "police")
    assert police.aliases == ("police",), police.aliases


def test_a_closing_full_stop_makes_no_second_alias(nlp) -> None:
    # Al Jazeera, May 2025 (news17/f_018): "Robert F Kennedy Jr." and "Robert F Kennedy Jr"
    rfk = by_alias(repo_actors(nlp, "news17/f_018.txt"), "Robert F Kennedy")
    assert len([a for a in rfk.aliases if a.rstrip(".") == "Robert F Kennedy Jr"]) == 1, rfk.aliases
