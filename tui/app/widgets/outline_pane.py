"""The outline pane: analysis status (loading, progress, error), the tree, the detail line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, LoadingIndicator, ProgressBar, Static

from ..entries import Entry
from .outline_tree import OpenNode, OutlineTree

if TYPE_CHECKING:
    from ...outline.model import Outline  # importing it loads the analysers (and spaCy)

#: Documents with at least this many paragraphs get a progress bar while they are analysed.
PROGRESS_BAR_FROM = 30


class AnalysisStatus(Vertical):
    """What the analysis is doing: loading the model, paragraphs done, or why it failed."""

    DEFAULT_CSS = """
    AnalysisStatus {
        height: auto;
        padding: 1 1;
        LoadingIndicator { height: 1; }
        #status-label { width: 1fr; color: $text-muted; }
        ProgressBar { margin-top: 1; display: none; }
        &.-long ProgressBar { display: block; }
        &.-failed LoadingIndicator { display: none; }
        &.-failed #status-label { color: $text-error; }
    }
    """

    def compose(self) -> ComposeResult:
        yield LoadingIndicator()
        yield Label("Loading the language model…", id="status-label")
        yield ProgressBar(show_eta=False, id="status-progress")

    def show_progress(self, done: int, total: int) -> None:
        label = self.query_one("#status-label", Label)
        if done == 0:
            label.update("Loading the language model…")
        elif done < total:
            label.update(f"Analysing paragraph {done:,} of {total:,}…")
        else:
            label.update("Building the outline…")
        if total >= PROGRESS_BAR_FROM:
            self.add_class("-long")
            self.query_one(ProgressBar).update(total=total, progress=done)

    def show_error(self, message: str) -> None:
        self.add_class("-failed")
        self.query_one("#status-label", Label).update(
            Text.assemble(("The outline is not available.\n\n", "bold"), message, "\n\nThe article is still readable.")
        )


class OutlinePane(Vertical):
    """Status until the outline arrives; then the tree and the detail of the highlighted item."""

    DEFAULT_CSS = """
    OutlinePane {
        OutlineTree { display: none; height: 1fr; }
        #detail { display: none; }
        &.-ready {
            AnalysisStatus { display: none; }
            OutlineTree { display: block; }
            #detail { display: block; }
        }
    }
    """

    _detail_text = ""

    def __init__(self, *, id: str | None = None, on_open: OpenNode | None = None) -> None:
        super().__init__(id=id)
        self.on_open = on_open

    def compose(self) -> ComposeResult:
        yield AnalysisStatus()
        yield (tree := OutlineTree(id="tree", on_open=self.on_open))
        self._tree = tree
        yield Static(id="detail", markup=False)

    @property
    def tree(self) -> OutlineTree:
        return self._tree

    def show_outline(self, outline: Outline) -> None:
        self.tree.show_outline(outline)
        self.add_class("-ready")

    def show_progress(self, done: int, total: int) -> None:
        self.query_one(AnalysisStatus).show_progress(done, total)

    def show_error(self, message: str) -> None:
        self.remove_class("-ready")
        self.query_one(AnalysisStatus).show_error(message)

    def show_detail(self, entry: Entry | None, extra: str = "") -> None:
        text = entry.detail if entry is not None else ""
        if extra:
            text = f"{extra}\n{text}" if text else extra
        if text != self._detail_text:  # an update re-lays out the pane: only when it changes
            self._detail_text = text
            self.query_one("#detail", Static).update(Text(text))
