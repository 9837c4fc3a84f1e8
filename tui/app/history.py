"""Where the reader has been: a bounded stack of places to go back to."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

#: Places remembered for `back`; the issue asks for at least 50.
HISTORY_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Place:
    """A reading position that survives re-wrapping: offsets, not screen lines."""

    #: Offset in `article.text` of the first visible line.
    top: int
    #: Sentence id under the cursor, if any.
    cursor: int | None = None


class JumpHistory:
    """Places to return to, newest last; the oldest fall off past `limit`."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._places: deque[Place] = deque(maxlen=limit)

    def push(self, place: Place) -> None:
        """Remember a place (a repeat of the newest place is not stored twice)."""
        if not self._places or self._places[-1] != place:
            self._places.append(place)

    def pop(self) -> Place | None:
        return self._places.pop() if self._places else None

    def clear(self) -> None:
        self._places.clear()

    def __len__(self) -> int:
        return len(self._places)
