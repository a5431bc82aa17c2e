"""Word shapes every stage reads the same way: a token or name in, a match out.

Closed word lists live in ``kg/resources/``; the few shapes (and the actor
labels) that several modules test for are defined here once.

>>> bool(YEAR.match("1994")), bool(YEAR.match("1234"))
(True, False)
>>> POSSESSIVE.sub("", "Russia's"), POSSESSIVE.sub("", "Reuters'")
('Russia', 'Reuters')
>>> bool(DOUBLING_STEM.fullmatch("stag")), bool(DOUBLING_STEM.fullmatch("stage"))
(True, False)
"""
from __future__ import annotations

import re

# A four-digit year of modern history (1500-2099): "1994" in "the 1994 Budapest Memorandum".
YEAR_DIGITS = r"(1[5-9]|20)\d\d"  # the bare shape, for patterns that allow a year among other words
YEAR = re.compile(rf"^{YEAR_DIGITS}$")
# A possessive ending, straight or curly apostrophe, with any space before it ("BP 's" in tokenised text).
POSSESSIVE = re.compile(r"\s*(?:'s|’s|'|’)$")
# A verb of one syllable that ends in a short vowel and one consonant, which it doubles before
# "-ed" and "-ing" ("stop": "stopped", "ban": "banning"); so "staged", with one "g", is of "stage".
DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
# A middle or given-name initial: "V." in "Vladimir V. Putin".
INITIAL = re.compile(r"^[A-Z]\.?$")
# The types of things that act in business and market news (kg.extract.things).
THING_LABELS = ("PRODUCT", "INDEX", "CURRENCY")
# The entity types that name actors, in the order that wins when mentions of one entity disagree.
ACTOR_LABELS = ("GPE", "PERSON", "ORG", "LOC", "NORP", "FAC", "LAW", "EVENT", *THING_LABELS)
