"""Lexicon look-ups for the normalisers: matched words in, numbers, unit codes and TIMEX3 pieces out.

The words come from a pattern match, so they are in the lexicon entry the
pattern's placeholder names: a missing word or entry is a programming error and
raises ``KeyError``. Look-ups of optional words say so with ``.get``.
"""
from __future__ import annotations

import re

from kg.extract.timex_patterns import lexicon, month_names


def words(name: str) -> dict | list:
    """The lexicon entry ``name`` (``resources/temporal/lexicon.json``)."""
    return lexicon()[name]


def key(text: str | None) -> str:
    """``text`` as the lexicon spells its words: lower case, single spaces."""
    return " ".join((text or "").lower().split())


def month_number(text: str) -> int:
    return month_names()[key(text).rstrip(".")]


def weekday_number(text: str) -> int:
    return words("weekdays")[key(text).rstrip(".")]


def number(text: str | None) -> float | None:
    """A cardinal in digits or words ("12", "2 1/2", "twenty-four"), None when vague."""
    spelled = key(text)
    if not spelled:
        return None
    if spelled.endswith(" 1/2"):
        whole = number(spelled[:-4])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", spelled):
        return float(spelled)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", spelled):  # "2,000 years ago"
        return float(spelled.replace(",", ""))
    numbers = words("numbers")
    if spelled in numbers:
        return float(numbers[spelled])
    tens, _, ones = spelled.partition("-")
    if tens in numbers and ones in numbers:
        return float(numbers[tens] + numbers[ones])
    return None


def year_number(text: str) -> int:
    """A year in digits or words ("1994", "nineteen ninety-four", "two thousand and one")."""
    spelled = key(text)
    if spelled.isdigit():
        return int(spelled)
    for thousands, base in words("spelled_millennium").items():
        if spelled.startswith(thousands):
            rest = spelled[len(thousands):].removeprefix(" and ").strip()
            return base + int(number(rest) or 0)
    century, _, rest = spelled.partition(" ")
    tail = number(rest)
    return words("spelled_century")[century] * 100 + int(tail) % 100  # "nineteen hundred" → 1900


def ordinal(text: str | None) -> int | None:
    spelled = key(text)
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", spelled)
    return int(digits.group(1)) if digits else words("ordinals").get(spelled)


def unit_code(text: str | None) -> str | None:
    """The unit code ("Y", "M", ...) of a unit word, None for a word that names no unit ("half")."""
    return words("units").get(key(text))


def duration_value(unit: str, count: float | None) -> str:
    """TIMEX3 duration value of ``count`` units (``X`` when the count is vague);
    a fraction goes to the next smaller unit: 2.5 years → ``P2Y6M``."""
    if count is None:
        return words("unit_vague_durations")[unit]
    whole = int(count)
    smaller = words("fraction_to_smaller_unit").get(unit)
    if count != whole and smaller:
        rest = duration_value(smaller[0], round((count - whole) * smaller[1]))
        first = duration_value(unit, whole) if whole else ("PT" if rest.startswith("PT") else "P")
        if rest.startswith("PT") and not first.startswith("PT"):
            return first + rest[1:]
        return first + rest[len("PT") if rest.startswith("PT") else 1:]
    template = words("unit_durations")[unit]

    def units(match: re.Match) -> str:
        # a unit counted in a smaller one ("P{n100}Y") takes a fraction whole: half a century is P50Y
        scaled = count * int(match.group(1)) if match.group(1) else whole
        return str(int(scaled)) if scaled == int(scaled) else str(scaled)

    return re.sub(r"\{n(\d*)\}", units, template)


def modifier(groups: dict) -> str | None:
    """The TIMEX3 mod of "early", "the end of", ... (None without one)."""
    spelled = key(groups.get("mod"))
    for table in ("modifiers", "day_modifiers", "unit_modifiers"):
        if spelled in words(table):
            return words(table)[spelled]
    return None


def approximation(groups: dict) -> str | None:
    """The TIMEX3 mod of "nearly two years", "a week or so"."""
    return words("approximators").get(key(groups.get("approx"))) or ("APPROX" if "or_so" in groups else None)


def relative_offset(groups: dict) -> int | None:
    """-1, 0 or 1 for "last", "this", "next" (and "previous", "following"); None without such a word."""
    rel = key(groups.get("rel"))
    return words("relative_words").get(rel, words("narrative_relative_words").get(rel)) if rel else None


def is_deictic(groups: dict) -> bool:
    """Whether the words count from the moment of writing ("last May", "next Friday", "May last year")."""
    return key(groups.get("rel")) in words("relative_words") or "relyear" in groups
