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


def _added(nlp, text: str) -> list[tuple[str, str, str]]:
    found = nlp(text)._.kg_mentions
    return [(m.text, m.resolved_from, found[m.antecedent].text) for m in found if m.antecedent is not None]


def test_we_in_a_quotation_is_the_organisation_of_the_speaker(nlp):
    added = _added(nlp, 'Boeing spokesman William Barksdale said: "Obviously we are very disappointed. '
                        'Once we have reviewed the details, we will decide on our options."')
    assert added == [("we", "quoted", "Boeing"), ("we", "quoted", "Boeing"), ("we", "quoted", "Boeing"),
                     ("our", "quoted", "Boeing")]


def test_i_in_a_quotation_is_the_speaker_even_when_named_after_it(nlp):
    assert _added(nlp, "`` I think the phone is great , '' said Steve Jobs .") == [("I", "quoted", "Steve Jobs")]
    assert _added(nlp, '"We are ready," Airbus said.') == [("We", "quoted", "Airbus")]


def test_first_person_without_a_fitting_speaker_is_left_alone(nlp):
    # A person speaking for no named organisation: "we" has no antecedent; outside quotes "I" has none.
    assert _added(nlp, 'Chief executive Thomas Enders said: "We want to know what happened."') == []
    assert _added(nlp, "I met Steve Jobs in Paris.") == []


def test_a_relative_pronoun_is_the_name_its_clause_modifies(nlp):
    assert _added(nlp, "Qatar Airways, which chose the Airbus jet, ordered 80 planes.") == [
        ("which", "relative", "Qatar Airways")]
    assert _added(nlp, "The jets, which Qatar Airways chose, are late.") == []


def test_a_news_outlet_is_no_antecedent(nlp):
    # the outlet only carries the story: "they" is the residents (no name), not Reuters
    assert _added(nlp, "A resident told Reuters the city was quiet. They feared that the troops would return.") == []
    assert _added(nlp, "Boeing told Reuters on Monday that it would appeal.") == [("it", "pronoun", "Boeing")]
