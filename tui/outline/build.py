"""Run the analysers over a parsed article and gather their results into an `Outline`."""

from __future__ import annotations

from ..analysis import actors, claims, outlook, summary
from ..nlp.parse import Parsed
from .model import Outline


def build_outline(
    parsed: Parsed,
    *,
    summarizer: str = summary.DEFAULT_SUMMARIZER,
    sentences: int | None = None,
    model: str | None = None,
) -> Outline:
    """Every section of the outline for one parsed article."""
    found_actors = actors.find_actors(parsed)
    sections = ["summary"]
    for name, module in (("actors", actors), ("claims", claims), ("outlook", outlook)):
        if module.AVAILABLE:
            sections.append(name)
    return Outline(
        article=parsed.article,
        summary=summary.summarize(parsed, method=summarizer, count=sentences),
        actors=found_actors,
        claims=claims.find_claims(parsed, found_actors),
        outlook=outlook.find_outlook(parsed),
        sections=tuple(sections),
        model=model,
        summarizer=summarizer,
    )
