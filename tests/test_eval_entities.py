"""MEANTIME entity scores stay above a floor (skips without ../shared/data)."""
from __future__ import annotations

import pytest

from kg.cli import main
from tests.conftest import shared_data


@pytest.mark.data
def test_meantime_entity_scores_stay_above_the_floor(nlp):
    from kg.evaluate.entities import evaluate_entities

    scores = evaluate_entities(shared_data("meantime"), nlp)
    assert scores["documents"] == 60
    # Measured: mention F1 81.9, CoNLL 63.3, 12.2 above the baseline (docs/accuracy.md); the floor leaves
    # room for model noise.
    assert scores["mentions"]["f1"] >= 77
    assert scores["coreference"]["conll"] >= 59
    assert scores["coreference"]["muc"]["f1"] >= 73
    assert scores["conll_over_baseline"] >= 10


@pytest.mark.data
def test_kg_eval_entities_prints_the_scores(capsys):
    folder = shared_data("meantime", "intra_cross-doc_annotation", "corpus_airbus")
    assert main(["eval", "entities", str(folder)]) == 0
    assert '"conll"' in capsys.readouterr().out


@pytest.mark.data
def test_only_the_opening_of_a_meantime_article_is_exhaustively_marked():
    from kg.evaluate.meantime import read_meantime_folder

    opening = later = opening_lines = later_lines = 0
    for doc in read_meantime_folder(shared_data("meantime")):
        whole = doc.exhaustive_end == len(doc.text)  # a short article is all opening
        assert whole or doc.text[: doc.exhaustive_end].count("\n\n") == 5 and doc.text[doc.exhaustive_end] == "\n"
        opening += sum(m.start < doc.exhaustive_end for m in doc.entities)
        later += sum(m.start >= doc.exhaustive_end for m in doc.entities)
        opening_lines += 6
        later_lines += doc.text[doc.exhaustive_end :].count("\n\n")
    # Marked entity mentions per sentence: about 5 in the opening, well under 1 after it.
    assert opening / opening_lines > 4 * later / later_lines


def test_unmarked_names_after_the_opening_are_left_out_unless_asked(nlp):
    from kg.evaluate.entities import score_entities
    from kg.evaluate.meantime import GoldMention, MeantimeDocument
    from kg.extract import extract_documents
    from kg.records import Document
    from kg.resolve.entities import resolve_entities

    text = "Airbus sold jets.\nMarch 1 , 2008\nAirbus met Boeing in Paris ."
    gold = MeantimeDocument("d", "d", text, None, exhaustive_end=text.index("\nAirbus met"))
    gold.entities = [GoldMention("m1", 0, 6, "Airbus", "ORG", "airbus"),
                     GoldMention("m2", text.index("Airbus met"), text.index(" met"), "Airbus", "ORG", "airbus")]
    extractions = list(extract_documents(nlp, [Document("d", "d", text)]))
    _, assignment = resolve_entities(extractions)
    left_out = score_entities([gold], extractions, assignment)
    counted = score_entities([gold], extractions, assignment, count_unmarked=True)
    assert left_out["unmarked"] == 2 and left_out["mentions"]["precision"] == 100.0  # Boeing, Paris
    assert counted["unmarked"] == 0 and counted["mentions"]["predicted"] == 4


def test_a_role_phrase_counts_as_a_mention_of_its_person(nlp):
    from kg.evaluate.entities import score_entities
    from kg.evaluate.meantime import GoldMention, MeantimeDocument
    from kg.extract import extract_documents
    from kg.records import Document
    from kg.resolve.entities import resolve_entities

    text = "Apple CEO Steve Jobs unveiled the phone ."
    gold = MeantimeDocument("d", "d", text, None)
    gold.entities = [GoldMention("m1", 0, 5, "Apple", "ORG", "apple"),
                     GoldMention("m2", 6, 9, "CEO", "PER", "jobs"),
                     GoldMention("m3", 10, 20, "Steve Jobs", "PER", "jobs")]
    extractions = list(extract_documents(nlp, [Document("d", "d", text)]))
    _, assignment = resolve_entities(extractions)
    scores = score_entities([gold], extractions, assignment)
    assert scores["mentions"]["f1"] == 100.0 and scores["coreference"]["muc"]["f1"] == 100.0
