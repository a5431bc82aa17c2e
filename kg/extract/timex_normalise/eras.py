"""Rules for years and longer: named years, year ranges, decades, centuries (groups in, a DATE reading out)."""
from __future__ import annotations

from datetime import date

from kg.extract.timex_calendar import Period
from kg.extract.timex_normalise.anchors import anchor_period
from kg.extract.timex_normalise.base import Context, Reading, date_reading, rule, unresolved
from kg.extract.timex_normalise.words import key, modifier, ordinal, unit_code, words, year_number

# how many years ahead a decade named by two digits may begin and still be the coming one
_COMING_DECADE_YEARS = 5


@rule("year")
def rule_year(groups: dict, ctx: Context) -> Reading:
    year = year_number(groups["year"])
    return date_reading(Period("year", date(year, 1, 1)), "absolute", modifier(groups))


@rule("year_range")
def rule_year_range(groups: dict, ctx: Context) -> Reading | None:
    first, second_text = int(groups["year"]), groups["year2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 100:
        return None
    return Reading("DATE", f"{first:04d}/{second:04d}", "absolute", "year",
                   f"{first:04d}-01-01", f"{second:04d}-12-31")


@rule("decade")
def rule_decade(groups: dict, ctx: Context) -> Reading:
    if "decade" in groups:
        century = int(groups.get("century") or _century_of(ctx))
        value = f"{century:02d}{groups['decade']}"
    else:
        digit = int(groups.get("short") or groups.get("bare") or words("decade_words")[key(groups["word"])])
        value = f"{_century_of(ctx, digit):02d}{digit}"
    period = Period("decade", date(int(value) * 10 or 1, 1, 1))
    return date_reading(period, "absolute", modifier(groups))


def _century_of(ctx: Context, digit: int | None = None) -> int:
    """The century of two-digit decades ("the '80s"): the publication's, else the 1900s; a
    decade ``digit`` that would begin more than a few years after the publication is of the
    century before ("the '90s" written in 2011 are the 1990s, not the 2090s; written in 1989
    they are the decade about to begin)."""
    base = ctx.published or ctx.reference
    if base is None:
        return 19
    century = base.first.year // 100
    if digit is not None and century * 100 + digit * 10 > base.first.year + _COMING_DECADE_YEARS:
        return century - 1
    return century


@rule("century")
def rule_century(groups: dict, ctx: Context) -> Reading | None:
    number = ordinal(groups["ordinal"])
    if not number or number > 99:
        return None
    return date_reading(Period("century", date((number - 1) * 100 or 1, 1, 1)), "absolute", modifier(groups))


@rule("decade_of")
def rule_decade_of(groups: dict, ctx: Context) -> Reading | None:
    number = ordinal(groups["ordinal"])
    if not number or number > 10:
        return None
    base, anchor = anchor_period(ctx)
    span = 1000 if unit_code(groups["unit"]) == "ML" else 100
    if base is None:
        return unresolved("XXX", "decade")
    start_year = base.first.year // span * span
    decade_year = max(start_year + (number - 1) * 10, 1)
    return date_reading(Period("decade", date(decade_year, 1, 1)), anchor)
