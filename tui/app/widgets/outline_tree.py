"""The outline pane's tree: Summary, Actors, Claims, Outlook, each item linked to sentences.

Actors' mentions are added when an actor is first expanded, so an outline with
thousands of mentions builds at once. Labels are Rich `Text` (never markup: article
text may hold brackets) and are cut with an ellipsis to the pane's width.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ..entries import (
    SECTION_TITLES,
    Entry,
    actor_entries,
    claim_entries,
    mention_entries,
    outlook_groups,
    section_entry,
    summary_entries,
)
from ..keys import bindings

if TYPE_CHECKING:
    from ...outline.model import Outline  # importing it loads the analysers (and spaCy)

Node = TreeNode[Entry]
#: What enter (or a click) on a node does; the reader screen jumps or toggles.
OpenNode = Callable[[Node], None]


class OutlineTree(Tree[Entry]):
    """Sections → items (→ mentions). `NodeHighlighted` / `NodeSelected` carry the `Entry`."""

    BINDINGS = bindings("outline")

    DEFAULT_CSS = """
    OutlineTree {
        overflow-x: hidden;
        scrollbar-gutter: stable;
        background: transparent;
    }
    """

    def __init__(self, *, id: str | None = None, on_open: OpenNode | None = None) -> None:
        super().__init__("Outline", id=id)
        self.on_open = on_open
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 3
        self.outline: Outline | None = None
        self._sections: dict[str, Node] = {}
        self._items: dict[tuple[str, int], Node] = {}

    # -------------------------------------------------------------- building

    def show_outline(self, outline: Outline) -> None:
        """Fill the tree; every section starts expanded, actors' mentions collapsed."""
        self.outline = outline
        self.clear()
        self._sections.clear()
        self._items.clear()
        for section in SECTION_TITLES:  # summary, actors, claims, outlook
            entry = section_entry(outline, section)
            node = self.root.add(self._label(entry), data=entry, expand=True, allow_expand=entry.count > 0)
            self._sections[section] = node
            if section == "summary":
                self._add_items(node, summary_entries(outline))
            elif section == "actors":
                for item in actor_entries(outline):
                    child = node.add(self._label(item), data=item, allow_expand=bool(item.sentences))
                    self._items[("actors", item.index)] = child
            elif section == "claims":
                self._add_items(node, claim_entries(outline))
            elif section == "outlook":
                for group, items in outlook_groups(outline):
                    group_node = node.add(self._label(group), data=group, expand=True)
                    self._add_items(group_node, items)
        first = self.first_item("summary") or next(iter(self._sections.values()), None)
        if first is not None:
            # After the next layout: scrolling a tree that has no size yet scrolls too far.
            self.call_after_refresh(self.reveal, first)

    def _add_items(self, parent: Node, entries: list[Entry]) -> None:
        for entry in entries:
            self._items[(entry.section, entry.index)] = parent.add_leaf(self._label(entry), data=entry)

    def _label(self, entry: Entry) -> Text:
        if entry.kind in ("section", "group"):
            text = Text(entry.label, style="bold")
            if entry.section in (self.outline.sections if self.outline else ()) or entry.kind == "group":
                text.append(f" {entry.count}" if entry.count else " —", style="dim")
            else:
                text.append(" n/a", style="dim")
            return text
        text = Text(entry.label)
        if entry.section == "actors" and entry.kind == "item":
            text.append(f" {entry.count}", style="dim")
        elif entry.section == "claims" and ":" in entry.label:
            text.stylize("bold", 0, entry.label.index(":"))
        return text

    def _on_tree_node_expanded(self, event: Tree.NodeExpanded[Entry]) -> None:
        self.add_mentions(event.node)

    def add_mentions(self, node: Node) -> None:
        """Add an actor's mentions (once), before it opens."""
        entry = node.data
        if self.outline is None or entry is None or entry.section != "actors" or entry.kind != "item":
            return
        if not node.children:
            for mention in mention_entries(self.outline, entry.index):
                node.add_leaf(self._label(mention), data=mention)

    # -------------------------------------------------------------- lookups

    def section_node(self, section: str) -> Node | None:
        return self._sections.get(section)

    def item_node(self, section: str, index: int) -> Node | None:
        return self._items.get((section, index))

    def first_item(self, section: str) -> Node | None:
        """The first item of a section; for Outlook the first of the earliest horizon."""
        node = self._sections.get(section)
        if node is None:
            return None
        for child in node.children:
            if child.data is not None and child.data.kind == "group":
                if child.children:
                    return child.children[0]
                continue
            return child
        return None

    def reveal(self, node: Node) -> None:
        """Expand the node's ancestors and put the cursor on it, scrolled into view."""
        parent = node.parent
        while parent is not None and parent is not self.root:
            parent.expand()
            parent = parent.parent
        _ = self.last_line  # rebuild the tree lines so the node knows its line
        if node.line >= 0:
            self.move_cursor(node)
            self.scroll_to_node(node, animate=False)
            # The first item of a section (or group) shows its heading too: "▼ Actors 20".
            anchor = node
            while anchor.parent not in (None, self.root) and anchor.parent.children[0] is anchor:
                anchor = anchor.parent
            room = self.scrollable_content_region.height
            if anchor is not node and 0 <= anchor.line and node.line - anchor.line < room:
                self.scroll_to_node(anchor, animate=False)

    # ------------------------------------------------------------- actions

    def action_select_cursor(self) -> None:
        """Enter: act at once (not via a message), so a key typed next sees the jump done."""
        node = self.cursor_node
        if node is None or self.on_open is None:
            super().action_select_cursor()
        else:
            self.on_open(node)

    def action_expand(self) -> None:
        node = self.cursor_node
        if node is not None and node.allow_expand:
            self.add_mentions(node)
            node.expand()

    def action_collapse(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    # ------------------------------------------------------------- drawing

    def get_label_width(self, node: Node) -> int:
        """Cheap: the tree never scrolls sideways (labels are cut to fit), so no render here."""
        return node.label.cell_len + 2

    def render_label(self, node: Node, base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth += 1
            parent = parent.parent
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room > 4 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label
