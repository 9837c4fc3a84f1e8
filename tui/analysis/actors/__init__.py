"""Actors: the people, organisations, countries and groups in the story, each once.

`find_actors` turns the clusters of `tui.analysis.actors.resolve` into `Actor`s: noise is
dropped, each gets a kind, a canonical name, its aliases and sentences, and the list
is ordered by salience (docs/actors.md). `match_actor` maps a speaker as written
("Mr Putin", "the Kremlin", "Russian officials", "experts") to one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .lexicon import Lexicon, lexicon, norm
from .resolve import Cluster, personal_name, resolve

if TYPE_CHECKING:
    from ...nlp.parse import Parsed
    from .mentions import Mention

ActorKind = Literal["person", "organization", "place", "group"]

#: False until the analyser is implemented: the Markdown leaves out sections that do not exist.
AVAILABLE = True

#: Salience weights (docs/actors.md): each mention counts 1, plus these.
SUBJECT_WEIGHT = 1.0
SPEAKER_WEIGHT = 1.5
EARLY_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    sentences: tuple[int, ...]


_KIND_OF_LABEL: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def _kind(c: Cluster) -> ActorKind:
    if c.entry is not None:
        return c.entry.kind
    if c.key.startswith(("crowd:", "norp:")):
        return "group"
    lex = lexicon()
    if c.key.startswith("person:") or any(m.honorific or _titled(m, lex) for m in c.mentions):
        return "person"  # "Mr Beith"; "US President Trump" even where "Trump said" is tagged ORG
    if any(m.label != "PERSON" and (hit := lex.lookup(m.name)) is not None and hit[1] == "capital" for m in c.mentions):
        return "place"  # a capital used as a location ("north of Colombo", "a march in Copenhagen"), whatever its label
    order = {"organization": 2, "person": 1, "place": 0}
    # What the context says ("Kemi Badenoch, the leader of…", "car firm Carfax", "Al Alam
    # Palace", "Keith Lamont Scott") outweighs the model's labels.
    hints = Counter(m.kind_hint for m in c.mentions if m.kind_hint)
    if not hints and _surname_alone(c, lex):
        return "person"  # "Keir Starmer … Starmer urged", both tagged as organisations: a surname alone is a person's
    if hints:
        return max(hints, key=lambda k: (hints[k], order[k]))  # type: ignore[return-value]
    votes: Counter[str] = Counter()
    noble = lex.noble
    for m in c.mentions:
        if m.label in _KIND_OF_LABEL:
            # "the Tate": a name written with "the" is no person ("the Trump administration" is)
            lone = (
                m.label == "PERSON"
                and m.the
                and len(m.tokens) == 1
                and m.name.casefold() not in noble
                and not m.entourage
            )
            kind = "organization" if lone else _KIND_OF_LABEL[m.label]
            votes[kind] += 1
    votes["place"] += sum(m.locative for m in c.mentions)
    if not votes:
        return "organization"
    return max(votes, key=lambda k: (votes[k], order[k]))  # type: ignore[return-value]


def _titled(m: Mention, lex: Lexicon) -> bool:
    """A name tagged as a person with a leader's title before it ("President Reagan", "Pope
    Leo"); not any title word ("Dean Martin", "the famed Ambassador Hotel")."""
    return m.label == "PERSON" and (m.role_head in lex.leader_titles or m.role_head in lex.noble)


def _surname_alone(c: Cluster, lex: Lexicon) -> bool:
    """Whether the cluster names someone by a full name (`personal_name`) and elsewhere by
    its last word alone, without "the" (a firm is shortened to its first word, "Goldman",
    or with "the", "the Post")."""
    lasts = {m.name.split()[-1] for m in c.mentions if personal_name(m.name, lex)}
    return any(m.name in lasts and not m.the for m in c.mentions)


def _named(c: Cluster) -> list[str]:
    return [m.name for m in c.mentions if m.label not in ("GROUP", "AGENT", "DESC")]


def _name(c: Cluster, kind: ActorKind) -> str:
    if c.entry is not None:
        return c.entry.name
    if c.key.startswith("crowd:"):  # the noun as written: "experts", but "MPs", "MEPs"
        heads = Counter(m.tokens[0] for m in c.mentions if m.tokens)
        word = heads.most_common(1)[0][0] if heads else c.key.split(":", 1)[1]
        return word if any(ch.isupper() for ch in word[1:]) else word.lower()
    names = _named(c)
    if kind == "person":
        full = [n for n in names if len(n.split()) >= 2]
        if not full:  # "Prince Harry", "the Queen": a noble title is part of a lone name
            lex = lexicon()
            titled = [m.surface for m in c.mentions if m.prefix.casefold() in lex.noble and m.surface != m.name]
            full = titled or names
        first = {n: -i for i, n in reversed(list(enumerate(full)))}
        return max(first, key=lambda n: (len(n.split()), len(n), first[n]))
    counts = Counter(names)
    spelled = [n for n in names if not n.replace(".", "").isupper()] or names
    first = {n: -i for i, n in reversed(list(enumerate(spelled)))}
    return max(first, key=lambda n: (counts[n], len(n.split()), len(n), first[n]))


def _aliases(c: Cluster) -> tuple[str, ...]:
    lex = lexicon()
    written = set(lex.written.get(c.entry.key, ())) if c.entry is not None else set()
    out: dict[str, None] = {}
    folded: dict[str, str] = {}
    for m in c.mentions:
        if m.label == "AGENT":
            if m.name.endswith("s") and m.name in lex.group_nouns and m.surface != m.name:
                out.setdefault(m.surface)
            continue
        if m.label in ("GROUP", "DESC"):
            # "police" and "Police" (a sentence's first word) are one alias, written in lower case
            key = m.surface.casefold()
            if key not in folded:
                folded[key] = m.surface
                out.setdefault(m.surface)
            elif m.surface[:1].islower() and folded[key][:1].isupper() and folded[key][1:] == m.surface[1:]:
                out = {(m.surface if k == folded[key] else k): None for k in out}
                folded[key] = m.surface
            continue
        name = f"the {m.name}" if m.the and f"the {m.name}" in written else m.name
        out.setdefault(name)
        if m.surface != m.name:
            out.setdefault(m.surface)
    # "Robert F Kennedy Jr." and "Robert F Kennedy Jr": a closing full stop makes no new alias
    seen: set[str] = set()
    kept = []
    for alias in out:
        bare = alias[:-1] if alias.endswith(".") and alias[-2:-1].isalpha() and alias[-3:-2].isalpha() else alias
        if bare not in seen:
            seen.add(bare)
            kept.append(alias)
    return tuple(kept)


def _is_noise(c: Cluster) -> bool:
    """A lone, passive, one-word name the model may have made up ("Festen", "Christmases"),
    or a country only named once by an adjective ("the German publication Zeit Online")."""
    if c.entry is not None and c.entry.kind == "place" and len(c.mentions) == 1:
        m = c.mentions[0]
        return m.label == "NORP" and not (m.subject or m.speaker) and m.name.casefold() != norm(c.entry.name)
    if c.entry is not None or c.key.startswith("crowd:"):
        return False
    named = [m for m in c.mentions if m.label not in ("DESC", "AGENT")]
    if not named:
        return True
    if 2 * sum(m.qualifies for m in named) >= len(named) and not any(m.speaker or m.honorific for m in named):
        return True  # "the AutoLink feature", "the Smart Tags feature": a product
    if all(any(ch.isdigit() for ch in m.name) and m.label in ("GPE", "LOC", "FAC") for m in named) and not any(
        m.subject or m.speaker for m in named
    ):
        # "AB 418", "Sweet 16", "Interstate 5", "St. Patrick's Day 2022" tagged as places: a bill,
        # a round, a road or a day that never acts (a broadcaster, "BBC Radio 4", is no place)
        return True
    if len(named) > 1 or len(named[0].tokens) > 1:
        return False
    m = named[0]
    if m.subject or m.speaker or m.honorific or _titled(m, lexicon()) or m.label in ("GPE", "LOC", "FAC", "NORP"):
        return False
    return not (len(m.name) > 1 and m.name.replace(".", "").isupper())


def _salience(c: Cluster, n_sentences: int) -> float:
    first = min(m.sid for m in c.mentions)
    score = len(c.mentions)
    score += SUBJECT_WEIGHT * sum(m.subject for m in c.mentions)
    score += SPEAKER_WEIGHT * sum(m.speaker for m in c.mentions)
    return score + EARLY_WEIGHT * (1 - first / max(n_sentences, 1))


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _SLUG.sub("-", norm(name)).strip("-") or "actor"


def find_actors(parsed: Parsed) -> list[Actor]:
    """Actors ordered by salience."""
    clusters = [c for c in _fold_owned(resolve(parsed)) if c.mentions and not _is_noise(c)]
    n = len(parsed.sentences)
    clusters.sort(key=lambda c: (-_salience(c, n), min(m.sid for m in c.mentions)))
    actors: list[Actor] = []
    used: set[str] = set()
    for c in clusters:
        kind = _kind(c)
        name = _name(c, kind)
        base = ident = slug(name)
        k = 2
        while ident in used:
            ident, k = f"{base}-{k}", k + 1
        used.add(ident)
        sentences = tuple(sorted({m.sid for m in c.mentions}))
        actors.append(Actor(ident, name, kind, _aliases(c), sentences))
    return actors


def _fold_owned(clusters: list[Cluster]) -> list[Cluster]:
    """An entity the model ran over a person's possessive ("Trump’s Middle Eastern
    expedition", "Trump’s Mar-a-Lago resort", tagged ORG) is a mention of that person when
    the words before the possessive are the name of a person the article knows; it is no
    actor of its own."""
    people: dict[tuple[str, ...], Cluster] = {}
    for c in clusters:
        if c.entry is None and any(m.label == "PERSON" for m in c.mentions) and _kind(c) == "person":
            for m in c.mentions:
                if m.label == "PERSON":
                    toks = tuple(norm(t) for t in m.tokens)
                    people.setdefault(toks, c)
                    people.setdefault(toks[-1:], c)
    if not people:
        return clusters
    bodies = lexicon().body_words
    out: list[Cluster] = []
    for c in clusters:
        owners = []
        for m in c.mentions:
            toks = [norm(t) for t in m.tokens]
            k = next((i for i, t in enumerate(toks) if t == "'s"), -1)
            owner = people.get(tuple(toks[:k])) if k > 0 and m.label != "PERSON" else None
            if any(t in bodies for t in toks[k + 1 :]):
                owner = None  # "Mohamed’s Enterprises", "Trump’s Cabinet": a body the person owns
            if owner is None or owner is c:
                break
            owners.append(
                (
                    owner,
                    replace(
                        m,
                        end=m.start + k,
                        name=" ".join(m.tokens[:k]),
                        surface=" ".join(m.tokens[:k]),
                        tokens=m.tokens[:k],
                        label="PERSON",
                    ),
                )
            )
        else:
            if c.entry is None and owners:
                for owner, m in owners:
                    owner.mentions.append(m)
                continue
        out.append(c)
    return out


def match_actor(actors: list[Actor], surface: str, sentence_id: int | None = None) -> Actor | None:
    """The actor a surface form (a speaker such as "Mr Putin" or "the Kremlin") refers to."""
    from .matching import match

    return match(actors, surface, sentence_id)
