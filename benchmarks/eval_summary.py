"""ROUGE of every summarizer on BBC dev, with LEAD-k and a random baseline.

    pip install -e ".[eval]"
    python benchmarks/eval_summary.py            # Markdown table on stdout

For each article, k = the number of sentences in its reference summary; every method
picks k sentences from the same spaCy sentences. The default ("centroid") is what
`precis` uses; the others are sumy's algorithms run the plain way (sentences in, k out).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict

from _common import header, parse_file, require_eval

RANDOM_SEEDS = 10


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (quick check)")
    args = ap.parse_args()

    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit('rouge-score is missing: pip install -e ".[eval]"')
    from tui.analysis.summary import DEFAULT_SUMMARIZER, SUMMARIZERS, summarize, sumy_pick
    from tui.nlp.model import load_model

    base = require_eval("bbc-dev")
    nlp = load_model()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    paths = sorted((base / "articles").glob("*/*.txt"))[: args.limit]
    items = []
    for path in paths:
        ref_path = base / "summaries" / path.parent.name / path.name
        reference = [ln for ln in ref_path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        items.append((path, parse_file(path, nlp), reference))

    methods = [DEFAULT_SUMMARIZER] + [m for m in SUMMARIZERS if m not in (DEFAULT_SUMMARIZER, "lead")]
    rows: dict[str, dict[str, float]] = {}
    timings: dict[str, float] = {}

    def score(picks_for, name: str | None = None) -> dict[str, float]:  # noqa: ANN001
        totals: dict[str, list[float]] = defaultdict(list)
        spent = 0.0
        for _path, parsed, reference in items:
            start = time.perf_counter()
            ids = picks_for(parsed, len(reference))
            spent += time.perf_counter() - start
            text = " ".join(parsed.article.sentence_text(i) for i in ids)
            result = scorer.score(" ".join(reference), text)
            for key in ("rouge1", "rouge2", "rougeL"):
                totals[key].append(result[key].fmeasure)
        if name:
            timings[name] = spent
        return {k: statistics.mean(v) for k, v in totals.items()}

    # The default as precis runs it; sumy's algorithms the plain way: all sentences in, k out.
    rows[DEFAULT_SUMMARIZER] = score(lambda p, k: [i.sentences[0] for i in summarize(p, count=k)], DEFAULT_SUMMARIZER)
    for method in methods[1:]:
        rows[method] = score(lambda p, k, m=method: sumy_pick(p, m, k), method)
    rows["LEAD-k"] = score(lambda p, k: list(range(min(k, len(p.sentences)))))
    random_runs = []
    for seed in range(RANDOM_SEEDS):
        rng = random.Random(seed)
        random_runs.append(
            score(lambda p, k, rng=rng: sorted(rng.sample(range(len(p.sentences)), min(k, len(p.sentences)))))
        )
    rows[f"random (mean of {RANDOM_SEEDS})"] = {
        k: statistics.mean(r[k] for r in random_runs) for k in ("rouge1", "rouge2", "rougeL")
    }

    n_sent = statistics.mean(len(p.sentences) for _, p, _ in items)
    n_ref = statistics.mean(len(r) for _, _, r in items)
    print(header("Summary: ROUGE F1 on BBC dev", "python benchmarks/eval_summary.py"))
    print(
        f"{len(items)} articles, {n_sent:.1f} sentences each on average; k = reference length "
        f"({n_ref:.1f} sentences on average). ROUGE from `rouge-score` with stemming.\n"
    )
    print("| method | ROUGE-1 | ROUGE-2 | ROUGE-L | summarizing time, all articles (s) |")
    print("|---|---:|---:|---:|---:|")
    for name, r in sorted(rows.items(), key=lambda kv: -kv[1]["rouge1"]):
        label = f"**{name}** (default)" if name == DEFAULT_SUMMARIZER else name
        t = f"{timings[name]:.2f}" if name in timings else ""
        print(f"| {label} | {r['rouge1']:.4f} | {r['rouge2']:.4f} | {r['rougeL']:.4f} | {t} |")
    best_sumy = max((m for m in methods if m != DEFAULT_SUMMARIZER), key=lambda m: rows[m]["rouge1"])
    print(
        f"\nDefault − best plain sumy ({best_sumy}): "
        f"{rows[DEFAULT_SUMMARIZER]['rouge1'] - rows[best_sumy]['rouge1']:+.4f} ROUGE-1; "
        f"default − LEAD-k: {rows[DEFAULT_SUMMARIZER]['rouge1'] - rows['LEAD-k']['rouge1']:+.4f}."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
