"""Order of a timeline (events sharing a date: before it, on it, after it, then text
order), TLINKs from each event to its anchor, ``kg timeline`` and the TimeLine
temporal-awareness metric on a handmade case."""
from __future__ import annotations

import json

from kg.compose.timeline import compose_timeline, entity_timeline
from kg.evaluate.timelines import Timeline, TimelineEntry, event_scores, relations, temporal_awareness
from kg.export.tlinks import event_tlinks
from kg.extract import extract_documents
from kg.records import Document
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events


def _build(nlp, text: str, published: str):
    document = Document("d1", "d1.txt", text, published=published)
    extraction = next(extract_documents(nlp, [document]))
    entities, assignment = resolve_entities([extraction])
    events = resolve_events([extraction], assignment, {e.id: e.label for e in entities})
    return extraction, compose_timeline([document], events)


def test_events_sharing_a_date_keep_the_text_order_and_relations(nlp):
    text = ("NATO bombed Tripoli on 5 March. Rebels attacked Brega after the bombing of Tripoli on 5 March. "
            "Gaddafi had attacked Misrata.")
    _, timeline = _build(nlp, text, "2011-03-10")
    on_the_day = [e for e in timeline["events"] if e["date"]["start"] == "2011-03-05"]
    relations_in_order = [e["date"]["relation"] for e in on_the_day]
    assert relations_in_order == sorted(relations_in_order, key=["BEFORE", "INCLUDED_IN", "AFTER"].index)
    assert "AFTER" in relations_in_order and "BEFORE" in relations_in_order, on_the_day
    orders = [e["order"] for e in timeline["events"]]
    assert orders == sorted(orders)


def test_events_of_one_day_and_relation_keep_the_text_order(nlp):
    text = ("On 5 March NATO bombed Tripoli. On 5 March rebels attacked Brega. "
            "On 5 March Gaddafi's forces shelled Misrata.")
    _, timeline = _build(nlp, text, "2011-03-10")
    on_the_day = [e for e in timeline["events"] if e["date"]["start"] == "2011-03-05"]
    sentences = [text.index(s) for s in ("On 5 March NATO", "On 5 March rebels", "On 5 March Gaddafi")]
    assert [e["sources"][0]["start"] for e in on_the_day] == sentences
    assert [e["title"] for e in on_the_day] != sorted(e["title"] for e in on_the_day)  # not merely alphabetical


def test_every_dated_event_links_to_its_anchor(nlp):
    text = "NATO bombed Tripoli on 5 March. Rebels attacked Brega after the bombing.\n\nGaddafi condemned NATO."
    extraction, _ = _build(nlp, text, "2011-03-10")
    links = {extraction.events[link.event].trigger: link for link in event_tlinks(extraction.events)}
    assert (links["bombed"].kind, links["bombed"].rel_type) == ("timex", "IS_INCLUDED")
    assert links["condemned"].kind == "dct" and links["condemned"].rel_type == "BEFORE"
    dated = [e for e in extraction.events if e.date_anchor is not None]
    assert len(links) == len(dated)
    # the story's day is the lead's, in another sentence: the event is written before the creation time
    extraction, _ = _build(nlp, "Yesterday NATO bombed Tripoli.\n\nNATO attacked Misrata.", "2011-03-06")
    links = {extraction.events[link.event].trigger: link for link in event_tlinks(extraction.events)}
    assert next(e for e in extraction.events if e.trigger == "attacked").date_anchor == "story"
    assert (links["attacked"].kind, links["attacked"].rel_type) == ("dct", "BEFORE")


def test_entity_timeline_command(nlp, tmp_path, capsys):
    from kg.cli import main

    _, timeline = _build(nlp, "NATO bombed Tripoli on 5 March.\n\nGaddafi condemned NATO.", "2011-03-10")
    (tmp_path / "timeline.json").write_text(json.dumps(timeline), "utf-8")
    assert [e["date"]["value"] for e in entity_timeline(timeline, "nato")] == ["2011-03-05", "2011-03-10"]
    assert main(["timeline", str(tmp_path), "NATO"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2011-03-05  in (timex)") and lines[1].startswith("2011-03-10  on or before (publication)")
    assert main(["timeline", str(tmp_path), "Atlantis"]) == 1


def test_entity_timeline_finds_an_actor_by_a_longer_or_shorter_name(nlp):
    _, timeline = _build(nlp, "Apple Corps sued Apple Computer on 5 March.\n\nThe iTunes Music Store sold a song "
                         "on 6 March.", "2006-03-28")
    titles = [e["title"] for e in entity_timeline(timeline, "Beatles Apple Corps")]
    assert len(titles) == 1 and "Apple Corps" in titles[0]
    assert len(entity_timeline(timeline, "iTunes store")) == 1
    assert entity_timeline(timeline, "Beatles") == []


def _timeline(*entries: tuple[int, str | None, str]) -> Timeline:
    return Timeline("X", [TimelineEntry(frozenset([m]), date, position) for position, date, m in entries])


def test_temporal_awareness_on_a_handmade_case():
    gold = _timeline((1, "2008", "d-1-a"), (2, "2009", "d-2-b"), (3, None, "d-3-c"))
    # the gold closure: a<b, a<c, b<c and two dates; its reduced graph: a<b, b<c and two dates
    assert len(relations(gold, ["a", "b", "c"], closure=True)) == 5
    assert len(relations(gold, ["a", "b", "c"], closure=False)) == 4
    same = temporal_awareness([(gold, gold)])
    assert (same.precision, same.recall) == (1.0, 1.0)
    # the system finds a and c in order (a<c is in the gold closure) and dates a right
    system = _timeline((1, "2008", "d-1-a"), (2, None, "d-3-c"))
    scores = temporal_awareness([(system, gold)])
    assert (scores.predicted, scores.true_positives) == (2, 2)  # a<c and a in 2008, both in gold's closure
    assert scores.gold == 4 and scores.recall == 1 / 4  # of a<b, b<c, a 2008, b 2009 only "a 2008"
    events, anchored = event_scores([(system, gold)])
    assert (events.true_positives, events.predicted, events.gold, anchored) == (2, 2, 3, 1.0)


def test_key_dates_count_the_sources_of_events_the_text_anchors_there():
    from kg.compose.dates import collect_dates, date_salience
    from kg.records import EventDate, SourceRef, TimelineEvent

    def event(ident: str, docs: list[str], kind: str) -> TimelineEvent:
        date = EventDate("2011-03-05", "2011-03-05", "2011-03-05", "day", "", "absolute", kind)
        return TimelineEvent(ident, "t", "d", "ASSAULT", "", "bomb", "asserted", date, [],
                             [SourceRef(doc, "s", 0, 1) for doc in docs])

    by_text = date_salience(collect_dates([], [event("a", ["d1", "d2"], "timex")]))[0]
    by_publication = date_salience(collect_dates([], [event("a", ["d1", "d2"], "publication")]))[0]
    assert (by_text["event_sources"], by_publication["event_sources"]) == (2, 0)
    assert by_text["salience"] > by_publication["salience"]


def test_the_wrongly_dated_matched_events_are_listed_with_their_sentence():
    from kg.evaluate.timelines import CatDocument, wrong_dates

    document = CatDocument("7", "2010-06-08", [(2, "Jobs", 0), (2, "unveiled", 5), (2, "it", 14), (3, "He", 17),
                                               (3, "left", 20)], "")
    gold = Timeline("Steve Jobs", [TimelineEntry(frozenset({"7-2-unveiled"}), "2010-06-07", 1),
                                   TimelineEntry(frozenset({"7-3-left"}), None, 0)])
    system = Timeline("Steve Jobs", [TimelineEntry(frozenset({"7-2-unveiled"}), "2010-06-07", 1, "timex"),
                                     TimelineEntry(frozenset({"7-3-left"}), "2010-06-08", 2, "publication ON_OR_BEFORE")])
    assert wrong_dates([(system, gold)], [document]) == [
        {"entity": "Steve Jobs", "mention": "7-3-left", "gold": None, "kg": "2010-06-08",
         "how": "publication ON_OR_BEFORE", "sentence": "He left"}]
