"""A parsed ``Doc`` in, its text out, built once.

spaCy builds ``doc.text`` anew from the tokens on every access, which cost kg's
components more than any of their own rules; they all read it through
:func:`doc_text`, which keeps it in the ``Doc``'s ``user_data``.

>>> import spacy
>>> doc = spacy.blank("en")("Talks resumed on Monday.")
>>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
True
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.extract.syntax import doc_memo

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Give ``doc`` the text it was tokenised from as its :func:`doc_text`, so that not even
    the first call joins the tokens (spaCy's tokenizer keeps every character: ``doc.text``
    is that text)."""
    doc.user_data[_KEY] = text
    return doc


def tokens_among(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    """The indices of the tokens whose ``attr`` (``LOWER``, ``ORTH`` …) is one of ``words``, in
    text order, read from ``doc.to_array`` without making a ``Token`` of every word (a doc-wide
    ``token.lower_ in words`` cost more than the rule it served).

    >>> import spacy; from spacy.attrs import LOWER
    >>> tokens_among(spacy.blank("en")("Talks resumed on Monday, talks said."), LOWER, {"talks"})
    [0, 5]
    """
    return tokens_with(doc, attr, string_keys(words))


def string_keys(words: Iterable[str]) -> numpy.ndarray:
    """The string store keys of ``words``, sorted, for :func:`tokens_with`: a long word list that
    every document is searched for is hashed and sorted once, not once per document."""
    return numpy.unique(numpy.array([get_string_id(word) for word in words], dtype=numpy.uint64))


def tokens_with(doc: Doc, attr: int, keys: numpy.ndarray) -> list[int]:
    """:func:`tokens_among` with the words' :func:`string_keys`, each token's key looked up among
    them by bisection (``numpy.isin`` sorted the keys again on every call: three times as long)."""
    if not len(keys):
        return []
    values = doc_column(doc, attr)
    place = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)  # the first key not below the value
    return numpy.flatnonzero(keys[place] == values).tolist()


def doc_column(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)``, read once per ``Doc`` (:func:`~kg.extract.syntax.doc_memo`) and not
    to be written to: kg's components search the same columns (``LOWER``, ``ORTH``, ``DEP`` …) for
    a dozen word lists each, and each ``to_array`` walked every token again. For the components
    after the parser only, as :func:`~kg.extract.syntax.children` (a column of the parse read
    before it would be kept)."""
    columns = doc_memo(doc, "columns")
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = doc.to_array(attr)
        values.flags.writeable = False
    return values


#: a dash after what opens a line: an entry of a chronology ("April 10 - Gaddafi accepts …")
_CHRONOLOGY_DASH = re.compile(r"[ \t]*(?:-{1,2}|–|—)[ \t]")


def opens_a_chronology_entry(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` (a date) opens its line and a dash follows it, as the entries
    of a chronology begin: "April 10 - Gaddafi accepts a roadmap", "1966 - Coup ends civilian rule".

    >>> text = "Background:\n1966 - Coup ends civilian rule. Talks began on May 2 - in Rome."
    >>> [opens_a_chronology_entry(text, text.index(d), text.index(d) + len(d)) for d in ("1966", "May 2")]
    [True, False]
    """
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and _CHRONOLOGY_DASH.match(text, end) is not None

