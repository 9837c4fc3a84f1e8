"""Train the outlook's learned filter, or measure it leaving one split out.

    python benchmarks/train_outlook_filter.py            # writes tui/analysis/data/outlook_filter.json
    python benchmarks/train_outlook_filter.py --loso     # Markdown table, nothing written

Needs scikit-learn (pip install -e ".[eval]"); precis itself does not: it only reads the
weights. Every sentence the outlook rules flag in the annotated dev set
(benchmarks/data/outlook-dev.jsonl, all splits) becomes a row with the features of
`tui.analysis.outlook.confidence.features` and a label, whether an annotator listed it (its
text equals or contains a gold sentence, or is contained in one, as in eval_outlook.py).
An L2 logistic regression (C = 0.3) is fitted on the features seen at least 5 times.

`--loso` trains on every split but one and scores the split left out, with the matching of
eval_outlook.py, rules alone against rules + filter at the threshold in outlook.json: the
honest estimate of what the filter does on articles it was not trained on (the rules were
tuned on every split, so both columns are optimistic; the difference is the point).
`--cache FILE` keeps the parses in a pickle between runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from _common import ROOT, header
from eval_outlook import DATA, LABELS, _load, _norm, source_path

OUT = ROOT / "tui" / "analysis" / "data" / "outlook_filter.json"
C = 0.3
MIN_COUNT = 5
#: The rules' output on these records (texts in the repository) is fingerprinted into the
#: weights file; tests/test_outlook_filter.py fails when the rules change it, so the filter
#: is retrained with the rules it filters.
FINGERPRINT_SPLIT, FINGERPRINT_RECORDS = "blind17", 40


def fingerprint_records(records: list[dict]) -> list[dict]:
    return [r for r in records if r["split"] == FINGERPRINT_SPLIT][:FINGERPRINT_RECORDS]


def fingerprint(records: list[dict], parses: list) -> str:
    """A hash of what the rules flag in these articles: sentence, horizon and cue."""
    from tui.analysis.outlook import find_outlook

    h = hashlib.sha256()
    for rec, parsed in zip(records, parses, strict=True):
        for item in find_outlook(parsed, filtered=False):
            h.update(f"{rec['path']}|{item.sentences}|{item.horizon}|{item.cue}\n".encode())
    return h.hexdigest()[:16]


def _parses(records: list[dict], cache: Path | None) -> list:
    from tui.article.model import Metadata
    from tui.article.plaintext import parse_text
    from tui.nlp.model import load_model
    from tui.nlp.parse import Parsed, parse

    if cache is not None and cache.exists():
        stored = pickle.loads(cache.read_bytes())
        return [
            Parsed(a, docs, starts, [docs[d][s:e] for (s, e), d in zip(sp, sd, strict=True)], sd)
            for a, docs, starts, sp, sd in stored
        ]
    nlp = load_model()
    out = []
    for rec in records:
        path = source_path(rec["path"])
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        article = parse_text(path.read_text(encoding="utf-8"), str(path), meta=Metadata(published=published))
        out.append(parse(article, nlp))
    if cache is not None:
        rows = [(p.article, p.docs, p.doc_starts, [(s.start, s.end) for s in p.spans], p.span_docs) for p in out]
        cache.write_bytes(pickle.dumps(rows, protocol=5))
    return out


def rows_of(records: list[dict], parses: list) -> list[dict]:
    """One row per sentence the rules flag: split, features, label; plus what scoring needs."""
    from tui.analysis.outlook import find_outlook
    from tui.analysis.outlook.confidence import features

    rows = []
    for rec, parsed in zip(records, parses, strict=True):
        items = find_outlook(parsed, filtered=False)
        gold = {_norm(g["text"]) for g in rec["outlook"]}
        share = len(items) / max(1, len(parsed.spans))
        for item in items:
            sid = item.sentences[0]
            text = _norm(parsed.article.sentence_text(sid))
            rows.append(
                {
                    "article": rec["path"],
                    "split": rec["split"],
                    "text": text,
                    "horizon": item.horizon,
                    "label": text in gold or any(g in text or text in g for g in gold),
                    "features": features(parsed.spans[sid], item.horizon, share),
                }
            )
    return rows


def fit(rows: list[dict]) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(k for r in rows for k in r["features"])
    keep = [{k: v for k, v in r["features"].items() if seen[k] >= MIN_COUNT} for r in rows]
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(keep), [r["label"] for r in rows])
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    return float(model.intercept_[0]), dict(sorted(weights.items()))


def _score(records: list[dict], found: dict[str, dict[str, str]]) -> tuple[int, int, int, int]:
    """gold, found, matched, horizon right: eval_outlook.py's matching."""
    g = f = m = h = 0
    for rec in records:
        items = found.get(rec["path"], {})
        gold = {_norm(x["text"]): x["horizon"] for x in rec["outlook"]}
        g += len(gold)
        f += len(items)
        used: set[str] = set()
        for text, horizon in gold.items():
            near = (k for k in items if k not in used and (k in text or text in k))
            key = text if text in items else next(near, None)
            if key is not None:
                used.add(key)
                m += 1
                h += items[key] == horizon
    return g, f, m, h


def loso(records: list[dict], rows: list[dict]) -> None:
    from tui.analysis.outlook.confidence import Model, probability
    from tui.analysis.outlook.timex import lexicon

    threshold = float(lexicon()["filter"]["threshold"])
    title = "The outlook's learned filter, leaving one split out"
    print(header(title, "python benchmarks/train_outlook_filter.py --loso"))
    print(
        f"Threshold {threshold}. Recall / precision / horizon accuracy of the rules alone, then with the "
        "filter trained on the other splits.\n"
    )
    print("| held-out split | gold | rules R / P / H | + filter R / P / H | dropped (of them listed) |")
    print("|---|---:|---:|---:|---:|")
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for split in LABELS:
        test_recs = [r for r in records if r["split"] == split]
        if not test_recs:
            continue
        bias, weights = fit([r for r in rows if r["split"] != split])
        m = Model(bias, weights, threshold)
        before: dict[str, dict[str, str]] = defaultdict(dict)
        after: dict[str, dict[str, str]] = defaultdict(dict)
        dropped = listed = 0
        for r in rows:
            if r["split"] != split:
                continue
            before[r["article"]][r["text"]] = r["horizon"]
            if probability(m, r["features"]) >= threshold:
                after[r["article"]][r["text"]] = r["horizon"]
            else:
                dropped += 1
                listed += r["label"]
        cells = []
        for name, found in (("rules", before), ("filter", after)):
            g, f, mt, h = _score(test_recs, found)
            cells.append(f"{mt / g:.3f} / {mt / max(1, f):.3f} / {h / max(1, mt):.3f}")
            recent = split.startswith("blind") and int(split[5:]) >= 9
            group = "blind 9–17 (web and world news)" if recent else "older splits"
            for key in (f"{name}:{group}", f"{name}:all"):
                total[key] = [a + b for a, b in zip(total[key], (g, f, mt, h), strict=True)]
        print(f"| {LABELS[split]} | {g} | {cells[0]} | {cells[1]} | {dropped} ({listed}) |")
    for group in ("blind 9–17 (web and world news)", "older splits", "all"):
        cells = []
        for name in ("rules", "filter"):
            g, f, mt, h = total[f"{name}:{group}"]
            cells.append(f"{mt / g:.3f} / {mt / max(1, f):.3f} / {h / max(1, mt):.3f}")
        print(f"| **{group}** | {g} | {cells[0]} | {cells[1]} | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loso", action="store_true", help="leave one split out; write nothing")
    ap.add_argument("--cache", type=Path, help="pickle of the parses, made on the first run")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("train_outlook_filter.py needs scikit-learn: pip install -e '.[eval]'")
    t0 = time.perf_counter()
    records = _load(DATA)
    parses = _parses(records, args.cache)
    rows = rows_of(records, parses)
    if args.loso:
        loso(records, rows)
        print(f"\n_{len(rows)} flagged sentences in {len(records)} articles; {time.perf_counter() - t0:.0f} s._")
        return
    bias, weights = fit(rows)
    labelled = sum(r["label"] for r in rows)
    probe = fingerprint_records(records)
    by_path = dict(zip((r["path"] for r in records), parses, strict=True))
    data = {
        "_about": (
            "Weights of the outlook's learned filter (tui/analysis/outlook/confidence.py), written by "
            "benchmarks/train_outlook_filter.py: an L2 logistic regression "
            f"(C={C}, features seen at least {MIN_COUNT} times) over {len(rows)} sentences the rules flag in "
            f"{len(records)} annotated dev articles, {labelled} of them listed by annotators. Do not edit by hand."
        ),
        "rules_fingerprint": fingerprint(probe, [by_path[r["path"]] for r in probe]),
        "bias": round(bias, 4),
        "weights": weights,
    }
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    took = time.perf_counter() - t0
    print(f"{OUT.relative_to(ROOT)}: {len(weights)} weights from {len(rows)} rows ({labelled} listed); {took:.0f} s")


if __name__ == "__main__":
    main()
