"""Claims: who says what — attributed statements with their speakers.

A claim is a reporting cue (a verb such as "say", a phrase such as "according to", a
reporting noun such as "his claim that", a "Name:" label or a dash after a quotation)
with its speaker and its content. One pass over the sentences finds the cues in the
dependency parse; quotation spans (tui/analysis/quotes.py) stretch the content of a
claim over every sentence and paragraph its quotation covers, and a quotation with no
cue of its own continues the quoted claim just before it. Statements in the article's
own voice have no cue and are not claims. The rules are in docs/claims.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors import match_actor
from ..actors.lexicon import lexicon as actor_lexicon
from .context import Draft, Range, clean_text
from .cue_rules import CueRules
from .cues import Lexicon, match_phrase, verb_key
from .quote_repair import QuoteRepair
from .speakers import POSSESSIVES, PRONOUNS, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...nlp.parse import Parsed
    from ..actors import Actor

#: True now the analyser is implemented (the outline shows a Claims section).
AVAILABLE = True


@dataclass(frozen=True, slots=True)
class Claim:
    speaker: str | None
    actor: str | None
    cue: str | None
    content: str
    hedged: bool
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim with the character spans it came from (for evaluation and highlighting)."""

    claim: Claim
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    content_spans: tuple[tuple[int, int], ...]


#: Contents that are only a function word: the parser lost the clause.
_EMPTY_CONTENT = frozenset({"that", "which", "this", "it", "so"})


def find_claims(parsed: Parsed, actors: list[Actor]) -> list[Claim]:
    """Attributed statements in document order."""
    return [a.claim for a in find_attributions(parsed, actors)]


def find_attributions(parsed: Parsed, actors: list[Actor]) -> list[Attribution]:
    """Attributed statements with their spans, in document order."""
    return _Finder(parsed).run(actors)


class _Finder(CueRules, QuoteRepair):
    """One article's claims: sentence-by-sentence cue detection, then quotation repair."""

    def run(self, actors: list[Actor]) -> list[Attribution]:
        lex = self.lex
        for sid, span in enumerate(self.parsed.spans):
            base = self._base(sid)
            self.antecedents.observe(
                sid,
                span,
                self.sent_ents[sid],
                lambda t, b=base: b + t.idx,
                lambda o, s=sid: self._in_quote(s, o) is not None,
            )
            doc = span.doc
            found: list[Draft] = []
            label = self._label(sid, span)
            if label is not None:
                found.append(label)
            for tok in span:
                if self._in_quote(sid, base + tok.idx) is not None:
                    continue
                draft = None
                key = verb_key(tok, lex)
                if key is not None:
                    draft = self._verb(sid, tok, key)
                    if draft is None and tok.pos_ == "NOUN" and tok.lemma_.casefold() in lex.nouns:
                        draft = self._noun(sid, tok)  # "police's earlier claim that ..."
                elif tok.lower_ in ("according", "in", "as") and (n := match_phrase(doc, tok.i, lex)):
                    draft = self._phrase(sid, span, tok, n)
                elif tok.lower_ == "in" and tok.dep_ == "prep" and tok.head.dep_ == "ROOT":
                    draft = self._source_in(sid, span, tok)
                elif tok.pos_ == "NOUN" and tok.lemma_.casefold() in lex.nouns:
                    draft = self._noun(sid, tok)
                if draft is not None and not any(d.pieces == draft.pieces for d in found):
                    found.append(draft)
            if len(found) > 1:  # "In a statement, X said ...": the verb's claim is enough
                found = [
                    d
                    for d in found
                    if d.cue is None
                    or d.cue.casefold() != "in"
                    or not any(o is not d and o.sid == d.sid for o in found)
                ]
            for draft in found:
                self._extend_with_quotes(draft)
                self._note_speaker(draft)
            for draft in found:  # for later sentences: "X said Y ... He added" is X
                if not draft.quoted and draft.speaker is not None:
                    self.antecedents.demote(sid, draft.pieces)
            self.drafts.extend(found)
        self._orphan_quotes()
        self._cut_at_other_speakers()
        self._cut_labels()
        self._drop_repeats()
        self.drafts.sort(key=lambda d: (min(self._sids(d)), d.order))
        return [a for d in self.drafts if (a := self._finish(d, actors)) is not None]

    def _drop_repeats(self) -> None:
        """One statement, one claim: when a quotation was taken by the cue before it ("…
        expressed anger over Trump's remarks. “How can he even say that?” she said.") and by
        its own, the cue whose sentence holds the words keeps it."""
        by_content: dict[tuple[Range, ...], list[Draft]] = {}
        for d in self.drafts:
            if d.pieces:
                by_content.setdefault(tuple(d.pieces), []).append(d)
        drop: set[int] = set()
        for same in by_content.values():
            if len(same) < 2:
                continue
            keep = next((d for d in same if d.sid in self._sids(d)), same[0])
            drop.update(id(d) for d in same if d is not keep)
        if drop:
            self.drafts = [d for d in self.drafts if id(d) not in drop]

    def _note_speaker(self, d: Draft) -> None:
        sp = d.speaker
        if sp is None:
            return
        sid = d.sid
        start, end = self.parsed.char_span(sid, sp)
        while start < end and not self.text[start].isalnum():
            start += 1  # '">Sanders': markup left in the text
        ticker = self.text.find("<", start, end)
        if ticker > start:
            end = ticker  # "A spokesman at First Chicago Corp <FNB>": a wire's ticker symbol is no part of the name
        while end > start and not (self.text[end - 1].isalnum() or self.text[end - 1] in ".)"):
            end -= 1
        if start >= end:
            d.speaker = None
            return
        d.speaker_span = (start, end)
        word = sp[0].lower_ if len(sp) == 1 else ""
        if word in PRONOUNS or word in POSSESSIVES:
            d.antecedent = self.antecedents.resolve(POSSESSIVES.get(word, word), sid, d.speaker_span[0])
        elif len(sp) == 2 and sp[0].lower_ in ("the", "this") and _organisation_noun(sp[1].lower_, self.lex):
            # "The company said …": like "it", the organisation a subject named last
            d.antecedent = self.antecedents.resolve("it", sid, d.speaker_span[0], subjects_only=True)
        else:
            self.antecedents.note_speaker(sid, d.speaker_span[0], sp)

    def _sids(self, d: Draft) -> list[int]:
        out: set[int] = set()
        for r in d.pieces:
            out.update(self._sids_in(r[0], r[1]))
        return sorted(out) or [d.sid]

    def _finish(self, d: Draft, actors: list[Actor]) -> Attribution | None:
        d.pieces = _close_gaps(self.text, d.pieces)
        content = " … ".join(clean_text(self.text[s:e]) for s, e in d.pieces if clean_text(self.text[s:e]))
        if not content or (
            content.casefold().strip(" .,;:") in _EMPTY_CONTENT and self._in_quote(d.sid, d.pieces[0][0]) is None
        ):
            return None  # "some feel that" with the clause lost: nothing was said
        sids = tuple(self._sids(d))
        speaker = None if d.speaker is None else self.text[d.speaker_span[0] : d.speaker_span[1]]
        actor = None
        if speaker is not None:
            if d.antecedent is not None:
                found = None
                if " " in d.antecedent.ident:  # the full name: "Clinton" is Hillary here
                    found = match_actor(actors, d.antecedent.ident, d.antecedent.sid)
                if found is None:
                    found = match_actor(actors, d.antecedent.surface, d.antecedent.sid)
            elif speaker.casefold() in PRONOUNS or speaker.casefold() in POSSESSIVES:
                found = None
            else:
                found = match_actor(actors, speaker, d.sid)
                if found is None and d.speaker is not None:
                    ent = entity_of(d.speaker.root)
                    if ent is not None and ent.text != speaker:
                        found = match_actor(actors, ent.text, d.sid)
            actor = found.id if found is not None else None
        hedged = d.hedged or self._hedge_words(d)
        claim = Claim(speaker, actor, d.cue, content, hedged, sids)
        return Attribution(claim, d.speaker_span, d.cue_span, tuple(d.pieces))

    def _hedge_words(self, d: Draft) -> bool:
        """'reportedly', 'allegedly' anywhere in the claim's sentence outside a quotation (or
        inside its content); a quotation's own modal: '“We could lose,” he said'."""
        span = self.parsed.spans[d.sid]
        base = self._base(d.sid)
        lex = self.lex
        inside: list[Token] = []
        for t in span:
            off = base + t.idx
            in_content = any(s <= off < e for s, e in d.pieces)
            if t.lower_ in lex.sentence_hedges and (in_content or self._in_quote(d.sid, off) is None):
                return True
            if in_content:
                inside.append(t)
        if d.quoted and inside:
            ids = {t.i for t in inside}
            roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
            return self._content_hedged(roots)
        return False


_GAP = re.compile(r"[ \t“”\"‘’']*")


def _close_gaps(text: str, pieces: list[Range]) -> list[Range]:
    """Pieces in document order with nothing but spaces and quotation marks between them
    are one piece: "it would resume flights of New Shepard" + "“soon” starting with …" (two
    clauses the parser hung on the cue) read as the sentence wrote them."""
    out: list[Range] = []
    for s, e in pieces:
        if out and out[-1][1] <= s and _GAP.fullmatch(text, out[-1][1], s) and _balanced(text[out[-1][0] : e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _balanced(text: str) -> bool:
    """Whether every double quotation mark in text has its partner there."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _organisation_noun(word: str, lex: Lexicon) -> bool:
    """A noun that after "the" stands for an organisation named before ("the company", "the
    newspaper"): one that says a name is an organisation (titles.json `org_nouns`), unless it
    can also be a study's authors ("the team": researchers as often as a club)."""
    return word in actor_lexicon().org_nouns and word not in lex.author_subjects
