"""Rules for periods counted from an anchor ("next year", "the quarter", "three years later",
"the following month", "year-end", "recently"): groups and context in, a reading out."""
from __future__ import annotations

from datetime import date, timedelta

from kg.extract.timex_calendar import SHIFT_GRANULARITY, UNIT_GRANULARITY, Period, finer_or_equal, leaves_calendar
from kg.extract.timex_normalise.anchors import NARRATIVE_YEAR_REACH, anchor_period, comparison_base, shifted
from kg.extract.timex_normalise.base import (
    REPORTING_PERIODS,
    Context,
    Reading,
    date_reading,
    rule,
    unresolved,
    vague,
)
from kg.extract.timex_normalise.days import day_with_part
from kg.extract.timex_normalise.words import (
    approximation,
    duration_value,
    key,
    modifier,
    month_number,
    number,
    relative_offset,
    unit_code,
    words,
)

# the value of a period of each granularity when there is nothing to count from
_UNKNOWN_PERIOD = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX",
                   "quarter": "XXXX-QX", "half": "XXXX-HX", "decade": "XXX", "century": "XX"}


# half of a quarter's days: the middle of the three months before a quarter's closing day
_HALF_QUARTER_DAYS = 45


def _weekend_aware(reading: Reading, unit: str) -> Reading:
    """A weekend is the week it falls in, marked ``-WE`` ("next weekend": ``2024-W21-WE``)."""
    if unit == "WE":
        reading.value += "-WE"
    return reading


@rule("relative_unit")
def rule_relative_unit(groups: dict, ctx: Context) -> Reading | None:
    unit = unit_code(groups["unit"])
    if unit is None:  # "next half": kg reads no year half without its ordinal
        return None
    base, anchor = anchor_period(ctx, deictic=True)
    granularity = UNIT_GRANULARITY[unit]
    if (groups.get("det") and (relative_offset(groups) or 0) > 0 and ctx.reference is not None
            and finer_or_equal(ctx.reference.granularity, granularity)):
        base, anchor = ctx.reference, "narrative"  # "the next day" steps on from the day the text is on
    if base is None or not finer_or_equal(base.granularity, granularity):
        return unresolved(_UNKNOWN_PERIOD.get(granularity, "XXXX"), granularity, mod=modifier(groups))
    period = base.coarsen(granularity).shift(unit, relative_offset(groups) or 0)
    return _weekend_aware(date_reading(period, anchor, modifier(groups)), unit)


@rule("year_end")
def rule_year_end(groups: dict, ctx: Context) -> Reading:
    """"year-end": the end of the publication's year."""
    base, anchor = anchor_period(ctx, deictic=True)
    if base is None:
        return unresolved("XXXX", "year", mod="END")
    return date_reading(base.coarsen("year"), anchor, "END")


@rule("the_unit")
def rule_the_unit(groups: dict, ctx: Context) -> Reading | None:
    """"the year", "that quarter": the period of the last-mentioned date (for a quarter, of
    the last quarter named), else of the publication."""
    unit = unit_code(groups["unit"])
    if "ended" in groups and unit == "Y":  # "the year ended March 31": a span of a year
        return Reading("DURATION", duration_value(unit, 1), "absolute", "duration")
    granularity = UNIT_GRANULARITY[unit]
    reporting = ctx.reporting_period if granularity in REPORTING_PERIODS else None
    if unit == "Q" and "end_month" in groups and reporting is None:
        # "the quarter ended July 31" in a text that has named no quarter (whose numbering,
        # a company's fiscal one, it would keep): the quarter that day closes
        return _quarter_ending(month_number(groups["end_month"]), int(groups["end_day"]), ctx)
    # "the year" speaks of a date of its own paragraph, a few sentences back at most ("forecast
    # an increase for the full year" paragraphs after "by 1992" is this year); "that year"
    # points back wherever it was named
    near = ctx.reference_paragraph == ctx.paragraph and ctx.position - ctx.reference_end <= NARRATIVE_YEAR_REACH
    pointed = key(groups["det"]) == "that" or near
    reference = ctx.reference if pointed else None
    for base, anchor in ((reporting, "narrative"), (reference, "narrative"), (ctx.published, "publication")):
        if base is not None and finer_or_equal(base.granularity, granularity):
            if unit == "WE" and anchor == "publication" and base.granularity == "day":
                base = _weekend_day(base, ctx.tense)
            return _weekend_aware(date_reading(base.coarsen(granularity), anchor, modifier(groups)), unit)
    return None


def _quarter_ending(month: int, day: int, ctx: Context) -> Reading:
    """The calendar quarter the three months up to ``month``/``day`` overlap most (their middle
    falls in it: July 31 closes the second quarter, Sept. 30 the third), in the last year whose
    such day is not after publication (a quarter reported on is over)."""
    if ctx.published is None:
        return unresolved("XXXX-QX", "quarter")
    end = date(ctx.published.first.year, month, day)
    if end > ctx.published.first:
        end = end.replace(year=end.year - 1)
    return date_reading(Period.containing("quarter", end - timedelta(days=_HALF_QUARTER_DAYS)), "publication")


def _weekend_day(day: Period, tense: str | None) -> Period:
    """A day of the week whose weekend "the weekend" means, read from a weekday of publication:
    told in the past, or untensed early in the week ("talks over the weekend" in a Monday
    paper), the one just gone; else the coming one."""
    weekday = day.first.isoweekday()
    if weekday <= 5 and (tense == "past" or (tense is None and weekday <= 2)):
        return day.shift("D", -7)
    return day


@rule("shift")
def rule_shift(groups: dict, ctx: Context) -> Reading | None:
    """"three years ago", "a decade earlier", "two days later": the anchor moved by a count of units."""
    unit = unit_code(groups["unit"])
    direction = words("direction_words")[key(groups["direction"])]
    count = number(groups["num"])
    if unit in ("H", "MIN", "S"):
        return Reading("DURATION", duration_value(unit, count), "absolute", "duration")
    if count is None:
        return vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    narrative = key(groups["direction"]) in words("narrative_direction_words")
    mod = approximation(groups)
    granularity = SHIFT_GRANULARITY.get(unit, UNIT_GRANULARITY[unit])
    comparison, comparison_anchor = comparison_base(ctx) if unit == "Y" else (None, "")
    if comparison_anchor == "narrative":
        base, anchor = comparison, "narrative"
    elif narrative and ctx.reference is not None:
        base, anchor = ctx.reference, "narrative"
        if not finer_or_equal(base.granularity, granularity):
            # "a month later" after "the late 1990s": which month of the decade kg cannot tell
            return unresolved(_UNKNOWN_PERIOD.get(granularity, "XXXX"), granularity, mod=mod)
    elif ctx.published is not None:
        base, anchor = ctx.published.coarsen(granularity) if not narrative else ctx.published, "publication"
    else:
        return unresolved("XXXX", granularity, mod=mod)
    if leaves_calendar(base.first, unit, int(direction * count)):  # "10,000 years ago": before year 1
        return vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    moved = shifted(base, unit, int(direction * count))
    if not finer_or_equal(moved.granularity, granularity):
        moved = moved.coarsen(granularity)
    return date_reading(moved, anchor, mod)


@rule("narrative_next")
def rule_narrative_next(groups: dict, ctx: Context) -> Reading | None:
    """"the following year", "the previous month", "that same day", "later that year", "the next
    morning": the last-mentioned date moved by one unit (or not at all)."""
    # "Since that day, she has become involved" with no day told before it: the day of an
    # occasion the text told ("arrested at her first demonstration"), not the publication's
    return _anaphoric(groups, ctx, words("anaphoric_words")[key(groups["rel"])], told_only=True)


@rule("narrative_side")
def rule_narrative_side(groups: dict, ctx: Context) -> Reading | None:
    """"the day before", "the night after" at the end of their phrase: the day the text is on
    moved by one, as "the previous day" and "the next night" are."""
    return _anaphoric(groups, ctx, words("anaphoric_sides")[key(groups["side"])])


def _anaphoric(groups: dict, ctx: Context, offset: int, told_only: bool = False) -> Reading | None:
    """The last-mentioned date (else the publication; with ``told_only`` none: unresolved)
    moved by ``offset`` units of ``unit`` (a day for a part of the day)."""
    unit = unit_code(groups.get("unit") or "day")
    granularity = UNIT_GRANULARITY[unit]
    base, anchor = (ctx.reference, "narrative") if ctx.reference else (
        (None, "") if told_only else (ctx.published, "publication"))
    if base is None:
        return unresolved("XXXX", granularity, mod=modifier(groups))
    if not finer_or_equal(base.granularity, granularity):
        # "that same day" after "in October 1998": a day of it kg cannot tell (1998-10-XX), which dates nothing
        unknown = _UNKNOWN_PERIOD[granularity]
        if base.granularity not in _UNKNOWN_PERIOD:  # a season's value ("2009-SU") begins no day's: its year does
            base = base.coarsen("year")
        known = base.value if offset == 0 and unknown.startswith(_UNKNOWN_PERIOD[base.granularity]) else ""
        code = words("parts_of_day")[key(groups["part"])] if "part" in groups else None
        return unresolved(known + unknown[len(known):] + (f"T{code}" if code else ""), granularity,
                          "TIME" if code else "DATE")
    moved = shifted(base, unit, offset)
    if "part" in groups:  # "that night", "the next morning": a part of the day the text is on
        return day_with_part(moved.coarsen("day"), groups["part"], anchor)
    return date_reading(moved.coarsen(granularity), anchor, modifier(groups))


@rule("vague")
def rule_vague(groups: dict, ctx: Context) -> Reading:
    return vague(words("vague")[key(groups["vague"])])
