"""Outlook: forward-looking statements sorted into short, medium and long term.

One pass over the sentences. A sentence is forward-looking when it has a forward marker
(`forward.py`: will, is expected to, plans to, may, would in reported speech…) that is
not cancelled by a past context, or a time expression that points ahead by itself
(`timex.py`: "next week", "by 2030", "in the long term"). Its horizon comes from the
farthest future time expression it holds, resolved against the publication date; a
sentence without one inherits the horizon of an earlier cue in the same paragraph while
the thought continues (see `CARRY_GAP`), and is otherwise `unspecified`.
See docs/outlook.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from . import confidence
from .forward import (
    Marker,
    advice,
    expecting,
    markers,
    meta_note,
    question,
    would_do_well,
)
from .grammar import (
    ancestors,
    aux_tense,
    clause_verb,
    finite_tense,
    in_condition,
    in_reported_speech,
    quoted_tokens,
    reporting_verb,
    scheduled_for,
    scheduling_participle,
    under,
)
from .timex import Timex, find_timexes, lexicon
from .words import event_nouns, futurate_phrases, habitual_adverbs, recent_past, travel_words, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...nlp.parse import Parsed

Horizon = Literal["short", "medium", "long", "unspecified"]
HORIZONS: tuple[Horizon, ...] = ("short", "medium", "long", "unspecified")

AVAILABLE = True

#: A carried horizon survives at most this many sentences that are not forward-looking
#: between the cue and the sentence that inherits it (0: they must follow each other).
CARRY_GAP = 0
#: A sentence anchored more than this many days before publication ("In a 2013 memo …")
#: is history, whatever its verbs, unless it also points ahead ("… by 2030").
OLD_DAYS = 365
#: "a meet scheduled for Friday": a yearless day at most this far ahead is the coming one.
_SET_FOR_DAYS = 183

_RANK = {"short": 1, "medium": 2, "long": 3}
#: Time expressions that point ahead only when their clause is in the present tense
#: ("faces a test on Tuesday", "BYD opens its factory at the end of this year", but "said
#: on Tuesday").
_DATELIKE = frozenset({"weekday", "date", "month", "season", "edge", "part", "event"})
#: Expressions that name a calendar date or period, not a distance from now.
_ABSOLUTE = frozenset({"year", "date", "month", "season", "part", "edge", "fiscal", "split"})
#: Phrases ahead of whatever verb holds them: a news text counts "next week" and "the years to
#: come" from its own date ("called Jetten arrogant for not waiting for the result next week").
#: Not a span in a story ("He made four of them over the next two years").
_AHEAD_OF_NOW = re.compile(
    r"^(?!(?:over|for|during|within|throughout)\b).*\b(?:next|coming|upcoming|to come|tomorrow)\b", re.I
)


@dataclass(frozen=True, slots=True)
class OutlookItem:
    horizon: Horizon
    cue: str | None
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SentenceOutlook:
    """What one sentence says about the future (before carrying cues forward)."""

    forward: bool
    horizon: Horizon | None
    #: (start, end) of the cue in the sentence's Doc.
    cue: tuple[int, int] | None
    #: Its only marker is a "would" of its own ("Nearly all the increase would come from …"):
    #: forward-looking in a proposal, a future-in-the-past in a narrative.
    bare_would: bool = False
    #: It names its own time ahead without a horizon ("In the future, all forms of digital
    #: content will be converged …"): it does not inherit an earlier cue.
    own_time: bool = False
    #: Its cue dates a thing inside a past statement ("called Jetten arrogant for not waiting
    #: for the result next week"): it gives the sentence its horizon but starts no carry.
    carries: bool = True
    #: Its only markers are modals of possibility ("may", "could") and it names no time ahead.
    possibility: bool = False
    #: Its horizon comes from the length of a thing ("face a maximum two-year ban"), which
    #: yields to a cue carried from the sentence before ("… a hearing in mid-March").
    length: bool = False
    #: The sentence's forward-looking markers (for the learned filter's features).
    marks: tuple[Marker, ...] = ()


def _past_clause(tok: Token, ahead: bool = False) -> bool:
    """Whether the clause that holds tok is in a past tense or the present perfect
    ("said on Monday", "had agreed in 2014", "have visited within a year"). A reduced
    participle ("less than forecast in July") is past unless the expression points ahead by
    itself ("a review planned for next year")."""
    verb = clause_verb(tok)
    if scheduling_participle(verb):
        return False  # "laws coming into force on 1 January": a schedule, whatever the main verb
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _present_perfect(verb):
        return True
    if verb.tag_ == "VBG" and any(c.lower_ == "been" for c in auxes) and any(c.lemma_ == "have" for c in auxes):
        return True  # "who have been working on the processor for three years": a span up to now
    if (
        not ahead
        and verb.tag_ == "VBN"
        and not auxes
        and verb.dep_ != "ROOT"
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    ):
        return True  # "less than forecast in July", "a deal signed in June": a reduced past participle
    tense = finite_tense(verb)  # an untensed verb takes the tense of the clause above it
    if not tense and verb.dep_ == "ROOT" and verb.tag_ == "VBG":
        # "Over the next year and a half, making the work became a conversation …": a gerund
        # subject the parser took for the root; the tensed verb under it is the sentence's
        tense = next((t for c in verb.children if c.dep_ in ("ccomp", "conj", "dep") and (t := aux_tense(c))), "")
    if tense == "past" and in_condition(verb):
        return False  # "if his candidate were to win in November": a hypothesis, not the past
    return tense in ("past", "perfect-past", "counterfactual")


def _deadline_ahead(tok: Token, tx: Timex) -> bool:
    """ "has given itself until the end of April": a present perfect that runs until a date
    still ahead sets a deadline; the date is not the past."""
    if not tx.text.lower().startswith(("until ", "till ")) or tx.days is None or tx.days <= 0:
        return False
    return _present_perfect(clause_verb(tok))


def _set_for(tok: Token, tx: Timex) -> bool:
    """ "a meet scheduled for Friday", "with a trial date set for July 22": a schedule whatever
    the main verb, when the day is less than half a year ahead (a farther day without a year
    is more likely the one gone by: "The meeting, scheduled for March 3, was cancelled")."""
    return tx.days is not None and 0 <= tx.days <= _SET_FOR_DAYS and scheduled_for(clause_verb(tok))


def _present_perfect(verb: Token) -> bool:
    """ "has given", "have visited": a participle after a present "have"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _in_forward_clause(tok: Token, heads: set[int]) -> bool:
    """Whether tok's time belongs to a forward-looking clause: walking up from tok, a marker
    of `heads` comes before any tensed verb or reduced participle ("banned the play, *due*
    to open … this weekend"; not "loopholes Trump *used* to avoid paying taxes for two
    decades", "gains *held* for one to two years")."""
    if not heads:
        return False
    if tok.dep_ == "npadvmod" and tok.i > 0 and _ends_clause_of(tok.doc[tok.i - 1], heads):
        return True  # "an interview that will air on Fox Nation Thursday, Morgan asked …" (misattached)
    noun = tok.head if tok.dep_ in ("det", "amod", "nummod", "compound") else tok
    if noun.dep_ == "npadvmod" and any(noun.head.i < h < tok.i and under(tok.doc[h], {noun.head.i}) for h in heads):
        return True  # "banned the play, due to open in the capital, Kampala this weekend" (hung on "banned")
    if tok.i > 1 and tok.doc[tok.i - 1].is_quote and _ends_clause_of(tok.doc[tok.i - 2], heads):
        return True  # "said it would resume flights of New Shepard “soon” starting with …" (misattached)
    for node in ancestors(tok):
        if node.i in heads:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            if node.dep_ == "conj" and node.head.i in heads and node.tag_ != "VBD":
                return True  # "will fall, or have already fallen, below the poverty line this month": both
            if aux_tense(node):
                # "with Obama and his wife Michelle expected to visit the state in the coming
                # weeks" (parsed as a past tense): what is expected is ahead
                return expecting(node) and node.i + 1 < len(node.doc) and node.doc[node.i + 1].lower_ == "to"
            if node.tag_ == "VBN" and (
                node.dep_ in ("acl", "amod")
                or (node.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children))
            ):
                return False  # "Approved in late March, Abbott's test can provide results …": its own past
    return False


def _names_a_thing(span: Span, starts: list[int], base: int, tx: Timex) -> bool:
    """Whether a date is written before a noun that sits in a prepositional phrase ("in the
    lead-up to the April 4 Supreme Court election", "above the April 1 average"): it names
    what the noun is, not when the clause's verb happens (but "the 15 March opening date
    remains unchanged", the clause's own subject, is a schedule)."""
    first = _token_at(span, starts, base + tx.start)
    last = _token_at(span, starts, base + tx.end - 1)
    if first is None or last is None:
        return False
    inside = range(first.i, last.i + 1)
    root = next((t for t in span.doc[first.i : last.i + 1] if t.head.i not in inside), None)
    if root is None or root.dep_ not in ("nmod", "compound", "nummod", "amod") or root.head.i <= last.i:
        return False
    noun = root.head
    while noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i:
        noun = noun.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj"


def _range_of_noun(tok: Token) -> bool:
    """Whether tok ends a "from … to …" range that measures a noun ("an increase of 1,347
    cases from Thursday to Friday"): a count between two days, not a schedule ("Talks run
    from Monday to Friday" hangs on the verb)."""
    if tok.dep_ == "prep":  # the expression may start at its preposition ("from Thursday")
        tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    node, ranged = tok, False
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ in ("from", "to", "between"):
            ranged, node = True, node.head.head
            continue
        break
    return ranged and node.pos_ == "NOUN"


def _ends_clause_of(tok: Token, heads: set[int]) -> bool:
    """Whether tok is the last word of the clause of one of `heads` (a marker's verb)."""
    return any(node.i in heads and node.right_edge.i == tok.i for node in ancestors(tok))


def _present_verb(verb: Token) -> bool:
    """A verb in the present ("faces", "is expected"), not the present perfect."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN":  # "is being shown on Saturday", "are held in June"; not "has been"
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(a.lemma_ == "have" for a in auxes)
    return any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _futurate(span: Span, starts: list[int], base: int, t: Timex, published: date | None) -> bool:
    """ "It is being launched this weekend", "She is speaking tonight": a present progressive
    with a time later that day or week is a plan (not "this weekend" read on the weekend)."""
    phrase = t.text.lower()
    if t.kind != "phrase" or phrase not in futurate_phrases():
        return False
    if phrase == "this weekend" and published is not None and published.weekday() >= 5:
        return False
    tok = _token_at(span, starts, base + t.start)
    if tok is None:
        return False
    verb = clause_verb(tok)
    return _progressive(verb) and _present_verb(verb)


def _progressive(verb: Token) -> bool:
    """ "is launching", "is being shown": a present progressive, which may tell a plan."""
    return verb.tag_ == "VBG" or any(a.lower_ == "being" for a in verb.children if a.dep_ == "auxpass")


def _scheduled(tok: Token, habitual: frozenset[str]) -> bool:
    """Whether the clause of a date-like expression states a schedule: a present-tense verb
    ("Talks begin on Wednesday", "said the 15 March opening date remains unchanged"), not a
    habit ("Investors usually buy into strength in December") nor a truth about anyone
    ("You can't win the league in January")."""
    verb = clause_verb(tok)
    if reporting_verb(verb) and verb.tag_ == "VBZ":
        return False  # "Johnson tells MSNBC's “Morning Joe” on Friday that …": a report of the day
    if not (_present_verb(verb) or scheduling_participle(verb) or scheduled_for(verb)):
        if not _infinitive_of_present(verb):
            return False
        # "are trying to mobilize voters to go to the polls on election day", "now has to
        # scramble to … support her in November": an infinitive under a present verb
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in habitual:
            return False
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("you", "anyone", "anybody", "one"):
            return False
    return True


def _day_gone(tok: Token) -> bool:
    """A day told in the past by a clause of its own ("events like Saturday – which saw
    divisive rhetoric …"): a day gone by, whatever the verb of the sentence."""
    if any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in tok.children):
        return True
    # the parser may hang the relative clause on the noun before: "events like Saturday – which saw …"
    nxt = next((t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_punct), None)
    return nxt is not None and nxt.lower_ == "which" and nxt.dep_ == "nsubj" and nxt.head.tag_ == "VBD"


def _infinitive_of_present(verb: Token) -> bool:
    """An infinitive complement, through verbs only, of a present-tense verb ("are trying
    to mobilize voters to go to the polls on election day"; not "the failure to comprehend
    the threat before Sept. 11 is excusable", whose infinitive hangs on a noun)."""
    node = verb
    for _ in range(8):
        if node.tag_ != "VB" or aux_tense(node) or node.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
            return False
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return False
        if aux_tense(node):
            return _present_verb(node) and node.lemma_ != "be"
    return False


def _sealed(tok: Token, marks: list[Marker]) -> bool:
    """Whether tok sits in a clause that describes a noun ("the closures Exxon made in 1986",
    "one signed last autumn") holding no forward marker: its time dates that thing, not the
    sentence's statement."""
    for node in ancestors(tok):
        if node.dep_ in ("relcl", "acl") and node.tag_ in ("VBD", "VBN"):
            lo, hi = node.left_edge.i, node.right_edge.i
            return not any(lo <= m.i <= hi for m in marks)
    return False


def _token_at(span: Span, starts: list[int], char: int) -> Token | None:
    """The token of span that holds (or follows) the character offset `char` of its Doc."""
    i = bisect_right(starts, char) - 1
    if i < 0:
        return span[0] if len(span) else None
    return span[i]


def analyse_sentence(span: Span, published: date | None) -> SentenceOutlook:
    """Whether a sentence looks ahead, and the horizon and cue its own words give."""
    text = span.text
    base = span.start_char
    if question(span) or meta_note(span):
        return SentenceOutlook(False, None, None)  # a question is not a statement about what comes
    timexes = find_timexes(text, published)
    if advice(span) and not (would_do_well(span) and any(t.future and not t.past for t in timexes)):
        # Advice is not a statement about what comes, unless a named actor gets it for a time
        # ahead ("In the next eight weeks the Clinton campaign would do well to target …").
        return SentenceOutlook(False, None, None)
    marks = markers(span)
    #: Verbs of forward-looking clauses: a time expression under them keeps its time even in
    #: a past sentence ("banned the play, due to open … this weekend").
    forward_heads = {m.i for m in marks} | {span.doc[m.i].head.i for m in marks if span.doc[m.i].tag_ == "MD"}
    #: Verbs of futures reported in the past ("announced he'd be charged Tuesday").
    backshifted = {m.i for m in marks if m.kind == "backshift" or m.reported}
    backshifted |= {span.doc[i].head.i for i in backshifted if span.doc[i].tag_ == "MD"}
    future_tx: list[Timex] = []
    in_past: set[int] = set()  # starts of times ahead kept inside a past clause
    past_anchor = False
    #: Verbs of past clauses anchored long before publication ("In a 2013 memo, … suggested").
    old_clauses: set[int] = set()
    starts = [t.idx for t in span] if timexes else []
    quoted = quoted_tokens(span) if timexes else set()
    #: "a payment to Daniels in 2016 ahead of the presidential election": that year's event.
    past_years = [t.end for t in timexes if t.kind == "year" and t.days is not None and t.days < 0]
    for tx in timexes:
        if _dateline(text, tx):
            continue  # "LOS ANGELES, Sept. 28 (UPI) — …": the date of the report
        tok = _token_at(span, starts, base + tx.start)
        past_clause = (
            tok is not None
            and _past_clause(tok, tx.future)
            # a time inside a quotation hung on the reporting verb outside it ("“… for several
            # decades,” … recently told Reuters"): the parser's slip, not the time of the report
            and not (tok.i in quoted and clause_verb(tok).i not in quoted)
            and not _in_forward_clause(tok, forward_heads)
            and not _deadline_ahead(tok, tx)
            and not _set_for(tok, tx)
        )
        if tx.past and "than" in text[max(0, tx.start - 40) : tx.start].split():
            continue  # "a few weeks later … than the switch in 1972": a comparison, not the time of the sentence
        if (
            tx.kind == "weekday"
            and tx.days is not None
            and tx.days >= 4
            and tok is not None
            and under(tok, backshifted)
        ):
            # "Trump on Saturday announced he'd be charged Tuesday", read on Wednesday: the
            # nearest Tuesday, the day before, not the next one
            past_anchor = True
            continue
        if (
            tx.kind == "weekday"
            and tx.days == 6
            and tok is not None
            and not tx.text.lower().startswith(("next", "this"))
            and not _in_forward_clause(tok, forward_heads)
        ):
            # "… struggles to put up a shot late in a loss to Gonzaga on Thursday.", read on
            # Friday: yesterday's game, not next week's (a marker keeps it ahead: "will play
            # Thursday"). A day so recent leaves what was said then still open: no past anchor.
            continue
        if tx.kind == "event" and any(0 <= tx.start - end <= 3 for end in past_years):
            past_anchor = True
            continue
        if _past_attributive(text, tx):
            past_anchor = True  # "pretrial Jan. 6 defendants" (in March): the Jan. 6 gone by names an event
            continue
        if (
            tok is not None
            and _TODAY.match(tx.text)
            and not _in_forward_clause(tok, forward_heads)
            and not _progressive(clause_verb(tok))
        ):
            continue  # "Today is a step forward", "what works today may not work tomorrow": the present
        if tx.kind == "date" and tx.days == 0:
            continue  # "… waits in court Wednesday, March 22, 2023." on that day: a caption, the present
        sealed = tok is not None and _sealed(tok, marks)
        if sealed and (tx.past or (past_clause and not tx.future)):
            continue  # "terms similar to one signed last autumn": the time of a thing named, not of the sentence
        if tx.past:
            past_anchor = True
            if past_clause and tx.days is not None and tx.days < -OLD_DAYS:
                old_clauses.add(clause_verb(tok).i)  # type: ignore[arg-type]
        elif past_clause and not (
            tx.future and (tx.kind in _ABSOLUTE or (tx.kind != "span" and _AHEAD_OF_NOW.match(tx.text)))
        ):
            # "visited within a year", "In October, they agreed …": not a time ahead. A date
            # that is after publication by the calendar ("by 2030") stays ahead, whatever the verb.
            # A year still running ("said of the 2016 election", in 2016) is no anchor in the past.
            past_anchor = (
                past_anchor or tx.kind in ("date", "month") or (tx.kind == "year" and (tx.days is None or tx.days < 0))
            )
        elif tx.future or tx.horizon is not None:
            future_tx.append(tx)
            if past_clause:
                in_past.add(tx.start)
    ahead = any(t.future for t in future_tx)
    found: list[Marker] = []
    # A weak marker needs a time it happens at: a date or a time ahead, not a length ("the
    # virus can incubate for up to 14 days").
    dated_ahead = any(t.future or t.kind not in ("phrase", "span", "length") for t in future_tx)
    #: "On Tuesday, Zuckerberg announced that Meta would move away from factcheckers": a
    #: future told days ago, with no time of its own that may have passed, is still ahead.
    recent = bool(timexes) and all(t.past and recent_past().search(t.text) for t in timexes)
    for m in marks:
        if m.kind == "weak" and not dated_ahead:
            continue
        if past_anchor and not ahead:
            if ((m.kind == "backshift" or m.reported) and not recent) or under(span.doc[m.i], old_clauses):
                continue
            if m.kind == "modal" and not in_reported_speech(span.doc[m.i]):
                continue
        found.append(m)
    forward = bool(found) or ahead
    if not forward and future_tx:
        habitual = habitual_adverbs()
        forward = any(_futurate(span, starts, base, t, published) for t in future_tx) or any(
            t.kind in _DATELIKE
            and t.days is not None
            and t.days >= 0
            and (tok := _token_at(span, starts, base + t.start)) is not None
            and _scheduled(tok, habitual)
            # "Today is two months until the presidential election": an event beside "be" is a count, not a schedule
            and not (t.kind == "event" and clause_verb(tok).lemma_ == "be")
            and not _range_of_noun(tok)
            and not _names_a_thing(span, starts, base, t)
            and not _day_gone(tok)
            for t in future_tx
        )
    best: Timex | None = None
    #: "After three years, the emergency will end on March 31": the elapsed span gives way to the date.
    dated = any(t.horizon is not None and t.kind not in ("span", "length") for t in future_tx) or (
        published is None and any(t.kind in _DATELIKE and not t.past for t in timexes)
    )  # without a publication date "on March 31" has no horizon, but it still outranks the span
    for tx in sorted(future_tx, key=lambda t: _minor(text, t)):
        if tx.horizon is None or (dated and tx.kind == "span" and tx.text[:5].lower() == "after"):
            continue
        if best is None or (
            # the farthest time decides; a possessive ("this year's race on 17 April") only
            # when the sentence has no other
            _RANK[tx.horizon] > _RANK[best.horizon]  # type: ignore[index]
            and not (_minor(text, tx) and not _minor(text, best))
        ):
            best = tx
    only_bare_would = bool(found) and all(m.bare_would for m in found) and not ahead
    cue = None if best is None else (base + best.start, base + best.end)
    own_time = any(t.future and t.horizon is None for t in future_tx)
    # A length ("a renewable 30-month mandate") is how long a thing runs, not a time the
    # next sentences share.
    carries = best is None or (best.kind != "length" and (best.start not in in_past or bool(found)))
    possibility = bool(found) and all(m.kind in ("modal", "weak") for m in found) and not future_tx
    length = best is not None and best.kind == "length"
    return SentenceOutlook(
        forward,
        None if best is None else best.horizon,
        cue,
        only_bare_would,
        own_time,
        carries,
        possibility,
        length,
        tuple(marks),
    )


_NOUN_NEXT = re.compile(r"\s+[a-z]")
_NOUN_OF = re.compile(r"(?<![\w-])[a-z]{3,}\s+of\s+$")
_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")
_TODAY = re.compile(r"today(?:['’]s)?$", re.I)


def _past_attributive(text: str, tx: Timex) -> bool:
    """A day without a year used before a noun ("the Jan. 6 crowd", "the April 1 average")
    or after one with "of" ("the Hamas raid of Oct 7") whose last occurrence is nearer than
    its next: the day gone by, naming an event."""
    return (
        tx.kind == "date"
        and tx.days is not None
        and tx.days > 183
        and not _YEAR.search(tx.text)
        and bool(_NOUN_NEXT.match(text, tx.end) or _NOUN_OF.search(text, max(0, tx.start - 30), tx.start))
    )


def _possessive(text: str, tx: Timex) -> bool:
    """ "this year's race", "Monday's debate": the expression names an event."""
    return tx.text.endswith(("'s", "’s")) or text[tx.end : tx.end + 2] in ("'s", "’s")


_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,(?:\s+[A-Z][A-Za-z.]+,)?\s*$")


#: A year written before a noun ("his 2024 campaign", "the 2024 Walk of Fame calendar").
_ATTRIBUTIVE_YEAR = re.compile(r"(?:the|his|her|its|their|our|my|your|this)\s", re.I)


def _minor(text: str, tx: Timex) -> bool:
    """A time that decides only when the sentence names no other: a possessive ("this year's
    race on 17 April"), the length of a thing ("a three-year deal … this season") or a year
    before a noun ("the first rally of his 2024 presidential campaign … Saturday")."""
    return (
        tx.kind == "length"
        or _possessive(text, tx)
        or (tx.kind == "year" and _ATTRIBUTIVE_YEAR.match(tx.text) is not None)
    )


def _dateline(text: str, tx: Timex) -> bool:
    """Whether tx is the date of a wire dateline ("LOS ANGELES, Sept. 28 (UPI) —")."""
    return tx.start < 60 and bool(_DATELINE.fullmatch(text[: tx.start])) and "(" in text[tx.end : tx.end + 3]


def _past_narrative(span: Span) -> bool:
    """A sentence whose main verb is in a past tense ("The meeting did produce one headline"),
    not an attribution ("… ,” said Len Burman, head of the Tax Policy Center.")."""
    root = span.root
    if reporting_verb(root):
        return False
    return root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)


def _event_mentions(span: Span) -> list[tuple[str, frozenset[str]]]:
    """Events named in a sentence, as head noun and the words that modify it ("the IAAF
    World Cross Country Championships" → championships, {iaaf, world, cross, country})."""
    heads = event_nouns()
    out = [(t.lower_, _modifiers(t)) for t in span if t.pos_ in ("NOUN", "PROPN") and t.lower_ in heads]
    verbs, nouns = travel_words()
    if any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in span):
        # "Howard, who leaves for Japan tomorrow": later "his trip", "the visit" are that journey
        out += [(noun, frozenset()) for noun in nouns]
    return out


def _modifiers(noun: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in noun.subtree if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod"))


def _known_event(
    span: Span, events: dict[str, tuple[Horizon, frozenset[str]]]
) -> tuple[Horizon, tuple[int, int]] | None:
    """The horizon of an event dated elsewhere in the article that this sentence names again
    with "the" ("before the race", "at the world cross country championships"), and the span
    that names it (start and end in the sentence's Doc). Not when the mention adds words of
    its own ("the much larger annual conference" is not "the February spring conference")
    or sits in a past clause."""
    if not events:
        return None
    for tok in span:
        if tok.lower_ not in events or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        horizon, known = events[tok.lower_]
        left = tok.left_edge
        possessive = tok.lower_ in travel_words()[1] and left.dep_ == "poss" and left.tag_ == "PRP$"
        if (left.lower_ != "the" and not possessive) or not _modifiers(tok) <= known or _past_clause(tok):
            continue
        return horizon, (left.idx, tok.idx + len(tok))
    return None


def find_outlook(parsed: Parsed, *, filtered: bool = True) -> list[OutlookItem]:
    """Forward-looking statements in document order, one item per sentence.

    The rules find them; the learned filter (`confidence.py`) then drops the ones a reader
    would not list. `filtered=False` gives the rules' own output (to train the filter)."""
    items, owns = _rule_items(parsed)
    m = confidence.model() if filtered else None
    if m is None or not items:
        return items
    share = len(items) / len(parsed.spans)
    kept = []
    for item in items:
        sid = item.sentences[0]
        features = confidence.features(parsed.spans[sid], item.horizon, share, owns[sid].marks)
        if confidence.probability(m, features) >= m.threshold:
            kept.append(item)
    return kept


def _rule_items(parsed: Parsed) -> tuple[list[OutlookItem], list[SentenceOutlook]]:
    published = parsed.article.meta.published
    text = parsed.text
    items: list[OutlookItem] = []
    carry: tuple[Horizon, tuple[int, int]] | None = None
    gap = 0
    last_para = -1
    narrative = False
    general = _talks_to_reader(parsed)
    owns = [analyse_sentence(span, published) for _, span in parsed.iter_sentences()]
    #: Events the article dates anywhere, by head noun ("race" → short): "the European Indoors
    #: which take place on 5-6 March" dates "the European Indoors" before and after it.
    events: dict[str, tuple[Horizon, frozenset[str]]] = {}
    for (_, span), dated in zip(parsed.iter_sentences(), owns, strict=True):
        if dated.forward and dated.horizon is not None and dated.cue is not None:
            for key, modifiers in _event_mentions(span):
                events.setdefault(key, (dated.horizon, modifiers))
    for (sentence, span), own in zip(parsed.iter_sentences(), owns, strict=True):
        if sentence.paragraph != last_para:
            carry, gap, last_para, narrative = None, 0, sentence.paragraph, False
        if own.forward and own.bare_would and narrative:
            own = SentenceOutlook(False, own.horizon, own.cue)  # "Ironically, he would end up …"
        elif not own.forward:
            narrative = _past_narrative(span) or (narrative and own.bare_would)
        else:
            narrative = False
        if not own.forward:
            if carry is not None:
                gap += 1
                if gap > CARRY_GAP:
                    carry = None
            continue
        offset = parsed.doc_starts[parsed.span_docs[sentence.id]]
        inherits = carry is not None and not own.bare_would and not own.own_time
        if own.horizon is not None and own.cue is not None and not (own.length and inherits):
            cue = (own.cue[0] + offset, own.cue[1] + offset)
            carry, gap = ((own.horizon, cue) if own.carries else None), 0
            items.append(OutlookItem(own.horizon, text[cue[0] : cue[1]], (sentence.id,)))
        elif carry is None and not own.bare_would and not own.own_time and (known := _known_event(span, events)):
            # "There is a long way to go before the race" after "this year's race on 17 April"
            horizon, (start, end) = known
            items.append(OutlookItem(horizon, text[start + offset : end + offset], (sentence.id,)))
        elif inherits:
            # A bare "would" describes what a proposal would do, not when ("Peers begin … on
            # Thursday. These would replace current powers …"): it does not inherit the cue.
            gap = 0
            items.append(OutlookItem(carry[0], text[carry[1][0] : carry[1][1]], (sentence.id,)))
        elif general and own.possibility:
            # "Public bathrooms may also pose a risk" in an explainer: what is generally possible
            continue
        else:
            items.append(OutlookItem("unspecified", None, (sentence.id,)))
    return items, owns


def _talks_to_reader(parsed: Parsed) -> bool:
    """Whether the article addresses its reader (a guide, an explainer, a review): at least
    `reader_share` of its sentences hold a second-person word."""
    reader = words().reader
    spans = parsed.spans
    if not spans:
        return False
    addressed = sum(any(t.lower_ in reader for t in span) for span in spans)
    return addressed >= lexicon()["forward"]["reader_share"] * len(spans)
