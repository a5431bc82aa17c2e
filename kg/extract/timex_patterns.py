"""Temporal expression recognition by pattern: plain text in, candidate matches out.

The patterns (``resources/temporal/patterns.json``) are regular expressions
over words; a placeholder ``{NAME}`` stands for the alternation of the words of
the lexicon entry ``name`` (``resources/temporal/lexicon.json``; ``MONTHS`` from
``months.json``) or for the shape ``NAME`` of ``patterns.json`` (``{YEAR}``,
``{DAY}``, ...). Abbreviated month and weekday names need their full stop. A
space in a pattern matches any run of whitespace. Overlapping matches are
settled leftmost-longest, earlier pattern first on equal spans.

>>> [(c.text, c.rule) for c in find_candidates("He left on Friday, Feb. 4, 1994 and came back")]
[('Friday, Feb. 4, 1994', 'calendar_date')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import load_json

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_ABBREVIATED = ("MONTHS", "WEEKDAYS")  # the shorter names of the same month or day are abbreviations


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str]
    order: int


def lexicon() -> dict:
    """The word lists of ``lexicon.json``, by entry name (``_doc`` and ``_examples`` describe them)."""
    return load_json("temporal/lexicon.json")


@cache
def month_names() -> dict[str, int]:
    """Month name or abbreviation → month number (``months.json`` without its ``_doc`` and ``_examples``)."""
    return {word: month for word, month in load_json("temporal/months.json").items() if not word.startswith("_")}


def pattern_rules() -> list[str]:
    """The rule each pattern of ``patterns.json`` names, in pattern order."""
    return [entry["rule"] for entry in load_json("temporal/patterns.json")["patterns"]]


def abbreviations(words: dict) -> set[str]:
    """The words of a name → meaning table that are abbreviations: the shorter names of the
    same meaning ("Sept", "Sep" of September); they are written with a full stop."""
    longest: dict = {}
    for word in sorted(words, key=len, reverse=True):
        longest.setdefault(words[word], word)
    return {word for word in words if longest[words[word]] != word}


def _alternation(name: str) -> str:
    shapes = load_json("temporal/patterns.json")["shapes"]
    if name in shapes:
        return _expand(shapes[name])
    words = month_names() if name == "MONTHS" else lexicon()[name.lower()]
    ordered = sorted(words, key=len, reverse=True)
    if name in _ABBREVIATED:
        abbreviated = abbreviations(words)
        escaped = [re.escape(w) + (r"\." if w in abbreviated else "") for w in ordered]
    else:
        escaped = [re.escape(w).replace(r"\ ", " ") for w in ordered]
    return "(?:" + "|".join(escaped) + ")"


def _expand(regex: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _alternation(m.group(1)), regex)


def _spaces_to_whitespace(regex: str) -> str:
    """Turn each literal space outside a character class into ``\\s+``."""
    out, in_class, escaped = [], False, False
    for char in regex:
        if escaped:
            out.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == " " and not in_class:
            out.append(r"\s+")
            continue
        out.append(char)
    return "".join(out)


@cache
def compiled_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    patterns = []
    for entry in load_json("temporal/patterns.json")["patterns"]:
        regex = r"(?<![\w$£€])(?:" + _spaces_to_whitespace(_expand(entry["regex"])) + r")(?![\w])"
        patterns.append((entry["rule"], re.compile(regex, re.IGNORECASE)))
    return tuple(patterns)


def find_candidates(text: str) -> list[Candidate]:
    """Every pattern match in ``text``, overlaps settled leftmost-longest."""
    found: list[Candidate] = []
    for order, (rule, pattern) in enumerate(compiled_patterns()):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Candidate(match.start(), match.end(), match.group(0), rule, groups, order))
    taken = bytearray(len(text))
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if not any(taken[candidate.start : candidate.end]):
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)
