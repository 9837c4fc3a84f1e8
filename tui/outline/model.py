"""The outline: what the analysers found, each item pointing at sentence ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis.actors import Actor
from ..analysis.claims import Claim
from ..analysis.outlook import OutlookItem
from ..analysis.summary import SummaryItem
from ..article.model import Article

SCHEMA = "precis.outline/1"
SECTIONS = ("summary", "actors", "claims", "outlook")
#: Speakers that only point back at someone named earlier ("he said").
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
#: ... and descriptions in lower case ("the company said", "the secretary general said").
_DESCRIPTION = re.compile(r"(?i:the|this|that)\s+[a-z][a-z -]*")


@dataclass(slots=True)
class Outline:
    article: Article
    summary: list[SummaryItem] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    outlook: list[OutlookItem] = field(default_factory=list)
    #: Sections whose analyser ran (Markdown leaves the others out; JSON keeps every key).
    sections: tuple[str, ...] = SECTIONS
    #: The spaCy pipeline and summarizer that produced it.
    model: str | None = None
    summarizer: str | None = None

    def items(self, section: str) -> list:
        return getattr(self, section)

    def speaker_of(self, claim: Claim) -> str | None:
        """Who made a claim, as a reader knows them: a pronoun ("he said") or a description
        ("the company said") by the name of the actor it stands for ("Vali Nasr", "Blue
        Origin"), anything else verbatim."""
        if (
            claim.speaker
            and claim.actor
            and (claim.speaker.lower() in _PRONOUNS or _DESCRIPTION.fullmatch(claim.speaker))
        ):
            for actor in self.actors:
                if actor.id == claim.actor:
                    return actor.name
        return claim.speaker

    def said_how(self, claim: Claim) -> list[str]:
        """What follows the name of a claim's speaker: the pronoun as written when the name
        stands for it, and the cue (["“he”", "wrote"] for "Vali Nasr (“he”, wrote): …")."""
        shown = [f"“{claim.speaker}”"] if claim.speaker and claim.speaker != self.speaker_of(claim) else []
        return shown + ([claim.cue] if claim.cue else [])

    def citing(self, sentence_id: int) -> list[tuple[str, int]]:
        """The outline items that cite a sentence, as (section, index) pairs (the reverse link)."""
        out = []
        for section in SECTIONS:
            for i, item in enumerate(self.items(section)):
                if sentence_id in item.sentences:
                    out.append((section, i))
        return out
