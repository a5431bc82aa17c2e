"""spaCy's two rule components, the attribute ruler and the rule lemmatizer, at a fraction of
their cost and with the same results.

``en_core_web_sm`` spends about a fifth of its time in them (2026-11-29, 80 Timeline17
articles: 3.5 of 32 CPU s matching the attribute ruler's patterns, 3.1 s lemmatizing), none of
it in its neural networks:

- spaCy's ``Matcher`` tries each of the ruler's 179 patterns at every token (about 200 ns a
  pattern and token). The patterns are single tokens or fixed sequences of tokens, tested by
  equality or membership, so :func:`_match` tests each against whole columns of the ``Doc`` at
  once (``Doc.to_array``): the same matches, sorted as ``AttributeRuler.match`` sorts them;
  the single-token patterns all at once, and each regular expression tried once per word.
  A ruler with any pattern this does not cover (operators, extension attributes, other
  attributes) is left as it is.
- the rule lemmatizer works out the lemma of every token anew — it caches only the forms it
  reached through its suffix rules, not the more common uninflected words — although its answer
  depends only on the word, its part of speech and its morphology; :func:`_memoised` keeps
  the answer per such triple. And each form its suffix rules make is looked up in a list of
  the known words of its part of speech (57,528 nouns): the lists are made sets.
- both then write their answers one ``Token`` at a time: the ruler makes a ``Span`` and two
  ``Token`` objects per match to find the token it sets (:func:`_set_annotations` finds it by
  the match's offsets), and the lemmatizer makes every token and reads its word, part of speech
  and morphology to ask the memo; :func:`_lemmatize_docs` reads them as columns of the ``Doc``,
  keeps each answer's string key and writes the lemmas as one column (when the pipeline runs
  ``nlp.pipe``, as a build does).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

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
            ruler.set_annotations = lambda doc, matches: _set_annotations(ruler, doc, matches)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
            index = lemmatizer.lookups.get_table("lemma_index", {})
            for part_of_speech, words in index.items():  # only ever asked whether a word is in it
                index[part_of_speech] = frozenset(words)
            lemmatizer.lemmatize = _memoised(lemmatizer.rule_lemmatize)
            lemmatizer.pipe = _lemmatize_docs(lemmatizer)


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


@dataclass
class Patterns:
    """An attribute ruler's patterns as column tests: the columns read; the distinct tests, the
    tests of equality by column (their rows in the table of a ``Doc``'s test results and the values
    they test for) and the others; the single-token alternatives as rows of the indices of their
    tests, padded with the index of a test that always holds; and per pattern group its number, its
    key and its alternatives, each the row of a single-token alternative or a list of tokens, each
    a list of the indices of its tests. ``searched`` keeps, per regular expression, whether it is
    found in each string (by key) it was tried on: the same words come in document after document."""
    columns: list[str]
    tests: list[Test]
    equal: dict[int, tuple[list[int], numpy.ndarray]]
    others: list[tuple[int, int, str, object]]  # (row, column, "IN"/"NOT_IN"/"REGEX", sorted keys or expression)
    singles: numpy.ndarray
    groups: list[tuple[int, int, list[int | list[list[int]]]]]
    searched: dict[int, dict[int, bool]] = field(default_factory=dict)


def _column_patterns(ruler: AttributeRuler) -> Patterns | None:
    columns: list[str] = []
    tests: dict[Test, int] = {}
    groups = []
    singles: list[list[int]] = []
    for number in range(len(ruler.attrs)):
        key = ruler.vocab.strings[str(number)]  # AttributeRuler.add names a group by its number
        alternatives: list[int | list[list[int]]] = []
        for pattern in ruler.matcher.get(key)[1]:
            tokens = []
            for spec in pattern:
                token = [_test(ruler, name, value, columns) for name, value in spec.items()]
                if not token or None in token:
                    return None
                tokens.append([tests.setdefault(test, len(tests)) for test in token])
            if len(tokens) == 1:
                alternatives.append(len(singles))
                singles.append(tokens[0])
            else:
                alternatives.append(tokens)
        groups.append((number, key, alternatives))
    listed = list(tests)
    equal: dict[int, tuple[list[int], list[int]]] = {}
    for row, (column, kind, operand) in enumerate(listed):
        if kind == "==":
            rows, values = equal.setdefault(column, ([], []))
            rows.append(row)
            values.append(operand)
    width = max(map(len, singles), default=1)
    always = len(listed)  # the row of the test that always holds
    return Patterns(columns, listed, {column: (rows, numpy.array(values, dtype=numpy.uint64).reshape(-1, 1))
                                      for column, (rows, values) in equal.items()},
                    [(row, column, kind, operand if kind == "REGEX" else numpy.unique(numpy.array(operand, dtype=numpy.uint64)))
                     for row, (column, kind, operand) in enumerate(listed) if kind != "=="],
                    numpy.array([[*tests, *[always] * (width - len(tests))] for tests in singles], dtype=numpy.intp
                                ).reshape(len(singles), width), groups)


def _match(doc: Doc, patterns: Patterns) -> list[tuple[int, int, int, int]]:
    """What ``AttributeRuler.match`` gives: ``(number, key, start, end)`` of every match, sorted.
    Each test is made once on its column and all single-token alternatives (172 of
    en_core_web_sm's 180) at once, in a few operations on whole tables: one operation per test
    and per alternative cost more than the ruler's other work."""
    size = len(doc)
    values = doc.to_array([IDS[name] for name in patterns.columns]).reshape(size, len(patterns.columns)).T
    held = numpy.ones((len(patterns.tests) + 1, size), dtype=bool)  # a row per test, and one always true
    for column, (rows, operands) in patterns.equal.items():
        held[rows] = values[column] == operands
    distinct: dict[int, list[int]] = {}  # a column's distinct values
    for row, column, kind, operand in patterns.others:
        if kind == "REGEX":
            if column not in distinct:
                distinct[column] = numpy.unique(values[column]).tolist()
            searched = patterns.searched.setdefault(row, {})
            if len(searched) > LEMMA_MEMO:
                searched.clear()
            for value in distinct[column]:
                if value not in searched:
                    searched[value] = operand.search(doc.vocab.strings[value]) is not None
            held[row] = _among(values[column], numpy.array([v for v in distinct[column] if searched[v]], dtype=numpy.uint64))
        else:
            inside = _among(values[column], operand)
            held[row] = inside if kind == "IN" else ~inside
    # where each single-token alternative holds: all its tests (row after row, each in text order)
    hits = numpy.logical_and.reduce(held[patterns.singles], axis=1)
    rows, starts = numpy.nonzero(hits)
    bounds = numpy.searchsorted(rows, numpy.arange(len(patterns.singles) + 1)).tolist()
    starts = starts.tolist()
    found = []
    for number, key, alternatives in patterns.groups:  # in order of number: the list comes out sorted
        if len(alternatives) == 1 and isinstance(alternatives[0], int):
            row = alternatives[0]
            found += [(number, key, start, start + 1) for start in starts[bounds[row] : bounds[row + 1]]]
            continue
        spans: set[tuple[int, int]] = set()
        for alternative in alternatives:
            if isinstance(alternative, int):
                spans.update((start, start + 1) for start in starts[bounds[alternative] : bounds[alternative + 1]])
                continue
            length = len(alternative)
            if length > size:
                continue
            hit = numpy.logical_and.reduce(
                [held[test][offset : size - length + 1 + offset] for offset, token in enumerate(alternative) for test in token])
            spans.update((start, start + length) for start in numpy.flatnonzero(hit).tolist())
        found += [(number, key, start, end) for start, end in sorted(spans)]
    return found


def _among(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """Whether each of ``values`` is one of the sorted ``keys`` (``numpy.isin`` sorts them again)."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    return keys[numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)] == values


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


def _set_annotations(ruler: AttributeRuler, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
    """``AttributeRuler.set_annotations``: each match's attributes set on its token (the pattern's
    index from the match's start, or from its end when negative), without the ``Span`` and the
    second ``Token`` spaCy makes to find it (117,000 matches on 80 articles). An index outside
    its match is left to spaCy, which says which pattern it is."""
    for number, _, start, end in matches:
        index = ruler.indices[number]
        at = (start if index >= 0 else end) + index
        if not start <= at < end:
            AttributeRuler.set_annotations(ruler, doc, matches)
            return
        set_token_attrs(doc[at], ruler.attrs[number])


def _lemmatize_docs(lemmatizer: EnglishLemmatizer) -> Callable[..., Iterator[Doc]]:
    """``lemmatizer.pipe``: what ``Lemmatizer.__call__`` does to each ``Doc`` — the first of
    ``lemmatizer.lemmatize(token)`` as the lemma of every token without one (of every token when
    it overwrites) — with the words, parts of speech and morphologies read as columns, each
    answer's string key kept per such triple (what the answer depends on) and the lemmas written as
    one column. At most :data:`LEMMA_MEMO` answers are kept. Errors go to the component's
    error handler, as in ``Pipe.pipe``."""
    memo: dict[tuple[int, int, int], int] = {}
    strings = lemmatizer.vocab.strings

    def lemmatized(doc: Doc) -> Doc:
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        todo = range(len(doc)) if lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        keys = columns[:, :3].tolist()
        for i in todo:
            key = tuple(keys[i])
            lemma = memo.get(key)
            if lemma is None:
                if len(memo) == LEMMA_MEMO:
                    memo.clear()
                lemma = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        return doc.from_array([LEMMA], lemmas)

    def pipe(stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        handle = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield lemmatized(doc)
            except Exception as error:
                handle(lemmatizer.name, lemmatizer, [doc], error)

    return pipe
