"""Every key, grouped, from the same table the bindings come from (remaps included)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import BUILTIN_KEYS, GROUPS, KEYS, keys_for

_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "backspace": "backspace",
    "escape": "esc",
    "pagedown": "pgdn",
    "pageup": "pgup",
}


def show_keys(keys: str) -> str:
    """`"question_mark,f1"` → `"? f1"`; `"N"` stays `N` (shift+n)."""
    return "  ".join(_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def help_table(keymap: dict[str, str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    for group in GROUPS:
        table.add_row("", "")
        table.add_row("", Text(group, style="bold underline"))
        seen: set[tuple[str, str]] = set()
        for key in KEYS:
            if key.group != group:
                continue
            row = (show_keys(keys_for(key, keymap)), key.help)
            if row not in seen:
                seen.add(row)
                table.add_row(*row)
        for keys, text, builtin_group in BUILTIN_KEYS:
            if builtin_group == group:
                table.add_row(keys, text)
    return table


class HelpScreen(ModalScreen[None]):
    """`?` / `f1`: all the keys. Any of escape, q, ? or f1 closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help_close"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        #help {
            width: 90;
            max-width: 100%;
            height: 90%;
            border: round $accent;
            border-title-color: $text-accent;
            background: $surface;
            padding: 0 2;
        }
        #help-keys { width: 1fr; height: auto; }
    }
    """

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = "precis · keys"
            scroll.border_subtitle = "esc to close"
            yield Static(help_table(self.keymap), id="help-keys")

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)
