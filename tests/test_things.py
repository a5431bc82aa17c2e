"""Products, market indices and currencies: every example of ``things.json`` on the pipeline, and their resolution."""
from __future__ import annotations

import pytest

from kg.extract import extract_document, extract_documents
from kg.records import Document
from kg.resolve.entities import resolve_entities
from kg.resources import load_json

EXAMPLES = load_json("entities/things.json")["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_is_typed_as_the_data_says(nlp, example):
    mentions = extract_document(nlp, Document("d", "d.txt", example["text"])).mentions
    found = [m for m in mentions if m.key == example["key"]]
    if example["label"] is None:
        assert not found or found[0].label not in ("PRODUCT", "INDEX", "CURRENCY")
    else:
        assert found and found[0].label == example["label"], [(m.text, m.label, m.key) for m in mentions]


def test_a_rig_named_like_a_person_is_a_product_throughout_the_corpus(nlp):
    texts = ["The Deepwater Horizon rig exploded on 20 April. Deepwater Horizon sank two days later.",
             "Eleven workers died when Deepwater Horizon exploded, BP said.",
             "Transocean owned the Deepwater Horizon oil rig."]
    extractions = list(extract_documents(nlp, [Document(f"d{i}", "x", t) for i, t in enumerate(texts)]))
    entities, _ = resolve_entities(extractions)
    rigs = [e for e in entities if "Deepwater Horizon" in e.aliases]
    assert [e.type for e in rigs] == ["PRODUCT"]
    assert not any(e.type == "PERSON" and "Horizon" in e.label for e in entities)


def test_a_model_with_and_without_its_maker_is_one_product(nlp):
    texts = ["Airbus delivered the first Airbus A380 to Singapore Airlines.",
             "The A380 was delivered in October, and the Dow rebounded."]
    extractions = list(extract_documents(nlp, [Document(f"d{i}", "x", t) for i, t in enumerate(texts)]))
    entities, _ = resolve_entities(extractions)
    kinds = {e.label: e.type for e in entities}
    assert [e.type for e in entities if "A380" in e.aliases] == ["PRODUCT"]
    assert [e for e in entities if "Airbus A380" in e.aliases][0].aliases == ["A380", "Airbus A380"]
    assert kinds["Airbus"] == "ORG" and kinds["Dow Jones Industrial Average"] == "INDEX"


def test_a_tokenised_index_name_is_the_index(nlp):
    """Pre-tokenised text writes "Standard & Poor 's 500" for "Standard & Poor's 500"."""
    doc = nlp("The Standard & Poor 's 500 index fell 2 percent on Monday .")
    assert any(m.label == "INDEX" for m in doc._.kg_mentions)
