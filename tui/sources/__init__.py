"""Where articles come from: files, stdin (incl. newsboat's pipe-to), HTML pages and URLs."""

from .read import DEFAULT_MAX_SIZE, article_from_bytes, read_default, read_source, seed_path, stdin_is_piped
from .url import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DEFAULT_TIMEOUT",
    "article_from_bytes",
    "read_default",
    "read_source",
    "seed_path",
    "stdin_is_piped",
]
