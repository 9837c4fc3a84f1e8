"""Outlook against the hand-annotated dev set (benchmarks/data/outlook-dev.jsonl).

    python benchmarks/eval_outlook.py [--split tune|test|test2|blind3..blind17|all]
                                      [--source bbc|polnear|web|news|repo] [--errors]
                                      [--data FILE] [--against FILE]

Each record names an article under shared/eval (or, with a `repo:` prefix, a text in this
repository: benchmarks/data/outlook-texts/), its publication date and every
forward-looking sentence with its horizon. A found item matches a gold sentence when
their texts are equal (whitespace-normalised) or one contains the other. Prints recall,
precision and horizon accuracy (over matched items) as Markdown, overall and per
horizon, for each split and all together. `test` was held out while the rules were tuned
on `tune`; `test2` was annotated after the first look at `test` (and after fixes prompted
by it); `blind3` was annotated and committed before the analyser ever ran on it (22
articles: BBC business, politics, tech, sport and entertainment, PolNeAR, and three texts
written for the set); `blind4` likewise (22 real articles: 12 BBC, 10 PolNeAR, drawn with a
fixed seed); `blind5` (24 real articles) and `blind6` (30 real articles) likewise, annotated
by annotators who saw only the issue's definition (benchmarks/data/outlook-blind5-brief.md),
not this project's guideline; `blind7` and `blind8` likewise; `blind9` to `blind12`
(US web news of March 2023, benchmarks/data/outlook-texts/news2023/, briefs
outlook-blind9..12-brief.md) likewise, each drawn after the previous one's round; `blind13`
(US news of spring 2020 on COVID-19 from 16 outlets, benchmarks/data/outlook-texts/covid2020/,
brief outlook-blind13-brief.md) likewise, after blind 12's round; `blind14` (world news of
Dawn, Pakistan, October 2025 - May 2026, benchmarks/data/outlook-texts/news14/, brief
outlook-blind14-brief.md) likewise, after blind 13's round; `blind15` (Reuters business wire of
1987 from Reuters-21578, benchmarks/data/outlook-texts/news15/, brief outlook-blind15-brief.md)
likewise, after blind 14's round; `blind16` (40 Guardian articles of 2024-25,
benchmarks/data/outlook-texts/news16/, brief outlook-blind16-brief.md) likewise, after blind
15's round; `blind17` (40 Al Jazeera English articles of April-May 2025,
benchmarks/data/outlook-texts/news17/, brief outlook-blind17-brief.md) likewise, after blind
16's round.
`--source` keeps only the records of one source. `--data` scores another annotation
file; `--against FILE` scores a second annotation of the same articles instead of the
analyser (inter-annotator agreement, --data as the reference).
See docs/outlook.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from _common import EVAL, ROOT, header, require_eval

DATA = ROOT / "benchmarks" / "data" / "outlook-dev.jsonl"
HORIZONS = ("short", "medium", "long", "unspecified")
SPLITS = (
    *("tune", "test", "test2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"),
    *("blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17"),
    "all",
)
LABELS = {
    "tune": "tune",
    "test": "held-out 1",
    "test2": "held-out 2",
    "blind3": "blind 3",
    "blind4": "blind 4",
    "blind5": "blind 5",
    "blind6": "blind 6",
    "blind7": "blind 7",
    "blind8": "blind 8",
    "blind9": "blind 9",
    "blind10": "blind 10",
    "blind11": "blind 11",
    "blind12": "blind 12",
    "blind13": "blind 13",
    "blind14": "blind 14",
    "blind15": "blind 15",
    "blind16": "blind 16",
    "blind17": "blind 17",
    "all": "all",
}
SOURCES = ("bbc", "polnear", "web", "news", "repo")  # news: BBC, PolNeAR and web, the real articles
WEB = (
    "repo:benchmarks/data/outlook-texts/news2023/",
    "repo:benchmarks/data/outlook-texts/covid2020/",
    "repo:benchmarks/data/outlook-texts/news14/",
    "repo:benchmarks/data/outlook-texts/news15/",
    "repo:benchmarks/data/outlook-texts/news16/",
    "repo:benchmarks/data/outlook-texts/news17/",
)


def source_of(rec: dict) -> str:
    """Where a record's text comes from: BBC, PolNeAR, web news (US 2023; US 2020 on COVID-19;
    Dawn 2025-26; Reuters 1987; the Guardian 2024-25; Al Jazeera 2025) or a text written here."""
    name = rec["path"]
    if name.startswith(WEB):
        return "web"
    return "repo" if name.startswith("repo:") else "bbc" if name.startswith("bbc-dev/") else "polnear"


def _of_source(rec: dict, source: str | None) -> bool:
    src = source_of(rec)
    return source is None or src == source or (source == "news" and src != "repo")


def source_path(name: str) -> Path:
    """The article file of a record: under shared/eval, or in the repository with `repo:`."""
    return ROOT / name[len("repo:") :] if name.startswith("repo:") else EVAL / name


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" \"'“”‘’")


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    matched: int = 0
    horizon_ok: int = 0
    gold_by: Counter = field(default_factory=Counter)
    matched_by: Counter = field(default_factory=Counter)
    ok_by: Counter = field(default_factory=Counter)
    found_by: Counter = field(default_factory=Counter)
    true_by: Counter = field(default_factory=Counter)


def _second_items(rec: dict, parsed) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001
    """Another annotator's items, keyed by the analyser's sentence that holds each text."""
    found = {}
    sentences = [_norm(parsed.article.sentence_text(sid)) for sid in range(len(parsed.article.sentences))]
    for g in rec["outlook"]:
        text = _norm(g["text"])
        key = text if text in sentences else next((k for k in sentences if text in k or k in text), text)
        found[key] = (g["horizon"], g.get("cue"))
    return found


def evaluate(records: list[dict], nlp, errors: bool, second: dict | None = None) -> Tally:  # noqa: ANN001
    from tui.analysis.outlook import find_outlook
    from tui.article.model import Metadata
    from tui.article.plaintext import parse_text
    from tui.nlp.parse import parse

    tally = Tally()
    for rec in records:
        path = source_path(rec["path"])
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        article = parse_text(path.read_text(encoding="utf-8"), str(path), meta=Metadata(published=published))
        parsed = parse(article, nlp)
        found = {}
        if second is not None:
            found = _second_items(second[rec["path"]], parsed)
        else:
            for item in find_outlook(parsed):
                for sid in item.sentences:
                    found[_norm(parsed.article.sentence_text(sid))] = (item.horizon, item.cue)
        gold = {_norm(g["text"]): g["horizon"] for g in rec["outlook"]}
        tally.gold += len(gold)
        tally.found += len(found)
        for h in gold.values():
            tally.gold_by[h] += 1
        for h, _ in found.values():
            tally.found_by[h] += 1
        used: set[str] = set()
        for gtext, gh in gold.items():
            key = (
                gtext
                if gtext in found
                else next((k for k in found if k not in used and (k in gtext or gtext in k)), None)
            )
            if key is None:
                if errors:
                    print(f"MISS [{gh}] {rec['path']}: {gtext}")
                continue
            used.add(key)
            sh, cue = found[key]
            tally.matched += 1
            tally.matched_by[gh] += 1
            if sh == gh:
                tally.horizon_ok += 1
                tally.ok_by[gh] += 1
                tally.true_by[sh] += 1
            elif errors:
                print(f"HORIZON gold={gh} got={sh} cue={cue!r} {rec['path']}: {gtext}")
        if errors:
            for k, (sh, cue) in found.items():
                if k not in used:
                    print(f"EXTRA [{sh}] cue={cue!r} {rec['path']}: {k}")
    return tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def table(tallies: dict[str, Tally]) -> str:
    names = list(tallies)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]

    def row(label: str, fn) -> None:  # noqa: ANN001
        lines.append(f"| {label} | " + " | ".join(fn(t) for t in tallies.values()) + " |")

    row("articles", lambda t: str(t.articles))  # type: ignore[attr-defined]
    row("gold sentences / found", lambda t: f"{t.gold} / {t.found}")
    row("**recall**", lambda t: _ratio(t.matched, t.gold))
    row("**precision**", lambda t: _ratio(t.matched, t.found))
    row("**horizon accuracy** (matched)", lambda t: _ratio(t.horizon_ok, t.matched))
    for h in HORIZONS:
        row(f"{h}: gold n", lambda t, h=h: str(t.gold_by[h]))
        row(f"{h}: recall", lambda t, h=h: _ratio(t.matched_by[h], t.gold_by[h]))
        row(f"{h}: horizon accuracy", lambda t, h=h: _ratio(t.ok_by[h], t.matched_by[h]))
        row(f"{h}: horizon precision", lambda t, h=h: _ratio(t.true_by[h], t.found_by[h]))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default=None, help="only this split")
    ap.add_argument("--errors", action="store_true", help="print misses, extras and wrong horizons")
    ap.add_argument("--source", choices=SOURCES, default=None, help="only the records of this source")
    ap.add_argument("--data", type=Path, default=DATA, help="the annotated records (JSON Lines)")
    ap.add_argument(
        "--against",
        type=Path,
        default=None,
        help="score a second annotation of the same articles (JSON Lines) instead of the analyser: "
        "inter-annotator agreement, with --data as the reference",
    )
    args = ap.parse_args()
    require_eval("bbc-dev")
    require_eval("polnear-dev")
    from tui.nlp.model import load_model

    nlp = load_model()
    records = _load(args.data)
    present = {r["split"] for r in records}
    splits = [s for s in SPLITS if s in present or s == "all"] if args.split is None else [args.split]
    second = {r["path"]: r for r in _load(args.against)} if args.against else None
    if second is not None:
        records = [r for r in records if r["path"] in second]
    tallies: dict[str, Tally] = {}
    t0 = time.perf_counter()
    for split in splits:
        chosen = [r for r in records if (split == "all" or r["split"] == split) and _of_source(r, args.source)]
        if args.errors:
            print(f"--- {split}")
        t = evaluate(chosen, nlp, args.errors and split != "all", second)
        t.articles = len(chosen)  # type: ignore[attr-defined]
        tallies[LABELS[split]] = t
    elapsed = time.perf_counter() - t0
    print(header("Outlook on the annotated dev set", "python benchmarks/eval_outlook.py"))
    print(table(tallies))
    print(f"\n_{len(records)} articles in {args.data.name}; {elapsed:.1f} s._")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    main()
