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


def _values(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {candidate.text: (reading.value, reading.anchor) for candidate, reading in normalise_text(text, published)}


def test_a_day_without_its_year_stays_in_the_year_the_story_just_named():
    text = ("On February 14 2003 the inspector delivered a report to the council. He followed up on February 28 "
            "with a more mixed assessment. His final report, delivered on March 7, was also ambivalent.")
    found = _values(text, "2005-04-27")
    assert found["February 28"] == ("2003-02-28", "narrative"), found
    assert found["March 7"] == ("2003-03-07", "narrative"), found  # the story still speaks of 2003
    found = _values("On February 14 2003 he delivered a report. On March 12, Boyce asked for a ruling. "
                    "The next day, Goldsmith gave his view.", "2005-04-27")
    assert found["The next day"] == ("2003-03-13", "narrative"), found  # the day the story stands on
    # November 2002, then "March 7": the nearest such day to the story's date, early 2003
    assert _values("Goldsmith advised caution in November 2002. He changed his view on March 7.",
                   "2005-05-24")["March 7"] == ("2003-03-07", "narrative")


@pytest.mark.parametrize(("text", "day", "value"), [
    # the news of the last weeks, even after a story of another year
    ("Saddam was captured on December 13 2003. On February 5 officials said he was questioned.",
     "February 5", "2005-02-05"),
    # what is to come
    ("Troops crossed into Iraq on March 20 2003. The inquiry will report on March 7.", "March 7", "2005-03-07"),
    # another time named since: the text is back in the publication's time
    ("Troops crossed into Iraq on March 20 2003. Yesterday the minister said the inquiry began on February 2.",
     "February 2", "2005-02-02"),
    # a day named with "last" counts from the writing
    ("Troops crossed into Iraq on March 20 2003. The minister resigned last Oct. 23.", "last Oct. 23", "2004-10-23"),
    # far from the date with the year
    ("Troops crossed into Iraq on March 20 2003. " + "The war went on. " * 30 + "Blair resigned on February 2.",
     "February 2", "2005-02-02"),
])
def test_a_day_without_its_year_keeps_the_publication_year_otherwise(text, day, value):
    found = _values(text, "2005-03-01")
    assert found[day][0] == value, found
