"""From the command line to the running reader: config, source, terminal, app.

The source is read before Textual starts: it is fast (no spaCy), and stdin (`-`) must be
consumed before the terminal is handed to Textual. A pipe (`curl … | precis -`, newsboat's
pipe-to) leaves fd 0 at the end of the article, so the controlling terminal is reopened
as fd 0 for the keys.
"""

from __future__ import annotations

import os
import sys

from ..errors import InputError, PrecisError
from ..sources import DEFAULT_MAX_SIZE, read_source
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
    model: str | None = None,
    summarizer: str | None = None,
    sentences: int | None = None,
    config: Config | None = None,
) -> int:
    """Open the reader on `source` (None: the bundled sample). Returns the exit code."""
    config = config or load_config()
    if max_size == DEFAULT_MAX_SIZE and config.max_size:
        max_size = config.max_size
    settings = AnalysisSettings(
        model=model or config.model,
        summarizer=summarizer or config.summarizer,
        sentences=sentences or config.sentences,
    )
    article, error = None, None
    try:
        article = read_source(source, max_size=max_size)
    except PrecisError as err:
        error = err
    if source == "-" or not sys.stdin.isatty():
        attach_terminal()

    from .app import ReaderApp  # Textual is imported only when the reader really starts

    app = ReaderApp(article, error=error, settings=settings, config=config)
    app.run()
    if error is not None:
        print(f"precis: {error}", file=sys.stderr)
    return app.exit_code
