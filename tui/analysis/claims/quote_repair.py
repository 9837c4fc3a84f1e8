"""Quotation repairs: claims over whole quotations, and quotations with no cue of their own.

A claim whose content touches a quotation takes the whole quotation, over sentences and
paragraphs; a quotation no cue claimed continues the quoted claim in the sentence just
before it ("“A,” he said. “B.”") or is signed after a dash ("“...” ― Name"); a
quotation running over paragraphs stops where another speaker's claim begins, and a
"NAME:" label stops at the next label.
"""

from __future__ import annotations

import bisect
import re

from .context import ClaimContext, Draft, Range, merge_ranges
from .quotes import Quote

_DASH_ATTRIBUTION = re.compile(r"[ \t\u00a0]*[―—–]+[ \t\u00a0]*|[ \t\u00a0]+-{1,2}[ \t\u00a0]*")


class QuoteRepair(ClaimContext):
    """The quotation repairs, as methods over the article context."""

    def _extend_with_quotes(self, d: Draft) -> None:
        """Stretch the content over every quotation it touches (multi-sentence quotes)."""
        if not d.extend:
            return
        out = list(d.pieces)
        for r in d.pieces:
            for sid in self._sids_in(r[0], r[1]):
                for qi in self.sent_quotes[sid]:
                    q = self.quotes[qi]
                    if q.start < r[1] and r[0] < q.end and qi not in d.quotes:
                        if not (self._is_speech(q) or (q.start <= r[0] + 2 and r[1] - 2 <= q.end)):
                            continue
                        d.quotes.add(qi)
                        out.extend(q.pieces)
        d.pieces = merge_ranges(out)
        self.claimed |= d.quotes

    def _orphan_quotes(self) -> None:
        """Quotations no cue claimed: a dash attribution, or the continuation of a quoted claim."""
        if not self.quotes:
            return
        drafts = sorted(self.drafts, key=lambda d: d.pieces[0][0])
        firsts = [d.pieces[0][0] for d in drafts]
        new: list[Draft] = []
        for qi, q in enumerate(self.quotes):
            if qi in self.claimed or not self._is_speech(q) or not q.pieces:
                continue
            if any(q.start < r[1] and r[0] < q.end for d in self._drafts_near(drafts, firsts, q) for r in d.pieces):
                continue
            split = self._split_by_cue(drafts, firsts, q)
            if split is not None:
                split.pieces = merge_ranges(split.pieces + list(q.pieces))
                split.quotes.add(qi)
                split.quoted = True
                self.claimed.add(qi)
                continue
            dash = self._dash_speaker(qi, q)
            if dash is not None:
                dash.speaker_span = self.parsed.char_span(dash.sid, dash.speaker)
                new.append(dash)
                continue
            prev = self._previous_quoted(drafts, firsts, q)
            if prev is not None:
                prev.pieces = merge_ranges(prev.pieces + list(q.pieces))
                prev.quotes.add(qi)
                self.claimed.add(qi)
                continue
            follow = self._after_reported(drafts, firsts, qi, q)
            if follow is not None:
                new.append(follow)
                at = bisect.bisect_right(firsts, follow.pieces[0][0])
                drafts.insert(at, follow)
                firsts.insert(at, follow.pieces[0][0])
                self.claimed.add(qi)
        self.drafts.extend(new)

    def _drafts_near(self, drafts: list[Draft], firsts: list[int], q: Quote) -> list[Draft]:
        i = bisect.bisect_right(firsts, q.end)
        return drafts[max(0, i - 4) : i]

    def _previous_quoted(self, drafts: list[Draft], firsts: list[int], q: Quote) -> Draft | None:
        """The claim a cue-less quotation continues: a quoted claim in the sentence just before.

        The quotation must open its sentence ("“A,” he said. “B.”" or a quoted paragraph
        after a quoted paragraph), so a quoted phrase inside the article's own sentence is
        never given to the last speaker.
        """
        i = bisect.bisect_left(firsts, q.start) - 1
        prev = None
        for j in range(i, max(-1, i - 4), -1):  # the nearest quoted claim among the last few
            if any(self._is_speech(self.quotes[k]) for k in drafts[j].quotes):
                prev = drafts[j]
                break
        if prev is None:
            return None
        article = self.parsed.article
        q_sent = article.sentence_at(q.pieces[0][0])
        if q_sent is None or self.text[q_sent.start : q.start].strip():
            return None
        end_prev = max(r[1] for r in prev.pieces)
        if prev.cue_span is not None:
            end_prev = max(end_prev, prev.cue_span[1])
        p_sent = article.sentence_at(end_prev - 1)
        if p_sent is None or q_sent.id - p_sent.id != 1:
            return None
        return prev

    def _split_by_cue(self, drafts: list[Draft], firsts: list[int], q: Quote) -> Draft | None:
        """'“Now that I don’t have to be politically correct,” he told the host, “it was
        demoralizing”': the cue between two parts of a quotation claims the first part too."""
        if not q.closed or self.text[q.pieces[-1][1] - 1 : q.pieces[-1][1]] != ",":
            return None  # '“A.” Birchers viewed ...': a finished quotation is not split
        i = bisect.bisect_right(firsts, q.end + 200)
        for d in drafts[max(0, i - 4) : i]:
            if d.cue_span is None or d.cue_span[0] < q.end or not d.extend:
                continue
            gap = self.text[q.end : d.cue_span[0]]
            if len(gap) > 60 or any(c in gap for c in ".?!\n") or len(gap.split()) > 6:
                continue
            # the cue's own content is the second part, a quotation after it
            if any(self.quotes[k].start >= d.cue_span[1] for k in d.quotes):
                return d
        return None

    def _after_reported(self, drafts: list[Draft], firsts: list[int], qi: int, q: Quote) -> Draft | None:
        """A quotation opening the sentence right after a reported claim is that speaker's:
        'But Greene believes he lost the race in the semi-finals. “In my semi-final race, I
        should have won ...”' (a claim of its own, with no cue)."""
        article = self.parsed.article
        q_sent = article.sentence_at(q.pieces[0][0])
        if q_sent is None or q_sent.id == 0 or self.text[q_sent.start : q.start].strip():
            return None
        i = bisect.bisect_left(firsts, q.start) - 1
        if any(d.sid == q_sent.id for d in drafts[max(0, i - 3) : i + 4]):
            return None  # the quotation's own sentence has a cue
        for j in range(i, max(-1, i - 4), -1):
            d = drafts[j]
            if d.speaker is None or d.speaker_span is None or not d.extend:
                continue
            if d.sid != q_sent.id - 1 or max(r[1] for r in d.pieces) > q.start:
                continue
            return Draft(
                q_sent.id,
                q.start,
                None,
                None,
                list(q.pieces),
                speaker=d.speaker,
                speaker_span=d.speaker_span,
                antecedent=d.antecedent,
                quoted=True,
                quotes={qi},
            )
        return None

    def _dash_speaker(self, qi: int, q: Quote) -> Draft | None:
        """'“...” ― Sonya Herridge': a quotation signed after a dash."""
        m = _DASH_ATTRIBUTION.match(self.text, q.end)
        if m is None:
            return None
        start = m.end()
        sid_obj = self.parsed.article.sentence_at(start)
        if sid_obj is None:
            return None
        sid = sid_obj.id
        base = self._base(sid)
        span = self.parsed.spans[sid]
        names = [t for t in span if base + t.idx >= start and base + t.idx < start + 60]
        run = []
        for t in names:
            if t.pos_ == "PROPN" or (t.is_title and t.is_alpha):
                run.append(t)
            else:
                break
        if not run:
            return None
        speaker = span.doc[run[0].i : run[-1].i + 1]
        dash_span = (m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), start)
        return Draft(
            sid,
            q.start,
            self.text[m.start() : m.end()].strip(),
            dash_span,
            list(q.pieces),
            speaker=speaker,
            quoted=True,
            quotes={qi},
        )

    def _cut_at_other_speakers(self) -> None:
        """A quotation running over paragraphs stops at a paragraph where another claim's
        cue stands inside it.

        (A transcript quoted as a whole, '"WALLACE: ... "PENCE: ...', is one quotation
        by its marks but several speakers by its labels. A quotation signed by another
        speaker ('“… losing it,” she said') is hers. A cue after the quotation has closed —
        '“… drunkenness.” He said it was vital …' — does not cut it.)
        """
        cues: dict[int, list[int]] = {}
        for d in self.drafts:
            if d.cue_span is not None:
                cues.setdefault(self._para_of(d.cue_span[0]), []).append(d.cue_span[0])
        for d in self.drafts:
            own = self.sentences[d.sid].paragraph
            paras = {self._para_of(s) for s, _ in d.pieces}
            if len(paras) <= 1:
                continue
            mine = d.cue_span[0] if d.cue_span is not None else -1

            def inside(para: int, s: int, e: int, mine: int = mine) -> bool:
                """Another cue inside the piece, or signing it: '“… losing it,” she said'."""
                signed = self.text[e - 1 : e] == ","
                return any(c != mine and (s <= c < e or (signed and e <= c <= e + 40)) for c in cues.get(para, ()))

            keep: list[Range] = []
            stop_after = stop_before = False
            for s, e in sorted(d.pieces, key=lambda r: -r[0] if self._para_of(r[0]) < own else r[0]):
                para = self._para_of(s)
                if para == own:
                    keep.append((s, e))
                elif para > own and not stop_after:
                    if inside(para, s, e):
                        stop_after = True
                    else:
                        keep.append((s, e))
                elif para < own and not stop_before:
                    if inside(para, s, e):
                        stop_before = True
                    else:
                        keep.append((s, e))
            d.pieces = merge_ranges(keep) or d.pieces

    def _cut_labels(self) -> None:
        """A 'NAME:' statement ends where the next label in its paragraph begins."""
        labels = sorted((d for d in self.drafts if not d.extend), key=lambda d: d.order)
        for a, b in zip(labels, labels[1:], strict=False):
            if self.sentences[a.sid].paragraph == self.sentences[b.sid].paragraph:
                cut = self.sentences[b.sid].start
                a.pieces = [(s, min(e, cut)) for s, e in a.pieces if s < cut] or a.pieces
