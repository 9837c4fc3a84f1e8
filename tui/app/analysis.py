"""How the reader gets its outline: the engine's `analyse`, called from a worker thread.

`tui.pipeline` (and through it spaCy and sumy) is imported here only when the worker
runs, so importing the app stays light and the article paints first. Tests pass their
own `Analyse` function (a prebuilt outline) instead of loading spaCy again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article.model import Article

if TYPE_CHECKING:
    from ..outline.model import Outline  # importing it loads the analysers (and spaCy)

Progress = Callable[[int, int], None]
Analyse = Callable[[Article, "AnalysisSettings", Progress], "Outline"]


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """What the user chose on the command line or in config.toml (None: the engine's default)."""

    model: str | None = None
    summarizer: str | None = None
    sentences: int | None = None
    #: Reuse (and store) the analysis in <user_cache_dir> (config `cache`, `--no-cache`).
    cache: bool = True


class Cancelled(Exception):
    """Raised from the progress callback to stop an analysis nobody waits for any more."""


def engine_analyse(article: Article, settings: AnalysisSettings, progress: Progress) -> Outline:
    from ..pipeline import Options, analyse

    chosen = {
        k: v
        for k, v in (("model", settings.model), ("summarizer", settings.summarizer), ("sentences", settings.sentences))
        if v is not None
    }
    return analyse(article, Options(**chosen), progress=progress, cache=settings.cache)


def prebuilt(outline: Outline) -> Analyse:
    """An `Analyse` that returns a ready outline (tests, benchmarks, cached analyses)."""

    def analyse(article: Article, settings: AnalysisSettings, progress: Progress) -> Outline:
        total = len(article.paragraphs)
        progress(total, total)
        return outline

    return analyse
