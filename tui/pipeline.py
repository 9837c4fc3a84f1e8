"""source → article → parse → analysers → outline, in one call for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass

from .analysis.summary import DEFAULT_SUMMARIZER
from .article.model import Article
from .nlp.model import load_model, resolve_model_name
from .nlp.parse import Progress, parse
from .outline.build import build_outline
from .outline.model import Outline


@dataclass(frozen=True, slots=True)
class Options:
    model: str | None = None
    summarizer: str = DEFAULT_SUMMARIZER
    sentences: int | None = None


def analyse(article: Article, options: Options = Options(), *, progress: Progress | None = None) -> Outline:
    """Parse an article and build its outline (loads the model on first use)."""
    name = resolve_model_name(options.model)
    nlp = load_model(name)
    parsed = parse(article, nlp, progress=progress)
    return build_outline(parsed, summarizer=options.summarizer, sentences=options.sentences, model=name)
