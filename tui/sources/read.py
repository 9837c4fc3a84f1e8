"""Read a source (a path, `-` for stdin) into an `Article`, with one-line errors."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ..article.model import Article, Metadata
from ..article.plaintext import parse_text
from ..errors import InputError
from .decode import declared_charset, decode
from .html import HTML_SUFFIXES, HTML_TYPES, looks_like_html, parse_html
from .language import with_language_warning
from .newsboat import parse_newsboat
from .url import DEFAULT_TIMEOUT, fetch, is_url

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


def stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file (not a terminal, not /dev/null).

    `precis` with no SOURCE reads such a stdin (`curl … | precis`, `precis < page.html`);
    a terminal or /dev/null gives the bundled sample instead.
    """
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False  # no real stdin (closed, or replaced by a test runner)
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def read_default(*, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """What `precis` with no SOURCE opens: piped stdin if it holds anything, else the sample.

    An empty pipe or redirect (`precis < /dev/null`, a closed pipe) gives the sample too.
    """
    if stdin_is_piped():
        data = read_bytes("-", max_size=max_size)
        if data.strip():
            return with_language_warning(article_from_bytes(data, name="<stdin>", source="stdin"))
    return read_source(None)


def read_source(
    source: str | None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """Read and lay out an article. `None` is the bundled sample; `-` is stdin; an
    `http(s)://` URL is fetched. The article carries a warning if it does not look English."""
    if source is None:
        path = seed_path()
        return parse_text(path.read_text(encoding="utf-8"), str(path.name))
    if is_url(source):
        fetched = fetch(source, timeout=timeout, max_size=max_size)
        article = article_from_bytes(
            fetched.data,
            name=source,
            source=source,
            media_type=fetched.media_type or None,
            charset=fetched.charset,
            url=fetched.url,
        )
    else:
        name = "<stdin>" if source == "-" else source
        article = article_from_bytes(
            read_bytes(source, max_size=max_size),
            name=name,
            source="stdin" if source == "-" else source,
            suffix=None if source == "-" else Path(source).suffix.lower(),
        )
    return with_language_warning(article)


def article_from_bytes(
    data: bytes,
    *,
    name: str,
    source: str,
    suffix: str | None = None,
    media_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
) -> Article:
    """Bytes → Article: refuse binaries, decode, then HTML, newsboat, Markdown or plain text.

    `name` is how errors name the input; `source` is what the article records.
    HTML is chosen by media type, by suffix, or by sniffing the content.
    """
    if suffix in HTML_SUFFIXES or media_type in HTML_TYPES:
        html = True
    elif media_type is None and suffix not in MARKDOWN_SUFFIXES:
        html = looks_like_html(data)
    else:
        html = False
    declared = charset or (declared_charset(data) if html else None)
    text = decode(data, name, declared=declared)
    if not text.strip():
        raise InputError("is empty (nothing but whitespace)", subject=name)
    if html:
        article = parse_html(text, source, url=url)
    else:
        article = parse_newsboat(text, source)
        if article is None:
            markdown = suffix in MARKDOWN_SUFFIXES or media_type in ("text/markdown", "text/x-markdown")
            article = parse_text(text, source, markdown=markdown, meta=Metadata(url=url) if url else None)
    if not article.paragraphs:
        raise InputError("holds no article text (only a title or page chrome)", subject=name)
    return article
