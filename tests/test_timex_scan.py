"""The temporal pattern scan is compiled for speed (word lists as trees of their shared
beginnings, a first-character test before each pattern); it must find exactly what the
patterns as written find: plain alternations of the words, longest first."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.timex_patterns import (
    _ABBREVIATED,
    _PLACEHOLDER,
    _spaces_to_whitespace,
    abbreviations,
    compiled_patterns,
    lexicon,
    month_names,
)
from kg.resources import load_json
from tests.conftest import ROOT, shared_data


def _plain(regex: str) -> str:
    """The patterns as written: every placeholder a flat alternation, longest word first."""
    shapes = load_json("temporal/patterns.json")["shapes"]

    def alternation(match: re.Match) -> str:
        name = match.group(1)
        if name in shapes:
            return _plain(shapes[name])
        words = month_names() if name == "MONTHS" else lexicon()[name.lower()]
        ordered = sorted(words, key=len, reverse=True)
        if name in _ABBREVIATED:
            short = abbreviations(words)
            return "(?:" + "|".join(re.escape(w) + (r"\." if w in short else "") for w in ordered) + ")"
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in ordered) + ")"

    return _PLACEHOLDER.sub(alternation, regex)


def _plain_patterns() -> list[re.Pattern]:
    return [re.compile(r"(?<![\w$£€])(?:" + _spaces_to_whitespace(_plain(entry["regex"])) + r")(?![\w])", re.I)
            for entry in load_json("temporal/patterns.json")["patterns"]]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _texts(*paths: Path) -> list[str]:
    texts = [p.read_text("utf-8") for path in paths for p in sorted(path.rglob("*")) if p.suffix in (".txt", ".tml")]
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts]


def _check(texts: list[str]) -> None:
    for (rule, fast), plain in zip(compiled_patterns(), _plain_patterns(), strict=True):
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), rule


def test_the_compiled_scan_matches_the_patterns_as_written_on_the_seeds():
    _check(_texts(ROOT / "seeds"))


def test_the_compiled_scan_matches_the_patterns_as_written_on_timeml():
    folder = shared_data("timeml", "tbaq")
    _check(_texts(folder)[:: 7])  # every seventh text (and case variant): a few hundred thousand characters


@pytest.mark.parametrize("text", [
    "He left on Friday, Feb. 4, 1994 and came back on SEPT. 30 — the mid-1990s, 3 p.m. EST; two years ago.",
    "In the first quarter of fiscal 2011, every Monday morning, the year-end, the twenties and Christmas Eve.",
])
def test_the_compiled_scan_matches_on_dense_dates(text):
    _check([text, text.upper(), text.lower()])
