"""What relative expressions count from: a :class:`Context` in, the anchoring period (or chosen day) out."""
from __future__ import annotations

from datetime import date

from kg.extract.timex_calendar import UNIT_GRANULARITY, Period, finer_or_equal
from kg.extract.timex_normalise.base import Context

# A day or month named without its year is the nearest such one in the direction
# the tense points when that lies within this many days; otherwise the nearest.
TENSE_WINDOW_DAYS = 300
# how far (characters: two or three sentences) a day named with an earlier year keeps
# the text in that year
NARRATIVE_YEAR_REACH = 400


def choose(candidates: list[date], anchor: date, tense: str | None, direction: int | None = None,
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


def anchor_period(ctx: Context, deictic: bool = False) -> tuple[Period | None, str]:
    """The period relative expressions count from, and the anchor name: the publication
    date, else (unless the words point from the moment of writing: ``deictic``) the last
    date the text named in the same paragraph — a bare "in May" paragraphs after "in
    1989" is not May 1989."""
    if ctx.published is not None:
        return ctx.published, "publication"
    if ctx.reference is not None and not deictic and ctx.reference_paragraph == ctx.paragraph:
        return ctx.reference, "narrative"
    return None, "unresolved"


def narrative_year(ctx: Context) -> Period | None:
    """The day or month, named with a year before the publication's, that a day named
    without its year a few sentences on counts from: "On February 14 2003 he delivered a
    report … He followed up on February 28" (2003, not the publication's year), within
    :data:`NARRATIVE_YEAR_REACH` of where the text last spoke of that year; None when the
    text has since named another time ("yesterday") or is in the publication's year."""
    reference = ctx.dated_reference
    if (reference is None or ctx.published is None or reference.first.year >= ctx.published.first.year
            or ctx.reference is not reference or ctx.position - ctx.dated_reference_end > NARRATIVE_YEAR_REACH):
        return None
    return reference


def comparison_base(ctx: Context) -> tuple[Period | None, str]:
    """The period a year-on-year comparison ("a year ago", "year-earlier") starts from:
    the reporting period under discussion (a quarter or half the text just named, in
    the publication's year), else the publication date."""
    reference, published = ctx.reporting_period, ctx.published
    if reference is not None and (
        published is None or reference.first.year >= published.first.year
    ):
        return reference, "narrative"
    return published, "publication"


def shifted(base: Period, unit: str, count: int) -> Period:
    """``base`` moved by ``count`` units, at the base's granularity when it is at least
    as fine as the unit, else at the unit's."""
    granularity = UNIT_GRANULARITY[unit]
    if not finer_or_equal(base.granularity, granularity):
        return Period.containing(granularity, base.first).shift(unit, count)
    return base.shift(unit, count)
