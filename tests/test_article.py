"""Plain text and Markdown layout: blocks, rejoined lines, title, dateline, chrome."""

from __future__ import annotations

import textwrap
from datetime import date

from tui.article.plaintext import is_chrome, parse_text, unwrap

from .conftest import eval_path

SEED_TITLE = "North Korean army in Ukraine? Experts reveal what Putin has asked from North Korea and Vietnam"


def test_seed_title_date_and_chrome(seed_text: str) -> None:
    a = parse_text(seed_text, "seed")
    assert a.meta.title == SEED_TITLE
    assert a.meta.published == date(2024, 6, 26)
    kinds = [b.kind for b in a.blocks]
    assert kinds[:2] == ["title", "dek"]
    assert all(k == "paragraph" for k in kinds[2:])
    assert "Last news in Fakti" not in a.text
    assert "209" not in a.text
    assert " - 1" not in a.text
    assert "09:44" not in a.text
    # The body starts with the first real paragraph.
    assert a.block_text(a.paragraphs[0]).startswith("A few days ago, Russian President Vladimir Putin")
    assert len(a.paragraphs) == 10


def test_blocks_point_into_text(seed_text: str) -> None:
    a = parse_text(seed_text, "seed")
    for b in a.blocks:
        chunk = a.text[b.start : b.end]
        assert chunk == chunk.strip() and chunk
        assert "\n\n" not in chunk


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    body = (
        "The central bank raised interest rates by a quarter of a percentage point on Thursday, "
        "its third increase this year, and signalled that more rises could follow. "
        "Officials said inflation remained too high."
    )
    second = "Markets barely moved after the announcement, which most economists had expected for weeks."
    wrapped = "Rates rise again\n\n" + textwrap.fill(body, 72) + "\n\n" + textwrap.fill(second, 72) + "\n"
    a = parse_text(wrapped, "t")
    assert [a.block_text(p) for p in a.paragraphs] == [body, second]


def test_indented_first_lines_start_paragraphs() -> None:
    # wire copy wrapped at a fixed width, with no blank lines, marks paragraphs by indenting them
    wrapped = (
        "COCOA REVIEW\n\n"
        "Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\n"
        "January, Comissaria Smith said in its weekly review.\n"
        "    The dry period means the temporao will be late this year.\n"
        "    Arrivals for the week ended February 22 were 155,221 bags\n"
        "of 60 kilos making a cumulative total for the season of 5.93\n"
        "mln against 5.81 at the same stage last year.\n"
    )
    a = parse_text(wrapped, "t")
    assert [a.block_text(p) for p in a.paragraphs] == [
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early "
        "January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the "
        "season of 5.93 mln against 5.81 at the same stage last year.",
    ]
    # a block indented throughout says nothing about paragraphs
    assert unwrap(["    one line of a quoted letter that goes on", "    and on to the end of it."]) == [
        "one line of a quoted letter that goes on and on to the end of it."
    ]


def test_paragraph_per_line_text_is_not_joined() -> None:
    lines = [
        "The committee met for six hours on Monday and agreed a budget that cuts spending on roads by a tenth.",
        "Opposition members walked out before the vote, saying they had not been given the figures in time.",
        "The budget now goes to the full council, which is expected to approve it next month without changes.",
    ]
    a = parse_text("Council agrees budget\n\n" + "\n".join(lines), "t")
    assert [a.block_text(p) for p in a.paragraphs] == lines


def test_unwrap_keeps_hyphenated_words() -> None:
    assert unwrap(["a well-", "known writer said so in an interview with the paper"]) == [
        "a well-known writer said so in an interview with the paper"
    ]


def test_markdown_heading_lists_links_and_emphasis() -> None:
    md = textwrap.dedent(
        """\
        ---
        title: Front matter title
        date: 2024-03-05
        ---
        # Water prices to rise

        Bills will go up by **8%** from April, [Ofwat](https://ofwat.gov.uk) said on *Tuesday*.

        ## What changes

        - Average bills rise by £36.
        - Help for low-income homes is extended.
        """
    )
    a = parse_text(md, "t.md", markdown=True)
    assert a.meta.title == "Front matter title"
    assert a.meta.published == date(2024, 3, 5)
    texts = [(b.kind, a.block_text(b)) for b in a.blocks]
    assert ("paragraph", "Bills will go up by 8% from April, Ofwat said on Tuesday.") in texts
    assert ("heading", "What changes") in texts
    assert ("paragraph", "Average bills rise by £36.") in texts
    assert ("paragraph", "Help for low-income homes is extended.") in texts


def test_chrome_lexicon() -> None:
    for chrome in ("Last news in Fakti", "209", "Advertisement", "Share this article", "5 min read", "Views: 1,204"):
        assert is_chrome(chrome), chrome
    for text in ("Putin visited Vietnam.", "More than 100 people died in the floods on Sunday.", "Vietnam"):
        assert not is_chrome(text), text


def test_byline_and_dateline() -> None:
    text = (
        "Storm hits coast\n\nBy Jane Smith\n\n12 March 2023\n\n"
        "The storm reached the coast at dawn, cutting power to 40,000 homes."
    )
    a = parse_text(text, "t")
    assert a.meta.byline == "Jane Smith"
    assert a.meta.published == date(2023, 3, 12)
    assert [b.kind for b in a.blocks] == ["title", "paragraph"]


def test_polnear_and_bbc_titles_are_first_lines() -> None:
    for folder in (eval_path("polnear-dev", "text"), eval_path("bbc-dev", "articles")):
        for path in sorted(folder.rglob("*.txt")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            a = parse_text(raw, str(path))
            assert a.blocks[0].kind == "title", path
            assert a.paragraphs, path


def test_a_standfirst_run_into_the_headline_is_a_dek() -> None:
    # a page that printed the headline again with its standfirst run on, which the body repeats
    text = (
        "Know the risks: Where you are most likely to get coronavirus\n\n"
        "Know the risks: Where you are most likely to get coronavirus The data suggests that most people will "
        "get infected in their home.\n\n"
        "Recommendations on how to protect ourselves are everywhere.\n\n"
        "The data suggests that most people will get infected in their home, according to Bromage."
    )
    a = parse_text(text, "test")
    assert [b.kind for b in a.blocks] == ["title", "dek", "paragraph", "paragraph"]
    # a first paragraph that only starts like the headline stays a paragraph
    a = parse_text(
        "Know the risks\n\nKnow the risks before you travel, officials said on Monday in a statement.\n\n"
        "Officials said on Monday that travellers should check the rules.",
        "test",
    )
    assert [b.kind for b in a.blocks] == ["title", "paragraph", "paragraph"]


def test_bullet_highlights_run_into_a_dateline_are_a_dek() -> None:
    # Dawn prints its highlights as bullets in the first paragraph, before the story's dateline
    text = (
        "US seeks Pakistan’s help to balance China’s mineral grip\n\n"
        "• Critical Minerals Forum chief meets Aurangzeb • Islamabad welcomes move; asks team to revert with a "
        "detailed framework for collaboration ISLAMABAD: A leading US delegation met with Pakistani officials in "
        "Islamabad on Friday, seeking to build security.\n\n"
        "The delegation was led by the forum's chief."
    )
    a = parse_text(text, "test")
    assert [b.kind for b in a.blocks] == ["title", "dek", "paragraph", "paragraph"]
    dek, story = (a.text[b.start : b.end] for b in a.blocks[1:3])
    assert dek.startswith("• Critical Minerals") and dek.endswith("framework for collaboration")
    assert story.startswith("ISLAMABAD: A leading US delegation")
    # a country's short name before a colon is no dateline
    a = parse_text("Title here\n\n• Prices rose in the US: Analysts said the trend would hold.\n\nBody text.", "test")
    assert "dek" not in [b.kind for b in a.blocks]
    # bullets without a dateline after them are a list, left as they are
    a = parse_text("Title here\n\n• One point • Another point with more words in it.\n\nBody text.", "test")
    assert "dek" not in [b.kind for b in a.blocks]
