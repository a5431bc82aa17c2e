"""Rules for lengths of time and recurrences ("two and a half years", "several weeks", "every
Monday", "twice a year", "daily"): groups in, a DURATION or SET reading out (no anchor needed)."""
from __future__ import annotations

from kg.extract.timex_normalise.base import Context, Reading, rule
from kg.extract.timex_normalise.words import (
    approximation,
    duration_value,
    key,
    month_number,
    number,
    unit_code,
    weekday_number,
    words,
)


@rule("duration")
def rule_duration(groups: dict, ctx: Context) -> Reading | None:
    if "bare" in groups:
        return Reading("DURATION", duration_value(unit_code(groups["bare"]), None), "absolute", "duration")
    unit = unit_code(groups["unit"])
    if unit is None:
        return None
    # "half an hour", "a half-hour", "half a century": half of one unit
    count = None if "vague" in groups else 0.5 if "half_of" in groups else number(groups["num"])
    if count is not None and ("half" in groups or "half_after" in groups):
        count += 0.5
    if "vague" not in groups and count is None:
        return None
    article = key(groups.get("det")) in words("articles")
    # "a couple of years", "a dozen years": the article belongs to the number, not to the span's head
    article_in_number = article and f"{key(groups['det'])} {key(groups['num'])}" in words("numbers")
    keep = groups.get("hyphen") != "-" and (not article or article_in_number)
    if unit in words("fraction_units") and (not keep or key(groups.get("num")) in words("unit_numbers")):
        return None  # "a quarter", "three-quarters": fractions, not periods
    mod = approximation(groups)
    return Reading("DURATION", duration_value(unit, count), "absolute", "duration", mod=mod, keep_determiner=keep)


@rule("set")
def rule_set(groups: dict, ctx: Context) -> Reading:
    if "setword" in groups:
        return Reading("SET", words("sets")[key(groups["setword"])], "absolute", "set")
    if "weekdays" in groups:
        code = words("parts_of_day").get(key(groups.get("part", "")).rstrip("s"))
        value = f"XXXX-WXX-{weekday_number(groups['weekdays'])}" + (f"T{code}" if code else "")
        return Reading("SET", value, "absolute", "set")
    word = key(groups["unit"])
    unit = unit_code(word)
    if unit is not None:
        count = number(groups.get("num")) if groups.get("num") not in (None, "other") else 1
        count = 2 if groups.get("num") == "other" else count
        return Reading("SET", duration_value(unit, count or 1), "absolute", "set")
    weekdays, parts = words("weekdays"), words("parts_of_day")
    if word.rstrip(".") in weekdays:
        return Reading("SET", f"XXXX-WXX-{weekdays[word.rstrip('.')]}", "absolute", "set")
    if word in parts:
        return Reading("SET", f"XXXX-XX-XXT{parts[word]}", "absolute", "set")
    return Reading("SET", f"XXXX-{month_number(word):02d}", "absolute", "set")
