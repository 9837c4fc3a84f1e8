"""Bad inputs: each gets one line naming the input and what is wrong, and exit code 2."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tui.errors import InputError
from tui.sources.read import DEFAULT_MAX_SIZE, read_bytes

from .test_cli import run


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.html", b"", "is empty"),
        ("blank.md", b"\n\n   \n", "is empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(200), "a JPEG image, not an article"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "a GIF image, not an article"),
        ("page.html.gz", gzip.compress(b"<html><body><p>Hi</p></body></html>"), "a gzip archive; decompress it first"),
        ("report.pdf", b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n5 0 obj", "PDF is not supported yet"),
        ("doc.docx", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or an Office/EPUB document)"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("utf16-broken.txt", b"\xff\xfeA\x00B", "cannot decode as utf-16"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path / name, data)
    r = run("outline", str(path))
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert err.startswith(f"precis: {path}: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_empty_stdin() -> None:
    r = run("outline", "-", stdin=b"")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == "precis: <stdin>: is empty (nothing but whitespace)"


def test_binary_stdin() -> None:
    r = run("outline", "-", stdin=b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert r.returncode == 2
    assert "<stdin>: this is a PNG image, not an article" in r.stderr.decode()


def test_fifty_megabytes_is_refused_and_the_limit_can_be_raised(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"Title\n\n")
        line = b"The river rose again and the town waited for the water to fall. " * 16 + b"\n\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size > 50 * 1024 * 1024 > DEFAULT_MAX_SIZE
    r = run("outline", str(big))
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "is 50.0 MB, above the 20.0 MB limit (raise it with --max-size)" in err
    # --max-size raises the limit: the bytes are then read (analysis is not run here).
    assert len(read_bytes(str(big), max_size=60 * 1024 * 1024)) == big.stat().st_size
    with pytest.raises(InputError, match="above the 1.0 MB limit"):
        read_bytes(str(big), max_size=1024 * 1024)


def test_stdin_over_the_limit() -> None:
    r = run("outline", "-", "--max-size", "1k", stdin=b"Title\n\n" + b"Words and more words. " * 200)
    assert r.returncode == 2
    assert "<stdin>: is above the 1 KB limit (raise it with --max-size)" in r.stderr.decode()
