"""Find a query in the article text: plain substring, smart case (like vim's smartcase)."""

from __future__ import annotations

import re

#: Matches beyond this are not collected: the count then reads "10000+".
MAX_MATCHES = 10_000


def find_matches(text: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """(start, end) offsets of `query` in `text`, in order, non-overlapping.

    Case is ignored unless the query holds an upper-case letter. Offsets come from the
    original text (no case-folded copy whose length could differ).
    """
    if not query:
        return []
    flags = 0 if any(c.isupper() for c in query) else re.IGNORECASE
    pattern = re.compile(re.escape(query), flags)
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
            if len(out) >= limit:
                break
    return out


def first_at_or_after(matches: list[tuple[int, int]], offset: int) -> int:
    """Index of the first match starting at or after `offset` (wrapping to 0)."""
    lo, hi = 0, len(matches)
    while lo < hi:
        mid = (lo + hi) // 2
        if matches[mid][0] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(matches) else 0
