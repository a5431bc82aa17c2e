"""Temporal normalisation: a recognised expression (pattern rule + named groups) in, a :class:`Reading` out.

A reading is the TIMEX3 ``type`` (DATE, TIME, DURATION, SET) and ``value``,
the granularity, the anchor the value was computed from, ISO day bounds for
DATE values and an optional TIMEX3 ``mod``. Anchors:

- ``absolute``: the expression names its date (``February 2022``, ``the 1960s``);
- ``publication``: relative to the publication date (``last month``, ``on Friday``);
- ``narrative``: relative to the last date the text mentioned (``three years later``);
- ``unresolved``: it needs a publication date there is none of; unknown parts are ``X``.

Each pattern of ``resources/temporal/patterns.json`` names its rule; the rules
are registered with ``@rule(name)`` in one module per family: :mod:`.eras`
(years, decades, centuries), :mod:`.calendar_dates` (days, months, seasons,
holidays), :mod:`.reporting` (quarters and the periods of business news),
:mod:`.days` (days and times of day), :mod:`.relative` (periods counted from an
anchor) and :mod:`.spans` (durations and sets). Importing this package checks
that patterns and rules match one to one.

:func:`normalise_text` runs recognition and normalisation over plain text with
no parse (no tense, no part-of-speech checks); the spaCy component
(:mod:`kg.extract.temporal`) adds those. The clock is never read.

>>> [(r.value, r.anchor) for _, r in normalise_text("In 2008 it began. Three years later it ended.", None)]
[('2008', 'absolute'), ('2011', 'narrative')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from kg.extract.timex_calendar import parse_published
from kg.extract.timex_normalise import (  # noqa: F401  (importing a family registers its rules)
    calendar_dates,
    days,
    eras,
    relative,
    reporting,
    spans,
)
from kg.extract.timex_normalise.base import REPORTING_PERIODS, RULES, Context, Reading, check_rules
from kg.extract.timex_patterns import Candidate, find_candidates, lexicon, pattern_rules

__all__ = ["VALUE_GRAMMAR", "Context", "Reading", "clocks_on_the_day_after", "normalise_candidate",
           "normalise_candidates", "normalise_text", "last_day", "paragraph_numbers", "runs_on"]

# The TIMEX3 value grammar (TimeML 1.2) as kg produces it.
VALUE_GRAMMAR = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|ML|WE))+"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+"
    r"|P(?:(?:\d+|X)(?:Y|M|D))+T(?:(?:\d+|X)(?:H|M|S))+"
    r"|[\dX]{2}|[\dX]{3}|[\dX]{4}(?:/[\dX]{4})?"
    r"|[\dX]{4}-(?:[\dX]{2}(?:-[\dX]{2}(?:T(?:\d{2}(?::\d{2})?Z?|MO|AF|EV|NI|MI|DT))?)?|Q[1-4X]|H[12X]|SP|SU|FA|WI"
    r"|W[\dX]{1,2}(?:-(?:WE|[1-7]|[1-7]T(?:MO|AF|EV|NI)))?)"
    r"|XXXX-XX-XXT(?:\d{2}(?::\d{2})?Z?|MO|AF|EV|NI|MI))$"
)

check_rules(pattern_rules())


def normalise_candidate(candidate: Candidate, ctx: Context) -> Reading | None:
    """The reading of one recognised expression; None when its words make no date.

    Updates ``ctx.reference`` with every date it resolves, so that later
    expressions ("three years later") count from it.
    """
    try:
        reading = RULES[candidate.rule](candidate.groups, ctx)
    except (ValueError, OverflowError):  # beyond the calendar: "February 30", a year 0 or after 9999
        return None
    if reading is None or not VALUE_GRAMMAR.match(reading.value):
        return None
    if reading.period is not None and reading.type in ("DATE", "TIME") and (
            reading.anchor != "narrative" or reading.sets_scene):
        ctx.reference = reading.period  # narrative dates do not move the reference, lest errors accumulate
        ctx.reference_paragraph = ctx.paragraph
        ctx.reference_end = candidate.end
        named = reading.anchor == "absolute" and reading.granularity in ("day", "month")
        ctx.dated_reference = reading.period if named or reading.sets_scene else None
        # only a finished quarter is reported on; one not over ("through the fourth quarter") is forecast
        if reading.period.granularity in REPORTING_PERIODS and (
                ctx.published is None or reading.period.last() < ctx.published.first):
            ctx.reporting_period = reading.period
    if ctx.dated_reference is not None and reading.anchor in ("absolute", "narrative") and reading.period is not None:
        ctx.dated_reference_end = candidate.end  # the text still speaks of that year
    return reading


def paragraph_numbers(text: str) -> Callable[[int], int]:
    """Character offset → number of the paragraph (blank-line separated) it falls in.

    >>> paragraph_numbers("One.\\n\\nTwo. Three.")(8)
    1
    """
    breaks = [match.end() for match in re.finditer(r"\n[ \t\r\f\v]*\n", text)]
    return lambda offset: bisect_right(breaks, offset)


#: how many clock stamps of ``live_blog_stamps`` (``lexicon.json``) make a text a live blog
LIVE_BLOG_STAMPS = 3
#: how many days after the date it bears a live blog's entries may run
LIVE_BLOG_DAYS = 2


def runs_on(text: str) -> int:
    """How many days past its publication day a text may run: :data:`LIVE_BLOG_DAYS` for a
    live blog (at least :data:`LIVE_BLOG_STAMPS` entries opened by a clock stamp, "(Update
    7:31 p.m. in Cairo …)", "(4:46 p.m. Monday ET …)"), whose entries go on after the day
    its address bears; 0 for any other text.

    >>> runs_on("(4:46 p.m. Monday ET) A. (2:10 p.m. ET) B. (Update 9:05 a.m.) C."), runs_on("(4:46 p.m.) A.")
    (2, 0)
    """
    stamps = sum(len(re.findall(regex, text, re.IGNORECASE)) for regex in lexicon()["live_blog_stamps"])
    return LIVE_BLOG_DAYS if stamps >= LIVE_BLOG_STAMPS else 0


def last_day(published: str | None, text: str) -> str | None:
    """The last day a text tells of as past: its publication date, or for a live blog
    (:func:`runs_on`) the day its entries may run on to ("2011-03-20" → "2011-03-22").

    >>> last_day("2011-03-20", "(4:46 p.m. Monday ET) A. (2:10 p.m. ET) B. (9:05 a.m. ET) C."), last_day("2011-03", "")
    ('2011-03-22', '2011-03')
    """
    more = runs_on(text)
    if not more or not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return published
    return (date.fromisoformat(published) + timedelta(days=more)).isoformat()


def normalise_candidates(
    candidates: Iterable[Candidate], published: str | None, tense_of: Callable[[Candidate], str | None] | None = None,
    paragraph_of: Callable[[int], int] | None = None, days_on: int = 0, text: str | None = None,
) -> list[tuple[Candidate, Reading]]:
    """Normalise candidates in text order, each anchored on the ones before it;
    ``paragraph_of(offset)`` (see :func:`paragraph_numbers`) keeps narrative anchoring
    within a paragraph; ``days_on`` is :func:`runs_on` of the text; with the ``text``, a clock
    time takes the day named right after it (:func:`clocks_on_the_day_after`)."""
    ctx = Context(parse_published(published), runs_on=days_on)
    readings = []
    for candidate in candidates:
        ctx.tense = tense_of(candidate) if tense_of else None
        ctx.paragraph = paragraph_of(candidate.start) if paragraph_of else 0
        ctx.position = candidate.start
        reading = normalise_candidate(candidate, ctx)
        if reading is not None:
            readings.append((candidate, reading))
    return readings if text is None else clocks_on_the_day_after(readings, text)


#: what may stand between a clock time and the day named after it: "at 2:30 a.m. (0030 GMT) on
#: Thursday", "at 9 a.m. local time, Sunday" (the clock times inside are cut out first)
_CLOCK_DAY_GAP = 40


def _own_day(candidate: Candidate) -> bool:
    return any(group in candidate.groups for group in ("weekday", "month", "day", "deictic"))


def clocks_on_the_day_after(readings: list[tuple[Candidate, Reading]], text: str) -> list[tuple[Candidate, Reading]]:
    """A clock time whose words name no day falls on the day named right after it — "raided the
    house at 2:30 a.m. (0030 GMT) on Thursday", "landed at 0900 local time (1400 GMT) on Sunday" —
    not on the day the text was on before (``clock_day_links`` of ``lexicon.json``: the words
    between them besides brackets, a comma and other clock times).

    >>> found = normalise_text("He was shot on Oct. 23, 1998. Police raided the house at 2:30 a.m. on Nov. 2.", "1998-11-05")
    >>> [(c.text, r.value) for c, r in found]
    [('Oct. 23, 1998', '1998-10-23'), ('2:30 a.m.', '1998-11-02T02:30'), ('Nov. 2', '1998-11-02')]
    """
    links = "|".join(re.escape(word) for word in sorted(lexicon()["clock_day_links"], key=len, reverse=True))
    gap = re.compile(rf"(?:\s|,|\(|\)|-LRB-|-RRB-|\b(?:{links})\b)*", re.IGNORECASE)
    result = list(readings)
    for number, (candidate, reading) in enumerate(readings):
        if candidate.rule != "clock" or reading.type != "TIME" or _own_day(candidate):
            continue
        later = number + 1
        cut = []  # other clock times on the way: "(0030 GMT)"
        while later < len(readings) and readings[later][0].rule == "clock" and not _own_day(readings[later][0]):
            cut.append((readings[later][0].start, readings[later][0].end))
            later += 1
        if later == len(readings):
            continue
        named, day = readings[later]
        between = text[candidate.end : named.start]
        for start, end in reversed(cut):
            between = between[: start - candidate.end] + between[end - candidate.end :]
        if (day.type != "DATE" or day.granularity != "day" or day.period is None or len(between) > _CLOCK_DAY_GAP
                or not gap.fullmatch(between)):
            continue
        clock = reading.value.split("T", 1)[1]
        result[number] = (candidate, Reading("TIME", f"{day.value}T{clock}", day.anchor, "time", day.start_date,
                                             day.end_date, reading.mod, day.period))
    return result


def normalise_text(text: str, published: str | None) -> list[tuple[Candidate, Reading]]:
    """Recognise and normalise every temporal expression in plain text (no parse)."""
    return normalise_candidates(find_candidates(text), published, paragraph_of=paragraph_numbers(text),
                                days_on=runs_on(text), text=text)
