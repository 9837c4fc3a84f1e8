"""The cheap English check: warn (CLI stderr, article.warnings), never refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.article.plaintext import parse_text
from tui.sources.language import THRESHOLD, english_share, language_warning

from .conftest import SEED, eval_path
from .test_cli import run

FRENCH = (
    "Le gouvernement a présenté mercredi un projet de loi destiné à réformer le système de retraite. "
    "Selon le ministre, l'âge légal de départ sera progressivement relevé à soixante-quatre ans. "
    "Les syndicats ont dénoncé une réforme injuste et brutale et appellent à une grève générale la semaine "
    "prochaine, tandis que l'opposition prépare déjà une motion de censure contre le gouvernement."
)
SPANISH = (
    "El Gobierno aprobó el martes un nuevo paquete de medidas para contener la subida de los precios de la "
    "energía. Según la ministra, las ayudas llegarán a más de tres millones de hogares antes del verano. "
    "Los sindicatos celebraron el anuncio, aunque advirtieron de que las medidas son insuficientes para las "
    "familias con menos ingresos y pidieron una reforma fiscal más ambiciosa."
)


def test_english_news_is_english() -> None:
    assert english_share(SEED.read_text(encoding="utf-8")) > 0.35


def test_every_dev_article_passes() -> None:
    folder = eval_path("bbc-dev", "articles")
    shares = [english_share(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.rglob("*.txt"))]
    shares = [s for s in shares if s is not None]
    assert len(shares) >= 90
    assert min(shares) > THRESHOLD + 0.05


@pytest.mark.parametrize("text", [FRENCH, SPANISH])
def test_other_languages_get_a_warning(text: str) -> None:
    article = parse_text("Titre\n\n" + text, "test")
    assert english_share(text) < 0.1
    warning = language_warning(article)
    assert warning and "does not look English" in warning and "English model will do poorly" in warning


def test_too_short_to_judge() -> None:
    assert english_share("Bonjour tout le monde.") is None


def test_cli_warns_and_still_analyses(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Réforme des retraites\n\n" + FRENCH + "\n", encoding="utf-8")
    r = run("outline", str(path))
    err = r.stderr.decode()
    assert r.returncode == 0, err
    assert f"precis: warning: {path}: this text does not look English" in err
    assert b"## Summary" in r.stdout
