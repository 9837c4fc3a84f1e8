"""What the reader remembers between runs (the theme), in `<user_data_dir>/state.json`.

Small and forgiving: an unreadable or corrupt file is the empty state, and writes go
through `write_atomic` so a crash never leaves half a file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..store.files import write_atomic
from ..store.paths import data_dir

STATE_FILE = "state.json"


def state_path() -> Path:
    return data_dir() / STATE_FILE


def load_state(path: Path | None = None) -> dict[str, Any]:
    path = path or state_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(updates: dict[str, Any], path: Path | None = None) -> Path:
    """Merge `updates` into the state file. Raises OutputError if it cannot be written."""
    path = path or state_path()
    state = load_state(path) | updates
    return write_atomic(path, json.dumps(state, indent=2, sort_keys=True) + "\n", overwrite=True)
