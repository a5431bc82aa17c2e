"""Sentence numbering shared by the extraction components."""
from __future__ import annotations

from spacy.tokens import Doc


def sentence_of_token(doc: Doc) -> list[int]:
    """Token index → number of the sentence it belongs to (0-based).

    >>> import spacy; nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +SKIP
    >>> sentence_of_token(nlp("One. Two."))  # doctest: +SKIP
    [0, 0, 1, 1]
    """
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index
