"""The reporting-cue lexicon (tui/analysis/data/reporting_cues.json) and token tests on it.

Loaded once per process. A verb's key is its lemma, or "lemma particle" for a phrasal
verb ("point out"); the categories say which constructions make that verb a claim
(see docs/claims.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Lexicon:
    clause: frozenset[str]
    quote_only: frozenset[str]
    naming: frozenset[str]
    infinitive: frozenset[str]
    object: frozenset[str]
    statement_object: frozenset[str]
    granted_things: frozenset[str]
    passive_hedge: frozenset[str]
    nouns: frozenset[str]
    source_nouns: frozenset[str]
    event_nouns: frozenset[str]
    #: Subjects that wrote the source they stand in ("In a study, researchers …").
    author_subjects: frozenset[str]
    #: Multi-word cues as word tuples, longest first: ("according", "to").
    phrases: tuple[tuple[str, ...], ...]
    modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    sentence_hedges: frozenset[str]
    impersonal: frozenset[str]
    evidence: frozenset[str]
    speaker_labels: frozenset[str]
    not_speaker_labels: frozenset[str]
    #: Verbs whose complement is an action someone is made or helped to do ("help X find").
    causative: frozenset[str]
    #: Auxiliaries that make a speech act possible or future, not made ("can demand").
    irrealis: frozenset[str]
    #: Lemmas that carry a particle in some entry ("point" for "point out").
    phrasal_heads: frozenset[str]
    #: Fixed phrases ending in a cue verb that report nothing, as word tuples: ("rest", "assured").
    idioms: frozenset[tuple[str, ...]]
    #: Particles that make a cue verb another verb ("show off", "call off").
    other_particles: frozenset[str]

    @property
    def verbs(self) -> frozenset[str]:
        return self.clause | self.quote_only | self.naming | self.object

    def category(self, key: str) -> str | None:
        """'clause', 'naming', 'quote_only' or 'object' for a verb key, None for a non-cue."""
        if key in self.clause:
            return "clause"
        if key in self.naming:
            return "naming"
        if key in self.quote_only:
            return "quote_only"
        if key in self.object:
            return "object"
        if key in self.statement_object:
            return "statement_object"
        return None


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("tui.analysis").joinpath("data/reporting_cues.json").read_text("utf-8"))

    def words(name: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in raw[name])

    every = (
        words("clause")
        | words("quote_only")
        | words("naming")
        | words("infinitive")
        | words("object")
        | words("statement_object")
    )
    phrases = sorted((tuple(p.casefold().split()) for p in raw["phrases"]), key=len, reverse=True)
    return Lexicon(
        clause=words("clause"),
        quote_only=words("quote_only"),
        naming=words("naming"),
        infinitive=words("infinitive"),
        object=words("object"),
        statement_object=words("statement_object"),
        granted_things=words("granted_things"),
        passive_hedge=words("passive_hedge"),
        nouns=words("nouns"),
        source_nouns=words("source_nouns"),
        event_nouns=words("event_nouns"),
        author_subjects=words("author_subjects"),
        phrases=tuple(phrases),
        modals=frozenset(w.casefold() for w in raw["hedges"]["modals"]),
        hedge_adverbs=frozenset(w.casefold() for w in raw["hedges"]["adverbs"]),
        sentence_hedges=frozenset(w.casefold() for w in raw["hedges"]["sentence_adverbs"]),
        impersonal=words("impersonal_subjects"),
        evidence=words("evidence"),
        speaker_labels=frozenset(raw["speaker_labels"]),
        not_speaker_labels=words("not_speaker_labels"),
        causative=words("causative"),
        irrealis=words("irrealis"),
        phrasal_heads=frozenset(k.split()[0] for k in every if " " in k),
        idioms=frozenset(tuple(p.casefold().split()) for p in raw["idioms"]),
        other_particles=words("other_particles"),
    )


def verb_key(token: Token, lex: Lexicon) -> str | None:
    """The lexicon key of a verb token ("say", "point out", "call for"), or None."""
    if not token.tag_.startswith("VB"):
        return _mistagged(token, lex)
    lemma = token.lemma_.casefold()
    if lemma in lex.phrasal_heads:
        prt = next((c for c in token.children if c.dep_ == "prt"), None)
        after = prt.i if prt is not None else token.i
        prep = next((c for c in token.children if c.dep_ == "prep" and c.i == after + 1), None)
        keys = []
        if prt is not None and prep is not None:
            keys.append(f"{lemma} {prt.lower_} {prep.lower_}")
        if prt is not None:
            keys.append(f"{lemma} {prt.lower_}")
        if prep is not None:
            keys.append(f"{lemma} {prep.lower_}")
        for key in keys:
            if lex.category(key):
                return key
    if any(_other_particle(c, lex) for c in token.children):
        return None  # "want to show off their power", "called off the strike": another verb
    return lemma if lex.category(lemma) else None


def _other_particle(child: Token, lex: Lexicon) -> bool:
    """A particle that makes the verb another verb; not "up to" ("He said up to now …")."""
    if child.dep_ != "prt" or child.lower_ not in lex.other_particles:
        return False
    after = child.i + 1
    return after >= len(child.doc) or child.doc[after].lower_ != "to"


def _mistagged(token: Token, lex: Lexicon) -> str | None:
    """A reporting verb the tagger read as a noun: "Trump claims that ...", "documents show he ...".

    The small English model often tags a third-person "-s" verb as a plural noun; it still
    gives it a subject or a content clause, which a real noun does not have.
    """
    if token.tag_ not in ("NNS", "NN") or not token.lower_.endswith("s") and token.tag_ == "NNS":
        return None
    lemma = token.lemma_.casefold()
    if lex.category(lemma) != "clause":
        return None
    clause = any(
        c.dep_ == "ccomp"
        or (c.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
        for c in token.children
    )
    subject = any(c.dep_ == "nsubj" for c in token.children)
    return lemma if clause and (subject or token.dep_ in ("ROOT", "dep", "dobj")) else None


def particle(token: Token, key: str) -> Token | None:
    """The last word of a phrasal cue ("out" in "point out", "at" in "lash out at")."""
    words = key.split()[1:]
    found = None
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.lower_ in words and child.i > token.i:
            if found is None or child.i > found.i:
                found = child
    return found


def match_phrase(tokens, i: int, lex: Lexicon) -> int:  # noqa: ANN001 - a spaCy Doc or Span
    """Length in tokens of the multi-word cue starting at tokens[i], or 0."""
    first = tokens[i].lower_
    for words in lex.phrases:
        if words[0] != first or i + len(words) > len(tokens):
            continue
        if all(tokens[i + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def is_hedge_adverb(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.hedge_adverbs


def has_modal(token: Token, lex: Lexicon) -> bool:
    """True when the verb carries a hedging modal (may, might, could)."""
    return any(c.dep_ == "aux" and c.lower_ in lex.modals for c in token.children)
