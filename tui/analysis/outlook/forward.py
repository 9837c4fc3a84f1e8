"""Forward-looking markers in a sentence: future tense, prospective forms, modal predictions, goals.

Works on spaCy tokens (tags, lemmas, dependencies), one sentence at a time. A marker
says *why* a clause looks ahead; whether it counts depends on its context: "is expected
to" looks ahead, "was expected to" only inside reported speech ("BA warned that yields
were expected to decline"); nothing under a past perfect ("had planned to") or a
counterfactual ("might have done") counts, nor a guess inside an if-clause. The word
lists live in `data/outlook.json` (section `forward`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .grammar import (
    CLAUSE_DEPS,
    CONDITIONAL,
    after_be,
    ancestors,
    aux_tense,
    clause_dep,
    clause_verb,
    copula_tense,
    finite_tense,
    governor,
    in_condition,
    in_reported_speech,
    is_verb,
    looks_back,
    plain,
    quoted_tokens,
    reporting_verb,
    to_infinitive,
    under,
    untensed,
)
from .words import Words, counterfactual_frames, meta_prefixes, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Marker kinds. "future": will/shall; "prospective": be going/set/due/expected/likely to,
#: be to; "intention": plan/aim/intend/hope/promise… to, and plan/aim/hope… as nouns;
#: "prediction": expect/forecast/consider…; "modal": may/might/could; "backshift": would,
#: and past-tense forms of the others inside reported speech; "weak": should/must/can and
#: forecast/outlook nouns, which count only beside a future time expression.
KINDS = ("future", "prospective", "intention", "prediction", "modal", "backshift", "weak")


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str
    #: Index of the marker token in its Doc.
    i: int
    #: A past-tense form counted because it sits in reported speech.
    reported: bool = False
    #: The clause is a would-clause of its own (not reported): "the plan would raise taxes".
    bare_would: bool = False


_EVALUATIVE = frozenset(
    {
        "better",
        "best",
        "good",
        "nice",
        "great",
        "wise",
        "helpful",
        "easier",
        "ideal",
        "preferable",
        "worse",
        "fair",
        "mistaken",
        "unwise",
        "foolish",
        "improper",
        "inappropriate",
        "appropriate",
        "prudent",
        "advisable",
        "smart",
    }
)
#: Comparatives that judge only with an impersonal subject ("it would be better if …"); with
#: a noun they forecast ("sales would be better than forecast").
_COMPARATIVE = frozenset({"better", "worse", "easier", "preferable"})
_IMPERSONAL = frozenset({"it", "that", "this", "there", "what", "which"})
_GROUP_RANKS = frozenset(
    {"top", "bottom", "richest", "poorest", "wealthiest", "lower", "upper", "lowest", "highest", "middle"}
)
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "case", "suppose", "supposing"})
_GENERIC_SUBJECTS = frozenset({"i", "you", "we", "one"})
_GENERIC_PEOPLE = frozenset({"you", "anyone", "anybody", "whoever"})
#: Subjects that speak of anyone at all even in quotation ("anyone who knows anything about
#: history will see that …"), where "you" may address a real audience.
_ANYONE = frozenset({"anyone", "anybody", "whoever"})
_PAST_ADVERBS = frozenset({"previously", "formerly", "originally", "once", "earlier"})
#: Words before "one" that make it a noun phrase ("no one", "the one"), not the generic pronoun.
_ONE_DETERMINERS = frozenset({"no", "every", "any", "each", "the", "this", "that", "which", "another"})


def _past_governor(tok: Token) -> bool:
    """Whether the clause of tok is embedded under a past-tense verb that does not report
    speech ("the curbs were introduced to ward off the risk that prices *might* soar")."""
    verb = clause_verb(tok)
    gov = governor(verb)
    if gov is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
        return False  # "… support for the public option, which would allow …" (parsed as a ccomp): a relative clause
    node = verb
    while node.i != gov.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return False  # "unveiled a proposal *that would create* …": a relative clause has its own time
        if (
            node.dep_ == "acl"
            and node.head.lemma_.lower() in words().speech_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        ):
            return False  # "made the announcement that the Facebook owner would move away from …": reported
        node = node.head
        if reporting_verb(node):
            return False  # "were *concerned* that they may …"
    if aux_tense(gov) not in ("past", "perfect-past"):
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ == "so" and c.i < verb.i for c in verb.children):
        return True  # "had one contestant twirl before him so he could ogle her": a past purpose
    if gov.lemma_ != "be" and not reporting_verb(gov) and verb.dep_ not in ("ccomp", "xcomp"):
        return True  # "talked about which ones he'd like to …" (even when reported): past narrative
    return not in_reported_speech(gov)  # "said Mr Blair was worried voters would …" is still reported


def _tensed(kind: str, tok: Token, tense: str) -> Marker | None:
    """A marker for a prospective form of the given tense, or None when it looks back."""
    if tense in ("perfect-past", "counterfactual"):
        return None
    if tense == "past":
        return Marker(kind, tok.i, reported=True) if in_reported_speech(tok) else None
    return Marker(kind, tok.i)


def _evaluative(adj: Token, subj: Token | None) -> bool:
    """ "(it would be) better", "(it would be) more enjoyable", "(this would be) a good time": a
    wish, not a forecast. A comparative counts only after "it"/"that"/"this" ("A Europe …
    would be more capable" is a forecast)."""
    if adj.lower_ in _EVALUATIVE:
        return adj.lower_ not in _COMPARATIVE or subj is None or subj.lower_ in _IMPERSONAL
    if adj.dep_ == "attr":  # "a good time", "a good way to …" (not "the great Trojan horse")
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in adj.children) and any(
            c.dep_ == "amod" and c.lower_ in _EVALUATIVE for c in adj.children
        )
    comparative = adj.tag_ == "JJR" or any(g.lower_ == "more" for g in adj.children)
    return comparative and (subj is None or subj.lower_ in ("it", "that", "this"))


def _poll_subject(subj: Token, w: Words) -> bool:
    """ "46 percent", "a majority of voters", "most Americans", "two-thirds": the share of a poll."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in _GROUP_RANKS for c in subj.children):
        return False  # "the top 1 percent of taxpayers would face …": a group, not a poll
    return subj.lower_ in w.poll or subj.lemma_.lower() in w.poll


def _refusal(verb: Token, w: Words) -> bool:
    """A verb of saying that, negated, refuses to say ("comment", "discuss", "go into", "get into")."""
    if verb.lemma_.lower() in w.refusal or verb.lower_ in w.refusal:
        return True
    return verb.lemma_.lower() in ("go", "get") and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "into" for c in verb.children
    )


def _poll_report(tok: Token, w: Words, *, numeric: bool = False) -> bool:
    """Whether tok's clause reports what a poll's share of people said ("Another 19 percent
    said they would …", "eight out of 10 said it wouldn't matter"). With `numeric`, only a
    counted share will do ("9 percent of voters said … who they will be voting for"), not
    "most" or "a majority" ("Most economists say rates will rise" is a forecast)."""
    node = tok
    for _ in range(16):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in CLAUSE_DEPS and reporting_verb(head):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                return False
            if subj.tag_ == "CD" and any(c.lower_ == "out" for c in subj.children):
                return True
            if numeric:
                return subj.lower_ in ("percent", "%", "per") and any(c.tag_ == "CD" for c in subj.subtree)
            return _poll_subject(subj, w)
        node = head
    return False


def _expectation_denied(tok: Token, w: Words) -> bool:
    """Whether tok's clause is what someone never thought or did not expect would happen, or
    what "it was hoped" would happen: an expectation of the past, told as such ("It was hoped
    she would be able to return this summer, but the wound … has been very slow to heal")."""
    gov = governor(clause_verb(tok))
    if gov is None or not (gov.lemma_.lower() in w.expectation or gov.lower_ in w.expectation):
        return False
    if aux_tense(gov) not in ("past", "perfect-past"):
        return False
    if gov.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in gov.children):
        return True  # "It was hoped …", "it was thought …"
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in gov.children)


def _past_habit(tok: Token) -> bool:
    """Whether tok sits under "used to" ("I used to have to sit on my hands because he'd …")."""
    return any(
        node.lemma_ == "use" and node.tag_ == "VBD" and to_infinitive(node) is not None for node in ancestors(tok)
    )


def _refused(tok: Token) -> bool:
    """Whether tok's clause is what someone refused, declined or failed to do ("he again
    refused to pledge to release his tax returns before the election")."""
    node = clause_verb(tok)
    for _ in range(4):
        head = node.head
        if head.i == node.i or node.dep_ != "xcomp":
            return False
        if head.lemma_.lower() in ("refuse", "decline", "fail") and head.i < node.i:
            return True
        node = head
    return False


def _subject_clause(tok: Token) -> bool:
    """A modal in a clause that is the subject of another ("That two well-known hosts would
    so blithely sign up with a network … is troubling"): a judgement, not a forecast."""
    first = tok.sent[0]
    if first.lower_ == "that" and first.dep_ == "det" and first.head.tag_ in ("NNS", "NNPS"):
        return True  # the parser read "That" as the determiner of a plural noun: a subject clause
    node = clause_verb(tok)
    for _ in range(4):
        if node.dep_ == "csubj":
            return True
        if node.head.i == node.i or node.dep_ not in ("conj",):
            return False
        node = node.head
    return False


def _no_one(tok: Token) -> bool:
    """A subject with "no" that means anyone ("no sane person would want …", "no one will …"):
    a truth about anyone, not a forecast about someone ("no disciplinary action would be
    taken" is one)."""
    verb = clause_verb(tok)
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ in words().anyone_nouns
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _tell_you(tok: Token) -> bool:
    """ "I'll tell you, there is an issue …", "I will tell you what": a turn of speech."""
    verb = clause_verb(tok)
    if verb.lemma_ != "tell" or not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children):
        return False
    you = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.lower_ == "you"), None)
    if you is None or you.i + 1 >= len(you.doc):
        return False
    nxt = you.doc[you.i + 1]
    return nxt.is_punct or nxt.lower_ in ("what", "this")


def _habit_clause(tok: Token) -> bool:
    """Whether tok sits in a "when"/"whenever" clause of a present-tense habit ("When she is
    looking to fill a position …, she ensures women are in the pool", "when women want to
    share their stories the government uses …"), not of a future ("When the plan takes effect,
    prices will rise")."""
    for node in ancestors(clause_verb(tok)):
        if node.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in node.children):
            return aux_tense(node) == "present" and not any(c.tag_ == "MD" for c in node.head.children)
    return False


def _risk_of(tok: Token) -> Token | None:
    """The verb of a risk still to come: "risks being wiped out", "are at risk of being hauled
    into court" (the verb "risk" with a gerund, or "at … risk of" a gerund on "be"); not in a
    relative clause, which describes its noun ("people who are at risk of developing
    tuberculosis", "sentiment … that risks undermining trade")."""
    if tok.pos_ == "VERB" and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children):
        verb = tok
    elif (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "at"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children) for c in tok.children
        )
        and tok.head.head.lemma_ in ("be", "remain", "stay")
    ):
        verb = tok.head.head
    else:
        return None
    return None if verb.dep_ == "relcl" else verb


def _on_course(noun: Token) -> bool:
    """ "on track / on course" with "to" or "for", "on the verge / cusp / brink of", on a
    present "be" ("The State Department is on track to break that record"); not a past one
    ("Lagat was on course to break the record …")."""
    on = noun.head
    if noun.dep_ != "pobj" or on.lower_ != "on" or on.dep_ != "prep":
        return False
    be = on.head
    if be.lemma_ not in ("be", "remain", "stay", "seem", "appear", "look") or be.tag_ not in ("VBZ", "VBP"):
        return False
    if noun.lower_ in ("track", "course"):
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return nxt is not None and nxt.lower_ in ("to", "for")
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _habit_scope(tok: Token, w: Words) -> bool:
    """Whether a habit adverb before tok sits on a verb above tok's clause ("Often, it starts
    with a process where I'll go and collect …", "Typically, what that means is you'll lay down
    some lines of code"): what a habit or a general truth governs is no forecast. A verb
    that reports or expects keeps its content ("has often said he will run")."""
    nodes = ancestors(clause_verb(tok))
    next(nodes, None)  # the marker's own verb: "they may do so less frequently" is a forecast
    for node in nodes:
        lemma = node.lemma_.lower()
        if lemma in w.reporting or lemma in w.predict or lemma in w.expectation:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in w.habit_scope and c.i < tok.i for c in node.children):
            return True
    return False


def _narrative_would(verb: Token, lemma: str) -> bool:
    """ "would later …", "would go on to …": the future of a past story."""
    if any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children):
        return True
    return lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children)


def _unreal_condition(verb: Token) -> bool:
    """An if-clause that states what is not so: "were" with a predicate ("If this were a movie",
    "if I were you", "If it were in the place of the sun"), not a hypothesis about what may
    come ("if his candidate were to win", "If a replacement … were offered")."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children):
            continue
        if (
            c.lower_ == "were"
            and any(g.dep_ in ("attr", "acomp", "prep") for g in c.children)
            and to_infinitive(c) is None
        ):
            return True
    return False


def _hypothetical_predicate(be: Token) -> bool:
    """ "would be if …": the predicate is a condition, not a state ("the only objection would be if …")."""
    children = list(be.children)
    if any(c.dep_ in ("attr", "acomp", "dobj", "prep", "xcomp", "ccomp", "oprd") for c in children):
        return False
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL for g in c.children) for c in children
    )


def _hypothetical_clause(tok: Token) -> bool:
    """A clause opened by "if", "in case", "suppose" to the left of tok ("in case X were to …")."""
    left = clause_verb(tok).left_edge.i
    start = max(tok.sent.start, left - 3)  # "in case" may hang on the noun before the clause
    return any(t.lower_ in _HYPOTHETICAL_MARKS for t in tok.doc[start : tok.i])


def _modal_marker(tok: Token, w: Words) -> Marker | None:
    low = plain(tok)
    head = tok.head
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    perfect = head.tag_ == "VBN" and any(
        (c.lemma_ == "have" or plain(c) == "'ve") and c.dep_ == "aux" for c in head.children
    )  # "would have been", "would've been"
    if low in w.future or tok.lemma_.lower() in ("will", "shall"):
        if any(c.dep_ == "advmod" and c.lower_ in w.habitual for c in head.children):
            return None  # "will periodically issue": a habit
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if low == "will" and nxt is not None and nxt.tag_ in ("VBZ", "VBD", "VBP"):
            return None  # "Political will is needed": the noun, mistagged as the modal
        if low == "shall" and nxt is not None and nxt.lower_ in ("we", "i"):
            return None  # "his, shall we say, weight group", "Shall we begin?": a turn of speech or an offer
        if any(
            c.dep_ == "advmod" and c.lower_ == "below" and all(g.dep_ == "advmod" for g in c.children)
            for c in head.children
        ) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i", "you") for c in head.children):
            return None  # "We'll touch on that more below": the article's own plan, not the world's
        return Marker("future", tok.i)
    if low in w.backshift or (tok.lemma_.lower() == "would" and low not in w.prediction_modals):
        if perfect or any(c.lower_ == "otherwise" or c.lower_ in _PAST_ADVERBS for c in head.children):
            return None  # would have done; would otherwise: counterfactual; previously would
        if tok.dep_ not in ("aux", "auxpass") or not is_verb(head):
            return None  # "I would," Melanie said: an elliptical answer
        if any(c.dep_ == "advmod" and c.lower_ in w.habitual for c in head.children):
            return None  # "Trump also would constantly tussle with debate moderators": a past habit
        if any(c.dep_ == "neg" and c.lower_ == "never" for c in head.children):
            return None  # "we'd never tolerate it from a woman", "adding he would never vote for Clinton": a stance
        lemma = head.lemma_.lower()
        if _narrative_would(head, lemma) and not in_reported_speech(tok):
            return None  # "Japan would later take a 2-1 lead", "McMahon would go on to find …": a story told
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if any(c.dep_ == "neg" for c in head.children) and _refusal(head, w):
            return None  # "He would not discuss reports …", "would not be drawn on …": a refusal
        if lemma in w.wish_would:
            return None  # "many Mexicans would hope their neighbour were farther away": a wish
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "rather":
            return None  # "I would rather he not be taking something …", "things I would rather do": a preference
        if subj is not None and _poll_subject(subj, w):
            return None  # "46 percent would choose Clinton": a poll, not a forecast
        if _poll_report(tok, w):
            return None  # "Another 19 percent said they would not pick either candidate"
        if _expectation_denied(tok, w):
            return None  # "It's something they never thought they'd see": an expectation proved wrong
        if _past_habit(tok):
            return None  # "I used to have to sit on my hands because he'd get on television …"
        if counterfactual_frames().search(tok.doc[tok.sent.start : tok.i].text):
            return None  # "In ordinary times, the beaches … would be packed": what is not happening now
        if _unreal_condition(head):
            return None  # "If this were a movie …, Mr. Clarke would be the character who …": not so, now
        if lemma == "be" and _hypothetical_predicate(head):
            return None  # "the only objection would be if users were forced …"
        if _would_like_to(head, subj):
            return Marker("intention", tok.i)  # "I would like to play a nice, nuanced aristocrat": a wish ahead
        if lemma in w.hypothetical or (lemma in w.opinion and (subj is None or subj.lower_ in _GENERIC_SUBJECTS)):
            return None  # critics would call them …, I would say, you'd think
        if lemma == "be" and any(c.dep_ in ("acomp", "attr") and _evaluative(c, subj) for c in head.children):
            return None  # it would be better / more enjoyable if …
        if (
            lemma == "be"
            and subj is not None
            and subj.lower_ in ("i", "we")
            and any(c.dep_ == "acomp" for c in head.children)
            and not in_reported_speech(tok)
        ):
            return None  # "I would be uneasy about supporting a very bad bill": a feeling, not a forecast
        if _past_governor(tok):
            return None  # he understood that a push would be fruitless
        reported = in_reported_speech(tok)
        return Marker("backshift", tok.i, reported=reported, bare_would=not reported)
    if low in w.prediction_modals:
        if perfect or prev in ("as", "than"):
            return None  # could have done; as strong as could be expected
        if any(c.dep_ == "advmod" and c.lower_ in ("better", "best") for c in head.children):
            return None  # "resources could be better spent": a judgement, not a forecast
        if head.lemma_ == "be" and (
            any(c.dep_ in ("acomp", "attr") and _evaluative(c, None) for c in head.children)
            or any(
                c.dep_ == "nsubj" and any(g.dep_ == "amod" and g.lower_ in _EVALUATIVE for g in c.children)
                for c in head.children
            )
        ):
            return None  # "borrowing may be a good way to …", "the best approach may be to …": advice
        if head.lemma_.lower() in w.interpretive and not any(c.dep_ == "neg" for c in head.children):
            return None  # "the endorsements may highlight more than …": a reading of the present
        if low in ("may", "might") and _epistemic_state(head, w):
            # "NATO may be obsolete", "Accuracy and availability may vary": a guess about what
            # is; it looks ahead only beside a time ahead ("The deal may be ready by June")
            return Marker("weak", tok.i)
        if _explains(head, w):
            return None  # "the risk may be the result of …", "could be related to …": an explanation of what is
        if (
            low == "may"
            and any(c.dep_ == "neg" for c in head.children)
            and any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children)
        ):
            return None  # "My name may not be on the ballot, but …": a concession
        if _may_or_may_not(tok):
            return None  # "which may or may not be the best strategy": a hedge, either way
        if head.lemma_.lower() in w.advice_modal and low in ("may", "might"):
            return None  # "you might want to …", "Americans … might stop to consider …": advice
        if low == "could" and (
            any(c.dep_ == "neg" for c in (*head.children, *tok.children)) or prev in ("nor", "neither")
        ):
            return None  # could not, "deals that other people couldn't", "Nor could …": (in)ability, not a prediction
        if low == "could" and _perceived(head, w):
            return None  # "A loud chorus of screams could be heard every few minutes": what was there to perceive
        if (
            head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in head.children)
            and any(
                c.dep_ == "acomp" and (c.tag_ == "JJR" or any(g.tag_ == "RBR" for g in c.children))
                for c in head.children
            )
        ):
            return None  # "Nothing could be less tempting than …": a judgement
        if low == "could" and any(c.dep_ == "advmod" and c.lower_ in w.limiting for c in head.children):
            return None  # "Greene could only finish second", "I could barely get my shoe on": what was managed
        if any(c.dep_ == "advmod" and c.lower_ in _PAST_ADVERBS for c in head.children):
            return None  # "previously, passengers could claim …"
        if head.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in head.children):
            return None  # may be falling: a guess about the present
        if _past_governor(tok):
            return None
        return Marker("modal", tok.i)
    if low in w.weak:
        if low == "can" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of":
            return None  # "That can of Coke with a few slices of pizza": the noun, mistagged as the modal
        if low in ("can", "ca") and not any(c.dep_ == "neg" for c in head.children) and _hoped(head, w):
            return Marker("modal", tok.i)  # "Perhaps they can help a white visitor understand …"
        if low in ("can", "ca") and not perfect and _believed(head, w):
            return Marker("modal", tok.i)  # "Edwards believes Idowu can take gold at the European Indoors"
        if low == "should" and head.lemma_.lower() in w.predictive_should and not perfect:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if (
                subj is not None
                and subj.pos_ == "NOUN"
                and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
                and any(c.dep_ in ("det", "poss") for c in subj.children)  # not "companies should pay": a duty
            ):
                return Marker("modal", tok.i)  # "this upgrade should lead to a reversal": a forecast, not a duty
        return Marker("weak", tok.i)
    return None


def _perceived(verb: Token, w: Words) -> bool:
    """ "could be heard", "could be seen from the road" (not "could be seen as a sign"): a verb of
    perception in the passive."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in w.perception
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    )


def _may_or_may_not(tok: Token) -> bool:
    """Whether the modal tok is part of "may or may not" / "might or might not"."""
    doc, i, low = tok.doc, tok.i, plain(tok)
    after = [plain(t) for t in doc[i + 1 : i + 4]]
    before = [plain(t) for t in doc[max(i - 2, 0) : i]]
    return after[:3] == ["or", low, "not"] or (before == [low, "or"] and after[:1] == ["not"])


def _believed(verb: Token, w: Words) -> bool:
    """Whether verb's clause is what someone in the present believes, hopes or doubts
    ("believes Phillips Idowu can take gold", "is confident he can win", "I am skeptical he
    can pull it off")."""
    if verb.dep_ != "ccomp":
        return False
    gov = verb.head
    if gov.lemma_.lower() not in w.belief and gov.lower_ not in w.belief:
        return False
    if gov.pos_ in ("VERB", "AUX", "ADJ"):
        return copula_tense(gov) == "present"  # "believes …", "is confident …"
    return aux_tense(gov.head) == "present"  # "our hope is that …"


def _hoped(verb: Token, w: Words) -> bool:
    """Whether a hope or guess adverb modifies verb or the verb that reports it
    ("''Hopefully,'' the president said, ''this museum can help us …''")."""
    gov = governor(verb)
    return any(
        c.dep_ == "advmod" and c.lower_ in w.hope_adverbs for v in (verb, gov) if v is not None for c in v.children
    )


def _would_like_to(verb: Token, subj: Token | None) -> bool:
    """ "I would like to …", "we'd like to see …" in a main clause: the speaker's wish ahead (not
    "someone who'd like to …", "if you would like to learn more")."""
    return (
        verb.lemma_ == "like"
        and to_infinitive(verb) is not None
        and subj is not None
        and subj.lower_ in ("i", "we")
        and clause_dep(verb) not in ("relcl", "acl", "advcl")
    )


def _opinion_heads(span: Span, w: Words) -> set[int]:
    """Verbs of "you'd think", "I would say", "it would be far better if": what they govern
    is an opinion or a wish, not a forecast ("… so Parliament could consider it")."""
    out = set()
    for tok in span:
        if tok.tag_ == "MD" and plain(tok) in w.backshift | {"would"}:
            head = tok.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if _would_like_to(head, subj):
                continue
            if head.lemma_.lower() in w.opinion and (subj is None or subj.lower_ in _GENERIC_SUBJECTS):
                out.add(head.i)
            elif head.lemma_ == "be" and any(
                c.dep_ in ("acomp", "attr") and _evaluative(c, subj) for c in head.children
            ):
                out.add(head.i)
            elif head.lemma_.lower() in w.wish_would:
                out.add(head.i)  # "many Mexicans would hope their neighbour were …"
        elif tok.tag_ == "MD" and tok.lower_ in ("may", "might") and tok.head.lemma_.lower() in w.advice_modal:
            out.add(tok.head.i)  # "… might stop to consider what it could look like …"
    return out


def _exhortations(span: Span) -> set[int]:
    """ "Let's …", "let us …" (quoted or not): what they govern is urged, not foreseen ("Let's
    get back to saying our schools are something we support and will protect")."""
    return {
        tok.i
        for tok in span
        if tok.lower_ == "let"
        and tok.tag_ == "VB"
        and tok.i + 1 < len(tok.doc)
        and plain(tok.doc[tok.i + 1]) in ("'s", "us")
    }


_ABLE = frozenset({"able", "unable"})


def _epistemic_state(head: Token, w: Words) -> bool:
    """Whether may/might governs a state, not an event: "be" with an adjective ("may be
    obsolete", "might be reluctant", "may be harmful"; not "may be able to") or a verb of
    state ("may contain", "might lack", "may vary", "may seem")."""
    if head.lemma_.lower() in w.state_verbs:
        return True
    if head.lemma_ != "be":
        return False
    return any(
        c.dep_ == "acomp" and c.tag_ in ("JJ", "JJR", "JJS") and c.lower_ not in w.prospective and c.lower_ not in _ABLE
        for c in head.children
    )


def _explains(head: Token, w: Words) -> bool:
    """Whether the verb under may/might/could states a cause or a link ("may be the result
    of", "might be a risk factor", "could be related to", "may have links to", "might also
    be at play", "may be because"), not an outcome ahead."""
    if head.tag_ == "VBN" and head.lower_ in w.explanatory:
        return any(c.dep_ == "auxpass" for c in head.children)  # "could be related to"
    if head.lemma_ == "have":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in w.explanatory for c in head.children)
    if head.lemma_ != "be":
        return False
    for c in head.children:
        if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in w.explanatory:
            return True
        if c.dep_ == "attr" and any(  # "there may be a couple of reasons"
            p.lower_ == "of" and any(n.lemma_.lower() in w.explanatory for n in p.children) for p in c.children
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "play" for g in c.children):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "because" for g in c.children):
            return True
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return True  # "One of the reasons … may be that they would reveal …"
    return False


def markers(span: Span) -> list[Marker]:
    """Forward-looking markers in a sentence, minus those a past or hypothetical context cancels."""
    w = words()
    out: list[Marker] = []
    for tok in span:
        m = _marker(tok, w)
        if (
            m is not None
            and not looks_back(tok)
            and not in_condition(tok)
            and not _habit_clause(tok)
            and not _habit_scope(tok, w)
            and not _refused(tok)
            and not _subject_clause(tok)
            and not (m.kind in ("backshift", "intention") and _no_one(tok))
            and not _tell_you(tok)
        ):
            out.append(m)
    if out:
        heads = _opinion_heads(span, w) | _exhortations(span)
        if heads:
            guesses = {i for i in heads if span.doc[i].lemma_.lower() in w.guess_would}
            out = [
                m
                for m in out
                if not under(span.doc[m.i], heads)
                # "I would bet that a vaccine might happen in three years": a forecast, hedged
                or (m.kind in ("future", "modal") and under(span.doc[m.i], guesses))
            ]
    if not out:
        return out
    quoted = quoted_tokens(span)
    # In direct speech a past tense is a past tense: "it was a sad moment when the British decided to leave".
    out = [m for m in out if not (m.reported and m.kind != "backshift" and m.i in quoted)]
    asked = _quoted_questions(span)
    if _whenever_you(span):
        return []  # "Any time you want to cut taxes, … it is going to be a fairly regressive tax cut"
    out = [m for m in out if m.i not in asked]  # "“… will you pledge not to issue a pardon …?” he asks."
    out = [m for m in out if m.kind == "backshift" or not _poll_report(span.doc[m.i], w, numeric=True)]
    return [
        m
        for m in out
        if not generic(span.doc[m.i], w, people=m.i not in quoted)
        and not _you_could(span.doc[m.i])
        and not _if_you_then_you(span.doc[m.i])
    ]


def _if_you_then_you(tok: Token) -> bool:
    """ "If you come out with something like this, … you will be pilloried for it" (quoted or
    not): a rule about anyone, not a forecast."""
    verb = clause_verb(tok)
    modal = tok if tok.tag_ == "MD" else next((c for c in verb.children if c.tag_ == "MD"), None)
    if modal is not None and plain(modal) in ("would", "'d"):
        return False  # "If you throw obstacles at …, you would be shooting yourself in the foot": a warning
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children) and any(
        _if_you(c) for c in verb.children if c.dep_ == "advcl"
    )


def _you_could(tok: Token) -> bool:
    """ "You could dismiss these actions as …", "you might think", "one might expect them to
    matter more": a possibility open to anyone (tok is the modal or the verb it helps)."""
    verb = tok.head if tok.tag_ == "MD" else tok
    modal = tok if tok.tag_ == "MD" else next((c for c in verb.children if c.tag_ == "MD"), None)
    if modal is None or plain(modal) not in ("could", "might", "can", "ca", "may", "would", "'d"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:  # "you would be shooting yourself in the foot" warns someone: it stays
        you = subj.lower_ == "you" and plain(modal) not in ("would", "'d")
        return you or (subj.lower_ == "one" and not any(subj.children))
    # "… that the debates create one might expect …": the parser may hang a bare "one" elsewhere
    prev = modal.doc[modal.i - 1] if modal.i > modal.sent.start else None
    before = modal.doc[modal.i - 2].lower_ if modal.i - 2 >= modal.sent.start else ""
    return prev is not None and prev.lower_ == "one" and before not in _ONE_DETERMINERS


def generic(tok: Token, w: Words | None = None, *, people: bool = True) -> bool:
    """Whether the clause of tok (or one above it) is a wish ("they wish they could …") or,
    with `people`, speaks of anyone at all ("you'll need to …", "anyone wanting to …", "your
    financial life probably won't be …"): counterfactuals and advice, not forecasts."""
    w = w or words()
    for node in ancestors(tok):
        if is_verb(node) or node.pos_ == "NOUN" or node.pos_ == "PRON":
            if node.lemma_.lower() in w.wish or node.lower_ in w.wish:
                return True
            if people and node.lower_ in _GENERIC_PEOPLE:
                return True
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _ANYONE:
                    return True
                if (
                    people
                    and c.dep_ in ("nsubj", "nsubjpass")
                    and (
                        c.lower_ in _GENERIC_PEOPLE
                        or any(g.dep_ == "poss" and g.lower_ == "your" for g in c.children)
                        or any(g.dep_ == "conj" and g.lower_ in _GENERIC_PEOPLE for g in c.children)
                    )
                ):
                    return True
                if people and c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "your" for g in c.children):
                    return True  # "will increase your chances of qualifying for aid"
                if people and c.dep_ in ("dative", "dobj") and c.lower_ == "you":
                    return True  # "readers of a less partisan publication would tell you that": the reader
    return False


def advice(span: Span) -> bool:
    """A sentence, outside quotation marks, that gives advice or speaks of anyone at all:
    an imperative ("Pay another quarter … over the next four years", "Let's …") or a main
    clause about "you" ("You'll probably get the answers some spring day in the future")."""
    root = span.root
    quoted = quoted_tokens(span)
    if root.i in quoted:
        return False
    return (
        _imperative(span)
        or _would_do_well(root)
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _GENERIC_PEOPLE for c in root.children)
        or any(_if_you(c) for c in root.children if c.dep_ == "advcl")
    )


_WH = frozenset({"why", "how", "what", "where", "when", "who", "which"})
_LEAD_INS = frozenset({"so", "and", "but", "then", "or", "now", "well"})


def question(span: Span) -> bool:
    """A question, with or without its question mark: the sentence ends in "?", or opens
    with a wh-word and an inverted modal ("So why would Trump even go down the road …")."""
    if span.text.rstrip(" \"'”’)]/").endswith("?"):  # "/": a line of verse quoted
        return True
    words = [t for t in span if not (t.is_punct or t.is_space)]
    while words and words[0].lower_ in _LEAD_INS:
        words = words[1:]
    if len(words) < 3 or words[0].lower_ not in _WH or words[1].tag_ != "MD":
        return False
    subj = words[2]  # "why would Trump …" (the parser may tag "Trump" as a verb), not "what will happen"
    return subj.dep_ in ("nsubj", "nsubjpass") or subj.pos_ in ("PRON", "PROPN", "NOUN") or subj.is_title


def meta_note(span: Span) -> bool:
    """An editor's note or a correction: about the article, not the world."""
    return span.text.lstrip(" \"'“‘").lower().startswith(meta_prefixes())


def would_do_well(span: Span) -> bool:
    """Whether the sentence is "… would do well to …" advice outside quotation marks."""
    root = span.root
    return root.i not in quoted_tokens(span) and _would_do_well(root)


def _would_do_well(verb: Token) -> bool:
    """ "The Clinton campaign would do well to target ethnic voters": advice, not a forecast."""
    return (
        verb.lemma_ == "do"
        and any(c.tag_ == "MD" and plain(c) in ("would", "'d") for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ == "well" for c in verb.children)
    )


def _if_you(clause: Token) -> bool:
    """ "If you already made those changes years ago, …": a condition put to the reader."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in clause.children) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _GENERIC_PEOPLE for t in clause.subtree
    )


def _imperative(span: Span) -> bool:
    """A sentence that gives an order or advice: a bare verb first, no subject ("Save a quarter …",
    "Let's …", "Do not …")."""
    root = span.root
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if first is None or root.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return False
    auxes = [c for c in root.children if c.dep_ == "aux"]
    if auxes:
        # "Do not step in any water that a downed power line may be touching", "Don't …"
        return first.lower_ == "do" and auxes == [first] and any(c.dep_ == "neg" for c in root.children)
    if first.lower_ == "let" and root.lower_ == "let":
        return True
    # "Save a quarter …", "And be sure to …", "Before buying, be sure to …": nothing but a
    # conjunction, an adverb or a fronted clause before the bare verb
    lead = {t.i for c in root.children if c.i < root.i and c.dep_ in _IMPERATIVE_LEADS for t in c.subtree}
    return all(t.i in lead for t in span[: root.i - span.start] if not (t.is_punct or t.is_space))


_IMPERATIVE_LEADS = frozenset({"cc", "advmod", "advcl", "prep", "intj", "npadvmod", "punct"})


def _quoted_questions(span: Span) -> set[int]:
    """Tokens of the quotations in the sentence that end in a question mark."""
    out: set[int] = set()
    run: list[int] = []
    for tok in span:
        if tok.tag_ == "``":
            run = []
        elif tok.tag_ == "''":
            if run and tok.doc[run[-1]].text == "?":
                out.update(run)
            run = []
        else:
            run.append(tok.i)
    return out


def _whenever_you(span: Span) -> bool:
    """A clause about anyone at all that frames the sentence: "Any time you …", "Whenever you …",
    "Every time you …" (quoted or not)."""
    for tok in span:
        if tok.dep_ != "nsubj" or tok.lower_ != "you":
            continue
        verb = tok.head
        if any(c.lower_ == "whenever" for c in verb.children):
            return True
        if (
            verb.dep_ == "relcl"
            and verb.head.lower_ == "time"
            and any(c.dep_ == "det" and c.lower_ in ("any", "every", "each") for c in verb.head.children)
        ):
            return True
    return False


def _speech_act(tok: Token, w: Words) -> bool:
    """ "I just want to say thank you", "We want to congratulate …", "I want to be clear": a
    speaker's present "want to" + a verb of saying performs the act now; it plans nothing."""
    inf = to_infinitive(tok)
    if inf is None or tok.tag_ != "VBP" or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
        return False
    lemma = inf.lemma_.lower()
    return lemma in w.speech_acts or (
        lemma in ("be", "make")
        and any(c.dep_ in ("acomp", "ccomp", "oprd") and c.lower_ == "clear" for c in inf.children)
    )


def _marker(tok: Token, w: Words) -> Marker | None:
    low = tok.lower_
    lemma = tok.lemma_.lower()
    tag = tok.tag_
    if tag == "MD":
        return _modal_marker(tok, w)
    if (
        lemma == "remain"
        and tag in ("VBZ", "VBP")
        and any(c.dep_ == "xcomp" and c.lower_ == "seen" for c in tok.children)
    ):
        return Marker("prediction", tok.i)  # "Whether … will be barred … remains to be seen": an outcome ahead
    if low == "gon" and tag == "VBG" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "na":
        return _tensed("prospective", tok, aux_tense(tok) or "present")  # "Trump isn't gonna be prepared"
    if lemma == "stand" and tag in ("VBZ", "VBP") and to_infinitive(tok) is not None:
        return Marker("prospective", tok.i)  # "His greatest legacy stands to be an agreement …"
    if (
        lemma == "face"
        and tok.pos_ == "VERB"
        and aux_tense(tok) == "present"
        and any(c.dep_ == "dobj" and c.lower_ in w.face_nouns for c in tok.children)
    ):
        return Marker("prospective", tok.i)  # "Kenteris and Thanou face a maximum two-year ban"
    if (
        low in w.prospect_for
        and copula_tense(tok) == "present"
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
        )
    ):
        return Marker("prospective", tok.i)  # "some of his other mines are poised for a rebound"
    if lemma == "risk" and (risk := _risk_of(tok)) is not None:
        return _tensed("prospective", risk, aux_tense(risk) or "present")  # "… risks being wiped out"
    if low in w.on_course and _on_course(tok):
        return Marker("prospective", tok.i)  # "is on track to break that record", "are on the verge of breaking"
    if low == "going" and tag == "VBG":
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "to" and (after is None or after.is_punct) and aux_tense(tok) == "present":
            return Marker("prospective", tok.i)  # "I haven't seen it yet, but I'm going to."
        if nxt is not None and nxt.lower_ in ("anywhere", "nowhere") and aux_tense(tok) == "present":
            return Marker("prospective", tok.i)  # "I don't think it's going anywhere", "the bill is going nowhere"
        if (
            nxt is not None
            and nxt.lower_ == "to"
            and nxt.dep_ == "prep"
            and any(c.dep_ == "pobj" for c in nxt.children)
        ):
            return None  # "he is going to the ring to take care of this": a trip, not a prospect
        if nxt is not None and nxt.lower_ == "to" and (inf := to_infinitive(tok)) is not None:  # not "going on to"
            if _refusal(inf, w) and (
                any(c.dep_ == "neg" for c in tok.children) or tok.doc[max(tok.i - 1, 0)].lower_ in ("not", "n't")
            ):
                return None  # "Not going to go into that", "I'm not going to comment": a refusal
            if (
                inf.lemma_.lower() in w.performative
                and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children)
                and any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in inf.children)
            ):
                return None  # "I'm going to read you the question", "I'm going to ask you": said now
            return _tensed("prospective", tok, aux_tense(tok))
        return None
    if low in w.prospective and tok.pos_ in ("ADJ", "VERB", "ADV", "ADP"):
        if any(c.dep_ == "prt" for c in tok.children):
            return None  # "has been set up to advise …": a phrasal verb, not "set to"
        if low == "sure" and tok.head.lemma_ == "make":
            return None  # "Minnesota made sure to avoid a repeat": to ensure, not "is sure to"
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and to_infinitive(tok) is not None:
            # "injections intended to calm her": a participle takes the tense of the clause above
            return _tensed("prospective", tok, finite_tense(tok.head) or "past")
        if low in ("likely", "unlikely") and any(
            c.dep_ == "advmod" and c.lower_ in ("more", "less") for c in tok.children
        ):
            return Marker("weak", tok.i)  # "children … are more likely to be diagnosed": a tendency, not a forecast
        if low == "about" and not after_be(tok):
            return None  # "was asked about to respond": a preposition, not "is about to"
        if to_infinitive(tok) is not None or (
            low == "about" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
        ):
            return _tensed("prospective", tok, copula_tense(tok) or "present")
        if low != "about" and copula_tense(tok) == "present":
            return Marker("weak", tok.i)  # "a ruling is unlikely before the end of the year"
        return None
    if lemma == "be" and is_verb(tok) and tok.dep_ not in ("aux", "auxpass"):
        return _be_to(tok, w)
    if (
        tok.pos_ == "VERB"
        and lemma == "plan"
        and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            for c in tok.children
        )
    ):
        return _tensed("intention", tok, aux_tense(tok) or untensed(tok))  # "are already planning on spreading …"
    if tok.pos_ == "VERB" and (lemma in w.intention or low in w.intention) and to_infinitive(tok) is not None:
        if tag == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
            return None  # "the route planned to …": a participle, not a plan
        if (
            (lemma in w.seeking or low in w.seeking)
            and (
                clause_dep(tok) in ("relcl", "acl")
                or (tag == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))
            )
            and not _named_relative(tok)
        ):
            # "women who want to work …", "a movement that blames … and seeks to …", "the
            # investment community, looking to take a longer-term view": a description
            return None
        tense = aux_tense(tok) or untensed(tok)
        if lemma == "decide" and not _decision_pending(tok, to_infinitive(tok), tense):
            return None  # "She ultimately decides to leave", "we've decided to ditch ours": a decision taken
        if (
            lemma == "aim"
            and tag == "VBZ"
            and (inf := to_infinitive(tok)) is not None
            and inf.lemma_.lower() in w.mission
            and not any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in tok.children)
        ):
            return None  # "The pilot scheme aims to offer the community …": what it is for, not a plan
        if (
            (lemma in w.seeking or low in w.seeking)
            and tag == "VBN"
            and any(c.dep_ == "aux" and (c.lemma_ == "have" or plain(c) in ("'s", "'ve")) for c in tok.children)
        ):
            return None  # "he's sought to protect breaks important to real estate": a record, not a plan
        if (lemma in w.commissive or low in w.commissive) and any(
            c.dep_ == "dobj" and c.tag_ != "PRP" for c in tok.children
        ):
            return None  # "committed identity theft to open fraudulent accounts": not a pledge
        if tense == "past" and (lemma in w.commissive or low in w.commissive):
            return Marker("intention", tok.i, reported=True)  # "promised to lift regulations": a pledge ahead
        if (lemma in w.desire or low in w.desire) and _desire_no_plan(tok, w, tense):
            return None
        return _tensed("intention", tok, tense)
    if tok.pos_ == "VERB" and (lemma in w.pledge or low in w.pledge) and to_infinitive(tok) is None:
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children) and (
            tag in ("VBZ", "VBP", "VBD") or any(c.dep_ == "aux" for c in tok.children)
        ):
            tense = aux_tense(tok) or untensed(tok)
            if tense not in ("perfect-past", "counterfactual"):
                return Marker("intention", tok.i, reported=tense == "past")  # "has promised a veto"
    if (
        lemma == "look"
        and tag in ("VBZ", "VBP", "VBG")
        and aux_tense(tok) == "present"
        and any(c.dep_ in ("advmod", "prt") and c.lower_ == "forward" for c in tok.children)
    ):
        return Marker("prediction", tok.i)  # "she looks forward to seeing her back out on the campaign trail"
    if (
        lemma == "propose"
        and tag in ("VBZ", "VBP")
        and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children)
    ):
        return Marker("intention", tok.i)  # "The GOP candidate proposes allowing parents to deduct …"
    if low == "looking" and tag == "VBG" and aux_tense(tok) == "present" and _looking_at(tok):
        return Marker("prediction", tok.i)  # "We are looking at how quickly we can do that"
    perfect = tag == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in tok.children)
    if tok.pos_ == "VERB" and (lemma in w.predict or low in w.predict) and (tag != "VBN" or perfect):
        if lemma == "consider" and any(
            c.tag_ == "MD" and plain(c) in ("should", "must", "ought") for c in tok.children
        ):
            return None  # "the TV industry should consider offering a legal way …": advice
        if (lemma == "consider" or low in ("considers", "considered")) and not (
            tag == "VBG" or any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children)
        ):
            return None  # "he considered debt a last resort": an opinion, not a plan under consideration
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
            if (lemma in w.desire or low in w.desire) and aux_tense(tok) == "past":
                return None
            if lemma == "hope" and any(c.dep_ == "ccomp" and _now_or_before(c) for c in tok.children):
                return None  # "we hope she is doing well", "We hope this post has offered you …": about now
            return _tensed("prediction", tok, aux_tense(tok) or untensed(tok))
        return None
    if low in w.favourites and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        return _favourite(tok, w)
    if low == "ahead" and _ahead_of_noun(tok, w):
        return Marker("prospective", tok.i)  # "indications of weakening economic conditions ahead"
    if tok.pos_ in ("NOUN", "PROPN"):
        if low in w.nouns:
            return _intention_noun(tok)
        if low in w.prediction_nouns:
            tense = finite_tense(clause_verb(tok))
            if tense in ("past", "perfect-past") and not in_reported_speech(tok):
                return None  # "cut its sales forecasts for the year": a past act
            return Marker("weak", tok.i)
    return None


_WH_INFINITIVE = frozenset({"whether", "when", "how", "where", "which", "what", "if"})


def _named_relative(verb: Token) -> bool:
    """A relative clause about one named actor, set off by a comma ("Siemens AG, which hopes to
    take a 20 pct stake"): that actor's intention, not a description of a kind of people."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return False
    first = verb.left_edge
    return first.i > 0 and verb.doc[first.i - 1].text == ","


def _decision_pending(verb: Token, inf: Token | None, tense: str) -> bool:
    """ "time to decide whether to compete", "when deciding when and how to lift restrictions":
    a choice still to make looks ahead; "decided to leave", "decides to propose" tell of one made."""
    if inf is None or tense in ("past", "perfect-past"):
        return False
    return any(t.lower_ in _WH_INFINITIVE for t in verb.doc[verb.i + 1 : inf.i])


def _desire_no_plan(verb: Token, w: Words, tense: str) -> bool:
    """Whether a "want/wish/hope to" is a state, a truth about people or something said now,
    not a plan."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        tense == "past"
        or any(c.dep_ == "neg" for c in verb.children)  # "they wanted to remain British", "doesn't want to come"
        or any(  # "Nobody wants to bus their kids …"
            c.lower_ in w.generic_subjects or (c.lower_ == "one" and any(g.lower_ == "no" for g in c.children))
            for c in subjects
        )
        or any(_bare_plural(c) for c in subjects)  # "companies like BT want to get in with them"
        or _you_want_yours(verb)  # "But you want your people to be for your candidate": anyone, even in quotation
        or any(c.dep_ == "advmod" and c.lower_ in w.habitual for c in verb.children)  # "I always want to try …"
        or _free_relative(verb)  # "what she wants to make": a description
        or _speech_act(verb, w)  # "I just want to say thank you": said now
    )


def _free_relative(verb: Token) -> bool:
    """ "what she wants to make", "how I want my house to be": the verb's clause is a
    description introduced by a wh-word, not a statement of intent (but "what he wants to do
    is cut taxes" states one)."""
    return verb.dep_ != "csubj" and any(
        t.tag_ in ("WP", "WRB") and t.lower_ in ("what", "how", "whatever") and t.i < verb.i for t in verb.subtree
    )


def _now_or_before(verb: Token) -> bool:
    """A clause in the present progressive, a perfect or the past ("she is doing well", "this
    post has offered", "it went well"): about now or before, not about what comes."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxes:
        return True
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return True
    return verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def expecting(verb: Token) -> bool:
    """Whether verb is a prospective form ("expected", "planned", "scheduled", "set")."""
    return verb.lower_ in words().prospective


_QUANTIFIERS = frozenset({"many", "most", "some", "several", "few"})


def _you_want_yours(verb: Token) -> bool:
    """ "you want your people to be …": "you" wanting something of "your" own."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return False
    return any(g.dep_ == "poss" and g.lower_ == "your" for c in verb.children for g in c.subtree)


def _bare_plural(noun: Token) -> bool:
    """A common plural noun with no determiner, possessive or number ("businesses with a
    stake in the technology", "women"): a kind of people, not someone in particular."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") or (c.dep_ == "amod" and c.lower_ in _QUANTIFIERS)
        for c in noun.children
    )


def _favourite(tok: Token, w: Words) -> Marker | None:
    """ "is favourite to win", "is now 5/4 favourite for the Whitbread", "Second favourite is …":
    the bookmakers' or pundits' forecast (not "beating the favourite", "a favourite for families")."""
    children = list(tok.children)
    to_win = to_infinitive(tok) is not None or (
        # "She is now favourite to win …": the parser may hang the infinitive on "is"
        tok.dep_ in ("acomp", "attr") and (inf := to_infinitive(tok.head)) is not None and inf.i > tok.i
    )
    for_prize = any(c.dep_ == "prep" and c.lower_ == "for" for c in children) and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children
    )
    ranked = any(
        c.dep_ in ("amod", "nummod", "compound", "advmod", "npadvmod")
        and (c.lower_ in w.favourite_modifiers or "/" in c.text)  # "second favourite", "5/4 favourite"
        for c in children
    )
    if not (to_win or for_prize or ranked):
        return None
    verb = clause_verb(tok)
    if verb.i == tok.i:
        return None
    return _tensed("prospective", tok, finite_tense(verb) or "present")


def _ahead_of_noun(tok: Token, w: Words) -> bool:
    """ "conditions ahead", "the fight ahead": a noun with what lies before it (not "50 points
    ahead", "ahead of the vote", "ahead in the polls")."""
    if tok.i == tok.sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.tag_ not in ("NN", "NNS") or prev.lower_ in w.lead_units:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return nxt is None or nxt.lower_ not in ("of", "in", "by", "on", "with")


def _looking_at(tok: Token) -> bool:
    """ "looking at how/whether …", "looking at raising …": an option under study."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            for g in c.children:
                if g.dep_ == "pcomp" or g.tag_ == "VBG":
                    return True
    return False


def _be_to(tok: Token, w: Words) -> Marker | None:
    """ "is to rise", "are to be held": the infinitive right after a finite `be` (not "is to
    blame", "the trick is to …", "in case X were to …")."""
    inf = to_infinitive(tok)
    if inf is None or any(c.dep_ in ("expl", "csubj", "acomp") for c in tok.children):
        return None  # "it is hard to …", "how important it is to combat …": a judgement
    if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "it" and tok.doc[tok.i - 2].lower_ in ("as", "than"):
        return None  # "as easy to download a pirate TV show as it is to programme a VCR": a comparison
    if inf.lemma_.lower() in w.be_to_idioms:
        return None
    if inf.lemma_.lower() in w.be_to_judgements and any(c.dep_ == "auxpass" for c in inf.children):
        return None  # "is to be totally condemned", "is to be expected": what ought to be, not a plan
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    heads = [] if subj is None else [subj, *(c for c in subj.children if c.dep_ == "conj")]
    if any(h.lemma_.lower() in w.specifying or h.lower_ in w.specifying for h in heads):
        # (the parser may coordinate the noun with its possessor: "Obama and Clinton's gut reaction is to …")
        return None  # "The second trick is to get rid of the fat": what something is, not what will happen
    if tok.lower_ == "were" and _hypothetical_clause(tok):
        return None  # "in case its partner were to turn hostile": a hypothesis
    between = tok.doc[tok.i + 1 : inf.i]
    if any(t.lower_ != "to" and t.pos_ not in ("ADV", "PART", "AUX") for t in between):
        return None  # "it is hard to …", "is necessary to …"
    if tok.tag_ in ("VBZ", "VBP") or tok.lower_ in ("'s", "’s"):
        return Marker("prospective", tok.i)
    if tok.tag_ == "VBD":
        return _tensed("prospective", tok, "past")
    return None


def _intention_noun(tok: Token) -> Marker | None:
    """ "plans to revert", "its intention of raising", "my hope is that …" (not "no plans to …")."""
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in tok.children):
        return None
    if tok.lower_ == "intent" and tok.head.lower_ == "with":
        return None  # "charged with shooting with intent to murder": the charge, no plan
    if to_infinitive(tok) is not None or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "VBG" for g in c.children) for c in tok.children
    ):
        verb = clause_verb(tok)
        if (
            verb.i != tok.i
            and finite_tense(verb) in ("past", "perfect-past")
            and not in_reported_speech(verb)
            # "Steyer announced plans this week to give …" (not "Trump did not unveil plans to pay for it")
            and not (reporting_verb(verb) and not any(c.dep_ == "neg" for c in verb.children))
        ):
            return None  # "Gibraltarians rejected plans to …", "decided to act in a bid to …""
        return Marker("intention", tok.i)
    head = tok.head
    if tok.lower_ == "plans" and tok.dep_ == "dobj" and head.lemma_ == "have" and aux_tense(head) == "present":
        return Marker("intention", tok.i)  # "We have some big plans for the final month."
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        if any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
            return Marker("intention", tok.i)
    if tok.dep_ == "nsubj" and head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in words().plan_content:
        return Marker("intention", tok.i)  # "Other plans include letting maternity pay be given to fathers"
    return None
