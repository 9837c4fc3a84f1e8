"""Outlines for the reader's tests: the seed article with hand-built actors, claims, outlook.

The analysers are placeholders on main, so the tests build the other sections from the
real dataclasses, pointing at the seed's real sentence ids (found by their text).
"""

from __future__ import annotations

from dataclasses import replace

from tui.analysis.actors import Actor
from tui.analysis.claims import Claim
from tui.analysis.outlook import OutlookItem
from tui.analysis.summary import SummaryItem
from tui.outline.model import SECTIONS, Outline


def sentence_with(outline: Outline, needle: str) -> int:
    """The id of the first sentence that contains `needle`."""
    a = outline.article
    for s in a.sentences:
        if needle in a.text[s.start : s.end]:
            return s.id
    raise AssertionError(f"no sentence holds {needle!r}")


def sentences_with(outline: Outline, needle: str) -> tuple[int, ...]:
    a = outline.article
    return tuple(s.id for s in a.sentences if needle in a.text[s.start : s.end])


def rich_outline(base: Outline) -> Outline:
    """The seed outline with every section filled, as the finished analysers would."""
    find = lambda needle: sentence_with(base, needle)  # noqa: E731
    actors = [
        Actor("putin", "Vladimir Putin", "person", ("Vladimir Putin", "Putin"), sentences_with(base, "Putin")),
        Actor("north-korea", "North Korea", "place", ("North Korea", "Pyongyang"), sentences_with(base, "North Korea")),
        Actor("kremlin", "Kremlin", "organization", ("Kremlin",), sentences_with(base, "Kremlin")),
    ]
    claims = [
        Claim("Zeit Online", None, "writes", "the purpose of Putin's visit", False, (find("Zeit Online"),)),
        Claim("experts", None, "say", "their cooperation ends there", False, (find("experts say"),)),
        Claim(None, None, None, "North Korean soldiers may appear at the front", True, (find("It is even said"),)),
    ]
    outlook = [
        # Given out of order on purpose: the tree must still list short term first.
        OutlookItem("long", "In the long term", (find("In the long term"),)),
        OutlookItem("unspecified", None, (find("Washington will continue"),)),
        OutlookItem("short", "In the short term", (find("In the short term"),)),
        OutlookItem("medium", "In the medium term", (find("In the medium term"),)),
        OutlookItem("medium", "will wait", (find("The Kremlin will wait"),)),
    ]
    # A fixed summary too, so snapshots do not change when the summarizer is tuned.
    summary = [
        SummaryItem((find(needle),))
        for needle in ("A few days ago", "Did Putin ask", "unreliable when", "main mission", "In the medium term")
    ]
    return replace(
        base, summary=summary, actors=actors, claims=claims, outlook=outlook, sections=SECTIONS, summarizer="centroid"
    )


def run_in_terminal(
    args: list[str], *, stdin: bytes | None, until: bytes, keys: bytes = b"q", timeout: float = 60
) -> tuple[int, bytes]:
    """Run `python -m tui ARGS` in a pseudo-terminal with `stdin` piped in, as a shell would.

    Waits until `until` is on the screen, types `keys`, and returns the exit code and
    everything the app drew. POSIX only.
    """
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

    root = Path(__file__).resolve().parent.parent
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    slave_name = os.ttyname(slave)

    def controlling_tty() -> None:
        os.setsid()
        os.close(os.open(slave_name, os.O_RDWR))  # the first tty opened after setsid is the controlling one

    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        stdin=subprocess.PIPE if stdin is not None else slave,
        stdout=slave,
        stderr=slave,
        cwd=root,
        env=dict(os.environ, TERM="xterm-256color"),
        preexec_fn=controlling_tty,  # noqa: PLW1509 - tests only
    )
    os.close(slave)
    if stdin is not None and proc.stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    screen = b""
    deadline = time.monotonic() + timeout

    def drain(wait: float) -> bool:
        nonlocal screen
        ready, _, _ = select.select([master], [], [], wait)
        if ready:
            try:
                screen += os.read(master, 65536)
            except OSError:
                return False
        return True

    try:
        while until not in screen and time.monotonic() < deadline and drain(0.5):
            pass
        if until in screen:
            os.write(master, keys)
        while proc.poll() is None and time.monotonic() < deadline and drain(0.2):
            pass
        return proc.wait(timeout=max(1.0, deadline - time.monotonic())), screen
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
