"""Rules for the periods business news reports on ("the first quarter of 2011", "the 1988
quarter", "the latest quarter", "year-earlier"): groups and context in, a DATE reading out."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.extract.timex_calendar import Period, finer_or_equal
from kg.extract.timex_normalise.anchors import anchor_period, comparison_base
from kg.extract.timex_normalise.base import Context, Reading, date_reading, rule, unresolved
from kg.extract.timex_normalise.words import (
    duration_value,
    is_deictic,
    key,
    number,
    ordinal,
    unit_code,
    words,
    year_number,
)


@rule("quarter")
def rule_quarter(groups: dict, ctx: Context) -> Reading | None:
    number = ordinal(groups["ordinal"])
    parts = words("year_parts")[key(groups["unit"])]
    if number == words("ordinals")["last"]:
        number = parts
    if not number or number > parts:
        return None
    keep = groups.get("hyphen") != "-"
    granularity = "quarter" if parts == 4 else "half"
    explicit = groups.get("year") or groups.get("year2")
    if explicit:
        first = date(int(explicit), (number - 1) * (12 // parts) + 1, 1)
        return date_reading(Period(granularity, first), "absolute", keep_determiner=keep)
    base, anchor = anchor_period(ctx, is_deictic(groups))
    letter = "Q" if parts == 4 else "H"
    if base is not None and "relyear" in groups:
        base = base.coarsen("year").shift("Y", words("relative_words")[key(groups["relyear"])])
        ctx = replace(ctx, tense=None)
    if base is None:
        return Reading("DATE", f"XXXX-{letter}{number}", "unresolved", granularity, keep_determiner=keep)
    first = date(base.first.year, (number - 1) * (12 // parts) + 1, 1)
    if ctx.tense == "past" and first > base.first and finer_or_equal(base.granularity, "month"):
        first = first.replace(year=first.year - 1)
    return date_reading(Period(granularity, first), anchor, keep_determiner=keep)


@rule("year_period")
def rule_year_period(groups: dict, ctx: Context) -> Reading:
    """"the 1988 quarter": the period under discussion, in the year named."""
    year = year_number(groups["year"])
    reference = ctx.reporting_period
    if reference is not None:
        return date_reading(Period(reference.granularity, reference.first.replace(year=year)), "narrative")
    return date_reading(Period("year", date(year, 1, 1)), "absolute")


@rule("latest_period")
def rule_latest_period(groups: dict, ctx: Context) -> Reading:
    """"the latest quarter": the quarter the text reports on, else the last whole quarter
    (or year) before the anchor."""
    granularity = words("latest_period_units")[key(groups["unit"])]
    reported = ctx.reporting_period
    if reported is not None and reported.granularity == granularity:  # the (fiscal) quarter the text reports
        return date_reading(reported, "narrative")
    base, anchor = anchor_period(ctx, deictic=True)
    if base is None:
        return unresolved("XXXX" if granularity == "year" else "XXXX-QX", granularity)
    unit = "Y" if granularity == "year" else "Q"
    return date_reading(Period.containing(granularity, base.first).shift(unit, -1), anchor)


@rule("year_earlier")
def rule_year_earlier(groups: dict, ctx: Context) -> Reading:
    """"year-earlier", "the year-ago period": the period under discussion, one year back;
    "the year-earlier nine months": a span of that length, like "the first nine months"."""
    if "count" in groups:
        unit = unit_code(groups["span_unit"])
        return Reading("DURATION", duration_value(unit, number(groups["count"])), "absolute", "duration")
    keep = "unit" in groups
    base, anchor = comparison_base(ctx)
    if base is None:
        return Reading("DATE", "XXXX", "unresolved", "year", keep_determiner=keep)
    if anchor == "publication":
        base = base.coarsen("year")
    return date_reading(base.shift("Y", -1), anchor, keep_determiner=keep)
