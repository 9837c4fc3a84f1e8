"""source → article → parse → analysers → outline, in one call for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis.summary import DEFAULT_SUMMARIZER
from .article.model import Article
from .nlp.model import resolve_model_name

if TYPE_CHECKING:
    from .nlp.parse import Progress
    from .outline.model import Outline


@dataclass(frozen=True, slots=True)
class Options:
    model: str | None = None
    summarizer: str = DEFAULT_SUMMARIZER
    sentences: int | None = None


def analyse(
    article: Article,
    options: Options = Options(),
    *,
    progress: Progress | None = None,
    cache: bool = True,
) -> Outline:
    """Parse an article and build its outline (loads the model on first use).

    With `cache` (the default) a previous analysis of the same article with the same
    model, engine and options is read from `<user_cache_dir>` instead — without
    importing spaCy — and a new one is stored there (see tui/store/cache.py).
    """
    name = resolve_model_name(options.model)
    store = key = None
    if cache:
        from .store.cache import AnalysisCache, cache_key

        store = AnalysisCache()
        key = cache_key(article, model=name, summarizer=options.summarizer, sentences=options.sentences)
        hit = store.get(key, article)
        if hit is not None:
            if progress is not None:
                total = len(article.paragraphs)
                progress(total, total)
            return hit
    # spaCy and the analysers load only when there is something to compute.
    from .nlp.model import load_model
    from .nlp.parse import parse
    from .outline.build import build_outline

    nlp = load_model(name)
    parsed = parse(article, nlp, progress=progress)
    outline = build_outline(parsed, summarizer=options.summarizer, sentences=options.sentences, model=name)
    if store is not None and key is not None:
        store.put(key, outline)
    return outline
