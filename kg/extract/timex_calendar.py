"""Calendar periods for temporal normalisation: a :class:`Period` in, TIMEX3 values and ISO bounds out.

A period is a granularity (``day``, ``week``, ``month``, ``season``, ``quarter``,
``half``, ``year``, ``decade``, ``century``) and the first day of the period.
Periods shift by calendar units and render as TIMEX3 values::

>>> p = Period("quarter", date(1989, 7, 1))
>>> p.value, p.bounds(), p.shift("Y", -1).value
('1989-Q3', ('1989-07-01', '1989-09-30'), '1988-Q3')
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# granularity → months a period spans (None: not a whole number of months)
_SPAN_MONTHS = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
# unit code (lexicon "units") → (months, days) it shifts by
_UNIT_SHIFT = {"Y": (12, 0), "M": (1, 0), "W": (0, 7), "D": (0, 1), "Q": (3, 0), "DE": (120, 0),
               "CE": (1200, 0), "HALF": (6, 0), "FN": (0, 14), "WE": (0, 7), "ML": (12000, 0)}
# unit code → the granularity of a period it names
UNIT_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade",
                    "CE": "century", "HALF": "half", "FN": "week", "WE": "week", "ML": "century"}
# unit code → granularity of a date reached by shifting that many units ("a decade ago" → a year)
SHIFT_GRANULARITY = {"DE": "year", "CE": "year", "ML": "year"}
_FINENESS = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}
MIN_YEAR, MAX_YEAR = 1, 9998


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, MIN_YEAR), MAX_YEAR)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def leaves_calendar(day: date, unit: str, count: int) -> bool:
    """Whether ``count`` units (a lexicon unit code) from ``day`` fall outside the years a
    value can be written for ("10,000 years ago"), where :func:`add_months` would clamp."""
    months, _ = _UNIT_SHIFT.get(unit, (12, 0))
    year = (day.year * 12 + day.month - 1 + months * count) // 12
    return not MIN_YEAR <= year <= MAX_YEAR


def finer_or_equal(granularity: str, other: str) -> bool:
    return _FINENESS.index(granularity) <= _FINENESS.index(other)


@dataclass(frozen=True)
class Period:
    granularity: str
    first: date

    @classmethod
    def containing(cls, granularity: str, day: date) -> Period:
        """The period of ``granularity`` that contains ``day``."""
        if granularity == "day":
            return cls("day", day)
        if granularity == "week":
            return cls("week", day - timedelta(days=day.weekday()))
        if granularity == "season":  # spring starts in March, winter in December
            return cls("season", add_months(date(day.year, day.month, 1), -((day.month - 3) % 3)))
        span = _SPAN_MONTHS[granularity]
        if granularity == "decade":
            return cls(granularity, date(day.year // 10 * 10 or 1, 1, 1))
        if granularity == "century":
            return cls(granularity, date(day.year // 100 * 100 or 1, 1, 1))
        month = (day.month - 1) // span * span + 1
        return cls(granularity, date(day.year, month, 1))

    @property
    def value(self) -> str:
        day = self.first
        year = f"{day.year:04d}"
        if self.granularity == "day":
            return day.isoformat()
        if self.granularity == "week":
            iso_year, week, _ = day.isocalendar()
            return f"{iso_year:04d}-W{week:02d}"
        if self.granularity == "month":
            return f"{year}-{day.month:02d}"
        if self.granularity == "season":
            season = SEASON_OF_MONTH[day.month]
            return f"{year}-{season}"
        if self.granularity == "quarter":
            return f"{year}-Q{(day.month - 1) // 3 + 1}"
        if self.granularity == "half":
            return f"{year}-H{(day.month - 1) // 6 + 1}"
        if self.granularity == "year":
            return year
        if self.granularity == "decade":
            return year[:3]
        return year[:2]

    def last(self) -> date:
        if self.granularity == "day":
            return self.first
        if self.granularity == "week":
            return self.first + timedelta(days=6)
        return add_months(self.first, _SPAN_MONTHS[self.granularity]) - timedelta(days=1)

    def bounds(self) -> tuple[str, str]:
        return self.first.isoformat(), self.last().isoformat()

    def shift(self, unit: str, count: int) -> Period:
        """The period ``count`` units (a lexicon unit code) later (earlier when negative)."""
        months, days = _UNIT_SHIFT.get(unit, (12, 0))
        moved = add_months(self.first, months * count) if months else self.first + timedelta(days=days * count)
        return Period.containing(self.granularity, moved)

    def coarsen(self, granularity: str) -> Period:
        """The period of ``granularity`` containing this one's first day."""
        return Period.containing(granularity, self.first)


def parse_published(published: str | None) -> Period | None:
    """The publication date (``YYYY-MM-DD``, ``YYYY-MM``, or a longer ISO timestamp) as a period."""
    if not published:
        return None
    try:
        if len(published) >= 10:
            return Period("day", date.fromisoformat(published[:10]))
        if len(published) == 7:
            return Period("month", date(int(published[:4]), int(published[5:7]), 1))
        if len(published) == 4:
            return Period("year", date(int(published), 1, 1))
    except ValueError:
        return None
    return None
