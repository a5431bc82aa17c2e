"""The rule registry of :mod:`kg.extract.timex_normalise`: patterns and normalisers match one to
one, and a word missing from the lexicon is an error, not a date silently lost."""
from __future__ import annotations

import pytest

from kg.extract.timex_normalise import Context, normalise_candidate, normalise_text
from kg.extract.timex_normalise.base import RULES, RuleRegistryError, check_rules, rule
from kg.extract.timex_normalise.words import words
from kg.extract.timex_patterns import Candidate, pattern_rules


def test_every_pattern_has_its_rule_and_every_rule_a_pattern():
    check_rules(pattern_rules())
    assert set(RULES) == set(pattern_rules())


def test_a_pattern_without_a_rule_is_named():
    with pytest.raises(RuleRegistryError, match="no normaliser: yaer"):
        check_rules([*pattern_rules(), "yaer"])


def test_a_rule_without_a_pattern_is_named():
    with pytest.raises(RuleRegistryError, match="no pattern uses: year_range"):
        check_rules([name for name in pattern_rules() if name != "year_range"])


def test_a_rule_is_registered_once():
    with pytest.raises(RuleRegistryError, match="registered twice"):
        rule("year")(lambda groups, ctx: None)


def test_a_misspelt_lexicon_entry_raises():
    with pytest.raises(KeyError):
        words("weekday")


def test_a_word_missing_from_the_lexicon_raises():
    candidate = Candidate(0, 7, "someday", "vague", {"vague": "someday"}, 0)
    with pytest.raises(KeyError):
        normalise_candidate(candidate, Context(None))


@pytest.mark.parametrize("text", ["It fell in the next half.", "On February 30, 2022 it rained."])
def test_words_that_make_no_date_give_none(text):
    assert [c.text for c, _ in normalise_text(text, "2022-03-01")] == []
