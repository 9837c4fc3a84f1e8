"""Fetch one URL the user asked for: a timeout, a size cap, one clear line per failure.

Only `http://` and `https://`; redirects are followed only to http(s) and at most
five times; nothing else is fetched (no images, no scripts, no follow-up pages).
"""

from __future__ import annotations

import email.message
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .. import __version__
from ..errors import FetchError, InputError

DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = f"precis/{__version__} (terminal article reader)"

#: Media types read as an article; anything else is refused with its type named.
TEXT_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
_NAMED_TYPES = {
    "application/pdf": "a PDF document; PDF is not supported yet",
    "application/json": "JSON data, not an article",
    "application/octet-stream": "binary data, not an article",
}


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    #: The media type without parameters, e.g. "text/html".
    media_type: str
    #: The charset the server declared, if any.
    charset: str | None
    #: The URL after redirects.
    url: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) and only a few times."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to {newurl!r}, not an http(s) URL; not followed", subject=req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _reason(exc: BaseException) -> BaseException:
    return exc.reason if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException) else exc


def _describe(exc: BaseException, host: str, timeout: float) -> str:
    """One line saying what went wrong, in the user's terms."""
    r = _reason(exc)
    if isinstance(r, socket.gaierror):
        return f"cannot find the server '{host}' (DNS lookup failed; check the address and your connection)"
    if isinstance(r, ConnectionRefusedError):
        return f"the server '{host}' refused the connection"
    if isinstance(r, TimeoutError | socket.timeout):
        return f"no answer from '{host}' within {timeout:g} s (timed out)"
    if isinstance(r, ssl.SSLCertVerificationError):
        return f"the TLS certificate of '{host}' could not be verified ({r.verify_message or r.reason})"
    if isinstance(r, ssl.SSLError):
        return f"TLS error talking to '{host}' ({r.reason or r})"
    if isinstance(r, ConnectionResetError | ConnectionAbortedError):
        return f"the server '{host}' closed the connection"
    if isinstance(r, OSError) and r.strerror:
        return f"cannot reach '{host}' ({r.strerror})"
    return f"cannot fetch from '{host}' ({r})"


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_size: int) -> Fetched:
    """GET `url`; raise `FetchError` (exit 4) with one line for every failure."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError("is not a valid http(s) URL", subject=url)
    host = parts.hostname
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: email.message.Message = response.headers
            media_type = (headers.get_content_type() or "").lower()
            if headers.get("Content-Type") is None:
                media_type = ""
            if media_type and media_type not in TEXT_TYPES and not media_type.startswith("text/"):
                what = _NAMED_TYPES.get(media_type) or (
                    f"an image ({media_type})" if media_type.startswith("image/") else f"{media_type}"
                )
                raise FetchError(f"the server sent {what}, not an HTML page or text", subject=url)
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_size:
                raise FetchError(
                    f"the page is {_human(int(length))}, above the {_human(max_size)} limit (raise it with --max-size)",
                    subject=url,
                )
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read1(64 * 1024)  # what has arrived: lets the deadline bite
                if not chunk:
                    break
                size += len(chunk)
                if size > max_size:
                    raise FetchError(
                        f"the page is larger than the {_human(max_size)} limit (raise it with --max-size)",
                        subject=url,
                    )
                chunks.append(chunk)
            return Fetched(b"".join(chunks), media_type, headers.get_content_charset(), response.geturl())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"the server answered {exc.code} {exc.reason}", subject=url) from None
    except (urllib.error.URLError, OSError, ssl.SSLError) as exc:
        raise FetchError(_describe(exc, host, timeout), subject=url) from None
    except (ValueError, http.client.HTTPException) as exc:
        raise FetchError(f"the server sent a broken answer ({type(exc).__name__})", subject=url) from None
