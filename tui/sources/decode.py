"""Bytes → text: refuse what is not text, then find the encoding."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: File signatures of formats people try to open by mistake, and what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document; PDF is not supported yet (save the article as HTML or text)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF87a", "a GIF image, not an article"),
    (b"GIF89a", "a GIF image, not an article"),
    (b"RIFF", "a binary media file (RIFF/WebP/WAV), not an article"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document), which is not supported"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"\x7fELF", "a program (ELF binary), not an article"),
    (b"SQLite format 3\x00", "an SQLite database, not an article"),
    (b"{\\rtf", "an RTF document, which is not supported yet; save it as text"),
)


def sniff_binary(data: bytes) -> str | None:
    """Why `data` is not text, or None if it may be text."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return None
    head = data[:8192]
    if b"\x00" in head:
        return "a binary file, not text"
    if head:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
        if controls / len(head) > 0.05:
            return "a binary file, not text"
    return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag (first 4 KB), if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, name: str, *, declared: str | None = None) -> str:
    """Decode bytes as text: BOMs first, then UTF-8, then a declared charset (HTTP
    header or HTML <meta>), then charset-normalizer's best guess.

    Valid UTF-8 with non-ASCII bytes is almost never another encoding, so it wins over
    a declaration (pages often mislabel UTF-8 as latin-1)."""
    why = sniff_binary(data)
    if why:
        raise InputError(f"this is {why}", subject=name)
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {encoding} ({exc.reason})", subject=name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            encoding = codecs.lookup(declared).name
            # As browsers do (WHATWG): a page labelled latin-1 is read as windows-1252.
            encoding = "cp1252" if encoding in ("iso8859-1", "ascii") else encoding
        except LookupError:
            encoding = None
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass  # the declaration lies (it happens): guess instead
    encoding = guess_encoding(data)
    if encoding is None:
        raise InputError("cannot tell the text encoding (not UTF-8, and no other encoding fits)", subject=name)
    return data.decode(encoding, errors="replace")


#: Legacy encodings that real documents use most, preferred among equally plausible guesses
#: (charset-normalizer alone reads short French latin-1 text as Baltic cp1257).
COMMON_ENCODINGS = ("cp1252", "cp1251", "cp1250", "iso8859_15", "koi8_r", "gb18030", "shift_jis", "euc_kr", "big5")
#: How much more "chaos" (mess) than the best guess a common encoding may show and still win.
CHAOS_TOLERANCE = 0.02


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, nudged toward the common encodings when they fit as well."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        return None
    best = matches[0]
    close = [m for m in matches if m.chaos <= best.chaos + CHAOS_TOLERANCE]
    for common in COMMON_ENCODINGS:
        for m in close:
            if m.encoding == common or common in (m.could_be_from_charset or ()):
                return common
    return best.encoding
