"""`S`: type where the outline goes. An existing file is replaced only on a second enter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from ...errors import OutputError

#: Saves to a path (overwrite or not) and returns where it went; raises OutputError.
Saver = Callable[[Path, bool], Path]
#: Turns what the user typed into a path (a folder gets the default file name).
Resolver = Callable[[str], Path]


class SaveAsScreen(ModalScreen[Path | None]):
    """Dismisses with the path written, or None if cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="save_as_cancel")]

    DEFAULT_CSS = """
    SaveAsScreen {
        align: center middle;
        #save-as {
            width: 80%;
            max-width: 100;
            height: auto;
            border: round $accent;
            border-title-color: $text-accent;
            background: $surface;
            padding: 0 1;
        }
        #save-as-message { color: $text-muted; width: 1fr; }
        #save-as-message.-error { color: $text-error; }
        #save-as-message.-warning { color: $text-warning; }
    }
    """

    def __init__(self, default: Path, resolve: Resolver, save: Saver) -> None:
        super().__init__()
        self.default = default
        self.resolve = resolve
        self.save = save
        self._confirm: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="save-as") as box:
            box.border_title = "Save the outline as Markdown"
            box.border_subtitle = "enter to save · esc to cancel"
            yield Input(str(self.default), id="save-as-path")
            yield Label(
                "A folder gets the default file name. Existing files are not replaced without asking.",
                id="save-as-message",
                markup=False,
            )

    def _message(self, text: str, kind: str = "") -> None:
        label = self.query_one("#save-as-message", Label)
        label.set_classes(f"-{kind}" if kind else "")
        label.update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._confirm = None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self._message("Type a path first.", "error")
            return
        path = self.resolve(event.value)
        overwrite = self._confirm == path
        if path.exists() and not path.is_dir() and not overwrite:
            self._confirm = path
            self._message(f"{path} already exists. Press enter again to replace it, or change the name.", "warning")
            return
        try:
            written = self.save(path, overwrite)
        except OutputError as err:
            self._confirm = None
            self._message(str(err), "error")
            return
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
