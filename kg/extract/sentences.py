"""Sentences: paragraph breaks as sentence starts (``kg_paragraphs``, before the parser)
and the sentence numbering shared by the extraction components."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def sentence_of_token(doc: Doc) -> list[int]:
    """Token index → number of the sentence it belongs to (0-based).

    >>> import spacy; nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +SKIP
    >>> sentence_of_token(nlp("One. Two."))  # doctest: +SKIP
    [0, 0, 1, 1]
    """
    index: list[int] = []
    for number, sent in enumerate(doc.sents):  # the sentences cover the doc, in order
        index += [number] * (sent.end - sent.start)
    return index


@Language.component("kg_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs: a heading or
    a paragraph never runs on into the next one (the parser keeps preset boundaries)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.whitespace_ or (previous.is_space and previous.text.count("\n") >= 2):
            token.is_sent_start = True
    return doc
