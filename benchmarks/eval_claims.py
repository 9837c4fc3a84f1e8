"""Claims on PolNeAR dev: sentence-level recall/precision/F1 and speaker accuracy, vs textacy.

    python benchmarks/eval_claims.py [--errors] [--limit N] [--only NAME]

Gold: the brat `.ann` files of ../shared/eval/polnear-dev (the first file in sorted order
when a text has several annotators). A gold attribution is *found* when one of a
system's claims has a sentence overlapping its Content span; a claim is *correct* when
one of its sentences overlaps some gold Content span. Speaker accuracy is over found
attributions: the best-overlapping claim's speaker span overlaps the gold Source span,
or resolves to the same actor, or both are absent; where the gold Source is a relative
pronoun ("Smith, who said ...") the noun phrase just before it counts as the same
speaker (the strict column counts span overlap only). precis normalises the text (title
kept but not a sentence, whitespace runs collapsed), so each sentence is aligned back to
the raw `.txt` offsets. Figures are given over all gold attributions and without those
wholly inside the title line (which no system that skips the title can find).
The baseline is textacy's `direct_quotations` on the same spaCy parse, paragraph by
paragraph (textacy refuses a paragraph with an odd number of quote marks).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from _common import header, parse_file, require_eval

Range = tuple[int, int]
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})


@dataclass
class Gold:
    content: list[Range]
    source: list[Range]
    text: str
    source_text: str
    cue_text: str = ""
    in_title: bool = False


@dataclass
class Found:
    """A system's claim mapped to the raw text: sentence ranges, speaker and content spans."""

    sentences: list[Range]
    speaker: Range | None
    content: list[Range]
    actor: str | None = None
    label: str = ""


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    claims: int = 0
    correct: int = 0
    speaker_right: int = 0
    speaker_strict: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.claims += other.claims
        self.correct += other.correct
        self.speaker_right += other.speaker_right
        self.speaker_strict += other.speaker_strict

    def row(self, name: str) -> str:
        r = self.found / self.gold if self.gold else 0.0
        p = self.correct / self.claims if self.claims else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        s = self.speaker_right / self.found if self.found else 0.0
        strict = self.speaker_strict / self.found if self.found else 0.0
        return f"| {name} | {self.gold} | {self.claims} | {r:.3f} | {p:.3f} | {f:.3f} | {s:.3f} | {strict:.3f} |"


def _ranges(spec: str) -> list[Range]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def load_gold(ann: Path, raw: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[Range], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (kind, _ranges(spec), parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(x.split(":", 1) for x in parts[1].split()))
    title_end = raw.find("\n")
    title_end = len(raw) if title_end < 0 else title_end
    out = []
    for ev in events:
        content = [r for k, v in ev.items() if k.startswith("Content") for r in spans[v][1]]
        if not content:
            continue
        source = spans[ev["Source"]][1] if "Source" in ev else []
        out.append(
            Gold(
                content,
                source,
                " … ".join(raw[a:b] for a, b in content),
                " ".join(raw[a:b] for a, b in source),
                " ".join(raw[a:b] for a, b in spans[ev["Cue"]][1]) if "Cue" in ev else "",
                in_title=all(b <= title_end for _, b in content),
            )
        )
    return out


class Aligner:
    """Maps offsets in precis' normalised text back to the raw file, sentence by sentence."""

    def __init__(self, parsed, raw: str) -> None:  # noqa: ANN001
        self.map: dict[int, int] = {}
        text = parsed.text
        cursor = 0
        for s in parsed.sentences:
            seg = text[s.start : s.end]
            words = seg.split()
            if not words:
                continue
            m = re.compile(r"\s*".join(re.escape(w) for w in words[:12])).search(raw, cursor)
            j = m.start() if m else raw.find(words[0], cursor)
            if j < 0:
                continue
            i = 0
            while i < len(seg) and j < len(raw):
                if seg[i] == raw[j]:
                    self.map[s.start + i] = j
                    i += 1
                    j += 1
                    if seg[i - 1].isspace():
                        while j < len(raw) and raw[j].isspace():
                            j += 1
                elif raw[j].isspace():
                    j += 1
                elif seg[i].isspace():
                    i += 1
                else:
                    self.map[s.start + i] = j
                    i += 1
                    j += 1
            self.map[s.end] = j
            cursor = j

    def at(self, offset: int) -> int | None:
        for d in range(0, 4):
            if offset + d in self.map:
                return self.map[offset + d]
        return None

    def range(self, start: int, end: int) -> Range | None:
        a = self.at(start)
        b = self.map.get(end)
        if b is None:
            b0 = self.at(end - 1)
            b = b0 + 1 if b0 is not None else None
        if a is None or b is None or b <= a:
            return None
        return a, b


def overlaps(a: list[Range], b: list[Range]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def overlap_len(a: list[Range], b: list[Range]) -> int:
    return sum(max(0, min(x1, y1) - max(x0, y0)) for x0, x1 in a for y0, y1 in b)


def precis_claims(parsed, actors, align: Aligner) -> list[Found]:  # noqa: ANN001
    from tui.analysis.claims import find_attributions

    out = []
    for a in find_attributions(parsed, actors):
        sents = [align.range(parsed.sentences[i].start, parsed.sentences[i].end) for i in a.claim.sentences]
        speaker = align.range(*a.speaker_span) if a.speaker_span else None
        content = [r for s, e in a.content_spans if (r := align.range(s, e))]
        c = a.claim
        out.append(
            Found(
                [s for s in sents if s],
                speaker,
                content,
                c.actor,
                f"{c.speaker!r} ({c.cue}) {'[hedged] ' if c.hedged else ''}{c.content[:160]}",
            )
        )
    return out


def textacy_claims(parsed, align: Aligner) -> list[Found]:  # noqa: ANN001
    from textacy.extract.triples import direct_quotations

    out = []
    for doc, start in zip(parsed.docs, parsed.doc_starts, strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quote marks: textacy bails out
            continue
        for t in triples:
            c0, c1 = start + t.content.start_char, start + t.content.end_char
            sids = [s.id for s in parsed.sentences if s.start < c1 and c0 < s.end]
            sents = [align.range(parsed.sentences[i].start, parsed.sentences[i].end) for i in sids]
            sp = t.speaker
            speaker = align.range(start + sp[0].idx, start + sp[-1].idx + len(sp[-1].text)) if sp else None
            content = [r for r in [align.range(c0, c1)] if r]
            out.append(
                Found(
                    [s for s in sents if s],
                    speaker,
                    content,
                    None,
                    f"{' '.join(x.text for x in sp)!r} {t.content.text[:160]}",
                )
            )
    return out


def score(golds: list[Gold], found: list[Found], actors, raw: str, name: str) -> Score:  # noqa: ANN001
    from tui.analysis.actors import match_actor

    sc = Score(gold=len(golds), claims=len(found))
    all_content = [r for g in golds for r in g.content]
    for f in found:
        if overlaps(f.sentences, all_content):
            sc.correct += 1
        else:
            sc.false.append(f"{name}: FP {f.label}")
    for g in golds:
        hits = [f for f in found if overlaps(f.sentences, g.content)]
        if not hits:
            sc.misses.append(f"{name}: MISS <{g.cue_text}> [{g.source_text}] {g.text[:200]!r}")
            continue
        sc.found += 1
        best = max(hits, key=lambda f: overlap_len(f.content, g.content))
        right = strict = False
        if not g.source:
            right = strict = best.speaker is None
        elif best.speaker is not None and overlaps([best.speaker], g.source):
            right = strict = True
        elif best.speaker is not None and g.source_text.strip().casefold() in RELATIVE:
            # gold marks the relative pronoun ("Smith, who said ..."): it stands for the noun
            # phrase just before it, which is what precis names
            gap = raw[best.speaker[1] : g.source[0][0]]
            right = best.speaker[1] <= g.source[0][0] and len(gap) <= 120 and not re.search(r"[.;:!?]", gap)
        if not right and best.actor is not None:
            gold_actor = match_actor(actors, g.source_text)
            right = gold_actor is not None and gold_actor.id == best.actor
        if right:
            sc.speaker_right += 1
        if strict:
            sc.speaker_strict += 1
        else:
            said = raw[best.speaker[0] : best.speaker[1]] if best.speaker else None
            sc.wrong_speaker.append(f"{name}: SPEAKER gold={g.source_text!r} ours={said!r} :: {g.text[:120]!r}")
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print misses, false positives, wrong speakers")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--only", default="", help="only articles whose name contains this")
    args = ap.parse_args(argv)

    from tui.analysis.actors import find_actors
    from tui.nlp.model import load_model

    base = require_eval("polnear-dev")
    nlp = load_model()
    texts = sorted((base / "text").glob("*.txt"))
    if args.only:
        texts = [t for t in texts if args.only in t.name]
    if args.limit:
        texts = texts[: args.limit]
    anns = sorted((base / "attributions").glob("*.ann"))
    totals = {k: Score() for k in ("precis", "textacy", "precis-notitle", "textacy-notitle")}
    t_parse = t_claims = 0.0
    for path in texts:
        ann = next((a for a in anns if a.name.rsplit("_", 1)[0] == path.stem), None)
        if ann is None:
            continue
        raw = path.read_text(encoding="utf-8")
        golds = load_gold(ann, raw)
        t0 = time.perf_counter()
        parsed = parse_file(path, nlp)
        t1 = time.perf_counter()
        actors = find_actors(parsed)
        align = Aligner(parsed, raw)
        ours = precis_claims(parsed, actors, align)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_claims += t2 - t1
        theirs = textacy_claims(parsed, align)
        body = [g for g in golds if not g.in_title]
        for key, system, gold in (
            ("precis", ours, golds),
            ("textacy", theirs, golds),
            ("precis-notitle", ours, body),
            ("textacy-notitle", theirs, body),
        ):
            sc = score(gold, system, actors, raw, path.stem[:40])
            totals[key].add(sc)
            if args.errors and key == "precis-notitle":
                for line in sc.misses + sc.false + sc.wrong_speaker:
                    print(line)
    print(header("Claims on PolNeAR dev", "python benchmarks/eval_claims.py"))
    print(f"{len(texts)} articles; sentence-level matching (see the script's docstring).\n")
    print(
        "| system | gold attributions | claims | recall | precision | F1 | speaker accuracy "
        "| speaker, span overlap only |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(totals["precis"].row("precis, all gold"))
    print(totals["textacy"].row("textacy direct_quotations, all gold"))
    print(totals["precis-notitle"].row("precis, gold outside the title line"))
    print(totals["textacy-notitle"].row("textacy direct_quotations, gold outside the title line"))
    print(f"\nparse {t_parse:.1f}s, actors + claims {t_claims:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
