"""Claims: who says what — attributed statements with their speakers.

(Placeholder until the claims analyser lands: the dataclass is the contract.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..nlp.parse import Parsed
    from .actors import Actor

AVAILABLE = False


@dataclass(frozen=True, slots=True)
class Claim:
    speaker: str | None
    actor: str | None
    cue: str | None
    content: str
    hedged: bool
    sentences: tuple[int, ...]


def find_claims(parsed: Parsed, actors: list[Actor]) -> list[Claim]:
    """Attributed statements in document order."""
    return []
