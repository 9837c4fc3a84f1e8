"""From `precis [SOURCE]` to the app: config, errors before Textual, stdin and the terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.app import launch
from tui.app.analysis import AnalysisSettings
from tui.cli import main
from tui.errors import InputError

from .app_helpers import run_in_terminal
from .conftest import ROOT, SEED


class FakeApp:
    """Stands in for ReaderApp: records what it was given, runs nothing."""

    made: list[FakeApp] = []

    def __init__(self, article, *, error=None, settings=None, config=None, library=False) -> None:  # noqa: ANN001
        self.article, self.error, self.settings, self.config = article, error, settings, config
        self.library = library
        FakeApp.made.append(self)

    def run(self) -> None:
        pass

    @property
    def exit_code(self) -> int:
        return self.error.exit_code if self.error is not None and self.article is None else 0


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[FakeApp]:
    import tui.app.app

    FakeApp.made = []
    monkeypatch.setattr(tui.app.app, "ReaderApp", FakeApp)
    monkeypatch.setattr(launch, "attach_terminal", lambda: None)
    return FakeApp.made


def test_reader_opens_the_sample_by_default(fake_app: list[FakeApp]) -> None:
    assert main([]) == 0
    (app,) = fake_app
    assert app.article.meta.title.startswith("North Korean army")
    assert app.settings == AnalysisSettings()


def test_missing_file_opens_the_error_screen_and_exits_2(
    fake_app: list[FakeApp], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["no/such/file.txt"]) == 2
    (app,) = fake_app
    assert app.article is None and "no such file" in str(app.error)
    err = capsys.readouterr().err
    assert err.strip() == "precis: no/such/file.txt: no such file"


def test_cli_options_win_over_the_config(fake_app: list[FakeApp]) -> None:
    from tui.store.paths import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(
        'model = "from_config"\nsummarizer = "lexrank"\nsentences = 3\ncache = false\nlibrary = false\n'
        'max_size = 10\noutline_side = "left"\n',
        encoding="utf-8",
    )
    assert main([str(SEED)]) == 2  # config's 10-byte limit refuses the seed
    assert "limit" in str(fake_app[-1].error)
    assert main([str(SEED), "--max-size", "1MB", "--model", "m", "--sentences", "5"]) == 0
    app = fake_app[-1]
    assert app.settings == AnalysisSettings(model="m", summarizer="lexrank", sentences=5, cache=False)
    assert app.library is False and app.config.outline_side == "left"


def test_attach_terminal_without_a_terminal_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        launch.attach_terminal(str(tmp_path / "no-tty"))
    assert "no terminal" in str(err.value) and "precis outline -" in str(err.value)


def test_stdin_without_a_terminal_exits_2_with_one_line() -> None:
    """A pipe into `precis -` with no terminal at all (cron, CI): a message, not a traceback."""
    r = subprocess.run(
        [sys.executable, "-m", "tui", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
    )
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "no terminal" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_stdin_article_then_keys_from_the_terminal() -> None:
    """`cat article | precis -` (newsboat's pipe-to): the article from the pipe, keys from the tty."""
    code, screen = run_in_terminal(["-"], stdin=SEED.read_bytes(), until=b"North Korean army")
    assert b"North Korean army" in screen, screen[-2000:]
    assert code == 0
