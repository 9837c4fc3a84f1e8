"""Where articles come from: files, stdin, (later) HTML pages and URLs."""

from .read import DEFAULT_MAX_SIZE, read_source, seed_path

__all__ = ["DEFAULT_MAX_SIZE", "read_source", "seed_path"]
