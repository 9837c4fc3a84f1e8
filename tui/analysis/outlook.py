"""Outlook: forward-looking statements sorted into short, medium and long term.

(Placeholder until the outlook analyser lands: the dataclass is the contract.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..nlp.parse import Parsed

Horizon = Literal["short", "medium", "long", "unspecified"]
HORIZONS: tuple[Horizon, ...] = ("short", "medium", "long", "unspecified")

AVAILABLE = False


@dataclass(frozen=True, slots=True)
class OutlookItem:
    horizon: Horizon
    cue: str | None
    sentences: tuple[int, ...]


def find_outlook(parsed: Parsed) -> list[OutlookItem]:
    """Forward-looking statements in document order."""
    return []
