"""The outline as CommonMark with YAML front matter.

Every item is followed by its source sentence as a block quote with its paragraph
number (¶, counted from 1 as a reader counts), so a saved outline stays grounded.
"""

from __future__ import annotations

import json
import re

from .. import __version__
from ..analysis.outlook import HORIZONS
from .model import Outline

HORIZON_TITLES = {
    "short": "Short term",
    "medium": "Medium term",
    "long": "Long term",
    "unspecified": "Unspecified",
}

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=>])|(\d+)([.)]))")


def escape(text: str) -> str:
    """Escape text so CommonMark shows it literally (inline markup and line-start markers)."""
    text = " ".join(text.split())
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), text
    )


def _yaml(value: object) -> str:
    # JSON strings are valid YAML scalars and survive any character.
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _quote(outline: Outline, sentence_ids: tuple[int, ...], *, every: bool = True, indent: str = "  ") -> list[str]:
    """Block quote of the item's source sentences (or only the first), with paragraph numbers."""
    if not sentence_ids:
        return []
    a = outline.article
    shown = sentence_ids if every else sentence_ids[:1]
    out = []
    for i, sid in enumerate(shown):
        s = a.sentences[sid]
        if i:
            out.append(f"{indent}>")
        out.append(f"{indent}> {escape(a.sentence_text(sid))} — ¶{s.paragraph + 1}")
    if not every and len(sentence_ids) > 1:
        rest = len(sentence_ids) - 1
        paras = sorted({a.sentences[sid].paragraph + 1 for sid in sentence_ids[1:]})
        where = ", ".join(f"¶{p}" for p in paras)
        out.append(f"{indent}>")
        out.append(f"{indent}> and {rest} more sentence{'s' if rest != 1 else ''}, in {where}")
    return out


def to_markdown(outline: Outline) -> str:
    a = outline.article
    lines = [
        "---",
        f"title: {_yaml(a.meta.title)}",
        f"source: {_yaml(a.source)}",
        f"published: {_yaml(a.meta.published.isoformat() if a.meta.published else None)}",
    ]
    if a.meta.byline:
        lines.append(f"byline: {_yaml(a.meta.byline)}")
    lines += [f"generated-by: {_yaml(f'precis {__version__}')}", "---", ""]
    lines += [f"# {escape(a.meta.title or 'Untitled article')}", ""]

    if "summary" in outline.sections:
        lines += ["## Summary", ""]
        for item in outline.summary:
            quote = _quote(outline, item.sentences)
            lines.append("- " + quote[0].lstrip())
            lines += quote[1:]
        lines.append("")

    if "actors" in outline.sections:
        lines += ["## Actors", ""]
        for actor in outline.actors:
            others = [x for x in actor.aliases if x != actor.name]
            also = f"; also {', '.join(escape(x) for x in others)}" if others else ""
            n = len(actor.sentences)
            lines.append(f"- **{escape(actor.name)}** ({actor.kind}{also}; {n} sentence{'s' if n != 1 else ''})")
            lines += _quote(outline, actor.sentences, every=False)
        lines.append("")

    if "claims" in outline.sections:
        lines += ["## Claims", ""]
        for claim in outline.claims:
            name = outline.speaker_of(claim)
            who = escape(name) if name else "(unattributed)"
            said = [escape(x) for x in outline.said_how(claim)]
            cue = f" ({', '.join(said)})" if said else ""
            hedge = " *(hedged)*" if claim.hedged else ""
            lines.append(f"- **{who}**{cue}: {escape(claim.content)}{hedge}")
            lines += _quote(outline, claim.sentences)
        lines.append("")

    if "outlook" in outline.sections:
        lines += ["## Outlook", ""]
        for horizon in HORIZONS:
            items = [o for o in outline.outlook if o.horizon == horizon]
            if not items:
                continue
            lines += [f"### {HORIZON_TITLES[horizon]}", ""]
            for item in items:
                lines.append(f"- *{escape(item.cue)}*" if item.cue else "- (no time cue)")
                lines += _quote(outline, item.sentences)
            lines.append("")

    return "\n".join(lines).rstrip() + "\n"
