"""What the outline tree shows: one `Entry` per node, built from the engine's `Outline`.

Plain Python (no Textual) so labels and details are tested on their own. An entry knows
its section, its index in that section's list (the key the reverse link returns), a
short label, the full text for the detail line, and the sentence ids it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..outline.model import Outline  # importing it loads the analysers (and spaCy)


EntryKind = Literal["section", "group", "item", "mention"]

SECTION_TITLES = {"summary": "Summary", "actors": "Actors", "claims": "Claims", "outlook": "Outlook"}
#: Outlook groups, in the order the tree lists them (short term first).
HORIZON_TITLES = {"short": "Short term", "medium": "Medium term", "long": "Long term", "unspecified": "Unspecified"}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: EntryKind
    section: str
    label: str
    detail: str
    sentences: tuple[int, ...] = ()
    #: Index into `outline.items(section)` for items and mentions; -1 otherwise.
    index: int = -1
    #: Items under a section or group (shown as a count); mentions under an actor.
    count: int = 0

    @property
    def jumpable(self) -> bool:
        return bool(self.sentences)


def one_line(text: str) -> str:
    return " ".join(text.split())


def sentence_text(outline: Outline, sid: int) -> str:
    a = outline.article
    if 0 <= sid < len(a.sentences):
        return one_line(a.sentence_text(sid))
    return f"(sentence {sid} is missing)"


def paragraph_mark(outline: Outline, sid: int) -> str:
    a = outline.article
    return f"¶{a.sentences[sid].paragraph + 1}" if 0 <= sid < len(a.sentences) else "¶?"


def section_entry(outline: Outline, section: str) -> Entry:
    title = SECTION_TITLES[section]
    if section not in outline.sections:
        return Entry("section", section, title, f"{title}: not analysed by this version of precis.")
    n = len(outline.items(section))
    if n == 0:
        return Entry("section", section, title, f"{title}: none found in this article.")
    what = {
        "summary": "key sentence",
        "actors": "actor",
        "claims": "claim",
        "outlook": "forward-looking statement",
    }[section]
    detail = f"{title}: {n} {what}{'s' if n != 1 else ''}."
    if section == "summary" and outline.summarizer:
        detail += f" Chosen by the {outline.summarizer} summarizer."
    return Entry("section", section, title, detail, count=n)


def summary_entries(outline: Outline) -> list[Entry]:
    out = []
    for i, item in enumerate(outline.summary):
        text = " ".join(sentence_text(outline, s) for s in item.sentences)
        where = paragraph_mark(outline, item.sentences[0]) if item.sentences else ""
        out.append(Entry("item", "summary", text, f"{text} ({where})" if where else text, item.sentences, i))
    return out


def actor_entries(outline: Outline) -> list[Entry]:
    out = []
    for i, actor in enumerate(outline.actors):
        n = len(actor.sentences)
        others = [a for a in actor.aliases if a != actor.name]
        detail = f"{actor.name} ({actor.kind})"
        if others:
            detail += f", also {', '.join(others)}"
        detail += f". Mentioned in {n} sentence{'s' if n != 1 else ''}; enter jumps to the first, n/N cycle."
        out.append(Entry("item", "actors", actor.name, detail, actor.sentences, i, count=n))
    return out


def mention_entries(outline: Outline, actor_index: int) -> list[Entry]:
    actor = outline.actors[actor_index]
    out = []
    for sid in actor.sentences:
        text = sentence_text(outline, sid)
        mark = paragraph_mark(outline, sid)
        out.append(Entry("mention", "actors", f"{mark} {text}", f"{actor.name}, {mark}: {text}", (sid,), actor_index))
    return out


def claim_entries(outline: Outline) -> list[Entry]:
    out = []
    for i, claim in enumerate(outline.claims):
        who = outline.speaker_of(claim) or "(unattributed)"
        content = one_line(claim.content)
        detail = f"{who}"
        if said := outline.said_how(claim):
            detail += f" ({', '.join(said)})"
        detail += f": {content}"
        if claim.hedged:
            detail += " [hedged]"
        out.append(Entry("item", "claims", f"{who}: {content}", detail, claim.sentences, i))
    return out


def outlook_groups(outline: Outline) -> list[tuple[Entry, list[Entry]]]:
    """Short → medium → long → unspecified; empty horizons are left out."""
    by_horizon: dict[str, list[Entry]] = {h: [] for h in HORIZON_TITLES}
    for i, item in enumerate(outline.outlook):
        text = " ".join(sentence_text(outline, s) for s in item.sentences) or "(no sentence)"
        horizon = item.horizon if item.horizon in by_horizon else "unspecified"
        about = [HORIZON_TITLES[horizon], f"cue “{item.cue}”" if item.cue else "no time cue"]
        if item.sentences:
            about.append(paragraph_mark(outline, item.sentences[0]))
        detail = f"{text} ({'; '.join(about)})"
        by_horizon[horizon].append(Entry("item", "outlook", text, detail, item.sentences, i))
    groups = []
    for horizon, items in by_horizon.items():
        if items:
            title = HORIZON_TITLES[horizon]
            n = len(items)
            detail = f"{title}: {n} statement{'s' if n != 1 else ''}."
            groups.append((Entry("group", "outlook", title, detail, count=n), items))
    return groups


def describe_citations(outline: Outline, citing: list[tuple[str, int]]) -> str:
    """ "Cited by Summary, actor Putin, a claim" for the reverse-link message."""
    names = []
    for section, index in citing:
        if section == "actors":
            names.append(f"actor {outline.actors[index].name}")
        elif section == "claims":
            speaker = outline.speaker_of(outline.claims[index])
            names.append(f"claim by {speaker}" if speaker else "a claim")
        elif section == "outlook":
            names.append(f"outlook ({HORIZON_TITLES.get(outline.outlook[index].horizon, 'unspecified').lower()})")
        else:
            names.append("summary")
    return ", ".join(names)
