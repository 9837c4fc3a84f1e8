"""The reader's speed: first paint before the model loads, and outline jumps on a long document.

    python benchmarks/bench_app.py [--copies 3] [--jumps 200] [--engine]

The long document is the 100 BBC dev articles concatenated `--copies` times (3 copies:
~104,000 words). First paint is measured in a fresh interpreter (`python -c`, the same
imports as `precis FILE`), from process start to the first frame, headless. Jumps are
measured in-process with Textual's Pilot at 120×36: the action alone (scroll, highlight
and drawing the visible lines) and the whole key press (Pilot's round trip through the
message queue and a screen refresh).

The jump outline is synthetic by default (sentences split by a regex, actors = capitalised
words, claims = sentences with "said", outlook = sentences with "will"): the app only
sees sentence ids, and this keeps the benchmark to seconds. `--engine` runs the real
analysis on the long document instead (spaCy: minutes on two cores) and reports its time.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from _common import ROOT, header, require_eval

from tui.analysis.actors import Actor
from tui.analysis.claims import Claim
from tui.analysis.outlook import HORIZONS, OutlookItem
from tui.analysis.summary import SummaryItem
from tui.article.model import Article, Sentence
from tui.article.plaintext import parse_text
from tui.outline.model import SECTIONS, Outline

SIZE = (120, 36)
TARGET_PAINT = 1.0
TARGET_JUMP = 0.050


def long_document(copies: int) -> str:
    articles = sorted(require_eval("bbc-dev/articles").glob("*/*.txt"))
    parts = [f"One hundred BBC stories, {copies} times over"]
    for copy in range(copies):
        for path in articles:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            title, _, body = text.partition("\n")
            parts.append(f"{title.strip()} ({copy + 1})")
            parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"'”’)]*|$)")
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def synthetic_outline(article: Article) -> Outline:
    """Sentences by regex and outline items by simple rules: the shape, not the quality."""
    sentences: list[Sentence] = []
    for block in article.paragraphs:
        for m in _SENTENCE.finditer(article.text, block.start, block.end):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            if end > start:
                sentences.append(Sentence(len(sentences), start, end, block.paragraph))
    article = replace(article, sentences=tuple(sentences))
    text = article.text
    mentions: dict[str, list[int]] = defaultdict(list)
    for s in sentences:
        for name in set(_NAME.findall(text, s.start, s.end)):
            mentions[name].append(s.id)
    counts = Counter({k: len(v) for k, v in mentions.items() if len(v) >= 3})
    actors = [Actor(name.lower(), name, "group", (name,), tuple(mentions[name])) for name, _ in counts.most_common(500)]
    claims, outlook = [], []
    for s in sentences:
        body = text[s.start : s.end]
        if " said" in body:
            who = _NAME.search(body)
            claims.append(Claim(who.group() if who else None, None, "said", body[:80], False, (s.id,)))
        if " will " in body:
            outlook.append(OutlookItem(HORIZONS[s.id % 4], "will", (s.id,)))
    step = max(1, len(sentences) // 7)
    summary = [SummaryItem((i,)) for i in range(0, len(sentences), step)][:7]
    return Outline(article, summary, actors, claims, outlook, SECTIONS, "synthetic", "synthetic")


# ------------------------------------------------------------------ first paint

_PAINT_CHILD = """
import sys, time
t0 = time.perf_counter()
from tui.app.app import ReaderApp
from tui.sources import read_source
article = read_source({source!r}, max_size=100 * 1024 * 1024)
app = ReaderApp(article, remember_theme=False)

async def pilot(p):
    while app.first_paint_at is None:
        await p.pause(0.005)
    print(f"{{time.time():.6f}} {{app.first_paint_at - t0:.6f}} {{int(bool(app.spacy_at_first_paint))}}", flush=True)
    import os
    os._exit(0)

app.run(headless=True, size=(120, 36), auto_pilot=pilot)
"""


def first_paint(source: str | None, runs: int) -> tuple[list[float], list[float], bool]:
    """Seconds from process start, and from `import tui.app`, to the first frame."""
    from_start, from_import, spacy = [], [], False
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", _PAINT_CHILD.format(source=source)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
        if not line:
            sys.exit(f"first-paint child failed:\n{out.stderr}")
        at, since_import, had_spacy = line.split()
        from_start.append(float(at) - started)
        from_import.append(float(since_import))
        spacy = spacy or had_spacy == "1"
    return from_start, from_import, spacy


# ------------------------------------------------------------------------ jumps


_CHARS = {"enter": "\r", "backspace": "\x7f", "pagedown": None}


async def timed_key(app, key: str, state: Callable[[], object], frames: list[float]) -> float:  # noqa: ANN001
    """Seconds from a key event to the first frame drawn after it took effect.

    The key goes in as the terminal driver sends it; `state()` says when the action has
    run; `frames` holds the times the screen composed an update (headless: no terminal
    write, but every visible line was rendered).
    """
    from textual import events

    before = state()
    t0 = time.perf_counter()
    app._driver.send_message(events.Key(key, _CHARS.get(key, key)))
    deadline = t0 + 5
    while state() == before:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"key {key!r} had no effect")
        await asyncio.sleep(0)
    changed = time.perf_counter()
    while not frames or frames[-1] < changed:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"no frame after {key!r}")
        await asyncio.sleep(0)
    return frames[bisect_left(frames, changed)] - t0


async def jumps(article: Article, outline: Outline, count: int) -> dict[str, list[float]]:
    from tui.app.analysis import prebuilt
    from tui.app.app import ReaderApp
    from tui.app.screens.reader import ReaderScreen

    app = ReaderApp(article, analyse=prebuilt(outline), remember_theme=False)
    out: dict[str, list[float]] = defaultdict(list)
    frames: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        display = app._display

        def record(screen, renderable) -> None:  # noqa: ANN001
            frames.append(time.perf_counter())
            display(screen, renderable)

        app._display = record  # type: ignore[method-assign]
        while app.analysed_at is None:
            await pilot.pause(0.01)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.article_view
        height = view.scrollable_content_region.height

        def draw() -> None:
            for y in range(height):
                view.render_line(y)

        # The action alone: jump to far-apart sentences of the busiest actor, then draw.
        entry = screen.tree.item_node("actors", 0).data
        for i in range(count):
            t = time.perf_counter()
            screen.jump_to_entry(entry, (i * 7919) % len(entry.sentences))
            draw()
            out["jump: action + drawing the visible lines"].append(time.perf_counter() - t)

        async def measure(name: str, key: str, state: Callable[[], object], times: int) -> None:
            for _ in range(times):
                out[name].append(await timed_key(app, key, state, frames))
                await pilot.pause()

        place = view.place
        await pilot.press("2", "enter")
        await measure("key n: next sentence of the busiest actor → frame", "n", place, count)
        await measure("key backspace: back → frame", "backspace", place, min(count, 50))
        await pilot.press("4")
        for _ in range(min(count, 50)):
            out["key enter: outlook item → frame"].append(await timed_key(app, "enter", place, frames))
            await pilot.press("j")
        await pilot.press("3")
        for _ in range(min(count, 50)):
            out["key enter: claim → frame"].append(await timed_key(app, "enter", place, frames))
            await pilot.press("j")

        view.focus()
        await pilot.press("g")
        await measure("key pagedown → frame", "pagedown", lambda: view.scroll_offset.y, min(count, 50))
        await measure("key j: sentence cursor → frame", "j", lambda: view.cursor, min(count, 50))

        # Whole-document work: re-wrap on resize, search, the outline tree.
        for width in (100, 120) * 3:
            t = time.perf_counter()
            await pilot.resize_terminal(width, 36)
            await pilot.pause()
            out["resize (re-wrap everything) + settle"].append(time.perf_counter() - t)
        t = time.perf_counter()
        screen._run_search("the")
        out[f"search 'the' ({len(view.matches):,} matches)"].append(time.perf_counter() - t)
        t = time.perf_counter()
        screen.tree.show_outline(outline)
        out["fill the outline tree"].append(time.perf_counter() - t)
    return out


async def while_analysing(article: Article) -> dict[str, list[float]]:
    """Keys while spaCy parses in the worker thread (they share the GIL), then the wait."""
    from tui.app.app import ReaderApp

    app = ReaderApp(article, remember_theme=False)
    out: dict[str, list[float]] = defaultdict(list)
    frames: list[float] = []
    started = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        display = app._display

        def record(screen, renderable) -> None:  # noqa: ANN001
            frames.append(time.perf_counter())
            display(screen, renderable)

        app._display = record  # type: ignore[method-assign]
        view = app.screen.article_view
        status = app.screen.query_one("#status-label")
        while "paragraph" not in str(status.render()) and app.analysed_at is None:
            await pilot.pause(0.05)
        out["model loaded (launch → first paragraph parsed)"].append(time.perf_counter() - started)
        for _ in range(30):
            if app.analysed_at is not None:
                break
            out["key pagedown → frame, during the analysis"].append(
                await timed_key(app, "pagedown", lambda: view.scroll_offset.y, frames)
            )
            await pilot.pause(0.05)
        while app.analysed_at is None:
            await pilot.pause(0.1)
        out["launch → outline on screen"].append(app.analysed_at - started)
    return out


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--copies", type=int, default=3, help="copies of the 100 BBC dev articles (3 ≈ 104k words)")
    p.add_argument("--jumps", type=int, default=200)
    p.add_argument("--runs", type=int, default=5, help="first-paint runs per document")
    p.add_argument("--engine", action="store_true", help="also time the real analysis of the long document")
    args = p.parse_args()

    text = long_document(args.copies)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        long_path = fh.name
    article = parse_text(text, long_path)
    t = time.perf_counter()
    outline = synthetic_outline(article)
    build = time.perf_counter() - t

    print(header("Reader (tui/app)", "python benchmarks/bench_app.py " + " ".join(sys.argv[1:])))
    print(
        f"Long document: {article.word_count:,} words, {len(article.paragraphs):,} paragraphs, "
        f"{len(outline.article.sentences):,} sentences; synthetic outline: {len(outline.actors)} actors "
        f"(busiest: {len(outline.actors[0].sentences):,} sentences), {len(outline.claims):,} claims, "
        f"{len(outline.outlook):,} outlook items (built in {fmt(build)}). Terminal {SIZE[0]}×{SIZE[1]}.\n"
    )
    rows = []
    for name, source in (("seed article", None), (f"long document ({article.word_count:,} words)", long_path)):
        starts, imports, spacy = first_paint(source, args.runs)
        verdict = "ok" if statistics.median(starts) <= TARGET_PAINT and not spacy else "MISSED"
        rows.append(
            (
                f"first paint, {name}: process start → frame",
                statistics.median(starts),
                max(starts),
                f"≤ {fmt(TARGET_PAINT)}",
                verdict,
            )
        )
        rows.append(
            (
                f"first paint, {name}: `import tui.app` → frame",
                statistics.median(imports),
                max(imports),
                "",
                "spaCy not loaded" if not spacy else "spaCy LOADED",
            )
        )

    timings = asyncio.run(jumps(outline.article, outline, args.jumps))
    for name, values in timings.items():
        values = sorted(values)
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        target = f"≤ {fmt(TARGET_JUMP)}" if name.startswith(("jump", "key n", "key enter", "key back")) else ""
        verdict = ("ok" if p95 <= TARGET_JUMP else "MISSED") if target else ""
        rows.append((name, statistics.median(values), p95, target, verdict))

    print("| measure | median | p95 / max | target | |")
    print("|---|---:|---:|---|---|")
    for name, median, worst, target, verdict in rows:
        print(f"| {name} | {fmt(median)} | {fmt(worst)} | {target} | {verdict} |")

    if args.engine:
        engine = asyncio.run(while_analysing(parse_text(text, long_path)))
        print("\nWith the real engine (spaCy in the worker thread) on the long document:\n")
        print("| measure | median | p95 / max |")
        print("|---|---:|---:|")
        for name, values in engine.items():
            values = sorted(values)
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            print(f"| {name} | {fmt(statistics.median(values))} | {fmt(p95)} |")
    Path(long_path).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
