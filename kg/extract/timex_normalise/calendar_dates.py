"""Rules for days, months and seasons of the calendar ("Feb. 4, 1994", "last May", "the week of
March 6", "22.02.2022", "Christmas"): groups and context in, a DATE reading out."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from kg.extract.timex_calendar import Period, add_months, finer_or_equal
from kg.extract.timex_normalise.anchors import TENSE_WINDOW_DAYS, anchor_period, choose, narrative_year
from kg.extract.timex_normalise.base import Context, Reading, date_reading, rule, unresolved
from kg.extract.timex_normalise.words import (
    is_deictic,
    key,
    modifier,
    month_number,
    relative_offset,
    words,
    year_number,
)

# dateparser needs a base even for absolute dates; a fixed one keeps runs reproducible
_DATEPARSER_BASE = datetime(2000, 1, 1)


@rule("calendar_date")
def rule_calendar_date(groups: dict, ctx: Context) -> Reading | None:
    month = int(groups["month"]) if groups["month"].isdigit() else month_number(groups["month"])
    day = int(groups["day"])
    if "year" not in groups and "range_year" in groups:  # "September 2-6, 2010": the range's year
        groups = {**groups, "year": groups["range_year"]}
    if "year" in groups:
        year = year_number(groups["year"])
        year = year + (1900 if year >= 50 else 2000) if year < 100 else year
        try:
            return date_reading(Period("day", date(year, month, day)), "absolute")
        except ValueError:  # "February 30, 2022", "13/12/2022": no such day
            return None
    base, anchor = anchor_period(ctx, is_deictic(groups))
    if base is None:
        return unresolved(f"XXXX-{month:02d}-{day:02d}", "day") if day <= 31 else None
    offset = relative_offset(groups)
    chosen = _day_near(month, day, base, ctx.tense, offset)  # "last Oct. 23"
    story = narrative_year(ctx) if anchor == "publication" and offset is None else None
    if chosen is not None and story is not None and (ctx.published.first - chosen).days > RECENT_DAYS:
        # not the news of the last weeks, nor to come: the day nearest the story's date, whatever the tense
        reading = date_reading(Period("day", _day_near(month, day, story, None, None) or chosen), "narrative")
        reading.sets_scene = True  # "On March 12 [2003] … The next day": the 13th
        return reading
    return None if chosen is None else date_reading(Period("day", chosen), anchor)


#: how near (characters) the day a bare day number is coordinated with ends: "April 24 and 25"
COORDINATION_REACH = 9


@rule("coordinated_day")
def rule_coordinated_day(groups: dict, ctx: Context) -> Reading | None:
    """"25" in "April 24 and 25", "16" in "September 14 to 16": a later day of the month of the
    day just named, in its year unless one follows."""
    first = ctx.reference
    if first is None or first.granularity != "day" or ctx.position - ctx.reference_end > COORDINATION_REACH:
        return None
    day = int(groups["day"])
    if day <= first.first.day:
        return None
    year = year_number(groups["year"]) if "year" in groups else first.first.year
    return date_reading(Period("day", date(year, first.first.month, day)), "narrative")


#: a day named without its year that lies this many days before publication or fewer is
#: the news of the last weeks, even in a story told of another year
RECENT_DAYS = 31


def _day_near(month: int, day: int, base: Period, tense: str | None, offset: int | None) -> date | None:
    """The day of that month and day around ``base`` (see :func:`choose`); None when there is no such day."""
    if not finer_or_equal(base.granularity, "month"):  # "May 6" after "In 1989"
        return date(base.first.year, month, day)
    options = []
    for year in (base.first.year - 1, base.first.year, base.first.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # February 29 of a year that has none
            continue
    return choose(options, base.first, tense, offset, window=TENSE_WINDOW_DAYS) if options else None


@rule("week_of")
def rule_week_of(groups: dict, ctx: Context) -> Reading | None:
    """"the week of March 6": the (ISO) week the day falls in."""
    day = rule_calendar_date(groups, ctx)
    if day is None or day.period is None:
        return unresolved("XXXX-WXX", "week")
    return date_reading(Period.containing("week", day.period.first), day.anchor)


@rule("numeric_date")
def rule_numeric_date(groups: dict, ctx: Context) -> Reading | None:
    """"22.02.2022", "02-22-2022", "22-Feb-2022": dateparser reads the numbers (day, month
    and year all required, so no anchor is involved)."""
    day = _parse_absolute_date(groups["numeric"], words("numeric_date_orders").get(groups.get("separator"), "MDY"))
    return None if day is None else date_reading(Period("day", day), "absolute")


@lru_cache(maxsize=4096)
def _parse_absolute_date(text: str, order: str) -> date | None:
    import dateparser  # slow to import; only numeric dates need it

    settings = {"RELATIVE_BASE": _DATEPARSER_BASE, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": order,
                "PREFER_LOCALE_DATE_ORDER": False, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _yearly_period(granularity: str, first_month: int, unknown: str, groups: dict, ctx: Context,
                   keep_determiner: bool = True) -> Reading:
    """A month or season: in the year named, else the one around the anchor that the
    words ("last May") or the tense point to; ``unknown`` is the value without an anchor."""
    mod = modifier(groups)
    if "year" in groups:
        first = date(year_number(groups["year"]), first_month, 1)
        return date_reading(Period(granularity, first), "absolute", mod, keep_determiner)
    base, anchor = anchor_period(ctx, is_deictic(groups))
    if base is None:
        return unresolved(unknown, granularity, mod=mod)
    if "relyear" in groups:  # "June last year"
        year = base.first.year + words("relative_words")[key(groups["relyear"])]
        return date_reading(Period(granularity, date(year, first_month, 1)), anchor, mod, keep_determiner)
    here = base.coarsen(granularity).first
    if relative_offset(groups) == 0 or not finer_or_equal(base.granularity, granularity):
        # "this September", or "May" after "In 1989": the one of the anchor's year
        return date_reading(Period(granularity, date(base.first.year, first_month, 1)), anchor, mod, keep_determiner)
    options = [date(here.year + k, first_month, 1) for k in (-1, 0, 1)]
    chosen = choose(options, here, ctx.tense, relative_offset(groups), window=TENSE_WINDOW_DAYS)
    return date_reading(Period(granularity, chosen), anchor, mod, keep_determiner)


@rule("month")
def rule_month(groups: dict, ctx: Context) -> Reading:
    month = month_number(groups["month"])
    return _yearly_period("month", month, f"XXXX-{month:02d}", groups, ctx)


@rule("season")
def rule_season(groups: dict, ctx: Context) -> Reading:
    code = words("seasons")[key(groups["season"])]
    first_month = words("season_months")[code][0]
    keep = "det" not in groups or "mod" in groups
    return _yearly_period("season", first_month, f"XXXX-{code}", groups, ctx, keep)


@rule("holiday")
def rule_holiday(groups: dict, ctx: Context) -> Reading | None:
    """Holidays: a fixed day ("12-25") or the n-th weekday of a month ("11-4-4", "05-L-1"), plus days."""
    day_rule = words("holidays")[key(groups["holiday"])]
    if "year" in groups:
        return date_reading(Period("day", _holiday_day(day_rule, year_number(groups["year"]))), "absolute")
    base, anchor = anchor_period(ctx, is_deictic(groups))
    if base is None:
        if day_rule.startswith(_EASTER):
            return unresolved("XXXX-XX-XX", "day")
        return unresolved(f"XXXX-{day_rule[:2]}-XX" if len(day_rule) > 5 else f"XXXX-{day_rule}", "day")
    options = [_holiday_day(day_rule, base.first.year + k) for k in (-1, 0, 1)]
    return date_reading(Period("day", choose(options, base.first, ctx.tense, relative_offset(groups))), anchor)


_EASTER = "E"  # a holiday rule counted in days from Easter Sunday: "E-2" is Good Friday


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus and Jones)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _holiday_day(day_rule: str, year: int) -> date:
    if day_rule.startswith(_EASTER):  # "E", "E-2", "E+1": days from Easter Sunday
        return easter_sunday(year) + timedelta(days=int(day_rule[1:] or 0))
    month, _, rest = day_rule.partition("-")
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
