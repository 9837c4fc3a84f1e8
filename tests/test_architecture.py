"""The engine never imports Textual: only tui/app/ may."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tui"


def test_no_textual_import_outside_app_statically() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "app":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n == "textual" or n.startswith("textual.") for n in names):
                offenders.append(str(rel))
    assert offenders == []


def test_engine_runs_without_loading_textual() -> None:
    code = (
        "import sys, tui.cli, tui.pipeline, tui.outline.markdown, tui.outline.json_export, tui.sources;"
        "import tui.analysis.actors, tui.analysis.claims, tui.analysis.outlook, tui.analysis.summary;"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
