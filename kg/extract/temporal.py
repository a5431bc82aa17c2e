"""Temporal expressions: a parsed ``Doc`` in, ``doc._.kg_timexes`` (list of :class:`Timex`) out.

Candidates are spaCy's DATE entities; each is normalised to a TIMEX3 type and
value. Absolute dates (``1994``, ``February 2022``, ``February 09, 2022``) get
their own granularity; durations stay durations; expressions that need a
reference date are resolved against ``doc._.kg_published`` when there is one
and otherwise left ``unresolved`` with ``X`` for the unknown parts.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.sentences import sentence_of_token
from kg.records import Timex
from kg.resources import load_json

_YEAR = re.compile(r"^(?:in |the year )?((?:1[0-9]|20)\d\d)$")
_RANGE = re.compile(r"^((?:1[0-9]|20)\d\d)\s*(?:and|-|–|to)\s*((?:1[0-9]|20)?\d\d)$")
_DURATION = re.compile(r"^(?:the )?(?:past |last |next )?(\d+|[a-z]+)(?:-| )(year|month|week|day)s?(?: long| old)?$")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twenty": 20, "sixteen": 16, "a": 1}


def _month(word: str) -> int | None:
    return load_json("temporal/months.json").get(word.lower().rstrip(".,"))


def _bounds(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    if day is not None:
        iso = date(year, month, day).isoformat()
        return iso, iso
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def normalise(text: str, published: str | None) -> tuple[str, str, str, str, str | None, str | None] | None:
    """``(type, value, anchor, granularity, start, end)`` for an expression, or None
    when it is not a temporal expression kg understands.

    >>> normalise("February 2022", None)[:4]
    ('DATE', '2022-02', 'absolute', 'month')
    """
    words = text.strip().lower()
    match = _YEAR.match(words)
    if match:
        year = int(match.group(1))
        return ("DATE", f"{year:04d}", "absolute", "year", *_bounds(year))
    match = _RANGE.match(words)
    if match:
        first = int(match.group(1))
        second_text = match.group(2)
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if second > first:
            return ("DATE", f"{first:04d}/{second:04d}", "absolute", "year",
                    _bounds(first)[0], _bounds(second)[1])
    tokens = re.findall(r"[a-z]+\.?|\d+", words)
    numbers = [t for t in tokens if t.isdigit()]
    months = [m for m in (_month(t) for t in tokens) if m]
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    if len(months) == 1 and len(years) == 1 and len(tokens) <= 5:
        month, year = months[0], years[0]
        if len(days) == 1:
            try:
                return ("DATE", date(year, month, days[0]).isoformat(), "absolute", "day",
                        *_bounds(year, month, days[0]))
            except ValueError:
                return None
        if not days:
            return ("DATE", f"{year:04d}-{month:02d}", "absolute", "month", *_bounds(year, month))
    match = _DURATION.match(words)
    if match:
        amount = match.group(1)
        count = int(amount) if amount.isdigit() else _NUMBERS.get(amount)
        if count is not None:
            unit = match.group(2)[0].upper()
            return ("DURATION", f"P{count}{unit}", "absolute", "duration", None, None)
    if words in ("today", "now", "currently"):
        if published and len(published) == 10:
            return ("DATE", published, "publication", "day", published, published)
        return ("DATE", "PRESENT_REF", "publication", "vague", None, None)
    if words in ("last year", "this year", "next year") and published:
        year = int(published[:4]) + {"last": -1, "this": 0, "next": 1}[words.split()[0]]
        return ("DATE", f"{year:04d}", "publication", "year", *_bounds(year))
    return None


def _to_timex(span: Span, published: str | None, sentence: int) -> Timex | None:
    text = span.text
    result = normalise(text, published)
    if result is None:
        return None
    kind, value, anchor, granularity, start, end = result
    return Timex(span.start_char, span.end_char, text, kind, value, anchor, granularity, sentence, start, end)


@Language.component("kg_temporal")
def temporal_component(doc: Doc) -> Doc:
    sentences = sentence_of_token(doc)
    published = doc._.kg_published
    timexes = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        timex = _to_timex(ent, published, sentences[ent.start])
        if timex is not None:
            timexes.append(timex)
    doc._.kg_timexes = timexes
    return doc
