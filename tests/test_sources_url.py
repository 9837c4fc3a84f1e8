"""URLs against a local http.server: pages, every failure's one-line message and exit 4."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tui.errors import FetchError, InputError
from tui.sources import read_source
from tui.sources.url import fetch

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (FIXTURES / "salon.com.emissions.html").read_bytes()
TEXT = b"Rates rise again\n\nThe central bank raised rates on Thursday. Officials said more rises may follow.\n"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, code: int, body: bytes, ctype: str | None = "text/html; charset=utf-8", length: bool = True
    ) -> None:  # noqa: E501
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path
        if path == "/article":
            self._send(200, PAGE)
        elif path == "/text":
            self._send(200, TEXT, "text/plain")
        elif path == "/latin1":
            body = (
                "<html><head><title>Réforme</title></head><body><article><h1>Réforme</h1><p>"
                + "Le ministre a présenté mercredi une réforme très contestée des retraites. " * 4
                + "</p></article></body></html>"
            ).encode("latin-1")
            self._send(200, body, "text/html; charset=iso-8859-1")
        elif path == "/missing":
            self._send(404, b"<h1>Not Found</h1>")
        elif path == "/broken":
            self._send(500, b"<h1>Oops</h1>")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7\n", "application/pdf")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"The river rose again. ")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/big":
            self._send(200, b"x" * 300_000, "text/plain")
        elif path == "/big-stream":
            self._send(200, b"The river rose again. " * 20_000, "text/plain", length=False)
            self.close_connection = True
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        elif path == "/redirect-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://example.org/file.txt")
            self.end_headers()
        else:
            self._send(404, b"no")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and hung up is the point of some tests


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_and_extracts_a_page(server: str) -> None:
    a = read_source(f"{server}/article")
    assert a.meta.title == "Despite everything, U.S. emissions dipped in 2019"
    assert a.source == f"{server}/article"
    assert a.meta.url == f"{server}/article"
    assert "Advertisement" not in a.text


def test_plain_text_url(server: str) -> None:
    a = read_source(f"{server}/text")
    assert a.meta.title == "Rates rise again"
    assert a.meta.url == f"{server}/text"


def test_declared_charset_is_used(server: str) -> None:
    a = read_source(f"{server}/latin1")
    assert a.meta.title == "Réforme"
    assert "très contestée" in a.text


def test_redirect_within_http_is_followed(server: str) -> None:
    a = read_source(f"{server}/redirect")
    assert a.meta.url == f"{server}/article"


@pytest.mark.parametrize(
    ("path", "message", "kwargs"),
    [
        ("/missing", "the server answered 404 Not Found", {}),
        ("/broken", "the server answered 500 Internal Server Error", {}),
        ("/pdf", "PDF is not supported yet", {}),
        ("/image", "the server sent an image (image/png), not an HTML page or text", {}),
        ("/slow", "timed out", {"timeout": 0.5}),
        ("/trickle", "timed out", {"timeout": 1.0}),
        ("/big", "above the 100 KB limit (raise it with --max-size)", {"max_size": 100 * 1024}),
        ("/big-stream", "larger than the 100 KB limit", {"max_size": 100 * 1024}),
        ("/redirect-ftp", "not an http(s) URL; not followed", {}),
    ],
)
def test_each_failure_has_its_message(server: str, path: str, message: str, kwargs: dict) -> None:
    options = {"timeout": 10.0, "max_size": 10 * 1024 * 1024} | kwargs
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetch(f"{server}{path}", **options)
    assert message in str(err.value)
    assert err.value.exit_code == 4
    assert time.monotonic() - started < 5


def test_refused_port() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(FetchError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{port}/", max_size=1000)


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(FetchError, match="cannot find the server 'news.example.invalid' \\(DNS lookup failed"):
        fetch("http://news.example.invalid/story", max_size=1000)


def test_tls_failure(server: str) -> None:
    with pytest.raises(FetchError, match="TLS"):
        fetch(server.replace("http://", "https://") + "/article", max_size=1000, timeout=5)


def test_not_a_url() -> None:
    with pytest.raises(InputError, match="not a valid http"):
        fetch("http://", max_size=1000)


def test_command_line_url_and_errors(server: str) -> None:
    from .test_cli import run

    r = run("outline", f"{server}/article", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["article"]["source"] == f"{server}/article"

    r = run("outline", f"{server}/missing")
    err = r.stderr.decode()
    assert r.returncode == 4
    assert err.strip() == f"precis: {server}/missing: the server answered 404 Not Found"

    r = run("outline", f"{server}/slow", "--timeout", "0.5")
    assert r.returncode == 4
    assert "timed out" in r.stderr.decode() and len(r.stderr.decode().strip().splitlines()) == 1
