"""Map a speaker as written ("Mr Putin", "the Kremlin", "Russian officials") to an actor.

The claims analyser calls `match` once per claim; the index over the actors' aliases is
built once per actor list (cached) so each call is a handful of dict look-ups. Steps,
first hit wins:

1. the surface is an alias (case-folded, without "the", a possessive or acronym dots);
2. a personal pronoun ("he", "she") is the person mentioned last at or before the
   sentence (cheap, gender-blind coreference);
3. without leading determiners, honorifics and titles ("Mr", "President", "Sen.");
4. a surname or first name of one person ("Putin" for "Mr Vladimir Putin");
5. a role the article gave one actor ("the Russian president", "the mayor");
6. the country tables: a demonym, capital or seat of power ("Moscow", "Pyongyang",
   "Russian") → the actor of that country, if the article has one;
7. a group or agent phrase: "Russian officials" → Russia, "Rosneft officials" →
   Rosneft, "independent experts" → the group "experts";
8. an acronym of one multi-word actor ("IMF").

When several actors fit, the one mentioned last at or before `sentence_id` wins, then
the more salient (earlier in the list).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import lexicon, norm

if TYPE_CHECKING:
    from . import Actor

_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "most",
        "several",
        "other",
        "others",
        "various",
        "two",
        "three",
        "four",
        "few",
        "both",
        "all",
        "its",
        "their",
        "his",
        "her",
        "our",
        "one",
        "top",
        "unnamed",
        "anonymous",
        "senior",
        "leading",
        "independent",
        "local",
    }
)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_STRIP = "\"'“”‘’«»()[],.:;!?-–— \t\n"


@dataclass(frozen=True, slots=True)
class _Index:
    actors: tuple[Actor, ...]
    alias: dict[str, tuple[int, ...]]
    surname: dict[str, tuple[int, ...]]
    roles: dict[str, tuple[int, ...]]
    role_heads: dict[str, tuple[int, ...]]
    acronyms: dict[str, tuple[int, ...]]
    by_table: dict[str, int]


def _clean(surface: str) -> str:
    text = " ".join(surface.split()).strip(_STRIP)
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(_STRIP)


@lru_cache(maxsize=16)
def _index(actors: tuple[Actor, ...]) -> _Index:
    lex = lexicon()
    alias: dict[str, list[int]] = defaultdict(list)
    surname: dict[str, list[int]] = defaultdict(list)
    roles: dict[str, list[int]] = defaultdict(list)
    heads: dict[str, list[int]] = defaultdict(list)
    acronyms: dict[str, list[int]] = defaultdict(list)
    by_table: dict[str, int] = {}
    for i, a in enumerate(actors):
        forms = (a.name, *a.aliases)
        for f in forms:
            k = norm(_clean(f))
            if i not in alias[k]:
                alias[k].append(i)
            hit = lex.lookup(f)
            if hit is not None and hit[1] != "capital":
                by_table.setdefault(hit[0].key, i)
        hit = lex.lookup(a.name)
        if hit is not None:
            by_table[hit[0].key] = i
        if a.kind == "person":
            names = [norm(f).split() for f in forms if not f.lower().startswith("the ")]
            for words in names:
                if len(words) >= 2:
                    for w in (words[0], words[-1]):
                        if i not in surname[w]:
                            surname[w].append(i)
        name_words = {norm(f) for f in forms}
        for f in forms:
            k = norm(f)
            if f.lower().startswith(("the ", "this ")):  # a description the article used
                roles[k].append(i)
                heads[k.split()[-1]].append(i)
                continue
            for n in name_words:  # "Russian President Vladimir Putin" → role "russian president"
                if n and k != n and k.endswith(" " + n):
                    role = k[: -len(n) - 1]
                    roles[role].append(i)
                    heads[role.split()[-1]].append(i)
        words = [w for w in a.name.split() if w[:1].isupper() and w.casefold() not in ("of", "and", "the", "for")]
        if len(words) >= 2:
            acronyms["".join(w[0] for w in words).casefold()].append(i)
    freeze = lambda d: {k: tuple(dict.fromkeys(v)) for k, v in d.items()}  # noqa: E731
    return _Index(actors, freeze(alias), freeze(surname), freeze(roles), freeze(heads), freeze(acronyms), by_table)


_recent: list[tuple[list[Actor], int, _Index]] = []


def _cached_index(actors: list[Actor]) -> _Index:
    """The index of this very list (claims call `match` many times with one list)."""
    for lst, n, idx in _recent:
        if lst is actors and n == len(actors):
            return idx
    idx = _index(tuple(actors))
    _recent.insert(0, (actors, len(actors), idx))
    del _recent[4:]
    return idx


def _pick(idx: _Index, found: tuple[int, ...] | None, sentence_id: int | None) -> Actor | None:
    """The one candidate, or among several the one mentioned last at or before the sentence."""
    if not found:
        return None
    if len(found) == 1 or sentence_id is None:
        return idx.actors[found[0]]

    def last(i: int) -> tuple[int, int]:
        s = idx.actors[i].sentences
        pos = bisect.bisect_right(s, sentence_id)
        return (s[pos - 1] if pos else -1, -i)

    return idx.actors[max(found, key=last)]


def _strip_words(words: list[str]) -> list[str]:
    lex = lexicon()
    out = list(words)
    while len(out) > 1 and (
        out[0] in _DETERMINERS or out[0] in lex.honorifics or out[0] in lex.titles or out[0] in lex.title_modifiers
    ):
        out = out[1:]
    return out


_JOINS = frozenset({"and", "or", "&", "nor"})


_PREPOSITIONS = frozenset({"in", "at", "from", "of", "for", "with", "on", "by"})


def _after_join(words: list[str], start: int) -> bool:
    """Whether words[start:] is the last of a pair inside a prepositional phrase
    ("researchers in Italy and the United States"), not one of the speakers ("NGOs and the
    United Nations")."""
    j = len(words) + start - 1
    while j >= 0 and words[j] in _DETERMINERS:
        j -= 1
    return j >= 0 and words[j] in _JOINS and any(w in _PREPOSITIONS for w in words[:j])


def match(actors: list[Actor], surface: str | None, sentence_id: int | None = None) -> Actor | None:
    """The actor `surface` refers to, or None."""
    if not actors or not surface:
        return None
    text = _clean(surface)
    if not text:
        return None
    idx = _cached_index(actors)
    key = norm(text)
    lex = lexicon()

    acronym = text.split()[-1].replace(".", "").isupper() and len(text.split()[-1]) > 1
    found = idx.alias.get(key)
    if found and not (len(key.split()) == 1 and key in idx.surname and not acronym):
        return _pick(idx, found, sentence_id)
    if key in _PERSON_PRONOUNS:
        people = tuple(i for i, a in enumerate(idx.actors) if a.kind == "person")
        if sentence_id is None:
            return idx.actors[people[0]] if people else None
        before = tuple(i for i in people if idx.actors[i].sentences[0] <= sentence_id)
        return _pick(idx, before, sentence_id)

    words = _strip_words(key.split())
    bare = " ".join(words)
    if len(words) == 1 and not acronym and bare in idx.surname:  # "Clinton": Hillary or Bill, by recency
        both = tuple(dict.fromkeys((*idx.alias.get(bare, ()), *idx.surname[bare])))
        return _pick(idx, both, sentence_id)
    named = (
        idx.alias.get(bare),
        # "the German publication Zeit Online": the longest tail that is an alias (not the last
        # of a pair in a modifier: "researchers in Italy and the United States")
        *(idx.alias.get(" ".join(words[-n:])) for n in range(len(words) - 1, 1, -1) if not _after_join(words, -n)),
        idx.surname.get(bare) if len(words) == 1 and not acronym else None,
        idx.surname.get(words[-1]) if len(words) >= 2 and not acronym else None,
    )
    for found in named:  # several people called "Clinton": the one mentioned last wins
        if found:
            return _pick(idx, found, sentence_id)
    described = (
        idx.roles.get(" ".join(w for w in key.split() if w not in ("the", "this"))),
        idx.roles.get(bare),
        idx.role_heads.get(bare) if len(words) == 1 else None,
    )
    for found in described:  # a role counts only when the article gave it to one actor
        if found and len(found) == 1:
            return idx.actors[found[0]]

    table = lex.lookup(bare)
    if table is not None and table[0].key in idx.by_table:
        return idx.actors[idx.by_table[table[0].key]]

    head = words[-1]
    if head in lex.group_nouns or head in lex.agent_nouns:
        mods = words[:-1]
        for n in range(len(mods), 0, -1):  # longest modifier that names an actor
            for start in range(0, len(mods) - n + 1):
                owner = _owner(idx, " ".join(mods[start : start + n]), sentence_id)
                if owner is not None and (head in lex.agent_nouns or owner.kind in ("place", "organization")):
                    return owner
        groups = [i for i, a in enumerate(idx.actors) if a.kind == "group" and norm(a.name) == head]
        if groups:
            return idx.actors[groups[0]]
        return None

    acr = key.replace(".", "").replace(" ", "")
    return _pick(idx, idx.acronyms.get(acr), sentence_id) if acr.isalpha() else None


def _owner(idx: _Index, text: str, sentence_id: int | None) -> Actor | None:
    """The country or organisation a modifier names ("russian", "rosneft", "us")."""
    found = idx.alias.get(text)
    if found:
        return _pick(idx, found, sentence_id)
    table = lexicon().lookup(text)
    if table is not None and table[0].key in idx.by_table:
        return idx.actors[idx.by_table[table[0].key]]
    return None
