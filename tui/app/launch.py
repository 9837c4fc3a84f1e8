"""From the command line to the running reader: config, source, terminal, app.

The source is read before Textual starts: it is fast (no spaCy; a URL is fetched), and
stdin must be consumed before the terminal is handed to Textual. A pipe (`curl … | precis`,
newsboat's `pipe-to "precis -"`) leaves fd 0 at the end of the article, so the controlling
terminal is reopened as fd 0 for the keys.
"""

from __future__ import annotations

import os
import sys

from ..errors import InputError, PrecisError
from ..sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, read_default, read_source
from ..store.config import Config, load_config
from .analysis import AnalysisSettings


def attach_terminal(tty: str = "/dev/tty") -> None:
    """Make fd 0 the terminal again after stdin was consumed as the article."""
    try:
        fd = os.open(tty, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(
            f"no terminal for the keys ({tty}: {exc.strerror or exc}); the reader needs one. "
            "To print the outline instead, use `precis outline -`.",
            subject="precis",
        ) from None
    try:
        os.dup2(fd, 0)
    finally:
        os.close(fd)


def run_reader(
    source: str | None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    model: str | None = None,
    summarizer: str | None = None,
    sentences: int | None = None,
    cache: bool = True,
    library: bool = True,
    config: Config | None = None,
) -> int:
    """Open the reader on `source` (None: piped stdin, else the sample). Returns the exit code.

    The options come from the command line with config.toml already applied (`tui.cli`);
    the config is read again here for what only the app uses (theme, keys, panes, folder).
    """
    config = config or load_config()
    settings = AnalysisSettings(model=model, summarizer=summarizer, sentences=sentences, cache=cache)
    article, error = None, None
    try:
        if source is None:
            article = read_default(max_size=max_size)
        else:
            if source.startswith(("http://", "https://")):
                print(f"precis: fetching {source} …", file=sys.stderr, flush=True)
            article = read_source(source, max_size=max_size, timeout=timeout)
    except PrecisError as err:
        error = err
    if source == "-" or not sys.stdin.isatty():
        attach_terminal()

    from .app import ReaderApp  # Textual is imported only when the reader really starts

    app = ReaderApp(article, error=error, settings=settings, config=config, library=library)
    app.run()
    if error is not None:
        print(f"precis: {error}", file=sys.stderr)
    return app.exit_code
