"""Outlines for the reader's tests: the seed article with hand-built actors, claims, outlook.

The analysers are placeholders on main, so the tests build the other sections from the
real dataclasses, pointing at the seed's real sentence ids (found by their text).
"""

from __future__ import annotations

from dataclasses import replace

from tui.analysis.actors import Actor
from tui.analysis.claims import Claim
from tui.analysis.outlook import OutlookItem
from tui.analysis.summary import SummaryItem
from tui.outline.model import SECTIONS, Outline


def sentence_with(outline: Outline, needle: str) -> int:
    """The id of the first sentence that contains `needle`."""
    a = outline.article
    for s in a.sentences:
        if needle in a.text[s.start : s.end]:
            return s.id
    raise AssertionError(f"no sentence holds {needle!r}")


def sentences_with(outline: Outline, needle: str) -> tuple[int, ...]:
    a = outline.article
    return tuple(s.id for s in a.sentences if needle in a.text[s.start : s.end])


def rich_outline(base: Outline) -> Outline:
    """The seed outline with every section filled, as the finished analysers would."""
    find = lambda needle: sentence_with(base, needle)  # noqa: E731
    actors = [
        Actor("putin", "Vladimir Putin", "person", ("Vladimir Putin", "Putin"), sentences_with(base, "Putin")),
        Actor("north-korea", "North Korea", "place", ("North Korea", "Pyongyang"), sentences_with(base, "North Korea")),
        Actor("kremlin", "Kremlin", "organization", ("Kremlin",), sentences_with(base, "Kremlin")),
    ]
    claims = [
        Claim("Zeit Online", None, "writes", "the purpose of Putin's visit", False, (find("Zeit Online"),)),
        Claim("experts", None, "say", "their cooperation ends there", False, (find("experts say"),)),
        Claim(None, None, None, "North Korean soldiers may appear at the front", True, (find("It is even said"),)),
    ]
    outlook = [
        # Given out of order on purpose: the tree must still list short term first.
        OutlookItem("long", "In the long term", (find("In the long term"),)),
        OutlookItem("unspecified", None, (find("Washington will continue"),)),
        OutlookItem("short", "In the short term", (find("In the short term"),)),
        OutlookItem("medium", "In the medium term", (find("In the medium term"),)),
        OutlookItem("medium", "will wait", (find("The Kremlin will wait"),)),
    ]
    # A fixed summary too, so snapshots do not change when the summarizer is tuned.
    summary = [
        SummaryItem((find(needle),))
        for needle in ("A few days ago", "Did Putin ask", "unreliable when", "main mission", "In the medium term")
    ]
    return replace(
        base, summary=summary, actors=actors, claims=claims, outlook=outlook, sections=SECTIONS, summarizer="centroid"
    )
