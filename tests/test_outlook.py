"""Outlook: forward-looking sentences, their horizon resolved against the publication date, carry-forward."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import outlook
from tui.analysis.outlook import HORIZONS, OutlookItem, find_outlook
from tui.analysis.outlook.timex import find_timexes, horizon_for, lexicon
from tui.article.model import Metadata
from tui.article.plaintext import parse_text
from tui.nlp.parse import parse


def parsed_of(body: str, nlp, published: date | None = None):  # noqa: ANN001, ANN201
    """An article with a headline and `body` (paragraphs separated by blank lines)."""
    text = "Markets and ministers weigh the months ahead\n\n" + body
    return parse(parse_text(text, "test", meta=Metadata(published=published)), nlp)


def items_by_text(parsed) -> dict[str, OutlookItem]:  # noqa: ANN001
    return {parsed.article.sentence_text(i.sentences[0]): i for i in find_outlook(parsed)}


def one(sentence: str, nlp, published: date | None = None) -> OutlookItem | None:  # noqa: ANN001
    """The outlook item for a one-sentence paragraph, or None if it is not forward-looking."""
    parsed = parsed_of(sentence, nlp, published)
    assert len(parsed.sentences) == 1, [parsed.article.sentence_text(s.id) for s in parsed.sentences]
    found = find_outlook(parsed)
    return found[0] if found else None


def assert_item(sentence: str, nlp, published: date | None, horizon: str, cue: str | None) -> None:  # noqa: ANN001
    """The one-sentence paragraph is forward-looking with this horizon and cue."""
    item = one(sentence, nlp, published)
    assert item is not None, sentence
    assert (item.horizon, item.cue) == (horizon, cue)


# --------------------------------------------------------------------------- the seed


def test_seed_horizons(seed_parsed) -> None:
    found = items_by_text(seed_parsed)
    expected = {
        "In the short term, Putin's focus will be on achieving success on the Ukrainian front.": "short",
        "In the medium term, Putin's focus is on the US.": "medium",
        "The Kremlin will wait to see if there is a change in Washington's policy after the US presidential "
        "election.": "medium",
        "In the long term, the Russian president will strive to achieve his vision of a multipolar world.": "long",
    }
    for sentence, horizon in expected.items():
        assert sentence in found, sentence
        assert found[sentence].horizon == horizon, (sentence, found[sentence])
    assert found["In the short term, Putin's focus will be on achieving success on the Ukrainian front."].cue == (
        "In the short term"
    )


def test_seed_dek_is_not_counted_twice(seed_parsed) -> None:
    found = find_outlook(seed_parsed)
    texts = [seed_parsed.article.sentence_text(i.sentences[0]) for i in found]
    assert len(texts) == len(set(texts))
    assert not any("Ukraine front" in t for t in texts)  # the dek's wording, not the body's
    assert sum("In the short term" in t for t in texts) == 1


def test_items_are_grounded_and_in_document_order(seed_parsed) -> None:
    found = find_outlook(seed_parsed)
    assert found
    text = seed_parsed.article.text
    ids = [i.sentences[0] for i in found]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    for item in found:
        assert item.horizon in HORIZONS
        assert item.sentences and all(0 <= s < len(seed_parsed.sentences) for s in item.sentences)
        if item.cue is None:
            assert item.horizon == "unspecified"
        else:
            assert item.cue in text
    assert outlook.AVAILABLE


# --------------------------------------------------------------------------- cue families


@pytest.mark.parametrize(
    "sentence",
    [
        # future tense
        "The central bank will publish its decision after a two-day meeting.",
        "Britain shall remain a member of the alliance, the minister insisted.",
        "Officials say the new rules won't apply to small farms.",
        # prospective forms
        "The company is going to close three of its factories in Ohio.",
        "The merger is expected to create the largest brewer in the world.",
        "Ford plans to cut 3,000 jobs in Europe.",
        "The airline aims to double its fleet of long-haul aircraft.",
        "The government intends to sell its remaining stake in the bank.",
        "Ms Hewitt hopes to win back women voters with the maternity pay plan.",
        "The dollar is set to stabilise against the euro, traders say.",
        "The report is due to be published by the Treasury.",
        "The new stadium is scheduled to open to the public.",
        "Rebel forces are poised to take the northern city.",
        "Turnout is likely to be higher than at the last election.",
        "Maternity pay for new mothers is to rise by £1,400.",
        # reported future and proposals
        "She said the Conservatives would announce their proposals closer to the election.",
        "Mrs. Clinton's plan would also cap the tax value of deductions at 28 percent.",
        # modal predictions
        "North Korean soldiers may appear at the front in Ukraine.",
        "The Clean Power Plan could prompt a faster shift to renewable energy sources.",
        "Analysts warned that prices might rise sharply if the drought continues.",
        # a prediction in direct speech, a pledge reported in the past
        '"You\'re going to see a wall built," Trump told the crowd.',
        "Trump spoke to industry leaders, promising to lift environmental regulations.",
        # goals and strategies
        "In the long term, the Russian president will strive to achieve his vision of a multipolar world.",
        "The government wants to curb fuel subsidies and direct the money to the poor.",
        "The party has put forward plans to revert to the old system of grading.",
        # forward-looking by a time expression alone
        "In the medium term, Putin's focus is on the US.",
        "Two days of talks on the future of Gibraltar begin later on Wednesday.",
    ],
)
def test_forward_looking(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2024, 6, 26)) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # past-tense reports of plans and expectations
        "The company had planned to open a new plant in Texas.",
        "The IMF had warned that the Brexit vote could depress growth in Britain.",
        "BA had previously forecast a 2% to 3% rise in full-year revenue.",
        "The bill was expected to pass easily, but it failed by two votes.",
        "He was going to see the changes for himself.",
        "In 1998 the party said it would not return to Blackpool but did so in 2002.",
        # conditionals about the past, counterfactuals, opinions
        "She could have won the race with a better start.",
        "Some Republicans were willing to back a bill that would have restricted emissions.",
        "You'd think the business community would be up in arms over this.",
        "The program has brought money to areas that would otherwise not have access to capital.",
        # past ability
        "Many women could not take the leave because only six months were paid.",
        # generic and habitual statements
        "Power plants are the largest source of U.S. carbon emissions.",
        "It's hard to convince them what it looked like before.",
        # time expressions in the past
        "The Labor Department revised down the jobs gains in December 2004.",
        "Vietnam is the only country that all three leaders have visited within a year.",
        "The following year Bournemouth hosted the event.",
        # advice, generic "you", wishes
        "Pay another quarter of the cost out of current income over the next four years.",
        "You'll probably get the answers some spring day in the future.",
        "Most parents wish they could go back and change what they spent.",
        "Borrowing against your home may be a good way to raise the money.",
        # no plan, a plan of the past, an opinion
        "The Telegraph has announced no plans to go tabloid.",
        "Mr. McKinley said that he considered debt a last resort.",
        'It was a sad moment for Europe when the British people decided to leave," said Donald Tusk.',
        # names and nouns that only look like times
        "The Daily and Sunday Telegraph newspapers are axing 90 journalist jobs.",
        "Refugees are still hoping for a brighter tomorrow.",
        # questions
        "Will the central bank raise rates again next month?",
        "Does anybody know what the environmental platform of the Republican Party is?",
    ],
)
def test_not_forward_looking(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2005, 2, 4)) is None, sentence


# --------------------------------------------------------------------------- horizons


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # short: about three months
        ("The minister will answer questions in parliament today.", date(2024, 3, 4), "short", "today"),
        ("The president will address the nation tonight.", date(2024, 3, 4), "short", "tonight"),
        ("The union will decide tomorrow whether to strike.", date(2024, 3, 4), "short", "tomorrow"),
        ("The finance ministers will meet this week in Brussels.", date(2024, 3, 4), "short", "this week"),
        ("The government's response is expected next week.", date(2005, 2, 19), "short", "next week"),
        (
            "The vote is due to be taken on Wednesday and is expected to be close.",
            date(2005, 1, 24),
            "short",
            "on Wednesday",
        ),
        (
            "The court will hear the appeal on Wednesday, December 22.",
            date(2024, 12, 1),
            "short",
            "on Wednesday, December 22",
        ),
        ("Rescue teams will reach the villages in the coming days.", date(2024, 3, 4), "short", "in the coming days"),
        ("More banks are expected to follow in the coming weeks.", date(2024, 3, 4), "short", "in the coming weeks"),
        (
            "In the short term, Putin's focus will be on achieving success on the Ukrainian front.",
            date(2024, 6, 26),
            "short",
            "In the short term",
        ),
        ("The company will soon announce a new chief executive.", date(2024, 3, 4), "short", "soon"),
        ("The results will be published shortly.", date(2024, 3, 4), "short", "shortly"),
        ("A ceasefire deal is expected imminently.", date(2024, 3, 4), "short", "imminently"),
        (
            "The union has called on the management to withdraw the notices by midday on Monday.",
            date(2005, 2, 5),
            "short",
            "by midday on Monday",
        ),
        (
            "That may be important in the polls in the next couple days.",
            date(2016, 10, 5),
            "short",
            "in the next couple days",
        ),
        (
            "The programme will expire at the end of this month unless Congress acts to extend it.",
            date(2016, 9, 12),
            "short",
            "at the end of this month",
        ),
        # medium: three months to two years
        ("The airline expects to return to profit later this year.", date(2024, 2, 10), "medium", "later this year"),
        ("The new rules will take effect next year.", date(2024, 3, 4), "medium", "next year"),
        (
            "The plant will open in the third quarter of next year.",
            date(2024, 3, 4),
            "medium",
            "in the third quarter of next year",
        ),
        ("Prices are likely to keep rising in the coming months.", date(2024, 3, 4), "medium", "in the coming months"),
        ("In the medium term, Putin's focus is on the US.", date(2024, 6, 26), "medium", "In the medium term"),
        (
            "The Kremlin will wait to see if Washington's policy changes after the US presidential election.",
            date(2024, 6, 26),
            "medium",
            "after the US presidential election",
        ),
        (
            "The bank wants to finish the sale by the end of next year.",
            date(2024, 3, 4),
            "medium",
            "by the end of next year",
        ),
        (
            "Leaders agreed to put together a reform plan by March of next year.",
            date(2016, 9, 18),
            "medium",
            "March of next year",
        ),
        # long: beyond two years
        (
            "The government hopes to have a million electric cars on the road by 2030.",
            date(2024, 3, 4),
            "long",
            "by 2030",
        ),
        ("The plan would raise $1.1 trillion over the next decade.", date(2016, 9, 16), "long", "over the next decade"),
        (
            "In the long term, the Russian president will strive to achieve his vision of a multipolar world.",
            date(2024, 6, 26),
            "long",
            "In the long term",
        ),
        ("Diesel cars will disappear from city centres in the long run.", date(2024, 3, 4), "long", "in the long run"),
        ("The new forests will shelter wildlife for generations.", date(2024, 3, 4), "long", "for generations"),
        ("The paid leave will be increased to nine months by 2010.", date(2005, 2, 20), "long", "by 2010"),
        ("The exit will raise many questions in the coming years.", date(2016, 10, 5), "long", "in the coming years"),
        ("The agency plans a crewed landing on the Moon in 2031.", date(2024, 3, 4), "long", "in 2031"),
        ("The state will cut emissions to 32 percent below 2005 levels by 2030.", date(2016, 9, 27), "long", "by 2030"),
    ],
)
def test_horizon(sentence: str, published: date, horizon: str, cue: str, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


@pytest.mark.parametrize(
    ("sentence", "published", "horizon"),
    [
        # The same words, a different distance from the publication date.
        ("The paid leave will be increased to nine months by 2010.", date(2009, 3, 1), "medium"),
        ("The agency plans a crewed landing on the Moon in 2031.", date(2030, 6, 1), "medium"),
        ("The court will hear the appeal on December 22.", date(2024, 6, 1), "medium"),
        ("The court will hear the appeal on December 22.", date(2024, 12, 1), "short"),
        ("The airline expects to return to profit later this year.", date(2016, 10, 5), "short"),
        ("Leaders will meet again after the presidential election.", date(2016, 9, 20), "short"),
        ("Leaders will meet again after the presidential election.", date(2017, 1, 10), "long"),
        ("A ruling is unlikely before the end of the year.", date(2016, 9, 27), "medium"),
        ("A ruling is unlikely before the end of the year.", date(2016, 11, 2), "short"),
    ],
)
def test_explicit_dates_resolve_against_publication_date(sentence: str, published: date, horizon: str, nlp) -> None:
    item = one(sentence, nlp, published)
    assert item is not None and item.horizon == horizon, (sentence, published, item)


def test_forward_looking_without_a_cue_is_unspecified(nlp) -> None:
    item = one("Analysts said the merger will face scrutiny from regulators.", nlp, date(2024, 3, 4))
    assert item == OutlookItem("unspecified", None, item.sentences if item else ())


def test_without_a_publication_date_relative_cues_still_decide(nlp) -> None:
    assert one("Further details of the plans will be outlined next week.", nlp).horizon == "short"  # type: ignore[union-attr]
    assert one("In the long term, the bank will close most of its branches.", nlp).horizon == "long"  # type: ignore[union-attr]
    # An absolute year cannot be placed without knowing when the article was written.
    item = one("The plant will close by 2030.", nlp)
    assert item is not None and item.horizon == "unspecified"


def test_longest_horizon_wins_within_a_sentence(nlp) -> None:
    item = one(
        "The case may not reach the court in the term that begins next Monday and ends in June.",
        nlp,
        date(2016, 9, 27),
    )
    assert item is not None and (item.horizon, item.cue) == ("medium", "in June")


# --------------------------------------------------------------------------- carry-forward


def test_cue_carries_to_following_sentences_of_the_paragraph(nlp) -> None:
    p = parsed_of(
        "In the long run, the retailer expects to cut its costs by a fifth. It will also sell its European stores. "
        "Shareholders are likely to welcome the move.",
        nlp,
        date(2024, 3, 4),
    )
    found = find_outlook(p)
    assert [(i.horizon, i.cue) for i in found] == [("long", "In the long run")] * 3


def test_seed_carry_in_the_medium_term(seed_parsed) -> None:
    found = items_by_text(seed_parsed)
    carried = found[
        "But Putin must also be prepared for the possibility that Washington will continue to follow "
        "the current line, writes"
    ]
    assert carried.horizon == "medium"
    assert carried.cue in seed_parsed.article.text


def test_carry_ends_at_a_new_paragraph(nlp) -> None:
    p = parsed_of(
        "In the long run, the retailer expects to cut its costs by a fifth.\n\nIt will also sell its European stores.",
        nlp,
        date(2024, 3, 4),
    )
    assert [i.horizon for i in find_outlook(p)] == ["long", "unspecified"]


def test_carry_ends_at_a_new_cue(nlp) -> None:
    p = parsed_of(
        "In the long run, the retailer expects to cut its costs by a fifth. Next week, its board will meet in Paris. "
        "It will also vote on the sale of the European stores.",
        nlp,
        date(2024, 3, 4),
    )
    assert [(i.horizon, i.cue) for i in find_outlook(p)] == [
        ("long", "In the long run"),
        ("short", "Next week"),
        ("short", "Next week"),
    ]


def test_carry_ends_at_a_sentence_that_does_not_look_ahead(nlp) -> None:
    p = parsed_of(
        "In the long run, the retailer expects to cut its costs by a fifth. The firm was founded in Lyon in 1920. "
        "It will also sell its European stores.",
        nlp,
        date(2024, 3, 4),
    )
    assert [i.horizon for i in find_outlook(p)] == ["long", "unspecified"]


# --------------------------------------------------------------------------- rules added after the blind3 split
# Sentences from the dev set (BBC, PolNeAR) and the written texts of benchmarks/data/outlook-texts.


@pytest.mark.parametrize(
    "sentence",
    [
        # refusals, past habits, elliptical answers
        "He would not discuss reports the party repaid £500,000 to Lord Ashcroft after he predicted an election "
        "defeat.",
        "Harlow would not be drawn on transfer plans but admitted the club had been looking for a forward.",
        "Trump also would constantly tussle with debate moderators in order to curry favor from the audience.",
        "“I would,” Melanie said to the TV.",
        # a condition as predicate, a poll, an opinion, a wish, advice
        "Mr Doctorow said the only objection would be if users were forced into using AutoLink.",
        "Among likely voters in a four-way race, 46 percent would choose Clinton and 44 percent would back Trump.",
        "But as an end user I would want to know who is paying for the links.",
        "Facing the prospect of a Trump presidency, many Mexicans would hope their northern neighbor were farther "
        "away.",
        "The best approach to a Trump administration may be to hunker down and wait for his successor.",
        "Americans worried about illegal immigration across the southern border might stop to consider what it could "
        "look like if the Mexican economy went into a tailspin.",
        'In the Commons, Mr Howard said it would be "far better if the whole of the legislation was subject to a '
        'sunset clause so Parliament could consider it all in a proper way".',
        "Still, the truck story suggests the Mexican government understands that it needs a contingency plan in case "
        "Mexico's most important partner on the world stage were to suddenly turn hostile.",
        # "is to" that is no plan: an idiom, a phrasal verb, a recipe
        "Suggestions that outsourcing is to blame are wrong, Ms Diemont says.",
        "It has been set up to advise hundreds of companies on equal wage policies.",
        '"The second trick is to get rid of the fat, if you can skinny it down you can gain speed."',
        # a participle of the past, descriptions of people
        "At the time, her hips were still sore from a series of injections intended to calm her.",
        "Ms Hewitt also announced a new drive to help women who want to work in male dominated sectors.",
        "The result has been a political movement that blames globalization for all woes and seeks somehow to wall off "
        "the economy from global trends.",
        "It is a positive development for carriers and the investment community, looking to take a longer-term view of "
        "the growth in the Indian telecoms market.",
        "Europe's carmakers have spent the past five years promising an electric future.",
        # anyone at all
        "The attachment poses as an electronic Christmas card but anyone opening it will simply get a crude image of "
        "two smiley faces.",
        '"You could dismiss these actions as insecure schoolyard behavior, but this man is running for president," '
        "she said.",
        "If that's not enough or you already made those changes years ago, a side job may be in order.",
        "But at private colleges especially, paying tuition for two children at once will increase your chances of "
        "qualifying for need-based financial aid.",
        # habits and truths beside a date
        "Investors usually buy into strength in December, a pattern traders call the Santa Claus rally.",
        '"You can\'t win the league in January, but you can lose it."',
    ],
)
def test_not_forward_looking_after_blind3(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2005, 2, 4)) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause keeps its own time under a past main verb
        "That brought to 49 the number of banks that Mr Bondi has sued, a mass of legal action that could bring in as "
        "much as 3bn euros.",
        "Ahead of Friday's meeting, France and Germany unveiled a proposal for increased cooperation that would create "
        "a permanent headquarters to run E.U. military operations.",
        # reported futures under a past "was worried", "recognised", "was sure"
        "The Tory co-chairman said Mr Blair was very worried voters would take revenge for his failure to deliver.",
        "Mr Negroponte said this was a not for profit venture, though he recognised that the manufacturers of the "
        "components would be making money.",
        "She said of the 2016 presidential election that she was sure Trump would triumph.",
        # plans stated without "to", pledges with an object, options under study
        "Other plans include letting maternity pay be given to fathers and extending rights to parents of older "
        "children.",
        "However, over the past few days, the Obama administration has promised a veto.",
        '"We are looking at how quickly we can do that, because obviously there are cost implications."',
        # a comparison with a noun subject is a forecast, not a judgement
        "However, it said sales would be better than previously forecast.",
        # the poll rule needs a share as subject: a number of people is no poll
        "The two would meet again in Geneva, officials said.",
        "The Tax Policy Center estimates that the top 1 percent of taxpayers would face an average tax increase.",
    ],
)
def test_forward_looking_after_blind3(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 9, 28)) is not None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # a schedule in a present clause below a past "said"; a present verb with the end of the year
        (
            "Philip Rinaldi, a spokesman for the show, said the play's 15 March opening date remains unchanged.",
            date(2005, 2, 22),
            "short",
            "15 March",
        ),
        (
            "BYD opens its first European factory, in Hungary, at the end of this year.",
            date(2025, 3, 10),
            "medium",
            "at the end of this year",
        ),
        # a hypothesis in an if-clause is not the past
        (
            "According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in "
            'November, "she would sign this legislation if it came to her desk."',
            date(2016, 9, 23),
            "short",
            "in November",
        ),
        # a range of weeks, "next March" in February, "since June" is no time, "into the spring"
        (
            "The 24-year-old striker is expected to miss between four and six weeks, manager Steve Harlow confirmed on "
            "Thursday.",
            date(2025, 1, 17),
            "short",
            "between four and six weeks",
        ),
        (
            "Moore said it is unclear if that will be in time for the Commonwealth Games in Melbourne next March.",
            date(2005, 2, 16),
            "medium",
            "next March",
        ),
        (
            "The European Central Bank, which has held rates at 2% since June, is expected to keep them there into the "
            "spring.",
            date(2025, 12, 7),
            "medium",
            "into the spring",
        ),
        (
            "Elsewhere, the Bank of Japan meets the following week and could raise rates for the first time since "
            "January.",
            date(2025, 12, 7),
            "short",
            "the following week",
        ),
        (
            "Oracle has said its cloud sales will more than double in fiscal 2027.",
            date(2025, 12, 7),
            "medium",
            "in fiscal 2027",
        ),
        (
            'Her coach told the Times: "We\'re not looking at any sooner than 2006, not as a triple jumper."',
            date(2005, 2, 16),
            "medium",
            "sooner than 2006",
        ),
        (
            "The senator said he would introduce legislation in the next session of Congress to fix the tax system.",
            date(2016, 10, 4),
            "medium",
            "in the next session of Congress",
        ),
        # "the election" is the US election day only when one is near
        (
            "Several experts cautioned that Mrs. Clinton's tax proposals might well evolve after the election "
            "should she become president.",
            date(2016, 9, 16),
            "short",
            "after the election",
        ),
        (
            "She said the Conservatives would announce their proposals closer to the General Election.",
            date(2005, 2, 20),
            "unspecified",
            None,
        ),
        # a span counted from another event is no horizon
        ("The minister will publish a response within 28 days of the report.", date(2024, 3, 4), "unspecified", None),
    ],
)
def test_horizon_after_blind3(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


def test_a_bare_would_does_not_inherit_a_scheduled_cue(nlp) -> None:
    p = parsed_of(
        "Peers begin three days of detailed deliberation on the bill on Thursday. These would replace current powers "
        "to detain foreign terror suspects without trial. The Lib Dems will oppose the bill.",
        nlp,
        date(2005, 2, 28),
    )
    assert [(i.horizon, i.cue) for i in find_outlook(p)] == [
        ("short", "on Thursday"),
        ("unspecified", None),
        ("short", "on Thursday"),
    ]


# --------------------------------------------------------------------------- rules added after the blind4 split
# Real sentences of the blind4 split and of the other BBC and PolNeAR texts under shared/eval.


@pytest.mark.parametrize(
    "sentence",
    [
        # "about to" needs a "be"; a predicate adjective before "is to"; a judgement in the passive
        "The Tory leader was asked about to respond to people who said that if there had there been a quota on "
        "immigration and asylum in the 1930s, his parents might not have been allowed into the country.",
        "Cyril explained how important it is to combat this narrative by pushing a new conversation that humanizes "
        "black people and demands respect and accountability.",
        "But any deliberate destruction to avoid the possibility of later disclosure is to be totally condemned.",
        "Maybe it is to be expected.",
        # a reaction is a habit, not a plan (the parser coordinates it with its possessor)
        "Obama and Clinton's gut reaction is to tell the American people that we're defeating the Islamic State "
        "terrorist group abroad while systematically downplaying connections between radical Islam and attackers in "
        "the United States and Europe.",
        # a poll's share reports; an expectation proved wrong (typographic apostrophe); a past habit
        "Another 19 percent said they would not pick either candidate.",
        "It’s something they never thought they’d see.",
        "I used to have to sit on my hands because he'd get on television and give a passable impression of someone "
        "who'd like to kick your cat or would put your baby in prison if he cried.",
        # an exhortation, even quoted; a truth about people; what anyone might expect
        "“Let’s get back to saying our schools are something we support and will protect, and we don’t want people "
        "to play games with them anymore,” said Mulgrew.",
        "Nobody wants to bus their kids to go to a magnet school or charter school.",
        "“Considering the high-stakes moments that the debates create one might expect them to matter more to the "
        "bottom line, but remember debates happen late — very late — in the campaign,” he wrote.",
        # a refusal with "going to"
        'Asked to describe the device that caused the explosion, O\'Neill said, "Not going to go into that."',
        # a quoted question, advice ("would do well to"), anyone ("any time you", "tell you"), an unreal condition
        "“Mr. President, will you pledge not to issue a pardon to Hillary Clinton and her co-conspirators for their "
        "many crimes against our country and against society itself?” he asks.",
        "The Clinton campaign would do well to target ethnic voters in battleground states, emphasizing the "
        "fundamental threat to the countries of their ancestors that a Trump presidency would constitute.",
        "“Any time you want to cut taxes, almost by definition it is going to be a fairly regressive tax cut because "
        "the taxes that are left to cut tend to be concentrated at the top.”",
        "It's obviously the mobile phone or remote control, and readers of a less partisan publication would tell "
        "you that.",
        "If this were a movie about the American coal industry, Mr. Clarke would be the character who goes "
        "completely off script.",
        # an expectation of the past, told as such; a poll's counted share reports a future
        "It was hoped she would be able to return this summer, but the wound from the injury has been very slow to "
        "heal.",
        "“Just 9 percent of voters said the debate changed their minds about who they will be voting for, while "
        "about eight out of 10 said it wouldn’t matter.”",
        # a season gone by anchors a reported plan in the past
        "So when Patriot signaled last summer that it was going to make a deal with Mr. Clarke, Mr. Barrett said, "
        '"we were floored."',
        # a favourite beaten is no forecast
        "The first novel section was won by Susan Fletcher for Eve Green, beating the favourite Jonathan Strange and "
        "Mr Norrell by Susanna Clarke.",
    ],
)
def test_not_forward_looking_after_blind4(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 9, 30)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # "as of Friday" is now; "Monday's debate" names an event, it does not schedule a present clause
        (
            "The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans’ support for the "
            "presidential candidates on a daily basis, showed that as of Friday, Trump is leading Clinton 47.1 percent "
            "to 41.7 percent.",
            date(2016, 9, 30),
        ),
        (
            "“The impact of Monday’s debate is still small,” wrote Cameron Easley for Morning Consult.",
            date(2016, 9, 30),
        ),
        (
            "Donald Trump is raising questions about his microphone problems during Monday’s debate with Hillary "
            "Clinton.",
            date(2016, 9, 30),
        ),
    ],
)
def test_time_words_that_do_not_look_ahead(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the contracted future and conditional with a typographic apostrophe
        "We’ve been in touch with various officials including the mayor’s office in New York to learn what they are "
        "discovering as they conduct this investigation and I’ll have more to say about it when we actually know "
        "some facts.”",
        "He said that, if elected, he’d leave such decisions to military leaders and follow their recommendations.",
        # the bookmakers' favourite
        "Novelist Andrea Levy is favourite to win the main Whitbread Prize book of the year award, after winning "
        "novel of the year with her book Small Island.",
        "The book has already won the Orange Prize for fiction, and is now 5/4 favourite for the £25,000 Whitbread.",
        "Second favourite is a biography of Mary Queen of Scots, by John Guy.",
        "She is now favourite to win the overall prize after beating Booker winner Alan Hollinghurst's The Line of "
        "Beauty.",
        "Bookmaker William Hill has placed London-based Levy's novel as the 6/4 favourite to win.",
        # what lies ahead
        "But in the face of the strengthening yen making exports less competitive and indications of weakening "
        "economic conditions ahead, observers were less sanguine.",
        # hopes with "can", an elliptical "going to", "not going anywhere"
        "''Perhaps they can help a white visitor understand the pain and anger of a demonstrator in Ferguson and "
        "Charlotte,'' Mr. Obama said.",
        "His speech was the centerpiece of a ceremony featuring celebrities like Patti LaBelle and Stevie Wonder, who "
        "joked of the museum, ''I haven't seen it yet, but I'm going to.''",
        '"I don’t think it’s going anywhere, and I take comfort in that fact," Lynch said.',
        # a hypothesis about what may come stays ("were offered", "were to win" are not "were a movie")
        "If a replacement for Clinton were offered, those electors in states won by Democrats would almost certainly "
        "cast ballots for the party’s preferred nominee.",
        # people who believe something are not a counted share of a poll
        "The White House will announce its budget on Monday, and many commentators believe the deficit will remain "
        "at close to half a trillion dollars.",
        # a warning to someone stays ("you would" is not "you could")
        "If you throw obstacles at the relationship with Mexico, you would be shooting yourself in the foot,'' Mr. "
        "Guajardo Villarreal told me.",
    ],
)
def test_forward_looking_after_blind4(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2005, 1, 6)) is not None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # a present passive (progressive) schedules; a month before a noun ("its April meeting")
        (
            "- Michael Howard: No More Mr Nasty is being shown on BBC2 on Saturday 12 February at 2005 GMT.",
            date(2005, 2, 10),
            "short",
            "on Saturday 12 February",
        ),
        (
            "The two task forces will report back to the IAAF Council, at its April meeting in Qatar.",
            date(2005, 2, 14),
            "short",
            "its April",
        ),
        # "more hours"; a law coming into force under a past main verb
        (
            '"We do not see a link to terrorism," the mayor said, adding that it would take "more hours” before '
            "details emerge.",
            date(2016, 9, 17),
            "short",
            "more hours",
        ),
        (
            'Richard Thomas "totally condemned" the deletion of e-mails to prevent their disclosure under freedom of '
            "information laws coming into force on 1 January.",
            date(2004, 12, 14),
            "short",
            "1 January",
        ),
        (
            "She’ll present her proposals in a speech Friday in Port St. Lucie, Florida.",
            date(2016, 9, 30),
            "short",
            "Friday",
        ),
        # "even today" is the present
        (
            "Mr. Obama warned that the museum would not be a panacea for the nation's racial struggles, which, even "
            "today, inflame the streets of cities like Charlotte, N.C.",
            date(2016, 9, 25),
            "unspecified",
            None,
        ),
    ],
)
def test_horizon_after_blind4(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


# --------------------------------------------------------------------------- rules added after the blind5 split
# Real sentences of the blind5 split (annotated from the issue's definition only, see
# docs/outlook.md) and of the other dev texts.


@pytest.mark.parametrize(
    "sentence",
    [
        # a question without its question mark; a condition however the parser hangs it
        "So why would Trump even go down the road of bringing up Gennifer Flowers, who once had an affair with the "
        "president.",
        '"WALLACE: If I may, sir, because we’ve got limited time.',
        # what was managed, not foreseen
        "In the men's 60m, former Olympic 100m champion Maurice Greene could only finish second to Leonard Scott.",
        "After saying her right foot was “so swollen I could barely get my shoe on,” she was “whisked … off to "
        "Bethesda Naval Hospital” for tests.",
        # a speaker announcing what they do now
        "I'm going to read you the question: “As you know, Hillary Clinton left an event on September 11th earlier "
        "than scheduled due to health concerns.”",
        # desires of people in general; anyone at all, even in quotation; a rule put to "you"
        "With broadband penetration reaching 100% in the UK, businesses with a stake in the technology want to "
        "give people reasons to want and use it.",
        "“Dan Brown is the best writer I've come across in the genre, but anyone who knows anything about 1st "
        "century history will see that this underlying material is laughable.”",
        "“If you come out with something like this, saying that by all means get drunk, then you will be "
        "pilloried for it.”",
        # a "when" clause of a present habit; what "you" want
        "When she is looking to fill a position at the Justice Department, she said she ensures women are in the "
        "pool of candidates from which she is drawing.",
        "But you want your people to be for your candidate, not just against the other guy.",
        # a participle with no tense of its own in a past sentence
        "The four Ugandan NGOs organising the play intended to raise money to campaign to stop violence against women.",
        # an event beside "be" counts down, it does not schedule; an infinitive of a noun keeps no time
        "Today is two months until the presidential election.",
        "The failure to fully comprehend the threat before Sept. 11 is excusable.",
    ],
)
def test_not_forward_looking_after_blind5(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 9, 22)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # a time ahead makes advice to a named actor a statement about what comes
        (
            "In the next eight weeks the Clinton campaign would do well to target ethnic voters in battleground "
            "states.",
            date(2016, 9, 10),
            "short",
            "In the next eight weeks",
        ),
        # an infinitive under a present verb is scheduled by its date or event
        (
            "Democratic party insiders are desperately trying to mobilize black Florida voters to go to the polls "
            "for Hillary Clinton on election day.",
            date(2016, 9, 28),
            "short",
            "on election day",
        ),
        (
            "Wines believes that the Clinton campaign took black voters for granted and as a result, now has to "
            "scramble to convince them to come out and support her in November.",
            date(2016, 9, 28),
            "short",
            "in November",
        ),
        # what is expected keeps its time under a verb parsed as past
        (
            "The efforts are expected to continue leading up to election day, with both President Barack Obama and "
            "his wife Michelle expected to visit the Sunshine state in the coming weeks.",
            date(2016, 9, 28),
            "short",
            "in the coming weeks",
        ),
        # a resolve is not a speaker's announcement ("I'm going to read you …" is)
        ('"We\'re not going to stop."', date(2016, 9, 26), "unspecified", None),
        # "plan on" + gerund; a relative clause parsed as a complement keeps its own time
        (
            "So far, the Huaral programme promoters say the experience has been very positive, and are already "
            "planning on spreading the model among other farmers' organisations in Peru.",
            date(2004, 11, 15),
            "unspecified",
            None,
        ),
        (
            "He made the criticism while showing support for Hillary Clinton’s “public option”, which would allow "
            "individuals ages 55 to 65 to buy into Medicare directly.",
            date(2016, 10, 4),
            "unspecified",
            None,
        ),
    ],
)
def test_forward_looking_after_blind5(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


# --------------------------------------------------------------------------- rules added after the blind6 split
# Real sentences of the blind6 split (annotated like blind5) and of the other dev texts.


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone refused to do; a subject clause; "no one" would; "may or may not"
        "He claimed that paying no income taxes was smart, although he again refused to pledge to release his tax "
        "returns before the election.",
        "That two well-known American cable news hosts would so blithely sign up with a network Russia has financed "
        "says something about the media relativism that has fallen upon the land.",
        "He is someone that no sane person would want as the POTUS.",
        "True to his low-key style, Scott is relying on others to carry his message to McAuliffe, which may or may "
        "not be the best strategy.",
        # judgements; a turn of speech; a record of seeking; a crime, not a commitment
        "But he said the Democratic Party would be mistaken to proceed without a contingency plan.",
        "I'll tell you, there is an issue that is bringing the people who voted for me, I think, together.",
        "And while Trump has railed against the special-interest provisions that pock the tax code, he’s sought to "
        "protect breaks important to real estate.",
        "Some forged signatures and committed identity theft to open fraudulent bank accounts, while under pressure "
        "to meet sales targets or be fired.",
        # past narrative inside reported speech: a purpose, what was talked about
        "Several cast members said Trump had one female contestant twirl before him so he could ogle her figure.",
        "They said he rated female contestants by the size of their breasts and talked about which ones he’d like "
        "to have sex with.",
        # "too soon" and "as soon as" are no time; a dateline is the date of the report
        "She better get well before she gets back out there because if she gets back out there too soon, it happened "
        "again.",
        "LOS ANGELES, Sept. 28 (UPI) — In a preview clip for Mary J. Blige’s upcoming Apple Music show The 411, Blige "
        "sings Bruce Springsteen’s “American Skin” to Hillary Clinton.",
    ],
)
def test_not_forward_looking_after_blind6(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 9, 28)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # a span up to now decides nothing; "early 2005" is the start of the year
        (
            "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, will unveil the "
            "chip at a technology conference.",
            date(2005, 2, 4),
            "unspecified",
            None,
        ),
        (
            "IBM said it would start producing the chip in early 2005 at manufacturing plants in the US.",
            date(2005, 2, 4),
            "short",
            "early 2005",
        ),
        # a possessive names the event, the date decides
        (
            "London Marathon organisers are hoping that banned athlete Susan Chepkemei will still take part in this "
            "year's race on 17 April.",
            date(2005, 3, 2),
            "short",
            "17 April",
        ),
        # "through the weekend"; "election night"
        (
            "Authorities said a curfew would continue through the weekend.",
            date(2016, 9, 25),
            "short",
            "through the weekend",
        ),
        (
            "He might decide against his announced plans to help host its coverage on election night.",
            date(2016, 9, 19),
            "short",
            "on election night",
        ),
    ],
)
def test_horizon_after_blind6(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        # a feeling; a duty of people in general; what others could not do
        "I would be uneasy about supporting a very bad bill even if it was just for eight months.",
        "No doubt, companies in the United States -- and frankly any business that benefits from our markets -- "
        "should pay some form of taxes.",
        '"He showed again and again an ability to put together deals that other people couldn\'t."',
    ],
)
def test_not_forward_looking_after_blind6_recall_rules(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 10, 2)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # "should" with a thing as subject predicts; anticipation; a proposal with a gerund
        (
            "Matthews said Pence’s performance should boost Trump’s poll numbers.",
            date(2016, 10, 5),
            "unspecified",
            None,
        ),
        (
            "Money has moved out from India into other markets like Korea and Thailand and this upgrade should lead "
            "to a reversal.",
            date(2005, 2, 3),
            "unspecified",
            None,
        ),
        (
            "I look forward to working with him for many years to come in order to make America great again.",
            date(2016, 9, 26),
            "long",
            "for many years to come",
        ),
        (
            "The GOP candidate proposes allowing parents to deduct the average cost of their state's care from their "
            "income taxes.",
            date(2016, 9, 21),
            "unspecified",
            None,
        ),
        # a past year in a comparison does not make the sentence history; a study "found" reports
        (
            "But Fowler said the politics surrounding the top of the ticket would be more intense — and he noted that "
            "any change would occur a few weeks later in the campaign season than the switch in 1972.",
            date(2016, 9, 12),
            "unspecified",
            None,
        ),
        (
            "Though his plan would dole out more than $4 trillion in tax cuts, one study found Trump would actually "
            "raise taxes on 8 million low- and middle-income Americans.",
            date(2016, 10, 4),
            "unspecified",
            None,
        ),
        # "this afternoon"
        (
            "The committee will meet again this afternoon to agree a process.",
            date(2016, 9, 12),
            "short",
            "this afternoon",
        ),
    ],
)
def test_forward_looking_after_blind6(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


def test_would_after_an_attribution_is_not_narrative(nlp) -> None:
    """A bare "would" after a sentence that only attributes a quote is not a past narrative."""
    parsed = parsed_of(
        "“I don’t think there’s any connection between the rhetoric and what he’s actually proposed,” said Len "
        "Burman, head of the centrist Tax Policy Center. “What he’s actually proposed would benefit people like him.”",
        nlp,
        date(2016, 10, 4),
    )
    assert [parsed.article.sentence_text(i.sentences[0])[:20] for i in find_outlook(parsed)] == ["“What he’s actually "]


def test_own_time_phrase_does_not_inherit(nlp) -> None:
    """ "In the future, …" names its own time: it does not take the cue of the sentence before."""
    parsed = parsed_of(
        "A working version is due to be shown off in May 2005. In the future, all forms of digital content will be "
        "converged onto the broadband network, said Ken Kutaragi.",
        nlp,
        date(2005, 2, 4),
    )
    items = find_outlook(parsed)
    assert [i.horizon for i in items] == ["medium", "unspecified"]


# --------------------------------------------------------------------------- rules added after the blind7 split
# Real sentences of the blind7 split (annotated like blind5) and of the other dev texts.


@pytest.mark.parametrize(
    "sentence",
    [
        # a reading of the present; a concession; a stance; what something is for
        "But the endorsements may highlight more than editorial boards’ disdain for the Republican presidential "
        "nominee.",
        "Readers may not let editorials tell them how to vote, but they care enough to respond.",
        "The day that was abrogated was the day this became personal, he said, adding he would never vote for Clinton.",
        "The anti-spyware program being targeted is currently only in beta form and aims to help users find and "
        "remove spyware.",
        # advice; a comparison; a description of people; a report of the day; a negated announcement
        "The Envisional reports said that the TV industry should consider offering a legal way to download shows.",
        "It's now as easy to download a pirate TV show as it is to programme a VCR, said Ben Coppin.",
        "Obama said there is a danger when “a president, or people aspiring to become president, get loose with "
        "this language.”",
        "Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.",
        "Trump did not unveil plans to pay for the expansion.",
    ],
)
def test_not_forward_looking_after_blind7(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2016, 9, 30)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # plans announced, plans one has
        (
            "Steyer announced plans to give an additional $15 million to For Our Future, a super PAC he formed with "
            "labor groups.",
            date(2016, 9, 22),
            "unspecified",
            None,
        ),
        ("He said, “We have some big plans for the final month.”", date(2016, 9, 30), "unspecified", None),
        # a resolution is no year
        (
            "The UK digital network will be the first to employ 2k projectors - which are capable of showing films "
            "at resolutions of 2048 * 1080 pixels.",
            date(2005, 2, 26),
            "unspecified",
            None,
        ),
    ],
)
def test_forward_looking_after_blind7(sentence: str, published: date, horizon: str, cue: str | None, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


# --------------------------------------------------------------------------- rules added after the blind8 split
# Real sentences of the blind8 split (annotated like blind5).


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # "can" under a present belief; a present "face" with a ban or a hearing; "stands to"; "gonna"; "poised for"
        (
            "World outdoor triple jump record holder and BBC pundit Jonathan Edwards believes Phillips Idowu can take "
            "gold at the European Indoor Championships.",
            date(2005, 3, 2),
        ),
        ("But I am skeptical he can pull it off.", date(2016, 10, 2)),
        (
            "Kenteris and Thanou face a maximum two-year ban if found guilty by the Greek Athletics Federation.",
            date(2005, 2, 23),
        ),
        ("The pair are facing lengthy bans for the missed tests.", date(2005, 2, 23)),
        (
            "His greatest legacy stands to be an agreement that the nations of the world reached in Paris in December "
            "to curb carbon emissions.",
            date(2016, 9, 20),
        ),
        ("If he does do this, don’t for a moment believe Trump isn’t gonna be prepared for this.", date(2016, 9, 26)),
        (
            "While the Federal mine has cut back on production, some of his other mines are poised for a rebound.",
            date(2016, 10, 2),
        ),
    ],
)
def test_forward_looking_after_blind8(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is not None, sentence


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Claxton will see if her new training regime pays dividends at the European Indoors which take place "
            "on 5-6 March.",
            "5-6 March",
        ),
        ("The championships will be held on March 5-6 in Madrid.", "March 5-6"),
    ],
)
def test_a_range_of_days_is_a_date(sentence: str, cue: str, nlp) -> None:
    item = one(sentence, nlp, date(2005, 2, 22))
    assert item is not None and (item.horizon, item.cue) == ("short", cue)


def test_an_event_dated_once_keeps_its_date(nlp) -> None:
    """An event dated earlier in the article and named again with "the" gives its horizon
    ("before the race"); a differently described one does not ("the much larger annual
    conference" is not "the February spring conference")."""
    parsed = parsed_of(
        "London Marathon organisers are hoping that Susan Chepkemei will still take part in this year's race on "
        "17 April.\n\nThere is a long way to go before the race and we are hoping the situation will be "
        "satisfactorily resolved.\n\nThe party will hold its February spring conference in Blackpool on 12 "
        "February.\n\nThe much larger annual conference will go to Bournemouth.",
        nlp,
        date(2005, 3, 2),
    )
    found = [(i.horizon, i.cue) for i in find_outlook(parsed)]
    assert found[:2] == [("short", "17 April"), ("short", "the race")]
    assert found[3] == ("unspecified", None)


def test_editors_note_is_not_outlook(nlp) -> None:
    sentence = (
        "Editor’s note: Donald Trump regularly incites political violence and has repeatedly pledged to ban all "
        "Muslims from entering the U.S."
    )
    assert one(sentence, nlp, date(2016, 9, 16)) is None


# --------------------------------------------------------------------------- rules added after the blind9 split
# Real sentences of the blind9 split (US web news of March 2023, annotated like blind5).


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # an end of the current month is this month's ("by the end of March", written on 24 March)
        (
            "The L.A. County Department of Public Health, Health Services and the Department of Social Services must "
            "complete the review by the end of March.",
            date(2023, 3, 24),
            "short",
            "by the end of March",
        ),
        # a holiday after "this" is its next occurrence
        (
            "The Pantomime Adventure of Peter Pan is coming to Bristol this Christmas.",
            date(2023, 3, 26),
            "medium",
            "this Christmas",
        ),
        # an elapsed span ("After three years,") gives way to the date
        (
            "After three years, Los Angeles County’s COVID emergency will end on March 31.",
            date(2023, 3, 24),
            "short",
            "March 31",
        ),
        # a weekday misattached by the parser still belongs to the clause it ends
        (
            "In a preview of a “Piers Morgan Uncensored” interview that will air on Fox Nation Thursday, British media "
            "personality Morgan asked DeSantis which he preferred.",
            date(2023, 3, 22),
            "short",
            "Thursday",
        ),
    ],
)
def test_horizons_after_blind9(sentence: str, published: date, horizon: str, cue: str, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


def test_after_span_gives_way_to_a_date_even_without_publication_date(nlp) -> None:
    """Without a publication date "on March 31" has no horizon, but the "After three years"
    before it is still not the sentence's time: unspecified, not long."""
    assert_item(
        "After three years, Los Angeles County’s COVID emergency will end on March 31.", nlp, None, "unspecified", None
    )


def test_elapsed_span_is_no_horizon(nlp) -> None:
    """ "After seven years in space": time gone by, not a horizon ahead (the sentence is still outlook)."""
    sentence = (
        "After seven years in space, including a nail-biting touchdown on Bennu to gather dust and rocks, this "
        "intrepid mission is about to face one of its biggest challenges yet."
    )
    # the span gives nothing; "about to" (imminent) is what decides
    assert_item(sentence, nlp, date(2023, 3, 24), "short", "about to")
    assert_item(sentence.replace("is about to", "will"), nlp, date(2023, 3, 24), "unspecified", None)
    # a span that is not elapsed keeps its horizon
    assert_item("After two years, the contract will be reviewed.", nlp, date(2023, 3, 24), "medium", "After two years")


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a past report of a weekday that is already gone (read on Wednesday 22 March)
        (
            "Trump on Saturday announced he’d be charged Tuesday in the Manhattan district attorney’s investigation "
            "into hush money payments.",
            date(2023, 3, 22),
        ),
        (
            "In several all-caps screeds on his social media platform Saturday, the former president said he expected "
            "to be arrested on Tuesday at the direction of Manhattan District Attorney Alvin Bragg’s office.",
            date(2023, 3, 22),
        ),
        # a photo caption dated the day of publication
        (
            "Former Raiders player Henry Ruggs waits in court for a hearing at the Regional Justice Center in Las "
            "Vegas Wednesday, March 22, 2023.",
            date(2023, 3, 22),
        ),
        # the fall of something is not autumn
        (
            "It works as a shield law for people seeking and providing abortions at a time when laws vary after the "
            "fall of Roe v. Wade.",
            date(2023, 3, 24),
        ),
        # facing charges is a present state
        ("Ruggs faces felony DUI charges in connection with a deadly crash in 2021.", date(2023, 3, 22)),
        # may/might/could explaining what is, not forecasting
        (
            "Published in Substance Abuse: Research and Treatment, the study showed that the increased risk for severe "
            "COVID-19 in people with SUD may be the result of co-occurring medical conditions.",
            date(2023, 3, 24),
        ),
        (
            "Consistent with previous findings, they also noted that insomnia might be a risk factor for OD in "
            "COVID-19 patients.",
            date(2023, 3, 22),
        ),
        (
            "The CDC says more research is needed to understand this variation, which could be related to differences "
            "in the strategies used to identify and diagnose the condition.",
            date(2023, 3, 24),
        ),
        (
            "The increased intensity of atmospheric rivers may also have links to climate change, many climate experts "
            "say.",
            date(2023, 3, 23),
        ),
        ("I think there may be a couple of reasons,” she said.", date(2016, 9, 27)),
        # a negative imperative: advice
        ("Do not step in or enter any water that a downed power line may be touching.", date(2023, 3, 23)),
        # the article about itself
        ("This article will explain what fiscal policy is, how it works, and why it is important.", date(2023, 3, 25)),
    ],
)
def test_not_forward_looking_after_blind9(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a weekday still ahead in a past report stays ahead; a forecast with "could be" stays a forecast
        ("He said on Monday that he would vote on Friday.", date(2023, 3, 21)),
        (
            "Shares in UK drinks and food firm Allied Domecq have risen on speculation that it could be the target of "
            "a takeover by France's Pernod Ricard.",
            date(2005, 2, 15),
        ),
        ("The show opens in the fall of 2024.", date(2023, 3, 24)),
    ],
)
def test_still_forward_looking_after_blind9(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is not None, sentence


# --------------------------------------------------------------------------- rules added after the blind10 split
# Real sentences of the blind10 split (US web news of March 2023, second draw).


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a day gone by that names an event ("the Jan. 6 crowd", written in March)
        ("There’s a very different treatment for pretrial Jan. 6 defendants,” she said.", date(2023, 3, 23)),
        (
            "Crockett said it’s a bit nicer than the older part of the complex and that the Jan. 6 crowd has its own "
            "communal area.",
            date(2023, 3, 23),
        ),
        # an event dated by the year right before it ("in 2016 ahead of the presidential election")
        (
            "Bragg is investigating Trump over the former president’s role in a $130,000 hush money payment to "
            "Daniels in 2016 ahead of the presidential election.",
            date(2023, 3, 24),
        ),
        # "made sure to": ensured, not "is sure to"
        (
            "FARGO — Seventeen years after its infamous first-round upset loss to Holy Cross in Grand Forks, Minnesota "
            "made sure to avoid a repeat in the Peace Garden State against Canisius on Thursday.",
            date(2023, 3, 24),
        ),
        # a hope about now or before
        ("She is thought to be on maternity leave, so we hope she is doing well.", date(2023, 3, 26)),
        (
            "We hope this post has offered you some insight into what to look out for when examining a vehicle up "
            "close.",
            date(2023, 3, 25),
        ),
        # an idiom
        (
            "It's a pretty big challenge; I'm not going to lie,” said Jacey Cooper, the Medi-Cal director.",
            date(2023, 3, 24),
        ),
        # may/might guessing at a state
        (
            "The administration may be reluctant to act while Secretary of State John Kerry negotiates.",
            date(2016, 9, 8),
        ),
        ("Accuracy and availability may vary.", date(2023, 3, 25)),
        (
            "Asteroids are the ancient materials left over from the original era of planet formation and may contain "
            "molecular precursors to life.",
            date(2023, 3, 24),
        ),
        # "since" before a date
        ("In Chicago, they’ve had thousands of shootings, thousands since January 1st.", date(2016, 9, 29)),
    ],
)
def test_not_forward_looking_after_blind10(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is None, sentence


def test_quoted_verse_that_asks_is_a_question(nlp) -> None:
    """A line of a song quoted with its slash ("“Will the baby be alright? /") asks; it does not forecast."""
    from tui.analysis.outlook import analyse_sentence

    sents = list(nlp("Turning to her sister, she asks, “Will the baby be alright? / Will I have one of mine? /").sents)
    assert [analyse_sentence(span, date(2023, 3, 24)).forward for span in sents] == [False] * len(sents)


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # a state guessed for a time ahead still looks ahead
        ("The deal may be ready by June.", date(2023, 3, 24), "short", "by June"),
        (
            "One day doctors may be able to use eye tests to identify cognitive decline.",
            date(2023, 3, 24),
            "unspecified",
            None,
        ),
        # a day still ahead before a noun keeps its date
        ("The hearing will be held before the March 31 deadline.", date(2023, 3, 24), "short", "March 31"),
        # an election that the sentence does not date in the past
        (
            "Ed Rendell agreed that the party’s vacancy rules should be modernized, but he said that discussion should "
            "wait until after the election.",
            date(2016, 9, 12),
            "short",
            "after the election",
        ),
        ("We hope she will be back soon.", date(2023, 3, 26), "short", "soon"),
    ],
)
def test_still_forward_looking_after_blind10(sentence: str, published: date, horizon: str, cue: str, nlp) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


# --------------------------------------------------------------------------- rules added after the blind11 split
# Real sentences of the blind11 split (US web news of March 2023, third draw).


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # an "if" that asks sets no condition
        (
            "It's unclear if OpenAI will be releasing this technical postmortem to the public or if it will remain "
            "internal.",
            date(2023, 3, 24),
        ),
        ("It is unclear if Graham could face any criminal penalties for his actions.", date(2023, 3, 24)),
        # "determined to": an intention
        (
            "Reeves' manager said he is determined to hit the $55,000 mark and secure her spot among fellow Motown "
            "stars.",
            date(2023, 3, 25),
        ),
    ],
)
def test_forward_looking_after_blind11(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is not None, sentence


def test_yesterdays_weekday_is_not_ahead(nlp) -> None:
    """A bare weekday six days ahead, with no forward clause, is yesterday ("a loss to Gonzaga
    on Thursday", read on Friday); with "will" it is next week's."""
    friday = date(2023, 3, 24)
    assert (
        one(
            "UCLA guard Jaime Jaquez Jr. struggles to put up a shot late in a 79-76 loss to Gonzaga on Thursday.",
            nlp,
            friday,
        )
        is None
    )
    assert_item("The team will play again on Thursday.", nlp, friday, "short", "on Thursday")
    assert_item("If it rains, the match will be off.", nlp, friday, "unspecified", None)


# --------------------------------------------------------------------------- rules added after the blind12 split


def test_narrative_would_is_not_ahead(nlp) -> None:
    """ "would later …", "would go on to …" tell the future of a past story; reported, they stay."""
    published = date(2023, 3, 24)
    assert one("Japan would later take a 2-1 lead on a Lars Nootbaar fielder's choice.", nlp, published) is None
    assert (
        one("McMahon would go on to find a kindred spirit in Trump when the two first partnered.", nlp, published)
        is None
    )
    assert one("The company said it would later release the figures.", nlp, published) is not None


def test_speech_acts_nouns_and_the_articles_own_plan_are_not_ahead(nlp) -> None:
    """A present "I/we want to" + a verb of saying performs the act now; "will" before a
    finite verb is the noun; "we'll … below" is the article's plan. Real plans stay."""
    published = date(2023, 3, 24)
    for sentence in (
        "I just want to say thank you.",
        "We want to congratulate the team on a great season.",
        "Political will is needed to enact major reforms, Shern said.",
        "We'll touch on that more below.",
    ):
        assert one(sentence, nlp, published) is None, sentence
    for sentence in (
        "We want to build a new stadium.",  # a plan, not a speech act
        "They want to thank voters with a tax cut.",  # not the speaker's act
        "Temperatures will drop below freezing.",  # "below" with an object
        "The will of the people will be respected.",  # the modal after the noun
    ):
        assert one(sentence, nlp, published) is not None, sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span after a superlative or "first time" reaches back to now
        ("flooding could be the worst seen in over 20 years in portions of the river.", ("since", None)),
        ("Prices hit their highest level in a decade.", ("since", None)),
        ("For the first time in five years, the team will make the playoffs.", ("since", None)),
        # not after "at least", nor across "will"
        ("The observatory is expected to continue for at least the next 10 years.", ("span", "long")),
        ("The first payment will be made in two years.", ("span", "medium")),
        # "as of" with a time ahead is from that time; with a bare weekday it is the present
        (
            "Producers in France will be obliged, as of next year, to submit carbon footprint audits.",
            ("relative", "medium"),
        ),
        ("As of Friday, Trump is leading.", ("since", None)),
    ],
)
def test_spans_up_to_now_and_as_of(text: str, expected: tuple[str, str | None]) -> None:
    found = find_timexes(text, date(2023, 3, 24))
    assert [(t.kind, t.horizon) for t in found] == [expected], found


# --------------------------------------------------------------------------- rules added after the blind13 split
# Real sentences of the blind13 split (US news of spring 2020 on COVID-19).


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a count between two days is no schedule
        ("That is an increase of 1,347 cases from Thursday to Friday.", date(2020, 5, 16)),
        # a reduced past participle keeps its own date in the past
        (
            "Approved in late March, Abbott’s rapid, point-of-care molecular diagnostic test can provide results on "
            "site to patients within minutes.",
            date(2020, 5, 8),
        ),
        # a length is not a time ahead for a weak "can"
        (
            "According to the U.S. Centers for Disease Control and Prevention, the virus can incubate for up to 14 "
            "days before symptoms begin.",
            date(2020, 5, 20),
        ),
        # "would've" is "would have": a counterfactual
        ("He said that person would've been either Azar or FDA Commissioner Stephan Hahn.", date(2020, 5, 17)),
        # the normal case that is not happening
        (
            "In ordinary times, the beaches and roads along Florida’s Space Coast would be packed with hundreds of "
            "thousands of spectators.",
            date(2020, 5, 22),
        ),
    ],
)
def test_not_forward_looking_after_blind13(sentence: str, published: date, nlp) -> None:
    assert one(sentence, nlp, published) is None


def test_still_forward_looking_after_blind13(nlp) -> None:
    published = date(2020, 5, 16)
    assert one("He said the bill is “going nowhere, and is going nowhere fast.”", nlp, published) is not None
    item = one("Talks run from Monday to Friday.", nlp, published)  # a range on the verb is a schedule
    assert item is not None and item.horizon == "short"
    assert one("Scheduled for next week, the vote will decide the budget.", nlp, published).horizon == "short"
    assert one("He said the deal would be signed next month.", nlp, published) is not None


# --------------------------------------------------------------------------- a precision round over the web splits
# Real sentences of the 2020 and 2023 web splits that the analyser counted and annotators did not.


@pytest.mark.parametrize(
    "sentence",
    [
        # a decision taken, told in the past or the narrative present
        "She ultimately decides to leave.",
        "We just don't like paywalls, and so we've decided to ditch ours.",
        "Taya says they decided not to have anything to do with magic.",
        # a comparative "likely" is a tendency
        "Generally, children who have intellectual disabilities are more likely to be diagnosed with autism earlier.",
        "And while Democrats are more likely than Republicans to say these measures are important, sizable "
        "majorities in both parties still agree that they are necessary.",
        # "going to" a place
        "Josh says he is going to the ring to take care of this.",
        # what something is for
        "The purpose of the Council is to share ideas and introduce environmental solutions.",
        "The best course of action is to be personally cautious and personally responsible.",
        # an imperative after a conjunction or a fronted clause
        "And be sure to communicate with your family when you need some alone time.",
        "Then, before agreeing to buy the vehicle, take it to the mechanic to ensure no hidden problems.",
        # "could" of what was there to perceive, of a refusal, of a judgement
        "A loud chorus of screams could be heard every few minutes in the media tent set up outside the arena.",
        "Nor could House Speaker Paul Renner be reached for comment.",
        "Nothing could be less tempting than the five thick, pink tubes in the display area above the chip fryer.",
        # a date that names a thing inside a prepositional phrase, not when the verb happens
        "Statewide, the amount of snow piled up in the mountains is already 223% above the April 1 average.",
        "But in the lead-up to the April 4 Supreme Court election, local elections officials are not following the "
        "law, advocates say.",
        # a desire as a habit or inside a description
        "I always want to try to do things that make me feel scared or go the distance,” she says.",
        "Once Xie has an idea of what she wants to make, she starts to code to create the output.",
    ],
)
def test_not_forward_looking_web_precision(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2023, 3, 20)) is None


def test_still_forward_looking_web_precision(nlp) -> None:
    published = date(2023, 3, 20)
    # a choice still to make looks ahead
    assert (
        one(
            "Paula Radcliffe has been granted extra time to decide whether to compete in the World Cross-Country "
            "Championships.",
            nlp,
            published,
        )
        is not None
    )
    assert one("The union will decide tomorrow whether to strike.", nlp, published) is not None
    assert one("The Fed is likely to raise rates again.", nlp, published) is not None  # not comparative
    assert one("The goal is to finish the bridge by 2030.", nlp, published) is not None
    assert one("He is going to run for governor.", nlp, published) is not None  # an infinitive
    assert one("As more information is released, I will be sure to update you.", nlp, published) is not None
    # a wish ahead, an outcome still to come, a hedged forecast
    assert one(
        "After a role like Natalie, “I would like to play a nice, nuanced aristocrat,” she says.", nlp, published
    )
    assert one(
        "It’s great, but I’d like to see pitching staffs of the same quality as our position players.", nlp, published
    )
    assert one("However, its potential application for humans remains to be seen.", nlp, published) is not None
    item = one(
        "And so I would bet that a partially effective vaccine might happen in three years (2023), or so given the "
        "magnitude of the effort.",
        nlp,
        date(2020, 5, 10),
    )
    assert item is not None and item.horizon == "long"
    # but not a wish put to anyone, a past remain, or an opinion
    assert one("If you would like to learn more about Messier 55, visit the link below.", nlp, published) is None
    assert one("Who won remained to be seen.", nlp, published) is None
    assert one("I would say she is the best player in the league.", nlp, published) is None
    # but a perception "could" seen as a reading, or a comparative with a subject of its own, still look ahead
    assert one("The move could be seen as a sign that the bank will cut rates.", nlp, published) is not None
    assert one("Prices could be higher than expected next year.", nlp, published) is not None
    assert one("She wants to make sure the bill passes.", nlp, published) is not None  # a plain desire stays
    item = one("The April 4 election decides control of the court.", nlp, published)  # the date on the subject
    assert item is not None and item.horizon == "short"


# --------------------------------------------------------------------------- habits above the marker, counts away
# Real sentences of the web splits: a habit adverb on a verb above a future governs it; "years away" is a horizon.


@pytest.mark.parametrize(
    "sentence",
    [
        "Often, it starts with a pretty extensive mood boarding process where I’ll go and collect a bunch of images "
        "that I love that I’m inspired by.",
        "Typically, what that means is you’ll lay down some lines of code and then you’ll see what it produces, and "
        "it’ll render on your screen.",
        "Much of the topographical-style imagery hanging there has frequently been dismissed as folk art, a "
        "superficial reading that many curators would attribute to colonial prejudice.",
    ],
)
def test_habit_above_the_marker_is_no_forecast(sentence: str, nlp) -> None:
    assert one(sentence, nlp, date(2023, 3, 20)) is None


def test_habit_scope_keeps_reports_and_the_markers_own_verb(nlp) -> None:
    published = date(2023, 3, 20)
    assert one("Trump has often said he will run again.", nlp, published) is not None  # a report keeps its content
    assert one("Hospitals will still provide data, but they may do so less frequently.", nlp, published) is not None
    assert one("The experts generally praised the plan, which would cut taxes.", nlp, published) is not None


def test_a_count_away_without_a_number(nlp) -> None:
    published = date(2023, 3, 20)
    assert_item(
        "While researchers are trying to develop a vaccine targeting Candida auris, we’re years away from that "
        "potentially becoming a reality.",
        nlp,
        published,
        "long",
        "years away",
    )
    assert_item("The election is months away.", nlp, published, "medium", "months away")
    assert_item("A decision is a few weeks away.", nlp, published, "short", "a few weeks away")
    assert one("In 2019 the vaccine was years away.", nlp, published) is None  # told in the past
    assert one("He lives a few miles away.", nlp, published) is None  # a distance


# --------------------------------------------------------------------------- blind 14: world news of Dawn
# Real sentences of the Dawn split (2025-26), after its first look.


def test_a_phrase_ahead_of_now_inside_a_past_statement(nlp) -> None:
    published = date(2025, 10, 31)
    text = (
        "Wilders did not concede defeat and in a social media post called Jetten “arrogant” for not waiting for the "
        "announcement of the final result next week."
    )
    assert_item(text, nlp, published, "short", "next week")
    # it dates a thing inside the past statement: the next sentence does not inherit it
    p = parsed_of(
        text + " With around 18 per cent of the votes, the party will need three coalition partners.", nlp, published
    )
    assert [(i.horizon, i.cue) for i in find_outlook(p)] == [("short", "next week"), ("unspecified", None)]
    # but a span in a story stays the story's
    assert one("He made four of them over the next two years.", nlp, published) is None
    assert one("The casino forgot to take down the sign over the next few days.", nlp, published) is None


def test_the_coming_months_quoted_spans_and_midyear(nlp) -> None:
    published = date(2026, 4, 1)
    assert_item(
        "The coming months promise the Winter Olympics in Italy and the largest football World Cup in history.",
        nlp,
        published,
        "medium",
        "The coming months",
    )
    assert_item(
        "Speaking to reporters at the White House on Tuesday, he said US forces would likely leave Iran in “two or "
        "three weeks.”",
        nlp,
        published,
        "short",
        "in “two or three weeks",
    )
    assert_item(
        "If disruptions continue through midyear, the consequences would deepen significantly, the report said.",
        nlp,
        published,
        "short",
        "through midyear",
    )
    assert_item("Growth will slow by mid-year.", nlp, date(2026, 9, 1), "medium", "by mid-year")  # next year's


def test_unreal_place_and_a_charge_are_no_outlook(nlp) -> None:
    published = date(2026, 3, 1)
    assert (
        one(
            "If it were in the place of the sun, its surface would extend to a distance between the orbits of "
            "Jupiter and Saturn.",
            nlp,
            published,
        )
        is None
    )
    assert (
        one(
            "The suspect was charged with 25 offences, including 18 counts of shooting with intent to murder, the "
            "police said.",
            nlp,
            published,
        )
        is None
    )
    assert one("The group said its intent to sue the city remains firm.", nlp, published) is not None


def test_how_long_something_still_to_happen_takes(nlp) -> None:
    published = date(2025, 10, 6)
    assert_item("It’ll last a couple of days,” Trump told reporters.", nlp, published, "short", "last a couple of days")
    assert_item(
        "Authorities said flood levels in the capital would take at least a day to recede.",
        nlp,
        published,
        "short",
        "take at least a day",
    )
    assert_item(
        "Norris said additional animal safety studies of her team’s prototype could take another year.",
        nlp,
        published,
        "medium",
        "take another year",
    )
    # a habit, a length gone by, or "the last two years" is no horizon
    item = one("Jetten's party will lead the talks, a process which usually takes months.", nlp, published)
    assert item is not None and item.horizon == "unspecified"
    assert one("It took two years to build the bridge.", nlp, published) is None
    item = one("The winner in Dublin for the last two years will run again.", nlp, published)
    assert item is not None and item.horizon == "unspecified"


def test_on_course_and_on_the_verge(nlp) -> None:
    published = date(2023, 3, 20)
    assert_item(
        'Blinken said the State Department is "on track to break" that record in 2023.',
        nlp,
        published,
        "medium",
        "in 2023",
    )
    assert one(
        "The latest test comes as several countries and institutions are on the cusp of transition.", nlp, published
    )
    assert one(
        "Ten European countries are on the verge of, or coming close to, breaking their annual temperature record.",
        nlp,
        published,
    )
    assert one("Lagat was on course to break the record through 1200m.", nlp, published) is None  # past
    assert one("The team is on track.", nlp, published) is None  # on target, not ahead


# --------------------------------------------------------------------------- blind 15: Reuters business wire of 1987
# Real sentences of the Reuters-21578 split, after its first look.


def test_wire_horizons(nlp) -> None:
    published = date(1987, 3, 20)
    cases = [
        ("If not, the industry will have a tough 1987, he added.", "medium", "a tough 1987"),
        ("We won't see a major increase for a number of years, Hemsley said.", "long", "for a number of years"),
        (
            "The finance department said the impact of the new provisions will be cushioned over a period of five "
            "years.",
            "long",
            "over a period of five years",
        ),
        (
            "Voytko of PaineWebber sees another problem six months down the road when more than 10 mln Conrail "
            "shares will be distributed to employees.",
            "medium",
            "six months down the road",
        ),
        (
            "As a result, we cannot expect an increase in foreign exchange reserves during the year, he said.",
            "medium",
            "during the year",
        ),
        ("Fairfax said it is too early to predict results for the full year.", "medium", "for the full year"),
    ]
    for sentence, horizon, cue in cases:
        assert_item(sentence, nlp, published, horizon, cue)
    # a year before a noun, a lead over a plan, and "full-year" as an adjective decide nothing
    item = one("The company expects a record 1987 profit.", nlp, published)
    assert item is not None and item.horizon == "unspecified"
    assert one("Sales were six months ahead of plan.", nlp, published) is None
    item = one("BA expects a rise in full-year revenues.", nlp, published)
    assert item is not None and item.horizon == "unspecified"


def test_a_word_ending_like_an_excluded_article_does_not_hide_a_phrase(nlp) -> None:
    # "(?<!an )tomorrow" was blind after "Japan", "(?<!so )soon" after "also"
    assert [t.text for t in find_timexes("He leaves for Japan tomorrow.", date(1987, 4, 1))] == ["tomorrow"]
    assert [t.text for t in find_timexes("The firm will also soon launch a bank.", date(1987, 4, 1))] == ["soon"]
    assert find_timexes("They hope for a better tomorrow.", date(1987, 4, 1)) == []


def test_a_dated_journey_dates_the_trip(nlp) -> None:
    p = parsed_of(
        "Howard, who leaves for Japan tomorrow, told Reuters he will try to promote understanding on trade issues."
        "\n\nHoward said he would use his trip to push for a bigger role for Cable and Wireless."
        "\n\nDuring the trip Howard will meet officials of the Tokyo Stock Exchange.",
        nlp,
        date(1987, 4, 1),
    )
    assert [(i.horizon, i.cue) for i in find_outlook(p)] == [
        ("short", "tomorrow"),
        ("short", "his trip"),
        ("short", "the trip"),
    ]


def test_a_named_actors_hope_in_a_relative_clause(nlp) -> None:
    published = date(1987, 3, 20)
    assert one(
        "A second bid has come from the West German electronics group Siemens AG, which hopes to take a 20 pct "
        "stake in CGCT.",
        nlp,
        published,
    )
    # a kind of people described by their wish stays a description
    assert one("Women who want to work in male dominated sectors face barriers.", nlp, published) is None


# --------------------------------------------------------------------------- horizons a reader knows without a date
# Real sentences from the horizon errors of blinds 7-15.


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        # imminent
        (
            "Jaguar Plc is about to sell its new XJ-6 model on the U.S. And Japanese markets.",
            date(1987, 3, 4),
            "short",
            "about to",
        ),
        # a time of day, with or without its day
        ("Liftoff is set for 4:33 p.m. EDT.", date(2020, 5, 25), "short", "for 4:33 p.m. EDT"),
        (
            "US President Donald Trump is set to address his nation at 9pm EST on Wednesday (6:00am on Thursday "
            "in Pakistan).",
            date(2026, 4, 1),
            "short",
            "9pm EST on Wednesday",
        ),
        # a holiday after "for"
        (
            "Cuomo announced on Friday that beaches in New York will be open for Memorial Day weekend.",
            date(2020, 5, 16),
            "short",
            "for Memorial Day",
        ),
        # the term of what is foreseen
        (
            "Nevertheless Mason thinks the money center bank stocks could be poised for a short term rally.",
            date(1987, 3, 4),
            "short",
            "short term rally",
        ),
        (
            "My letters to CEOs are written with a single goal: to ensure companies are going to generate durable, "
            "long-term investment returns for our clients, Fink writes.",
            date(2023, 3, 15),
            "long",
            "long-term investment returns",
        ),
        # the season under way (sports, television)
        (
            "Ottawa Senators head coach D.J. Smith said Friday he plans to use the former UND defenseman in the "
            "NHL this season.",
            date(2023, 3, 25),
            "short",
            "this season",
        ),
        ("This season is going to be an up-and-down ride for Natalie.", date(2023, 3, 20), "short", "This season"),
        # a quoted "soon" the parser hangs on the next clause
        (
            "The company said it would resume flights of New Shepard “soon” starting with the reflight of the "
            "payload-only NS-23 mission.",
            date(2023, 3, 20),
            "short",
            "soon",
        ),
        # a bare calendar quarter: the one under way or the next
        (
            "The Ministry of International Trade and Industry will ask Japanese computer microchip makers to "
            "further slash output in the second quarter in an effort to save its semiconductor pact with the "
            "United States, MITI officials said.",
            date(1987, 3, 20),
            "short",
            "in the second quarter",
        ),
        (
            "Today, CitiCorp said its first quarter income would be reduced by 50 mln dlrs after tax if it lists "
            "the loans as non-performing status.",
            date(1987, 3, 3),
            "short",
            "first quarter",
        ),
        # the earliest a year can be; "coming months" without "the"
        (
            "Rent payments could begin as soon as 2025 and cost roughly $117 million per year once fully implemented.",
            date(2023, 3, 22),
            "medium",
            "as soon as 2025",
        ),
        (
            "Leaders in Lebanon, which hosts 1 million Syrian and Palestinian refugees and is also struggling to "
            "recover from years of economic crisis, are worried Israel will dramatically escalate its strikes in "
            "coming months.",
            date(2025, 12, 1),
            "medium",
            "in coming months",
        ),
        # the years (weeks, months) to come, however written
        (
            "We hope that he will entertain us in many years that come.",
            date(2023, 3, 17),
            "long",
            "in many years that come",
        ),
        (
            "Regulators will watch the market closely in the weeks to come, the agency said.",
            date(2023, 3, 17),
            "short",
            "in the weeks to come",
        ),
        # how long a thing still to happen needs, with an adverb before "take"
        (
            "If those go well, the next step — a safety trial in humans — would also take about a year.",
            date(2023, 3, 14),
            "medium",
            "take about a year",
        ),
        # a present perfect that runs until a date still ahead sets a deadline
        (
            "The French government has given itself until the end of April to decide which applicant will be "
            "accepted, they added.",
            date(1987, 3, 20),
            "short",
            "until the end of April",
        ),
        # "not any time soon" is not soon
        (
            "That issue is unlikely to be decided any time soon, analyst Mark Stahlman said.",
            date(1987, 4, 3),
            "unspecified",
            None,
        ),
    ],
)
def test_horizons_a_reader_knows_without_a_date(nlp, sentence, published, horizon, cue) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


def test_a_bare_quarter_over_or_far_off_is_no_time(nlp) -> None:
    # read in January, "fourth-quarter results" are last year's; a third quarter read in
    # January is half a year off, and a game's quarter may be meant: neither decides
    assert_item("Fourth-quarter results will be released next week.", nlp, date(2023, 1, 20), "short", "next week")
    text = "Sales will pick up in the third quarter, the company said."
    assert_item(text, nlp, date(2023, 1, 20), "unspecified", None)
    # "earlier this season" is the past, not this season
    text = (
        "That situation could change if he maintains his current form and repeats the world-class times he "
        "produced in the 800m and 1000m at major races in Erfurt and Stuttgart earlier this season."
    )
    assert_item(text, nlp, date(2005, 2, 10), "unspecified", None)
    # a past tense up to a month is the month gone by (only a present perfect sets a deadline)
    assert_item(
        "The company stayed in the market until January, and will stay.", nlp, date(2023, 3, 20), "unspecified", None
    )


def test_a_day_gone_by_naming_an_event_after_of(nlp) -> None:
    # read in October 2025, "Oct 7" after "the Hamas raid of" is the raid of 2023, not next October
    assert_item(
        "More than two years after the Hamas raid of Oct 7, Israel is now signalling its intention to build "
        "counter-alliances against Iran.",
        nlp,
        date(2025, 10, 20),
        "unspecified",
        None,
    )
    # a day ahead that is nearer than its last occurrence keeps its horizon
    assert_item("The summit of Dec 7 will decide it.", nlp, date(2025, 10, 20), "short", "Dec 7")


def test_a_term_or_a_clock_time_alone_does_not_look_ahead(nlp) -> None:
    published = date(2023, 3, 24)
    # a kind of goal or a time of day in a statement of fact is no outlook
    assert (
        one("On the other hand, many foreign firms were too interested in short-term success.", nlp, published) is None
    )
    assert one("The sale opened at 8am and closed at 6pm.", nlp, published) is None
    # a denied prospect gives no horizon of its own
    item = one(
        "Moore said Hansen may be able to return sooner, but there is no short-term prospect of her competing.",
        nlp,
        published,
    )
    assert item is None or item.cue != "short-term prospect"


# --------------------------------------------------------------------------- a past time inside a description
# Real sentences of blinds 13 and 15: a past time in a clause that describes a noun dates that
# thing, not what the sentence reports.


@pytest.mark.parametrize(
    ("sentence", "published", "horizon", "cue"),
    [
        (
            "He said a memorandum of understanding for exchanging information to combat financial fraud would be "
            "sought with Japan on terms similar to one signed last autumn between Britain and the United States.",
            date(1987, 4, 3),
            "unspecified",
            None,
        ),
        (
            "Earlier, Trump said the Geneva-based WHO had done a very sad job in its handling of the coronavirus, "
            "which emerged in China late last year, and he would make a decision on funding soon.",
            date(2020, 5, 19),
            "short",
            "soon",
        ),
    ],
)
def test_a_past_time_describing_a_thing_does_not_make_the_report_past(nlp, sentence, published, horizon, cue) -> None:
    assert_item(sentence, nlp, published, horizon, cue)


def test_a_past_time_of_the_report_itself_still_makes_it_past(nlp) -> None:
    # the time is the report's own: a future in the past, over
    assert one("Last autumn he said a memorandum would be sought with Japan.", nlp, date(1987, 4, 3)) is None
    # a description whose own verb looks ahead is not sealed off
    assert one("In 2013 he wrote a memo that said the plant would close.", nlp, date(2020, 5, 19)) is None


# --------------------------------------------------------------------------- an event dated later in the article


def test_an_event_dated_later_in_the_article_dates_an_earlier_mention(nlp) -> None:
    # BBC politics 005 (March 2005): the closing paragraph dates the election
    body = (
        "Mr Balls refused to say whether Mr Brown would remain as chancellor after the election, amid speculation "
        "he will be offered the job of Foreign Secretary.\n\n"
        "Prime Minister Tony Blair has yet to name the date of the election, but most pundits are betting on 5 May."
    )
    found = items_by_text(parsed_of(body, nlp, date(2005, 3, 1)))
    first = found[
        "Mr Balls refused to say whether Mr Brown would remain as chancellor after the election, amid "
        "speculation he will be offered the job of Foreign Secretary."
    ]
    assert (first.horizon, first.cue) == ("short", "the election")


# --------------------------------------------------------------------------- articles that talk to the reader
# Real paragraphs of a COVID-19 explainer of 2020 (blind 13): in a text that addresses its
# reader, a bare "may/could" tells what is generally possible.

_EXPLAINER = [
    "Being exposed to the virus does not automatically mean you will be infected.",
    "Bromage said that grocery shopping might not be as risky if you're spending a brief amount of time at "
    "the store and you're avoiding other shoppers.",
    "Public bathrooms may also pose a risk, but for slightly different reasons, said Bromage.",
    "Before you put yourself in a high-risk situation, Bromage suggests asking yourself how many people are there.",
    "If you choose to meet other people, you should also consider their level of exposure.",
    "Outdoor areas are generally safer because wind and infinite air space could dilute the viral particles.",
    "The state will reopen its beaches next week.",
]


def test_an_article_that_talks_to_its_reader_states_possibilities_not_outlook(nlp) -> None:
    found = items_by_text(parsed_of("\n\n".join(_EXPLAINER), nlp, date(2020, 5, 12)))
    assert _EXPLAINER[2] not in found and _EXPLAINER[5] not in found, found
    # a time ahead or a future still counts
    assert found[_EXPLAINER[6]].horizon == "short"
    # the same sentence in a news story that does not address its reader is a possibility ahead
    news = [_EXPLAINER[2], "Officials said the state will reopen its beaches next week.", "Crowds are expected."]
    assert _EXPLAINER[2] in items_by_text(parsed_of("\n\n".join(news), nlp, date(2020, 5, 12)))


# --------------------------------------------------------------------------- lexicon and resolver


def test_lexicon_is_data_with_thresholds_in_days() -> None:
    lx = lexicon()
    assert lx["thresholds_days"]["short"] < lx["thresholds_days"]["medium"]
    assert horizon_for(1) == "short" and horizon_for(200) == "medium" and horizon_for(2000) == "long"
    assert horizon_for(-3) is None and horizon_for(None) is None
    for group in lx["phrases"].values():
        if isinstance(group, dict):
            for horizon, items in group.items():
                assert horizon.startswith("_") or horizon in HORIZONS
                for item in items if isinstance(items, list) else ():
                    re.compile(item)


def test_timex_resolution() -> None:
    pub = date(2016, 9, 27)  # a Tuesday

    def first(text: str):  # noqa: ANN202
        found = find_timexes(text, pub)
        assert found, text
        return found[0]

    assert first("on Tuesday").days == 0
    assert first("next Monday").days == 6 and first("next Monday").future
    assert first("Nov. 8").days == 42
    assert first("in three months' time").future
    assert first("two years ago").past
    assert first("earlier this year").past
    assert first("by 2030").future and first("by 2030").horizon == "long"
    assert first("in 2014").past
    assert first("this year and next").horizon == "medium"
    assert first("the second half of next year").horizon == "medium"
    assert first("Spring 2017").horizon == "medium"
    assert first("mid-2017").horizon == "medium" and first("by year-end").horizon == "medium"
    assert first("in the 2030s").horizon == "long"
    assert first("after the midterms").horizon == "long"  # November 2018, seen from September 2016
    assert first("before Christmas").horizon == "short"
    assert first("until Inauguration Day").horizon == "medium"
    assert first("by Thanksgiving").horizon == "short"
    # ranges, spans from another event, "since", "next <month>", fiscal and split years, "the election"
    assert first("for two to three years").days == 3 * 365.25
    assert first("within 14 days of the ruling").horizon is None
    assert first("since June").kind == "since" and first("since June").horizon is None
    assert first("next March").days == 170 and first("next September").days > 330  # next year's September
    assert first("in fiscal 2017").horizon == "medium" and first("FY2020").horizon == "long"
    assert first("the 2016-17 season").horizon == "medium"
    assert first("after the election").days == 42
    assert find_timexes("after the election", date(2005, 2, 20))[0].horizon is None
    # a season gone by, "as of", "even today" (blind4 round)
    assert first("last summer").past and first("last winter").past and first("next spring").future
    assert first("as of Friday").kind == "since" and first("as of Friday").horizon is None
    assert first("which, even today, inflame").horizon is None and first("later today").horizon == "short"
    # Words that only look like dates are not.
    assert find_timexes("It may rain.", pub) == []
    assert find_timexes("They will march on.", pub) == []
    assert find_timexes("The firm has 2030 employees and paid 1999 dollars, or 2,020 euros.", pub) == []


_PIECES = list("abcdeNMTJ0123456789 ,.'-") + [
    "next ", "week", "year", "by ", "in ", "2030", "May ", "Monday", "the end of ", "this ", "ago", "long term",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
)
def test_timex_offsets_slice_the_text(text: str, published: date | None) -> None:
    for tx in find_timexes(text, published):
        assert text[tx.start : tx.end] == tx.text
        assert tx.horizon in (None, "short", "medium", "long")


def test_outlook_is_per_sentence(nlp) -> None:
    """Doubling the text doubles the items: no cross-document state beyond the paragraph."""
    body = (
        "In the short term, the bank will raise rates. Inflation fell last year.\n\n"
        "The government hopes to balance the budget by 2030."
    )
    lead = "The central bank published its annual report on Monday.\n\n"  # a unique first paragraph
    once = find_outlook(parsed_of(lead + body, nlp, date(2024, 3, 4)))
    twice = find_outlook(parsed_of(lead + body + "\n\n" + body, nlp, date(2024, 3, 4)))
    assert [(i.horizon, i.cue) for i in twice] == [(i.horizon, i.cue) for i in once] * 2


@pytest.mark.parametrize(
    ("split", "floors"),
    [
        ("test", (0.85, 0.80, 0.85)),
        ("blind3", (0.85, 0.80, 0.85)),
        ("blind4", (0.85, 0.80, 0.85)),
        # annotated from the issue's definition only; precision is below the target here
        # (docs/outlook.md), so the floor guards against regressions
        ("blind5", (0.85, 0.75, 0.85)),
        ("blind6", (0.80, 0.75, 0.80)),
        ("blind7", (0.78, 0.80, 0.80)),
        ("blind8", (0.72, 0.60, 0.80)),
        # US web news of 2023, texts in the repository (runs without shared/eval)
        ("blind9", (0.70, 0.63, 0.88)),
        ("blind10", (0.80, 0.63, 0.85)),
        ("blind11", (0.68, 0.62, 0.85)),
        ("blind12", (0.70, 0.58, 0.82)),
        # US news of spring 2020 on COVID-19 (16 outlets), texts in the repository
        ("blind13", (0.72, 0.64, 0.85)),
        # world news of Dawn, 2025-26, texts in the repository (this test matches whole sentences
        # only, so its figures sit below eval_outlook's, which also matches one inside the other)
        ("blind14", (0.70, 0.78, 0.84)),
        # Reuters business wire of 1987, texts in the repository
        ("blind15", (0.72, 0.86, 0.86)),
        # the Guardian, 2024-25, texts in the repository
        ("blind16", (0.64, 0.62, 0.84)),
        # Al Jazeera English, 2025, texts in the repository
        ("blind17", (0.72, 0.74, 0.80)),
    ],
)
def test_dev_set_held_out_figures(split: str, floors: tuple[float, float, float], nlp) -> None:
    """Recall, precision and horizon accuracy on the first held-out split and on the blind
    splits of the annotated dev set stay at their floors: the owner's targets, or what
    blind5 reaches (see docs/outlook.md; skipped without shared/eval unless the split's texts
    are in the repository)."""
    import json
    from pathlib import Path

    from .conftest import eval_path

    data = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "outlook-dev.jsonl"
    records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any(not r["path"].startswith("repo:") for r in records if r["split"] == split):
        eval_path("polnear-dev", "text")
    gold_n = found_n = matched = horizon_ok = 0
    for rec in (r for r in records if r["split"] == split):
        name = rec["path"]
        path = data.parent.parent.parent / name[5:] if name.startswith("repo:") else eval_path(*name.split("/"))
        meta = Metadata(published=date.fromisoformat(rec["published"]))
        parsed = parse(parse_text(path.read_text(encoding="utf-8"), str(path), meta=meta), nlp)
        text_of = parsed.article.sentence_text
        found = {" ".join(text_of(i.sentences[0]).split()): i.horizon for i in find_outlook(parsed)}
        gold = {" ".join(g["text"].split()): g["horizon"] for g in rec["outlook"]}
        gold_n, found_n = gold_n + len(gold), found_n + len(found)
        for text, horizon in gold.items():
            if text in found:
                matched += 1
                horizon_ok += found[text] == horizon
    recall_floor, precision_floor, horizon_floor = floors
    assert matched / gold_n >= recall_floor
    assert matched / found_n >= precision_floor
    assert horizon_ok / matched >= horizon_floor


@pytest.mark.parametrize(
    "sentence",
    [
        "I would rather he not be taking something that has not been approved by the scientists, especially in "
        "his age group, they say.",
        "It's amazing, and I said to him there's nobody's shoulders I'd rather be putting the multiverse saga on "
        "than his.",
        "There was other things I would rather do versus sitting at home with the helmet, she said.",
        "I would rather he not be taking something that has not been approved by the scientists, especially in "
        "his age group and his, shall we say weight group what is morbidly obese, they say.",
    ],
)
def test_a_preference_is_no_forecast(sentence: str, nlp) -> None:
    # "would rather": what someone prefers, not what will happen ("shall we say": a turn of speech)
    assert one(sentence, nlp, date(2023, 3, 20)) is None, sentence


def test_the_noun_can_is_no_modal(nlp) -> None:
    # in its article the tagger reads "can" in "That can of Coke" as the modal
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks/data/outlook-texts/news2023/b_047.txt"
    meta = Metadata(published=date(2023, 3, 23))
    parsed = parse(parse_text(path.read_text(encoding="utf-8"), str(path), meta=meta), nlp)
    found = {parsed.article.sentence_text(i.sentences[0]) for i in find_outlook(parsed)}
    assert "That can of Coke with a few slices of pizza on a Friday night." not in found


def test_a_present_progressive_this_weekend_or_tonight_is_a_plan(nlp) -> None:
    # read on a Friday, "this weekend" is ahead; read on the Saturday it is now
    assert_item("It is being launched this weekend.", nlp, date(2025, 9, 5), "short", "this weekend")
    assert one("It is being launched this weekend.", nlp, date(2025, 9, 6)) is None
    assert_item("The president is speaking to the nation tonight.", nlp, date(2025, 9, 5), "short", "tonight")
    # a past progressive is the past
    assert one("The film was being launched this weekend.", nlp, date(2025, 9, 5)) is None


def test_a_correction_note_is_about_the_article(nlp) -> None:
    # the Guardian's note under a story, dated after its first publication
    assert one("This article was amended on 14 October 2025.", nlp, date(2025, 10, 10)) is None


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a reported future under a past time of a few days, with no time of its own that may
        # have passed, is outlook ("Trump on Saturday announced he'd be charged Tuesday" is not)
        (
            "Earlier this week, Microsoft said it would buy anti-virus software maker Sybari Software to improve "
            "its security in its Windows and e-mail software.",
            date(2005, 2, 10),
        ),
        (
            "However, after Mark Zuckerberg announced last week that Meta would replace factcheckers with a "
            "crowdsourced system and recommend more political content, there is now new concern about the "
            "potential radicalisation risks on Facebook.",
            date(2025, 1, 12),
        ),
        # a that-clause of a noun of saying is reported content, even under a past verb
        (
            "On Tuesday, Mark Zuckerberg made the surprise announcement that the Facebook owner would move away "
            "from using third-party checkers to flag misleading content in favour of notes from other users.",
            date(2025, 1, 8),
        ),
        # "no" before a thing is no truth about anyone ("no one would …" is)
        (
            "Valerie Amos, the master of University College, Oxford, said on Friday that no disciplinary action "
            "would be taken against Abaraonye by the college he attends.",
            date(2025, 9, 13),
        ),
        # a risk still to come
        (
            "If this bill were to enter into force, if the president’s veto were overridden, the United States "
            "government, U.S. service members, U.S. diplomats, and even, potentially, U.S. companies are at risk of "
            "being hauled into court.",
            date(2016, 9, 23),
        ),
        (
            "Critics argued that the cuts disproportionately targeted lecturers and courses dedicated to addressing "
            "racial disparities in higher education, raising concerns that Black scholarship in the UK was at "
            "serious risk of being wiped out.",
            date(2025, 2, 20),
        ),
    ],
)
def test_futures_told_days_ago_under_a_noun_of_saying_and_risks_look_ahead(sentence: str, published: date, nlp) -> None:
    assert_item(sentence, nlp, published, "unspecified", None)


def test_a_risk_in_a_relative_clause_describes_its_noun(nlp) -> None:
    text = (
        "The Borderplex region is home to a large number of individuals who are at risk of developing "
        "tuberculosis due to high rates of poverty."
    )
    assert one(text, nlp, date(2023, 3, 24)) is None


# --------------------------------------------------------------------------- rules added after the blind17 split
# Real sentences of the blind17 split (Al Jazeera English, 2025), annotated from the issue's
# definition only before the analyser ran on them.


@pytest.mark.parametrize(
    ("sentence", "published", "cue"),
    [
        # a noun scheduled with a past participle and "for", under a past main verb
        (
            "I never had a very deep friendship with him, but we were always respectful towards each other,” he "
            "added while speaking before the Doha Diamond League, a World Athletics meet scheduled for Friday in "
            "Qatar.",
            date(2025, 5, 15),
            "Friday",
        ),
        (
            "Dugan’s lawyer, Steven Biskupic, entered a not guilty plea on her behalf during a brief arraignment in a "
            "federal court on Thursday, with a trial date set for July 22.",
            date(2025, 5, 15),
            "July 22",
        ),
    ],
)
def test_a_noun_scheduled_for_a_day_ahead_looks_ahead(sentence: str, published: date, cue: str, nlp) -> None:
    assert_item(sentence, nlp, published, "short", cue)


def test_a_yearless_day_scheduled_more_than_half_a_year_ahead_is_the_one_gone_by(nlp) -> None:
    assert one("The meeting, scheduled for March 3, was cancelled.", nlp, date(2025, 5, 14)) is None


def test_an_event_named_with_its_year_dates_the_sentence(nlp) -> None:
    sentence = (
        "It was announced on Monday that manager Carlo Ancelotti will leave Real Madrid for a second time, despite "
        "having a year remaining on his contract, after the Italian signed on to coach Brazil before the FIFA World "
        "Cup 2026."
    )
    assert_item(sentence, nlp, date(2025, 5, 13), "medium", "before the FIFA World Cup 2026")


# --------------------------------------------------------------------------- times of the story, not of the article


def test_the_following_year_counts_from_the_story() -> None:
    """ "the following year" is a year after the story's time: not ahead by itself."""
    (tx,) = find_timexes("The ceremony would take place the following year.", date(2023, 3, 26))
    assert (tx.text, tx.future) == ("the following year", False)
    assert tx.horizon == "medium"  # still the horizon of a clause that looks ahead


def test_a_hope_told_in_the_past_with_the_following_year_is_over(nlp) -> None:
    sentence = (
        "She was confident her Hollywood ceremony would take place the following year, telling the Free Press in "
        "2021 that her wildest dreams were coming true."
    )
    assert one(sentence, nlp, date(2023, 3, 26)) is None


def test_the_following_week_in_a_clause_that_looks_ahead_keeps_its_horizon(nlp) -> None:
    sentence = "Elsewhere, the Bank of Japan meets the following week and could raise rates for the first time."
    assert_item(sentence, nlp, date(2024, 12, 8), "short", "the following week")


def test_a_story_told_with_a_gerund_subject_is_past(nlp) -> None:
    """The parser takes the gerund subject for the root; the tensed verb under it is past."""
    sentence = "Over the next year and a half, making the work became a conversation with the drag queens."
    assert one(sentence, nlp, date(2025, 10, 8)) is None


def test_a_month_just_gone_is_not_next_years(nlp) -> None:
    sentence = "It follows two previous waves of grant cancellations in April as well as funding cuts."
    assert one(sentence, nlp, date(2025, 5, 5)) is None
    # a month named with its year, or "next", is still the one ahead
    assert_item("The museum opens next April.", nlp, date(2025, 5, 5), "medium", "next April")
    # a month more than two months gone is still the next one
    assert_item("The museum opens in February.", nlp, date(2025, 5, 5), "medium", "in February")


def test_a_day_told_in_the_past_by_its_own_clause_is_gone(nlp) -> None:
    sentence = (
        "There is no question that events like Saturday – which saw despicable levels of violence – are causing "
        "deep unease."
    )
    assert one(sentence, nlp, date(2025, 9, 16)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Today is a step forward, and we hope that others feel encouraged to share their own journeys.",
        "Technology is constantly evolving, and what works today may not work tomorrow.",
    ],
)
def test_today_in_a_present_clause_is_no_horizon(sentence: str, nlp) -> None:
    item = one(sentence, nlp, date(2025, 9, 25))
    assert item is not None and item.cue != "today" and item.cue != "Today", item


@pytest.mark.parametrize(
    "sentence",
    [
        "TWA said it would refile today, providing the information needed.",
        "Instagram is launching a new Guides feature today, with the first ones set to focus on wellness content.",
    ],
)
def test_today_under_a_marker_or_a_present_progressive_is_short(sentence: str, nlp) -> None:
    assert_item(sentence, nlp, date(2020, 11, 17), "short", "today")


@pytest.mark.parametrize(
    ("sentence", "horizon", "cue"),
    [
        (
            "Known as Dr. Pani on campus, the researcher's five-year grant will explore developing new vaccines.",
            "long",
            "the researcher's five-year grant",
        ),
        ("The project proposes phasing out one program, Title I, over a 10-year period.", "long", "a 10-year period"),
        ("The assembly will have a renewable 30-month mandate.", "long", "a renewable 30-month mandate"),
        # the length yields to any other time of the sentence
        ("He will sign a three-year deal this week.", "short", "this week"),
    ],
)
def test_the_length_of_a_thing_gives_a_horizon_when_no_other_time_does(
    sentence: str, horizon: str, cue: str, nlp
) -> None:  # noqa: E501
    assert_item(sentence, nlp, date(2025, 10, 1), horizon, cue)


def test_a_length_yields_to_a_carried_cue_and_starts_no_carry(nlp) -> None:
    body = (
        "The two sprinters will face a disciplinary hearing in mid-March. "
        "They face a maximum two-year ban if found guilty. "
        "Their coach will also attend."
    )
    found = items_by_text(parsed_of(body, nlp, date(2005, 2, 23)))
    assert found["They face a maximum two-year ban if found guilty."].horizon == "short"
    body = "The assembly will have a renewable 30-month mandate. Its members will be chosen by committees."
    found = items_by_text(parsed_of(body, nlp, date(2025, 10, 1)))
    assert found["Its members will be chosen by committees."].horizon == "unspecified"


def test_a_span_for_another_n_years() -> None:
    (tx,) = find_timexes("It will run the course for another two years.", date(2024, 10, 13))
    assert (tx.text, tx.horizon) == ("for another two years", "medium")


def test_a_year_before_a_noun_yields_to_the_time_of_the_sentence(nlp) -> None:
    """ "his 2024 presidential campaign" names a thing: the day of the sentence decides."""
    sentence = (
        "A defiant Donald Trump is hoping to put on a show of force Saturday as he holds the first rally of his "
        "2024 presidential campaign in Waco."
    )
    assert_item(sentence, nlp, date(2023, 3, 24), "short", "Saturday")
    # alone, the year still gives its horizon
    assert_item("He will hold the first rally of his 2024 campaign.", nlp, date(2023, 3, 24), "medium", "his 2024")


def test_a_time_the_parser_hangs_on_a_past_verb_beyond_a_forward_clause_keeps_its_time(nlp) -> None:
    """The parser hangs "this weekend" on "banned"; the clause just before it, "due to open",
    is where it belongs."""
    sentence = (
        "Uganda's authorities have banned the play The Vagina Monologues, due to open in the capital, Kampala "
        "this weekend."
    )
    assert_item(sentence, nlp, date(2005, 2, 16), "short", "this weekend")
    # with no forward clause between, the time stays with the past verb
    past = "Uganda's authorities banned the play in the capital, Kampala this weekend."
    assert one(past, nlp, date(2005, 2, 16)) is None


def test_a_time_inside_a_quotation_is_not_the_time_of_the_reporting_verb(nlp) -> None:
    """The parser hangs the quoted "for several decades" on "told" outside the quotation."""
    sentence = (
        "“I don’t foresee a rapid build-up of additional scientific capability that could match what the US now "
        "has … for several decades,” Michael Oppenheimer, a professor at Princeton University, recently told Reuters."
    )
    assert_item(sentence, nlp, date(2025, 5, 5), "long", "for several decades")


def test_a_time_after_coordinated_verbs_belongs_to_the_forward_one(nlp) -> None:
    """ "this month" hangs on "have already fallen", coordinated with "will fall": both."""
    sentence = (
        "We expect that around four million more people in the region will fall, or have already fallen, below the "
        "poverty line this month as a result of the hostilities."
    )
    assert_item(sentence, nlp, date(2026, 4, 1), "short", "this month")
    # a coordinated simple past keeps its own time
    sentence = "Tesla is also planning to expand production, and it submitted its application earlier in March."
    assert_item(sentence, nlp, date(2023, 3, 25), "unspecified", None)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "A WHO spokeswoman in Geneva said on Tuesday the agency had no immediate comment on Trump’s letter but "
            "expected to have “more clarity” and a reaction to it later in the day.",
            "later in the day",
        ),
        ("The ministry will publish its decision by the end of the day.", "by the end of the day"),
    ],
)
def test_later_in_the_day_and_the_end_of_the_day_are_short(sentence: str, cue: str, nlp) -> None:
    assert_item(sentence, nlp, date(2020, 5, 19), "short", cue)


def test_later_in_the_day_in_a_past_story_is_no_time_ahead(nlp) -> None:
    assert one("The minister returned to Geneva later in the day.", nlp, date(2020, 5, 19)) is None


def test_end_of_year_without_the() -> None:
    (tx,) = find_timexes("They expect a deal by end of year.", date(2020, 5, 20))
    assert (tx.text, tx.horizon) == ("by end of year", "medium")


def test_a_month_just_gone_is_no_time_to_the_resolver() -> None:
    (tx,) = find_timexes("It follows cancellations in April.", date(2025, 5, 5))
    assert (tx.text, tx.kind, tx.horizon, tx.future) == ("in April", "since", None, False)
