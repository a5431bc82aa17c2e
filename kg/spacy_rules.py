"""spaCy's two rule components, the attribute ruler and the rule lemmatizer, at a fraction of
their cost and with the same results.

``en_core_web_sm`` spends about a fifth of its time in them (2026-11-29, 80 Timeline17
articles: 3.5 of 32 CPU s matching the attribute ruler's patterns, 3.1 s lemmatizing), none of
it in its neural networks:

- spaCy's ``Matcher`` tries each of the ruler's 179 patterns at every token (about 200 ns a
  pattern and token). The patterns are single tokens or fixed sequences of tokens, tested by
  equality or membership, so :func:`_match` tests each against whole columns of the ``Doc`` at
  once (``Doc.to_array``): the same matches, sorted as ``AttributeRuler.match`` sorts them.
  A ruler with any pattern this does not cover (operators, extension attributes, other
  attributes) is left as it is.
- the rule lemmatizer works out the lemma of every token anew — it caches only the forms it
  reached through its suffix rules, not the more common uninflected words — although its answer
  depends only on the word, its part of speech and its morphology; :func:`_memoised` keeps
  the answer per such triple. And each form its suffix rules make is looked up in a list of
  the known words of its part of speech (57,528 nouns): the lists are made sets.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import IDS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

#: attributes whose ``Doc.to_array`` column holds what the ``Matcher`` compares
COLUMNS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "POS": "POS",
           "DEP": "DEP", "LEMMA": "LEMMA", "IS_SPACE": "IS_SPACE"}
#: lemmas remembered at most (about 300 bytes each); the memo starts again when full, so that
#: memory stays flat over a large corpus (80 news articles ask about 12,000)
LEMMA_MEMO = 200_000


def speed_up_rules(nlp: Language) -> None:
    """Give the pipeline's attribute ruler and English rule lemmatizer the faster paths."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler):
            patterns = _column_patterns(ruler)
            if patterns is not None:
                ruler.match = lambda doc: _match(doc, patterns)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
            index = lemmatizer.lookups.get_table("lemma_index", {})
            for part_of_speech, words in index.items():  # only ever asked whether a word is in it
                index[part_of_speech] = frozenset(words)
            lemmatizer.lemmatize = _memoised(lemmatizer.rule_lemmatize)


#: one attribute's test of a pattern token: (column, "==", value), (column, "IN" or "NOT_IN", values)
#: or (column, "REGEX", compiled expression)
Test = tuple[int, str, object]


def _test(ruler: AttributeRuler, name: str, value, columns: list[str]) -> Test | None:
    """The test of ``{name: value}`` as the ``Matcher`` reads it, or None when not covered."""
    attribute = COLUMNS.get(name.upper())
    if attribute is None:
        return None
    if attribute not in columns:
        columns.append(attribute)
    column = columns.index(attribute)
    if isinstance(value, dict):
        if len(value) != 1:
            return None
        ((kind, operand),) = value.items()
        if kind in ("IN", "NOT_IN") and all(isinstance(item, str) for item in operand):
            return column, kind, tuple(get_string_id(item) for item in operand)
        if kind == "REGEX" and isinstance(operand, str):
            return column, kind, re.compile(operand)  # searched, as the Matcher does
        return None
    if isinstance(value, bool):  # before int: a bool is an int
        return column, "==", int(value)
    if isinstance(value, str):
        return column, "==", ruler.vocab.strings.add(value)
    return None


#: an attribute ruler's patterns as column tests: the columns read, the distinct tests, and per
#: pattern group its number, its key and its patterns, each a list of tokens, each a list of
#: the indices of its tests
Patterns = tuple[list[str], list[Test], list[tuple[int, int, list[list[list[int]]]]]]


def _column_patterns(ruler: AttributeRuler) -> Patterns | None:
    columns: list[str] = []
    tests: dict[Test, int] = {}
    groups = []
    for number in range(len(ruler.attrs)):
        key = ruler.vocab.strings[str(number)]  # AttributeRuler.add names a group by its number
        alternatives = []
        for pattern in ruler.matcher.get(key)[1]:
            tokens = []
            for spec in pattern:
                token = [_test(ruler, name, value, columns) for name, value in spec.items()]
                if not token or None in token:
                    return None
                tokens.append([tests.setdefault(test, len(tests)) for test in token])
            alternatives.append(tokens)
        groups.append((number, key, alternatives))
    return columns, list(tests), groups


def _match(doc: Doc, patterns: Patterns) -> list[tuple[int, int, int, int]]:
    """What ``AttributeRuler.match`` gives: ``(number, key, start, end)`` of every match, sorted."""
    columns, tests, groups = patterns
    size = len(doc)
    values = doc.to_array([IDS[name] for name in columns]).reshape(size, len(columns)).T
    strings: dict[int, list[tuple[int, str]]] = {}  # a column's distinct values and their strings
    masks = []
    for column, kind, operand in tests:
        if kind == "==":
            masks.append(values[column] == operand)
        elif kind == "REGEX":
            if column not in strings:
                strings[column] = [(value, doc.vocab.strings[value]) for value in numpy.unique(values[column]).tolist()]
            searched = [value for value, text in strings[column] if operand.search(text)]
            masks.append(numpy.isin(values[column], numpy.array(searched, dtype=numpy.uint64)))
        else:
            inside = numpy.isin(values[column], numpy.array(operand, dtype=numpy.uint64))
            masks.append(inside if kind == "IN" else ~inside)
    found = []
    for number, key, alternatives in groups:  # in order of number: the list comes out sorted
        spans: set[tuple[int, int]] = set()
        for tokens in alternatives:
            length = len(tokens)
            if length > size:
                continue
            hits = numpy.logical_and.reduce(
                [masks[test][offset : size - length + 1 + offset] for offset, token in enumerate(tokens) for test in token])
            spans.update((start, start + length) for start in numpy.flatnonzero(hits).tolist())
        found += [(number, key, start, end) for start, end in sorted(spans)]
    return found


def _memoised(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    """``lemmatize`` remembered per word, part of speech and morphology: what it reads."""
    memo: dict[tuple[int, int, int], list[str]] = {}

    def memoised(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = memo.get(key)
        if forms is None:
            if len(memo) == LEMMA_MEMO:
                memo.clear()
            forms = memo[key] = lemmatize(token)
        return forms

    return memoised
