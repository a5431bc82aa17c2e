"""The kg_anaphora component on real sentences: it only adds mentions that refer back to the names of kg_mentions."""
from __future__ import annotations

from kg.extract.mentions import NAMES_KEY

TEXT = ("Joe Biden met Vladimir Putin in Geneva. Putin told him that NATO was a threat. "
        "The alliance said it would keep its doors open.")


def test_anaphora_runs_right_after_the_names(nlp):
    names = nlp.pipe_names
    assert names.index("kg_anaphora") == names.index("kg_mentions") + 1


def test_names_leave_their_spans_for_anaphora(nlp):
    with nlp.select_pipes(disable=["kg_anaphora", "kg_events"]):
        doc = nlp(TEXT)
    assert [m.text for m in doc._.kg_mentions] == ["Joe Biden", "Vladimir Putin", "Geneva", "Putin", "NATO"]
    assert [(s.text, s.label_) for s in doc.spans[NAMES_KEY]] == [(m.text, m.label) for m in doc._.kg_mentions]


def test_anaphora_adds_pronouns_and_descriptions_in_text_order(nlp):
    with nlp.select_pipes(disable=["kg_anaphora", "kg_events"]):
        names = nlp(TEXT)._.kg_mentions
    found = nlp(TEXT)._.kg_mentions
    assert [m for m in found if m.antecedent is None] == names
    added = [(m.text, m.resolved_from, found[m.antecedent].text) for m in found if m.antecedent is not None]
    assert added == [("him", "pronoun", "Joe Biden"), ("The alliance", "nominal", "NATO"),
                     ("it", "pronoun", "NATO"), ("its", "pronoun", "NATO")]
    assert [m.start for m in found] == sorted(m.start for m in found)
