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

from spacy.tokens import Doc

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
