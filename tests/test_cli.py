"""The command line: outputs, batch mode, and one-line errors with documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

from .conftest import SEED


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tui", *args], input=stdin, capture_output=True, timeout=120)


def test_outline_json_of_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(SEED), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "precis.outline/1"


def test_outline_markdown_to_file_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.md"
    assert main(["outline", str(SEED), "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert first.startswith("---\n")
    out.write_text("my notes", encoding="utf-8")
    assert main(["outline", str(SEED), "-o", str(out)]) == 5
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my notes"
    assert main(["outline", str(SEED), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8") == first


def test_batch_is_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Rates rise\n\nThe bank raised rates on Thursday. Officials said more rises may follow.\n", encoding="utf-8"
    )
    assert main(["outline", str(SEED), str(other), "--format", "json"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert docs[0]["article"]["title"].startswith("North Korean")
    assert docs[1]["article"]["title"] == "Rates rise"


def test_stdin() -> None:
    r = run("outline", "-", "--format", "json", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["article"]["source"] == "stdin"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n  "), "is empty"),
        (lambda d: _write(d / "blob.bin", bytes(range(256)) * 40), "binary"),
        (lambda d: _write(d / "doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF is not supported yet"),
        (lambda d: _write(d / "pic.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG image"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    r = run("outline", str(path))
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert message in err
    assert str(path) in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_size_limit(tmp_path: Path) -> None:
    big = _write(tmp_path / "big.txt", b"Title\n\n" + b"The river rose again. " * 5000)
    r = run("outline", str(big), "--max-size", "10k")
    assert r.returncode == 2
    assert "--max-size" in r.stderr.decode()


def test_missing_model_exit_3() -> None:
    r = run("outline", str(SEED), "--model", "no_such_model_xyz")
    err = r.stderr.decode()
    assert r.returncode == 3
    assert "no_such_model_xyz" in err and "pip install" in err
    assert "Traceback" not in err


def test_unknown_summarizer_is_usage_error() -> None:
    r = run("outline", str(SEED), "--summarizer", "magic")
    assert r.returncode == 2


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
