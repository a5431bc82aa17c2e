"""Rules for days and times of day ("yesterday", "Friday evening", "this morning", "10 p.m.
Tuesday", "noon"): groups and context in, a DATE or TIME reading out."""
from __future__ import annotations

from datetime import timedelta

from kg.extract.timex_calendar import Period
from kg.extract.timex_normalise.anchors import NARRATIVE_YEAR_REACH, anchor_period, choose
from kg.extract.timex_normalise.base import Context, Reading, date_reading, rule, unresolved
from kg.extract.timex_normalise.calendar_dates import rule_calendar_date
from kg.extract.timex_normalise.words import is_deictic, key, relative_offset, weekday_number, words

# A story told in the past on a day this many days before publication (a Monday paper on
# Friday's trading) has its own "overnight": the night before that day, not before
# publication, when the day was named within NARRATIVE_YEAR_REACH (two or three sentences);
# a day nearer publication ("yesterday") leaves the two nights one or next to each other.
STORY_DAY_GAP = range(2, 8)


def day_with_part(day: Period | None, part: str | None, anchor: str) -> Reading:
    code = words("parts_of_day")[key(part)] if part else None
    if day is None:
        value = "XXXX-XX-XX" + (f"T{code}" if code else "")
        return unresolved(value, "day", "TIME" if code else "DATE")
    if code is None:
        return date_reading(day, anchor)
    start, end = day.bounds()
    return Reading("TIME", f"{day.value}T{code}", anchor, "time", start, end, period=day)


def _published_day(ctx: Context) -> Period | None:
    """The publication date when it names a day (deictic days need one)."""
    return ctx.published if ctx.published is not None and ctx.published.granularity == "day" else None


@rule("deictic_day")
def rule_deictic_day(groups: dict, ctx: Context) -> Reading:
    word = key(groups["deictic"])
    offset = words("deictic_days")[word]
    part = groups.get("part") or groups.get("part_before") or (word if word in words("parts_of_day") else None)
    published = _published_day(ctx)
    if published is None:
        return day_with_part(None, part, "unresolved")
    story_day = _story_day(ctx, published)
    if word in words("story_night_words") and story_day is not None:
        return day_with_part(story_day.shift("D", offset), part, "narrative")
    return day_with_part(published.shift("D", offset), part, "publication")


def _story_day(ctx: Context, published: Period) -> Period | None:
    """The day a past-tense text is on when it lies :data:`STORY_DAY_GAP` days before
    publication and was named a few sentences back."""
    reference = ctx.reference
    if (reference is None or reference.granularity != "day" or ctx.tense != "past"
            or ctx.position - ctx.reference_end > NARRATIVE_YEAR_REACH):
        return None
    return reference if (published.first - reference.first).days in STORY_DAY_GAP else None


@rule("part_of_day")
def rule_part_of_day(groups: dict, ctx: Context) -> Reading:
    rel = key(groups["rel"])
    offset = words("deictic_days").get(rel, words("relative_words").get(rel, 0))
    published = _published_day(ctx)
    if published is None:
        return day_with_part(None, groups["part"], "unresolved")
    return day_with_part(published.shift("D", offset), groups["part"], "publication")


def _weekday_day(weekday_text: str, ctx: Context, direction: int | None,
                 deictic: bool = False, narrative: bool = False) -> tuple[Period | None, str]:
    """The day a weekday names, counted from the publication date; "the previous Friday",
    "the following Monday" (``narrative``) count from the day the text is on, when it is on one."""
    weekday = weekday_number(weekday_text)
    base, anchor = anchor_period(ctx, deictic)
    if narrative and ctx.reference is not None and ctx.reference.granularity == "day":
        base, anchor = ctx.reference, "narrative"
    if base is None or base.granularity != "day":
        return None, "unresolved"
    here = base.first
    options = [here + timedelta(days=k) for k in range(-7, 8) if (here + timedelta(days=k)).isoweekday() == weekday]
    if anchor == "publication" and ctx.runs_on and ctx.tense == "past" and not direction:
        # a live blog's entry told in the past may lie a day or two after the date the blog
        # bears: "said Monday" in one begun on Sunday is the next day, not six days before
        return Period("day", choose(options, here + timedelta(days=ctx.runs_on), "past")), anchor
    return Period("day", choose(options, here, ctx.tense, direction)), anchor


@rule("weekday")
def rule_weekday(groups: dict, ctx: Context) -> Reading:
    narrative = key(groups.get("rel")) in words("narrative_relative_words")
    day, anchor = _weekday_day(groups["weekday"], ctx, relative_offset(groups), is_deictic(groups), narrative)
    if day is None:
        code = words("parts_of_day").get(key(groups.get("part")))
        return unresolved(f"XXXX-WXX-{weekday_number(groups['weekday'])}" + (f"T{code}" if code else ""), "day")
    return day_with_part(day, groups.get("part"), anchor)


@rule("day_beside")
def rule_day_beside(groups: dict, ctx: Context) -> Reading:
    """"the day before last Tuesday", "the day after March 3": the day next to the one named."""
    step = words("direction_words")[key(groups["side"])]
    if "weekday" in groups:
        day, anchor = _weekday_day(groups["weekday"], ctx, relative_offset(groups), is_deictic(groups))
    else:
        named = rule_calendar_date(groups, ctx)
        day, anchor = (named.period, named.anchor) if named and named.period else (None, "unresolved")
    if day is None:
        return unresolved("XXXX-XX-XX", "day")
    return date_reading(day.shift("D", step), anchor)


def _clock(groups: dict) -> str:
    """"10:30 p.m. EST" → ``22:30``; "noon" → ``12:00``; a UTC zone adds ``Z``."""
    if "clockword" in groups:
        clock = words("clock_words")[key(groups["clockword"])]
    elif "hour24" in groups:
        clock = f"{int(groups['hour24']):02d}:{groups['minute']}"
    else:
        hour = int(groups["hour"]) % 12 + words("meridiem")[key(groups["meridiem"])]
        clock = f"{hour:02d}:{groups.get('minute', '00')}"
    return clock + ("Z" if groups.get("tz", "").upper() in words("utc_zones") else "")


def _clock_day(groups: dict, ctx: Context) -> tuple[Period | None, str]:
    """The day a clock time falls on: the one its words name, else the day the text is on."""
    if "weekday" in groups:
        return _weekday_day(groups["weekday"], ctx, None)
    if "month" in groups:
        dated = rule_calendar_date(groups, ctx)
        return (dated.period, dated.anchor) if dated and dated.period else (None, "unresolved")
    if "deictic" not in groups and ctx.tense == "past" and ctx.reference and ctx.reference.granularity == "day":
        return ctx.reference, "narrative"  # "He was shot on Oct. 23 ... at 10 p.m.": the day the text is on
    offset = words("deictic_days").get(key(groups.get("deictic")), 0)
    published = _published_day(ctx)
    return (published.shift("D", offset), "publication") if published else (None, "unresolved")


@rule("clock")
def rule_clock(groups: dict, ctx: Context) -> Reading | None:
    clock = _clock(groups)
    day, anchor = _clock_day(groups, ctx)
    if day is None:
        return unresolved(f"XXXX-XX-XXT{clock}", "time", "TIME")
    start, end = day.bounds()
    return Reading("TIME", f"{day.value}T{clock}", anchor, "time", start, end, period=day)
