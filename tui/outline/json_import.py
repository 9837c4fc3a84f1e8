"""`precis.outline/1` JSON back into an `Outline`, without spaCy.

`from_dict` is the inverse of `json_export.to_dict`: `to_dict(from_dict(d)) == d`.
The contract leaves out what only the app needs (block kinds, site, URL, warnings, the
sections that ran); `to_full_dict`/`from_full_dict` carry those in an `extra` table
beside the contract, so the cache and the library give back exactly the Outline that
was built. When `extra` is absent, blocks are rebuilt from the text: `text` is the
blocks joined by blank lines, and a block that holds sentences is a paragraph.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date
from typing import Any

from ..analysis.actors import Actor
from ..analysis.claims import Claim
from ..analysis.outlook import OutlookItem
from ..analysis.summary import SummaryItem
from ..article.model import Article, Block, Metadata, Sentence
from .json_export import to_dict
from .model import SCHEMA, SECTIONS, Outline

EXTRA_VERSION = 1
_ITEM_TYPES: dict[str, type] = {"summary": SummaryItem, "actors": Actor, "claims": Claim, "outlook": OutlookItem}
_BLOCK_SPLIT = re.compile(r"\n\n")


class OutlineFormatError(ValueError):
    """The JSON is not a `precis.outline/1` document this version can read."""


def _tuplify(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuplify(v) for v in value)
    return value


def _build(cls: type, data: dict[str, Any]) -> Any:
    """A dataclass from a dict of its fields; JSON lists become tuples unless the field is a list."""
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if str(f.type).startswith(("list", "List")) and isinstance(value, list):
            value = [_tuplify(v) for v in value]
        else:
            value = _tuplify(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _dump(item: Any) -> dict[str, Any]:
    """Every field of a dataclass item (lists for tuples), for the `extra` table."""
    return {f.name: _jsonable(getattr(item, f.name)) for f in dataclasses.fields(item)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        raise TypeError(f"nested dataclass {type(value).__name__} is not stored")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _guess_blocks(text: str, sentences: tuple[Sentence, ...], title: str | None) -> tuple[Block, ...]:
    """Blocks from the text alone: blank-line separated; those holding sentences are paragraphs."""
    starts = [s.start for s in sentences]
    paragraph_of = {s.start: s.paragraph for s in sentences}
    blocks: list[Block] = []
    pos = 0
    seen_paragraph = False
    for chunk in _BLOCK_SPLIT.split(text) if text else []:
        start, end = pos, pos + len(chunk)
        pos = end + 2
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            blocks.append(Block("paragraph", start, end, paragraph_of[starts[i]]))
            seen_paragraph = True
        elif not blocks and title is not None and " ".join(chunk.split()) == " ".join(title.split()):
            blocks.append(Block("title", start, end))
        elif not seen_paragraph and blocks and blocks[-1].kind == "title" and len(chunk.split()) >= 6:
            blocks.append(Block("dek", start, end))
        else:
            blocks.append(Block("heading", start, end))
    return tuple(blocks)


def from_dict(d: dict[str, Any], *, extra: dict[str, Any] | None = None) -> Outline:
    """The Outline a `precis.outline/1` dict describes (exact with `extra`, else blocks guessed)."""
    try:
        if d.get("schema") != SCHEMA:
            raise OutlineFormatError(f"not a {SCHEMA} document (schema: {d.get('schema')!r})")
        a = d["article"]
        text = d["text"]
        if not isinstance(text, str):
            raise OutlineFormatError("'text' is not a string")
        sentences = tuple(
            Sentence(int(s["id"]), int(s["start"]), int(s["end"]), int(s["paragraph"])) for s in d["sentences"]
        )
        for i, s in enumerate(sentences):
            if s.id != i or not 0 <= s.start <= s.end <= len(text):
                raise OutlineFormatError(f"sentence {i} has a bad id or offsets")
        published = date.fromisoformat(a["published"]) if a.get("published") else None
        ex = extra or {}
        meta = Metadata(
            title=a.get("title"),
            published=published,
            byline=a.get("byline"),
            site=ex.get("site"),
            url=ex.get("url"),
        )
        if "blocks" in ex:
            blocks = tuple(Block(b[0], int(b[1]), int(b[2]), int(b[3])) for b in ex["blocks"])
        else:
            blocks = _guess_blocks(text, sentences, meta.title)
        article = Article(
            text=text,
            blocks=blocks,
            source=a["source"],
            meta=meta,
            sentences=sentences,
            warnings=tuple(ex.get("warnings", ())),
        )
        items: dict[str, list[Any]] = {}
        full = ex.get("items") or {}
        for section, cls in _ITEM_TYPES.items():
            rows = full.get(section, d[section])
            items[section] = [_build(cls, row) for row in rows]
            for item in items[section]:
                if any(not 0 <= sid < len(sentences) for sid in item.sentences):
                    raise OutlineFormatError(f"a {section} item cites a sentence that does not exist")
        return Outline(
            article=article,
            summary=items["summary"],
            actors=items["actors"],
            claims=items["claims"],
            outlook=items["outlook"],
            sections=tuple(ex.get("sections", SECTIONS)),
            model=ex.get("model"),
            summarizer=ex.get("summarizer"),
        )
    except OutlineFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise OutlineFormatError(f"malformed outline JSON ({type(exc).__name__}: {exc})") from None


def extra_of(outline: Outline) -> dict[str, Any]:
    """What `to_dict` leaves out, so `from_dict(to_dict(o), extra=extra_of(o)) == o`."""
    a = outline.article
    return {
        "version": EXTRA_VERSION,
        "site": a.meta.site,
        "url": a.meta.url,
        "warnings": list(a.warnings),
        "blocks": [[b.kind, b.start, b.end, b.paragraph] for b in a.blocks],
        "sections": list(outline.sections),
        "model": outline.model,
        "summarizer": outline.summarizer,
        "items": {section: [_dump(i) for i in outline.items(section)] for section in _ITEM_TYPES},
    }


def to_full_dict(outline: Outline) -> dict[str, Any]:
    """The contract document plus the `extra` table: lossless."""
    return {"outline": to_dict(outline), "extra": extra_of(outline)}


def from_full_dict(d: dict[str, Any]) -> Outline:
    try:
        return from_dict(d["outline"], extra=d.get("extra"))
    except (KeyError, TypeError) as exc:
        raise OutlineFormatError(f"malformed stored outline ({type(exc).__name__}: {exc})") from None
