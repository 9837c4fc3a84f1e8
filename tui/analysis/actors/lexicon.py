"""The actor tables (countries, organisations, groups, titles, noise), loaded once.

Everything world knowledge the actors analyser uses lives in `tui/analysis/data/*.json`;
this module turns those files into lookup dicts keyed by `norm(form)` so that each
lookup during analysis is one dict access.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

DATA = Path(__file__).parent.parent / "data"

ActorKind = Literal["person", "organization", "place", "group"]
#: How a table form names its entry: a capital only merges into its country when the
#: article uses it as a government (see docs/actors.md); every other role always merges.
FormRole = Literal["name", "demonym", "capital", "seat", "org", "group"]

_PUNCT = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "\u2010": "-", "\u2011": "-", "\u00a0": " "})
_ACRONYM = re.compile(r"(?:[a-z]\.){2,}[a-z]?")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The lookup form of a name: case-folded, accents and dots in acronyms removed,
    curly apostrophes straightened, a leading "the" dropped ("the U.S." → "us")."""
    t = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    words = [w.replace(".", "") if _ACRONYM.fullmatch(w) else w for w in t.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Entry:
    """One table entity: a country, region, known organisation or named group."""

    key: str
    name: str
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: dict[str, Entry]
    #: norm(form) → (entry key, role of the form)
    forms: dict[str, tuple[str, FormRole]]
    #: entry key → the forms listed for it, as written (for the gazetteer scan)
    written: dict[str, tuple[str, ...]]
    #: norm(capital spelling) → the city's name ("kiev" → "Kyiv", "washington dc" → "Washington")
    capital_names: dict[str, str]
    government_prepositions: frozenset[str]
    government_nouns: frozenset[str]
    institutions: frozenset[str]
    non_actor_heads: frozenset[str]
    non_actor_first: frozenset[str]
    group_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    noble: frozenset[str]
    generational: frozenset[str]
    #: a given name's short form → its full form ("joe" → "joseph")
    given_names: dict[str, str]
    particles: frozenset[str]
    org_suffixes: frozenset[str]
    epithets: frozenset[str]
    #: norm(epithet) → the names it may stand for, in order ("the queen city" → Charlotte, Cincinnati)
    epithet_of: dict[str, tuple[str, ...]]
    noise_words: frozenset[str]
    prefixes: tuple[str, ...]
    product_heads: frozenset[str]
    #: norm() of stock-market index names ("ftse 100", "s&p 500")
    indices: frozenset[str]
    leader_titles: frozenset[str]
    org_heads: frozenset[str]
    media_heads: frozenset[str]
    #: "the Trump administration": nouns for the people around a person
    entourage_heads: frozenset[str]
    #: "the Clinton campaign": nouns that make a body of the person named before them
    person_bodies: frozenset[str]
    #: org_heads and media_heads: a name the model tagged as a person that ends with one is a body
    body_heads: frozenset[str]
    org_nouns: frozenset[str]
    place_heads: frozenset[str]
    #: nouns for an area that a name right before them names ("Uttar Pradesh state", "the Rafah crossing")
    area_nouns: frozenset[str]
    jurisdictions: frozenset[str]
    portfolio_titles: frozenset[str]
    #: group noun → the noun its crowd is filed under ("demonstrators" → "protesters")
    group_synonyms: dict[str, str]
    own_bodies: frozenset[str]
    #: singular nouns for a person ("analyst", "wife"), from person_gender.json
    person_nouns: frozenset[str]
    positions: frozenset[str]
    #: " Heat", " Red Sox": the endings of a professional club's name (a space, then its last words).
    team_endings: tuple[str, ...]
    #: common given names, from person_gender.json
    first_names: frozenset[str]
    #: words of organisations, places and roles: no word of a personal name ("World Champion")
    not_name_words: frozenset[str]
    #: words that make a body of a name: institutions, company suffixes, organisation nouns and heads
    body_words: frozenset[str]

    def lookup(self, text: str) -> tuple[Entry, FormRole] | None:
        hit = self.forms.get(norm(text))
        if hit is None:
            return None
        return self.entries[hit[0]], hit[1]


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """The tables, read from the data files the first time they are needed."""
    entries: dict[str, Entry] = {}
    forms: dict[str, tuple[str, FormRole]] = {}
    written: dict[str, list[str]] = {}
    capital_names: dict[str, str] = {}

    def add(key: str, form: str, role: FormRole) -> None:
        # First entry wins: the tables are written so that no form names two entries.
        forms.setdefault(norm(form), (key, role))
        written.setdefault(key, []).append(form)

    countries = _load("countries.json")
    for c in countries["countries"]:
        key = f"country:{c['code']}"
        entries[key] = Entry(key, c["name"], "place")
        add(key, c["name"], "name")
        for v in c["variants"]:
            add(key, v, "name")
        for d in c["demonyms"]:
            add(key, d, "demonym")
        for city in c["capitals"]:
            spellings = city.split("|")
            for cap in spellings:
                add(key, cap, "capital")
                capital_names[norm(cap)] = spellings[0]
        for s in c["seats"]:
            add(key, s, "seat")
    for r in countries["regions"] + countries["us_states"]:
        key = f"region:{r['code']}"
        entries[key] = Entry(key, r["name"], "place")
        add(key, r["name"], "name")
        for v in r["variants"]:
            add(key, v, "name")
        for d in r["demonyms"]:
            add(key, d, "demonym")
    for o in _load("organizations.json")["organizations"]:
        key = f"org:{norm(o['name'])}"
        entries[key] = Entry(key, o["name"], "organization")
        add(key, o["name"], "org")
        for f in o["forms"]:
            add(key, f, "org")
        for city in o.get("capitals", ()):
            spellings = city.split("|")
            for cap in spellings:
                add(key, cap, "capital")
                capital_names[norm(cap)] = spellings[0]
    groups = _load("groups.json")
    for g in groups["named"]:
        key = f"group:{norm(g['name'])}"
        entries[key] = Entry(key, g["name"], g["kind"])
        add(key, g["name"], "group")
        for f in g["forms"]:
            add(key, f, "group")
    titles = _load("titles.json")
    noise = _load("noise.json")
    people = _load("person_gender.json")
    low = lambda xs: frozenset(x.casefold() for x in xs)  # noqa: E731
    person_nouns = low([*people["neutral_roles"], *people["roles"]["male"], *people["roles"]["female"]])
    body_words = low(
        [
            *titles["institutions"],
            *titles["org_suffixes"],
            *titles["org_nouns"],
            *titles["org_heads"],
            *titles["media_heads"],
        ]
    )
    return Lexicon(
        entries=entries,
        forms=forms,
        written={k: tuple(dict.fromkeys(v)) for k, v in written.items()},
        capital_names=capital_names,
        government_prepositions=low(countries["government_prepositions"]),
        government_nouns=low(countries["government_nouns"]),
        institutions=low(titles["institutions"]),
        non_actor_heads=low(noise["non_actor_heads"]),
        non_actor_first=low(noise["non_actor_first"]),
        group_nouns=low(groups["nouns"]),
        agent_nouns=low(groups["agents"]),
        speech_verbs=low(groups["speech_verbs"]),
        honorifics=low(titles["honorifics"]),
        titles=low(titles["titles"]),
        title_modifiers=low(titles["modifiers"]),
        noble=low(titles["noble"]),
        generational=low(titles["generational"]),
        given_names={short: full for full, shorts in titles["nicknames"].items() for short in shorts},
        particles=low(titles["particles"]),
        org_suffixes=low(titles["org_suffixes"]),
        epithets=frozenset(norm(e) for e in [*noise["epithets"], *noise["epithet_of"]]),
        epithet_of={norm(k): tuple(v) for k, v in noise["epithet_of"].items()},
        noise_words=frozenset(norm(w) for w in noise["words"]),
        prefixes=tuple(p.casefold() for p in noise["prefixes"]),
        product_heads=low(noise["product_heads"]),
        indices=frozenset(norm(x) for x in noise["indices"]),
        leader_titles=low(titles["leader_titles"]),
        org_heads=low(titles["org_heads"]),
        media_heads=low(titles["media_heads"]),
        entourage_heads=low(titles["entourage_heads"]),
        person_bodies=low(titles["person_bodies"]),
        body_heads=low([*titles["org_heads"], *titles["media_heads"]]),
        org_nouns=low(titles["org_nouns"]),
        place_heads=low(titles["place_heads"]),
        area_nouns=low(titles["area_nouns"]),
        positions=low(titles["positions"]),
        team_endings=tuple(" " + team for team in _load("organizations.json")["team_names"]),
        jurisdictions=low(titles["jurisdictions"]),
        portfolio_titles=low(titles["portfolio_titles"]),
        group_synonyms={k.casefold(): v.casefold() for k, v in groups["synonyms"].items()},
        own_bodies=low(groups["own_bodies"]),
        person_nouns=person_nouns,
        first_names=low([*people["first_names"]["male"], *people["first_names"]["female"]]),
        not_name_words=body_words | low(titles["place_heads"]) | person_nouns,
        body_words=body_words,
    )
