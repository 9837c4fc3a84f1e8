"""Saving the outline as Markdown: file names, folders, and never a silent overwrite."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..article.model import Article
from ..store.files import unique_path, write_atomic
from ..store.paths import summaries_dir

if TYPE_CHECKING:
    from ..outline.model import Outline  # importing it loads the analysers (and spaCy)

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, limit: int = 60) -> str:
    """`"Putin's visit: what next?"` → `putin-s-visit-what-next`; ASCII, cut at a word."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_title.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug or "article"


def summary_filename(article: Article, today: date | None = None) -> str:
    """`<date>-<slug>.md`: the publication date when known (else today), then the title."""
    when = article.meta.published or today or date.today()
    return f"{when.isoformat()}-{slugify(article.meta.title or Path(article.source).stem)}.md"


def save_folder(configured: Path | None) -> Path:
    """Where `s` saves: the config's `save_dir`, else `<user_data_dir>/summaries`."""
    return configured.expanduser() if configured else summaries_dir()


def default_summary_path(article: Article, folder: Path) -> Path:
    """A path in `folder` that does not exist yet (`name-2.md` if `name.md` does)."""
    return unique_path(folder / summary_filename(article))


def resolve_target(text: str, article: Article) -> Path:
    """A path typed by the user; a folder (existing, or ending in /) gets the default name."""
    path = Path(text.strip()).expanduser()
    if text.rstrip().endswith(("/", "\\")) or path.is_dir():
        return path / summary_filename(article)
    return path


def save_outline(outline: Outline, path: Path, *, overwrite: bool = False) -> Path:
    """Write the engine's Markdown for `outline`. Raises OutputError (exists, unwritable)."""
    from ..outline.markdown import to_markdown

    return write_atomic(path, to_markdown(outline), overwrite=overwrite)
