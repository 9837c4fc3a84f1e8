"""Messages the analysis worker posts to the reader (the only way it talks to the UI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from ..outline.model import Outline  # importing it loads the analysers (and spaCy)
    from ..store.library import Entry


@dataclass
class AnalysisProgress(Message):
    """Paragraphs analysed so far (`done` of `total`); `done == 0` while the model loads."""

    done: int
    total: int


@dataclass
class AnalysisDone(Message):
    outline: Outline


@dataclass
class AnalysisFailed(Message):
    """The analysis failed: a one-line message for the user (the article stays readable)."""

    message: str


@dataclass
class Recorded(Message):
    """The article is in the library (with the place it was left at, if any)."""

    entry: Entry


@dataclass
class LibraryFailed(Message):
    """The library could not be written: a notice; reading goes on."""

    message: str


@dataclass
class LibraryOpened(Message):
    """An article chosen in the library screen, loaded (no fetching, no parsing)."""

    outline: Outline
    entry: Entry
