"""Sentences: paragraph breaks as sentence starts (``kg_paragraphs``, before the parser)
and the sentence numbering shared by the extraction components."""
from __future__ import annotations

from itertools import pairwise

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each sentence, in order, as ``doc.sents`` gives them;
    read once per ``Doc`` from the sentence starts (the parse is done when the extraction
    components run) and kept in its ``user_data``: ``doc.sents`` and ``token.sent`` walk the
    tokens again on every call.

    >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> sentence_bounds(nlp("One. Two."))
    [(0, 2), (2, 4)]
    """
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        starts = [0, *(int(i) for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1) if i > 0), len(doc)]
        bounds = doc.user_data[_BOUNDS] = list(pairwise(starts)) if len(doc) else []
    return bounds


def sentence_of_token(doc: Doc) -> list[int]:
    """Token index → number of the sentence it belongs to (0-based); the same list for every
    call on one ``Doc``, which its callers only read.

    >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> sentence_of_token(nlp("One. Two."))
    [0, 0, 1, 1]
    """
    index = doc.user_data.get(_SENTENCE_OF_TOKEN)
    if index is None:
        index = doc.user_data[_SENTENCE_OF_TOKEN] = []
        for number, (start, end) in enumerate(sentence_bounds(doc)):  # the sentences cover the doc, in order
            index += [number] * (end - start)
    return index


def sentence_start(token: Token) -> int:
    """``token.sent.start``, from :func:`sentence_bounds`, without making the ``Span``."""
    doc = token.doc
    return sentence_bounds(doc)[sentence_of_token(doc)[token.i]][0]


def sentence_of(token: Token) -> Span:
    """``token.sent``, from :func:`sentence_bounds`."""
    doc = token.doc
    start, end = sentence_bounds(doc)[sentence_of_token(doc)[token.i]]
    return Span(doc, start, end)  # ``doc[start:end]`` without checking the bounds again in Python


_BOUNDS = "kg_sentence_bounds"
_SENTENCE_OF_TOKEN = "kg_sentence_of_token"


@Language.component("kg_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs: a heading or
    a paragraph never runs on into the next one (the parser keeps preset boundaries)."""
    # a blank line is a white space token of its own (a token's trailing ``whitespace_`` is
    # one space at most): only those tokens are read
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc
