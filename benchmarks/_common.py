"""Shared helpers for the benchmark scripts: where the eval data is, the machine, parsing."""

from __future__ import annotations

import os
import platform
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = Path(os.environ.get("PRECIS_EVAL", ROOT.parent / "shared" / "eval"))


def require_eval(sub: str) -> Path:
    path = EVAL / sub
    if not path.is_dir():
        sys.exit(f"{path}: evaluation data not found (set PRECIS_EVAL to the folder holding {sub}/)")
    return path


def machine() -> str:
    try:
        cpu = next(
            (ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name")),
            platform.processor() or platform.machine(),
        )
    except OSError:
        cpu = platform.processor() or platform.machine()
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def header(title: str, command: str) -> str:
    return f"### {title}\n\n_{date.today().isoformat()} · `{command}` · {machine()}_\n"


def parse_file(path: Path, nlp):  # noqa: ANN001, ANN201
    from tui.article.plaintext import parse_text
    from tui.nlp.parse import parse

    article = parse_text(path.read_text(encoding="utf-8"), str(path))
    return parse(article, nlp)
