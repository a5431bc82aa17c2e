"""Sentence boundaries: a blank line always ends a sentence, single line breaks do not."""
from __future__ import annotations

from kg.extract import extract_document
from kg.records import Document


def _sentences(nlp, text):
    return [s.text for s in extract_document(nlp, Document("d", "d.txt", text)).sentences]


def test_a_heading_or_paragraph_never_runs_into_the_next(nlp):
    text = ("Nor has Ukraine received enough missiles, even though Britain delivered some in May\n\n"
            "Because the Ukrainians are only partly equipped, their capabilities are unknown.")
    assert _sentences(nlp, text) == [
        "Nor has Ukraine received enough missiles, even though Britain delivered some in May",
        "Because the Ukrainians are only partly equipped, their capabilities are unknown.",
    ]


def test_a_hard_wrapped_line_stays_one_sentence(nlp):
    text = "Public attention toward peace negotiations is concentrated on the question of territorial\nconcessions."
    assert len(_sentences(nlp, text)) == 1
