"""Garbage collection between key presses instead of during them.

Python's cyclic collector runs whenever enough objects have been allocated, which in a
reader means in the middle of drawing after a key. A full collection over a 100,000-word
document's objects took 50–120 ms (bench_app), longer than the whole jump. So once the
outline is on screen the long-lived objects are frozen out of the collector's reach, the
automatic collector is paused, and a timer collects when no key has come for a moment
(or at the latest every few seconds during a long key repeat).
"""

from __future__ import annotations

import gc
from time import monotonic

from textual.app import App
from textual.timer import Timer

#: Collect when no key has come for this long (seconds)…
QUIET = 0.25
#: …but at least this often while keys keep coming.
AT_MOST = 3.0
#: How often the timer looks.
TICK = 0.25
#: Skip the collection if fewer new objects than this are waiting (gen 0 count).
MIN_PENDING = 200


class IdleCollector:
    def __init__(self, app: App) -> None:
        self.app = app
        self.last_key = 0.0
        self.last_collect = monotonic()
        self._timer: Timer | None = None
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Freeze what exists now, pause the automatic collector, collect when idle."""
        gc.collect()
        gc.freeze()
        if self._timer is None:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer = self.app.set_interval(TICK, self.tick, name="idle-gc")

    def key(self) -> None:
        self.last_key = monotonic()

    def tick(self) -> None:
        now = monotonic()
        quiet = now - self.last_key >= QUIET
        overdue = now - self.last_collect >= AT_MOST
        if (quiet or overdue) and sum(gc.get_count()) >= MIN_PENDING:
            gc.collect()
            self.last_collect = now

    def stop(self) -> None:
        """Give the collector back (the app is closing; tests run many apps in one process)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            gc.unfreeze()
            if self._was_enabled:
                gc.enable()
