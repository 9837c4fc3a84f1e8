"""Claims on the hand-annotated dev set (benchmarks/data/claims-dev.jsonl), per split.

    python benchmarks/eval_claims_dev.py [--errors] [--split tune|heldout|blind] [--only NAME]

The gold claims follow the issue's definition (see "The hand-annotated dev set" in
docs/claims.md). Each gold claim names its sentences by a unique substring; it covers the
precis sentences that substring overlaps. Scoring:

- **claims found** (recall): gold claims matched one-to-one to listed claims whose
  sentences overlap theirs (a maximum matching, so two claims in one sentence need two
  listed claims; optional items take no part);
- **listed claims that are claims** (precision): a listed claim is right when its
  sentences overlap a gold or optional claim's sentences, wrong when they overlap neither;
  a claim overlapping only optional items is left out of the count;
- **speaker right** over matched gold claims: an impersonal gold claim needs no speaker;
  otherwise the listed speaker shares a content word with the gold speaker (or its
  `refers_to` / `also` names), or its actor has the name of the actor `match_actor` gives
  for one of them. A pronoun speaker ("he") is right only when its actor is the person
  the gold claim `refers_to` (the same name, or one name part of the other: "Sandra" /
  "Sandra Howard"), or, when neither has an actor, when it is the same pronoun.

"sentence recall" is the looser PolNeAR-style figure: a gold claim is found when any listed
claim overlaps it. The matching prefers pairs whose speaker is right, then larger overlap.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from _common import EVAL, ROOT, header, parse_file, require_eval

DATA = ROOT / "benchmarks" / "data" / "claims-dev.jsonl"
PRONOUNS = frozenset("he she they it we i you him her them his hers its their".split())
STOP = frozenset("the a an of for at in on to and by with from mr mrs ms dr sir de la".split()) | PRONOUNS


@dataclass
class GoldClaim:
    sids: set[int]
    speaker: str | None
    refers_to: str | None
    also: list[str]
    hedged: bool
    optional: bool
    text: str


@dataclass
class Score:
    articles: int = 0
    gold: int = 0
    optional: int = 0
    listed: int = 0
    judged: int = 0
    correct: int = 0
    found: int = 0
    loose: int = 0
    speaker_right: int = 0
    hedge_agree: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        for k in (
            "articles",
            "gold",
            "optional",
            "listed",
            "judged",
            "correct",
            "found",
            "loose",
            "speaker_right",
            "hedge_agree",
        ):
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def row(self, name: str) -> str:
        r = self.found / self.gold if self.gold else 0.0
        p = self.correct / self.judged if self.judged else 0.0
        s = self.speaker_right / self.found if self.found else 0.0
        loose = self.loose / self.gold if self.gold else 0.0
        h = self.hedge_agree / self.found if self.found else 0.0
        return (
            f"| {name} | {self.articles} | {self.gold} | {self.optional} | {self.listed} "
            f"| {r:.3f} | {p:.3f} | {s:.3f} | {loose:.3f} | {h:.3f} |"
        )


def words(s: str | None) -> set[str]:
    if not s:
        return set()
    out = set()
    for w in re.findall(r"[\w.-]+", s.casefold()):
        w = w.strip(".-")
        if w.endswith("'s"):
            w = w[:-2]
        if w and w not in STOP:
            out.add(w)
    return out


def locate(text: str, needle: str) -> tuple[int, int] | None:
    pat = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.search(pat, text)
    return (m.start(), m.end()) if m else None


def gold_of(parsed, spec: dict) -> GoldClaim:  # noqa: ANN001
    sids: set[int] = set()
    for needle in spec["sentences"]:
        r = locate(parsed.text, needle)
        if r is None:  # not in the body (a title line or page chrome precis drops)
            if not spec.get("optional"):
                print(f"warning: {needle!r} is not in the body text", file=sys.stderr)
            continue
        sids.update(s.id for s in parsed.sentences if s.start < r[1] and r[0] < s.end)
    return GoldClaim(
        sids,
        spec.get("speaker"),
        spec.get("refers_to"),
        list(spec.get("also", [])),
        bool(spec.get("hedged")),
        bool(spec.get("optional")),
        " | ".join(spec["sentences"])[:160],
    )


def speaker_ok(g: GoldClaim, claim, actors) -> bool:  # noqa: ANN001
    from tui.analysis.actors import match_actor

    if g.speaker is None:
        return claim.speaker is None
    if claim.speaker is None:
        return False
    names = [n for n in (g.speaker, g.refers_to, *g.also) if n and n.casefold() not in PRONOUNS]
    # compared by name: the actors analyser may list one person twice (a split it should
    # not make), and which of the two a speaker resolves to is not the claims' business
    gold_actors = {a.name.casefold() for n in names if (a := match_actor(actors, n)) is not None} | {
        n.casefold() for n in names
    }
    by_id = {a.id: a.name.casefold() for a in actors}
    ours = by_id.get(claim.actor) if claim.actor else None
    if claim.speaker.casefold() in PRONOUNS:
        if names and (ours is not None or len(gold_actors) > len(names)):
            # the same name, or one is part of the other ("Sandra" / "Sandra Howard")
            return ours is not None and any(words(ours) <= words(n) or words(n) <= words(ours) for n in gold_actors)
        return g.speaker.casefold() == claim.speaker.casefold()
    if ours is not None and ours in gold_actors:
        return True
    mine = words(claim.speaker)
    return any(mine & words(n) for n in names)


def match(golds: list[GoldClaim], claims, ok) -> dict[int, int]:  # noqa: ANN001
    """Maximum one-to-one matching gold -> claim (Kuhn), preferring right speakers."""
    adj: list[list[int]] = []
    for gi, g in enumerate(golds):
        cand = [ci for ci, c in enumerate(claims) if g.sids & set(c.sentences)]
        cand.sort(key=lambda ci: (not ok(gi, ci), -len(g.sids & set(claims[ci].sentences))))
        adj.append(cand)
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for ci in adj[gi]:  # a free claim first, in order of preference
            if ci not in owner:
                owner[ci] = gi
                return True
        for ci in adj[gi]:
            if ci in seen:
                continue
            seen.add(ci)
            if ci not in owner or augment(owner[ci], seen):
                owner[ci] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: ci for ci, gi in owner.items()}


def score_article(spec: dict, parsed, actors, claims, name: str) -> Score:  # noqa: ANN001
    all_gold = [gold_of(parsed, c) for c in spec["claims"]]
    golds = [g for g in all_gold if not g.optional]
    optional = [g for g in all_gold if g.optional]
    sc = Score(articles=1, gold=len(golds), optional=len(optional), listed=len(claims))

    def label(c) -> str:  # noqa: ANN001
        return f"{c.speaker!r} ({c.cue}) {c.content[:150]!r}"

    for c in claims:
        sids = set(c.sentences)
        if any(g.sids & sids for g in golds):
            sc.judged += 1
            sc.correct += 1
        elif any(g.sids & sids for g in optional):
            continue
        else:
            sc.judged += 1
            sc.lines.append(f"{name}: FP {label(c)}")
    oks = {
        (gi, ci): speaker_ok(g, c, actors)
        for gi, g in enumerate(golds)
        for ci, c in enumerate(claims)
        if g.sids & set(c.sentences)
    }
    pairs = match(golds, claims, lambda gi, ci: oks[(gi, ci)])
    for gi, g in enumerate(golds):
        if any(g.sids & set(c.sentences) for c in claims):
            sc.loose += 1
        ci = pairs.get(gi)
        if ci is None:
            sc.lines.append(f"{name}: MISS [{g.speaker}] {g.text!r}")
            continue
        sc.found += 1
        c = claims[ci]
        sc.hedge_agree += c.hedged == g.hedged
        if oks[(gi, ci)]:
            sc.speaker_right += 1
        else:
            who = g.speaker + (f"={g.refers_to}" if g.refers_to else "") if g.speaker else None
            sc.lines.append(f"{name}: SPEAKER gold={who!r} ours={c.speaker!r} :: {g.text[:100]!r}")
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print misses, false positives, speakers")
    ap.add_argument("--split", default="", help="only this split (tune, heldout or blind)")
    ap.add_argument("--only", default="", help="only articles whose path contains this")
    args = ap.parse_args(argv)

    from tui.analysis.actors import find_actors
    from tui.analysis.claims import find_claims
    from tui.nlp.model import load_model

    require_eval("polnear-dev")
    require_eval("bbc-dev")
    specs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    if args.split:
        specs = [s for s in specs if s["split"] == args.split]
    if args.only:
        specs = [s for s in specs if args.only in s["path"]]
    nlp = load_model()
    totals: dict[str, Score] = {}
    t_parse = t_claims = 0.0
    for spec in specs:
        path = (ROOT if spec["path"].startswith("seeds/") else EVAL) / spec["path"]
        t0 = time.perf_counter()
        parsed = parse_file(path, nlp)
        t1 = time.perf_counter()
        actors = find_actors(parsed)
        claims = find_claims(parsed, actors)
        t_claims += time.perf_counter() - t1
        t_parse += t1 - t0
        name = Path(spec["path"]).stem[:32]
        if "bbc-dev" in spec["path"]:
            name = "/".join(Path(spec["path"]).parts[-2:])
        sc = score_article(spec, parsed, actors, claims, name)
        totals.setdefault(spec["split"], Score()).add(sc)
        totals.setdefault("all", Score()).add(sc)
        if args.errors:
            for line in sc.lines:
                print(line)
    print(header("Claims on the hand-annotated dev set", "python benchmarks/eval_claims_dev.py"))
    print(
        "| split | articles | gold claims | optional | listed | claims found | listed that are "
        "claims | speaker right | sentence recall | hedged agrees |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for key in ("tune", "heldout", "blind", "all"):
        if key in totals:
            print(totals[key].row(key))
    print(f"\nparse {t_parse:.1f}s, actors + claims {t_claims:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
