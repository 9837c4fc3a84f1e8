"""Shared fixtures: the seed article, the eval data, a loaded model, private XDG folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-north-korea-vietnam.txt"
EVAL = Path(os.environ.get("PRECIS_EVAL", ROOT.parent / "shared" / "eval"))


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point platformdirs at temporary folders: tests never touch the user's files."""
    base = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))


@pytest.fixture(scope="session")
def nlp():
    from tui.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_parsed(nlp):
    from tui.article.plaintext import parse_text
    from tui.nlp.parse import parse

    return parse(parse_text(SEED.read_text(encoding="utf-8"), "seed"), nlp)


@pytest.fixture(scope="session")
def seed_outline(seed_parsed):
    from tui.outline.build import build_outline

    return build_outline(seed_parsed)


def parse_string(text: str, nlp, source: str = "test"):
    from tui.article.plaintext import parse_text
    from tui.nlp.parse import parse

    return parse(parse_text(text, source), nlp)


def eval_path(*parts: str) -> Path:
    path = EVAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not available at {path}")
    return path


def benchmark(name: str):  # noqa: ANN201
    """The module of benchmarks/NAME.py (a scoring script the tests reuse), loaded once."""
    import importlib.util
    import sys

    if name in sys.modules:
        return sys.modules[name]
    script = ROOT / "benchmarks" / f"{name}.py"
    sys.path.insert(0, str(script.parent))
    spec = importlib.util.spec_from_file_location(name, script)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod
