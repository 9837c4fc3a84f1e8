"""The outlook lexicon's word lists (`data/outlook.json`, section `forward`), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .timex import lexicon


@dataclass(frozen=True, slots=True)
class Words:
    future: frozenset[str]
    prediction_modals: frozenset[str]
    backshift: frozenset[str]
    weak: frozenset[str]
    prospective: frozenset[str]
    intention: frozenset[str]
    desire: frozenset[str]
    commissive: frozenset[str]
    predict: frozenset[str]
    nouns: frozenset[str]
    prediction_nouns: frozenset[str]
    reporting: frozenset[str]
    habitual: frozenset[str]
    opinion: frozenset[str]
    hypothetical: frozenset[str]
    wish: frozenset[str]
    refusal: frozenset[str]
    wish_would: frozenset[str]
    advice_modal: frozenset[str]
    poll: frozenset[str]
    specifying: frozenset[str]
    be_to_idioms: frozenset[str]
    plan_content: frozenset[str]
    pledge: frozenset[str]
    seeking: frozenset[str]
    be_to_judgements: frozenset[str]
    expectation: frozenset[str]
    generic_subjects: frozenset[str]
    favourites: frozenset[str]
    favourite_modifiers: frozenset[str]
    hope_adverbs: frozenset[str]
    lead_units: frozenset[str]
    performative: frozenset[str]
    limiting: frozenset[str]
    predictive_should: frozenset[str]
    interpretive: frozenset[str]
    mission: frozenset[str]
    belief: frozenset[str]
    face_nouns: frozenset[str]
    prospect_for: frozenset[str]
    explanatory: frozenset[str]
    state_verbs: frozenset[str]
    question_heads: frozenset[str]
    speech_acts: frozenset[str]
    guess_would: frozenset[str]
    perception: frozenset[str]
    habit_scope: frozenset[str]
    on_course: frozenset[str]
    reader: frozenset[str]
    speech_nouns: frozenset[str]
    anyone_nouns: frozenset[str]


def inflections(lemmas: list[str]) -> frozenset[str]:
    """The lemmas with their regular verb forms (plan → plans, planned, planning), so a
    lemmatiser slip ("hopes" → "hop") does not hide a verb."""
    out = set()
    for v in lemmas:
        out.add(v)
        stem = v[:-1] if v.endswith("e") else v
        double = v + v[-1] if len(v) > 2 and v[-1] in "bdgnpt" and v[-2] in "aeiou" and v[-3] not in "aeiou" else v
        out.update({v + "s", v + "es", stem + "ed", stem + "ing", double + "ed", double + "ing"})
        if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
    return frozenset(out)


VERB_LISTS = (
    "intention_verbs", "desire_verbs", "commissive_verbs", "prediction_verbs", "reporting_verbs", "wish_verbs",
    "pledge_object_verbs", "seeking_verbs", "expectation_verbs",
)  # fmt: skip


@cache
def words() -> Words:
    f = lexicon()["forward"]
    return Words(
        *(
            inflections(f[key]) if key in VERB_LISTS else frozenset(f[key])
            for key in (
                "future_modals",
                "prediction_modals",
                "backshift_modals",
                "weak_modals",
                "prospective_adjectives",
                "intention_verbs",
                "desire_verbs",
                "commissive_verbs",
                "prediction_verbs",
                "intention_nouns",
                "prediction_nouns",
                "reporting_verbs",
                "habitual_adverbs",
                "opinion_would_verbs",
                "hypothetical_would_verbs",
                "wish_verbs",
                "refusal_verbs",
                "wish_would_verbs",
                "advice_modal_verbs",
                "poll_subjects",
                "specifying_nouns",
                "be_to_idioms",
                "plan_content_verbs",
                "pledge_object_verbs",
                "seeking_verbs",
                "be_to_judgements",
                "expectation_verbs",
                "generic_subjects",
                "favourite_nouns",
                "favourite_modifiers",
                "hope_adverbs",
                "lead_units",
                "performative_verbs",
                "limiting_adverbs",
                "predictive_should_verbs",
                "interpretive_verbs",
                "mission_verbs",
                "belief_words",
                "face_nouns",
                "prospect_for_adjectives",
                "explanatory_predicates",
                "state_verbs",
                "question_heads",
                "speech_act_verbs",
                "guess_would_verbs",
                "perception_verbs",
                "habit_scope_adverbs",
                "on_course_nouns",
                "reader_words",
                "speech_nouns",
                "anyone_nouns",
            )
        )
    )


def habitual_adverbs() -> frozenset[str]:
    """Adverbs that make a clause a habit ("usually", "often"), from the lexicon."""
    return words().habitual


@cache
def scheduling_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon()["forward"]["scheduling_phrases"])


@cache
def recent_past() -> re.Pattern[str]:
    """Words of a past time a few days back ("last week", "yesterday", "on Monday")."""
    lx = lexicon()
    alternatives = sorted([*lx["recent_past_words"], *lx["weekdays"]], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, alternatives))})\b", re.I)


@cache
def futurate_phrases() -> frozenset[str]:
    """Times later in the day or week that make a present progressive a plan ("this weekend")."""
    return frozenset(lexicon()["futurate_phrases"])


@cache
def scheduled_participles() -> frozenset[str]:
    """Past participles that put a noun on the calendar with "for" ("a meet scheduled for Friday")."""
    return frozenset(lexicon()["forward"]["scheduled_participles"])


@cache
def event_nouns() -> frozenset[str]:
    """Head nouns of events an article may date once and name again ("the race", "the election")."""
    return frozenset(lexicon()["forward"]["event_nouns"])


@cache
def travel_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Verbs of a journey and the nouns that name it later ("leaves for Japan tomorrow" … "his trip")."""
    f = lexicon()["forward"]
    return frozenset(f["travel_verbs"]), tuple(f["travel_nouns"])


@cache
def meta_prefixes() -> tuple[str, ...]:
    """How an editor's note or a correction opens ("Editor’s note:")."""
    return tuple(lexicon()["forward"]["meta_prefixes"])


@cache
def counterfactual_frames() -> re.Pattern[str]:
    """Openers that make a "would" clause the normal case that is not happening ("In ordinary
    times, the beaches would be packed"), not a forecast."""
    frames = lexicon()["forward"]["counterfactual_frames"]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in frames) + r")\b", re.I)
