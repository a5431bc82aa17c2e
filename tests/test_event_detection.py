"""Event detection beyond the lexicon: the tagger's events reaching ``EventMention``,
which events enter the timeline and the graph, TimeML out and Task B scoring."""
from __future__ import annotations

from spacy.tokens import Span

from kg.compose.graph import compose_graph
from kg.compose.timeline import compose_timeline
from kg.evaluate.timeml import parse_timeml, read_timeml_folder
from kg.evaluate.timeml_annotate import annotate_folder, event_words
from kg.extract import extract_document
from kg.extract.events import extract_events
from kg.extract.events.triggers import TAGGER_SPANS
from kg.records import Document
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events
from tests.conftest import resolve_texts, shared_data


def _tagged(nlp, text, tagged):
    """``text`` through the pipeline with the tagger's spans set to ``tagged`` (word → class)."""
    doc = nlp(text)
    doc.spans[TAGGER_SPANS] = [Span(doc, t.i, t.i + 1, label=tagged[t.text]) for t in doc if t.text in tagged]
    return {e.trigger: e for e in extract_events(doc)}


def test_every_tagged_event_becomes_an_event_mention_with_its_class(nlp):
    events = _tagged(nlp, "Analysts expected the takeover, and the company confirmed the talks on Monday.",
                     {"expected": "I_STATE", "takeover": "OCCURRENCE", "confirmed": "REPORTING"})
    assert (events["expected"].type, events["expected"].tml_class) == ("OCCURRENCE", "I_STATE")
    assert (events["takeover"].type, events["takeover"].tml_class) == ("ECONOMY", "OCCURRENCE")
    assert (events["confirmed"].type, events["confirmed"].tml_class) == ("STATEMENT", "REPORTING")
    assert "talks" in events  # a lexicon event the tagger missed stays an event


def test_a_tagged_reporting_verb_outside_the_lexicons_is_a_statement(nlp):
    events = _tagged(nlp, "\"We are ready,\" the spokesman stressed.", {"stressed": "REPORTING"})
    assert events["stressed"].type == "STATEMENT"


def test_two_word_events_still_merge_with_the_tagger(nlp):
    events = _tagged(nlp, "Russia agreed to meet Ukraine.", {"agreed": "I_ACTION", "meet": "OCCURRENCE"})
    assert list(events) == ["agreed to meet"]
    assert (events["agreed to meet"].type, events["agreed to meet"].tml_class) == ("AGREE", "I_ACTION")


def test_timeml_marks_the_words_of_two_word_and_reported_events_but_no_untagged_lexicon_noun(nlp):
    text = "Russia agreed to meet Ukraine. Gaddafi told Reuters that NATO had bombed Tripoli, ending the talks."
    tagged = {"agreed": "I_ACTION", "meet": "OCCURRENCE", "told": "REPORTING", "bombed": "OCCURRENCE",
              "ending": "ASPECTUAL"}
    doc = nlp(text)
    doc.spans[TAGGER_SPANS] = [Span(doc, t.i, t.i + 1, label=tagged[t.text]) for t in doc if t.text in tagged]
    doc._.kg_events = extract_events(doc)
    triggers = {e.trigger for e in doc._.kg_events}
    assert "agreed to meet" in triggers and "told" not in triggers and "talks" in triggers
    assert {(word.text, tml_class) for word, tml_class, _ in event_words(doc)} == set(tagged.items())


def _resolve(nlp, texts, all_events=False):
    return resolve_texts(nlp, texts, "2010-06-01", all_events)


def test_an_event_of_any_type_with_an_actor_enters_the_timeline_and_the_graph(nlp):
    extractions, entities, events = _resolve(nlp, [
        "Exxon sued the Chinese government in May 2010. The oil spilled for months."])
    sued = [e for e in events if e.trigger == "sue"]
    assert len(sued) == 1 and sued[0].type == "LAW"
    timeline = compose_timeline([x.document for x in extractions], events)
    assert sued[0].id in {e["id"] for e in timeline["events"]}
    assert not [e for e in events if e.trigger == "spill"]  # no actor: out by default
    graph = compose_graph(entities, events)
    assert [d["relation"] for _, _, d in graph.edges(data=True)] == ["LAW"]


def test_all_events_keeps_the_mentions_without_an_actor(nlp):
    _, _, events = _resolve(nlp, ["Exxon sued the Chinese government in May 2010. The oil spilled for months."],
                            all_events=True)
    assert [e.type for e in events if e.trigger == "spill"] == ["DISASTER"]


TBAQ_LIKE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Shares of <EVENT eid="e1" class="OCCURRENCE">Acme</EVENT> fell 3 % on <TIMEX3 tid="t1" type="DATE"
value="1998-01-07">Wednesday</TIMEX3> &amp; the company said it will not sell its unit.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN" />
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>
"""


def test_timeml_annotate_keeps_the_text_and_tags_events_instances_and_timexes(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tml").write_text(TBAQ_LIKE, "utf-8")
    assert annotate_folder(tmp_path / "in", tmp_path / "out") == 1
    written = (tmp_path / "out" / "a.tml").read_text("utf-8")
    annotated = parse_timeml(written)
    assert annotated.text == parse_timeml(TBAQ_LIKE).text
    classes = {e.text: e.event_class for e in annotated.events}
    assert (classes["fell"], classes["said"]) == ("OCCURRENCE", "REPORTING")
    assert [t.value for t in annotated.timexes] == ["1998-01-07"]
    assert '<DCT><TIMEX3 tid="t0"' in written and 'lid="l1" relType="BEFORE"' not in written  # the file's links replaced
    instance = {annotated.instances[link.source]: link for link in annotated.tlinks}
    eid = {e.text: e.eid for e in annotated.events}
    # "fell … on Wednesday": included in its timex, the one TLINK of an event that has a date
    assert (instance[eid["fell"]].rel_type, instance[eid["fell"]].target) == ("IS_INCLUDED", annotated.timexes[0].tid)
    assert len(annotated.tlinks) == 1
    assert 'tense="FUTURE" aspect="NONE" polarity="NEG"' in written  # "will not sell"
    assert 'tense="PAST"' in written


def test_task_b_scores_kg_on_timebank(tmp_path):
    from kg.evaluate.events import evaluate_timeml_events

    folder = shared_data("timeml", "tbaq", "TimeBank")
    subset = tmp_path / "tb"
    subset.mkdir()
    for document in read_timeml_folder(folder)[:3]:
        (subset / document.name).write_text(document.source, "utf-8")
    result = evaluate_timeml_events(subset)
    assert result["documents"] == 3
    assert result["relaxed"]["gold"] > 50 and result["relaxed"]["precision"] > 50
    assert result["strict"]["f1"] <= result["relaxed"]["f1"]


def test_a_named_disaster_is_one_record_across_documents(nlp):
    _, _, events = _resolve(nlp, ["The Deepwater Horizon spill fouled the coast of Louisiana.",
                                  "Fishermen blamed the Deepwater Horizon spill for their losses."])
    spills = [e for e in events if e.trigger == "spill"]
    assert len(spills) == 1 and spills[0].type == "DISASTER"
    assert spills[0].name == "Deepwater Horizon spill" and len(spills[0].sources) == 2


def test_a_tagged_irregular_verb_keeps_its_own_past_form_in_the_headline(nlp):
    events = _tagged(nlp, "Exxon sought damages from the Chinese government.", {"sought": "I_ACTION"})
    assert events["sought"].predicate == "sought"


def test_an_untyped_state_stays_out_unless_all_events(nlp):
    from dataclasses import replace

    text = "Exxon sued the Chinese government in May 2010."
    extraction = extract_document(nlp, Document(id="d0", path="d0.txt", text=text, published="2010-06-01"))
    entities, assignment = resolve_entities([extraction])
    labels = {e.id: e.label for e in entities}
    for tml_class, kept in (("OCCURRENCE", 1), ("I_STATE", 0)):
        extraction.events = [replace(e, type="OCCURRENCE", tml_class=tml_class) for e in extraction.events]
        assert len(resolve_events([extraction], assignment, labels)) == kept
        assert len(resolve_events([extraction], assignment, labels, all_events=True)) == 1


def test_timeml_annotate_links_a_reported_event_to_the_creation_time(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    source = TBAQ_LIKE.split("<TEXT>")[0] + "<TEXT>\nAcme Corp. said it sold its chemicals unit.\n</TEXT>\n</TimeML>\n"
    (tmp_path / "in" / "b.tml").write_text(source, "utf-8")
    annotate_folder(tmp_path / "in", tmp_path / "out")
    annotated = parse_timeml((tmp_path / "out" / "b.tml").read_text("utf-8"))
    sold = next(e.eid for e in annotated.events if e.text == "sold")
    links = [link for link in annotated.tlinks if annotated.instances[link.source] == sold]
    assert [(link.rel_type, link.target) for link in links] == [("BEFORE", "t0")]  # on or before publication
