"""The outline as `precis.outline/1` JSON (documented in docs/outline-json.md)."""

from __future__ import annotations

import json
from typing import Any

from .model import SCHEMA, Outline


def to_dict(outline: Outline) -> dict[str, Any]:
    a = outline.article
    return {
        "schema": SCHEMA,
        "article": {
            "title": a.meta.title,
            "source": a.source,
            "published": a.meta.published.isoformat() if a.meta.published else None,
            "byline": a.meta.byline,
        },
        "text": a.text,
        "sentences": [{"id": s.id, "start": s.start, "end": s.end, "paragraph": s.paragraph} for s in a.sentences],
        "summary": [{"sentences": list(i.sentences)} for i in outline.summary],
        "actors": [
            {
                "id": x.id,
                "name": x.name,
                "kind": x.kind,
                "aliases": list(x.aliases),
                "sentences": list(x.sentences),
            }
            for x in outline.actors
        ],
        "claims": [
            {
                "speaker": c.speaker,
                "actor": c.actor,
                "cue": c.cue,
                "content": c.content,
                "hedged": c.hedged,
                "sentences": list(c.sentences),
            }
            for c in outline.claims
        ],
        "outlook": [{"horizon": o.horizon, "cue": o.cue, "sentences": list(o.sentences)} for o in outline.outlook],
    }


def to_json(outline: Outline, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(outline), ensure_ascii=False, indent=indent)
