"""Encodings: BOMs, UTF-16, legacy single-byte pages (cp1251, latin-1), CRLF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.sources import read_source
from tui.sources.decode import declared_charset, decode

ENC = Path(__file__).parent / "fixtures" / "encodings"
EXPECTED_EN = (ENC / "expected-en.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["en-utf16le-bom.txt", "en-utf16be-bom.txt", "en-utf8-bom-crlf.txt"])
def test_unicode_with_bom_and_crlf(name: str) -> None:
    a = read_source(str(ENC / name))
    assert a.meta.title == "Rates rise again in Frankfurt"
    assert "\r" not in a.text and "\ufeff" not in a.text
    assert "“We are not at the peak yet,” the bank’s president told reporters in Frankfurt." in a.text
    assert a.warnings == ()


@pytest.mark.parametrize(
    ("name", "title", "phrase"),
    [
        ("ru-cp1251.txt", "Путин прибыл во Вьетнам", "Президент России Владимир Путин прибыл в среду в Ханой"),
        ("bg-cp1251.txt", "Правителството одобри бюджета", "Финансовият министър заяви"),
        ("fr-latin1.txt", "Réforme des retraites", "l'âge légal de départ sera progressivement relevé"),
        ("de-latin1.txt", "Rentenreform vorgelegt", "Außerdem fordern sie höhere Löhne"),
        ("ru-cp1251.html", "Путин прибыл во Вьетнам", "подписали около десятка соглашений"),
    ],
)
def test_legacy_single_byte_encodings(name: str, title: str, phrase: str) -> None:
    a = read_source(str(ENC / name))
    assert a.meta.title == title
    assert phrase in a.text
    # Not English: analysed anyway, with a warning the app and the CLI show.
    assert any("does not look English" in w for w in a.warnings)


def test_declared_charset_of_html() -> None:
    assert declared_charset(b'<meta charset="windows-1251">') == "cp1251"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "iso8859-1"
    assert declared_charset(b"<meta charset='no-such-charset'>") is None


def test_utf8_wins_over_a_wrong_latin1_label() -> None:
    data = "Café au lait, naïve façade".encode()
    assert decode(data, "x", declared="iso-8859-1") == "Café au lait, naïve façade"
