"""Score the actors analyser against the hand-annotated dev set (benchmarks/data/actors-dev.json).

    python benchmarks/eval_actors.py [--verbose] [--split blind3]

For each article: major actors found (recall), listed actors that are real actors
(precision: a listed actor is right when it matches an annotated major or minor actor),
split entities (an annotated actor matched by two listed actors) and merged entities (a
listed actor matching two annotated major actors, shown for information). A listed actor
matches an annotated one when its name or one of its aliases equals the annotated name
or one of its aliases, compared case-folded without a leading "the", a possessive or the
dots of an acronym. The matching is deliberately independent of precis' own code.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata

from _common import EVAL, ROOT, header, parse_file

DEV = ROOT / "benchmarks" / "data" / "actors-dev.json"


def key(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold().strip()
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s?$", "", t)
    t = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), t)
    t = re.sub(r"(?<=[a-z]{2})\.$", "", t)  # "Swiss Bank Corp." = "Swiss Bank Corp"
    return " ".join(t.split())


def forms(name: str, aliases) -> set[str]:  # noqa: ANN001
    return {key(name)} | {key(a) for a in aliases}


def score_article(item: dict, actors) -> dict:  # noqa: ANN001
    listed = [(a, forms(a.name, a.aliases)) for a in actors]
    major = [(e, forms(e["name"], e["aliases"])) for e in item["major"]]
    minor = [(e, forms(e["name"], e["aliases"])) for e in item["minor"]]
    found = [e["name"] for e, f in major if any(f & lf for _, lf in listed)]
    missed = [e["name"] for e, f in major if not any(f & lf for _, lf in listed)]
    wrong = [a.name for a, lf in listed if not any(f & lf for _, f in major + minor)]
    splits = [
        (e["name"], [a.name for a, lf in listed if f & lf])
        for e, f in major + minor
        if sum(1 for _, lf in listed if f & lf) > 1
    ]
    merges = [
        (a.name, [e["name"] for e, f in major if f & lf]) for a, lf in listed if sum(1 for _, f in major if f & lf) > 1
    ]
    return {
        "major": len(major),
        "found": len(found),
        "listed": len(listed),
        "right": len(listed) - len(wrong),
        "splits": splits,
        "merges": merges,
        "missed": missed,
        "wrong": wrong,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list misses, unacceptable actors, splits and merges")
    ap.add_argument(
        "--split", action="append", help="score only this split (dev, heldout, blind, blind2, blind3); repeatable"
    )
    args = ap.parse_args()

    from tui.analysis.actors import find_actors
    from tui.nlp.model import load_model

    nlp = load_model()
    data = json.loads(DEV.read_text(encoding="utf-8"))
    rows = []
    spent = 0.0
    for item in data["articles"]:
        if args.split and item.get("split", "dev") not in args.split:
            continue
        rel = item["path"]
        path = ROOT / rel if rel.startswith(("seeds/", "benchmarks/")) else EVAL / rel
        if not path.exists():
            sys.exit(f"{path}: not found (set PRECIS_EVAL to the folder holding bbc-dev/ and polnear-dev/)")
        parsed = parse_file(path, nlp)
        t0 = time.perf_counter()
        actors = find_actors(parsed)
        spent += time.perf_counter() - t0
        s = score_article(item, actors)
        rows.append((rel, item.get("split", "dev"), s))
        if args.verbose:
            print(f"## {rel}", file=sys.stderr)
            for label in ("missed", "wrong", "splits", "merges"):
                if s[label]:
                    print(f"  {label}: {s[label]}", file=sys.stderr)

    print(header("Actors on the hand-annotated dev set", "python benchmarks/eval_actors.py"))
    print("| article | split | major found | listed that are actors | splits | merges |")
    print("|---|---|---|---|---|---|")
    for rel, split, s in rows:
        name = rel.rsplit("/", 1)[-1].removesuffix(".txt")[:48]
        if "bbc-dev" in rel:
            name = "bbc " + "/".join(rel.split("/")[-2:]).removesuffix(".txt")
        elif "actors-texts" in rel:
            name = "written: " + name
        elif "outlook-texts" in rel:
            name = "/".join(rel.split("/")[-2:]).removesuffix(".txt")
        print(
            f"| {name} | {split} | {s['found']}/{s['major']} | {s['right']}/{s['listed']} "
            f"| {len(s['splits'])} | {len(s['merges'])} |"
        )
    for label, keep in (
        ("dev", {"dev"}),
        ("held-out", {"heldout"}),
        ("blind", {"blind"}),
        ("blind 2", {"blind2"}),
        ("blind 3", {"blind3"}),
        ("all", {"dev", "heldout", "blind", "blind2", "blind3"}),
    ):
        sel = [s for _, split, s in rows if split in keep]
        if not sel:
            continue
        major, found = sum(s["major"] for s in sel), sum(s["found"] for s in sel)
        listed, right = sum(s["listed"] for s in sel), sum(s["right"] for s in sel)
        splits, merges = sum(len(s["splits"]) for s in sel), sum(len(s["merges"]) for s in sel)
        print(
            f"| **{label} ({len(sel)})** | | **{found}/{major} = {found / max(major, 1):.3f}** | "
            f"**{right}/{listed} = {right / max(listed, 1):.3f}** | **{splits}** | {merges} |"
        )
    print(
        f"\nTargets: major found ≥ 0.90, listed that are actors ≥ 0.80, splits 0. "
        f"find_actors took {spent * 1000:.0f} ms over {len(rows)} articles (after parsing)."
    )


if __name__ == "__main__":
    main()
