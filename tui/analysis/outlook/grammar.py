"""Dependency-tree helpers for the outlook rules: tense, clauses, reported speech, quotation.

Pure functions of spaCy tokens, one sentence at a time; every walk up the tree is bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .words import scheduled_participles, scheduling_phrases, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m", "be", "being"})
PAST_BE = frozenset({"was", "were"})
CONDITIONAL = frozenset({"if", "unless"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "csubj", "parataxis"})


def scheduling_participle(verb: Token) -> bool:
    """A present participle after its noun that puts something on the calendar ("laws *coming
    into force* on 1 January", "rules *taking effect* in June"): a schedule, whatever the main verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    words = [verb.lemma_.lower()] + [t.lower_ for t in verb.doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]]
    return any(tuple(words[: len(p)]) == p for p in scheduling_phrases())


def scheduled_for(verb: Token) -> bool:
    """A past participle after its noun with "for" that puts it on the calendar ("a meet
    *scheduled for* Friday", "a trial date *set for* July 22")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in scheduled_participles()
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    )


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def to_infinitive(tok: Token) -> Token | None:
    """The `to`-infinitive verb that complements tok ("plans *to rise*"), if any; not a
    perfect infinitive ("unlikely *to have been* a coincidence" looks back)."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp", "acl", "advcl") and child.i > tok.i and is_verb(child):
            auxes = [c for c in child.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lower_ == "to" for c in auxes):
                if child.tag_ == "VBN" and any(c.lower_ == "have" for c in auxes):
                    return None
                return child
    return None


def aux_tense(verb: Token) -> str:
    """ "present", "past", "perfect-past" (had …), "counterfactual" (would have …),
    "modal" or "" (untensed) for the verb group of `verb`."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    has_have = any(a.lemma_ == "have" for a in auxes)
    for a in auxes:
        if a.lemma_ == "have" and a.tag_ == "VBD":
            return "perfect-past"
    for a in auxes:
        if a.tag_ == "MD":
            return "counterfactual" if has_have and verb.tag_ == "VBN" else "modal"
    for a in auxes:
        if a.tag_ in ("VBZ", "VBP") or a.lower_ in PRESENT_BE:
            return "present"
        if a.tag_ == "VBD":
            return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBD":
        return "past"
    return ""


def copula_tense(tok: Token) -> str:
    """Tense of the `be` that carries a predicate adjective or participle ("is *likely*")."""
    t = aux_tense(tok)
    if t:
        return t
    head = tok.head
    if tok.dep_ in ("acomp", "attr", "xcomp") and head.lemma_ == "be":
        if head.lower_ in PRESENT_BE or head.tag_ in ("VBZ", "VBP"):
            return "present"
        if head.lower_ in PAST_BE or head.tag_ == "VBD":
            return "past"
        return aux_tense(head)
    return ""


def ancestors(tok: Token, limit: int = 16) -> Iterator[Token]:
    """tok, its head, its head's head … up to the root: at most `limit` tokens (a parse
    is a tree, but every walk stays bounded)."""
    node = tok
    for _ in range(limit):
        yield node
        if node.head.i == node.i:
            return
        node = node.head


def finite_tense(verb: Token) -> str:
    """The tense of the first tensed verb at or above `verb` ("decided to *increase*" → past)."""
    for node in ancestors(verb):
        if is_verb(node):
            tense = aux_tense(node)
            if tense:
                return tense
    return ""


def clause_verb(tok: Token) -> Token:
    """The verb that heads the clause holding tok (tok itself if it is a verb)."""
    node = tok
    for _ in range(16):
        if is_verb(node) and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def governor(verb: Token) -> Token | None:
    """The verb of the clause that embeds `verb`'s clause (None for a main clause)."""
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return governor(verb.head)  # "X called for …, but Y would …": coordinated, not embedded
    node = verb
    for _ in range(16):
        if node.head.i == node.i:
            return None
        node = node.head
        if is_verb(node) and node.dep_ not in ("aux", "auxpass"):
            return node
    return None


def reporting_verb(tok: Token) -> bool:
    """Whether tok is a verb of saying or thinking ("said", "argued", "found")."""
    lex = words()
    return tok.lemma_.lower() in lex.reporting or tok.lower_ in lex.reporting


def in_reported_speech(tok: Token) -> bool:
    """Whether tok's clause is the complement of a reporting verb ("said *it would …*")."""
    return any(
        node.dep_ in CLAUSE_DEPS and reporting_verb(node.head) for node in ancestors(tok) if node.head.i != node.i
    )


def looks_back(tok: Token) -> bool:
    """Whether tok or a verb above it is a past perfect or a counterfactual
    ("had planned to …", "had warned that it could …", "might have done what would …")."""
    return any(is_verb(node) and aux_tense(node) in ("perfect-past", "counterfactual") for node in ancestors(tok))


def in_condition(tok: Token) -> bool:
    """Whether tok sits in an if/unless clause (a condition, not a prediction). An "if" that
    asks ("It's unclear if OpenAI will release …", "not sure if he will run") is no condition."""
    verb = clause_verb(tok)
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in verb.children) and not _asks(verb):
        return True  # "WALLACE: If I may, sir, …": a condition, however the parser hangs it
    return any(
        node.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in node.children)
        and not _asks(node)
        for node in ancestors(verb)
    )


def _asks(clause: Token) -> bool:
    """Whether an if-clause is an indirect question: it hangs on a word of not knowing or
    asking ("unclear", "unsure", "wonder", "ask") or on "be" with such a word."""
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
        return False
    head = clause.head
    heads = words().question_heads
    if head.lemma_.lower() in heads:
        return True
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in heads for c in head.children)


def plain(tok: Token) -> str:
    """The lower-case form with a typographic apostrophe made plain ("’ll" → "'ll", "they’d")."""
    return tok.lower_.replace("’", "'")


def under(tok: Token, heads: set[int]) -> bool:
    """Whether `tok` or one of its first 16 ancestors is one of the token indexes `heads`."""
    return bool(heads) and any(node.i in heads for node in ancestors(tok))


def quoted_tokens(span: Span) -> set[int]:
    """Indices of the tokens inside quotation marks (a quote may have opened in an earlier sentence)."""
    out: set[int] = set()
    inside = False
    opened = False
    run: list[int] = []
    for tok in span:
        if tok.tag_ == "``":
            inside, opened = True, True
        elif tok.tag_ == "''":
            if not opened:
                out.update(run)  # the sentence began inside a quotation
            inside, opened = False, True
        elif inside:
            out.add(tok.i)
        else:
            run.append(tok.i)
    return out


def after_be(tok: Token) -> bool:
    """Whether a form of "be" comes right before tok, adverbs aside ("is just about to")."""
    for j in range(tok.i - 1, max(tok.sent.start, tok.i - 4) - 1, -1):
        prev = tok.doc[j]
        if prev.lemma_ == "be":
            return True
        if prev.pos_ not in ("ADV", "PART"):
            return False
    return False


def clause_dep(tok: Token) -> str:
    """The dependency of a clause, through coordination ("blames … and *seeks*" → relcl)."""
    for _ in range(8):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_


def untensed(tok: Token) -> str:
    """Tense for a verb with none of its own ("queries *seeking* to …" under "did not respond")."""
    if tok.head.i == tok.i:
        return "present"
    return finite_tense(tok.head) or "present"
