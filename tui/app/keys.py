"""Every key of the reader, in one table: bindings, help screen and command palette read it.

Each key has an id so `[keys]` in config.toml can remap it (Textual's keymap), e.g.
`toggle_outline = "o"` or `next = "n,ctrl+n"`. `scope` says where the binding lives:
the app (works everywhere, even over dialogs), the reader screen, the article or the
outline pane.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "screen", "article", "outline"]


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    keys: str
    action: str
    description: str
    help: str
    scope: Scope
    group: str
    show: bool = False
    key_display: str | None = None
    #: Offered in the command palette (run on the reader screen).
    palette: bool = True


KEYS: tuple[Key, ...] = (
    # Panes
    Key(
        "next_pane",
        "tab",
        "switch_pane",
        "Pane",
        "Switch between the article and the outline",
        "screen",
        "Panes",
        palette=False,
    ),
    Key(
        "previous_pane",
        "shift+tab",
        "switch_pane",
        "Pane",
        "Switch panes (the other way)",
        "screen",
        "Panes",
        palette=False,
    ),
    Key(
        "toggle_outline",
        "t",
        "toggle_outline",
        "Outline",
        "Show or hide the outline pane",
        "screen",
        "Panes",
        show=True,
    ),
    Key(
        "section_summary",
        "1",
        "section('summary')",
        "Summary",
        "Outline cursor to the first summary sentence",
        "screen",
        "Panes",
    ),
    Key("section_actors", "2", "section('actors')", "Actors", "Outline cursor to the first actor", "screen", "Panes"),
    Key("section_claims", "3", "section('claims')", "Claims", "Outline cursor to the first claim", "screen", "Panes"),
    Key(
        "section_outlook",
        "4",
        "section('outlook')",
        "Outlook",
        "Outline cursor to the first outlook item (short term first)",
        "screen",
        "Panes",
    ),
    # Outline
    Key("outline_down", "j,down", "cursor_down", "Down", "Next outline item", "outline", "Outline", palette=False),
    Key("outline_up", "k,up", "cursor_up", "Up", "Previous outline item", "outline", "Outline", palette=False),
    Key("outline_first", "g,home", "scroll_home", "First", "First outline item", "outline", "Outline", palette=False),
    Key("outline_last", "G,end", "scroll_end", "Last", "Last outline item", "outline", "Outline", palette=False),
    Key(
        "outline_page_down",
        "pagedown",
        "page_down",
        "Page down",
        "A page down the outline",
        "outline",
        "Outline",
        palette=False,
    ),
    Key(
        "outline_page_up", "pageup", "page_up", "Page up", "A page up the outline", "outline", "Outline", palette=False
    ),
    Key(
        "jump",
        "enter",
        "select_cursor",
        "Jump",
        "Jump to the item's source sentence (or open a section)",
        "outline",
        "Outline",
        show=True,
    ),
    Key(
        "expand",
        "l,right",
        "expand",
        "Expand",
        "Expand the item (an actor's mentions)",
        "outline",
        "Outline",
        palette=False,
    ),
    Key(
        "collapse",
        "h,left",
        "collapse",
        "Collapse",
        "Collapse the item, or go to its parent",
        "outline",
        "Outline",
        palette=False,
    ),
    Key(
        "toggle_node",
        "space",
        "toggle_node",
        "Toggle",
        "Expand or collapse the item",
        "outline",
        "Outline",
        palette=False,
    ),
    Key(
        "next",
        "n",
        "next(1)",
        "Next",
        "Next source sentence of the item (after a search: next match)",
        "screen",
        "Outline",
        show=True,
    ),
    Key(
        "previous",
        "N",
        "next(-1)",
        "Prev",
        "Previous source sentence (after a search: previous match)",
        "screen",
        "Outline",
    ),
    Key(
        "back",
        "backspace,ctrl+o",
        "back",
        "Back",
        "Go back to where you were before the jump",
        "screen",
        "Outline",
        show=True,
        key_display="⌫",
    ),
    # Article
    Key("sentence_down", "j,down", "cursor(1)", "Down", "Next sentence", "article", "Article", palette=False),
    Key("sentence_up", "k,up", "cursor(-1)", "Up", "Previous sentence", "article", "Article", palette=False),
    Key("article_top", "g,home", "top", "Top", "Top of the article", "article", "Article", palette=False),
    Key("article_bottom", "G,end", "bottom", "Bottom", "End of the article", "article", "Article", palette=False),
    Key(
        "article_page_down",
        "pagedown,space",
        "page(1)",
        "Page down",
        "A page down",
        "article",
        "Article",
        palette=False,
    ),
    Key("article_page_up", "pageup,b", "page(-1)", "Page up", "A page up", "article", "Article", palette=False),
    Key(
        "cited_by",
        "enter",
        "screen.cited_by",
        "Cited by",
        "Which outline items cite the sentence under the cursor (the reverse link)",
        "article",
        "Article",
        show=True,
    ),
    Key(
        "clear",
        "escape",
        "screen.clear",
        "Clear",
        "Clear the search highlight and the item highlight",
        "article",
        "Article",
        palette=False,
    ),
    # Search
    Key(
        "search",
        "slash",
        "search",
        "Search",
        "Search the article (incremental; enter keeps it, escape cancels)",
        "screen",
        "Search",
        show=True,
        key_display="/",
    ),
    # Files
    Key(
        "save",
        "s",
        "save",
        "Save",
        "Save the outline as Markdown in the summaries folder",
        "screen",
        "Files",
        show=True,
    ),
    Key("save_as", "S", "save_as", "Save as", "Save the outline as Markdown to a path you type", "screen", "Files"),
    Key(
        "library",
        "L",
        "app.library",
        "Library",
        "The library: articles you opened, each where you left it",
        "screen",
        "Files",
    ),
    # App
    Key(
        "help",
        "question_mark,f1",
        "help",
        "Help",
        "All the keys (this screen)",
        "app",
        "App",
        show=True,
        key_display="?",
    ),
    Key("quit", "q", "quit", "Quit", "Quit precis", "app", "App", show=True, palette=False),
)

#: Keys that are not bindings of their own (the search line, the mouse, Textual's keys),
#: listed in the help screen too.
BUILTIN_KEYS: tuple[tuple[str, str, str], ...] = (
    ("click", "Jump to the item (on an outline item)", "Outline"),
    ("click", "Put the sentence cursor on a sentence", "Article"),
    ("enter", "In the search line: keep the matches for n / N", "Search"),
    ("esc", "In the search line: cancel and go back", "Search"),
    ("ctrl+u  ctrl+w", "In the search line: clear it, delete a word", "Search"),
    ("up", "In an empty search line: the last search", "Search"),
    ("", "Case is ignored unless the query has a capital letter", "Search"),
    ("ctrl+p", "Command palette: every action, and the theme (remembered)", "App"),
    ("ctrl+c", "Copy selected text", "App"),
    ("ctrl+q", "Quit", "App"),
)

GROUPS = ("Panes", "Outline", "Article", "Search", "Files", "App")


def bindings(scope: Scope) -> list[Binding]:
    """The Textual bindings of one scope, with ids for the keymap.

    The reader's keys (screen, article, outline) are priority bindings: Textual runs them
    as each key arrives, in order, instead of queueing the key for the widget that has the
    focus at that moment. So a burst such as `4⏎n` or `j⏎` (a fast typist, a pipe, tmux
    send-keys) acts as if typed slowly: the focus moved by `4` is already there for `⏎`.
    App keys (help, quit) stay ordinary so text inputs in dialogs keep their letters.
    """
    return [
        Binding(
            k.keys,
            k.action,
            k.description,
            show=k.show,
            key_display=k.key_display,
            id=k.id,
            priority=scope != "app",
        )
        for k in KEYS
        if k.scope == scope
    ]


def key_ids() -> set[str]:
    return {k.id for k in KEYS}


def keys_for(key: Key, keymap: dict[str, str]) -> str:
    """The keys that trigger `key` once the config's keymap is applied, for display."""
    return keymap.get(key.id, key.keys)
