"""Where precis keeps files, from platformdirs (XDG on Linux, the native folders elsewhere)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

APP = "precis"


def _dirs() -> PlatformDirs:
    # Built on each call so tests (and users) can point XDG_* variables elsewhere.
    return PlatformDirs(APP, appauthor=False)


def data_dir() -> Path:
    """Library, saved summaries and remembered state: `<user_data_dir>`."""
    return Path(_dirs().user_data_dir)


def cache_dir() -> Path:
    """Cached analyses, safe to delete: `<user_cache_dir>`."""
    return Path(_dirs().user_cache_dir)


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def config_path() -> Path:
    return config_dir() / "config.toml"


def summaries_dir() -> Path:
    return data_dir() / "summaries"
