"""From `precis [SOURCE]` to the app: config, errors before Textual, stdin and the terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tui.app import launch
from tui.app.analysis import AnalysisSettings
from tui.cli import main
from tui.errors import InputError
from tui.store.config import Config

from .conftest import ROOT, SEED


class FakeApp:
    """Stands in for ReaderApp: records what it was given, runs nothing."""

    made: list[FakeApp] = []

    def __init__(self, article, *, error=None, settings=None, config=None) -> None:  # noqa: ANN001
        self.article, self.error, self.settings, self.config = article, error, settings, config
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


def test_cli_options_win_over_the_config(fake_app: list[FakeApp], tmp_path: Path) -> None:
    config = Config(model="from_config", summarizer="lexrank", sentences=3, max_size=10)
    assert launch.run_reader(str(SEED), config=config) == 2  # config's 10-byte limit refuses the seed
    assert "limit" in str(fake_app[-1].error)
    assert launch.run_reader(str(SEED), config=config, max_size=10**6, model="m", sentences=5) == 0
    assert fake_app[-1].settings == AnalysisSettings(model="m", summarizer="lexrank", sentences=5)


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
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    slave_name = os.ttyname(slave)

    def controlling_tty() -> None:
        os.setsid()
        fd = os.open(slave_name, os.O_RDWR)  # the first tty opened after setsid becomes controlling
        os.close(fd)

    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "-"],
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
        preexec_fn=controlling_tty,  # noqa: PLW1509 - test only
    )
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write(SEED.read_bytes())
    proc.stdin.close()
    screen = b""
    deadline = time.monotonic() + 60
    try:
        while b"North Korean army" not in screen and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    screen += os.read(master, 65536)
                except OSError:
                    break
        assert b"North Korean army" in screen, screen[-2000:]
        os.write(master, b"q")
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    os.read(master, 65536)
                except OSError:
                    break
        assert proc.wait(timeout=max(1, deadline - time.monotonic())) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
