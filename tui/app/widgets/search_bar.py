"""The search line under the article: `/query▏` and the match count, like less or vim.

It is not a text input widget. Keys for it are taken by the reader as they arrive
(`ReaderApp.on_event`), so `/putin⏎nn` typed in one burst (a pipe, a fast typist, tmux
send-keys) is read in order: Textual would otherwise queue the keys after `/` for the
widget that had the focus before the input got it.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label


class SearchBar(Horizontal):
    """Shows the query being typed; the reader screen edits it."""

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        display: none;
        background: $boost;
        &.-open { display: block; }
        #search-query { width: 1fr; padding-left: 1; }
        #search-count { width: auto; min-width: 12; color: $text-muted; padding: 0 1; text-align: right; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.query_text = ""

    def compose(self) -> ComposeResult:
        yield Label(id="search-query", markup=False)
        yield Label("", id="search-count", markup=False)

    def open(self, text: str = "") -> None:
        self.add_class("-open")
        self.set_text(text)

    def close(self) -> None:
        self.remove_class("-open")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def set_text(self, text: str) -> None:
        self.query_text = text
        shown = Text.assemble(("/", "bold"), text, ("▏", "blink"))
        if not text:
            shown.append("type to search · enter keeps · esc cancels · ↑ last search", style="dim")
        self.query_one("#search-query", Label).update(shown)

    def show_count(self, text: str) -> None:
        self.query_one("#search-count", Label).update(text)
