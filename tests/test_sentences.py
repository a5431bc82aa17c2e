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


def test_a_line_break_inside_brackets_ends_no_sentence(nlp):
    # wire copy broken inside a ticker: "Munich Re (MUVGn.DE)" as "-LRB- MUVGn . \nDE -RRB-"
    text = ("It said Munich Re -LRB- MUVGn . \nDE -RRB- follows with $ 80 million , Partner Re with $ 65 million .\n"
            "Hannover Re said on Monday it expected a loss .")
    sentences = _sentences(nlp, text)
    assert any("MUVGn" in s and "follows" in s for s in sentences), sentences
    assert any(s.startswith("Hannover Re") for s in sentences), sentences
