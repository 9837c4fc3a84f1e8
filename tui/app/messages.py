"""Messages the analysis worker posts to the reader (the only way it talks to the UI)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ..outline.model import Outline


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
