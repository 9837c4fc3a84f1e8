"""Speakers: the noun phrase that says something, and who a pronoun speaker is.

`speaker_tokens` turns the subject token of a cue into the phrase as written, preferring
a name where the phrase holds one ("the German publication Zeit Online" → "Zeit Online").
`Antecedents` follows the people and groups of the article sentence by sentence so a
"he", "she", "they" or "it" speaker can be tied to the nearest compatible mention: for
he/she the most recent speaker or subject of the last few sentences whose gender (from a
title, a role noun, a first name, or an earlier resolved pronoun) does not contradict the
pronoun; for they/it the most recent group or organisation. Mentions inside quotations
are skipped: a name quoted in someone's speech is rarely who "he" is. Each lookup walks
back over a bounded number of mentions, so the whole pass stays linear.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

# spaCy is imported where a Span is built, not at import time: a cache hit must not load it.

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Gender = Literal["male", "female"]
Kind = Literal["person", "group", "org"]

PERSONAL = {"he": "male", "him": "male", "she": "female", "her": "female"}
PLURAL = frozenset({"they", "them"})
NEUTER = frozenset({"it"})
PRONOUNS = frozenset(PERSONAL) | PLURAL | NEUTER
#: Possessive determiners that own a statement ("His message was: ..."), as the pronoun.
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}

#: Entity types a pronoun may point to, by pronoun class.
_GROUP_ENTS = frozenset({"ORG", "NORP", "GPE"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC"})
#: How many recent mentions a pronoun looks back over, and how many sentences count as near.
LOOKBACK = 40
NEAR = 2

_NP_LEFT = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "predet", "case"})
_NP_PREP = frozenset({"of", "for", "at", "from", "with", "in", "on", "to"})
#: Entity labels of a time: a day or an hour says when, never who.
WHEN = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class GenderCues:
    titles: dict[str, Gender]
    roles: dict[str, Gender]
    first_names: dict[str, Gender]
    #: Every honorific, gendered or not ("mr", "dr.", "sen.").
    honorifics: frozenset[str]
    #: Singular nouns for a person of either sex ("minister", "bishop", "coach").
    person_roles: frozenset[str]


@cache
def gender_cues() -> GenderCues:
    raw = json.loads(resources.files("tui.analysis").joinpath("data/person_gender.json").read_text("utf-8"))

    def table(name: str) -> dict[str, Gender]:
        return {w.casefold(): g for g in ("male", "female") for w in raw[name][g]}

    titles = table("titles")
    neutral = frozenset(w.casefold() for w in raw["neutral_titles"])
    roles = table("roles")
    person_roles = frozenset(w.casefold() for w in raw["neutral_roles"]) | neutral | frozenset(roles)
    return GenderCues(titles, roles, table("first_names"), frozenset(titles) | neutral, person_roles)


def entity_of(token: Token) -> Span | None:
    """The named entity holding `token`, if any."""
    from spacy.tokens import Span

    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _trim_entity(ent: Span) -> Span:
    """Drop a possessive ending and leading 'the' from an entity span."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    while end > start + 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return Span(ent.doc, start, end, label=ent.label_)


def _with_title(ent: Span) -> Span:
    """A name with the honorific or article written before it: "Mr Gschwind", "the Post"."""
    from spacy.tokens import Span

    doc = ent.doc
    start = ent.start
    honorifics = gender_cues().honorifics
    while start > 0 and start > ent.start - 2:
        before = doc[start - 1]
        if before.head.i < ent.start or before.head.i >= ent.end:
            break
        if before.lower_ in ("the",) or before.lower_ in honorifics:
            start -= 1
        else:
            break
    return Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent


def speaker_tokens(token: Token) -> Span:
    """The speaker phrase headed by `token`, as written; a name inside it where there is one."""
    doc = token.doc
    if token.lower_ in PRONOUNS or token.tag_ == "PRP":
        return doc[token.i : token.i + 1]
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "LOC"):
        # "WASHINGTON -- President Obama ... said": a dateline, the name is its apposition
        for child in token.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "NORP"):
                named = entity_of(child)
                if named is not None:
                    return _with_title(_trim_entity(named))
    if ent is not None and ent.label_ in _NAME_ENTS:
        return _with_title(_trim_entity(ent))
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            ent = entity_of(child)
            if ent is not None:
                return _with_title(_trim_entity(ent))
    named = _named_role(token)
    if named is not None:
        return named
    left = token.i
    right = token.i
    for child in token.children:
        if child.tag_.startswith("VB") and child.i < token.i:
            continue  # "Said Ellis": the cue is not part of the name
        if child.dep_ in _NP_LEFT and child.i < token.i:
            left = min(left, child.left_edge.i)
        elif (
            child.dep_ == "prep"
            and child.i > token.i
            and child.lower_ in _NP_PREP
            and not any(g.ent_type_ in WHEN for g in child.children)  # "Trump on Saturday"
        ):
            if child.right_edge.i - token.i <= 8:
                right = max(right, child.right_edge.i)
        elif child.dep_ == "conj" and child.i > token.i and child.right_edge.i - token.i <= 8:
            right = max(right, child.right_edge.i)
        elif child.dep_ == "compound" and child.i > token.i:
            right = max(right, child.right_edge.i)
        elif child.dep_ == "amod" and child.i > token.i and child.right_edge.i - token.i <= 6:
            right = max(right, child.right_edge.i)  # "Those close to him", "people familiar with"
    while left < right and (
        doc[left].is_punct or not doc[left].text[:1].isalnum() or doc[left].lower_ in ("and", "or")
    ):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    while (
        right + 1 < len(doc)
        and not doc[right].whitespace_
        and ("-" in (doc[right].text, doc[right + 1].text))
        and doc[right + 1].text[:1] not in ".,;:"
    ):
        right += 1  # "His ex-wife", "the co-founder": a word the tokenizer split at a hyphen
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _named_role(token: Token) -> Span | None:
    """The person a role subject names further on ("Co-founder of TCA, Iris Slappendel,
    told …", "Co-founder and CEO of OpenAI, Sam Altman, has …"), where the parser hung the
    name on a word inside the role (or the tokenizer split "Co-founder" in two)."""
    if token.ent_type_ or token.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = token.doc
    heads = [token]
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        heads.append(doc[token.i + 2])
    for head in heads:
        for t in head.subtree:
            if (
                t.dep_ == "appos"
                and t.ent_type_ == "PERSON"
                and 0 < t.i - token.i <= 12
                and t.head.i != token.i
                # not "The study, published in Acta Neuropathologica, found": a verb between
                and not any(w.pos_ in ("VERB", "AUX") for w in doc[token.i : t.i])
            ):
                ent = entity_of(t)
                if ent is not None:
                    return _with_title(_trim_entity(ent))
    return None


@dataclass(slots=True)
class Mention:
    offset: int
    sid: int
    surface: str
    key: str
    kind: Kind
    gender: Gender | None
    salient: bool  # a speaker or a subject
    plural: bool
    #: Who a person mention stands for ("hillary clinton"), for gender evidence.
    ident: str = ""


class Antecedents:
    """Recent mentions of people, groups and organisations, in document order."""

    def __init__(self) -> None:
        self._mentions: deque[Mention] = deque(maxlen=LOOKBACK * 4)
        #: Gender evidence by person: full name ("hillary clinton"), or a lone name.
        self._genders: dict[str, Gender] = {}
        #: The last full name seen for each surname: a bare "Clinton" is the Clinton named
        #: last (Bill, then Hillary), not every Clinton of the article.
        self._last_full: dict[str, str] = {}
        #: Surnames seen as people: a later "Trump" tagged ORG is still a person.
        self._persons: set[str] = set()
        self._cues = gender_cues()

    def _ident(self, span: Span, *, update: bool = False) -> str:
        """Who a name stands for: its full form, or the last full name with its surname."""
        words = [w.lower_ for w in span if w.is_alpha and w.lower_ not in self._cues.honorifics]
        if len(words) >= 2:
            ident = " ".join(words)
            if update:
                self._last_full[words[-1]] = ident
            return ident
        if words:
            return self._last_full.get(words[0], words[0])
        return span.text.casefold()

    def _is_person(self, ent: Span) -> bool:
        """A name the tagger called an organisation but the article uses for a person."""
        if _key(ent) in self._persons:
            return True
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        return before in self._cues.honorifics

    def gender_of(self, ent: Span) -> Gender | None:
        cues = self._cues
        doc = ent.doc
        if ent.start > 0:
            before = doc[ent.start - 1]
            word = before.lower_
            if word in cues.titles:
                return cues.titles[word]
            if word in cues.roles:
                return cues.roles[word]
        head = ent.root
        for child in head.children:
            if child.dep_ in ("compound", "appos", "amod") and child.lower_ in cues.roles:
                return cues.roles[child.lower_]
        if head.dep_ == "appos" and head.head.lower_ in cues.roles:
            return cues.roles[head.head.lower_]
        first = ent[0].lower_
        if len(ent) > 1 and first in cues.first_names:
            return cues.first_names[first]
        return self._genders.get(self._ident(ent))

    def observe(self, sid: int, span: Span, ents: list[Span], offset_of, in_quote) -> None:  # noqa: ANN001
        """Record the people, organisations and groups named in one sentence, in order.

        Named entities (PERSON, ORG, NORP, GPE) and plural subjects ("The unions rejected
        ...", which a later "they" may mean); mentions inside quotations are skipped.
        """
        found: list[Mention] = []
        for ent in ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            off = offset_of(ent[0])
            if in_quote(off):
                continue
            label = ent.label_
            if label == "PERSON" and ent[0].lower_ == "the":
                label = "ORG"  # "The Da Vinci Code" tagged as a person: people have no article
            ent = _trim_entity(ent)
            root = ent.root
            salient = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass")
            )
            if label == "PERSON" or self._is_person(ent):
                ident = self._ident(ent, update=True)
                gender = self.gender_of(ent)
                if gender is not None:
                    self._genders[ident] = gender
                self._persons.add(_key(ent))
                found.append(Mention(off, sid, ent.text, _key(ent), "person", gender, salient, False, ident))
            else:
                plural = label == "NORP" or root.tag_ == "NNPS"
                kind: Kind = "group" if label == "NORP" else "org"
                found.append(Mention(off, sid, ent.text, _key(ent), kind, None, salient, plural))
        for tok in span:
            if tok.dep_ == "nsubj" and tok.tag_ == "NNP" and not tok.ent_type_ and tok.lower_ in self._persons:
                off = offset_of(tok)  # "Scott bristles at ...": a known surname the tagger missed
                if not in_quote(off):
                    ident = self._last_full.get(tok.lower_, tok.lower_)
                    gender = self._genders.get(ident)
                    found.append(Mention(off, sid, tok.text, tok.lower_, "person", gender, True, False, ident))
            if tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NNPS") and not tok.ent_type_:
                off = offset_of(tok)
                if not in_quote(off):
                    phrase = speaker_tokens(tok)
                    found.append(Mention(off, sid, phrase.text, phrase.text.casefold(), "group", None, True, True))
        found.sort(key=lambda m: m.offset)
        self._mentions.extend(found)

    def note_speaker(self, sid: int, offset: int, phrase: Span) -> None:
        """A non-pronoun speaker is the likeliest antecedent of a later pronoun."""
        root = phrase.root
        ent = entity_of(root)
        plural = root.tag_ in ("NNS", "NNPS")
        title = phrase[0].lower_ if len(phrase) > 1 else ""
        if title in self._cues.honorifics and ent is None:
            # "Mr Balls" (the tagger reads a plural noun): a titled name is one person
            key = _key_words(phrase)
            self._persons.add(key)
            ident = self._ident(phrase, update=True)
            gender = self._cues.titles.get(title) or self._genders.get(ident)
            if gender is not None:
                self._genders[ident] = gender
            self._mentions.append(Mention(offset, sid, phrase.text, key, "person", gender, True, False, ident))
            return
        if root.is_title and _key_words(phrase) in self._persons and (ent is None or ent.label_ != "PERSON"):
            # "Lewins says …" after "Steven Lewins, analyst …": the surname of a person named
            # before, whatever the tagger makes of it (a plural, an organisation)
            key = _key_words(phrase)
            ident = self._ident(phrase)
            gender = self._genders.get(ident)
            for m in reversed(self._mentions):  # replace the entity mention just recorded
                if m.sid == sid and m.key == key:
                    m.kind, m.gender, m.salient, m.plural = "person", gender, True, False
                    return
            self._mentions.append(Mention(offset, sid, phrase.text, key, "person", gender, True, False, ident))
            return
        if root.lower_ in self._cues.person_roles and not plural and (ent is None or len(ent) == 1):
            # "the Bishop said", "the minister added": one person, whatever the tagger says
            key = phrase.text.casefold()
            gender = self._cues.roles.get(root.lower_)
            for m in reversed(self._mentions):  # replace the entity mention just recorded
                if m.sid == sid and m.offset == offset:
                    m.kind, m.gender, m.salient = "person", gender, True
                    return
            self._mentions.append(Mention(offset, sid, phrase.text, key, "person", gender, True, False, key))
            return
        ident = ""
        if ent is not None and ent[0].lower_ == "the" and ent.label_ == "PERSON":
            kind, gender = "org", None
        elif ent is not None and (ent.label_ == "PERSON" or self._is_person(_trim_entity(ent))):
            kind: Kind = "person"
            gender = self.gender_of(_trim_entity(ent))
            ident = self._ident(_trim_entity(ent))
            self._persons.add(_key(_trim_entity(ent)))
        elif ent is not None or plural:
            kind, gender = ("group" if plural else "org"), None
        elif root.lower_ in self._cues.roles or root.tag_ in ("NN", "NNP"):
            kind, gender = "person", self._cues.roles.get(root.lower_)
        else:
            return
        if (
            ent is None
            and kind == "person"
            and (root.tag_ == "NN" or (root.tag_ == "NNP" and phrase[0].lower_ == "the"))
            and root.lower_ not in self._cues.roles
        ):
            # "the company", "the ministry", "The Da Vinci Code": a singular common noun, or
            # a name with "the", may be an organisation or a work; not a person.
            kind = "org"
        key = phrase.text.casefold() if ent is None else _key(_trim_entity(ent))
        for m in reversed(self._mentions):  # replace the entity mention just recorded
            if m.sid == sid and m.key == key:
                m.salient = True
                return
        self._mentions.append(Mention(offset, sid, phrase.text, key, kind, gender, True, plural, ident or key))

    def demote(self, sid: int, ranges: list[tuple[int, int]]) -> None:
        """Names inside a reported statement ("Greene believes Gatlin will again prove the
        biggest threat") are what was said, not who is speaking: a later "he admits" is
        Greene's. They stay as a fallback antecedent."""
        for m in reversed(self._mentions):
            if m.sid != sid:
                if m.sid < sid:
                    break
                continue
            if any(s <= m.offset < e for s, e in ranges):
                m.salient = False

    def resolve(self, pronoun: str, sid: int, offset: int, *, subjects_only: bool = False) -> Mention | None:
        """The mention a pronoun speaker points to, or None when nothing fits (with
        `subjects_only`, only a mention that was a subject or a speaker counts)."""
        word = pronoun.casefold()
        best_near: Mention | None = None
        best_any: Mention | None = None
        for n, m in enumerate(reversed(self._mentions)):
            if n >= LOOKBACK:
                break
            if m.offset >= offset:
                continue
            if not _compatible(m, word) or (subjects_only and not m.salient):
                continue
            if sid - m.sid <= NEAR and m.salient:
                best_near = m
                break
            if best_any is None:
                best_any = m
        found = best_near or best_any
        if found is None:
            return None
        if word in PERSONAL and found.kind == "person":
            gender: Gender = PERSONAL[word]  # type: ignore[assignment]
            found.gender = gender
            self._genders.setdefault(found.ident or found.key, gender)
        # the pronoun speaker is now the freshest mention of its antecedent: "She said ...
        # She added ..." keeps pointing at the same person
        self._mentions.append(
            Mention(
                offset,
                sid,
                found.surface,
                found.key,
                found.kind,
                found.gender,
                True,
                found.plural,
                found.ident,
            )
        )
        return found


def _key(ent: Span) -> str:
    """A person's surname: "Hillary Clinton" and "Clinton" are one mention key (gender
    evidence goes by `Antecedents._ident`, so Bill and Hillary Clinton stay apart)."""
    return _key_words(ent)


def _key_words(span: Span) -> str:
    words = [t.lower_ for t in span if t.is_alpha]
    return words[-1] if words else span.text.casefold()


def _compatible(m: Mention, word: str) -> bool:
    if word in PERSONAL:
        return m.kind == "person" and (m.gender is None or m.gender == PERSONAL[word])
    if word in PLURAL:
        return m.plural or m.kind == "group" or (m.kind == "org" and not m.plural)
    return m.kind == "org" and not m.plural
