"""The library: every article the reader opened, with its outline and reading position.

Layout, under `<user_data_dir>/library/` (see docs/inputs.md):

    <id>/entry.json     small: title, source, dates, position, summary text (for search)
    <id>/outline.json   the outline, lossless (`json_import.to_full_dict`)
    .lock               serialises read-modify-write between precis processes

`<id>` is the first 12 hex digits of the SHA-256 of the article text, so opening the
same article again updates its entry (keeping its position) instead of adding one.

Why files and not SQLite: every file is written whole with `write_atomic` (temp file
+ rename), so a crash or a full disk leaves the old version, never half a file; there
is no shared index to corrupt, so two processes can only race on the same entry, and
a lock file makes those read-modify-writes one at a time; a damaged entry is skipped
and only that article is lost from the list; and the user can read, back up or
delete entries with ordinary tools. Listing reads each small entry.json: about 20 ms
for 1,000 entries (docs/inputs.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, OutputError
from .files import write_atomic
from .paths import data_dir

if TYPE_CHECKING:
    from ..article.model import Article
    from ..outline.model import Outline

FORMAT = "precis.library/1"
ID_LENGTH = 12


class LibraryError(InputError):
    """No such entry, an ambiguous id, or an entry whose files are damaged (exit 2)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One article in the library (what `precis library --json` prints)."""

    id: str
    title: str | None
    source: str
    opened_at: str  # ISO 8601, UTC, microseconds: sorts newest first as text
    first_opened: str
    published: str | None = None  # YYYY-MM-DD
    byline: str | None = None
    site: str | None = None
    url: str | None = None
    #: The sentence id the reader was at, or None (start at the top).
    position: int | None = None
    sentences: int = 0
    words: int = 0
    #: The summary's sentences as text: what `search` looks in, beside the title.
    summary: tuple[str, ...] = ()
    model: str | None = None
    summarizer: str | None = None

    @property
    def opened(self) -> datetime:
        return datetime.fromisoformat(self.opened_at)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["summary"] = list(self.summary)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["summary"] = tuple(str(s) for s in known.get("summary", ()))
        entry = cls(**known)
        if not isinstance(entry.id, str) or not isinstance(entry.source, str):
            raise TypeError("id and source must be strings")
        if entry.position is not None and not isinstance(entry.position, int):
            raise TypeError("position must be a sentence id")
        entry.opened  # noqa: B018 - validates the timestamp
        return entry


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:ID_LENGTH]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Library:
    """The library folder. Every method is safe to call from several processes at once."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or data_dir() / "library"

    # ------------------------------------------------------------------ reading

    def list(self) -> list[Entry]:
        """Every readable entry, most recently opened first (damaged entries are skipped)."""
        entries = [e for e in (self._read(d.name) for d in self._dirs()) if e is not None]
        return sorted(entries, key=lambda e: e.opened_at, reverse=True)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id (or unique id prefix), or None."""
        try:
            return self.resolve(entry_id)
        except LibraryError:
            return None

    def resolve(self, entry_id: str) -> Entry:
        """The entry with this id or unique id prefix; LibraryError if none or several."""
        key = entry_id.strip().lower()
        if not key or not all(c in "0123456789abcdef" for c in key):
            raise LibraryError("is not a library id (ids are hex, as `precis library` lists them)", subject=entry_id)
        entry = self._read(key) if len(key) == ID_LENGTH else None
        if entry is not None:
            return entry
        matches = [d.name for d in self._dirs() if d.name.startswith(key)]
        if len(matches) > 1:
            raise LibraryError(f"matches {len(matches)} articles; give more of the id", subject=entry_id)
        entry = self._read(matches[0]) if matches else None
        if entry is None:
            raise LibraryError("no article in the library has this id", subject=entry_id)
        return entry

    def search(self, query: str) -> list[Entry]:
        """Entries whose title, summary, source, site or byline hold every word of `query`."""
        words = query.casefold().split()
        out = []
        for e in self.list():
            hay = " ".join(filter(None, (e.title, e.source, e.site, e.byline, *e.summary))).casefold()
            if all(w in hay for w in words):
                out.append(e)
        return out

    def load_outline(self, entry_id: str) -> Outline:
        """The stored outline (article text, sentences and items) — no spaCy needed."""
        from ..outline.json_import import OutlineFormatError, from_full_dict

        entry = self.resolve(entry_id)
        path = self.root / entry.id / "outline.json"
        try:
            return from_full_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, OutlineFormatError) as exc:
            raise LibraryError(
                f"its stored outline is damaged or missing ({type(exc).__name__}); open the source again",
                subject=entry.id,
            ) from None

    def get_position(self, entry_id: str) -> int | None:
        entry = self.get(entry_id)
        return entry.position if entry else None

    # ------------------------------------------------------------------ writing

    def record(self, article: Article, outline: Outline) -> Entry:
        """Add (or refresh) the article the reader opened; keeps a known position.

        `article` is what was opened (its source and metadata win); the text and
        sentences are the outline's. Raises OutputError (exit 5) if the folder cannot
        be written; nothing already saved is touched then.
        """
        from ..outline.json_import import to_full_dict

        a = outline.article
        entry_id = article_id(a.text)
        stored = replace(a, source=article.source, meta=article.meta, warnings=article.warnings)
        stored_outline = replace(outline, article=stored)
        published = article.meta.published or a.meta.published
        with self._locked():
            old = self._read(entry_id)
            now = _now()
            position = old.position if old else None
            if position is not None and position >= len(a.sentences):
                position = None
            entry = Entry(
                id=entry_id,
                title=article.meta.title or a.meta.title,
                source=article.source,
                opened_at=now,
                first_opened=old.first_opened if old else now,
                published=published.isoformat() if published else None,
                byline=article.meta.byline,
                site=article.meta.site,
                url=article.meta.url,
                position=position,
                sentences=len(a.sentences),
                words=a.word_count,
                summary=tuple(a.sentence_text(sid) for item in outline.summary for sid in item.sentences),
                model=outline.model,
                summarizer=outline.summarizer,
            )
            folder = self.root / entry_id
            write_atomic(
                folder / "outline.json",
                json.dumps(to_full_dict(stored_outline), ensure_ascii=False, separators=(",", ":")),
                overwrite=True,
            )
            self._write(entry)
        return entry

    def set_position(self, entry_id: str, sentence_id: int | None) -> bool:
        """Remember where the reader is (a sentence id); False if the entry is gone."""
        if sentence_id is not None and (not isinstance(sentence_id, int) or sentence_id < 0):
            raise ValueError(f"a position is a sentence id, not {sentence_id!r}")
        with self._locked():
            entry = self.get(entry_id)
            if entry is None:
                return False
            self._write(replace(entry, position=sentence_id))
        return True

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry (id or unique prefix); returns what was removed."""
        with self._locked():
            entry = self.resolve(entry_id)
            folder = self.root / entry.id
            trash = self.root / f".deleted-{entry.id}-{os.getpid()}"
            try:
                os.replace(folder, trash)  # atomic: the entry vanishes whole or not at all
            except OSError as exc:
                raise OutputError(f"cannot delete ({exc.strerror or exc})", subject=str(folder)) from None
            shutil.rmtree(trash, ignore_errors=True)
        return entry

    # ------------------------------------------------------------------ internals

    def _dirs(self) -> Iterator[Path]:
        try:
            for d in self.root.iterdir():
                if not d.name.startswith(".") and d.is_dir():
                    yield d
        except OSError:
            return

    def _read(self, entry_id: str) -> Entry | None:
        try:
            data = json.loads((self.root / entry_id / "entry.json").read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            entry = Entry.from_dict(data["entry"])
            return entry if entry.id == entry_id else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _write(self, entry: Entry) -> None:
        body = json.dumps({"format": FORMAT, "entry": entry.to_dict()}, ensure_ascii=False, indent=1)
        write_atomic(self.root / entry.id / "entry.json", body + "\n", overwrite=True)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock on the library (POSIX flock; elsewhere atomic writes alone)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise OutputError(f"cannot write here ({exc.strerror or exc})", subject=str(self.root)) from None
        try:
            try:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
            except ImportError:  # pragma: no cover - Windows
                pass
            yield
        finally:
            os.close(fd)  # closing releases the lock


def published_date(entry: Entry) -> date | None:
    return date.fromisoformat(entry.published) if entry.published else None
