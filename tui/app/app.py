"""`ReaderApp`: configuration, theme, keymap, help and the command palette around the reader.

The app is given an article that is already read (fast, no spaCy) or the error that
stopped it; the reader screen paints it and then starts the analysis in a worker.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.theme import Theme

from ..article.model import Article
from ..errors import OutputError, PrecisError
from ..store.config import Config
from .analysis import Analyse, AnalysisSettings, engine_analyse
from .idle_gc import IdleCollector
from .keys import KEYS, bindings, key_ids, keys_for
from .messages import LibraryOpened
from .screens.error import ErrorScreen
from .screens.help import HelpScreen, show_keys
from .screens.library import LibraryScreen
from .screens.reader import ReaderScreen
from .state import load_state, save_state

if TYPE_CHECKING:
    from ..outline.model import Outline  # importing it loads the analysers (and spaCy)

DEFAULT_THEME = "textual-dark"


class ReaderApp(App[None]):
    """precis: read an article beside its outline."""

    CSS_PATH = "precis.tcss"
    TITLE = "precis"
    BINDINGS = bindings("app")

    def __init__(
        self,
        article: Article | None,
        *,
        error: PrecisError | None = None,
        settings: AnalysisSettings | None = None,
        config: Config | None = None,
        analyse: Analyse | None = None,
        outline: Outline | None = None,
        remember_theme: bool = True,
        library: bool = False,
    ) -> None:
        super().__init__()
        if article is None and outline is not None:
            article = outline.article
        self.article = article
        self.error = error
        self.settings = settings or AnalysisSettings()
        self.config = config or Config()
        self.analyse_fn: Analyse = analyse or engine_analyse
        #: A ready outline (tests, benchmarks): shown without running the analysis.
        self.prebuilt_outline = outline
        self.remember_theme = remember_theme
        #: Record opened articles and reading places in the library (config `library`).
        self.library_enabled = library
        self._shown_theme: str | None = None
        #: perf_counter() when the article was first on screen, and when the outline was.
        self.first_paint_at: float | None = None
        self.analysed_at: float | None = None
        #: Whether spaCy had been imported when the article first painted (it should not).
        self.spacy_at_first_paint: bool | None = None
        self.idle_gc = IdleCollector(self)

    # ------------------------------------------------------------ lifecycle

    def get_default_screen(self) -> Screen:
        if self.article is None:
            message = str(self.error) if self.error else "No article to show."
            return ErrorScreen(message, "Press q to quit.")
        return ReaderScreen(self.article, outline_side=self.config.outline_side, outline=self.prebuilt_outline)

    def on_mount(self) -> None:
        self._apply_theme()
        self._apply_keymap()
        if self.article is None:
            self.painted()

    def painted(self) -> None:
        """Called once the article (or the error) is on screen."""
        if self.first_paint_at is None:
            self.first_paint_at = time.perf_counter()
            self.spacy_at_first_paint = "spacy" in sys.modules

    def analysed(self) -> None:
        """The outline is on screen (or the analysis failed): from now on, collect when idle."""
        self.analysed_at = time.perf_counter()
        self.idle_gc.start()

    def on_unmount(self) -> None:
        self.idle_gc.stop()

    @property
    def exit_code(self) -> int:
        return self.error.exit_code if self.error is not None and self.article is None else 0

    # ---------------------------------------------------------------- theme

    def _apply_theme(self) -> None:
        """config.toml's `theme` wins; else the theme chosen last time; else the default."""
        state = load_state() if self.remember_theme else {}
        remembered = state.get("theme")
        configured = self.config.theme
        if configured and configured not in self.available_themes:
            self.notify(
                f"Unknown theme {configured!r} in config.toml; using another. Pick one with ctrl+p → Theme.",
                severity="warning",
                markup=False,
            )
            configured = None
        theme = configured or (remembered if remembered in self.available_themes else None) or DEFAULT_THEME
        self.theme = theme
        self._shown_theme = theme  # its own change signal is not a choice to remember
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        if not self.remember_theme or theme.name == self._shown_theme:
            return
        self._shown_theme = theme.name
        try:
            save_state({"theme": theme.name})
        except OutputError as err:
            self.notify(f"Cannot remember the theme: {err}", severity="warning", markup=False)

    # --------------------------------------------------------------- keymap

    def _apply_keymap(self) -> None:
        keymap = dict(self.config.keys)
        unknown = sorted(set(keymap) - key_ids())
        if unknown:
            self.notify(
                f"config.toml [keys]: unknown binding id {', '.join(unknown)} (see the help screen for ids)",
                severity="warning",
                markup=False,
            )
        if keymap:
            self.set_keymap(keymap)

    # ----------------------------------------------------------------- keys

    async def on_event(self, event: events.Event) -> None:
        """While the search line is open, its keys go straight to it, in arrival order."""
        if isinstance(event, events.Key):
            self.idle_gc.key()
        screen = self.screen if self._screen_stack else None
        if isinstance(screen, ReaderScreen) and screen.searching and not event.is_forwarded:
            if isinstance(event, events.Key) and screen.search_key(event):
                return
            if isinstance(event, events.Paste):
                screen.search_paste(event.text)
                return
        await super().on_event(event)

    # -------------------------------------------------------------- actions

    async def action_quit(self) -> None:
        """Quit, writing the reading place first (it is otherwise written every 2 s)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.save_position_now()
        self.exit()

    # -------------------------------------------------------------- library

    def action_library(self) -> None:
        """`L`: the articles opened before; enter opens one where it was left."""
        if isinstance(self.screen, LibraryScreen):
            return

        def chosen(entry_id: str | None) -> None:
            if entry_id is not None:
                self.open_from_library(entry_id)

        self.push_screen(LibraryScreen(), chosen)

    @work(thread=True, exclusive=True, group="library-open", exit_on_error=False)
    def open_from_library(self, entry_id: str) -> None:
        """Load a stored outline (JSON, no fetching, no parsing) off the UI thread."""
        from ..store.library import Library

        try:
            library = Library()
            entry = library.resolve(entry_id)
            outline = library.load_outline(entry.id)
        except PrecisError as err:
            self.call_from_thread(self.notify, str(err), title="Cannot open", severity="error", markup=False)
            return
        self.post_message(LibraryOpened(outline, entry))

    def on_library_opened(self, message: LibraryOpened) -> None:
        reader = next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)
        if reader is not None:
            self.article = message.outline.article
            reader.open_outline(message.outline)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(dict(self.config.keys)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every reader action in the command palette, plus Textual's (theme, keys, quit…)."""
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReaderScreen):
            return
        for key in KEYS:
            if not key.palette:
                continue
            if key.scope == "outline":
                target = screen.tree
            elif key.scope == "app":
                target = self
            else:
                target = screen
            action = key.action.removeprefix("screen.")
            keys = show_keys(keys_for(key, self.config.keys))
            yield SystemCommand(key.help, f"key: {keys}", partial(target.run_action, action))
