"""The article pane: a virtualised view that draws only the lines on screen.

Like toolong's log view, it is a `ScrollView` with `render_line`: the article is wrapped
once per width (`ArticleLayout`, offsets only) and each visible line is styled on
demand, then cached. A 100,000-word article costs no more to scroll or to jump in than
a short one. Highlights are sets of offsets (cursor sentence, the current item's
sentences, search matches); changing them bumps a version that invalidates the cache.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...article.model import Article
from ..history import Place
from ..keys import bindings
from ..layout import ArticleLayout

#: Lines longer than this are hard to read: the text column stops here on wide terminals.
MAX_MEASURE = 100


def styled_segments(text: str, base: Style, spans: list[tuple[int, int, Style]]) -> list[Segment]:
    """`text` cut where highlights start and end; each piece gets the base plus its highlights."""
    if not spans:
        return [Segment(text, base)]
    n = len(text)
    cuts = sorted({0, n, *(min(n, max(0, a)) for a, _, _ in spans), *(min(n, max(0, b)) for _, b, _ in spans)})
    out = []
    for x, y in zip(cuts, cuts[1:], strict=False):
        style = base
        for a, b, extra in spans:
            if a <= x and b >= y:
                style = style + extra
        out.append(Segment(text[x:y], style))
    return out


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The article text with a sentence cursor, item highlights and search matches."""

    BINDINGS = bindings("article")

    COMPONENT_CLASSES = {
        "article--title",
        "article--meta",
        "article--dek",
        "article--heading",
        "article--cursor",
        "article--cited",
        "article--match",
        "article--match-current",
    }

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        padding: 0 1;
        & > .article--title { color: $text-primary; text-style: bold; }
        & > .article--meta { color: $text-muted; }
        & > .article--dek { text-style: italic; }
        & > .article--heading { color: $text-secondary; text-style: bold; }
        & > .article--cited { background: $primary 18%; }
        & > .article--cursor { background: $accent 40%; }
        & > .article--match { background: $warning 35%; }
        & > .article--match-current { background: $warning 80%; color: $background; }
    }
    """

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self._layout: ArticleLayout | None = None
        self._sentence_starts = [s.start for s in article.sentences]
        self.cursor: int | None = None
        self.cited: frozenset[int] = frozenset()
        self.matches: list[tuple[int, int]] = []
        self._match_ends: list[int] = []
        self.current_match = -1
        #: Extra text for the border subtitle (the search status), set by the screen.
        self.note = ""
        self._version = 0
        self._cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(1024)

    # ----------------------------------------------------------------- state

    @property
    def layout_lines(self) -> ArticleLayout | None:
        return self._layout

    def set_article(self, article: Article) -> None:
        """Swap in the analysed article (same text, now with sentences)."""
        same_text = article.text == self.article.text and article.blocks == self.article.blocks
        self.article = article
        self._sentence_starts = [s.start for s in article.sentences]
        if self.cursor is not None and self.cursor >= len(article.sentences):
            self.cursor = None
        if not same_text:
            self._layout = None
            self._relayout()
        self._invalidate()

    def set_cursor(self, sentence: int | None) -> None:
        if sentence != self.cursor:
            self.cursor = sentence
            self._invalidate()

    def set_cited(self, sentences: frozenset[int]) -> None:
        if sentences != self.cited:
            self.cited = sentences
            self._invalidate()

    def set_matches(self, matches: list[tuple[int, int]], current: int = -1) -> None:
        self.matches = matches
        self._match_ends = [e for _, e in matches]
        self.current_match = current
        self._invalidate()

    def set_current_match(self, index: int) -> None:
        self.current_match = index
        self._invalidate()

    def set_note(self, note: str) -> None:
        self.note = note
        self._update_subtitle()

    def _invalidate(self) -> None:
        self._version += 1
        self._cache.clear()
        self.refresh()
        self._update_subtitle()

    # ----------------------------------------------------------------- layout

    @property
    def text_width(self) -> int:
        return max(1, min(MAX_MEASURE, self.scrollable_content_region.width))

    def _relayout(self) -> None:
        if self.scrollable_content_region.width <= 0:
            return  # not laid out yet: on_resize comes next
        width = self.text_width
        if self._layout is not None and self._layout.width == width:
            return
        anchor = self.top_offset() if self._layout is not None else None
        self._layout = ArticleLayout(self.article, width)
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._layout))
        if anchor is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False)
        self.refresh()

    def on_mount(self) -> None:
        self._relayout()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self._update_subtitle()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # ------------------------------------------------------------- rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        index = self.scroll_offset.y + y
        if layout is None or index >= len(layout.lines):
            return Strip.blank(width, base)
        key = (index, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_text_line(index, width, base)
            self._cache[key] = strip
        return strip

    def _render_text_line(self, index: int, width: int, base: Style) -> Strip:
        assert self._layout is not None
        line = self._layout.lines[index]
        if line.style == "blank":
            return Strip.blank(width, base)
        style = base
        if line.style != "paragraph":
            style = base + self.get_component_rich_style(f"article--{line.style}")
        if line.text is not None:
            segments = [Segment(line.text, style)]
        else:
            text = self.article.text[line.start : line.end]
            segments = styled_segments(text, style, self._overlays(line.start, line.end))
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _overlays(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        """Highlights on the line [start, end), relative to `start`, weakest first."""
        spans: list[tuple[int, int, Style]] = []
        sentences = self.article.sentences
        if self.cited and sentences:
            cited_style = self.get_component_rich_style("article--cited")
            i = max(0, bisect_right(self._sentence_starts, start) - 1)
            while i < len(sentences) and sentences[i].start < end:
                s = sentences[i]
                if s.id in self.cited and s.end > start:
                    spans.append((s.start - start, s.end - start, cited_style))
                i += 1
        if self.cursor is not None and 0 <= self.cursor < len(sentences):
            s = sentences[self.cursor]
            if s.start < end and s.end > start:
                spans.append((s.start - start, s.end - start, self.get_component_rich_style("article--cursor")))
        if self.matches:
            i = bisect_right(self._match_ends, start)
            match_style = self.get_component_rich_style("article--match")
            current_style = self.get_component_rich_style("article--match-current")
            while i < len(self.matches) and self.matches[i][0] < end:
                a, b = self.matches[i]
                spans.append((a - start, b - start, current_style if i == self.current_match else match_style))
                i += 1
        return spans

    # ------------------------------------------------------------- positions

    def top_offset(self) -> int:
        """Offset in the text of the first visible line."""
        if not self._layout or not self._layout.lines:
            return 0
        index = min(len(self._layout.lines) - 1, round(self.scroll_offset.y))
        return self._layout.lines[index].start

    def place(self) -> Place:
        return Place(self.top_offset(), self.cursor)

    def restore(self, place: Place) -> None:
        if self._layout is not None:
            self.scroll_to(y=self._layout.line_of(place.top), animate=False)
        self.set_cursor(place.cursor if place.cursor is None or place.cursor < len(self.article.sentences) else None)

    def visible_lines(self) -> tuple[int, int]:
        """First and last line index on screen."""
        top = round(self.scroll_offset.y)
        return top, top + max(1, self.scrollable_content_region.height) - 1

    def span_lines(self, start: int, end: int) -> tuple[int, int]:
        assert self._layout is not None
        return self._layout.lines_of(start, end)

    def is_visible(self, start: int, end: int) -> bool:
        if self._layout is None:
            return False
        first, last = self.span_lines(start, end)
        top, bottom = self.visible_lines()
        return first >= top and last <= bottom

    def show_span(self, start: int, end: int, *, center: bool = True) -> None:
        """Scroll so [start, end) is on screen: centred, or just into view."""
        if self._layout is None:
            self._relayout()
        if self._layout is None:
            return
        first, last = self.span_lines(start, end)
        height = max(1, self.scrollable_content_region.height)
        top, bottom = self.visible_lines()
        if center:
            y = first - max(0, (height - (last - first + 1)) // 2)
        elif first < top:
            y = first
        elif last > bottom:
            y = min(first, last - height + 1)
        else:
            return
        self.scroll_to(y=max(0, y), animate=False)

    def show_sentence(self, sentence: int, *, center: bool = True) -> None:
        """Put the cursor on a sentence and bring it on screen."""
        s = self.article.sentences[sentence]
        self.show_span(s.start, s.end, center=center)
        self.set_cursor(sentence)

    def first_visible_sentence(self) -> int | None:
        if not self.article.sentences:
            return None
        top = self.top_offset()
        i = bisect_left(self._sentence_starts, top)
        if i > 0 and self.article.sentences[i - 1].end > top:
            i -= 1
        return min(i, len(self.article.sentences) - 1)

    # --------------------------------------------------------------- actions

    def action_cursor(self, delta: int) -> None:
        """Move the sentence cursor; before the analysis (no sentences), scroll a line."""
        sentences = self.article.sentences
        if not sentences:
            self.scroll_to(y=self.scroll_offset.y + delta, animate=False)
            return
        cursor = self.cursor
        if cursor is None or not self._overlaps_screen(cursor):
            cursor = self.first_visible_sentence()
            assert cursor is not None
        else:
            cursor = max(0, min(len(sentences) - 1, cursor + delta))
        s = sentences[cursor]
        self.show_span(s.start, s.end, center=False)
        self.set_cursor(cursor)

    def _overlaps_screen(self, sentence: int) -> bool:
        s = self.article.sentences[sentence]
        first, last = self.span_lines(s.start, s.end)
        top, bottom = self.visible_lines()
        return last >= top and first <= bottom

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)
        if self.article.sentences:
            self.set_cursor(0)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)
        if self.article.sentences:
            self.set_cursor(len(self.article.sentences) - 1)

    def action_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_offset.y + direction * step, animate=False)

    def on_click(self, event: events.Click) -> None:
        """A click puts the sentence cursor on the sentence under the mouse."""
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None or not self.article.sentences:
            return
        index = self.scroll_offset.y + offset.y
        if not 0 <= index < len(self._layout.lines):
            return
        line = self._layout.lines[index]
        if line.text is not None or line.start == line.end:
            return
        at = line.start
        cells = 0
        while at < line.end and cells + get_character_cell_size(self.article.text[at]) <= offset.x:
            cells += get_character_cell_size(self.article.text[at])
            at += 1
        sentence = self.article.sentence_at(min(at, line.end - 1))
        if sentence is not None:
            self.set_cursor(sentence.id)

    # ---------------------------------------------------------------- chrome

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        parts = []
        if self.note:
            parts.append(self.note)
        if self.cursor is not None and self.cursor < len(self.article.sentences):
            s = self.article.sentences[self.cursor]
            parts.append(f"¶{s.paragraph + 1} · sentence {self.cursor + 1}/{len(self.article.sentences)}")
        if self._layout is not None and self.max_scroll_y > 0:
            parts.append(f"{round(100 * self.scroll_offset.y / self.max_scroll_y)}%")
        self.border_subtitle = " · ".join(parts)
