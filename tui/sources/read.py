"""Read a source (a path, `-` for stdin) into an `Article`, with one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

from ..article.model import Article
from ..article.plaintext import parse_text
from ..errors import InputError
from .decode import decode

#: Sources larger than this are refused unless --max-size raises the limit.
DEFAULT_MAX_SIZE = 20 * 1024 * 1024

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def seed_path() -> Path:
    """The bundled sample article (seeds/ in a checkout, packaged data when installed)."""
    here = Path(__file__).resolve().parent.parent
    name = "putin-north-korea-vietnam.txt"
    for candidate in (here.parent / "seeds" / name, here / "seeds" / name):
        if candidate.is_file():
            return candidate
    raise InputError("the bundled sample article is missing from this installation", subject="seeds")


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def read_bytes(source: str, *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(max_size + 1)
        name = "<stdin>"
    else:
        path = Path(source).expanduser()
        name = source
        if not path.exists():
            raise InputError("no such file", subject=name)
        if path.is_dir():
            raise InputError("is a directory, not an article file", subject=name)
        try:
            size = path.stat().st_size
            if size > max_size:
                raise InputError(
                    f"is {_human(size)}, above the {_human(max_size)} limit (raise it with --max-size)",
                    subject=name,
                )
            with path.open("rb") as fh:
                data = fh.read(max_size + 1)
        except PermissionError:
            raise InputError("permission denied", subject=name) from None
        except IsADirectoryError:
            raise InputError("is a directory, not an article file", subject=name) from None
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror or exc})", subject=name) from None
    if len(data) > max_size:
        raise InputError(f"is above the {_human(max_size)} limit (raise it with --max-size)", subject=name)
    return data


def read_source(source: str | None, *, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """Read and lay out an article. `None` is the bundled sample; `-` is stdin."""
    if source is None:
        path = seed_path()
        return parse_text(path.read_text(encoding="utf-8"), str(path.name))
    name = "<stdin>" if source == "-" else source
    text = decode(read_bytes(source, max_size=max_size), name)
    if not text.strip():
        raise InputError("is empty (nothing but whitespace)", subject=name)
    markdown = Path(source).suffix.lower() in MARKDOWN_SUFFIXES
    article = parse_text(text, "stdin" if source == "-" else source, markdown=markdown)
    if not article.paragraphs:
        raise InputError("holds no article text (only a title or page chrome)", subject=name)
    return article
