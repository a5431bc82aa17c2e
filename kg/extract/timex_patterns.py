"""Temporal expression recognition by pattern: plain text in, candidate matches out.

The patterns (``resources/temporal/patterns.json``) are regular expressions
over words; a placeholder ``{NAME}`` stands for the alternation of the words of
the lexicon entry ``name`` (``resources/temporal/lexicon.json``; ``MONTHS`` from
``months.json``) or for the shape ``NAME`` of ``patterns.json`` (``{YEAR}``,
``{DAY}``, ...). Abbreviated month and weekday names need their full stop, except as
``{UNDOTTED_MONTHS}`` and ``{UNDOTTED_WEEKDAYS}`` (beside a day number). A
space in a pattern matches any run of whitespace. Overlapping matches are
settled leftmost-longest, earlier pattern first on equal spans.

>>> [(c.text, c.rule) for c in find_candidates("He left on Friday, Feb. 4, 1994 and came back")]
[('Friday, Feb. 4, 1994', 'calendar_date')]
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg.resources import load_json

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_ABBREVIATED = ("MONTHS", "WEEKDAYS")  # the shorter names of the same month or day are abbreviations
# the same abbreviations written without their full stop, as Reuters and British papers do
# ("Thu Oct 6, 2011", "6 Oct"): a pattern uses them only beside a day number, where "Jan" or
# "Mar" alone would read a name or a word
_UNDOTTED = {"UNDOTTED_MONTHS": "MONTHS", "UNDOTTED_WEEKDAYS": "WEEKDAYS"}


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
    if name in _UNDOTTED:  # "Thu Oct 6, 2011": the abbreviations without their full stop
        return _word_tree(sorted(abbreviations(_named_words(_UNDOTTED[name])), key=len, reverse=True))
    words = _named_words(name)
    if name in _ABBREVIATED:
        abbreviated = abbreviations(words)
        words = [w + "." if w in abbreviated else w for w in words]
    return _word_tree(sorted(words, key=len, reverse=True))


def _named_words(name: str) -> dict:
    return month_names() if name == "MONTHS" else lexicon()[name.lower()]


def _word_tree(words: list[str]) -> str:
    """An alternation of ``words`` (matched ignoring case) as a tree of their shared
    beginnings: "(?:j(?:an(?:uary|\\.)|u(?:ne|ly)))". The engine tries an alternation's
    words one by one at every position it tries, so a long flat list is slow; in the tree
    it follows one branch. Where several words fit, the longer is tried first, as in a
    list longest first, so the matches are the same.

    >>> _word_tree(["sept.", "september", "sep."])
    '(?:sep(?:t(?:\\\\.|ember)|\\\\.))'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:  # ignoring case, the engine compares (ASCII) letters lowercased
            node = node.setdefault(char.lower() if char.isascii() else char, {})
        node[""] = {}  # a word ends here: tried after every longer word through here

    def pattern(node: dict) -> str:
        branches = [("" if char == "" else (" " if char == " " else re.escape(char)) + pattern(child))
                    for char, child in sorted(node.items(), key=lambda item: item[0] == "")]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return "(?:" + pattern(tree) + ")"


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


def compiled_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """``(rule, compiled pattern)`` of every pattern, in order."""
    return tuple((scan.rule, scan.pattern) for scan in _scans())


@dataclass(frozen=True)
class _Scan:
    rule: str
    pattern: re.Pattern
    # the characters a match can begin with (None: unknown), and what it said of each character seen
    first: re.Pattern | None
    # words one of which every match holds, sought in the lower-cased text (None: unknown)
    needs: tuple[str, ...] | None
    # how a match can begin, finer than ``first`` (None: unknown): the lower-cased beginnings of
    # the matches the pattern spells out (:func:`_first_prefixes`), and the first characters of the others
    prefixes: frozenset[str] | None = None
    others: re.Pattern | None = None
    begins: dict[str, bool] = field(default_factory=dict, compare=False)
    others_begin: dict[str, bool] = field(default_factory=dict, compare=False)

    def may_begin(self, char: str) -> bool:
        if char not in self.begins:
            self.begins[char] = self.first is None or self.first.match(char) is not None
        return self.begins[char]

    def other_may_begin(self, char: str) -> bool:
        """Whether a match the pattern does not spell out two characters of may begin with ``char``."""
        if char not in self.others_begin:
            self.others_begin[char] = self.others is not None and self.others.match(char) is not None
        return self.others_begin[char]


@cache
def _scans() -> tuple[_Scan, ...]:
    scans = []
    for entry in load_json("temporal/patterns.json")["patterns"]:
        body = _spaces_to_whitespace(_expand(entry["regex"]))
        regex = r"(?<![\w$£€])(?:" + body + r")(?![\w])"
        first = _first_characters(body, re.IGNORECASE)
        if first is not None:  # one cheap test turns away most positions before the pattern is tried
            regex = "(?=[" + first + "])" + regex
        prefixes, others = _first_prefixes(body, re.IGNORECASE) or (None, "")
        scans.append(_Scan(entry["rule"], re.compile(regex, re.IGNORECASE),
                           None if first is None else re.compile("[" + first + "]", re.IGNORECASE),
                           needs_of(body), prefixes, re.compile("[" + others + "]", re.IGNORECASE) if others else None))
    return tuple(scans)


@lru_cache(maxsize=1)
def _parsed(regex: str, flags: int):
    """``regex`` as Python's own parser reads it, for the analyses below, which read it and never
    change it: :func:`_scans` asks them of the same pattern in turn, and parsing the patterns' long
    alternations three times over was a third of what loading them cost."""
    from re import _parser

    return _parser.parse(regex, flags)


def needs_of(regex: str) -> tuple[str, ...] | None:
    """The words one of which every match of ``regex`` (ignoring case) holds, shortest (likeliest
    to be there) first, sought in a text's :func:`lowered` form (:func:`may_match`); None when
    unknown. Most patterns match in few texts: these cheap searches turn the others away."""
    needed = _needed_words(regex, re.IGNORECASE)
    return None if needed is None else tuple(sorted(needed, key=len))


def lowered(text: str) -> str | None:
    """``text`` lower-cased for :func:`may_match`; None when a character of it matches an
    ASCII letter ignoring case (the Kelvin sign): a needed word may be written with it."""
    return text.lower() if _FOLDS_TO_ASCII.search(text) is None else None


def may_match(needs: tuple[str, ...] | None, lowered_text: str | None) -> bool:
    """Whether a pattern with these :func:`needs_of` may match the text :func:`lowered` gave.
    (Python's substring search finds a word in half the time a search for the words' alternation
    took, even with a test per word.)"""
    return needs is None or lowered_text is None or any(word in lowered_text for word in needs)


# Characters other than ASCII ones that match an ASCII letter when case is ignored (the
# Kelvin sign matches "k"): in a text holding one, a needed word may be written with it
# (tests/test_timex_scan.py finds them all).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_NEEDED_WORDS_AT_MOST = 64  # beginnings followed through a pattern's alternations


def _needed_words(regex: str, flags: int) -> list[str] | None:
    """Lower-case ASCII strings of two characters or more, one of which every match of
    ``regex`` holds: the beginnings of one part that every match has ("jan", "feb", …
    for the month of a date; "quarter", "half" for a quarter); None when no part gives
    such strings. A pattern whose needed words are not in a text cannot match there, and
    most patterns match in few texts ("the year-earlier period", "every Monday")."""
    from re import _constants as sre

    def beginnings(items) -> list[tuple[str, bool]]:
        """``(text, whole)``: every match of ``items`` begins with one of the texts; ``whole``
        when the text is all of such a match."""
        found = [("", True)]
        for op, argument in items:
            if not any(whole for _, whole in found):
                break
            if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # takes no characters
                continue
            options = item_beginnings(op, argument)
            if options is None:
                return [(text, False) for text, _ in found]
            longer = [(text + more, whole_too) if whole else (text, False)
                      for text, whole in found for more, whole_too in (options if whole else [("", False)])]
            if len(longer) > _NEEDED_WORDS_AT_MOST:
                return [(text, False) for text, _ in found]
            found = longer
        return found

    def item_beginnings(op, argument) -> list[tuple[str, bool]] | None:
        if op is sre.LITERAL:
            char = chr(argument)
            return [(char.lower(), True)] if char.isascii() else None
        if op is sre.SUBPATTERN:
            return beginnings(argument[-1])
        if op is sre.BRANCH:
            return [option for alternative in argument[1] for option in beginnings(alternative)]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = argument
            options = beginnings(inner) + ([("", True)] if low == 0 else [])
            return options if high == 1 else [(text, False) for text, _ in options]
        return None  # a character class, a reference: the text stops being known here

    def needed(items) -> list[str] | None:
        best: tuple[tuple[int, int], list[str]] | None = None
        for index, (op, argument) in enumerate(items):
            if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT) or op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and argument[0] == 0:
                continue  # a part a match need not have
            found = {text for text, _ in beginnings(items[index:])}
            candidates = [found]
            # a part with alternatives needs one of the words one of which each alternative needs:
            # "asked *not to be named*" or "*on condition of anonymity*" — not their first words, "on"
            while op is sre.SUBPATTERN and len(argument[-1]) == 1:
                op, argument = argument[-1][0]
            if op is sre.BRANCH:
                each = [needed(list(alternative)) for alternative in argument[1]]
                if all(words is not None for words in each):
                    candidates.append({word for words in each for word in words})
            for candidate in candidates:
                words = sorted(w for w in candidate if not any(w != v and w.startswith(v) for v in candidate))  # "half", not "half,"
                if min(map(len, words)) >= 2 and (best is None or (min(map(len, words)), -len(words)) > best[0]):
                    best = ((min(map(len, words)), -len(words)), words)
        return None if best is None else best[1]

    return needed(list(_parsed(regex, flags)))


# Where a match can begin: every pattern begins after a character that is no letter, digit,
# "$", "£" or "€" (its look-behind), with a character that is no white space (a first
# character is never white space: tests/test_timex_scan.py).
_WORD_START = re.compile(r"(?<![\w$£€])\S")


@dataclass(frozen=True)
class _WordStarts:
    """The positions where a match can begin, in text order, by their character and, when the
    text holds no character that folds to an ASCII letter (:func:`lowered`), by their two first
    characters lower-cased, white space written " " (``spaced``)."""
    by_char: dict[str, list[int]]
    by_pair: dict[str, list[int]] | None
    spaced: str = ""
    # the positions of each longer beginning asked (by several patterns: "the ")
    by_prefix: dict[str, list[int]] = field(default_factory=dict)

    def beginning_with(self, prefix: str) -> list[int]:
        """The positions (when ``by_pair``) where the lower-cased text begins with ``prefix``."""
        found = self.by_prefix.get(prefix)
        if found is None:
            found = self.by_pair.get(prefix[:2], [])
            if len(prefix) > 2:
                found = [p for p in found if self.spaced.startswith(prefix, p)]
            self.by_prefix[prefix] = found
        return found


_WHITE_SPACE = re.compile(r"\s")  # what a pattern's white space matches, written " " in a beginning


def _word_starts(text: str) -> _WordStarts:
    by_char: dict[str, list[int]] = {}
    for match in _WORD_START.finditer(text):
        by_char.setdefault(match.group(), []).append(match.start())
    lowered_text = lowered(text)
    if lowered_text is None:
        return _WordStarts(by_char, None)
    spaced = _WHITE_SPACE.sub(" ", lowered_text)
    by_pair: dict[str, list[int]] = {}
    for positions in by_char.values():
        for position in positions:
            by_pair.setdefault(spaced[position : position + 2], []).append(position)
    return _WordStarts(by_char, by_pair, spaced)


def _matches(scan: _Scan, text: str, starts: _WordStarts) -> Iterator[re.Match]:
    """What ``scan.pattern.finditer(text)`` finds, trying the pattern only where a match can
    begin: where a word begins with a beginning it spells out (:func:`_first_prefixes`), or with
    a first character of its other matches (a digit, a class). Scanning every position of the text for each of the
    44 patterns took most of the temporal component's time, and trying each at every word
    beginning with one of its first characters ("t" of "the", "this", "two" …) half of it; trying
    each at every word beginning with two of them ("th" of "the", "that" …) made 2.6 times the
    tries of four ("the ", "that"); a
    match tried at a position sees the text before it (look-behind) and after it, as in the
    scan, and the scan too goes on after the end of each match it finds."""
    if scan.first is None:
        yield from scan.pattern.finditer(text)
        return
    if scan.prefixes is not None and starts.by_pair is not None:
        candidates = [p for prefix in scan.prefixes for p in starts.beginning_with(prefix)]
        candidates += [p for char, positions in starts.by_char.items() if scan.other_may_begin(char) for p in positions]
    else:
        candidates = [p for char, positions in starts.by_char.items() if scan.may_begin(char) for p in positions]
    end = 0
    match_at = scan.pattern.match
    for position in sorted(candidates):
        if position >= end and (match := match_at(text, position)) is not None:
            yield match
            end = match.end()


_PREFIX_AT_MOST = 4  # characters of a match's beginning a pattern is tried by ("the " of "the week", not of "these")
_BEGINNINGS_AT_MOST = 4096  # beginnings followed through a pattern's alternations


def _first_prefixes(regex: str, flags: int) -> tuple[frozenset[str], str] | None:
    """How a match of ``regex`` (ignoring case) can begin: the lower-case beginnings, two to
    :data:`_PREFIX_AT_MOST` ASCII characters long, of the matches whose two first characters the
    pattern spells out ("the " of "the week", "this"), each white-space character written " ",
    none the beginning of another; and a character class (without its brackets, "" for none) of
    the first characters of the others (a digit, a letter before a class). Look-arounds are
    passed over: the beginnings are those of a pattern that may match more, never fewer, texts.
    White space is spelled out, as any white-space character (``\\s``): after "the"
    comes a white space and a word in most matches, and a word such as "then" in most texts.

    >>> prefixes, others = _first_prefixes(r"(?:the|this)\\s(?:week|month)|\\d+ days", re.I)
    >>> sorted(prefixes), others
    (['the ', 'this'], '\\\\d')
    """
    from re import _constants as sre

    any_char = ("any",)
    space = ("char", " ")

    def done(beginning: tuple) -> bool:
        """Whether a beginning is as long as followed: at most long, or ended by a class."""
        return len(beginning) >= _PREFIX_AT_MOST or bool(beginning) and beginning[-1][0] != "char"

    def joined(firsts: set[tuple], seconds: set[tuple]) -> set[tuple]:
        found = set()
        for first in firsts:
            if done(first):
                found.add(first)
            else:
                found.update((first + second)[:_PREFIX_AT_MOST] for second in seconds)
        return found

    def sequence(items) -> set[tuple]:
        """The beginnings of the matches of ``items``; one that is not :func:`done` is a whole match."""
        found: set[tuple] = {()}
        for op, argument in items:
            if all(done(beginning) for beginning in found):
                break
            found = joined(found, item(op, argument))
            if len(found) > _BEGINNINGS_AT_MOST:
                raise ValueError(regex)
        return found

    def item(op, argument) -> set[tuple]:
        if op is sre.LITERAL:
            char = chr(argument)
            if char.isspace():
                return {(space,)}
            return {((("char", char.lower()) if char.isascii() else ("class", re.escape(char))),)}
        if op is sre.IN:
            if all(kind is sre.CATEGORY and value is sre.CATEGORY_SPACE or kind is sre.LITERAL and chr(value).isspace()
                   for kind, value in argument):
                return {(space,)}
            members = _class_members(argument)
            return {(any_char,)} if members is None else {(("class", "".join(members)),)}
        if op is sre.SUBPATTERN:
            return sequence(argument[-1])
        if op is sre.BRANCH:
            return set().union(*(sequence(alternative) for alternative in argument[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = argument
            once, repeated = sequence(inner), {()}
            found = {()} if low == 0 else set()
            for times in range(1, min(high, _PREFIX_AT_MOST) + 1):  # "\\s+": one to four white spaces
                repeated = joined(repeated, once)
                if times >= min(low, _PREFIX_AT_MOST):
                    found |= repeated
            return found
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # take no characters
            return {()}
        return {(any_char,)}  # anything else: any character

    try:
        beginnings = sequence(_parsed(regex, flags))
    except ValueError:
        return None
    prefixes, others = set(), []
    for beginning in beginnings:
        if not beginning or beginning[0] is any_char:
            return None  # an empty match, or one that may begin anywhere
        spelled = ""
        for kind, value in beginning:
            if kind != "char":
                break
            spelled += value
        if len(spelled) >= 2:
            prefixes.add(spelled)
        else:
            kind, value = beginning[0]
            others.append(re.escape(value) if kind == "char" else value)
    shortest = frozenset(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    return shortest, "".join(dict.fromkeys(others))


def _first_characters(regex: str, flags: int) -> str | None:
    """A character class (without its brackets) holding every character a match of
    ``regex`` can begin with; None when that cannot be told (or a match may be empty).
    It reads the parsed regex without compiling it: compiling the 44 patterns' long
    alternations is most of what loading them costs.

    >>> _first_characters(r"(?:(?P<det>the) )?\\d{1,2}(?:st|nd)? (?:jan|feb)", re.I)
    't\\\\d'
    """
    from re import _constants as sre

    def first(items) -> tuple[list[str] | None, bool]:
        """(the class items a sequence can begin with, or None for any; whether it can match nothing)."""
        found: list[str] = []
        for op, argument in items:
            begins, empty = item_first(op, argument)
            if begins is None:
                return None, False
            found += begins
            if not empty:
                return found, False
        return found, True

    def item_first(op, argument) -> tuple[list[str] | None, bool]:
        if op is sre.LITERAL:
            return [re.escape(chr(argument))], False
        if op is sre.IN:
            members = _class_members(argument)
            return members, False
        if op is sre.SUBPATTERN:
            return first(argument[-1])
        if op is sre.BRANCH:
            found, empty = [], False
            for alternative in argument[1]:
                begins, may_be_empty = first(alternative)
                if begins is None:
                    return None, False
                found += begins
                empty = empty or may_be_empty
            return found, empty
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            begins, empty = first(argument[2])
            return begins, empty or argument[0] == 0
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # take no characters
            return [], True
        return None, False  # anything else: any character

    begins, empty = first(_parsed(regex, flags))
    return None if begins is None or empty else "".join(dict.fromkeys(begins))


def _class_members(argument) -> list[str] | None:
    """The members of a parsed character class, written as in a class; None for a negated
    class or a category other than digits (what such a class matches is not listed)."""
    from re import _constants as sre

    members = []
    for kind, value in argument:
        if kind is sre.LITERAL:
            members.append(re.escape(chr(value)))
        elif kind is sre.RANGE:
            members.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            members.append(r"\d")
        else:
            return None
    return members


def find_candidates(text: str) -> list[Candidate]:
    """Every pattern match in ``text``, overlaps settled leftmost-longest."""
    found: list[Candidate] = []
    starts = _word_starts(text)
    lowered_text = lowered(text)
    for order, scan in enumerate(_scans()):
        if not may_match(scan.needs, lowered_text):
            continue
        for match in _matches(scan, text, starts):
            if match.end() > match.start():
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Candidate(match.start(), match.end(), match.group(0), scan.rule, groups, order))
    taken = bytearray(len(text))
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if not any(taken[candidate.start : candidate.end]):
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)
