"""Analyses cached in `<user_cache_dir>/outlines/`, so reopening an article is instant.

The key is a SHA-256 of everything the outline depends on: the article's text, blocks
and metadata; the spaCy model's name and installed version; the summarizer options;
and a fingerprint of the engine's own code and data files (tui/nlp, tui/analysis,
tui/outline, tui/pipeline.py), so any change to the engine invalidates old entries.
An entry is the lossless outline JSON (`json_import.to_full_dict`). A missing,
stale or corrupt entry is a miss, never an error; a cache that cannot be written is
skipped. Reading a hit needs no spaCy.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
from dataclasses import replace
from functools import cache
from pathlib import Path

from .. import __version__
from ..article.model import Article
from ..errors import OutputError
from .files import write_atomic
from .paths import cache_dir

FORMAT = "precis.cache/1"
#: Entries kept; the least recently used beyond this are removed when one is added.
MAX_ENTRIES = 500
_ENGINE_PARTS = ("nlp", "analysis", "outline", "article", "pipeline.py")


@cache
def engine_fingerprint() -> str:
    """A hash of the engine's source and data files: changes whenever the analysis could."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(__version__.encode())
    for part in _ENGINE_PARTS:
        path = root / part
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".json", ".txt", ".tsv", ".csv") and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


@cache
def model_version(name: str) -> str:
    """The installed version of a spaCy pipeline package, without importing spaCy."""
    for dist in (name, name.replace("_", "-")):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            return importlib.metadata.version(dist)
    path = Path(name)
    meta = path / "meta.json"
    if meta.is_file():
        return hashlib.sha256(meta.read_bytes()).hexdigest()[:16]
    spec = importlib.util.find_spec(name) if "/" not in name else None
    if spec and spec.origin:
        with contextlib.suppress(OSError):
            return f"mtime-{os.stat(spec.origin).st_mtime_ns}"
    return "unknown"


def _spacy_version() -> str:
    try:
        return importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        return "none"


def cache_key(article: Article, *, model: str, summarizer: str, sentences: int | None) -> str:
    """The key of an analysis: content hash + model + engine + options."""
    m = article.meta
    parts = {
        "format": FORMAT,
        "engine": engine_fingerprint(),
        "model": model,
        "model_version": model_version(model),
        "spacy": _spacy_version(),
        "summarizer": summarizer,
        "sentences": sentences,
        "blocks": [[b.kind, b.start, b.end, b.paragraph] for b in article.blocks],
        "meta": [m.title, m.published.isoformat() if m.published else None, m.byline],
    }
    h = hashlib.sha256(json.dumps(parts, sort_keys=True).encode())
    h.update(article.text.encode("utf-8", errors="surrogatepass"))
    return h.hexdigest()


class AnalysisCache:
    """Outlines on disk, one JSON file per key."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir() / "outlines"

    def path(self, key: str) -> Path:
        return self.root / f"{key}.json"

    def get(self, key: str, article: Article):  # noqa: ANN201 - Outline, imported lazily
        """The cached outline for `article`, or None (missing, stale or corrupt)."""
        from ..outline.json_import import OutlineFormatError, from_full_dict

        path = self.path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            outline = from_full_dict(data["entry"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, OutlineFormatError):
            return None
        cached = outline.article
        if cached.text != article.text or cached.blocks != article.blocks:
            return None  # a hash collision or a hand-edited file: rebuild
        # The analysis is the cached one; source, metadata and warnings are today's.
        outline.article = replace(article, sentences=cached.sentences)
        with contextlib.suppress(OSError):
            os.utime(path)  # least recently used is pruned first
        return outline

    def put(self, key: str, outline) -> bool:  # noqa: ANN001
        """Store an outline; False (and nothing raised) if the cache cannot be written."""
        from ..outline.json_import import to_full_dict

        try:
            body = json.dumps(
                {"format": FORMAT, "key": key, "entry": to_full_dict(outline)},
                ensure_ascii=False,
                separators=(",", ":"),
            )
        except (TypeError, ValueError):
            return False  # an item type the cache cannot store: skip caching it
        try:
            write_atomic(self.path(key), body, overwrite=True)
        except OutputError:
            return False
        self.prune()
        return True

    def entries(self) -> list[Path]:
        try:
            return [p for p in self.root.iterdir() if p.suffix == ".json" and not p.name.startswith(".")]
        except OSError:
            return []

    def prune(self, keep: int = MAX_ENTRIES) -> int:
        """Remove the least recently used entries beyond `keep`; the number removed."""
        files = self.entries()
        if len(files) <= keep:
            return 0

        def mtime(p: Path) -> float:
            try:
                return p.stat().st_mtime
            except OSError:
                return 0.0

        removed = 0
        for p in sorted(files, key=mtime)[: len(files) - keep]:
            with contextlib.suppress(OSError):
                p.unlink()
                removed += 1
        return removed

    def clear(self) -> int:
        return self.prune(keep=0)
