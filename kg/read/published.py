"""Publication dates: normalising given values and finding them in the text.

``normalise_published("2022-02-21T10:00:00Z")`` gives ``"2022-02-21"``; a month
alone (``"2023-07"``) stays a month. ``published_from_text(text, url)`` looks for
a date in the article's own URL (``/2022/02/21/``) and then for a dateline near
the top of the text, and returns ``(value, source)`` or ``(None, None)``.
The clock is never consulted.
"""
from __future__ import annotations

import re
from datetime import date

from kg.resources import load_json

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:(?P<sep>[T\s])(?P<rest>.*))?$")
# A clock after the date: hours, minutes, optional seconds (60: a leap second) and fraction.
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?!\d)")
# Years kg can compute with: relative dates reach a century either way of the publication
# date, and every value must stay a four-digit ISO year.
MIN_YEAR, MAX_YEAR = 1000, 8999
_URL_DATE = re.compile(r"https?://\S*?/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|\b)")
_URL_MONTH = re.compile(r"https?://\S*?/((?:19|20)\d\d)/([01]?\d)/")
DATELINE_WINDOW = 400  # characters from the top in which a dateline may stand


def _valid(year: int, month: int, day: int | None) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_published(value: object) -> str | None:
    """A publication date given by the user, as ``YYYY-MM-DD``/``YYYY-MM``, or None.

    >>> normalise_published("2013-01-24")
    '2013-01-24'
    >>> normalise_published("July 4, 2026")
    '2026-07-04'
    >>> normalise_published("sometime") is None
    True
    >>> normalise_published("2023-02-28T25:99:99") is None
    True
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = match.group(1, 2, 3)
        if match.group("sep") and not _clock_valid(match.group("sep"), match.group("rest")):
            return None
        return _valid(int(year), int(month), int(day) if day else None)
    found = _dateline(text, whole=True)
    return found


def _clock_valid(separator: str, rest: str) -> bool:
    """After ``T`` a valid clock must follow; after a space, a clock, if there is one, must be valid."""
    clock = _CLOCK.match(rest)
    if clock is None:
        return separator != "T"
    hours, minutes, seconds = (int(part or 0) for part in clock.groups())
    return hours <= 23 and minutes <= 59 and seconds <= 60


def _month_number(word: str) -> int | None:
    return load_json("temporal/months.json").get(word.lower().rstrip("."))


_DATELINE = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>[A-Za-z]{3,9}\.?),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[A-Za-z]{3,9}\.?)\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))\b"
)


def _date_of(match: re.Match) -> str | None:
    month = _month_number(match.group("m1") or match.group("m2"))
    if not month:
        return None
    day = match.group("d1") or match.group("d2")
    return _valid(int(match.group("y1") or match.group("y2")), month, int(day))


def _is_dateline(line: str, match: re.Match) -> bool:
    """A date stands as a dateline when it is not inside a sentence: not after a
    preposition ("On 24 February 2022, Russia invaded"), and either the line is short,
    a cue such as "Published" precedes it, or it follows a place ("GENEVA, 10 Jan 2022 —")."""
    rules = load_json("datelines.json")
    before, after = line[: match.start()], line[match.end() :]
    words_before = re.findall(r"[\w.'’-]+", before.lower())
    if words_before and words_before[-1] in rules["prepositions"]:
        return False
    other_words = words_before + re.findall(r"[\w.'’-]+", after)
    cue = any(before.lower().rstrip(" :|-–—").endswith(c) for c in rules["cues"])
    placed = before.rstrip().endswith(",") and len(words_before) <= 3 and after.lstrip()[:1] in ("—", "–", "-", "(")
    return cue or placed or len(other_words) <= rules["max_other_words"]


def _dateline(text: str, whole: bool = False) -> str | None:
    """The first date in ``text`` that stands as a dateline (``whole``: the text is only a date)."""
    for line in text.splitlines():
        for match in _DATELINE.finditer(line):
            if whole and (match.start() > 0 or match.end() < len(line.rstrip())):
                continue
            if (whole or _is_dateline(line, match)) and _date_of(match):
                return _date_of(match)
    return None


def published_from_text(text: str, url: str | None = None) -> tuple[str | None, str | None]:
    """Find the publication date in the article's URL or its dateline.

    >>> published_from_text("Title\\nhttps://example.org/2022/02/21/story\\nBody")
    ('2022-02-21', 'url')
    >>> published_from_text("Published: March 3, 2021 | By A. Writer\\n...")
    ('2021-03-03', 'dateline')
    >>> published_from_text("On 24 February 2022, Russia invaded Ukraine.")
    (None, None)
    >>> published_from_text("No date here.")
    (None, None)
    """
    for candidate in filter(None, (url, text)):
        match = _URL_DATE.search(candidate)
        if match:
            value = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if value:
                return value, "url"
    head = "\n".join(line for line in text.lstrip()[:DATELINE_WINDOW].splitlines() if len(line) < 120)
    value = _dateline(head)
    if value:
        return value, "dateline"
    for candidate in filter(None, (url, text)):
        match = _URL_MONTH.search(candidate)
        if match:
            value = _valid(int(match.group(1)), int(match.group(2)), None)
            if value:
                return value, "url"
    return None, None
