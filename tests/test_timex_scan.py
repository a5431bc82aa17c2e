"""The temporal pattern scan is compiled for speed (word lists as trees of their shared
beginnings, a first-character test before each pattern, each pattern tried only where a
word begins with one of its first characters, and only in a text holding one of the words
it needs); it must find exactly what the patterns as written find: plain alternations of
the words, longest first, tried at every position."""
from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.extract.timex_patterns import (
    _ABBREVIATED,
    _FOLDS_TO_ASCII,
    _PLACEHOLDER,
    _UNDOTTED,
    _first_prefixes,
    _needed_words,
    _Scan,
    _scans,
    _spaces_to_whitespace,
    _word_starts,
    abbreviations,
    compiled_patterns,
    lexicon,
    lowered,
    may_match,
    month_names,
)
from kg.extract.timex_patterns import _matches as _matches_where_words_begin
from kg.resources import load_json
from tests.conftest import ROOT, shared_data


def _plain(regex: str) -> str:
    """The patterns as written: every placeholder a flat alternation, longest word first."""
    shapes = load_json("temporal/patterns.json")["shapes"]

    def alternation(match: re.Match) -> str:
        name = match.group(1)
        if name in shapes:
            return _plain(shapes[name])
        if name in _UNDOTTED:  # the abbreviations without their full stop
            base = _UNDOTTED[name]
            short = abbreviations(month_names() if base == "MONTHS" else lexicon()[base.lower()])
            return "(?:" + "|".join(re.escape(w) for w in sorted(short, key=len, reverse=True)) + ")"
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


def _check_positions(texts: list[str]) -> None:
    """Trying each pattern only where a match can begin finds what the full scan finds, and
    a pattern finds nothing in a text without the words it needs."""
    for text in texts:
        starts = _word_starts(text)
        for scan in _scans():
            found = [(m.span(), m.groupdict()) for m in _matches_where_words_begin(scan, text, starts)]
            assert found == _matches(scan.pattern, text), scan.rule
            if not may_match(scan.needs, lowered(text)):
                assert not found, scan.rule


def test_patterns_tried_where_words_begin_find_what_the_full_scan_finds_on_the_seeds():
    _check_positions(_texts(ROOT / "seeds"))


def test_patterns_tried_where_words_begin_find_what_the_full_scan_finds_on_timeml():
    _check_positions(_texts(shared_data("timeml", "tbaq"))[:: 7])


def test_patterns_tried_where_words_begin_find_what_the_full_scan_finds_on_news():
    texts = [json.loads(line)["text"] for path in sorted(shared_data("news", "timeline17").glob("*/articles.jsonl"))
             for line in path.read_text("utf-8").splitlines()[:: 25] if line.strip()]
    assert len(texts) > 100
    _check_positions(texts)


def test_patterns_tried_where_words_begin_on_unusual_text():
    text = ("$5 on Friday,Feb. 4 (1994); 'Monday'\u00a0March 3—the 1990s/2000s, 10-Jan-2011 "
            "12/25/2010 \u20ac3 years ago; x2010 mid-March\tTUESDAY\nnoon ")
    _check_positions([text, text.upper(), text.lower(), text[1:], text[:-1]])


def test_no_pattern_begins_with_white_space():
    """Match beginnings are looked for among characters that are no white space."""
    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    for scan in _scans():
        assert scan.first is None or not any(scan.first.match(c) for c in spaces), scan.rule


def test_needed_words_of_a_pattern():
    assert _needed_words(r"(?:(?P<det>the)\s+)?(?P<unit>quarter|half)(?:\s?,)?", re.I) == ["half", "quarter"]
    assert _needed_words(r"(?:last\s+)?(?:jan|feb)\.?\s+\d{1,2}", re.I) == ["feb", "jan"]
    assert _needed_words(r"[A-Z]\w+day", re.I) == ["day"]  # "Monday", "Sunday" …
    assert _needed_words(r"\d{4}", re.I) is None  # no word: tried in every text
    assert _needed_words(r"(?:on\s+)?\d+\w*", re.I) is None  # only an optional word
    # each alternative needs a word of its own: one of those, not "on", which most texts hold
    assert _needed_words(r"(?:who\s+)?\b(?:(?:asked|declined)\s+to\s+be\s+(?:named|identified)"
                         r"|on\s+condition\s+of\s+anonymity)\b", re.I) == ["asked", "condition", "declined"]


def test_first_characters_of_a_pattern():
    assert _first_prefixes(r"(?:last\s+)?(?:jan|feb)\.?\s+\d{1,2}|\d{4}", re.I) == (
        frozenset({"last", "jan.", "jan ", "feb.", "feb "}), r"\d")
    # white space as " ", one to four of it: "a year", not "and" nor "a day"
    assert _first_prefixes(r"a\s+year|an?\s+hour", re.I) == (
        frozenset({"a ye", "a  y", "a   ", "an h", "an  ", "a ho", "a  h"}), "")
    assert _first_prefixes(r"(?:mid)?\d{4}", re.I) == (frozenset({"mid"}), r"\d")  # a digit ends the beginning
    assert _first_prefixes(r"x\d", re.I) == (frozenset(), "x")  # one character spelled out: by its first
    assert _first_prefixes(r"(?:the\s+)?\w+day", re.I) is None  # a word character: any
    assert _first_prefixes(r"(?:mid-)?", re.I) is None  # may match nothing


def test_a_pattern_is_tried_only_where_a_word_begins_as_its_matches_do():
    """"the last week" is tried at "the ", not at "then", "they", "that" or "these", which
    begin with the same two letters, and found as the full scan finds it."""
    tried = []

    class Trying:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, text, position):
            tried.append(text[position:position + 4])
            return self.pattern.match(text, position)

    text = "Then they said that these talks\nfailed, the\tlast week."
    scan = _Scan("week", re.compile(r"(?<!\w)(?:the\s+)?last\s+week\b", re.I), re.compile("[tl]", re.I), None,
                 _first_prefixes(r"(?:the\s+)?last\s+week", re.I)[0])
    found = [m.group() for m in _matches_where_words_begin(replace(scan, pattern=Trying(scan.pattern)), text, _word_starts(text))]
    assert found == ["the\tlast week"] and tried == ["the\t"]


def test_every_character_that_matches_an_ascii_letter_ignoring_case_turns_the_word_test_off():
    letter = re.compile("|".join("abcdefghijklmnopqrstuvwxyz"), re.IGNORECASE)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folding and all(_FOLDS_TO_ASCII.fullmatch(c) for c in folding)


def test_a_needed_word_written_with_a_folding_character_still_matches():
    text = "the second quarter \u212aept rising, in the third quarter"
    _check_positions([text, text.replace("quarter", "qu\u0130rter"), "QUARTER \u017fummer"])
