"""The shapes normalisation works with: a rule's groups and a :class:`Context` in, a :class:`Reading` out.

Holds the rule registry: each normaliser is registered under the name the
patterns of ``resources/temporal/patterns.json`` give in their ``rule`` field
(``@rule("year_range")``), and :func:`check_rules` makes sure the two agree.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.extract.timex_calendar import Period

# granularities a text reports figures for; "a year ago" after one of them compares with it
REPORTING_PERIODS = ("quarter", "half")


@dataclass
class Reading:
    """What one expression means (see the package docstring); ``period`` is the DATE's
    calendar period and ``keep_determiner`` says whether a leading article belongs to it."""

    type: str
    value: str
    anchor: str
    granularity: str
    start_date: str | None = None
    end_date: str | None = None
    mod: str | None = None
    period: Period | None = None  # the DATE period, for narrative anchoring of later expressions
    keep_determiner: bool = True
    # a narrative date the story now stands on, which later expressions count from ("On
    # March 12 [2003] … The next day"); other narrative dates do not move the reference
    sets_scene: bool = False


@dataclass
class Context:
    """What the expressions of one text are read against, updated as reading goes on."""

    published: Period | None
    reference: Period | None = None  # the last date the text mentioned
    reference_paragraph: int = 0  # the paragraph that date stands in
    reference_end: int = -1  # the offset where that date's expression ends
    paragraph: int = 0  # the paragraph of the expression being read
    reporting_period: Period | None = None  # the last quarter or half the text mentioned
    # the last day or month named with its year, and where the text last spoke of its year
    # (that date, or a day read in its year since): "On February 14 2003 … on February 28"
    dated_reference: Period | None = None
    dated_reference_end: int = -1
    position: int = 0  # the offset of the expression being read
    tense: str | None = None  # "past", "future" or None (present or unknown)
    # how many days past its publication day the text may run: a live blog's entries, stamped
    # with the clock ("(4:46 p.m. Monday ET)"), go on for a day or two after the date it bears
    runs_on: int = 0


Rule = Callable[[dict, Context], Reading | None]
RULES: dict[str, Rule] = {}


class RuleRegistryError(LookupError):
    """The patterns and the registered normalisers do not match one to one."""


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register the decorated function as the normaliser of the patterns whose ``rule`` is ``name``."""

    def register(function: Rule) -> Rule:
        if name in RULES:
            raise RuleRegistryError(f"rule {name!r} is registered twice: {RULES[name].__qualname__} "
                                    f"and {function.__qualname__}")
        RULES[name] = function
        return function

    return register


def check_rules(pattern_rules: Iterable[str]) -> None:
    """Raise :class:`RuleRegistryError` unless every pattern's rule is registered and every
    registered rule has a pattern."""
    used = set(pattern_rules)
    missing, unused = sorted(used - RULES.keys()), sorted(RULES.keys() - used)
    problems = ([f"patterns name rules with no normaliser: {', '.join(missing)}"] if missing else []) + (
        [f"normalisers no pattern uses: {', '.join(unused)}"] if unused else [])
    if problems:
        raise RuleRegistryError("resources/temporal/patterns.json and the @rule registry disagree: "
                                + "; ".join(problems))


def date_reading(period: Period, anchor: str, mod: str | None = None, keep_determiner: bool = True) -> Reading:
    start, end = period.bounds()
    return Reading("DATE", period.value, anchor, period.granularity, start, end, mod, period, keep_determiner)


def unresolved(value: str, granularity: str, kind: str = "DATE", mod: str | None = None) -> Reading:
    return Reading(kind, value, "unresolved", granularity, mod=mod)


def vague(value: str, kind: str = "DATE") -> Reading:
    return Reading(kind, value, "publication", "vague")
