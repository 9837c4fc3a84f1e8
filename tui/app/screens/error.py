"""Shown instead of the reader when the source could not be read at all."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static


class ErrorScreen(Screen[None]):
    """A clear message (no traceback) and the way out."""

    DEFAULT_CSS = """
    ErrorScreen {
        align: center middle;
        #error {
            width: 80%;
            max-width: 90;
            height: auto;
            border: round $error;
            border-title-color: $text-error;
            padding: 1 2;
        }
    }
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__()
        self.message = message
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="error") as box:
            box.border_title = "precis cannot open this"
            yield Static(Text.assemble((self.message, "bold"), "\n\n", self.hint or "Press q to quit."))
        yield Footer()
