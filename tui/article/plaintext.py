"""Plain text and Markdown → `Article`: blocks, rejoined lines, title, dateline, chrome.

The reader sees text as it was written, minus what is not the article: site banners,
view counters, a caption that repeats the headline, the dateline (kept as the
publication date). Hard-wrapped lines are rejoined into paragraphs; a sentence never
spans two blocks because blocks are analysed one by one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from .dates import find_date
from .model import Article, Block, BlockKind, Metadata


#: A raw block before layout: its text and, if Markdown said so, what it is.
@dataclass(slots=True)
class RawBlock:
    text: str
    hint: str | None = None  # "heading1", "heading", "list", "quote", "code"


_BLANK_SPLIT = re.compile(r"\n[ \t\u00a0]*\n+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^(=+|-+)\s*$")
_MD_LIST = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|em|strong|b|i|a|img|sup|sub)\b[^>]*>", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"\w+")


def normalise_newlines(text: str) -> str:
    """Strip a BOM, turn CRLF/CR into LF and form feeds into blank lines."""
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\t", " ")


def parse_text(
    raw: str,
    source: str,
    *,
    markdown: bool = False,
    meta: Metadata | None = None,
) -> Article:
    """Parse plain text (or Markdown) into an `Article` without sentences."""
    text = normalise_newlines(raw)
    if markdown:
        text = _HTML_COMMENT.sub("", text)
        text, front = _split_front_matter(text)
        meta = _merge_meta(meta or Metadata(), front)
    raw_blocks = split_blocks(text, markdown=markdown)
    return layout(raw_blocks, source, meta=meta or Metadata())


def split_blocks(text: str, *, markdown: bool = False) -> list[RawBlock]:
    """Split at blank lines, then rejoin hard-wrapped lines inside each block."""
    out: list[RawBlock] = []
    in_fence = False
    fence_lines: list[str] = []
    for chunk in _BLANK_SPLIT.split(text):
        lines = [ln.rstrip() for ln in chunk.split("\n")]
        lines = [ln for ln in lines if ln.strip()]
        if not lines:
            continue
        if markdown:
            # Fenced code may contain blank lines: collect until the closing fence.
            if in_fence or lines[0].lstrip().startswith(("```", "~~~")):
                fence_lines.extend(lines)
                closing = [ln for ln in lines if ln.lstrip().startswith(("```", "~~~"))]
                count = len(closing) - (0 if in_fence else 1)
                in_fence = not (count >= 1) if not in_fence else count < 1
                if not in_fence:
                    body = [ln for ln in fence_lines if not ln.lstrip().startswith(("```", "~~~"))]
                    if body:
                        out.append(RawBlock("\n".join(body), "code"))
                    fence_lines = []
                continue
            out.extend(_markdown_blocks(lines))
        else:
            out.extend(RawBlock(p) for p in unwrap(lines))
    return [b for b in out if b.text.strip()]


_INDENT = re.compile(r"(?: {2,}|\t)\S")


def unwrap(lines: list[str]) -> list[str]:
    """Rejoin hard-wrapped lines; keep lines that are paragraphs of their own apart.

    Text wrapped at a fixed width has no line much longer than ~80 columns and ends a
    paragraph with a short line. Text with one paragraph per line has long lines.
    """
    stripped = [ln.strip() for ln in lines]
    if len(stripped) == 1:
        return stripped
    width = max(len(ln) for ln in stripped)
    if width > 100:
        # Long lines are not wrapped: each is a paragraph, but a line that does not end a
        # sentence continues on the next (e.g. a few wrapped lines inside a long-line file).
        paras: list[str] = []
        current: list[str] = []
        for ln in stripped:
            current.append(ln)
            if _SENTENCE_END.search(ln) or len(ln) > 100:
                paras.append(_join(current))
                current = []
        if current:
            paras.append(_join(current))
        return paras
    # Indented first lines mark paragraphs in wrapped text ("    The dry period means …"), when
    # only some lines are indented (a block indented throughout says nothing).
    indented = [bool(_INDENT.match(ln)) for ln in lines]
    marks = 0 < sum(indented) < len(lines)
    paras = []
    current = []
    for i, ln in enumerate(stripped):
        current.append(ln)
        nxt = stripped[i + 1] if i + 1 < len(stripped) else None
        short = len(ln) < 0.6 * width
        if nxt is not None and marks and indented[i + 1] and _SENTENCE_END.search(ln):
            paras.append(_join(current))
            current = []
        elif nxt is not None and short and _SENTENCE_END.search(ln) and width >= 50:
            paras.append(_join(current))
            current = []
    if current:
        paras.append(_join(current))
    return paras


def _join(lines: list[str]) -> str:
    out = lines[0]
    for ln in lines[1:]:
        if out.endswith("-") and not out.endswith(" -") and ln[:1].islower():
            out += ln  # a word broken at a hyphen: keep the hyphen, drop the break
        else:
            out += " " + ln
    return re.sub(r"[ \u00a0]{2,}", " ", out)


def _markdown_blocks(lines: list[str]) -> list[RawBlock]:
    """Turn the lines of one Markdown chunk into blocks: headings, list items, paragraphs."""
    blocks: list[RawBlock] = []
    para: list[str] = []

    def flush(hint: str | None = None) -> None:
        if para:
            text = _md_inline(_join([ln.strip() for ln in para]))
            if text:
                blocks.append(RawBlock(text, hint))
            para.clear()

    for ln in lines:
        if _MD_LINK_DEF.match(ln) or _MD_RULE.match(ln) and not para:
            continue
        m = _MD_HEADING.match(ln.strip())
        if m:
            flush()
            level = len(m.group(1))
            blocks.append(RawBlock(_md_inline(m.group(2)), "heading1" if level == 1 else "heading"))
            continue
        if _MD_SETEXT.match(ln) and para:
            level = 1 if ln.strip().startswith("=") else 2
            flush("heading1" if level == 1 else "heading")
            continue
        if _MD_LIST.match(ln):
            flush()
            para.append(_MD_LIST.sub("", ln, count=1))
            continue
        if _MD_QUOTE.match(ln):
            ln = _MD_QUOTE.sub("", ln, count=1)
            if not ln.strip():
                continue
        para.append(ln)
    flush()
    return blocks


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_CODE.sub(r"\1", text)
    text = text.replace("\\", "") if "\\" in text else text
    return re.sub(r"\s{2,}", " ", text).strip()


def _split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    if not text.startswith("---\n"):
        return text, {}
    end = text.find("\n---", 4)
    if end < 0:
        return text, {}
    fields: dict[str, str] = {}
    for ln in text[4:end].split("\n"):
        key, sep, value = ln.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    rest = text[end + 4 :]
    return rest.split("\n", 1)[1] if "\n" in rest else "", fields


def _merge_meta(meta: Metadata, fields: dict[str, str]) -> Metadata:
    from .dates import parse_date

    return replace(
        meta,
        title=meta.title or fields.get("title") or None,
        byline=meta.byline or fields.get("author") or fields.get("byline") or None,
        published=meta.published or parse_date(fields.get("date", "") or fields.get("published", "")),
        url=meta.url or fields.get("url") or fields.get("link") or None,
    )


# --------------------------------------------------------------------------- layout


@cache
def _chrome_rules() -> tuple[int, re.Pattern[str]]:
    data = json.loads(resources.files("tui.article").joinpath("data/chrome.json").read_text("utf-8"))
    pattern = re.compile("^(?:" + "|".join(f"(?:{p})" for p in data["patterns"]) + ")[\\s.:!|]*$", re.I)
    return int(data["max_words"]), pattern


def _squash(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> int:
    return len(text.split())


def is_chrome(text: str) -> bool:
    """A short block that belongs to the page, not the article (banner, counter, share bar)."""
    max_words, pattern = _chrome_rules()
    t = _squash(text)
    return _words(t) <= max_words and bool(pattern.match(t))


_BYLINE = re.compile(
    r"^(?:by|author:|written by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|bin))*)", re.I
)  # noqa: E501


def _dateline(text: str) -> tuple[object, str | None] | None:
    """If `text` is a dateline (a date plus little else), its date and byline."""
    t = _squash(text)
    if _words(t) > 14:
        return None
    found = find_date(t)
    if not found:
        return None
    day, m = found
    rest = (t[: m.start()] + " " + t[m.end() :]).strip()
    byline = None
    bm = _BYLINE.search(rest)
    if bm:
        byline = bm.group("name").strip()
        rest = (rest[: bm.start()] + rest[bm.end() :]).strip()
    # What is left may be a weekday, a time, a counter, "Published", "Updated", separators.
    rest = re.sub(
        r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
        r"|\b(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|[+-]\d{4})\b|\b\d+\b"
        r"|\b(?:published|updated|posted|last|modified|on|at|date|views?|reads?|min(?:ute)?s?|read|comments?)\b"
        r"|[|•·,:()\-–—/]",
        " ",
        rest,
        flags=re.I,
    )
    if _WORD.search(rest):
        return None
    return day, byline


def _heading_like(text: str) -> bool:
    t = _squash(text)
    return 0 < _words(t) <= 25 and not re.search(r"[.;,:]$", t) and "\n" not in text


def _headline_sentence(texts: list[str], i: int, kinds: list[str | None]) -> bool:
    """A first block written as one short sentence ("Judge rejects request to unseal file.")
    that stands above a longer paragraph is the headline."""
    t = texts[i]
    if _words(t) > 30 or t.endswith((":", ",", ";")):
        return False
    nxt = next((texts[j] for j in range(i + 1, len(texts)) if kinds[j] is None), None)
    return nxt is not None and (_words(t) <= 22 or _words(t) < 0.6 * _words(nxt))


def _repeats(text: str, title: str) -> bool:
    """A block that is the headline again, maybe with a short suffix (a photo caption)."""
    a, b = _squash(text).casefold(), _squash(title).casefold()
    if not a.startswith(b):
        return False
    rest = a[len(b) :].strip(" -–—|:·•()[]")
    return len(rest.split()) <= 3 and not re.search(r"[.!?]$", rest)


def _without_title(text: str, title: str | None) -> str:
    """A block without the headline it opens with ("Know the risks: … coronavirus The data
    suggests …", a page that ran the headline into its standfirst)."""
    if not title:
        return text
    text, title = _squash(text), _squash(title)
    return text[len(title) :] if text.casefold().startswith(title.casefold()) else text


def _duplicated_later(text: str, later: list[str]) -> bool:
    """A standfirst whose words (nearly all) reappear in one later paragraph."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < 6:
        return False
    for para in later:
        bag = {w.casefold() for w in _WORD.findall(para)}
        hit = sum(1 for w in words if w in bag)
        if hit / len(words) >= 0.85:
            return True
    return False


#: Bullet highlights run into the story's dateline: "• Critical Minerals Forum chief meets
#: Aurangzeb • Islamabad welcomes move … ISLAMABAD: A leading US delegation met …".
_BULLET_DEK = re.compile(
    r"(?P<dek>•\s.+?)\s+(?=(?-i:[A-Z]{2}[A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}):\s+(?-i:[A-Z]))", re.S
)


def _split_highlights(raw_blocks: list[RawBlock]) -> list[RawBlock]:
    """The first blocks of a page that run bullet highlights into a datelined story are
    two blocks: the highlights (a dek, the story repeats them) and the story."""
    out: list[RawBlock] = []
    for i, b in enumerate(raw_blocks):
        text = b.text.lstrip()
        m = _BULLET_DEK.match(text) if i < 6 and b.hint != "code" else None
        if m is None:
            out.append(b)
            continue
        out += [RawBlock(m.group("dek"), "highlights"), RawBlock(text[m.end() :], b.hint if b.hint != "list" else None)]
    return out


def layout(raw_blocks: list[RawBlock], source: str, *, meta: Metadata) -> Article:
    """Decide what each block is (title, dek, chrome, heading, paragraph) and assemble text."""
    raw_blocks = _split_highlights(raw_blocks)
    texts = [_squash(b.text) if b.hint != "code" else b.text for b in raw_blocks]
    n = len(texts)
    kinds: list[str | None] = [None] * n  # None = undecided, "chrome" = dropped
    title = meta.title
    published = meta.published
    byline = meta.byline

    # 1. Chrome anywhere: banners, counters, share bars; datelines give the date.
    for i, t in enumerate(texts):
        if raw_blocks[i].hint in ("code",):
            continue
        if is_chrome(t):
            kinds[i] = "chrome"
            continue
        if i < 12 or i >= n - 4:
            dl = _dateline(t)
            if dl is not None:
                kinds[i] = "chrome"
                published = published or dl[0]  # type: ignore[assignment]
                byline = byline or dl[1]
                continue
            bm = _BYLINE.match(t)
            if bm and _words(t) <= 8 and _heading_like(t):
                kinds[i] = "chrome"
                byline = byline or bm.group("name").strip()

    # 2. The title: a Markdown H1, else the first heading-like block of the lead, preferring
    #    one that the page repeats (a caption) over a banner above it.
    title_index: int | None = None
    lead = [i for i in range(min(n, 8)) if kinds[i] is None]
    # The lead ends at the first block that is clearly body text.
    lead_end = next((i for i in lead if not _heading_like(texts[i]) and _words(texts[i]) > 30), n)
    lead = [i for i in lead if i < lead_end]
    h1 = [i for i in range(n) if raw_blocks[i].hint == "heading1" and kinds[i] is None]
    if title:
        title_index = next((i for i in lead if _squash(texts[i]).casefold() == _squash(title).casefold()), None)
    elif h1:
        title_index = h1[0]
    else:
        candidates = [i for i in lead if _heading_like(texts[i]) and _words(texts[i]) >= 2]
        first = next((i for i in range(n) if kinds[i] is None), None)
        repeated = [i for i in candidates if any(_repeats(texts[j], texts[i]) for j in range(i + 1, n))]
        if repeated:
            title_index = repeated[0]
        elif first is not None and first in candidates and _words(texts[first]) >= 3:
            title_index = first
        elif first is not None and _headline_sentence(texts, first, kinds):
            title_index = first
        elif candidates:
            # Prefer the longest of the leading candidates: banners and kickers are short.
            title_index = max(candidates[:3], key=lambda i: (_words(texts[i]) >= 4, -i))
    if title_index is not None:
        kinds[title_index] = "title"
        title = title or texts[title_index]
        for i in range(title_index):
            # Short heading-like blocks above the headline are kickers and banners.
            if kinds[i] is None and _heading_like(texts[i]) and _words(texts[i]) <= 8:
                kinds[i] = "chrome"
    if title:
        for i in range(n):
            if kinds[i] is None and _repeats(texts[i], title):
                kinds[i] = "chrome"

    # 3. A standfirst (dek) right after the title that the body repeats is shown, not analysed;
    #    so are bullet highlights run into the story's dateline.
    for i in range(n):
        if kinds[i] is None and raw_blocks[i].hint == "highlights":
            kinds[i] = "dek"
    start = (title_index + 1) if title_index is not None else 0
    body_texts = [texts[j] for j in range(n) if kinds[j] is None]
    for i in range(start, min(n, start + 4)):
        if kinds[i] == "chrome":
            continue
        if kinds[i] is not None:
            break
        later = [texts[j] for j in range(i + 1, n) if kinds[j] is None]
        if _duplicated_later(_without_title(texts[i], title), later):
            kinds[i] = "dek"
        break
    del body_texts

    # 4. Everything else: headings (Markdown or short unpunctuated lines) or paragraphs.
    for i in range(n):
        if kinds[i] is not None:
            continue
        hint = raw_blocks[i].hint
        if hint in ("heading1", "heading"):
            kinds[i] = "heading"
        elif hint == "code":
            kinds[i] = "paragraph"
        elif _heading_like(texts[i]) and _words(texts[i]) <= 12 and not re.search(r"[!?\"”’)]$", texts[i]):
            kinds[i] = "heading"
        else:
            kinds[i] = "paragraph"

    return assemble(
        [(k, t) for k, t in zip(kinds, texts, strict=True) if k != "chrome"],  # type: ignore[misc]
        source,
        Metadata(title=title, published=published, byline=byline, site=meta.site, url=meta.url),
    )


def assemble(blocks: list[tuple[BlockKind, str]], source: str, meta: Metadata) -> Article:
    """Join blocks with blank lines into the article text, recording each block's offsets."""
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    para = 0
    for kind, text in blocks:
        text = text.strip()
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        if kind == "paragraph":
            out.append(Block(kind, pos, pos + len(text), para))
            para += 1
        else:
            out.append(Block(kind, pos, pos + len(text)))
        pos += len(text)
    return Article(text="".join(parts), blocks=tuple(out), source=source, meta=meta)
