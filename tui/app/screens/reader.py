"""The reader: the article and its outline side by side, and every way to move between them.

The screen owns the reading state (the outline once it arrives, the current item and its
sentence, the jump history, the search); widgets only draw and report. The analysis runs
in a thread worker that posts messages and never touches a widget.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Tree
from textual.widgets.tree import TreeNode
from textual.worker import get_current_worker

from ...article.model import Article
from ...errors import OutputError, PrecisError
from ..analysis import Analyse, AnalysisSettings, Cancelled
from ..entries import Entry, describe_citations
from ..history import JumpHistory, Place
from ..keys import bindings
from ..messages import AnalysisDone, AnalysisFailed, AnalysisProgress, LibraryFailed, Recorded
from ..saving import default_summary_path, resolve_target, save_folder, save_outline, summary_filename
from ..search import MAX_MATCHES, find_matches, first_at_or_after
from ..widgets.article_view import ArticleView
from ..widgets.outline_pane import OutlinePane
from ..widgets.outline_tree import OutlineTree
from ..widgets.search_bar import SearchBar
from .save_as import SaveAsScreen

if TYPE_CHECKING:
    from ...outline.model import Outline
    from ...store.library import Entry
    from ..app import ReaderApp

#: Progress messages are posted at most this often (seconds): a long document has
#: thousands of paragraphs and the UI only needs a few updates a second.
PROGRESS_EVERY = 0.05
#: How often the reading place is written to the library when it changed (seconds).
POSITION_EVERY = 2.0


class ReaderScreen(Screen[None]):
    BINDINGS = bindings("screen")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (72, "-wide")]

    def __init__(self, article: Article, *, outline_side: str = "right", outline: Outline | None = None) -> None:
        super().__init__()
        self.article = article
        self.outline_side = outline_side
        #: A ready outline (from the library, or tests): shown without running the analysis.
        self.ready_outline = outline
        self.outline: Outline | None = None
        #: The article's library entry once recorded, and the place last written there.
        self.entry: Entry | None = None
        self._saved_position: int | None = None
        self.failure: str | None = None
        self.history = JumpHistory()
        #: The item whose sentences n/N cycle through, and where we are in them.
        self.current: Entry | None = None
        self.position = -1
        self.search_text = ""
        self.match = -1
        self._search_origin: Place | None = None
        self._last_search = ""
        #: True while the search line takes the keys (ReaderApp.on_event routes them here).
        self.searching = False
        #: The outline node the reverse link landed on, and what cites the sentence.
        self._cited_note: tuple[object, str] | None = None

    # ------------------------------------------------------------ composing

    def compose(self) -> ComposeResult:
        article = self._article_view = ArticleView(self.article, id="article")
        article.border_title = "Article"
        outline = self._outline_pane = OutlinePane(id="outline", on_open=self.open_node)
        outline.border_title = "Outline"
        with Horizontal(id="panes", classes=f"-outline-{self.outline_side}"):
            if self.outline_side == "left":
                yield outline
                yield article
            else:
                yield article
                yield outline
        yield (search := SearchBar(id="search"))
        self._search_bar = search
        yield Footer()

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    @property
    def article_view(self) -> ArticleView:
        return self._article_view

    @property
    def outline_pane(self) -> OutlinePane:
        return self._outline_pane

    @property
    def tree(self) -> OutlineTree:
        return self._outline_pane.tree

    @property
    def search_bar(self) -> SearchBar:
        return self._search_bar

    def on_mount(self) -> None:
        self.set_focus(self.article_view)
        self.call_after_refresh(self._after_first_paint)
        self.set_interval(POSITION_EVERY, self._track_position, name="library-position")

    def _after_first_paint(self, tries: int = 0) -> None:
        """The article is on screen: note the time, then start the (slow) analysis.

        The first frame can come before the article view knows its width (it lays out the
        text on its first resize); wait for the frame that shows the text, because the
        worker's imports hold the GIL and would delay that frame by a few hundred ms.
        """
        if self.article_view.layout_lines is None and tries < 20:
            self.call_after_refresh(self._after_first_paint, tries + 1)
            return
        self.reader_app.painted()
        app = self.reader_app
        if self.ready_outline is not None:
            self.post_message(AnalysisDone(self.ready_outline))
        else:
            self.analyse(app.analyse_fn, app.settings)

    # -------------------------------------------------------------- analysis

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, analyse_fn: Analyse, settings: AnalysisSettings) -> None:
        """Run the engine off the UI thread; report by messages only."""
        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            if worker.is_cancelled:
                raise Cancelled
            now = time.monotonic()
            if done >= total or now - last >= PROGRESS_EVERY:
                last = now
                self.post_message(AnalysisProgress(done, total))

        try:
            outline = analyse_fn(self.article, settings, progress)
        except Cancelled:
            return
        except PrecisError as err:
            self.post_message(AnalysisFailed(str(err)))
        except Exception as exc:  # noqa: BLE001 - the reader shows one line, never a traceback
            self.post_message(AnalysisFailed(f"The analysis failed: {type(exc).__name__}: {exc}"))
        else:
            if not worker.is_cancelled:
                self.post_message(AnalysisDone(outline))

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        if self.outline is None:
            self.outline_pane.show_progress(message.done, message.total)

    def on_analysis_done(self, message: AnalysisDone) -> None:
        outline = message.outline
        self.outline = outline
        self.article = outline.article
        self.article_view.set_article(outline.article)
        self.outline_pane.show_outline(outline)
        self.reader_app.analysed()
        if self.reader_app.library_enabled:
            self.record(outline)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.failure = message.message
        self.outline_pane.show_error(message.message)
        self.notify(message.message, title="No outline", severity="error", timeout=10, markup=False)
        self.reader_app.analysed()

    # --------------------------------------------------------------- library

    @work(thread=True, group="library", exit_on_error=False)
    def record(self, outline: Outline) -> None:
        """Keep the article and its outline in the library (off the UI thread: it writes files)."""
        from ...store.library import Library

        try:
            entry = Library().record(self.article, outline)
        except PrecisError as err:
            self.post_message(LibraryFailed(str(err)))
        else:
            self.post_message(Recorded(entry))

    def on_recorded(self, message: Recorded) -> None:
        """Back to where the reader left the article last time, unless they already moved."""
        entry = self.entry = message.entry
        self._saved_position = entry.position
        view = self.article_view
        where = entry.position
        untouched = view.cursor is None and not len(self.history) and view.scroll_offset.y == 0
        if where is not None and 0 <= where < len(view.article.sentences) and untouched:
            view.show_sentence(where, center=True)
            paragraph = view.article.sentences[where].paragraph + 1
            self.notify(f"Back where you left off (¶{paragraph}).", timeout=4)

    def on_library_failed(self, message: LibraryFailed) -> None:
        self.notify(message.message, title="Not kept in the library", severity="warning", markup=False)

    def reading_position(self) -> int | None:
        """The sentence the reader is at: the cursor, else the first one on screen."""
        view = self.article_view
        return view.cursor if view.cursor is not None else view.first_visible_sentence()

    def _track_position(self) -> None:
        position = self.reading_position()
        if self.entry is not None and position is not None and position != self._saved_position:
            self._saved_position = position
            self._write_position(self.entry.id, position)

    @work(thread=True, group="position", exit_on_error=False)
    def _write_position(self, entry_id: str, position: int) -> None:
        from ...store.library import Library

        try:
            Library().set_position(entry_id, position)
        except PrecisError:
            pass  # the place is a convenience; the next tick or quitting tries again

    def open_outline(self, outline: Outline) -> None:
        """Show another article, already analysed (from the library), in place of this one."""
        self.save_position_now()
        if self.searching:
            self.action_search_cancel()
        self._clear_search()
        self.entry = None
        self._saved_position = None
        self.history.clear()
        self.current = None
        self.position = -1
        self._cited_note = None
        self.article = outline.article
        view = self.article_view
        view.set_cited(frozenset())
        view.set_cursor(None)
        view.set_article(outline.article)
        view.scroll_to(y=0, animate=False)
        self._update_indicator()
        self.post_message(AnalysisDone(outline))

    def save_position_now(self) -> None:
        """On quit (or when another article replaces this one): write the place at once."""
        position = self.reading_position() if self.is_mounted else None
        if self.entry is None or position is None or position == self._saved_position:
            return
        from ...store.library import Library

        try:
            Library().set_position(self.entry.id, position)
            self._saved_position = position
        except PrecisError:
            pass

    def _need_outline(self) -> bool:
        """True if the outline is here; otherwise say why not."""
        if self.outline is not None:
            return True
        if self.failure:
            self.notify(self.failure, title="No outline", severity="warning", markup=False)
        else:
            self.notify("The outline is still being prepared…", severity="information")
        return False

    # ----------------------------------------------------------------- panes

    def action_switch_pane(self) -> None:
        if self.outline_hidden or self.focused is not self.article_view:
            self.set_focus(self.article_view)
        else:
            self.set_focus(self.tree if self.outline is not None else self.article_view)

    @property
    def outline_hidden(self) -> bool:
        return self.query_one("#panes").has_class("-outline-hidden")

    def show_outline_pane(self) -> None:
        self.query_one("#panes").remove_class("-outline-hidden")

    def action_toggle_outline(self) -> None:
        panes = self.query_one("#panes")
        panes.toggle_class("-outline-hidden")
        if self.outline_hidden and self.focused is self.tree:
            self.set_focus(self.article_view)
        self.call_after_refresh(self._keep_cursor_in_view)

    def _keep_cursor_in_view(self) -> None:
        view = self.article_view
        if view.cursor is not None and view.cursor < len(view.article.sentences):
            s = view.article.sentences[view.cursor]
            view.show_span(s.start, s.end, center=False)

    def action_section(self, section: str) -> None:
        if not self._need_outline():
            return
        self.show_outline_pane()
        tree = self.tree
        node = tree.first_item(section) or tree.section_node(section)
        if node is None:
            return
        tree.reveal(node)
        self.set_focus(tree)
        if node.data is not None and node.data.kind == "section":
            self.notify(node.data.detail, severity="information", markup=False)

    # --------------------------------------------------------------- outline

    @on(Tree.NodeHighlighted, "#tree")
    def _highlighted(self, event: Tree.NodeHighlighted[Entry]) -> None:
        note = self._cited_note
        if note is not None and note[0] is not event.node:
            self._cited_note = note = None  # the note was about the node the reverse link chose
        self._show_detail(event.node.data, note[1] if note is not None else "")

    def _show_detail(self, entry: Entry | None, extra: str = "") -> None:
        self.outline_pane.show_detail(entry, extra)

    def open_node(self, node: TreeNode[Entry]) -> None:
        """Enter or a click on an outline node: jump to its first sentence, or open/close it."""
        entry = node.data
        if entry is None:
            return
        if entry.jumpable:
            self.jump_to_entry(*self._cycle_of(entry))
        elif node.allow_expand:
            node.toggle()

    def _cycle_of(self, entry: Entry) -> tuple[Entry, int]:
        """What n/N cycle through from this entry: a mention belongs to its actor's sentences."""
        if entry.kind == "mention":
            actor_node = self.tree.item_node("actors", entry.index)
            actor = actor_node.data if actor_node is not None else None
            if actor is not None and entry.sentences and entry.sentences[0] in actor.sentences:
                return actor, actor.sentences.index(entry.sentences[0])
        return entry, 0

    @staticmethod
    def _same(a: Entry, b: Entry) -> bool:
        return a.section == b.section and a.index == b.index and a.kind == b.kind and a.sentences == b.sentences

    def jump_to_entry(self, entry: Entry, position: int, *, record: bool = True) -> None:
        """Scroll the article to one of the item's sentences (centred) and highlight it."""
        if not entry.sentences:
            return
        position %= len(entry.sentences)
        sentence = entry.sentences[position]
        if not 0 <= sentence < len(self.article_view.article.sentences):
            self.notify(f"Sentence {sentence} is not in the article.", severity="error")
            return
        if record:
            self.history.push(self.article_view.place())
        self.current = entry
        self.position = position
        view = self.article_view
        view.set_cited(frozenset(entry.sentences) if len(entry.sentences) > 1 else frozenset())
        view.show_sentence(sentence, center=True)
        self._update_indicator()

    def _update_indicator(self) -> None:
        """The article's border note: the search position, else "Putin 3/15" for the item.

        It lives on the article's border because the article repaints on every jump
        anyway; a note on the outline pane would repaint the whole tree each time.
        """
        view = self.article_view
        entry = self.current
        if view.matches:
            n = len(view.matches)
            note = f"“{self.search_text}” {self.match + 1}/{n}{'+' if n >= MAX_MATCHES else ''}"
        elif self.search_text and self.search_bar.is_open:
            note = f"“{self.search_text}”: no match"
        elif entry is not None and len(entry.sentences) > 1:
            label = entry.label if len(entry.label) <= 24 else entry.label[:23] + "…"
            note = f"{label} {self.position + 1}/{len(entry.sentences)}"
        else:
            note = ""
        view.set_note(note)

    def action_next(self, direction: int) -> None:
        """n / N: the next match after a search in the article; else the item's next sentence."""
        focused = self.focused
        if focused is self.article_view and self.article_view.matches:
            self._step_match(direction)
            return
        entry = None
        if focused is self.tree and self.tree.cursor_node is not None:
            entry = self.tree.cursor_node.data
        if entry is not None and entry.jumpable:
            cycle, start = self._cycle_of(entry)
            if self.current is not None and self._same(cycle, self.current):
                self.jump_to_entry(cycle, self.position + direction)
            elif entry.kind == "mention":
                self.jump_to_entry(cycle, start)
            else:
                self.jump_to_entry(cycle, 0 if direction > 0 else -1)
        elif self.current is not None:
            self.jump_to_entry(self.current, self.position + direction)
        elif self.article_view.matches:
            self._step_match(direction)
        else:
            self.app.bell()

    def action_back(self) -> None:
        place = self.history.pop()
        if place is None:
            self.notify("Nothing to go back to.", severity="information")
            return
        self.article_view.restore(place)

    # --------------------------------------------------------------- article

    def action_cited_by(self) -> None:
        """The reverse link: which outline items cite the sentence under the cursor."""
        view = self.article_view
        if not self._need_outline():
            return
        assert self.outline is not None
        sentence = view.cursor if view.cursor is not None else view.first_visible_sentence()
        if sentence is None:
            return
        view.set_cursor(sentence)
        citing = self.outline.citing(sentence)
        if not citing:
            self.notify(f"No outline item cites sentence {sentence + 1}.", severity="information")
            return
        self.show_outline_pane()
        section, index = citing[0]
        tree = self.tree
        node = tree.item_node(section, index)
        if node is None:
            return
        if section == "actors":
            tree.add_mentions(node)
            node.expand()
            mention = next((c for c in node.children if c.data and c.data.sentences == (sentence,)), None)
            node = mention or node
        tree.reveal(node)
        entry = tree.item_node(section, index).data  # type: ignore[union-attr]
        if entry is not None and sentence in entry.sentences:
            self.current = entry
            self.position = entry.sentences.index(sentence)
            view.set_cited(frozenset(entry.sentences) if len(entry.sentences) > 1 else frozenset())
            self._update_indicator()
        who = describe_citations(self.outline, citing)
        self._cited_note = (node, f"Cited by {who}")
        self._show_detail(node.data, f"Cited by {who}")
        self.notify(f"Cited by {who}.", title=f"Sentence {sentence + 1}", markup=False)

    def action_clear(self) -> None:
        """Escape in the article: drop the search highlight, then the item highlight."""
        view = self.article_view
        if view.matches:
            self._clear_search()
        elif view.cited or self.current is not None:
            view.set_cited(frozenset())
            self.current = None
            self.position = -1
            self._update_indicator()

    # ---------------------------------------------------------------- search

    def action_search(self) -> None:
        """`/`: open the search line; keys now edit the query (see `search_key`)."""
        if self.searching:
            return
        self._search_origin = self.article_view.place()
        self.searching = True
        self.search_bar.open()

    def search_key(self, event: events.Key) -> bool:
        """One key while the search line is open, taken in the order keys arrive.

        Returns False for keys the line does not use (page keys, tab, ctrl+q…), which
        then do what they always do.
        """
        text = self.search_bar.query_text
        key = event.key
        if key == "escape":
            self.action_search_cancel()
            return True
        if key == "enter":
            self.action_search_done()
            return True
        if key == "backspace":
            text = text[:-1]
        elif key == "ctrl+u":
            text = ""
        elif key == "ctrl+w":
            text = text.rstrip()
            text = text[: text.rfind(" ") + 1] if " " in text else ""
        elif key == "up" and not text and self._last_search:
            text = self._last_search
        elif event.is_printable and event.character:
            text += event.character
        else:
            return False
        self.search_bar.set_text(text)
        self._run_search(text)
        return True

    def search_paste(self, text: str) -> None:
        query = self.search_bar.query_text + " ".join(text.split())
        self.search_bar.set_text(query)
        self._run_search(query)

    def _run_search(self, query: str) -> None:
        view = self.article_view
        self.search_text = query
        matches = find_matches(view.article.text, query)
        if not matches:
            view.set_matches([])
            self.match = -1
            self.search_bar.show_count("no match" if query else "")
            self._update_indicator()
            if self._search_origin is not None:
                view.restore(self._search_origin)
            return
        origin = self._search_origin.top if self._search_origin is not None else view.top_offset()
        self.match = first_at_or_after(matches, origin)
        view.set_matches(matches, self.match)
        start, end = matches[self.match]
        view.show_span(start, end, center=True)
        self._show_match_count()

    def _show_match_count(self) -> None:
        n = len(self.article_view.matches)
        self.search_bar.show_count(f"{self.match + 1}/{n}{'+' if n >= MAX_MATCHES else ''}")
        self._update_indicator()

    def action_search_done(self) -> None:
        """Enter in the search bar: keep the matches for n/N and read on from the first."""
        self.searching = False
        self.search_bar.close()
        if self.search_text:
            self._last_search = self.search_text
        view = self.article_view
        if view.matches:
            if self._search_origin is not None:
                self.history.push(self._search_origin)
            start, _ = view.matches[self.match]
            sentence = view.article.sentence_at(start)
            if sentence is not None:
                view.set_cursor(sentence.id)
        else:
            self.search_text = ""
            self._update_indicator()
        self.set_focus(view)

    def action_search_cancel(self) -> None:
        """Escape in the search bar: forget the search and go back to where it started."""
        self.searching = False
        self.search_bar.close()
        self._clear_search()
        if self._search_origin is not None:
            self.article_view.restore(self._search_origin)

    def _clear_search(self) -> None:
        self.match = -1
        self.search_text = ""
        self.article_view.set_matches([])
        self.search_bar.show_count("")
        self._update_indicator()

    def _step_match(self, direction: int) -> None:
        view = self.article_view
        if not view.matches:
            return
        self.history.push(view.place())
        self.match = (self.match + direction) % len(view.matches)
        view.set_current_match(self.match)
        start, end = view.matches[self.match]
        view.show_span(start, end, center=True)
        sentence = view.article.sentence_at(start)
        if sentence is not None:
            view.set_cursor(sentence.id)
        self._show_match_count()

    # ---------------------------------------------------------------- saving

    def _save_folder(self) -> Path:
        return save_folder(self.reader_app.config.save_dir)

    def action_save(self) -> None:
        """s: the outline as Markdown in the summaries folder, under a name that is free."""
        if not self._need_outline():
            return
        assert self.outline is not None
        try:
            path = save_outline(self.outline, default_summary_path(self.outline.article, self._save_folder()))
        except OutputError as err:
            self.notify(str(err), title="Not saved", severity="error", timeout=10, markup=False)
            return
        self.notify(str(path), title="Saved the outline to", timeout=8, markup=False)

    def action_save_as(self) -> None:
        if not self._need_outline():
            return
        outline = self.outline
        assert outline is not None
        folder = self._save_folder()

        def save(path: Path, overwrite: bool) -> Path:
            return save_outline(outline, path, overwrite=overwrite)

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(str(path), title="Saved the outline to", timeout=8, markup=False)

        default = folder / summary_filename(outline.article)
        self.app.push_screen(SaveAsScreen(default, lambda text: resolve_target(text, outline.article), save), done)
