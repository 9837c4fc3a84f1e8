"""Cue rules: from one reporting cue in the dependency parse to a draft claim.

Each rule reads one construction: a reporting verb with its clause, quotation, colon,
object or parenthetical position (`_verb`); a multi-word cue such as "according to X"
(`_phrase`); "In <poll/speech>, ..." (`_source_in`); a reporting noun with a that-clause
(`_noun`); a "NAME:" label (`_label`). The speaker is found by climbing from the cue to
its subject, through participles and relative clauses, or in the inverted and
mis-parsed positions next to a quotation. See docs/claims.md.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..actors.lexicon import lexicon as actor_lexicon
from .context import QUOTE_CHARS, ClaimContext, Draft, Range
from .cues import has_modal, particle, verb_key
from .speakers import WHEN, speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .cues import Lexicon
    from .quotes import Quote

#: A "NAME: ..." label speaks for at most this many sentences of its paragraph.
LABEL_SENTENCES = 8
_DASHES = "―—–-"
_CLAUSAL = frozenset({"ccomp"})
_CLIMB = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "pcomp", "prep"})
_INVERTED = frozenset({"dobj", "attr", "npadvmod", "oprd", "appos", "nsubj", "dative", "pobj"})
_GAP_DEPS = frozenset(
    {
        "dobj",
        "dative",
        "prep",
        "pobj",
        "npadvmod",
        "advmod",
        "det",
        "amod",
        "compound",
        "poss",
        "case",
        "punct",
        "prt",
        "nummod",
        "appos",
        "agent",
        "aux",
        "neg",
        "cc",
        "nsubj",
        "tmod",
    }
)
_SAY_LIKE_NEUTER = frozenset({"it"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "mine"})


class CueRules(ClaimContext):
    """The cue rules, as methods over the article context."""

    def _verb(self, sid: int, v: Token, key: str) -> Draft | None:
        lex = self.lex
        cat = lex.category(key)
        if cat is None:
            return None
        base = self._base(sid)
        if any(
            c.dep_ == "neg" and c.i < v.i and v.i - c.i <= 3 and self._in_quote(sid, base + c.idx) is None
            for c in v.children
        ):
            return None  # "did not say whether ..."
        if v.dep_ == "xcomp" and v.head.lemma_ in ("decline", "refuse", "fail"):
            return None
        if _idiom(v, lex):
            return None  # "Rest assured, the administration remains …"
        if (
            v.dep_ in ("ccomp", "xcomp")
            and v.head.lemma_.casefold() in lex.causative
            # "it made me realise …" (not "“That makes me smart,” Trump boasted")
            and (v.head.lemma_.casefold() != "make" or (v.tag_ == "VB" and v.i > v.head.i))
        ):
            return None  # "to help graduates find jobs": what someone is helped to do
        if _unreal_infinitive(v):
            return None  # "a more transparent way to report", "for a candidate to discuss"
        if v.tag_ == "VBN" and _modal_perfect(v):
            return None  # "employees, who she argued could have explained that …": what was not said
        if v.dep_ == "amod" and v.head.pos_ == "NOUN" and v.tag_ == "VBN" and not self.sent_quotes[sid]:
            return None  # "the said agreement", "a reported 20 people"
        doc = v.doc
        prt = particle(v, key)
        cue_end = prt if prt is not None and prt.i > v.i else v
        subj, passive, agent = self._subject(v)
        pieces: list[Range] = []
        content_first = False
        roots: list[Token] = []
        xcomp = next((c for c in v.children if c.dep_ == "xcomp"), None)
        ccomp = [c for c in v.children if c.dep_ in _CLAUSAL]
        if not v.tag_.startswith("VB"):  # "Trump charges that ..." tagged as a plural noun
            ccomp += [
                c
                for c in v.children
                if c.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ]
        if (
            passive
            and key in lex.evidence
            and xcomp is None
            and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in v.children)
        ):
            return None  # "The tool was found on the beach": a thing found, not a finding
        if cat == "clause" and not ccomp and (inner := _relative_speaker(v)) is not None:
            # "the state funding system, which advocates say disadvantages needy schools"
            subj, passive = inner, False
            noun = v.head
            for lo, hi in ((noun.left_edge.i, noun.i), (v.i + 1, v.right_edge.i)):
                if r := self._trimmed(sid, doc, lo, hi):
                    pieces.append(r)
            content_first = True
            roots.append(v)
        if cat == "clause" and ccomp:
            for c in ccomp:
                lo = c.left_edge.i
                if (
                    lo < v.i
                    and doc[lo].tag_ in ("WDT", "WP")
                    and v.dep_ == "relcl"
                    and v.head.pos_ in ("NOUN", "PROPN")
                ):
                    # "Candida auris, which the CDC now reports is rising": the noun and the rest
                    noun = v.head
                    for a, b in ((noun.left_edge.i, noun.i), (cue_end.i + 1, c.right_edge.i)):
                        if r := self._trimmed(sid, doc, a, b):
                            pieces.append(r)
                    roots.append(c)
                    content_first = True
                    continue
                hi = c.right_edge.i
                for g in c.children:
                    if g.dep_ == "conj" and _paired_participle(g) is not g:
                        # "… was aware of the details and insisting …": a claim of its own
                        hi = min(hi, g.left_edge.i - 1)
                r = self._trimmed(sid, doc, c.left_edge.i, hi)
                if r:
                    pieces.append(r)
                    roots.append(c)
                    content_first |= c.i < v.i
        if not pieces and cat == "clause":
            clause = self._misparsed_clause(v)
            if clause is not None:
                r = self._trimmed(sid, doc, clause.left_edge.i, clause.right_edge.i)
                if r:
                    pieces.append(r)
                    roots.append(clause)
                    content_first |= clause.i < v.i
        if not pieces and cat == "clause" and (host := _host_as_content(v)) is not None:
            r = self._trimmed(sid, doc, v.i + 1, host.right_edge.i)
            if r:
                pieces.append(r)
                roots.append(host)
        if (
            not pieces
            and cat == "clause"
            and xcomp is not None
            and (key in lex.infinitive or passive)
            # "pleaded not guilty to charges accusing her of helping an immigrant avoid arrest":
            # a bare verb the parser hung on the cue is no to-infinitive ("proposes doing …" is,
            # and so is an imperative after a colon: "tells voters a few ways …: Cut funding …")
            and not (
                xcomp.tag_ == "VB"
                and not any(c.tag_ == "TO" for c in xcomp.children)
                and not any(t.text == ":" for t in doc[v.i : xcomp.i])
            )
        ):
            lo = xcomp.left_edge.i
            # "had expected well over a thousand people to take part": the infinitive's subject
            # is part of what is expected
            obj = next((c for c in v.children if c.dep_ == "dobj" and v.i < c.i < xcomp.i), None)
            if obj is not None and not passive:
                lo = obj.left_edge.i
            r = self._trimmed(sid, doc, lo, xcomp.right_edge.i, drop_that=False)
            if r:
                if passive and subj is not None and subj.lower_ != "it":
                    s = self._trimmed(sid, doc, subj.left_edge.i, subj.right_edge.i)
                    if s:
                        pieces.append(s)
                pieces.append(r)
                roots.append(xcomp)
        if (
            not pieces
            and (cat == "clause" or (cat == "quote_only" and v.dep_ == "advcl"))
            and self._parenthetical(v)
            # "as time went on": a bare singular noun is no one
            and not (
                subj is not None
                and subj.tag_ == "NN"
                and not subj.ent_type_
                and not any(c.dep_ in ("det", "poss") for c in subj.children)
            )
        ):
            head = v.head
            left = self._trimmed(sid, doc, head.left_edge.i, v.left_edge.i - 1)
            right = self._trimmed(sid, doc, v.right_edge.i + 1, head.right_edge.i)
            pieces = [r for r in (left, right) if r]
            roots.append(head)
            content_first = bool(left)
        if not pieces and cat == "clause" and subj is not None and not passive:
            split = self._split_parenthetical(sid, v, subj)
            if split:
                pieces, content_first = split, True
                roots.append(v)
        quoted = False
        if not pieces:
            found = self._quote_content(sid, v, cue_end, cat, subj)
            if found is not None:
                pieces, content_first = found
                quoted = True
        if not pieces and cat in ("clause", "quote_only"):
            pieces = self._colon_content(sid, v, cue_end)
        if not pieces and cat == "naming" and not passive:
            oprd = next(
                (
                    c
                    for c in v.children
                    if c.dep_ == "oprd"
                    # "called it a hoax"; not "called in a conciliator to try to …": an infinitive names nothing
                    or (c.dep_ == "xcomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
                    or (c.dep_ == "prep" and c.lower_ == "as")
                    # "called it a hoax" read as a small clause; not "see if ..."
                    or (c.dep_ == "ccomp" and not c.tag_.startswith("VB"))
                ),
                None,
            )
            if oprd is None:
                oprd = _loose_predicate(v)
            if oprd is not None and oprd.i > v.i:
                r = self._trimmed(sid, doc, cue_end.i + 1, v.right_edge.i)
                if r:
                    pieces = [r]
        irrealis = any(c.dep_ == "aux" and c.lower_ in lex.irrealis for c in v.children)
        if (
            not pieces
            and (cat == "object" or key in lex.object)
            and not passive
            and not irrealis  # "passengers can now demand greater compensation"
            and not (key in lex.evidence and (subj is None or subj.tag_ == "PRP"))
        ):  # "they find a bit over $500 a month" is not a finding
            r = self._object_content(sid, v, cue_end, key)
            if r:
                pieces = [r]
        if not pieces and (cat == "statement_object" or key in lex.statement_object) and not passive and not irrealis:
            r = self._object_content(sid, v, cue_end, key, statements_only=True)
            if r:
                pieces = [r]
        if not pieces:
            return None
        gap_speaker = None
        if content_first:
            pieces, gap_speaker = self._clip_at_quote(sid, v, pieces)
        if subj is not None and self._in_quote(sid, base + subj.idx) is not None:
            subj = None  # a word of the quotation, not who says it
        if subj is None and not passive:
            subj = gap_speaker or self._inverted(v, content_first) or self._nearby_name(v, quoted)
            if subj is None:
                return None  # "to show that ...": no one is reported
        impersonal = False
        if subj is not None and not passive:
            word = subj.lower_
            if word in lex.impersonal and not (
                word in ("those", "these") and any(c.dep_ in ("amod", "prep", "relcl", "acl") for c in subj.children)
            ):  # but "Those close to him say ...", "those who know him"
                return None
            if word in _SAY_LIKE_NEUTER and key in lex.evidence:
                return None
            if any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in v.children):
                return None  # "they find themselves in ..."
        if passive:
            subj = agent
            impersonal = agent is None
            if impersonal and v.dep_ == "acl" and xcomp is None:
                return None  # "holes considered “critical”" describes; "said to be" reports
            if (
                impersonal
                and cat in ("quote_only", "object", "statement_object")
                and key.split()[0] not in lex.passive_hedge
            ):
                return None  # "he will be offered the job": not a report
        speaker = speaker_tokens(subj) if subj is not None else None
        if speaker is not None and self._in_quote(sid, self._base(sid) + speaker[0].idx) is not None:
            speaker = None
        if speaker is not None and subj is not None and not passive:
            pieces = self._clip_before_speaker(sid, subj, pieces)
        hedged = (
            has_modal(v, lex)
            or any(c.lower_ in lex.hedge_adverbs for c in v.children)
            or (impersonal and key.split()[0] in lex.passive_hedge)
            or self._content_hedged(roots)
        )
        start_tok = v
        if passive:
            aux = [c for c in v.children if c.dep_ == "auxpass" and c.i < v.i]
            if aux and subj is None:
                start_tok = aux[0]
        cue_span = self._tok_range(sid, start_tok, cue_end)
        return Draft(
            sid,
            cue_span[0],
            self.text[cue_span[0] : cue_span[1]],
            cue_span,
            pieces,
            speaker=speaker,
            hedged=hedged,
            quoted=quoted,
        )

    def _clip_before_speaker(self, sid: int, subj: Token, pieces: list[Range]) -> list[Range]:
        """ "…, and newsletters, commission spokesperson Riley Vetterkind said Friday": the parser
        may hang the speaker on the content; the content then ends before the speaker's phrase."""
        base = self._base(sid)
        at = base + subj.idx
        if not any(lo <= at < hi for lo, hi in pieces):
            return pieces
        cut = base + subj.left_edge.idx
        out = []
        for lo, hi in pieces:
            if lo <= at < hi:
                hi = cut
                while hi > lo and (self.text[hi - 1].isspace() or self.text[hi - 1] in ",;:—–-"):
                    hi -= 1
            if hi > lo:
                out.append((lo, hi))
        return out or pieces

    def _split_parenthetical(self, sid: int, v: Token, subj: Token) -> list[Range]:
        """'These employees, Stumpf explained earlier in the hearing, were “well-paid”' parsed
        with the cue as the main verb and the statement's verb as its conjunct: the words
        before the parenthesis and that conjunct are the content."""
        doc = v.doc
        sent = v.sent
        conj = next(
            (
                c
                for c in v.children
                if c.dep_ == "conj"
                and c.i > v.i
                and c.tag_.startswith("VB")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
        comma = subj.left_edge.i - 1
        if conj is None or comma <= sent.start or doc[comma].text != ",":
            return []
        if any(t.dep_ == "cc" and t.head.i == conj.i for t in doc[v.i : conj.i]):
            return []  # "Stumpf explained ... and was grilled": a second action, not a split
        left = self._trimmed(sid, doc, sent.start, comma - 1)
        right = self._trimmed(sid, doc, conj.left_edge.i, conj.right_edge.i)
        return [r for r in (left, right) if r] if left and right else []

    def _clip_at_quote(self, sid: int, v: Token, pieces: list[Range]) -> tuple[list[Range], Token | None]:
        """'“...,” Flynn, a top surrogate, said': content ends with the quotation; the name
        between the closing mark and the cue is the speaker."""
        base = self._base(sid)
        v_off = base + v.idx
        last = None
        for qi in self.sent_quotes[sid]:
            q = self.quotes[qi]
            if q.end <= v_off and any(q.start < r[1] and r[0] < q.end for r in pieces):
                last = q
        if last is None:
            return pieces, None
        clipped = [(a, min(b, last.pieces[-1][1])) for a, b in pieces if a < last.pieces[-1][1]]
        doc = v.doc
        speaker = None
        for tok in doc[v.sent.start : v.i]:
            off = base + tok.idx
            if off < last.end or self._in_quote(sid, off) is not None:
                continue
            if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.lower_ not in self.lex.impersonal:
                speaker = tok
                while (
                    speaker.head.i < v.i
                    and speaker.dep_ in ("compound", "amod", "det", "poss", "nmod")
                    and base + speaker.head.idx >= last.end
                ):
                    speaker = speaker.head
                break
        return clipped or pieces, speaker

    def _object_content(
        self, sid: int, v: Token, cue_end: Token, key: str, *, statements_only: bool = False
    ) -> Range | None:
        """'denied the allegations', 'called for a recount', 'cited X as Y': the object and
        the prepositional phrases that follow it. With `statements_only` the object must be a
        reporting noun ('rejected the claim', not 'rejected the offer')."""
        if cue_end is not v and cue_end.dep_ == "prep":
            obj = next((c for c in cue_end.children if c.dep_ in ("pobj", "pcomp")), None)
        else:
            obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or obj.lower_ in ("it", "this", "that", "nothing", "something", "anything"):
            return None
        if statements_only and obj.lemma_.casefold() not in self.lex.nouns:
            return None
        if key in ("deny", "reject") and obj.lemma_.casefold() in self.lex.granted_things:
            return None  # "denied access to its scientists", "denied bail": a refusal, not a statement
        hi = obj.right_edge.i
        for c in obj.children:
            nxt = v.doc[c.i + 1] if c.i + 1 < len(v.doc) else None
            if c.dep_ == "conj" and nxt is not None and verb_key(nxt, self.lex) and _stranded_subject(nxt) == c:
                # "denied the accusation and China said …": China speaks, it is not denied
                cc = [g.i for g in obj.children if g.dep_ == "cc" and g.i < c.i]
                hi = (cc[-1] if cc else c.i) - 1
                break
        for c in sorted(v.children, key=lambda t: t.i):
            if c.i > hi and c.dep_ in ("prep", "oprd", "xcomp") and c.i == hi + 1:
                hi = c.right_edge.i
        if hi == obj.i and obj.lower_ in _BARE_PRONOUNS:
            return None
        return self._trimmed(sid, v.doc, cue_end.i + 1, hi, drop_that=False)

    def _misparsed_clause(self, v: Token) -> Token | None:
        """A content clause the parser attached as an adverbial or relative clause.

        "Trump said after the convention he would not accept ..." (advcl with a subject and
        no subordinating word) and "he told a meeting of leaders that few people understood
        ..." ("that" + a clause with its own subject, read as a relative clause).
        """
        for c in v.children:
            if c.dep_ == "advcl" and c.i > v.i and c.tag_.startswith("VB"):
                marks = [g for g in c.children if g.dep_ in ("mark", "advmod") and g.i < c.i]
                has_subj = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                if (
                    has_subj
                    and all(m.lower_ == "that" for m in marks if m.dep_ == "mark")
                    and not any(m.dep_ == "mark" and m.lower_ != "that" for m in marks)
                    and not any(m.dep_ == "advmod" and m.tag_ == "WRB" for m in marks)
                ):
                    return c
            nouns = [c] if c.dep_ in ("dobj", "dative") else []
            if c.dep_ == "prep":  # "reported at the time that ...", "told reporters on Monday that"
                nouns = [g for g in c.children if g.dep_ == "pobj"]
            for n in nouns:
                if n.i < v.i:
                    continue
                for rel in n.subtree:
                    if rel.dep_ in ("relcl", "acl") and rel.i > n.i:
                        first = rel.left_edge
                        subj = [g for g in rel.children if g.dep_ in ("nsubj", "nsubjpass")]
                        if first.lower_ == "that" and subj and all(g.lower_ != "that" for g in subj):
                            return rel
        return None

    def _subject(self, v: Token) -> tuple[Token | None, bool, Token | None]:
        """(speaker token, is passive, agent) of a cue verb, climbing through participles."""
        if (
            v.dep_ == "acl"
            and v.tag_ == "VBN"
            and sum(c.dep_ in ("dobj", "oprd", "dative") for c in v.children) <= 1
            and not any(c.dep_ in ("dobj", "dative") for c in v.children)
        ):  # "the holes considered critical" (not "the letter called Oz a quack"): passive
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            return None, True, by
        stranded = _stranded_subject(v)
        if stranded is not None:
            return stranded, False, None
        node = _paired_participle(v)
        for _ in range(4):
            passive = False
            agent = None
            for c in node.children:
                if c.dep_ == "agent":
                    agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            subjects = [c for c in node.children if c.dep_ == "nsubj" and not c.is_punct and c.text[:1].isalnum()]
            if len(subjects) > 1 and _dateline_word(subjects[0]):
                subjects = subjects[1:]  # "MINNEAPOLIS -- National weather officials say …": the dateline is no one
            elif (
                len(subjects) > 1
                and subjects[-1].i < node.i
                and any(
                    t.dep_ == "cc" and t.head.i in (node.i, subjects[0].i)
                    for t in node.doc[subjects[0].i + 1 : subjects[-1].i]
                )
            ):
                # "the identified cases in the outbreak span from May 2022 …, but the CDC is
                # advising …": two clauses run into one; the subject next to the verb is its own
                subjects = subjects[-1:]
            elif len(subjects) == 1 and (after := _after_dateline(subjects[0])) is not None:
                return after, False, None  # "HARRISBURG, Pennsylvania -- Sen. John Fetterman's office said …"
            for c in node.children:
                if c.dep_ == "nsubj" and c in subjects:
                    if c.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                        return _antecedent(node.head), False, None
                    if node is not v and _extraposed(c, node, v):
                        return None, False, None  # "it's possible to predict …", "makes it hard to know …": no one
                    if c.ent_type_ in WHEN:
                        # "as defense witnesses Wednesday, County Supervisor Janice Hahn and … said": the
                        # parser made the day the subject and hung the names on it
                        named = next((g for g in c.children if g.dep_ == "conj" and g.ent_type_ not in WHEN), None)
                        return named, False, None
                    return c, False, None
                if c.dep_ == "nsubjpass" or c.dep_ == "auxpass":
                    passive = True
            if passive and node is v:
                return None, True, agent
            if passive:  # "After saying ..., she was taken to hospital": she said it
                subj = next(c for c in node.children if c.dep_ in ("nsubjpass", "auxpass"))
                if subj.dep_ == "nsubjpass":
                    return subj, False, None
            if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
                return _antecedent(node.head), False, None
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
                return self._noun_owner(node.head), False, None
            if node.dep_ in _CLIMB and node.head.i != node.i:
                if node.dep_ == "xcomp" and node.head.lemma_ == "be":
                    break  # "the aim was to show that ...": a purpose, not a speaker
                node = node.head
                continue
            break
        return None, False, None

    def _noun_owner(self, noun: Token) -> Token | None:
        """Who issued a statement/report noun: its possessor, 'from/by X', or the verb's subject."""
        for c in noun.children:
            if c.dep_ == "poss":
                return c
        j = noun.i - 1
        while j > noun.sent.start and noun.doc[j].dep_ in ("amod", "compound", "nummod"):
            j -= 1
        if j > noun.sent.start and noun.doc[j].tag_ == "POS" and noun.doc[j].head.i != noun.i:
            # "Tulsa police's earlier claim": the parser hung the "'s" elsewhere
            return noun.doc[j - 1]
        for c in noun.children:
            if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
                return c  # "a New York Times report that ..."
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ or obj.tag_ in ("NNS", "NNP", "NNPS", "PRP")):
                    return obj
        if noun.dep_ in ("dobj", "pobj", "appos"):
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            for c in verb.children:
                if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT"):
                    return c
        return None

    def _parenthetical(self, v: Token) -> bool:
        """'The move, officials said, was a mistake' / 'As Smith said, ...': the host clause
        is the content."""
        if v.dep_ == "parataxis":
            return True
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            # not "The meeting took place as the US and India announced a … framework agreement":
            # an as-clause with its own object is a time, not a source
            # ("as Ms. Simonyan put it" is a source)
            return not any(
                c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that", "so"))
                for c in v.children
            )
        return False

    def _inverted(self, v: Token, content_first: bool) -> Token | None:
        """'..., writes Zeit Online' / '"...," said Caddell': the speaker after the verb."""
        if not content_first:
            return None
        for c in v.children:
            if (
                c.i > v.i
                and c.dep_ in _INVERTED
                and c.pos_ in ("NOUN", "PROPN", "PRON")
                and c.ent_type_ not in WHEN  # "…, spokesperson Riley Vetterkind said Friday": when, not who
            ):
                return c
        return None

    def _nearby_name(self, v: Token, quoted: bool) -> Token | None:
        """For a mis-parsed cue: the name written just before it ("Trump said"), or just
        after it next to a quotation ("Said Ellis: “...”")."""
        doc = v.doc
        sent = v.sent
        for i in (v.i - 1, v.i + 1) if quoted else (v.i - 1,):
            if sent.start <= i < sent.end:
                t = doc[i]
                if t.lower_ in ("him", "them", "me", "us", "her") or t.ent_type_ in WHEN:
                    continue  # an object pronoun is not who speaks, nor is a day
                if (
                    t.pos_ in ("PROPN", "PRON")
                    or (t.pos_ == "NOUN" and t.tag_ == "NNS")
                    or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    or (t.i == v.i - 1 and v.head.i == t.i and self._noun_speaks(t, v))
                ):
                    if t.lower_ not in self.lex.impersonal:
                        return t
        return None

    def _noun_speaks(self, noun: Token, v: Token) -> bool:
        """'Trump charges that ...' (a mis-tagged verb on its subject), 'a statement saying
        ...'; not 'a stream called Miracle Run' or 'a policy urging employees to ...'."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if v.tag_ in ("VBN", "VBG"):
            lemma = noun.lemma_.casefold()
            return lemma in self.lex.source_nouns or lemma in self.lex.nouns
        return True

    def _content_hedged(self, roots: list[Token]) -> bool:
        lex = self.lex
        for r in roots:
            if has_modal(r, lex) or any(c.lower_ in lex.hedge_adverbs for c in r.children):
                return True
        return False

    def _quote_content(
        self, sid: int, v: Token, cue_end: Token, cat: str | None, subj: Token | None
    ) -> tuple[list[Range], bool] | None:
        """Content when the cue stands next to a quotation: before it, after it, or holds it."""
        base = self._base(sid)
        doc = v.doc
        v_start = base + v.idx
        v_end = base + cue_end.idx + len(cue_end.text)
        para = self.sentences[sid].paragraph
        p_start, p_end = self.para_ranges[para]
        subtree = range(v.left_edge.i, v.right_edge.i + 1)
        before: Quote | None = None
        after: Quote | None = None
        for qi in self._quotes_around(sid):
            q = self.quotes[qi]
            if q.end <= v_start and q.end >= p_start:
                before = q  # the last one wins: nearest before the cue
            elif q.start >= v_end and after is None and q.start < p_end:
                after = q
        if cat == "naming":
            if after is not None and self._gap_ok(doc, base, v_end, after.start, subtree, limit=6):
                r = self._trimmed(sid, doc, cue_end.i + 1, max(v.right_edge.i, cue_end.i + 1), drop_that=False)
                end_tok = self._token_at(sid, doc, after.end - 1)
                if r and end_tok is not None:
                    r = (r[0], max(r[1], base + end_tok.idx + len(end_tok.text)))
                if r:
                    return [r], False
            return None
        if (
            before is not None
            and self._is_speech(before)
            and not self._sentence_between(before.end, v_start)
            and self._gap_ok(doc, base, before.end, v_start, range(-1, -1), limit=8, allow_names=True)
        ):
            return list(before.pieces), True
        if after is not None and self._gap_ok(
            doc, base, v_end, after.start, subtree, limit=10, allow_names=subj is None
        ):
            if self._is_speech(after) or self._opens_with_colon_or_comma(after.start):
                return list(after.pieces), False
        return None

    def _sentence_between(self, start: int, end: int) -> bool:
        """A sentence ends in the text between a quotation and its cue ('“…”. Previously,
        passengers could claim'): the quotation is not that cue's."""
        gap = self.text[start:end]
        if not any(ch in gap for ch in ".?!"):
            return False
        i = bisect.bisect_right(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def _gap_ok(
        self,
        doc: Doc,
        base: int,
        start: int,
        end: int,
        subtree: range,
        *,
        limit: int,
        allow_names: bool = False,
    ) -> bool:
        """Only punctuation, the cue's own dependents or a short name stand between start
        and end."""
        if end < start:
            return False
        between = self.text[start:end]
        if not between.strip(" ,:;\u00a0\n\t" + _DASHES):
            return True
        n = 0
        gap = doc.char_span(start - base, end - base, alignment_mode="expand")
        for tok in gap if gap is not None else ():
            if tok.is_punct or tok.is_space:
                continue
            n += 1
            if n > limit:
                return False
            if tok.i in subtree and tok.dep_ in _GAP_DEPS:
                continue
            if allow_names and (
                tok.pos_ in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "ADV", "NUM", "ADP") or tok.dep_ in _GAP_DEPS
            ):
                continue
            return False
        return True

    def _opens_with_colon_or_comma(self, offset: int) -> bool:
        before = self.text[max(0, offset - 3) : offset].strip()
        return before.endswith((":", ","))

    def _colon_content(self, sid: int, v: Token, cue_end: Token) -> list[Range]:
        doc = v.doc
        sent = self.parsed.spans[sid]
        j = cue_end.i + 1
        while (
            j < sent.end
            and (
                doc[j].dep_
                in (
                    "dobj",
                    "dative",
                    "prep",
                    "pobj",
                    "det",
                    "compound",
                    "amod",
                    "poss",
                    "npadvmod",
                    "advmod",
                    "nsubj",
                )
                and doc[j].head.i in range(v.left_edge.i, v.right_edge.i + 1)
            )
            and j - cue_end.i < 8
        ):
            j += 1
        if j >= sent.end or doc[j].text != ":":
            return []
        if j + 1 < sent.end:
            r = self._trimmed(sid, doc, j + 1, sent.end - 1, drop_that=False)
            if r and len(self.text[r[0] : r[1]].split()) >= 2:
                return [r]
        # Nothing after the colon in this sentence: the next sentence or paragraph holds it.
        nxt = sid + 1
        if nxt >= len(self.sentences):
            return []
        s = self.sentences[nxt]
        qi = self._in_quote(nxt, s.start)
        if qi is not None:
            return list(self.quotes[qi].pieces)
        if s.paragraph == self.sentences[sid].paragraph:
            return [(s.start, s.end)]
        sids = self.para_sids[s.paragraph]
        return [(self.sentences[sids[0]].start, self.sentences[sids[-1]].end)]

    def _phrase(self, sid: int, span: Span, tok: Token, n: int) -> Draft | None:
        """'according to X', 'in the words of X': X speaks; the host clause is the content."""
        doc = tok.doc
        last = doc[tok.i + n - 1]
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if obj is None and tok.i + n < len(doc):
            nxt = doc[tok.i + n]
            obj = nxt if nxt.pos_ in ("PROPN", "NOUN", "PRON") else None
            if obj is not None:
                while obj.head.i > obj.i and obj.head.i < span.end and obj.dep_ in ("compound", "amod", "det", "poss"):
                    obj = obj.head
        if obj is None:
            return None
        top = tok
        phrase_lo = tok.i
        phrase_hi = max(obj.right_edge.i, last.i)
        if phrase_hi >= span.end - 2:
            # "According to ... Rush Limbaugh, the move reeks of ...": the parser hung the
            # statement on the name; it starts after the first comma
            comma = next((t for t in doc[obj.i : span.end] if t.text == ","), None)
            if comma is not None:
                phrase_hi = comma.i
        for t in (tok, last):
            phrase_lo = min(phrase_lo, t.left_edge.i if t is tok else phrase_lo)
        pieces = []
        left = self._trimmed(sid, doc, span.start, phrase_lo - 1)
        right = self._trimmed(sid, doc, phrase_hi + 1, span.end - 1)
        if left:
            pieces.append(left)
        if right:
            pieces.append(right)
        if not pieces:
            return None
        roots = [span.root] if span.root is not top else []
        cue_span = self._tok_range(sid, tok, last)
        return Draft(
            sid,
            cue_span[0],
            self.text[cue_span[0] : cue_span[1]],
            cue_span,
            pieces,
            speaker=speaker_tokens(obj),
            hedged=self._content_hedged(roots),
        )

    def _source_in(self, sid: int, span: Span, tok: Token) -> Draft | None:
        """'In this poll, Clinton leads ...', 'In his speech, ...': the poll or the speaker says."""
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.casefold() not in self.lex.source_nouns or tok.i > tok.head.i:
            return None
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        who = owner if owner is not None else obj
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if owner is None and obj.lemma_.casefold() in self.lex.event_nouns:
            # "In a speech on Friday, Clinton outlined ...": the speech is Clinton's
            if subj is None or subj.lower_ in self.lex.impersonal:
                return None
            who = subj
        elif owner is None and subj is not None and subj.lemma_.casefold() in self.lex.author_subjects:
            who = subj  # "In a recent study, researchers in Italy evaluated ...": the study is theirs
        doc = tok.doc
        right = self._trimmed(sid, doc, tok.right_edge.i + 1, span.end - 1, drop_that=False)
        if right is None or len(self.text[right[0] : right[1]].split()) < 3:
            return None
        cue_span = self._tok_range(sid, tok, tok)
        return Draft(
            sid,
            cue_span[0],
            tok.text,
            cue_span,
            [right],
            speaker=speaker_tokens(who),
            hedged=self._content_hedged([tok.head]),
        )

    def _noun(self, sid: int, noun: Token) -> Draft | None:
        """'his claim that ...', 'a warning from officials that ...': a speaker and a clause."""
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "appos")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        ) or next((c for c in noun.children if _content_relcl(c)), None)
        doc = noun.doc
        span = None
        if clause is not None:
            span = (clause.left_edge.i, clause.right_edge.i)
        elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and noun.head.i > noun.i:
            # "His message to the chancellor was: “Please don't ...”", "Her view is that ..."
            be = noun.head
            nxt = doc[be.i + 1] if be.i + 1 < noun.sent.end else None
            if nxt is not None and (nxt.text == ":" or nxt.lower_ == "that"):
                span = (be.i + 1, noun.sent.end - 1)
        if span is None:
            return None
        owner = self._noun_owner(noun)
        if owner is None or owner.lower_ in self.lex.impersonal:
            return None
        r = self._trimmed(sid, doc, span[0], span[1])
        if not r:
            return None
        cue_span = self._tok_range(sid, noun, noun)
        return Draft(
            sid,
            cue_span[0],
            noun.text,
            cue_span,
            [r],
            speaker=speaker_tokens(owner),
            hedged=self._content_hedged([clause] if clause is not None else []),
        )

    def _speech_after(self, span: Span, colon: Token) -> bool:
        """Words after a label that are someone's: a quotation or the first person."""
        rest = span.doc[colon.i + 1 : span.end]
        if len(rest) and rest[0].text in QUOTE_CHARS:
            return True
        return any(t.lower_ in _FIRST_PERSON for t in rest)

    def _place_name(self, name: Span, sid: int) -> bool:
        """Whether a label in capitals is a dateline, not a transcript's speaker: the model
        tags it as a place here or elsewhere in the article ("MINNEAPOLIS: … rallied in
        Minneapolis"), or the tables know it (a country, a capital, "UNITED NATIONS")."""
        ents = self.sent_ents[sid]
        if any(e.label_ in ("GPE", "LOC", "FAC") and e.start < name.end and name.start < e.end for e in ents):
            return True
        if actor_lexicon().lookup(name.text.title()) is not None:
            return True
        if self._places is None:
            self._places = {
                e.text.casefold() for found in self.sent_ents for e in found if e.label_ in ("GPE", "LOC", "FAC")
            }
        return name.text.casefold() in self._places

    def _label(self, sid: int, span: Span) -> Draft | None:
        """'Pat Caddell: ...' or a transcript's 'WALLACE: ...': a name, a colon, the statement."""
        doc = span.doc
        colon = None
        for t in span[:6]:
            if t.text == ":":
                colon = t
                break
        if colon is None or colon.i == span.start or colon.i + 1 >= span.end:
            return None
        first = span.start
        while first < colon.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        name = doc[first : colon.i]
        if not len(name):
            return None
        ents = [
            e
            for e in self.sent_ents[sid]
            if e.start >= name.start and e.end <= name.end and e.label_ in self.lex.speaker_labels
        ]
        if name.text.casefold() in self.lex.not_speaker_labels:
            return None  # "UPDATE:", "WATCH:"
        shouting = all(t.is_upper and t.is_alpha and len(t) > 1 for t in name)
        if shouting and self._place_name(name, sid):
            return None  # "COPENHAGEN: Between 8,000 and 10,000 people joined …": a dateline
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1 : span.end]) and not (
            not shouting and self._speech_after(span, colon)
        ):
            # "FIRST PERIOD: 1, MINN, Luke Mittlestadt (Koster), PP, 6:08.": a box score;
            # "Richard Avedon: Murals through Oct. 1 at the Metropolitan Museum": a show's title
            return None
        if not shouting and not (len(ents) == 1 and ents[0].start == name.start and ents[0].end == colon.i):
            return None
        if not shouting and ents[0].label_ != "PERSON" and not self._speech_after(span, colon):
            return None  # "Veto Power Impedes Peace Efforts: Eliminating ...": a headline
        # to the end of the paragraph, at most LABEL_SENTENCES sentences; cut at the next
        # label later (_cut_labels)
        sids = self.para_sids[self.sentences[sid].paragraph]
        last = min(sids[-1], sid + LABEL_SENTENCES - 1)
        end = self.sentences[last].end
        base = self._base(sid)
        start = base + doc[colon.i + 1].idx
        content = (start, end)
        cue_span = self._tok_range(sid, colon, colon)
        return Draft(
            sid,
            cue_span[0],
            ":",
            cue_span,
            [content],
            speaker=name if not ents else ents[0],
            extend=False,
        )


#: Objects that say nothing by themselves ("he emphasized them"; not "accusing her of …").
_BARE_PRONOUNS = frozenset("these those them him her us me you".split())


def _after_dateline(t: Token) -> Token | None:
    """The subject hung under a wire dateline ("HARRISBURG, Pennsylvania -- Pennsylvania Sen.
    John Fetterman's office said …", where the parser made the city the subject and the
    office an apposition): the apposition after the dash."""
    if not (t.text.isupper() and len(t.text) > 1 and t.left_edge.is_sent_start):
        return None  # "HARRISBURG, …", "ST. PAUL, Minn. -- …"
    dash = next((d for d in t.subtree if d.text in _DATELINE_DASHES and d.text != ":"), None)
    if dash is None:
        return None
    return next((d for d in t.subtree if d.i > dash.i and d.dep_ == "appos" and d.pos_ in ("NOUN", "PROPN")), None)


def _stranded_subject(v: Token) -> Token | None:
    """ "officials denied the accusation and China said it was transparent": the parser made
    "China" a second object and hung "said" on the main verb; the name right before the
    conjoined verb, with no subject of its own, is who speaks."""
    if v.dep_ != "conj" or v.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    prev = v.doc[v.i - 1]
    if (
        prev.pos_ in ("PROPN", "NOUN")
        and prev.dep_ == "conj"
        and prev.head.dep_ in ("dobj", "pobj")
        # not "showed the businessman and his companies lost …": one clause the parser split
        and prev.head.head != v.head
    ):
        return prev
    return None


_DATELINE_DASHES = frozenset(_DASHES) | {"--", ":"}


def _paired_participle(v: Token) -> Token:
    """The verb whose subject a cue participle shares: "saying only a small circle of
    officials was aware of the details and insisting that …" is parsed with *insisting*
    joined to *was*, but a bare participle pairs with the participle above (*saying*), not
    with a finite verb that has a subject of its own."""
    if v.tag_ != "VBG" or v.dep_ != "conj" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children):
        return v
    head = v.head
    if (
        head.dep_ == "ccomp"
        and head.head.tag_ == "VBG"
        and head.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return head.head
    return v


def _dateline_word(t: Token) -> bool:
    """A place in capitals opening a sentence before a dash ("LONDON — A series of studies …
    show"), which the parser may take for a second subject."""
    return (
        t.i + 1 < len(t.doc)
        and t.text.isupper()
        and t.left_edge.is_sent_start
        and t.doc[t.right_edge.i].text in _DATELINE_DASHES
    )


def _relative_speaker(v: Token) -> Token | None:
    """'..., which advocates say disadvantages needy schools' / 'who police believe was
    armed': a cue inside a relative clause with its own subject; the relative pronoun
    belongs to the statement."""
    if v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    wh = any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < v.i for c in v.children)
    own = [c for c in v.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    if not wh or not own or own[0].i < v.left_edge.i or v.right_edge.i <= v.i:
        return None
    return own[0]


def _idiom(v: Token, lex: Lexicon) -> bool:
    """Whether v ends a fixed phrase that reports nothing (reporting_cues.json `idioms`)."""
    doc = v.doc
    for idiom in lex.idioms:
        start = v.i - len(idiom) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start : v.i + 1]) == idiom:
            return True
    return False


def _unreal_infinitive(v: Token) -> bool:
    """A to-infinitive that names a possible report, not one made: on a noun ('a way to
    report offshore profits'), after a copula ('It is unusual ... to discuss') or with its
    own 'for' subject ('for a presidential candidate to discuss his well-being')."""
    if v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    if v.dep_ in ("advcl", "xcomp", "ccomp") and v.head.lemma_ == "be":
        return True  # "It is unusual for a candidate to discuss ...", "is to announce"
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children)


def _loose_predicate(v: Token) -> Token | None:
    """'Democrats called the contempt citation and the demand ... a transparent political
    ploy': an indefinite noun phrase right after the object, read as an apposition."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        return None
    doc = v.doc
    for t in doc[obj.i + 1 : v.right_edge.i + 1]:
        if t.dep_ == "appos" and t.pos_ == "NOUN":
            first = t.left_edge
            if first.lower_ in ("a", "an") and doc[first.i - 1].text != ",":
                return t
    return None


def _host_as_content(v: Token) -> Token | None:
    """'While he acknowledged funding was a major reason ..., Ham noted ...' parsed with the
    cue as an adverbial clause of its own content: the clause whose subject starts right
    after the cue (not the main clause) is what was said."""
    head = v.head
    if (
        v.dep_ != "advcl"
        or head.i < v.i
        or v.right_edge.i != v.i
        or head.dep_ == "ROOT"
        or not head.tag_.startswith("VB")
    ):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != v.i + 1 or subj.tag_ == "WP":
        return None
    return head


def _content_relcl(c: Token) -> bool:
    """'a warning that the show was unsuitable' read as a relative clause: it opens with
    'that' as a marker (not the relative pronoun) and has a subject of its own."""
    if c.dep_ != "relcl":
        return False
    first = c.left_edge
    if first.lower_ != "that" or first.dep_ not in ("mark", "advmod"):
        return False
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in c.children)


def _modal_perfect(v: Token) -> bool:
    """ "could have explained", "would have said", "might have told": a counterfactual."""
    auxes = [c for c in v.children if c.dep_ == "aux"]
    return any(c.tag_ == "MD" and c.lower_ in ("could", "would", "might", "should", "'d", "’d") for c in auxes) and any(
        c.lemma_ == "have" for c in auxes
    )


def _extraposed(subj: Token, node: Token, v: Token) -> bool:
    """Whether `subj` is the dummy "it" of an adjective or copula whose infinitive is the cue
    verb v ("it's important to understand", "it seems unwise to consider", "That makes it hard
    to know"): nobody says anything."""
    if subj.lower_ != "it" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    return (
        node.lemma_ in ("be", "seem", "appear")
        or node.pos_ == "ADJ"
        or any(c.dep_ in ("acomp", "oprd") for c in node.children)
    )


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause is about; for a predicate noun ("Trump is a candidate who
    said ...") the subject of the copula."""
    if noun.ent_type_ in ("DATE", "TIME"):
        # "published a graph about May 11 that showed …": a date shows nothing, the noun before it does
        k = noun.i - 1
        while k >= noun.sent.start and (
            noun.doc[k].ent_type_ in ("DATE", "TIME") or noun.doc[k].pos_ not in ("NOUN", "PROPN")
        ):
            k -= 1
        if k >= noun.sent.start:
            return noun.doc[k]
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "attr":
        verb = head.head
        for _ in range(3):  # "Trump incites violence and is a liar who ...": the shared subject
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
            if verb.dep_ != "conj":
                break
            verb = verb.head
    return noun
