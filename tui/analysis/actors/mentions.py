"""Mentions: each place a sentence names a possible actor, or has an unnamed group act.

One pass over the sentences: spaCy entities (cleaned of determiners, possessives,
titles, "anti-" prefixes and noise, and mended where the small model errs in known
ways), names after an honorific that the model missed ("Dame Judi Dench"), acting
groups ("experts say"), agents of a named body ("Russian officials", "a Rosneft
spokesman") and definite descriptions ("the Russian president") that may later
resolve to a named actor. Which actor a mention belongs to is decided in
`tui.analysis.actors.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...nlp.parse import CONNECTIVES
from .lexicon import Lexicon, lexicon, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...nlp.parse import Parsed

#: spaCy labels that can name an actor (PRODUCT only when it owns or says something:
#: the small model tags companies such as "F-Secure's" as products).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Tokens inside these entities never name an actor (dates, amounts, titles of works).
OPAQUE_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "WORK_OF_ART", "LANGUAGE"}
)
#: A sentence end and an opening quotation mark inside a name.
_INTO_QUOTE = re.compile(r"[.!?]\s*[“\"‘]")
_BAD_CHARS = re.compile(r"[\[\]{}<>|#@/\\=_*+~^]|https?:|www\.")
_CODE_NAME = re.compile(r"\b[A-Z][a-z]{2,}[-.][A-Z]\b(?![-.'’]?\w)")  # "Zafi-D", "Bankash-A": a version
_DATELINE_NEXT = {"―", "—", "–", "-", "--", "(", ",", ":"}
_DASHES = {"―", "—", "–", "-", "--"}
_LEAD_DROP = {"the", "a", "an", "this", "that", "these", "those"}
_TRAIL_DROP = {"the", "of", "and", "a", "an", "-", "&", "'s", "’s", "'", "’"}
_OPEN_QUOTES = {"“", '"', "‘", "«", "'"}
_CLOSE_QUOTES = {"”", '"', "’", "»", "'"}
_LOCATIVE = {"in", "at", "to", "from", "near", "across", "outside", "inside", "around", "throughout", "into", "via"}
_GROUP_MOD_POS = {"ADJ", "NOUN", "PROPN", "CCONJ", "ADV", "NUM", "PUNCT"}


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
    governmental: bool = False  #: a place name used as an agent or target, not as a location
    locative: bool = False  #: object of "in", "at", "to"…
    prefix: str = ""  #: role words before or in apposition to the name ("Russian President")
    role_head: str = ""  #: the prefix's head noun, lower case ("president")
    prefix_start: int = -1  #: first token of the prefix (descriptions inside it are not new mentions)
    honorific: bool = False  #: "Mr", "Dr"… seen with the name
    the: bool = False  #: written with a leading "the" ("the Kremlin")
    #: the name qualifies a noun for the people around someone ("the Trump administration")
    entourage: bool = False
    owner: tuple[int, int] | None = None  #: AGENT: (doc, token) of the body it speaks for
    table: str | None = None  #: AGENT: a table key when the modifier is a bare demonym
    role: str = ""  #: norm() of the role in the prefix, without a trailing honorific ("supreme leader")
    kind_hint: str = ""  #: "person", "organization" or "place" when the context says so
    qualifies: bool = False  #: the name qualifies a product noun ("the AutoLink feature")
    acronym: str = ""  #: norm() of an acronym the text defines for this name ("Athletics Kenya (AK)")


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


def _climb(tok: Token) -> Token:
    """From a conjunct or appositive to the phrase that has the grammatical role."""
    t = tok
    for _ in range(4):  # "X and Y said", "Flynn, a Trump surrogate, said"
        if t.dep_ in ("conj", "appos") and t.head is not t:
            t = t.head
        else:
            break
    return t


def roles(tok: Token, lex: Lexicon) -> tuple[bool, bool]:
    """(subject, speaker) for the head token of a mention."""
    t = _climb(tok)
    head = t.head
    if t.dep_ == "nsubj":
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


def acts(tok: Token) -> bool:
    """True when the phrase reports an act: subject of a finite verb (not "the
    possibility of soldiers fighting"), agent of a passive, or "according to"."""
    t = _climb(tok)
    if t.dep_ == "nsubj":
        verb = t.head
        return verb.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if t.dep_ == "pobj":
        return t.head.dep_ == "agent" or (t.head.lower_ == "to" and t.head.head.lower_ == "according")
    return False


def governmental(tok: Token, lex: Lexicon) -> bool:
    """True when a place name is used as an agent or target, not as a location
    ("Moscow said", "Washington's policy", "sanctions against Pyongyang")."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "poss":  # "Washington's policy", not "London's National Theatre"
        return t.head.lower_ in lex.government_nouns
    if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in lex.government_prepositions


def _locative(tok: Token) -> bool:
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE


def _title_word(t: Token) -> bool:
    return t.is_title or t.is_stop or (t.is_punct and t.text not in _OPEN_QUOTES | _CLOSE_QUOTES)


def _in_title_quote(doc: Doc, start: int, end: int) -> bool:
    """A name inside a short quoted title (“Fox and Friends”) is the title of a work."""
    k = start - 1
    while k >= max(start - 4, 0) and doc[k].text not in _OPEN_QUOTES:
        if not _title_word(doc[k]):
            return False
        k -= 1
    if k < 0 or doc[k].text not in _OPEN_QUOTES:
        return False
    for k in range(end, min(end + 4, len(doc))):
        if doc[k].text in _CLOSE_QUOTES:
            return all(_title_word(t) for t in doc[start:k])
        if not _title_word(doc[k]):
            return False
    return False


def _clean(doc: Doc, start: int, end: int, label: str, lex: Lexicon) -> tuple[int, int, int, bool] | None:
    """(first kept token, first name token, end, honorific) of an entity, or None.

    Drops determiners, possessives, trailing function words and an attached "anti-"
    prefix; for people also leading honorifics and titles ("Mr", "President"), which
    stay available as the role prefix.
    """
    i, j = start, end
    while i < j and (doc[i].is_punct or doc[i].lower_ in _LEAD_DROP or doc[i].is_space):
        i += 1
    for k in range(i + 1, j):  # "Minnesota Vikings - while", "Joshua Reynolds: The Creation…"
        if doc[k].text == ":" or (doc[k].text in _DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_):
            j = k
            break
    while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in _TRAIL_DROP or doc[j - 1].tag_ == "POS"):
        j -= 1
    last = doc[j - 1] if j > i else None
    if (
        label != "PERSON"
        and j - i >= 2
        and last is not None
        and last.is_lower
        and last.lower_ in lex.place_heads
        and last.head.i >= j  # "the Pacific island nation": "island" describes; not "the Korean peninsula"
    ):
        j -= 1
    if j - i >= 3 and doc[i + 1].text in ("-", "–") and f"{doc[i].lower_}-" in lex.prefixes:
        i += 2
    # "the Critics' Circle": the model often leaves a plural possessive out of the name
    if label in ("ORG", "LOC", "FAC") and i >= 2 and doc[i - 1].text in ("'", "’") and doc[i - 2].tag_ == "NNPS":
        i -= 2
    first = i
    honorific = False
    if label == "PERSON":
        while j - i >= 2 and (doc[j - 1].lower_ in lex.generational or doc[j - 1].text == ","):
            j -= 1  # "Joseph R. Biden Jr."
        for k in range(j - 2, i - 1, -1):  # "Green Party’s Jill Stein": the name after the possessive
            if doc[k].tag_ == "POS":
                first = i = k + 1
                break
        while j - i >= 2 and (
            doc[i].lower_ in lex.honorifics or doc[i].lower_ in lex.titles or doc[i].lower_ in lex.title_modifiers
        ):
            honorific = honorific or doc[i].lower_ in lex.honorifics
            i += 1
    return (first, i, j, honorific) if i < j else None


#: A wire dateline at the start of a paragraph: a place in capitals of one word or more, with
#: a state, country or date after a comma and an agency in brackets ("ST. PAUL, Minn. --",
#: "SALT LAKE CITY —", "LOS ANGELES, Sept. 28 (UPI) —").
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’]*(?:\s+|-))*[A-Z][A-Z.'’]+"
    r"(?P<more>,\s*[A-Z][A-Za-z]+\.?(?:\s+(?:[A-Z][a-z]+\.?|\d{1,2}))?)?\s*(?:\([A-Za-z. ]+\)\s*)?"
    r"(?:[—―–]|--|-\s|(?P<colon>:\s))"
)


def _in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] lies in the dateline that opens its paragraph (of more than one
    word: a lone "NASA —" may be the subject; a lone "DHAKA:" is a dateline)."""
    p = start
    while p > 0 and not doc[p - 1].is_space and start - p < 8:
        p -= 1
    if p > 0 and not doc[p - 1].is_space:
        return False
    m = _DATELINE.match(doc.text, doc[p].idx)
    if m is None or doc[end - 1].idx + len(doc[end - 1].text) > m.end():
        return False
    # "DHAKA: …" (a colon, as Dawn and AFP write it) is a dateline even of one word
    return bool(m.group("more")) or bool(m.group("colon")) or len(m.group(0).split()) > 2


_PARTIES = frozenset({"D", "R", "I"})
_HYPHENS = frozenset({"-", "–"})


def _party_state(doc: Doc, i: int, j: int) -> bool:
    """Whether doc[i:j] is the state of a US lawmaker's party tag ("D-Wash.", "R-Ky."), as
    news agencies write it after the name."""
    if j - i >= 3 and doc[i].text in _PARTIES and doc[i + 1].text in _HYPHENS:
        return True  # the model took "D-Wash." whole
    if (
        i >= 2
        and doc[i - 1].text == "("
        and doc[i - 2].ent_type_ == "PERSON"
        and any(t.text == ")" for t in doc[j : j + 2])
        and (doc[j - 1].text.endswith(".") or (j < len(doc) and doc[j].text == "."))
    ):
        return True  # "Sen. Bernie Sanders (Vt.)": the state alone, abbreviated, in brackets
    return i >= 2 and doc[i - 1].text in _HYPHENS and doc[i - 2].text in _PARTIES and not doc[i - 2].whitespace_


def _is_noise(text: str, label: str, tokens: list[Token], lex: Lexicon) -> bool:
    key = norm(text)
    if len(key) < 2 or not any(c.isalpha() for c in text) or text == text.lower():
        return True
    if (key in lex.epithets and key not in lex.epithet_of) or key in lex.noise_words or _BAD_CHARS.search(text):
        return True
    if _CODE_NAME.search(text) or _INTO_QUOTE.search(text):
        return True  # "…posted on X. “IHL (international humanitarian law) …": a name run into a quotation
    if label != "PERSON" and len(tokens) == 1 and text.isupper() and len(text) >= 6 and text.endswith("LY"):
        return True  # "the Ceasefire will be IMMEDIATELY effective": an adverb in capitals for emphasis
    if len(tokens) > 1 and (
        tokens[0].lower_ in lex.non_actor_first or f"{tokens[0].lower_} {tokens[1].lower_}" in lex.non_actor_first
    ):
        return True  # "Cyclone Ditwah", "Hurricane Milton": a weather system
    if label != "PERSON" and len(tokens) > 1:
        last = tokens[-1].lower_
        two = f"{tokens[-2].lower_} {last}"
        if last in lex.non_actor_heads or two in lex.non_actor_heads:
            return True
    if label == "PERSON":
        if any(c.isdigit() for c in text) or len(tokens) > 5:
            return True
        first, last = tokens[0], tokens[-1].lower_
        if len(tokens) > 1 and last in lex.non_actor_heads and (first.is_upper or norm(first.text) in lex.noise_words):
            return True  # "MSN Messenger", "Windows Messenger": a product the model took for a person
        if len(key.replace(".", "")) <= 2 and not (text.isalpha() and text.istitle()):
            return True  # "P." is an initial; "Xi", "Wu", "Li" are surnames
        # "Shakespearean performer": a capitalised word plus common nouns is no name;
        # "Ban Ki-moon", "Lai Ching-te": a lower-case part after a hyphen is part of a given name
        if any(t.is_lower and t.lower_ not in lex.particles and not _after_hyphen(t) for t in tokens):
            return True
    return False


def _after_hyphen(t: Token) -> bool:
    return t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ and not t.nbor(-2).whitespace_


def _prefix(span_root: Token, first: int, name_start: int, lex: Lexicon) -> tuple[str, str, int, bool]:
    """Role words attached to a name: "Russian President" in "Russian President Vladimir
    Putin", "Mr" in "Mr Beith", "managing director" in "…managing director Tim Osborne".
    Returns (text, head noun, first token, adjacent to the name)."""
    doc = span_root.doc
    # not a sentence-opening connective the parser hung on the name ("Nevertheless Mason thinks")
    lefts = [c for c in span_root.lefts if c.i < first and not (c.is_sent_start and c.lower_ in CONNECTIVES)]
    lo = min([c.left_edge.i for c in lefts] + [first])
    if lo == first and span_root.dep_ == "appos" and span_root.head.i < first:
        # "the German publication Zeit Online": the appositive head noun phrase
        head = span_root.head
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ == "":
            text, role_head, start = _trim(doc[head.left_edge.i : head.i + 1], lex)
            return text, role_head, start, False
    if lo >= name_start:
        return "", "", -1, False
    text, role_head, start = _trim(doc[lo:name_start], lex)
    return text, role_head, start, True


def _trim(span: Span, lex: Lexicon) -> tuple[str, str, int]:
    """The role text of a prefix span, its head noun and first token ("", "", -1 if no role)."""
    toks = list(span)
    while toks and (toks[0].is_punct or toks[0].lower_ in _LEAD_DROP or toks[0].dep_ in ("det", "preconj")):
        toks = toks[1:]
    for k in range(len(toks) - 1, -1, -1):  # cut at a comma or bracket inside the prefix
        if toks[k].is_punct and toks[k].text not in (".", "-", "'", "’"):
            toks = toks[k + 1 :]
            break
    if not toks or any(t.pos_ in ("VERB", "AUX", "PRON") and t.tag_ != "VBG" for t in toks):
        return "", "", -1
    last = toks[-1]
    head = last.lower_ if last.pos_ == "NOUN" or last.lower_ in lex.titles else ""
    return "".join(t.text_with_ws for t in toks).strip(), head, toks[0].i


def _mention(doc: Doc, start: int, end: int, label: str, sid: int, di: int, lex: Lexicon) -> Mention | None:
    """The cleaned mention of the entity doc[start:end], or None if it is noise."""
    cleaned = _clean(doc, start, end, label, lex)
    if cleaned is None or _in_title_quote(doc, start, end):
        return None
    first, i, j, honorific = cleaned
    at_paragraph_start = i == 0 or doc[i - 1].is_space
    dateline = at_paragraph_start and doc[i].is_upper and j < len(doc) and doc[j].text in _DATELINE_NEXT
    if dateline and label in ("GPE", "LOC"):
        return None  # "WASHINGTON ― …", "WASHINGTON (AP) — …": a dateline, not an actor
    if _in_dateline(doc, start, end):
        return None  # "ST. PAUL, Minn. -- …", "SALT LAKE CITY — …": the place of the report
    if i >= 2 and doc[i - 1].lower_ == "in" and doc[i - 2].lower_ == "published":
        return None  # "Published in Dawn, October 6th, 2025": the paper's credit line, not the story
    if label in ("GPE", "LOC") and _party_state(doc, i, j):
        return None  # "Mitch McConnell, R-Ky.", "Rep. Pramila Jayapal, D-Wash.": a lawmaker's party and state
    if (
        label in ("PERSON", "ORG")
        and j < len(doc)
        and doc[j].lower_ in lex.person_bodies
        and doc[j - 1].dep_ == "compound"
        and doc[j - 1].head.i == j
        and all(t.is_title for t in doc[i:j])
        and lex.lookup(doc[i:j].text) is None
        and not any(t.lower_ in lex.body_heads or t.lower_ in lex.org_suffixes for t in doc[i:j])
    ):
        # "the Trump administration", "the Clinton campaign": a body, apart from the person (not
        # "the Labour government", "the Awami League government": the party's own name)
        j, label = j + 1, "ORG"
    name_span = doc[i:j]
    text = name_span.text
    if label == "PERSON" and j - i >= 2 and doc[j - 1].is_title and doc[j - 1].lower_ in lex.body_heads:
        label = "ORG"  # "the George W. Bush Presidential Center": a body named after a person; "the Financial Times"
    if _is_noise(text, label, list(name_span), lex):
        return None
    root = name_span.root
    if root.dep_ == "compound" and root.head.lower_ in lex.non_actor_heads:
        return None  # "the Zafi virus", "the Brexit vote": a name qualifying no actor
    if label != "PERSON" and (_is_index(doc, text, j, lex) or _is_portfolio(doc, first, text, lex)):
        return None
    subject, speaker = roles(root, lex)
    prefix, role_head, prefix_start, adjacent = ("", "", -1, False)
    if label in ("PERSON", "ORG"):
        prefix, role_head, prefix_start, adjacent = _prefix(root, first, i, lex)
    if prefix and any(t.lower_ in lex.honorifics for t in doc[first:i]):
        honorific = True
    role = norm(prefix)
    if adjacent and prefix:  # "Supreme Leader Ayatollah": the role is "supreme leader"
        toks = list(doc[prefix_start:i])
        while len(toks) > 1 and toks[-1].lower_ in lex.honorifics:
            toks.pop()
        if len(toks) < i - prefix_start:
            last = toks[-1]
            role = norm(doc[toks[0].i : last.i + 1].text)
            role_head = last.lower_ if last.pos_ == "NOUN" or last.lower_ in lex.titles else ""
    surface = text
    if adjacent and prefix and len(prefix.split()) <= 3:
        inner = doc[prefix_start:i]
        if not any(t.tag_ == "POS" or (t.ent_type_ in ("PERSON", "ORG") and t.i < first) for t in inner):
            surface = f"{prefix} {text}"  # "Mr Beith", "Russian President Vladimir Putin"
    if label == "PERSON" and j < end and doc[j].lower_ in lex.generational:
        surface = f"{surface} {doc[j].text}"  # "Robert F Kennedy Jr": the name as written stays an alias
    return Mention(
        sid=sid,
        doc=di,
        start=i,
        end=j,
        surface=surface,
        name=text,
        label=label,
        tokens=tuple(t.text for t in name_span),
        subject=subject,
        speaker=speaker,
        governmental=governmental(root, lex),
        locative=_locative(root),
        prefix=prefix,
        role_head=role_head,
        prefix_start=prefix_start,
        honorific=honorific,
        the=first > 0 and doc[first - 1].lower_ == "the",
        entourage=root.dep_ == "compound" and root.head.i >= j and root.head.lower_ in lex.entourage_heads,
        role=role,
        kind_hint=_kind_hint(name_span, first, label, lex),
        qualifies=root.dep_ in ("compound", "nmod") and root.head.lower_ in lex.product_heads,
    )


def _is_index(doc: Doc, text: str, end: int, lex: Lexicon) -> bool:
    """ "the FTSE 100", "S&P 500", "the Hang Seng index": a stock-market index, not a body."""
    key = norm(text)
    if key not in lex.indices:
        return False
    if any(c.isdigit() for c in key):
        return True
    return end < len(doc) and (doc[end].like_num or doc[end].lower_ in ("index", "indices", "average", "composite"))


def _is_portfolio(doc: Doc, first: int, text: str, lex: Lexicon) -> bool:
    """ "State Minister for National Development Planning": the name is a portfolio."""
    if first < 2 or doc[first - 1].lower_ not in ("for", "of") or lex.lookup(text) is not None:
        return False
    return doc[first - 2].lower_ in lex.portfolio_titles and doc[first].ent_type_ == "ORG"


def _kind_hint(name: Span, first: int, label: str, lex: Lexicon) -> str:
    """What the context says the name is: "Kemi Badenoch, the leader of…" and "his wife,
    ex-model Sandra" are people, "car firm Carfax" is an organisation, "Al Alam Palace" a
    place, "Keith Lamont Scott" (a given name first) a person."""
    doc, root = name.doc, name.root
    appos = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < name.start:
        appos.append(root.head)
    if label in ("GPE", "LOC") and len(name) == 1:
        appos = []  # "In Tulsa, an unarmed man with his hands in the air": the parser's appositive
    before = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < first]
    words = {t.lower_ for t in name}
    corporate = bool(words & (lex.institutions | lex.org_suffixes | lex.org_heads))
    for n in appos + before:
        either = _EITHER_ROLES if n in before else _EITHER_APPOS  # "majority owner Menatep Group"
        if n.lower_ in _GENERIC_PEOPLE or n.lemma_.casefold() in either:
            continue
        if n in before and n.lower_ in lex.positions and n.i == first - 1:
            return "person"  # "Clippers center Mason Plumlee": a player's position right before the name
        if (n.lemma_.casefold() in lex.person_nouns or n.lower_ in lex.person_nouns) and not corporate:
            return "person"
        if n.lemma_.casefold() in lex.org_nouns or n.lower_ in lex.org_nouns:
            return "organization"
    head = root.head
    if (
        root.dep_ == "compound"
        and head.i == name.end
        and head.is_lower
        and head.lower_ in lex.area_nouns
        and head.dep_ != "compound"
    ):
        return "place"  # "northern Uttar Pradesh state", "the Rafah crossing", "the Hilton Head area"
    if _age_follows(doc, name.end):
        return "person"  # "Selvi, 46, a resident of …": an age after the name
    last = name[-1]
    if len(name) >= 2 and name.text.endswith(lex.team_endings):
        return "organization"  # "the Miami Heat", "the Oklahoma City Thunder", tagged as places
    if len(name) >= 2 and last.lower_ in lex.place_heads:
        return "place"
    if len(name) == 2 and name[0].lower_ in lex.noble and last.is_title:
        return "person"  # "Prince Louis", "Princess Charlotte", tagged as places
    if label != "ORG" and len(name) >= 2 and last.is_title and last.lower_.rsplit("-", 1)[-1] in lex.media_heads:
        return "organization"  # "Kyodo News", "the Las Vegas Review-Journal": an outlet, tagged as a person or place
    if label != "ORG" and len(name) >= 2 and any(t.is_title and t.lower_ in lex.org_heads for t in name[1:]):
        # "Harvard T.H. Chan School of Public Health", tagged as a place: a body's own word
        # (titles.json org_heads) inside the name
        return "organization"
    if len(name) >= 3 and name[0].lower_ in lex.institutions and name[1].lower_ in ("of", "for"):
        return "organization"  # "Department of Veterans Affairs", "Ministry of Defence"
    if label == "PERSON" and len(name) >= 2 and last.tag_ == "NNPS":
        return "organization"  # "the Charlotte Panthers", "the Minnesota Vikings"
    the = first > 0 and doc[first - 1].lower_ == "the"
    if (
        2 <= len(name) <= 3
        and not the
        and name[0].lower_ in lex.first_names
        and all(t.is_title for t in name)
        and not words & (lex.institutions | lex.org_suffixes | lex.org_nouns | lex.place_heads)
    ):
        return "person"
    return ""


def _age_follows(doc: Doc, end: int) -> bool:
    """ "Selvi, 46, a resident", "Ahmed (34) said": an age right after a name, as reporters write it."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "(") or not doc[end + 1].text.isdigit():
        return False
    closing = ")" if doc[end].text == "(" else ","
    return 1 <= int(doc[end + 1].text) <= 110 and doc[end + 2].text == closing


def _org_title_person(doc: Doc, ent: Span, lex: Lexicon) -> list[tuple[int, int, str]]:
    """ "Kura Home Maintenance Owner Daniel Felts" taken whole as an organisation: the
    company, its title and a person's name after it (two or three capitalised words)."""
    for k in range(ent.start + 1, ent.end - 2):
        if doc[k].lower_ in lex.titles and 2 <= ent.end - k - 1 <= 3 and all(t.is_title for t in doc[k + 1 : ent.end]):
            return [(ent.start, k, "ORG"), (k + 1, ent.end, "PERSON")]
    return []


def _qualified_org(doc: Doc, ent: Span, lex: Lexicon) -> list[tuple[int, int, str]]:
    """ "European Nato troops", "non-US Nato troops": a place qualifying a known
    organisation; the organisation is the actor (the qualifier names no one)."""
    for k in range(ent.start + 1, ent.end):
        org = lex.lookup(doc[k : ent.end].text)
        if org is None or org[1] != "org":
            continue
        qualifier = doc[ent.start : k].text
        for prefix in ("non-", "non"):
            if qualifier.casefold().startswith(prefix):
                qualifier = qualifier[len(prefix) :].strip()
        q = lex.lookup(qualifier)
        if q is not None and q[0].kind == "place" and q[1] in ("demonym", "name"):
            return [(k, ent.end, "ORG")]
        return [(ent.start, ent.end, "ORG")]
    return [(ent.start, ent.end, "ORG")]


def _split_norp(doc: Doc, ent: Span, lex: Lexicon) -> list[tuple[int, int, str]]:
    """spaCy's "Russian Irina Shevchenko" (NORP) is a demonym and a name; "Scottish
    Executive" missed as an organisation is a demonym and an institution."""
    if lex.lookup(ent.text) is not None:  # "African American" is a group, not "African" + a name
        return [(ent.start, ent.end, ent.label_)]
    k = ent.start
    while k < ent.end and (hit := lex.lookup(doc[ent.start : k + 1].text)) is None:
        k += 1
    if k >= ent.end - 1 or hit is None or hit[1] != "demonym":
        return [(ent.start, ent.end, ent.label_)]
    rest = doc[k + 1 : ent.end]
    if all(t.is_title for t in rest):
        return [(ent.start, k + 1, "NORP"), (k + 1, ent.end, "PERSON")]
    return [(ent.start, ent.end, ent.label_)]


def _institution(doc: Doc, ent: Span, lex: Lexicon) -> tuple[int, int] | None:
    """(start, end) of "Scottish Executive" when a demonym entity is followed by a
    capitalised institution word the model left out of any entity."""
    j = ent.end
    while j < len(doc) and doc[j].is_title and doc[j].ent_iob_ == "O" and doc[j].pos_ == "PROPN":
        j += 1
    if j == ent.end:
        return None
    words = doc[ent.end : j].text.casefold()
    if words not in lex.institutions or (j < len(doc) and doc[j].ent_type_ == "PERSON"):
        return None
    return ent.start, j


_HASHTAG = re.compile(r"(?<![\w&])#((?:[A-Z][a-z]+){2,})(?!\w)")


def entity_mentions(parsed: Parsed, lex: Lexicon | None = None) -> list[Mention]:
    """Mentions from spaCy's named entities (cleaned and mended), in document order."""
    from spacy.tokens import Span  # here, not at import: a cached outline never loads spaCy

    lex = lex or lexicon()
    out: list[Mention] = []
    defined, noise_acronyms = _acronym_definitions(parsed, lex)
    # "#NoWords": a run-together hashtag, and the same word written elsewhere, is a slogan,
    # not an actor ("#Trump" stays Trump)
    slogans = {norm(tag) for tag in _HASHTAG.findall(parsed.article.text) if lex.lookup(tag) is None}
    not_actors = noise_acronyms | slogans
    heading: dict[int, int] = {}
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        doc = span.doc
        if di not in heading:
            heading[di] = _heading_end(doc, lex)
        found: list[Mention] = []
        for ent in _mended_ents(span, heading[di]):
            label = ent.label_
            if label == "PRODUCT":
                # "F-Secure's anti-virus team": a product does not own teams; a company does
                if not (ent.end < len(doc) and doc[ent.end - 1].tag_ == "POS" or roles(ent.root, lex)[1]):
                    continue
                label = "ORG"
            elif label not in ACTOR_LABELS:
                continue
            if (
                label != "PERSON"
                and len(ent) > 1
                and ent[0].lower_ in lex.honorifics
                and ent[-1].lower_ not in lex.place_heads  # not "Sheikh Zayed Road"
            ):
                label = "PERSON"  # "Mr Aurangzeb" tagged as an organisation: an honorific names a person
            if label in ("NORP", "ORG") and (left := _extend_left(doc, ent, lex)) is not None:
                ent = Span(doc, left, ent.end, label=label)  # "Liberal" + "Democrats"
            pair = _hyphen_pair(doc, ent, label, lex, parsed.text)
            if pair is not None:
                for start, end, lab in pair:  # "the strained Trump-Netanyahu rapport": two actors
                    if (m := _mention(doc, start, end, lab, sid, di, lex)) is not None:
                        found.append(m)
                continue
            pieces = _split_possessive(doc, ent, label, lex)
            extended = _extend_to_table(doc, ent, lex) if len(pieces) == 1 else None
            if extended is not None:
                pieces = [(ent.start, extended, "GPE")]
            elif label == "NORP" and len(pieces) == 1:
                inst = _institution(doc, ent, lex)
                pieces = [(*inst, "ORG")] if inst else _split_norp(doc, ent, lex)
            elif label == "ORG" and len(pieces) == 1:
                pieces = _org_title_person(doc, ent, lex) or _qualified_org(doc, ent, lex)
            for start, end, lab in pieces:
                m = _mention(doc, start, end, lab, sid, di, lex)
                if m is not None and not (not_actors and norm(m.name) in not_actors):
                    found.append(m)
        for full in defined.get(sid, ()):
            # "Athletics Kenya (AK)": the defined name replaces the pieces the model saw in it
            found = [m for m in found if not (m.doc == full.doc and full.start <= m.start and m.end <= full.end)]
            found.append(full)
        out.extend(found)
        out.extend(_honorific_names(span, sid, di, lex))
        out.extend(_untagged_speakers(span, sid, di, lex))
    out.sort(key=lambda m: (m.sid, m.start))
    return out


def _mended_ents(span: Span, heading_end: int) -> list[Span]:
    """The sentence's entities without those inside a sub-heading, cut where one runs
    into the text after it, and with two adjacent PERSON entities joined ("Susilo
    Bambang" + "Yudhoyono")."""
    from spacy.tokens import Span

    doc = span.doc
    out: list[Span] = []
    for ent in span.ents:
        if ent.end <= heading_end:
            continue
        if ent.start < heading_end:
            ent = Span(doc, heading_end, ent.end, label=ent.label_)
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start:
            # "Brevard County Sheriff" + "Wayne Ivey": a role before the name is no name
            role = prev[-1].lower_ in lexicon().titles
            out[-1] = ent if role else Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _titled(t: Token) -> bool:
    return t.is_title or t.is_upper or t.like_num or (t.is_stop and t.is_lower)


def _heading_end(doc: Doc, lex: Lexicon) -> int:
    """End of a sub-heading at the start of a paragraph: the whole paragraph when it is a
    few capitalised words without a finite verb ("Gender Equality."), or a capitalised
    run before a colon ("Veto Power Impedes Peace Efforts: Eliminating …"). A person's
    name alone ("John Gorra.", "Mr Putin: …") is no heading: it is a signature or a speaker."""
    head = list(doc[: min(len(doc), 14)])
    if len(doc) <= 14:
        words = [t for t in head if not (t.is_punct or t.is_space)]
        quoted = any(t.text in _OPEN_QUOTES | _CLOSE_QUOTES for t in head)  # "Thank you, America."
        plain = not quoted and not any(t.tag_ in _FINITE for t in words)
        if words and len(words) <= 6 and plain and all(_titled(t) for t in words):
            people = [e for e in doc.ents if e.label_ == "PERSON"]
            signed = any(
                e.start <= words[0].i and words[-1].i < e.end and e[0].lower_ in lex.first_names for e in people
            )
            if not signed:
                return len(doc)
    colon = next((k for k, t in enumerate(head) if t.text == ":"), None)
    if colon is None:
        return 0
    before = [t for t in head[:colon] if not (t.is_punct or t.is_space)]
    if 2 <= len(before) <= 10 and all(_titled(t) and t.tag_ != "POS" for t in before):
        if not any(e.label_ == "PERSON" and e.end == colon for e in doc.ents):
            return colon + 1
    return 0


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_GENERIC_PEOPLE = {"man", "woman", "boy", "girl", "men", "women", "people", "person"}
#: Role nouns said of people and of bodies alike ("majority owner Menatep Group").
_EITHER_ROLES = {
    "owner",
    "investor",
    "parent",
    "champion",
    "player",
    "leader",
    "trader",
    "defender",
    "rival",
    "victim",
    "survivor",
    "organiser",
    "organizer",
    "neighbour",
    "neighbor",
    "resident",
    "runner",
    "candidate",
    "member",
}
#: In apposition ("Kemi Badenoch, the leader of the Conservative Party") most of them name a person.
_EITHER_APPOS = {"owner", "investor", "parent", "rival", "member", "champion", "player"}
_ACR_JOINERS = {"of", "and", "for", "the", "&", "'s", "’s", "de", "du", "des", "la", "le", "on", "in", "-"}


def _acronym_like(text: str) -> bool:
    return (
        2 <= len(text) <= 10
        and text[0].isupper()
        and sum(c.isupper() for c in text) >= 2
        and all(c.isalnum() or c in "&.-" for c in text)
    )


def _acronym_definitions(parsed: Parsed, lex: Lexicon) -> tuple[dict[int, list[Mention]], frozenset[str]]:
    """Names the text defines an acronym for ("the Office for Budget Responsibility (OBR)",
    "Standard & Poor's (S&P)"): sentence id → the name's mention (carrying the acronym),
    and the acronyms of names that are no actor ("Internet Explorer (IE)")."""
    defined: dict[int, list[Mention]] = {}
    noise: set[str] = set()
    for sid, span in enumerate(parsed.spans):
        doc = span.doc
        for tok in span:
            p = tok.i
            if tok.text != "(" or p + 2 >= span.end or doc[p + 2].text != ")" or not _acronym_like(doc[p + 1].text):
                continue
            acr = doc[p + 1].text
            letters = "".join(c for c in acr if c.isalpha()).casefold()
            start = None
            for s in range(p - 1, max(span.start, p - 10) - 1, -1):
                t = doc[s]
                if not (t.is_title or t.is_upper or t.lower_ in _ACR_JOINERS):
                    break
                if not t.text[:1].isupper() or t.lower_ == "the":
                    continue
                caps = "".join(w.text[0] for w in doc[s:p] if w.text[:1].isupper() and w.lower_ != "the")
                every = "".join(w.text[0] for w in doc[s:p] if w.text[:1].isalpha() and w.lower_ not in ("the", "s"))
                if letters in (caps.casefold(), every.casefold()):
                    start = s
                    break
            if start is None:
                continue
            label = next((e.label_ for e in span.ents if e.start <= start and p <= e.end), "ORG")
            m = _mention(doc, start, p, label if label in ACTOR_LABELS else "ORG", sid, parsed.span_docs[sid], lex)
            if m is None:
                noise.add(norm(acr))
                continue
            m.acronym = norm(acr)
            defined.setdefault(sid, []).append(m)
    return defined, frozenset(noise)


def _extend_left(doc: Doc, ent: Span, lex: Lexicon) -> int | None:
    """Start of "Liberal Democrats" when the model tagged only "Democrats": one or two
    capitalised words before the entity that make it a longer table name."""
    for k in (1, 2):
        s = ent.start - k
        if s < 0 or not doc[s].is_title or doc[s].ent_iob_ != "O":
            return None
        hit = lex.lookup(doc[s : ent.end].text)
        if hit is not None and hit[1] in ("name", "group", "org"):
            return s
    return None


def _split_possessive(doc: Doc, ent: Span, label: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """ "the Green Party’s Jill Stein" (one entity) is the party and, after the possessive,
    a person when two or three capitalised words that name no institution follow."""
    for k in range(ent.end - 2, ent.start, -1):
        if doc[k].tag_ != "POS":
            continue
        rest = doc[k + 1 : ent.end]
        words = {t.lower_ for t in rest}
        person = 2 <= len(rest) <= 3 and all(t.is_title for t in rest)
        person = person and not words & (lex.institutions | lex.org_suffixes | lex.non_actor_heads)
        event = rest[-1].lower_ in lex.non_actor_heads  # "Theatregoers' Choice Awards": the owner stays
        if person or event or lex.lookup(doc[ent.start : k].text) is not None:
            return [(ent.start, k, label), (k + 1, ent.end, "PERSON" if person else label)]
        if label == "PERSON" and len(rest) == 1 and _owner_named(doc[ent.start : k], lex):
            # "Mark Zuckerberg’s Meta", "Jetten’s D66", "Lee-Ann Olwage’s CV": the person
            # owns the word after, which is a body at most (once named, it is dropped as noise)
            hit = lex.lookup(rest.text)
            return [(ent.start, k, label), (k + 1, ent.end, "GPE" if hit and hit[0].kind == "place" else "ORG")]
        break  # "the People's Liberation Army", "McDonald's Corp": one name
    return [(ent.start, ent.end, label)]


def _hyphen_pair(doc: Doc, ent: Span, label: str, lex: Lexicon, text: str) -> list[tuple[int, int, str]] | None:
    """The two actors of "Trump-Netanyahu" or "U.S.-Mexico" (one entity, in "the Trump-Netanyahu
    rapport", "the U.S.-Mexico border"), or None: each side is a known place or body, or a
    name of three letters or more the article also writes alone ("Ocasio-Cortez" is one
    name; "Zafi-D" a virus). A pair written as one token ("U.S.-Mexico") gives no actor:
    its sides cannot be cut out of it."""
    if len(ent) == 3 and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_:
        sides = [ent[0].text, ent[2].text]
    elif len(ent) == 1 and ent.text.count("-") == 1:
        sides = ent.text.split("-")
    else:
        return None
    if label == "NORP":
        return None  # "African-Americans": one group
    labels = []
    for side in sides:
        if not side[:1].isupper():
            return None
        hit = lex.lookup(side)
        if hit is not None and hit[1] == "name":
            labels.append("GPE" if hit[0].kind == "place" else "ORG")
        elif (
            label == "PERSON" and len(side) > 2 and len(re.findall(rf"(?<![\w-]){re.escape(side)}(?![\w-])", text)) >= 1
        ):
            labels.append("PERSON")
        else:
            return None
    if len(ent) == 1:
        return []
    return [(ent.start, ent.start + 1, labels[0]), (ent.start + 2, ent.end, labels[1])]


def _owner_named(before: Span, lex: Lexicon) -> bool:
    """Whether the words before a possessive in a PERSON entity can name its owner: capitalised,
    no known place or body, no body's word ("Glasgow’s KeanuCon", "the Green Party’s …")."""
    if lex.lookup(before.text) is not None:
        return False
    return all(t.text[:1].isupper() for t in before) and not any(t.lower_ in lex.body_words for t in before)


def _extend_to_table(doc: Doc, ent: Span, lex: Lexicon) -> int | None:
    """End of "St Kitts and Nevis" when the model cut a table name short ("St Kitts and")."""
    if lex.lookup(ent.text) is not None:
        return None
    for k in range(1, 4):
        end = ent.end + k
        if end > len(doc) or not (doc[end - 1].is_title or doc[end - 1].lower_ in ("and", "of", "the")):
            return None
        hit = lex.lookup(doc[ent.start : end].text)
        if hit is not None and hit[1] == "name":
            return end
    return None


def _bare_name_word(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.is_title and t.ent_iob_ == "O"


def _untagged_speakers(span: Span, sid: int, di: int, lex: Lexicon) -> list[Mention]:
    """ "Hugo Lueders, European director at CompTIA, said": a two- or three-word
    capitalised name the model did not tag, that speaks."""
    out: list[Mention] = []
    doc = span.doc
    for tok in span:
        if tok.dep_ != "nsubj" or tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        start = tok.i
        while start > span.start and _bare_name_word(doc[start - 1]):
            start -= 1
        if not 2 <= tok.i + 1 - start <= 3 or not roles(tok, lex)[1]:
            continue
        words = doc[start : tok.i + 1]
        if any(lex.lookup(t.text) or t.lower_ in lex.titles or t.lower_ in lex.honorifics for t in words):
            continue
        m = _mention(doc, start, tok.i + 1, "PERSON", sid, di, lex)
        if m is not None:
            out.append(m)
    return out


def _honorific_names(span: Span, sid: int, di: int, lex: Lexicon) -> list[Mention]:
    """ "Mr Gschwind", "Dame Judi Dench": capitalised names after an honorific that
    the model did not tag."""
    out: list[Mention] = []
    doc = span.doc
    for tok in span:
        if tok.lower_ not in lex.honorifics or not tok.is_title or tok.ent_iob_ != "O":
            continue
        j = tok.i + 1
        while j < span.end and j - tok.i <= 3 and doc[j].is_title and doc[j].ent_iob_ == "O" and doc[j].pos_ == "PROPN":
            j += 1
        if j > tok.i + 1:
            m = _mention(doc, tok.i, j, "PERSON", sid, di, lex)
            if m is not None:
                m.honorific = True
                out.append(m)
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
        doc = span.doc
        for tok in span:
            low = tok.lower_
            if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_iob_ != "O":
                continue
            is_group, is_agent = low in lex.group_nouns, low in lex.agent_nouns
            if not (is_group or is_agent):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")]
            lo = min([c.left_edge.i for c in mods] + [tok.i])
            while lo < tok.i and (doc[lo].tag_ in _QUANT_TAGS or doc[lo].is_punct):
                lo += 1
            if any(t.pos_ not in _GROUP_MOD_POS for t in doc[lo : tok.i]):
                lo = tok.i  # "To be infected users": keep the noun alone
            for k in range(tok.i - 1, lo - 1, -1):  # "BRUSSELS - European leaders": cut at a dash
                if doc[k].is_punct and (doc[k].text != "-" or doc[k].whitespace_):
                    lo = k + 1
                    break
            subject, speaker = roles(tok, lex)
            owner: tuple[int, int] | None = None
            table: str | None = None
            if is_agent:
                prev = doc[tok.i - 1] if tok.i > span.start else None
                if prev is not None and prev.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and prev.dep_ != "poss":
                    lo = min(lo, prev.i)  # "Tulsa police released…", however the parser attached "Tulsa"
                for t in doc[lo : tok.i]:
                    if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
                        owner = (di, t.i)
                    elif t.ent_type_ == "" and t.text[:1].isupper():
                        owner = owner or (di, t.i)  # kept only if it is a name the article uses
                        hit = lex.lookup(t.text)
                        if hit and hit[1] in ("name", "demonym", "seat"):
                            table = hit[0].key
            else:
                owner = _group_owner(doc, lo, tok.i, di, lex)
            acting = is_group and acts(tok)
            if owner is None and table is None and not acting:
                continue
            out.append(
                Mention(
                    sid=sid,
                    doc=di,
                    start=lo,
                    end=tok.i + 1,
                    surface=doc[lo : tok.i + 1].text,
                    name=low,
                    label="AGENT" if (owner or table) else "GROUP",
                    tokens=(tok.text,),
                    subject=subject or acting,
                    speaker=speaker,
                    owner=owner,
                    table=table,
                )
            )
    return out


def _group_owner(doc: Doc, lo: int, head: int, di: int, lex: Lexicon) -> tuple[int, int] | None:
    """The named body a group belongs to: "Houthi rebels" (a people the tables do not
    know), "NYPD officers" (an acronym or a known organisation). Demonyms of countries
    ("Chinese students") and parties ("Democratic voters") leave the group a group."""
    for t in doc[lo:head]:
        if t.ent_type_ == "NORP" and lex.lookup(t.text) is None:
            return (di, t.i)
        if t.ent_type_ == "ORG" and (t.is_upper and len(t.text) >= 2 or (lex.lookup(t.text) or (None, ""))[1] == "org"):
            return (di, t.i)
    return None


def descriptions(parsed: Parsed, heads: frozenset[str] | set[str]) -> list[Description]:
    """Definite noun phrases ("the Russian president", "the mayor") headed by one of
    `heads` (the role nouns the article gave named actors): candidates for role
    descriptions. One pass over the tokens, no noun-chunk iteration."""
    out: list[Description] = []
    for sid, span in enumerate(parsed.spans):
        di = parsed.span_docs[sid]
        doc = span.doc
        for tok in span:
            if tok.lower_ not in heads or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
                continue
            if tok.ent_type_ in ("PERSON", "ORG") or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
                continue  # "the president of the club" names someone else
            lefts = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "npadvmod")]
            if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in ("the", "this"):
                continue
            start = lefts[0].i
            if start < span.start or any(t.ent_type_ == "PERSON" for t in doc[start : tok.i]):
                continue
            rest = doc[start + 1 : tok.i + 1]
            out.append(Description(sid, di, start, tok.i + 1, doc[start : tok.i + 1].text, norm(rest.text), tok.lower_))
    return out
