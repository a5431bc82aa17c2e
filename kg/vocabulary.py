"""Word shapes every stage reads the same way: a token or name in, a match out.

Closed word lists live in ``kg/resources/``; the few shapes that several modules
test for are defined here once.

>>> bool(YEAR.match("1994")), bool(YEAR.match("1234"))
(True, False)
>>> POSSESSIVE.sub("", "Russia's"), POSSESSIVE.sub("", "Reuters'")
('Russia', 'Reuters')
"""
from __future__ import annotations

import re

# A four-digit year of modern history (1500-2099): "1994" in "the 1994 Budapest Memorandum".
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
# A possessive ending, straight or curly apostrophe, with any space before it ("BP 's" in tokenised text).
POSSESSIVE = re.compile(r"\s*(?:'s|’s|'|’)$")
