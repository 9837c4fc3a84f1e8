"""`L`: the library — the articles opened before, newest first, searchable, each with its place.

The list and search come from `tui.store.library` (small JSON files: ~20 ms for 1,000
entries), so they run as you type. Enter dismisses with the entry's id; the app loads the
stored outline and opens it where it was left.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ...errors import PrecisError
from ...store.library import Entry, Library


def entry_label(entry: Entry) -> Text:
    """`2024-06-26  Title  · site  ¶ 12/40` on one line."""
    opened = entry.opened.astimezone().strftime("%Y-%m-%d")
    title = " ".join((entry.title or "(untitled)").split())
    where = entry.site or entry.url or entry.source
    text = Text.assemble((opened, "dim"), "  ", (title, "bold"), ("  · " + where, "dim"))
    if entry.position is not None and entry.sentences:
        text.append(f"  {round(100 * (entry.position + 1) / entry.sentences)}%", style="dim")
    return text


class LibraryScreen(ModalScreen[str | None]):
    """Type to search; ↑/↓ choose; enter opens; ctrl+d (twice) deletes; esc closes."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", id="library_close"),
        Binding("down", "move(1)", "Down", show=False, id="library_down"),
        Binding("up", "move(-1)", "Up", show=False, id="library_up"),
        Binding("ctrl+d", "delete", "Delete", id="library_delete", priority=True),  # before the input's own ctrl+d
    ]

    DEFAULT_CSS = """
    LibraryScreen {
        align: center middle;
        #library {
            width: 100;
            max-width: 100%;
            height: 80%;
            border: round $accent;
            border-title-color: $text-accent;
            background: $surface;
            padding: 0 1;
        }
        #library-filter { margin-bottom: 1; }
        #library-list { height: 1fr; border: none; background: $surface; }
        #library-message { color: $text-muted; width: 1fr; height: auto; }
        #library-message.-warning { color: $text-warning; }
    }
    """

    def __init__(self, library: Library | None = None) -> None:
        super().__init__()
        self.library = library or Library()
        self.entries: list[Entry] = []
        self._confirm_delete: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="library") as box:
            box.border_title = "Library"
            box.border_subtitle = "enter open · ctrl+d delete · esc close"
            yield Input(placeholder="search titles and summaries", id="library-filter")
            yield OptionList(id="library-list")
            yield Label("", id="library-message", markup=False)

    def on_mount(self) -> None:
        self.refresh_list("")
        self.query_one(Input).focus()

    def refresh_list(self, query: str) -> None:
        try:
            self.entries = self.library.search(query) if query.strip() else self.library.list()
        except PrecisError as err:
            self.entries = []
            self._message(str(err), warning=True)
            return
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(Option(entry_label(e), id=e.id) for e in self.entries)
        if self.entries:
            options.highlighted = 0
        where = f" matching “{query.strip()}”" if query.strip() else ""
        count = len(self.entries)
        self._message(
            f"{count} article{'s' if count != 1 else ''}{where}."
            if count
            else ("Nothing matches." if where else "No articles yet: the reader keeps each one you open.")
        )

    def _message(self, text: str, *, warning: bool = False) -> None:
        label = self.query_one("#library-message", Label)
        label.set_class(warning, "-warning")
        label.update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._confirm_delete = None
        self.refresh_list(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._open_highlighted()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def _open_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None and self.entries:
            self.dismiss(self.entries[options.highlighted].id)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.entries:
            current = options.highlighted or 0
            options.highlighted = max(0, min(len(self.entries) - 1, current + step))
            self._confirm_delete = None

    def action_delete(self) -> None:
        """Delete the highlighted article; the first ctrl+d only asks."""
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.entries:
            return
        entry = self.entries[options.highlighted]
        if self._confirm_delete != entry.id:
            self._confirm_delete = entry.id
            self._message(
                f"Delete “{entry.title or entry.source}” from the library? ctrl+d again to delete.", warning=True
            )
            return
        self._confirm_delete = None
        try:
            self.library.delete(entry.id)
        except PrecisError as err:
            self._message(str(err), warning=True)
            return
        self.refresh_list(self.query_one(Input).value)
        self._message(f"Deleted “{entry.title or entry.source}”.")
