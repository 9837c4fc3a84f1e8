"""Actors: the people, organisations, countries and groups in the story, each once.

(Placeholder until the actors analyser lands: the dataclass and lookup are the contract.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..nlp.parse import Parsed

ActorKind = Literal["person", "organization", "place", "group"]

#: False until the analyser is implemented: the Markdown leaves out sections that do not exist.
AVAILABLE = False


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    sentences: tuple[int, ...]


def find_actors(parsed: Parsed) -> list[Actor]:
    """Actors ordered by salience."""
    return []


def match_actor(actors: list[Actor], surface: str, sentence_id: int | None = None) -> Actor | None:
    """The actor a surface form (a speaker such as "Mr Putin" or "the Kremlin") refers to."""
    key = surface.casefold().strip()
    for actor in actors:
        if key == actor.name.casefold() or key in (a.casefold() for a in actor.aliases):
            return actor
    return None
