"""The search line under the article: an input and the match count."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """`/` opens it; typing searches as you go; enter keeps the matches, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="search_cancel")]

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        dock: bottom;
        display: none;
        background: $boost;
        &.-open { display: block; }
        #search-prompt { width: 2; color: $text-accent; text-style: bold; padding-left: 1; }
        Input { border: none; height: 1; width: 1fr; padding: 0; background: $boost; }
        #search-count { width: auto; min-width: 12; color: $text-muted; padding: 0 1; text-align: right; }
    }
    """

    class Cancelled(Message):
        """Escape: forget the search and go back."""

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-prompt")
        yield Input(placeholder="search the article", id="search-input", select_on_focus=True)
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def open(self) -> None:
        self.add_class("-open")
        self.input.focus()

    def close(self) -> None:
        self.remove_class("-open")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def show_count(self, text: str) -> None:
        self.query_one("#search-count", Label).update(text)

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
