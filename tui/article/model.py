"""The article model: text with blocks and sentences that point into it by offsets.

`Article.text` is the normalised article (title, standfirst and body paragraphs joined
by blank lines; page chrome removed). Every `Block` and `Sentence` carries character
offsets into it, so `article.text[s.start:s.end]` is exactly the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["title", "dek", "heading", "paragraph"]


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text between blank lines: the title, a standfirst, a heading or a paragraph."""

    kind: BlockKind
    start: int
    end: int
    #: Index among body paragraphs (0-based), or -1 for blocks that are not analysed.
    paragraph: int = -1


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    start: int
    end: int
    #: 0-based index of the body paragraph that holds the sentence.
    paragraph: int


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    published: date | None = None
    byline: str | None = None
    site: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Article:
    """An article ready for analysis. Sentences are filled in by `tui.nlp.parse`."""

    text: str
    blocks: tuple[Block, ...]
    source: str
    meta: Metadata = field(default_factory=Metadata)
    sentences: tuple[Sentence, ...] = ()
    #: Non-fatal observations about the input (e.g. "text does not look English").
    warnings: tuple[str, ...] = ()

    @property
    def title(self) -> str | None:
        return self.meta.title

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """Body paragraphs, the blocks whose sentences are analysed."""
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def sentence_text(self, sentence_id: int) -> str:
        s = self.sentences[sentence_id]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character `offset`, if any (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    @property
    def word_count(self) -> int:
        return sum(len(self.text[b.start : b.end].split()) for b in self.paragraphs)
