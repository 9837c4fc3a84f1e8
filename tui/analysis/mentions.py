"""Mentions: each place a sentence names a possible actor, or has an unnamed group act.

One pass over the sentences: spaCy entities (cleaned of determiners, possessives,
titles, "anti-" prefixes and noise), acting groups ("experts say"), agents of a named
body ("Russian officials", "a Rosneft spokesman") and definite descriptions ("the
Russian president") that may later resolve to a person. Nothing here decides which
actor a mention belongs to; `tui.analysis.resolve` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import Lexicon, lexicon, norm

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..nlp.parse import Parsed

#: spaCy labels that can name an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Tokens inside these entities never name an actor (dates, amounts, titles of works).
OPAQUE_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "WORK_OF_ART", "LANGUAGE"}
)
_BAD_CHARS = re.compile(r"[\[\]{}<>|#@/\\=_*+~^]|https?:|www\.")
_LEAD_DROP = {"the", "a", "an", "this", "that", "these", "those"}
_TRAIL_DROP = {"the", "of", "and", "a", "an", "-", "&", "'s", "’s", "'", "’"}


@dataclass(slots=True)
class Mention:
    """One mention of a possible actor in one sentence."""

    sid: int
    doc: int
    start: int  #: first token of the name (after cleaning) in its doc
    end: int
    surface: str  #: the form shown as an alias ("Russian President Vladimir Putin", "Mr Beith")
    name: str  #: the bare name ("Vladimir Putin", "Beith"); for groups the noun ("experts")
    label: str  #: a spaCy label, or GROUP / AGENT / DESC / GAZ
    tokens: tuple[str, ...] = ()  #: the name's tokens as written
    subject: bool = False
    speaker: bool = False
    governmental: bool = False  #: used as an agent or target (a capital standing for a government)
    prefix: str = ""  #: role words before or in apposition to the name ("Russian President")
    role_head: str = ""  #: the prefix's head noun, lower case ("president")
    honorific: bool = False  #: "Mr", "Dr"… seen with the name
    the: bool = False  #: written with a leading "the" ("the Kremlin")
    owner: tuple[int, int] | None = None  #: AGENT: (doc, token) of the body it speaks for
    table: str | None = None  #: AGENT: a table key when the modifier is a bare demonym


@dataclass(slots=True)
class Description:
    """A definite noun phrase ("the Russian president") that may stand for a named actor."""

    sid: int
    doc: int
    start: int
    end: int
    text: str  #: as written, with its determiner
    key: str  #: norm() of it without the determiner
    head: str  #: the head noun, lower case


def roles(tok: Token, lex: Lexicon) -> tuple[bool, bool]:
    """(subject, speaker) for the head token of a mention."""
    t = tok
    for _ in range(4):  # "X and Y said", "Flynn, a Trump surrogate, said"
        if t.dep_ in ("conj", "appos") and t.head is not t:
            t = t.head
        else:
            break
    head = t.head
    if t.dep_ == "nsubj":
        if not finite(head):  # "the possibility of Kim's soldiers fighting": no act reported
            return False, False
        return True, head.lemma_.casefold() in lex.speech_verbs
    if t.dep_ == "pobj" and head.dep_ == "agent":
        return True, head.head.lemma_.casefold() in lex.speech_verbs
    if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return False, True
    if t.dep_ == "dobj" and head.lemma_.casefold() in lex.speech_verbs and head.i < t.i:
        # content-first inversion: "…, writes the German publication Zeit Online"
        if any(c.dep_ == "ccomp" and c.i < head.i for c in head.children):
            return True, True
    return False, False


def finite(verb: Token) -> bool:
    """A verb that states an act: finite itself or with an auxiliary ("were fighting")."""
    if verb.tag_ in ("VBD", "VBP", "VBZ", "MD") or verb.pos_ not in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def governmental(tok: Token, lex: Lexicon) -> bool:
    """True when a place name is used as an agent or target, not as a location
    ("Moscow said", "Washington's policy", "sanctions against Pyongyang")."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "dative", "agent"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in lex.government_prepositions


def _clean(span: Span, lex: Lexicon) -> tuple[int, int, int, bool] | None:
    """(first kept token, first name token, end, honorific) of an entity, or None if noise.

    Drops determiners, possessives, trailing function words and an attached "anti-"
    prefix; for people also leading honorifics and titles ("Mr", "President"), which
    stay available as the role prefix.
    """
    doc = span.doc
    i, j = span.start, span.end
    while i < j and (doc[i].is_punct or doc[i].lower_ in _LEAD_DROP or doc[i].is_space):
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in _TRAIL_DROP or doc[j - 1].tag_ == "POS"):
        j -= 1
    if j - i >= 3 and doc[i + 1].text in ("-", "–") and f"{doc[i].lower_}-" in lex.prefixes:
        i += 2
    first = i
    honorific = False
    if span.label_ == "PERSON":
        while j - i >= 2 and (
            doc[i].lower_ in lex.honorifics or doc[i].lower_ in lex.titles or doc[i].lower_ in lex.title_modifiers
        ):
            honorific = honorific or doc[i].lower_ in lex.honorifics
            i += 1
    return (first, i, j, honorific) if i < j else None


def _is_noise(text: str, label: str, tokens: list[Token], lex: Lexicon) -> bool:
    key = norm(text)
    if len(key) < 2 or not any(c.isalpha() for c in text) or text == text.lower():
        return True
    if key in lex.epithets or key in lex.noise_words or _BAD_CHARS.search(text):
        return True
    if label == "PERSON":
        if any(c.isdigit() for c in text) or len(tokens) > 5:
            return True
        # "Shakespearean performer": a capitalised word plus common nouns is no name
        if any(t.is_lower and t.lower_ not in lex.particles for t in tokens):
            return True
    return False


def _prefix(span_root: Token, first: int, name_start: int, lex: Lexicon) -> tuple[str, str, bool]:
    """Role words attached to a name: "Russian President" in "Russian President Vladimir
    Putin", "Mr" in "Mr Beith", "managing director" in "…managing director Tim Osborne"."""
    doc = span_root.doc
    lefts = [c for c in span_root.lefts if c.i < first]
    lo = min([c.left_edge.i for c in lefts] + [first])
    if lo == first and span_root.dep_ == "appos" and span_root.head.i < first:
        # "the German publication Zeit Online": the appositive head noun phrase
        head = span_root.head
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ == "":
            return (*_trim(doc[head.left_edge.i : head.i + 1], lex), False)
    return (*_trim(doc[lo:name_start], lex), True) if lo < name_start else ("", "", False)


def _trim(span: Span, lex: Lexicon) -> tuple[str, str]:
    """The role text of a prefix span and its head noun (both empty if it is no role)."""
    toks = list(span)
    while toks and (toks[0].is_punct or toks[0].lower_ in _LEAD_DROP or toks[0].dep_ == "det"):
        toks = toks[1:]
    for k in range(len(toks) - 1, -1, -1):  # cut at a comma or bracket inside the prefix
        if toks[k].is_punct and toks[k].text not in (".", "-", "'"):
            toks = toks[k + 1 :]
            break
    if not toks or any(t.pos_ in ("VERB", "AUX", "PRON") and t.tag_ != "VBG" for t in toks):
        return "", ""
    last = toks[-1]
    head = last.lower_ if last.pos_ == "NOUN" or last.lower_ in lex.titles else ""
    return "".join(t.text_with_ws for t in toks).strip(), head


def entity_mentions(parsed: Parsed, lex: Lexicon | None = None) -> list[Mention]:
    """Mentions from spaCy's named entities, cleaned, in document order."""
    lex = lex or lexicon()
    out: list[Mention] = []
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        doc = span.doc
        for ent in span.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            cleaned = _clean(ent, lex)
            if cleaned is None:
                continue
            first, i, j, honorific = cleaned
            name_span = doc[i:j]
            text = name_span.text
            if _is_noise(text, ent.label_, list(name_span), lex):
                continue
            root = name_span.root
            subject, speaker = roles(root, lex)
            prefix, role_head, adjacent = (
                _prefix(root, first, i, lex) if ent.label_ in ("PERSON", "ORG") else ("", "", False)
            )
            if prefix and any(t.lower_ in lex.honorifics for t in doc[first:i]):
                honorific = True
            surface = text
            if prefix and len(prefix.split()) <= 4 and "'s" not in prefix and "’s" not in prefix:
                if adjacent:  # "Mr Beith", "Russian President Vladimir Putin"
                    surface = f"{prefix} {text}"
            out.append(
                Mention(
                    sid=sid,
                    doc=di,
                    start=i,
                    end=j,
                    surface=surface,
                    name=text,
                    label=ent.label_,
                    tokens=tuple(t.text for t in name_span),
                    subject=subject,
                    speaker=speaker,
                    governmental=governmental(root, lex),
                    prefix=prefix,
                    role_head=role_head,
                    honorific=honorific,
                    the=first > 0 and doc[first - 1].lower_ == "the",
                )
            )
    return out


_QUANT_TAGS = {"DT", "PDT", "CD", "PRP$"}


def group_mentions(parsed: Parsed, lex: Lexicon | None = None) -> list[Mention]:
    """Unnamed groups that act or speak, and agents speaking for a named body.

    "experts say", "according to analysts", "…, officials said" make a GROUP mention;
    "Russian officials said" or "a Cabinet Office spokeswoman said" make an AGENT
    mention owned by the modifier ("Russian", "Cabinet Office"), resolved later to
    that actor. A group noun that merely appears ("sanctions hurt farmers") is no actor.
    """
    lex = lex or lexicon()
    out: list[Mention] = []
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        for tok in span:
            low = tok.lower_
            if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_iob_ != "O":
                continue
            is_group, is_agent = low in lex.group_nouns, low in lex.agent_nouns
            if not (is_group or is_agent):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")]
            lo = min([c.left_edge.i for c in mods] + [tok.i])
            while lo < tok.i and (tok.doc[lo].tag_ in _QUANT_TAGS or tok.doc[lo].is_punct):
                lo += 1
            subject, speaker = roles(tok, lex)
            owner: tuple[int, int] | None = None
            table: str | None = None
            if is_agent:
                for t in tok.doc[lo : tok.i]:
                    if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
                        owner = (di, t.i)
                    elif t.ent_type_ == "" and t.text[:1].isupper():
                        hit = lex.lookup(t.text)
                        if hit and hit[1] in ("name", "demonym", "seat"):
                            table = hit[0].key
            if owner is None and table is None and not (is_group and (subject or speaker)):
                continue
            surface = tok.doc[lo : tok.i + 1].text
            out.append(
                Mention(
                    sid=sid,
                    doc=di,
                    start=lo,
                    end=tok.i + 1,
                    surface=surface,
                    name=low,
                    label="AGENT" if (owner or table) else "GROUP",
                    tokens=(tok.text,),
                    subject=subject,
                    speaker=speaker,
                    owner=owner,
                    table=table,
                )
            )
    return out


def descriptions(parsed: Parsed) -> list[Description]:
    """Definite noun phrases headed by a common noun or title ("the Russian president",
    "the mayor"), candidates for role descriptions of a named actor."""
    out: list[Description] = []
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        for chunk in span.noun_chunks:
            first, root = chunk[0], chunk.root
            if first.lower_ not in ("the", "this") or len(chunk) < 2 or root.ent_type_ in ("PERSON", "ORG"):
                continue
            if root.pos_ not in ("NOUN", "PROPN") or root.tag_ in ("NNS", "NNPS"):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.rights):
                continue  # "the president of the club" names someone else
            if any(t.ent_type_ == "PERSON" for t in chunk):
                continue
            rest = chunk[1:]
            out.append(
                Description(sid, di, chunk.start, chunk.end, chunk.text, norm(rest.text), root.lower_)
            )
    return out
