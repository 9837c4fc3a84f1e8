"""Time expressions in a sentence, resolved against the publication date.

A focused resolver (regular expressions built from `data/outlook.json`), not dateparser:
it only needs to know *how far ahead* an expression points, it runs on every sentence
of long documents, and it must be linear and fast. Each expression becomes a `Timex`
with the number of days between the publication date and the time it points to
(negative: in the past) and the horizon those days fall in.

Periods ("next year", "in 2031", "this month") point to the middle of the part of the
period that is still to come, so "this year" is short term in October and medium term in
February; "by the end of …" points to the end. Without a publication date, relative
expressions are resolved against a nominal 1 January and absolute years and dates are
left unresolved (they neither trigger nor decide a horizon).
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal

Horizon = Literal["short", "medium", "long", "unspecified"]

#: Stand-in publication date when the article has none: relative expressions still
#: resolve ("next week" is short wherever you stand), absolute ones do not.
NOMINAL_DATE = date(2001, 1, 1)


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in a sentence (offsets relative to the sentence text)."""

    start: int
    end: int
    text: str
    #: Days from the publication date to the time pointed at (None: not resolvable).
    days: float | None
    #: The horizon it decides (None: no horizon, e.g. a past date or "in the future").
    horizon: Horizon | None
    #: The expression alone makes a sentence forward-looking ("next week", "by 2030").
    future: bool
    #: What kind of expression it is: phrase, relative, span, date, year, weekday, event.
    kind: str

    @property
    def past(self) -> bool:
        return self.days is not None and self.days < 0


@cache
def lexicon() -> dict[str, Any]:
    """The outlook lexicon (phrases, thresholds, calendar words), loaded once."""
    text = resources.files("tui.analysis").joinpath("data/outlook.json").read_text("utf-8")
    return json.loads(text)


def horizon_for(days: float | None) -> Horizon | None:
    """The horizon a distance in days falls in, by the thresholds in the lexicon."""
    if days is None or days < 0:
        return None
    t = lexicon()["thresholds_days"]
    if days <= t["short"]:
        return "short"
    if days <= t["medium"]:
        return "medium"
    return "long"


# --------------------------------------------------------------------------- patterns


#: After a length: counted from now ("six months down the road", "two years away").
_FROM_NOW = r"from now|hence|away|down the (?:road|line)|ahead(?!\s+of)"
#: Words after which "take" and "last" are verbs of time still to run ("It'll last a couple of
#: days", "could take another year"; not a habit, "a process which usually takes months").
_LAST_AFTER_WORDS = ("'ll", "’ll", "will", "would", "could", "may", "might", "to")


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class _Rules:
    #: All fixed phrases in one pattern; group gN ↔ classes[N] = (horizon, future).
    phrases: re.Pattern[str]
    classes: list[tuple[Horizon | None, bool]]
    #: Computed expressions, each with the gate word class it needs (checked first: cheap).
    computed: list[tuple[re.Pattern[str], str, str]]
    gate: list[tuple[str, re.Pattern[str]]]
    #: All events in one pattern; group eN ↔ specs[N].
    events: re.Pattern[str]
    specs: list[str]
    #: Words that end right before an expression and make it no time ahead ("as of Friday"),
    #: and those that do so before "today" ("even today").
    no_time: re.Pattern[str]
    no_time_today: re.Pattern[str]


@cache
def _rules() -> _Rules:
    lx = lexicon()
    # "would also take about a year": a modal, maybe an adverb, then "take" / "last"
    last_after = "|".join(
        f"(?<={w}{adverb} )" for w in _LAST_AFTER_WORDS for adverb in ("", *(f" {a}" for a in lx["duration_adverbs"]))
    )
    classes: list[tuple[Horizon | None, bool]] = []
    groups: list[str] = []
    for group, future in (("future", True), ("cue", False)):
        for horizon, items in lx["phrases"][group].items():
            if horizon.startswith("_") or not items:
                continue
            h: Horizon | None = None if horizon == "unspecified" else horizon  # type: ignore[assignment]
            items = [i.replace("{time_of_day}", lx["time_of_day"]) for i in items]
            groups.append(f"(?P<g{len(classes)}>{'|'.join(sorted(items, key=len, reverse=True))})")
            classes.append((h, future))
    phrases = re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])", re.I)

    months = _alt(k for k in lx["months"])
    days = _alt(lx["weekdays"])
    seasons = _alt(k for k in lx["seasons"] if not k.startswith("_"))
    units = _alt(k for k in lx["units_days"] if not k.startswith("_"))
    num = rf"(?P<num>\d+(?:\.\d+)?|{_alt(lx['numbers'])})"
    # "four to six weeks", "two or three years", "10-15 years": the far end decides
    num_range = rf"{num}(?:\s*(?:-|–|to|or|and)\s*(?P<num2>\d+(?:\.\d+)?|{_alt(lx['numbers'])}))?"
    about = r"(?:(?:up to|about|around|some|at least|more than|less than|roughly|nearly|almost)\s+)?"
    year = r"(?P<year>(?:19|20|21)\d\d)(?!\d|,\d|\.\d|\s*(?:%|per\s?cent|bn|m\b|million|billion))"
    mon = rf"(?P<mon>{months})(?:\.(?=\s*\d))?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    rel = r"(?P<rel>this|next|the coming|the following|last|the current)"
    prep = {k: f"(?P<prep>{_alt(v)})" for k, v in lx["prepositions"].items() if not k.startswith("_")}
    lead = rf"(?:(?:{_alt(lx['prepositions']['edge'])})\s+)?"
    dow = rf"(?:(?:on\s+)?(?:{days}),?\s+)?"
    period = rf"(?P<unit>week|weekend|month|quarter|year|decade|century|{seasons}|{days})"
    computed = [
        # over the next 10 years · within two years · in three months' time · 10 years from now
        # (not "within 14 days of the order": a span from another event, not from now)
        (
            rf"{prep['span']}\s+[“\"‘]?(?:the\s+|a\s+period\s+of\s+|(?P<another>another|a\s+further)\s+)?"
            rf"(?P<next>next|coming|following|upcoming)?\s*{about}{num_range}\s+"
            rf"(?P<unit>{units})s?(?P<time>'?s? time)?(?P<anchor>\s+(?:of|after)(?!\s+(?:now|today)\b))?",
            "span",
        ),
        (rf"(?:the\s+)?(?P<next>next|coming)\s+{num}\s+(?P<unit>{units})s?", "span"),
        # a five-year grant · a renewable 30-month mandate · over a 10-year period: how long a
        # thing named runs (a horizon only when the sentence names no other time)
        (
            rf"(?:(?:a|an|the|its|their|his|her|our)\s+(?:[a-z]+(?:['’]s)?\s+)?)"
            rf"{num_range}[- ](?P<unit>{units})(?:-long)?\s+"
            rf"(?:{_alt(lx['length_nouns']['words'])})s?(?![\w-])",
            "length",
        ),
        (rf"{num}\s+(?P<unit>{units})s?\s+(?P<time>{_FROM_NOW})", "span"),
        # will take about a year · would also take at least a day · it'll last a couple of days · could take months:
        # how long something still to happen needs (a horizon only, never ahead by itself)
        (
            rf"(?=take\s|last\s)(?:{last_after})(?:take|last)\s+"
            rf"(?:(?:at least|about|around|up to|only|just|roughly|nearly|more than|less than)\s+)?"
            rf"(?:(?P<another>another|a further)\s+)?(?:{num_range}\s+)?(?P<unit>{units})s?(?![\w-])",
            "span",
        ),
        # years away · a few months away · decades from now: a count without a number is taken as four
        (
            rf"(?P<few>(?:a\s+)?(?:few|several|many)\s+)?(?P<unit>{units})s\s+(?P<time>{_FROM_NOW})",
            "span",
        ),
        # three years ago · earlier this month: anchors in the past
        (rf"(?:{num}\s+(?P<unit>{units})s?|(?:a\s+)?(?:few|several|many)\s+(?P<u2>{units})s?)\s+ago", "ago"),
        (r"earlier\s+(?:this\s+(?:week|month|year|decade|season)|today|in\s+the\s+(?:week|month|year|day))", "ago"),
        # the third quarter of next year · the second half of 2025 · Q3 2025
        (
            rf"{lead}(?:the\s+)?(?P<part>first|second|third|fourth|final|last)\s+(?P<pu>quarter|half)\s+of\s+"
            rf"(?:(?P<rel>this|next) year|{year})",
            "part",
        ),
        (rf"(?P<q>q[1-4]|h[12])\s+{year}", "part"),
        # the second quarter · first-quarter income: a quarter of the calendar year, named bare
        (rf"{lead}(?:the\s+)?(?P<part>first|second|third|fourth)[- ]quarter(?![\w-])", "quarter"),
        # by the end of next year · the start of 2026 · early next year · mid-2025 · late this month
        (
            rf"{lead}(?:the\s+)?(?P<edge>end|close|beginning|start|middle|turn)\s+of\s+"
            rf"(?:(?P<rel>this|next|the|the current|the coming)\s+(?P<unit>week|month|quarter|year|decade|century)"
            rf"|{year}|{mon})",
            "edge",
        ),
        (
            rf"(?P<edge>early|late|mid|end)[- ](?:(?P<rel>this|next)\s+(?P<unit>week|month|year|decade)|{year}|{mon})",
            "edge",
        ),
        (rf"{lead}(?:year[- ]end|(?:the\s+)?end\s+of\s+(?:the\s+)?year|year's end)", "yearend"),
        # midyear · mid-year: the middle of this year (of the next once it has passed)
        (rf"{lead}(?P<edge>mid)-?(?P<unit>year)(?![\w-])", "edge"),
        # this year and next · this month and next
        (r"this\s+(?P<unit>week|month|quarter|year)\s+and\s+(?P<rel>next)", "relative"),
        # next week · this month · later this year · next summer · next Monday
        (rf"(?P<later>later\s+)?{rel}\s+{period}", "relative"),
        # Spring 2005 · summer of 2026 · this spring
        (rf"(?:the\s+)?(?P<season>{seasons})\s+(?:of\s+)?{year}", "season"),
        (rf"{prep['season']}\s+(?:the\s+)?(?P<season>{seasons})", "season"),
        # December 22, 2024 · Dec. 22 · 22 December · March 2005 · March of next year · in June
        # (a range of days counts from its first: "on 5-6 March", "March 5-6")
        (rf"{dow}{mon}\s+{day}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+{year})?(?!\d)", "date"),
        (rf"{dow}{day}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{mon}(?:,?\s+{year})?", "date"),
        (rf"{mon},?\s+(?:of\s+)?(?:{year}|(?P<rel>this|next) year)", "month"),
        (rf"{prep['month']}[- ]{mon}(?![\w-])(?!\.?\s*\d)", "month"),
        # fiscal 2025 · fiscal year 2026 · FY2025 · FY25: the year that ends in mid-2025
        (
            rf"(?:{prep['year']}\s+)?(?:fiscal(?:\s+year)?\s+|fy\s?)(?P<fy>(?:19|20|21)\d\d|'?\d\d)(?!\d)",
            "fiscal",
        ),
        # the 2025-26 season · in 2025/26: a year from mid-2025 to mid-2026
        (rf"{prep['year']}\s+(?P<year>(?:19|20|21)\d\d)[-/–](?P<yy>\d\d)(?!\d)", "split"),
        # 2030 after a preposition or determiner · the 2020s · 2025's
        (rf"{prep['year']}\s+{year}(?P<decade>s)?", "year"),
        (rf"(?P<y2>{year})(?:'s|’s)", "year"),
        # before the FIFA World Cup 2026 · ahead of the Paris Olympics 2024: an event named with its year
        (
            rf"(?P<prep>{_alt(lx['events']['prepositions'])})\s+the\s+(?-i:(?:[A-Z][\w'’.&-]*\s+){{1,5}}){year}(?![\w-])",
            "year",
        ),
        # a tough 1987 · a better 2024: the year as what it will be like
        (rf"(?P<prep>a|an)\s+(?:[a-z]+\s+){{1,2}}{year}(?!\s+[a-z])", "year"),
        # on Monday · Tuesday's debate · next Friday (weekday alone)
        # (not "the Sunday Telegraph": a capitalised word after the weekday makes it a name)
        (
            rf"{prep['weekday']}?\s*(?:(?:midday|noon|midnight|lunchtime|dawn|{lx['time_of_day']})\s+(?:on\s+)?)?(?P<wd>{days})(?:'s|’s)?"
            rf"(?:\s+(?:morning|afternoon|evening|night))?(?!\s+(?!(?:{months})\b)(?-i:[A-Z]))",
            "weekday",
        ),
    ]
    gates = {
        "unit": rf"(?:{units})s?",
        "ago": r"ago|earlier",
        "part": r"quarter|half|q[1-4]|h[12]",
        "edge": r"end|close|beginning|start|middle|turn|early|late|mid|midyear",
        "rel": r"this|next|last|coming|following|current|later",
        "season": seasons,
        "month": months,
        "year": r"(?:19|20|21)\d\ds?(?!\s*[*x×]\s*\d)",
        "weekday": days,
        "fiscal": r"fiscal|fy\s?'?\d\d(?:\d\d)?",
    }
    gate_of = {
        "span": "unit", "length": "unit", "ago": "ago", "part": "part", "quarter": "part", "edge": "edge",
        "yearend": "unit", "relative": "rel",
        "season": "season", "date": "month", "month": "month", "year": "year", "weekday": "weekday",
        "fiscal": "fiscal", "split": "year",
    }  # fmt: skip
    gate = [(k, re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.I)) for k, v in gates.items()]
    specs: list[str] = []
    alternatives: list[str] = []
    for group, tag in (("fixed", "fixed:"), ("rule", "rule:")):
        for pattern, spec in lx["events"][group].items():
            alternatives.append(f"(?P<e{len(specs)}>{pattern})")
            specs.append(tag + spec)
    preps = "|".join(lx["events"]["prepositions"])
    events = re.compile(rf"(?<![\w-])(?:{preps})\s+(?:the\s+)?(?:{'|'.join(alternatives)})(?![\w-])", re.I)
    return _Rules(
        phrases,
        classes,
        [(re.compile(rf"(?<![\w-]){p}(?![\w-])", re.I), kind, gate_of[kind]) for p, kind in computed],
        gate,
        events,
        specs,
        re.compile(rf"(?<![\w-])(?:{_alt(lx['prepositions']['no_time'])}),?\s+$", re.I),
        re.compile(rf"(?<![\w-])(?:{_alt(lx['prepositions']['no_time_today'])}),?\s+$", re.I),
    )


# --------------------------------------------------------------------------- calendar


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def _month_end(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _period_days(start: date, end: date, ref: date) -> float:
    """Days from `ref` to the middle of what is left of [start, end] (negative if over)."""
    if end < ref:
        return (end - ref).days
    lo = max(start, ref)
    return (lo - ref).days + (end - lo).days / 2


def _next_month_date(month: int, day: int, ref: date) -> date:
    """The next `month`/`day` on or after ref (a week's grace for reports of the day)."""
    y = ref.year
    try:
        d = date(y, month, day)
    except ValueError:
        d = date(y, month, min(day, monthrange(y, month)[1]))
    if d < ref - timedelta(days=7):
        d = date(y + 1, month, min(day, monthrange(y + 1, month)[1]))
    return d


def _nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) `weekday` of month m."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(y, m)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _us_election(y: int) -> date:
    # The Tuesday after the first Monday in November.
    return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)


def _easter(y: int) -> date:
    # Anonymous Gregorian algorithm.
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


_RULES: dict[str, Callable[[int], date | None]] = {
    "us_election": lambda y: _us_election(y) if y % 4 == 0 else None,
    "us_midterm": lambda y: _us_election(y) if y % 4 == 2 else None,
    "us_inauguration": lambda y: date(y, 1, 20) if y % 4 == 1 else None,
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter": _easter,
    "labor_day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial_day": lambda y: _nth_weekday(y, 5, 0, -1),
    # "the election" without more: a US federal election day (presidential or midterm)
    "us_election_near": lambda y: _us_election(y) if y % 2 == 0 else None,
}


def _next_event(rule: str, ref: date) -> date | None:
    fn = _RULES[rule]
    for y in range(ref.year, ref.year + 5):
        d = fn(y)
        if d is not None and d >= ref - timedelta(days=1):
            return d
    return None


# --------------------------------------------------------------------------- resolution


def _number(text: str) -> float | None:
    text = text.lower().strip()
    try:
        return float(text)
    except ValueError:
        return lexicon()["numbers"].get(text)


#: "the second quarter", "the final quarter": which quarter (or half) of the year.
_PART_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _resolve(kind: str, g: dict[str, str | None], ref: date, known: bool) -> tuple[float | None, bool]:
    """(days from ref, inherently future) for a computed expression."""
    lx = lexicon()
    rel = (g.get("rel") or "").lower()
    year = int(g["year"]) if g.get("year") else None
    if year is not None and not known:
        return None, False
    if kind == "length":
        n = _number(g.get("num2") or g.get("num") or "")
        return (None if n is None else n * lx["units_days"][g["unit"].lower()]), False
    if kind == "span":
        if g.get("anchor"):
            return None, False  # "within 14 days of the order": counted from another event
        n = _number(g.get("num") or "") if g.get("num") else 4.0  # "years away": more than a couple
        if g.get("num2"):
            n = max(n or 0, _number(g["num2"]) or 0) or None
        if n is None:
            return None, False
        if g.get("another") and not g.get("num"):
            n = 1.0  # "could take another year"
        days = n * lx["units_days"][g["unit"].lower()]
        future = bool(g.get("next") or g.get("time") or (g.get("prep") or "").lower() == "within")
        if (g.get("prep") or "").lower() in ("for", "over", "during") and not g.get("next"):
            # "over 10 years", "for two years": a duration that starts now.
            future = False
        return days, future
    if kind == "ago":
        n = _number(g.get("num") or "") or 1
        unit = (g.get("unit") or g.get("u2") or "day").lower()
        return -max(1.0, n * lx["units_days"][unit]), False
    if kind == "part":
        if g.get("q"):
            q = g["q"].lower()
            idx, size = int(q[1]), (3 if q[0] == "q" else 6)
        else:
            idx = _PART_INDEX[g["part"].lower()]
            size = 3 if g["pu"].lower() == "quarter" else 6
            if size == 6:
                idx = min(idx, 2)
        y = year if year is not None else ref.year + (1 if rel == "next" else 0)
        start = date(y, (idx - 1) * size + 1, 1)
        end = _month_end(y, idx * size)
        return _period_days(start, end, ref), rel == "next" or (year is not None and start > ref)
    if kind == "quarter":
        # Bare, it can only be placed when it is the quarter under way or the next one ("will
        # slash output in the second quarter", in March). One already over, or further off,
        # may be last year's results or a game's quarter: no time at all.
        idx = _PART_INDEX[g["part"].lower()]
        start, end = date(ref.year, idx * 3 - 2, 1), _month_end(ref.year, idx * 3)
        if not known or end < ref or (start - ref).days > lx["thresholds_days"]["short"]:
            return None, False
        return _period_days(start, end, ref), False
    if kind == "yearend":
        return (date(ref.year, 12, 31) - ref).days, False
    if kind == "edge":
        edge = g["edge"].lower()
        unit = (g.get("unit") or "").lower()
        if unit:
            start, end = _unit_period(unit, rel, ref)
        elif year is not None:
            start, end = date(year, 1, 1), date(year, 12, 31)
        else:
            m = lx["months"][g["mon"].lower()]
            d0 = _next_month_date(m, 1, ref)
            if m == ref.month:
                d0 = date(ref.year, m, 1)  # "by the end of March", written in March: this March
            start, end = d0, _month_end(d0.year, m)
        point = _edge_point(edge, start, end)
        if unit == "year" and not rel and point < ref:
            start, end = _unit_period(unit, "next", ref)  # "by midyear", written in the autumn: next year's
            point = _edge_point(edge, start, end)
        if not unit and year is None and point < ref and start.year == ref.year:
            # "at the start of March", written late in March: the next March
            start, end = date(ref.year + 1, start.month, 1), _month_end(ref.year + 1, start.month)
            point = _edge_point(edge, start, end)
        days = (point - ref).days
        return days, days > 0 and (rel == "next" or year is not None or (unit == "year" and not rel))
    if kind == "relative":
        unit = g["unit"].lower()
        if unit in lx["weekdays"]:
            wd = lx["weekdays"][unit]
            delta = (wd - ref.weekday()) % 7
            if rel == "next":
                delta = delta or 7
            elif rel == "last":
                delta -= 7
            return delta, rel == "next"
        if unit in lx["seasons"]:
            if rel == "last":
                return _last_season(unit, ref), False  # "last summer": the one gone by
            start, end = _season(unit, ref, nxt=rel == "next")
            return _period_days(start, end, ref), rel == "next"
        if rel == "last":
            return -1, False
        if unit == "weekend":
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7 + (7 if rel == "next" else 0))
            return (sat - ref).days, rel == "next" or bool(g.get("later"))
        start, end = _unit_period(unit, rel, ref)
        # "the following year" counts from the story's time, not the article's: it is ahead
        # only where its clause looks ahead ("meets the following week and could raise rates").
        future = rel in ("next", "the coming") or bool(g.get("later"))
        return _period_days(start, end, ref), future
    if kind == "season":
        s = g["season"].lower()
        if year is not None:
            first, last = lx["seasons"][s]
            start = date(year, first, 1)
            end = _month_end(year + (1 if last < first else 0), last)
            return _period_days(start, end, ref), start > ref
        if (g.get("prep") or "").lower() == "since":
            return -1, False  # "since the summer"
        start, end = _season(s, ref, nxt=(g.get("prep") or "").lower() == "next")
        return _period_days(start, end, ref), False
    if kind == "date":
        m = lx["months"][g["mon"].lower()]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, False
        if year is not None:
            try:
                d = date(year, m, day)
            except ValueError:
                return None, False
            return (d - ref).days, d > ref
        if not known:
            return None, False
        return (_next_month_date(m, day, ref) - ref).days, False
    if kind == "month":
        m = lx["months"][g["mon"].lower()]
        prep = (g.get("prep") or "").lower()
        if year is not None:
            start = date(year, m, 1)
            return _period_days(start, _month_end(year, m), ref), start > ref
        if rel == "next":
            y = ref.year + 1
            return _period_days(date(y, m, 1), _month_end(y, m), ref), True
        if rel == "this":
            y = ref.year
            return _period_days(date(y, m, 1), _month_end(y, m), ref), False
        if prep == "last":
            return -1, False
        if prep == "since":  # "since June": the last June (or this month)
            y = ref.year if m <= ref.month else ref.year - 1
            return min(-1, (date(y, m, 1) - ref).days), False
        if prep == "next":  # "next March": March of next year
            y = ref.year + 1
            return _period_days(date(y, m, 1), _month_end(y, m), ref), True
        if not known:
            return None, False
        y = ref.year if (ref.month <= m) else ref.year + 1
        return _period_days(date(y, m, 1), _month_end(y, m), ref), False
    if kind == "fiscal":
        if not known:
            return None, False
        fy = g["fy"].lstrip("'")
        n = int(fy) if len(fy) == 4 else 2000 + int(fy)
        start, end = date(n - 1, 7, 1), date(n, 6, 30)  # conventions differ by a few months; mid-year is the middle
        return _period_days(start, end, ref), start > ref
    if kind == "split":
        if year is None or not known or (year + 1) % 100 != int(g["yy"]):
            return None, False
        start, end = date(year, 7, 1), date(year + 1, 6, 30)
        return _period_days(start, end, ref), start > ref
    if kind == "year":
        if year is None:
            year = int(g["y2"]) if g.get("y2") else None
        if year is None or not known:
            return None, False
        prep = (g.get("prep") or "").lower()
        if g.get("decade"):
            start, end = date(year, 1, 1), date(year + 9, 12, 31)
        elif prep in ("before", "as soon as", "as early as", "sooner than", "earlier than"):
            # the earliest it can be: "could begin as soon as 2025" is the start of 2025
            return (date(year, 1, 1) - ref).days, year > ref.year
        elif prep == "after":
            return (date(year + 1, 1, 1) - ref).days, year >= ref.year
        else:
            start, end = date(year, 1, 1), date(year, 12, 31)
        return _period_days(start, end, ref), year > ref.year
    if kind == "weekday":
        wd = lx["weekdays"][g["wd"].lower()]
        prep = (g.get("prep") or "").lower()
        delta = (wd - ref.weekday()) % 7
        if prep == "next":
            return (delta or 7), True
        if prep in ("last", "since"):
            return delta - 7 if delta else -7, False
        return delta, prep in ("by", "until", "before")  # a deadline lies ahead
    return None, False


def _unit_period(unit: str, rel: str, ref: date) -> tuple[date, date]:
    """The week/month/quarter/year/decade called `rel` ("this", "next") around ref."""
    step = 1 if rel in ("next", "the following", "the coming") else 0
    if unit == "week":
        start = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return start, start + timedelta(days=6)
    if unit == "month":
        first = _add_months(date(ref.year, ref.month, 1), step)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        q0 = (ref.month - 1) // 3
        first = _add_months(date(ref.year, q0 * 3 + 1, 1), 3 * step)
        last = _add_months(first, 2)
        return first, _month_end(last.year, last.month)
    if unit == "year":
        y = ref.year + step
        return date(y, 1, 1), date(y, 12, 31)
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * step
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = ref.year // 100 * 100 + 100 * step
    return date(y, 1, 1), date(y + 99, 12, 31)


def _edge_point(edge: str, start: date, end: date) -> date:
    """The day an edge of a period points to: its end, its start, early, late or mid."""
    span = (end - start).days
    if edge in ("end", "close", "late"):
        return end if edge != "late" else start + timedelta(days=span * 5 // 6)
    if edge in ("beginning", "start", "early", "turn"):
        return start + timedelta(days=span // 6) if edge == "early" else start
    return start + timedelta(days=span // 2)


def _season(name: str, ref: date, *, nxt: bool) -> tuple[date, date]:
    first, last = lexicon()["seasons"][name]
    y = ref.year
    for _ in range(3):
        start = date(y, first, 1)
        end = _month_end(y + (1 if last < first else 0), last)
        if end >= ref and not (nxt and start <= ref):
            return start, end
        y += 1
    return start, end


def _last_season(name: str, ref: date) -> float:
    """Days from ref back to the middle of the last season `name` that is over (negative)."""
    first, last = lexicon()["seasons"][name]
    for y in range(ref.year, ref.year - 3, -1):
        start = date(y, first, 1)
        end = _month_end(y + (1 if last < first else 0), last)
        if end < ref:
            return min(-1.0, (start - ref).days + (end - start).days / 2)
    return -1.0


def _event(spec: str, ref: date, known: bool) -> float | None:
    if not known:
        return None
    if spec.startswith("fixed:"):
        m, d = (int(x) for x in spec[6:].split("-"))
        return (_next_month_date(m, d, ref + timedelta(days=7)) - ref).days
    rule = spec[5:]
    when = _next_event(rule, ref)
    if when is None:
        return None
    days = (when - ref).days
    if rule == "us_election_near" and days > lexicon()["events"]["near_days"]:
        return None  # "after the election" far from a US campaign: some other election
    return days


_OF_NOT_YEAR = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:this|next|last|19\d\d|20\d\d|21\d\d|'\d\d)\b)", re.I)


_SINCE = re.compile(r"\bsince\s+$", re.I)
#: What names the year of a month ("next March", "March 2026", "this coming April").
_NAMED_YEAR = re.compile(r"\d|\b(?:next|this|coming)\b", re.I)
_ELAPSED = re.compile(r"\s+(?:in|of|on|at|as|with|without|under|behind)\b", re.I)


def find_timexes(text: str, published: date | None) -> list[Timex]:
    """Time expressions in `text`, left to right, without overlaps (longest wins)."""
    rules = _rules()
    known = published is not None
    ref = published or NOMINAL_DATE
    found: list[Timex] = []

    def add(m: re.Match[str], days: float | None, horizon: Horizon | None, future: bool, kind: str) -> None:
        found.append(Timex(m.start(), m.end(), m.group(0), days, horizon, future, kind))

    for m in rules.phrases.finditer(text):
        horizon, future = rules.classes[int(m.lastgroup[1:])]  # type: ignore[index]
        add(m, None, horizon, future, "phrase")
    gone = lexicon()["thresholds_days"]["month_gone"]
    present = {k for k, g in rules.gate if g.search(text)}
    for pattern, kind, needs in rules.computed:
        if needs not in present:
            continue
        for m in pattern.finditer(text):
            if kind in ("weekday",) and not m.group("wd")[:1].isupper():
                continue
            if kind in ("date", "month", "edge") and m.groupdict().get("mon") and not m.group("mon")[:1].isupper():
                continue  # "may", "march" as verbs
            if kind == "span" and m.group(0)[:5].lower() == "after" and _ELAPSED.match(text, m.end()):
                add(m, None, None, False, "since")  # "After seven years in space", "after two years of talks"
                continue
            if kind == "season" and _OF_NOT_YEAR.match(text, m.end()):
                continue  # "after the fall of Roe v. Wade", "the winter of discontent": not a season ahead
            if (m.groupdict().get("prep") or "").lower() == "since" or _SINCE.search(text, 0, m.start()):
                # "since June", "for the first time since January": a span up to now, not a time
                add(m, None, None, False, "since")
                continue
            days, future = _resolve(kind, m.groupdict(), ref, known)
            if kind == "month" and days is not None and days > gone and not _NAMED_YEAR.search(m.group(0)):
                # "It follows two previous waves of grant cancellations in April", read in May:
                # the month just gone by, not next year's
                add(m, None, None, False, "since")
                continue
            if kind == "weekday" and m.group(0).lower().endswith(("'s", "’s")):
                kind = "weekday's"  # "Monday's debate": names an event, does not schedule the clause
            if days is None and kind in ("date", "month", "year", "fiscal", "split"):
                # Unresolvable without a publication date: keep it as a (past-or-future) date.
                add(m, None, None, False, kind)
                continue
            add(m, days, horizon_for(days), future and (days is None or days >= 0), kind)
    for m in rules.events.finditer(text):
        if m.group(0)[:5].lower() == "since":
            add(m, None, None, False, "since")  # "since Christmas": a span up to now
            continue
        days = _event(rules.specs[int(m.lastgroup[1:])], ref, known)  # type: ignore[index]
        add(m, days, horizon_for(days), False, "event")
    return [_no_time(t, text, rules) for t in _without_overlaps(found)]


def _no_time(t: Timex, text: str, rules: _Rules) -> Timex:
    """ "as of Friday", "even today", "as recently as Monday": the present or the past, not a
    time ahead (kept as a "since" expression: no time at all)."""
    if t.kind == "since":
        return t
    if t.kind == "span" and _SUPERLATIVE.search(text, max(0, t.start - 60), t.start):
        # "the worst seen in over 20 years", "their highest level in a decade", "for the first
        # time in five years": a span up to now
        return Timex(t.start, t.end, t.text, None, None, False, "since")
    before = max(0, t.start - 20)
    today = t.text.lower() in ("today", "tonight") and rules.no_time_today.search(text, before, t.start)
    if not (today or rules.no_time.search(text, before, t.start)):
        return t
    if t.future and t.kind in ("relative", "date", "month", "year", "part", "edge"):
        return t  # "as of next year", "as of January 1, 2024": from a time ahead
    return Timex(t.start, t.end, t.text, None, None, False, "since")


#: A superlative or "first time" a few words before a span, with no clause break between.
_SUPERLATIVE = re.compile(
    r"\b(?:best|worst|highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|"
    r"slowest|warmest|coldest|hottest|wettest|driest|deepest|longest|shortest|heaviest|busiest|"
    r"sharpest|steepest|greatest|cheapest|first\s+time|first)\b"
    r"(?:\s+(?!and\b|but\b|will\b|would\b)[\w'’-]+){0,4}\s+$",
    re.I,
)


def _without_overlaps(found: list[Timex]) -> list[Timex]:
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Timex] = []
    for t in found:
        if out and t.start < out[-1].end:
            if t.end - t.start > out[-1].end - out[-1].start:
                out[-1] = t
            continue
        out.append(t)
    return out
