"""Engine cost against the floor: spaCy's own parse of the same paragraphs.

    python benchmarks/bench_speed.py                 # 1×, 10×, 100× a 1,000-word article
    python benchmarks/bench_speed.py --sizes 1 10    # quicker

Documents are built by concatenating BBC dev articles (realistic text) up to N×1,000
words. Each measurement runs in a fresh process (so peak memory is that run's own):

* floor  — load the same spaCy pipeline and run `nlp.pipe` over the same body
  paragraphs with the same components;
* engine — what `precis outline --format json` does: read and lay out the file, parse,
  run every analyser, build the outline, serialise it (no cache).

"Total" is the whole cold process, loading included. "Run" is the work on the document
once everything is loaded: both sides first process the bundled sample article while
loading (the floor through `nlp.pipe`, the engine through the whole engine), so one-time
costs — spaCy's first calls, importing the analysers, reading lexicons, compiling
patterns — count as loading on both sides. Floor and engine runs are interleaved; the
table gives medians of --repeat runs each (more at small sizes, where a run is short and
noise between processes is ±20 %).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, header, require_eval

WORDS_PER_UNIT = 1000


def build_document(units: int, folder: Path) -> Path:
    """A plain-text article of about units × 1,000 words made of BBC dev articles."""
    base = require_eval("bbc-dev") / "articles"
    paths = sorted(base.glob("*/*.txt"))
    target = units * WORDS_PER_UNIT
    paragraphs: list[str] = []
    words = 0
    i = 0
    while words < target:
        raw = paths[i % len(paths)].read_text(encoding="utf-8", errors="replace")
        for para in raw.split("\n\n")[1:]:  # skip each article's title line
            para = para.strip()
            if not para:
                continue
            paragraphs.append(para)
            words += len(para.split())
            if words >= target:
                break
        i += 1
    path = folder / f"bbc-{units}x.txt"
    path.write_text(f"Benchmark document of {units}x1000 words\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


#: Both sides process this article first, while "loading" (the bundled sample, 640 words).
WARM_UP = ROOT / "seeds" / "putin-north-korea-vietnam.txt"


def child(mode: str, path: str) -> None:
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from tui.article.plaintext import parse_text
    from tui.nlp.model import load_model
    from tui.sources import read_source

    article = read_source(path)
    nlp = load_model()
    warm = parse_text(WARM_UP.read_text(encoding="utf-8"), "warm-up")
    if mode == "floor":
        list(nlp.pipe([warm.text[b.start : b.end] for b in warm.paragraphs]))
    else:
        from tui.nlp.parse import parse
        from tui.outline.build import build_outline
        from tui.outline.json_export import to_json

        to_json(build_outline(parse(warm, nlp)))
    t1 = time.perf_counter()
    if mode == "floor":
        texts = [article.text[b.start : b.end] for b in article.paragraphs]
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    else:
        # Re-read inside the timed part: reading and layout are engine work.
        article = read_source(path)
        outline = build_outline(parse(article, nlp))
        to_json(outline)
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = article.word_count
    print(json.dumps({"load": t1 - t0, "run": t2 - t1, "total": t2 - t0, "peak_mb": peak_mb, "words": words}))


def _run(mode: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(path: Path, repeat: int) -> tuple[dict[str, float], dict[str, float]]:
    """Floor and engine, interleaved (floor, engine, floor, …) so drift hits both; medians."""
    runs: dict[str, list[dict[str, float]]] = {"floor": [], "engine": []}
    for _ in range(repeat):
        for mode in ("floor", "engine"):
            runs[mode].append(_run(mode, path))
    floor, engine = ({k: statistics.median(r[k] for r in runs[m]) for k in runs[m][0]} for m in ("floor", "engine"))
    return floor, engine


def main() -> int:
    ap = argparse.ArgumentParser(description="Engine time and memory against the spaCy floor.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100], help="multiples of 1,000 words")
    ap.add_argument(
        "--repeat", type=int, default=None, help="runs of each side per size (default: 9 up to 10×, 3 above)"
    )
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0

    print(header("Speed: engine against the spaCy floor", "python benchmarks/bench_speed.py"))
    print(
        "| size | words | floor run (s) | engine run (s) | **run ratio** | floor total (s) | engine total (s) "
        "| total ratio | engine s / 1k words | floor peak (MB) | engine peak (MB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for units in args.sizes:
            path = build_document(units, Path(tmp))
            floor, engine = measure(path, args.repeat or (9 if units <= 10 else 3))
            results[units] = (floor, engine)
            print(
                f"| {units}× | {engine['words']:,.0f} | {floor['run']:.2f} | {engine['run']:.2f} "
                f"| **{engine['run'] / floor['run']:.2f}** | {floor['total']:.2f} | {engine['total']:.2f} "
                f"| {engine['total'] / floor['total']:.2f} | {engine['run'] / engine['words'] * 1000:.3f} "
                f"| {floor['peak_mb']:.0f} | {engine['peak_mb']:.0f} |",
                flush=True,
            )
    sizes = sorted(results)
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        growth = results[big][1]["run"] / results[small][1]["run"]
        print(
            f"\nGrowth of engine run time from {small}× to {big}×: {growth:.1f}× for {big / small:.0f}× the text "
            f"(target ≤ {1.1 * big / small:.0f}×)."
        )
    print("Targets: run ratio ≤ 1.3 at every size; peak memory for 100× ≤ 600 MB.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
