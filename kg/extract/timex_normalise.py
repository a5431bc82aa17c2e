"""Temporal normalisation: a recognised expression (pattern rule + named groups) in, a :class:`Reading` out.

A reading is the TIMEX3 ``type`` (DATE, TIME, DURATION, SET) and ``value``,
the granularity, the anchor the value was computed from, ISO day bounds for
DATE values and an optional TIMEX3 ``mod``. Anchors:

- ``absolute``: the expression names its date (``February 2022``, ``the 1960s``);
- ``publication``: relative to the publication date (``last month``, ``on Friday``);
- ``narrative``: relative to the last date the text mentioned (``three years later``);
- ``unresolved``: it needs a publication date there is none of; unknown parts are ``X``.

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
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from kg.extract.timex_calendar import (
    SHIFT_GRANULARITY,
    UNIT_GRANULARITY,
    Period,
    add_months,
    finer_or_equal,
    parse_published,
)
from kg.extract.timex_patterns import Candidate, find_candidates, lexicon
from kg.resources import load_json

_REPORTING_PERIODS = ("quarter", "half")
# dateparser needs a base even for absolute dates; a fixed one keeps runs reproducible
_DATEPARSER_BASE = datetime(2000, 1, 1)
# A day or month named without its year is the nearest such one in the direction
# the tense points when that lies within this many days; otherwise the nearest.
TENSE_WINDOW_DAYS = 300
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


@dataclass
class Reading:
    """What one expression means (see the module docstring); ``period`` is the DATE's
    calendar period and ``keep_determiner`` says whether a leading article belongs to it."""

    type: str
    value: str
    anchor: str
    granularity: str
    start_date: str | None = None
    end_date: str | None = None
    mod: str | None = None
    period: Period | None = None  # the DATE period, for narrative anchoring of later expressions
    keep_determiner: bool = True


@dataclass
class Context:
    """What the expressions of one text are read against, updated as reading goes on."""

    published: Period | None
    reference: Period | None = None  # the last date the text mentioned
    reference_paragraph: int = 0  # the paragraph that date stands in
    paragraph: int = 0  # the paragraph of the expression being read
    reporting_period: Period | None = None  # the last quarter or half the text mentioned
    tense: str | None = None  # "past", "future" or None (present or unknown)


def _words(name: str) -> dict:
    return lexicon()[name]


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _month(text: str) -> int:
    return load_json("temporal/months.json")[_key(text).rstrip(".")]


def _number(text: str | None) -> float | None:
    """A cardinal in digits or words ("12", "2 1/2", "twenty-four"), None when vague."""
    key = _key(text)
    if not key:
        return None
    if key.endswith(" 1/2"):
        whole = _number(key[:-4])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", key):
        return float(key)
    numbers = _words("numbers")
    if key in numbers:
        return float(numbers[key])
    tens, _, ones = key.partition("-")
    if tens in numbers and ones in numbers:
        return float(numbers[tens] + numbers[ones])
    return None


def _year(text: str) -> int:
    """A year in digits or words ("1994", "nineteen ninety-four", "two thousand and one")."""
    key = _key(text)
    if key.isdigit():
        return int(key)
    for thousands, base in _words("spelled_millennium").items():
        if key.startswith(thousands):
            rest = key[len(thousands):].removeprefix(" and ").strip()
            return base + int(_number(rest) or 0)
    century, _, rest = key.partition(" ")
    tail = _number(rest)
    return _words("spelled_century")[century] * 100 + int(tail) % 100  # "nineteen hundred" → 1900


def _ordinal(text: str | None) -> int | None:
    key = _key(text)
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", key)
    return int(digits.group(1)) if digits else _words("ordinals").get(key)


def _unit(text: str | None) -> str | None:
    return _words("units").get(_key(text))


def _duration(unit: str, count: float | None) -> str:
    """TIMEX3 duration value of ``count`` units (``X`` when the count is vague);
    a fraction goes to the next smaller unit: 2.5 years → ``P2Y6M``."""
    if count is None:
        return _words("unit_vague_durations")[unit]
    whole = int(count)
    smaller = _words("fraction_to_smaller_unit").get(unit)
    if count != whole and smaller:
        rest = _duration(smaller[0], round((count - whole) * smaller[1]))
        first = _duration(unit, whole) if whole else ("PT" if rest.startswith("PT") else "P")
        if rest.startswith("PT") and not first.startswith("PT"):
            return first + rest[1:]
        return first + rest[len("PT") if rest.startswith("PT") else 1:]
    template = _words("unit_durations")[unit]
    return re.sub(r"\{n(\d*)\}", lambda m: str(whole * int(m.group(1) or 1)), template)


def _date_reading(period: Period, anchor: str, mod: str | None = None, keep_determiner: bool = True) -> Reading:
    start, end = period.bounds()
    return Reading("DATE", period.value, anchor, period.granularity, start, end, mod, period, keep_determiner)


def _unresolved(value: str, granularity: str, kind: str = "DATE", mod: str | None = None) -> Reading:
    return Reading(kind, value, "unresolved", granularity, mod=mod)


def _vague(value: str, kind: str = "DATE") -> Reading:
    return Reading(kind, value, "publication", "vague")


def _mod(groups: dict) -> str | None:
    key = _key(groups.get("mod"))
    for table in ("modifiers", "day_modifiers", "unit_modifiers"):
        if key in _words(table):
            return _words(table)[key]
    return None


def _approximation(groups: dict) -> str | None:
    """The TIMEX3 mod of "nearly two years", "a week or so"."""
    return _words("approximators").get(_key(groups.get("approx"))) or ("APPROX" if "or_so" in groups else None)


def _choose(candidates: list[date], anchor: date, tense: str | None, direction: int | None = None,
            window: int = 0) -> date:
    """The candidate day the expression most likely means: strictly before/after the
    anchor when the words say so (``direction``); else, among the candidates within
    ``window`` days (all when 0), the closest in the direction of the tense; else the nearest."""
    if direction:
        wanted = [c for c in candidates if (c < anchor if direction < 0 else c > anchor)]
        if wanted:
            return max(wanted) if direction < 0 else min(wanted)
    near = [c for c in candidates if not window or abs((c - anchor).days) <= window] or candidates
    if tense == "past" and any(c <= anchor for c in near):
        return max(c for c in near if c <= anchor)
    if tense == "future" and any(c >= anchor for c in near):
        return min(c for c in near if c >= anchor)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _relative(groups: dict) -> int | None:
    rel = _key(groups.get("rel"))
    return _words("relative_words").get(rel, _words("narrative_relative_words").get(rel)) if rel else None


def _anchor_period(ctx: Context, deictic: bool = False) -> tuple[Period | None, str]:
    """The period relative expressions count from, and the anchor name: the publication
    date, else (unless the words point from the moment of writing: ``deictic``) the last
    date the text named in the same paragraph — a bare "in May" paragraphs after "in
    1989" is not May 1989."""
    if ctx.published is not None:
        return ctx.published, "publication"
    if ctx.reference is not None and not deictic and ctx.reference_paragraph == ctx.paragraph:
        return ctx.reference, "narrative"
    return None, "unresolved"


def _is_deictic(groups: dict) -> bool:
    """Whether the words count from the moment of writing ("last May", "next Friday", "May last year")."""
    return _key(groups.get("rel")) in _words("relative_words") or "relyear" in groups


# --------------------------------------------------------------------------- rules


def rule_year(groups: dict, ctx: Context) -> Reading:
    year = _year(groups["year"])
    return _date_reading(Period("year", date(year, 1, 1)), "absolute", _mod(groups))


def rule_year_range(groups: dict, ctx: Context) -> Reading | None:
    first, second_text = int(groups["year"]), groups["year2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 100:
        return None
    return Reading("DATE", f"{first:04d}/{second:04d}", "absolute", "year",
                   f"{first:04d}-01-01", f"{second:04d}-12-31")


def rule_calendar_date(groups: dict, ctx: Context) -> Reading | None:
    month, day = _month(groups["month"]) if not groups["month"].isdigit() else int(groups["month"]), int(groups["day"])
    if "year" in groups:
        year = _year(groups["year"])
        year = year + (1900 if year >= 50 else 2000) if year < 100 else year
        try:
            return _date_reading(Period("day", date(year, month, day)), "absolute")
        except ValueError:
            return None
    base, anchor = _anchor_period(ctx, _is_deictic(groups))
    if base is None:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", "day") if day <= 31 else None
    if not finer_or_equal(base.granularity, "month"):  # "May 6" after "In 1989"
        return _date_reading(Period("day", date(base.first.year, month, day)), anchor)
    options = []
    for year in (base.first.year - 1, base.first.year, base.first.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    chosen = _choose(options, base.first, ctx.tense, _relative(groups), window=TENSE_WINDOW_DAYS)  # "last Oct. 23"
    return _date_reading(Period("day", chosen), anchor)


def rule_week_of(groups: dict, ctx: Context) -> Reading | None:
    """"the week of March 6": the (ISO) week the day falls in."""
    day = rule_calendar_date(groups, ctx)
    if day is None or day.period is None:
        return _unresolved("XXXX-WXX", "week")
    return _date_reading(Period.containing("week", day.period.first), day.anchor)


def _yearly_period(granularity: str, first_month: int, unknown: str, groups: dict, ctx: Context,
                   keep_determiner: bool = True) -> Reading:
    """A month or season: in the year named, else the one around the anchor that the
    words ("last May") or the tense point to; ``unknown`` is the value without an anchor."""
    mod = _mod(groups)
    if "year" in groups:
        first = date(_year(groups["year"]), first_month, 1)
        return _date_reading(Period(granularity, first), "absolute", mod, keep_determiner)
    base, anchor = _anchor_period(ctx, _is_deictic(groups))
    if base is None:
        return _unresolved(unknown, granularity, mod=mod)
    if "relyear" in groups:  # "June last year"
        year = base.first.year + _words("relative_words")[_key(groups["relyear"])]
        return _date_reading(Period(granularity, date(year, first_month, 1)), anchor, mod, keep_determiner)
    here = base.coarsen(granularity).first
    if _relative(groups) == 0 or not finer_or_equal(base.granularity, granularity):
        # "this September", or "May" after "In 1989": the one of the anchor's year
        return _date_reading(Period(granularity, date(base.first.year, first_month, 1)), anchor, mod, keep_determiner)
    options = [date(here.year + k, first_month, 1) for k in (-1, 0, 1)]
    chosen = _choose(options, here, ctx.tense, _relative(groups), window=TENSE_WINDOW_DAYS)
    return _date_reading(Period(granularity, chosen), anchor, mod, keep_determiner)


def rule_numeric_date(groups: dict, ctx: Context) -> Reading | None:
    """"22.02.2022", "02-22-2022", "22-Feb-2022": dateparser reads the numbers (day, month
    and year all required, so no anchor is involved)."""
    day = _parse_absolute_date(groups["numeric"], _words("numeric_date_orders").get(groups.get("separator"), "MDY"))
    return None if day is None else _date_reading(Period("day", day), "absolute")


@lru_cache(maxsize=4096)
def _parse_absolute_date(text: str, order: str) -> date | None:
    import dateparser  # slow to import; only numeric dates need it

    settings = {"RELATIVE_BASE": _DATEPARSER_BASE, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": order,
                "PREFER_LOCALE_DATE_ORDER": False, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def rule_month(groups: dict, ctx: Context) -> Reading:
    month = _month(groups["month"])
    return _yearly_period("month", month, f"XXXX-{month:02d}", groups, ctx)


def rule_decade(groups: dict, ctx: Context) -> Reading:
    if "decade" in groups:
        century = int(groups.get("century") or _century_of(ctx))
        value = f"{century:02d}{groups['decade']}"
    else:
        digit = groups.get("short") or str(_words("decade_words")[_key(groups["word"])])
        value = f"{_century_of(ctx):02d}{digit}"
    period = Period("decade", date(int(value) * 10 or 1, 1, 1))
    keep = "mod" in groups
    return _date_reading(period, "absolute", _mod(groups), keep_determiner=keep)


def _century_of(ctx: Context) -> int:
    """The century of two-digit decades ("the '80s"): the publication's, else the 1900s."""
    base = ctx.published or ctx.reference
    return base.first.year // 100 if base else 19


def rule_century(groups: dict, ctx: Context) -> Reading | None:
    number = _ordinal(groups["ordinal"])
    if not number or number > 99:
        return None
    return _date_reading(Period("century", date((number - 1) * 100 or 1, 1, 1)), "absolute", _mod(groups))


def rule_decade_of(groups: dict, ctx: Context) -> Reading | None:
    number = _ordinal(groups["ordinal"])
    if not number or number > 10:
        return None
    base, anchor = _anchor_period(ctx)
    span = 1000 if _unit(groups["unit"]) == "ML" else 100
    if base is None:
        return _unresolved("XXX", "decade")
    start_year = base.first.year // span * span
    decade_year = max(start_year + (number - 1) * 10, 1)
    return _date_reading(Period("decade", date(decade_year, 1, 1)), anchor)


def rule_season(groups: dict, ctx: Context) -> Reading:
    code = _words("seasons")[_key(groups["season"])]
    first_month = _words("season_months")[code][0]
    keep = "det" not in groups or "mod" in groups
    return _yearly_period("season", first_month, f"XXXX-{code}", groups, ctx, keep)


def rule_quarter(groups: dict, ctx: Context) -> Reading | None:
    number = _ordinal(groups["ordinal"])
    parts = _words("year_parts")[_key(groups["unit"])]
    if number == _words("ordinals").get("last"):
        number = parts
    if not number or number > parts:
        return None
    keep = groups.get("hyphen") != "-"
    granularity = "quarter" if parts == 4 else "half"
    explicit = groups.get("year") or groups.get("year2")
    if explicit:
        first = date(int(explicit), (number - 1) * (12 // parts) + 1, 1)
        return _date_reading(Period(granularity, first), "absolute", keep_determiner=keep)
    base, anchor = _anchor_period(ctx, _is_deictic(groups))
    letter = "Q" if parts == 4 else "H"
    if base is not None and "relyear" in groups:
        base = base.coarsen("year").shift("Y", _words("relative_words")[_key(groups["relyear"])])
        ctx = replace(ctx, tense=None)
    if base is None:
        return Reading("DATE", f"XXXX-{letter}{number}", "unresolved", granularity, keep_determiner=keep)
    first = date(base.first.year, (number - 1) * (12 // parts) + 1, 1)
    if ctx.tense == "past" and first > base.first and finer_or_equal(base.granularity, "month"):
        first = first.replace(year=first.year - 1)
    return _date_reading(Period(granularity, first), anchor, keep_determiner=keep)


def rule_year_period(groups: dict, ctx: Context) -> Reading:
    """"the 1988 quarter": the period under discussion, in the year named."""
    year = _year(groups["year"])
    reference = ctx.reporting_period
    if reference is not None:
        return _date_reading(Period(reference.granularity, reference.first.replace(year=year)), "narrative")
    return _date_reading(Period("year", date(year, 1, 1)), "absolute")


def _comparison_base(ctx: Context) -> tuple[Period | None, str]:
    """The period a year-on-year comparison ("a year ago", "year-earlier") starts from:
    the reporting period under discussion (a quarter or half the text just named, in
    the publication's year), else the publication date."""
    reference, published = ctx.reporting_period, ctx.published
    if reference is not None and (
        published is None or reference.first.year >= published.first.year
    ):
        return reference, "narrative"
    return published, "publication"


def rule_latest_period(groups: dict, ctx: Context) -> Reading:
    """"the latest quarter": the quarter the text reports on, else the last whole quarter
    (or year) before the anchor."""
    granularity = _words("latest_period_units")[_key(groups["unit"])]
    reported = ctx.reporting_period
    if reported is not None and reported.granularity == granularity:  # the (fiscal) quarter the text reports
        return _date_reading(reported, "narrative")
    base, anchor = _anchor_period(ctx, deictic=True)
    if base is None:
        return _unresolved("XXXX" if granularity == "year" else "XXXX-QX", granularity)
    unit = "Y" if granularity == "year" else "Q"
    return _date_reading(Period.containing(granularity, base.first).shift(unit, -1), anchor)


def rule_year_earlier(groups: dict, ctx: Context) -> Reading:
    """"year-earlier", "the year-ago period": the period under discussion, one year back."""
    keep = "unit" in groups
    base, anchor = _comparison_base(ctx)
    if base is None:
        return Reading("DATE", "XXXX", "unresolved", "year", keep_determiner=keep)
    if anchor == "publication":
        base = base.coarsen("year")
    return _date_reading(base.shift("Y", -1), anchor, keep_determiner=keep)


def _day_with_part(day: Period | None, part: str | None, anchor: str) -> Reading:
    code = _words("parts_of_day")[_key(part)] if part else None
    if day is None:
        value = "XXXX-XX-XX" + (f"T{code}" if code else "")
        return _unresolved(value, "day", "TIME" if code else "DATE")
    if code is None:
        return _date_reading(day, anchor)
    start, end = day.bounds()
    return Reading("TIME", f"{day.value}T{code}", anchor, "time", start, end, period=day)


def rule_deictic_day(groups: dict, ctx: Context) -> Reading:
    word = _key(groups["deictic"])
    offset = _words("deictic_days")[word]
    part = groups.get("part") or groups.get("part_before") or (word if word in _words("parts_of_day") else None)
    if ctx.published is None or ctx.published.granularity != "day":
        return _day_with_part(None, part, "unresolved")
    return _day_with_part(ctx.published.shift("D", offset), part, "publication")


def rule_part_of_day(groups: dict, ctx: Context) -> Reading:
    rel = _key(groups["rel"])
    offset = _words("deictic_days").get(rel, _words("relative_words").get(rel, 0))
    if ctx.published is None or ctx.published.granularity != "day":
        return _day_with_part(None, groups["part"], "unresolved")
    return _day_with_part(ctx.published.shift("D", offset), groups["part"], "publication")


def _weekday_day(weekday_text: str, ctx: Context, direction: int | None,
                 deictic: bool = False) -> tuple[Period | None, str]:
    weekday = _words("weekdays")[_key(weekday_text).rstrip(".")]
    base, anchor = _anchor_period(ctx, deictic)
    if base is None or base.granularity != "day":
        return None, "unresolved"
    here = base.first
    options = [here + timedelta(days=k) for k in range(-7, 8) if (here + timedelta(days=k)).isoweekday() == weekday]
    return Period("day", _choose(options, here, ctx.tense, direction)), anchor


def rule_weekday(groups: dict, ctx: Context) -> Reading:
    day, anchor = _weekday_day(groups["weekday"], ctx, _relative(groups), _is_deictic(groups))
    if day is None:
        weekday = _words("weekdays")[_key(groups["weekday"]).rstrip(".")]
        code = _words("parts_of_day").get(_key(groups.get("part")))
        return _unresolved(f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""), "day")
    return _day_with_part(day, groups.get("part"), anchor)


def rule_clock(groups: dict, ctx: Context) -> Reading | None:
    if "clockword" in groups:
        clock = _words("clock_words")[_key(groups["clockword"])]
    elif "hour24" in groups:
        clock = f"{int(groups['hour24']):02d}:{groups['minute']}"
    else:
        hour = int(groups["hour"]) % 12 + _words("meridiem")[_key(groups["meridiem"])]
        clock = f"{hour:02d}:{groups.get('minute', '00')}"
    if groups.get("tz", "").upper() in _words("utc_zones"):
        clock += "Z"
    if "weekday" in groups:
        day, anchor = _weekday_day(groups["weekday"], ctx, None)
    elif "month" in groups:
        dated = rule_calendar_date(groups, ctx)
        day, anchor = (dated.period, dated.anchor) if dated and dated.period else (None, "unresolved")
    elif "deictic" not in groups and ctx.tense == "past" and ctx.reference and ctx.reference.granularity == "day":
        day, anchor = ctx.reference, "narrative"  # "He was shot on Oct. 23 ... at 10 p.m.": the day the text is on
    else:
        offset = _words("deictic_days").get(_key(groups.get("deictic")), 0)
        published = ctx.published if ctx.published and ctx.published.granularity == "day" else None
        day, anchor = (published.shift("D", offset), "publication") if published else (None, "unresolved")
    if day is None:
        return _unresolved(f"XXXX-XX-XXT{clock}", "time", "TIME")
    start, end = day.bounds()
    return Reading("TIME", f"{day.value}T{clock}", anchor, "time", start, end, period=day)


def rule_relative_unit(groups: dict, ctx: Context) -> Reading | None:
    unit = _unit(groups["unit"])
    offset = _relative(groups) or 0
    base, anchor = _anchor_period(ctx, deictic=True)
    granularity = UNIT_GRANULARITY[unit]
    if base is None or not finer_or_equal(base.granularity, granularity):
        shape = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX", "quarter": "XXXX-QX",
                 "half": "XXXX-HX", "decade": "XXX", "century": "XX"}
        return _unresolved(shape.get(granularity, "XXXX"), granularity, mod=_mod(groups))
    period = base.coarsen(granularity).shift(unit, offset)
    reading = _date_reading(period, anchor, _mod(groups))
    if unit == "WE":
        reading.value += "-WE"
    return reading


def rule_year_end(groups: dict, ctx: Context) -> Reading:
    """"year-end": the end of the publication's year."""
    base, anchor = _anchor_period(ctx, deictic=True)
    if base is None:
        return _unresolved("XXXX", "year", mod="END")
    return _date_reading(base.coarsen("year"), anchor, "END")


def rule_the_unit(groups: dict, ctx: Context) -> Reading | None:
    """"the year", "that quarter": the period of the last-mentioned date (for a quarter, of
    the last quarter named), else of the publication."""
    unit = _unit(groups["unit"])
    if "ended" in groups and unit == "Y":  # "the year ended March 31": a span of a year
        return Reading("DURATION", _duration(unit, 1), "absolute", "duration")
    granularity = UNIT_GRANULARITY[unit]
    reporting = ctx.reporting_period if granularity in _REPORTING_PERIODS else None
    for base, anchor in ((reporting, "narrative"), (ctx.reference, "narrative"), (ctx.published, "publication")):
        if base is not None and finer_or_equal(base.granularity, granularity):
            reading = _date_reading(base.coarsen(granularity), anchor, _mod(groups))
            if unit == "WE":
                reading.value += "-WE"
            return reading
    return None


def _shifted(base: Period, unit: str, count: int) -> Period:
    """``base`` moved by ``count`` units, at the base's granularity when it is at least
    as fine as the unit, else at the unit's."""
    granularity = UNIT_GRANULARITY[unit]
    if not finer_or_equal(base.granularity, granularity):
        return Period.containing(granularity, base.first).shift(unit, count)
    return base.shift(unit, count)


def rule_shift(groups: dict, ctx: Context) -> Reading | None:
    unit = _unit(groups["unit"])
    direction = _words("direction_words")[_key(groups["direction"])]
    count = _number(groups["num"])
    if unit in ("H", "MIN", "S"):
        return Reading("DURATION", _duration(unit, count), "absolute", "duration")
    if count is None:
        return _vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    narrative = _key(groups["direction"]) in _words("narrative_direction_words")
    mod = _approximation(groups)
    granularity = SHIFT_GRANULARITY.get(unit, UNIT_GRANULARITY[unit])
    comparison, comparison_anchor = _comparison_base(ctx) if unit == "Y" else (None, "")
    if comparison_anchor == "narrative":
        base, anchor = comparison, "narrative"
    elif narrative and ctx.reference is not None:
        base, anchor = ctx.reference, "narrative"
    elif ctx.published is not None:
        base, anchor = ctx.published.coarsen(granularity) if not narrative else ctx.published, "publication"
    else:
        return _unresolved("XXXX", granularity, mod=mod)
    shifted = _shifted(base, unit, int(direction * count))
    if not finer_or_equal(shifted.granularity, granularity):
        shifted = shifted.coarsen(granularity)
    return _date_reading(shifted, anchor, mod)


def rule_narrative_next(groups: dict, ctx: Context) -> Reading | None:
    unit = _unit(groups["unit"])
    offset = _relative(groups) or 0
    base, anchor = (ctx.reference, "narrative") if ctx.reference else (ctx.published, "publication")
    if base is None:
        return _unresolved("XXXX", UNIT_GRANULARITY[unit])
    return _date_reading(_shifted(base, unit, offset).coarsen(UNIT_GRANULARITY[unit])
                         if finer_or_equal(base.granularity, UNIT_GRANULARITY[unit])
                         else _shifted(base, unit, offset), anchor)


def rule_duration(groups: dict, ctx: Context) -> Reading | None:
    if "bare" in groups:
        return Reading("DURATION", _duration(_unit(groups["bare"]), None), "absolute", "duration")
    unit = _unit(groups["unit"])
    if unit is None:
        return None
    count = None if "vague" in groups else _number(groups["num"])
    if count is not None and ("half" in groups or "half_after" in groups):
        count += 0.5
    if "vague" not in groups and count is None:
        return None
    keep = groups.get("hyphen") != "-" and _key(groups.get("det")) not in _words("articles")
    if unit in _words("fraction_units") and (not keep or _key(groups.get("num")) in _words("unit_numbers")):
        return None  # "a quarter", "three-quarters": fractions, not periods
    mod = _approximation(groups)
    return Reading("DURATION", _duration(unit, count), "absolute", "duration", mod=mod, keep_determiner=keep)


def rule_set(groups: dict, ctx: Context) -> Reading | None:
    if "setword" in groups:
        return Reading("SET", _words("sets")[_key(groups["setword"])], "absolute", "set")
    if "weekdays" in groups:
        weekday = _words("weekdays")[_key(groups["weekdays"]).rstrip(".")]
        code = _words("parts_of_day").get(_key(groups.get("part", "")).rstrip("s"))
        return Reading("SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""), "absolute", "set")
    word = _key(groups["unit"])
    unit = _unit(word)
    if unit is not None:
        count = _number(groups.get("num")) if groups.get("num") not in (None, "other") else 1
        count = 2 if groups.get("num") == "other" else count
        return Reading("SET", _duration(unit, count or 1), "absolute", "set")
    weekdays, parts = _words("weekdays"), _words("parts_of_day")
    if word.rstrip(".") in weekdays:
        return Reading("SET", f"XXXX-WXX-{weekdays[word.rstrip('.')]}", "absolute", "set")
    if word in parts:
        return Reading("SET", f"XXXX-XX-XXT{parts[word]}", "absolute", "set")
    return Reading("SET", f"XXXX-{_month(word):02d}", "absolute", "set")


def rule_holiday(groups: dict, ctx: Context) -> Reading | None:
    """Holidays: a fixed day ("12-25") or the n-th weekday of a month ("11-4-4", "05-L-1"), plus days."""
    rule = _words("holidays")[_key(groups["holiday"])]
    if "year" in groups:
        return _date_reading(Period("day", _holiday_day(rule, _year(groups["year"]))), "absolute")
    base, anchor = _anchor_period(ctx, _is_deictic(groups))
    if base is None:
        return _unresolved(f"XXXX-{rule[:2]}-XX" if len(rule) > 5 else f"XXXX-{rule}", "day")
    options = [_holiday_day(rule, base.first.year + k) for k in (-1, 0, 1)]
    return _date_reading(Period("day", _choose(options, base.first, ctx.tense, _relative(groups))), anchor)


def _holiday_day(rule: str, year: int) -> date:
    month, _, rest = rule.partition("-")
    if "-" not in rest:
        return date(year, int(month), int(rest))
    nth, weekday_extra = rest.split("-")
    weekday, _, extra = weekday_extra.partition("+")
    first = date(year, int(month), 1)
    if nth == "L":
        last = add_months(first, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - int(weekday)) % 7)
    else:
        day = first + timedelta(days=(int(weekday) - first.isoweekday()) % 7 + 7 * (int(nth) - 1))
    return day + timedelta(days=int(extra or 0))


def rule_vague(groups: dict, ctx: Context) -> Reading:
    return _vague(_words("vague")[_key(groups["vague"])])


RULES: dict[str, Callable[[dict, Context], Reading | None]] = {
    name[len("rule_"):]: function for name, function in globals().items() if name.startswith("rule_")
}


def normalise_candidate(candidate: Candidate, ctx: Context) -> Reading | None:
    """The reading of one recognised expression; None when its words make no date.

    Updates ``ctx.reference`` with every date it resolves, so that later
    expressions ("three years later") count from it.
    """
    try:
        reading = RULES[candidate.rule](candidate.groups, ctx)
    except (KeyError, ValueError, OverflowError, TypeError):
        return None
    if reading is None or not VALUE_GRAMMAR.match(reading.value):
        return None
    if reading.period is not None and reading.type in ("DATE", "TIME") and reading.anchor != "narrative":
        ctx.reference = reading.period  # narrative dates do not move the reference, lest errors accumulate
        ctx.reference_paragraph = ctx.paragraph
        # only a finished quarter is reported on; one not over ("through the fourth quarter") is forecast
        if reading.period.granularity in _REPORTING_PERIODS and (
                ctx.published is None or reading.period.last() < ctx.published.first):
            ctx.reporting_period = reading.period
    return reading


def paragraph_numbers(text: str) -> Callable[[int], int]:
    """Character offset → number of the paragraph (blank-line separated) it falls in.

    >>> paragraph_numbers("One.\\n\\nTwo. Three.")(8)
    1
    """
    breaks = [match.end() for match in re.finditer(r"\n[ \t\r\f\v]*\n", text)]
    return lambda offset: bisect_right(breaks, offset)


def normalise_candidates(
    candidates: Iterable[Candidate], published: str | None, tense_of: Callable[[Candidate], str | None] | None = None,
    paragraph_of: Callable[[int], int] | None = None,
) -> list[tuple[Candidate, Reading]]:
    """Normalise candidates in text order, each anchored on the ones before it;
    ``paragraph_of(offset)`` (see :func:`paragraph_numbers`) keeps narrative anchoring
    within a paragraph."""
    ctx = Context(parse_published(published))
    readings = []
    for candidate in candidates:
        ctx.tense = tense_of(candidate) if tense_of else None
        ctx.paragraph = paragraph_of(candidate.start) if paragraph_of else 0
        reading = normalise_candidate(candidate, ctx)
        if reading is not None:
            readings.append((candidate, reading))
    return readings


def normalise_text(text: str, published: str | None) -> list[tuple[Candidate, Reading]]:
    """Recognise and normalise every temporal expression in plain text (no parse)."""
    return normalise_candidates(find_candidates(text), published, paragraph_of=paragraph_numbers(text))
