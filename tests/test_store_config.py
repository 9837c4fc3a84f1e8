"""config.toml wired to the command line: options win over config, which wins over defaults."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.errors import ConfigError
from tui.store.config import TEMPLATE, parse_config
from tui.store.paths import config_path

from .conftest import SEED
from .test_cli import run


def _config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_values_apply_and_options_override() -> None:
    _config('sentences = 2\nsummarizer = "lead"\n')
    doc = json.loads(run("outline", str(SEED), "--format", "json").stdout)
    assert [s["sentences"] for s in doc["summary"]] == [[0], [1]]  # lead-2 from the config
    doc = json.loads(run("outline", str(SEED), "--format", "json", "--sentences", "4").stdout)
    assert len(doc["summary"]) == 4  # the option wins


def test_max_size_from_config(tmp_path: Path) -> None:
    _config('max_size = "1KB"\n')
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "Words and more words. " * 100, encoding="utf-8")
    r = run("outline", str(big))
    assert r.returncode == 2 and "above the 1 KB limit" in r.stderr.decode()
    assert run("outline", str(big), "--max-size", "1MB").returncode == 0


def test_bad_config_names_the_key() -> None:
    path = _config('sentences = 3\ncolour = "red"\n')
    r = run("outline", str(SEED))
    assert r.returncode == 6
    assert r.stderr.decode().startswith(f"precis: {path}: unknown key 'colour'")
    _config('cache = "yes"\n')
    assert "'cache' must be true or false" in run("outline", str(SEED)).stderr.decode()
    _config("timeout = -1\n")
    assert "'timeout' must be a number of seconds" in run("config", "--show").stderr.decode()


def test_config_command() -> None:
    path = config_path()
    r = run("config", "--path")
    assert r.returncode == 0 and r.stdout.decode().strip() == str(path)
    assert "(missing: defaults in effect)" in run("config").stdout.decode()
    r = run("config", "--init")
    assert r.returncode == 0 and path.read_text(encoding="utf-8") == TEMPLATE
    # Never overwritten: the user's edits are safe.
    path.write_text('sentences = 4\ntheme = "nord"\n', encoding="utf-8")
    r = run("config", "--init")
    assert r.returncode == 5 and "already exists" in r.stderr.decode()
    shown = run("config", "--show").stdout.decode()
    assert "sentences = 4" in shown and 'theme = "nord"' in shown and "# model = (not set)" in shown


def test_template_is_valid_when_uncommented() -> None:
    import tomllib

    lines = [ln[2:] if ln.startswith("# ") and " = " in ln.split("#")[1] else ln for ln in TEMPLATE.splitlines()]
    text = "\n".join(lines).replace("# [keys]", "[keys]")
    config = parse_config(tomllib.loads(text))
    assert config.sentences == 5 and config.timeout == 20.0 and config.cache is True


def test_no_cache_option_and_config() -> None:
    from tui.store.cache import AnalysisCache

    assert run("outline", str(SEED), "--no-cache").returncode == 0
    assert AnalysisCache().entries() == []
    _config("cache = false\n")
    assert run("outline", str(SEED)).returncode == 0
    assert AnalysisCache().entries() == []
    os.remove(config_path())
    assert run("outline", str(SEED)).returncode == 0
    assert len(AnalysisCache().entries()) == 1


@pytest.mark.parametrize(("value", "message"), [(0, "(0–600]"), (True, "number of seconds")])
def test_timeout_validation(value: object, message: str) -> None:
    with pytest.raises(ConfigError, match="timeout"):
        parse_config({"timeout": value})
