"""Dates across coreferent mentions (``kg.resolve.events.mention_dates``): a mention that
only its publication or a narrative time dates takes the date that the time expressions of
the mentions kg merges it with agree on. It never takes a date when those dates conflict, and a
modal or negated mention never takes one."""
from __future__ import annotations

from kg.extract import extract_document
from kg.records import ActorRef, Document, DocumentExtraction, EventDate, EventMention, Sentence
from kg.resolve.entities import resolve_entities
from kg.resolve.events import _Member, coreferent_dates, mention_dates


def _dates(nlp, articles: list[tuple[str, str]], trigger: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(document, date value, anchor kind, factuality) of each mention of ``trigger``, in text order."""
    extractions = [extract_document(nlp, Document(id=f"d{i}", path=f"d{i}.txt", text=text, published=published))
                   for i, (text, published) in enumerate(articles)]
    entities, assignment = resolve_entities(extractions)
    dates = mention_dates(extractions, assignment, {e.id: e.label for e in entities})
    found = []
    for extraction in extractions:
        for event in extraction.events:
            if event.trigger == trigger:
                date = dates[(extraction.document.id, event.start)]
                found.append((extraction.document.id, date and date.value, date and date.anchor_kind,
                              event.factuality))
    return found


def test_an_article_dated_only_by_publication_takes_the_day_another_names(nlp):
    found = _dates(nlp, [("On 16 June 2010, BP set up a $20bn compensation fund.", "2010-06-17"),
                         ("The oil company BP set up a $20bn compensation fund for the victims.", "2010-06-19")], "set")
    assert found == [("d0", "2010-06-16", "timex", "asserted"), ("d1", "2010-06-16", "event", "asserted")]


def test_a_modal_mention_of_the_same_words_takes_no_date(nlp):
    found = _dates(nlp, [("On 16 June 2010, BP set up a $20bn compensation fund.", "2010-06-17"),
                         ("BP may set up a $20bn compensation fund for the victims.", "2010-06-19")], "set")
    assert found[0] == ("d0", "2010-06-16", "timex", "asserted")
    assert found[1][2] != "event" and found[1][3] != "asserted", found


def test_a_negated_mention_takes_no_date(nlp):
    found = _dates(nlp, [("On 16 June 2010, BP set up a $20bn compensation fund.", "2010-06-17"),
                         ("BP did not set up a $20bn compensation fund for the victims.", "2010-06-19")], "set")
    assert found[1][2] != "event" and found[1][3] == "negated", found


def test_the_same_words_told_weeks_later_stay_at_their_publication(nlp):
    found = _dates(nlp, [("On 16 June 2010, BP set up a $20bn compensation fund.", "2010-06-17"),
                         ("BP set up a $20bn compensation fund for the victims.", "2010-08-19")], "set")
    assert found[1][1:3] == ("2010-08-19", "publication"), found


def _member(index: int, date: EventDate | None, date_anchor: str | None, factuality: str = "asserted",
            tense: str = "PAST", complement: str = "") -> _Member:
    document = Document(id=f"d{index}", path=f"d{index}.txt", text="x", published="2010-06-20")
    event = EventMention(0, 1, "met", "meet", "CONSULT", "verbal cooperation", 0, predicate="met", tense=tense,
                         complement=complement)
    event.date_anchor = date_anchor
    extraction = DocumentExtraction(document, [Sentence(0, 0, 1, "x")], [], [], [event])
    return _Member(extraction, event, [ActorRef("a", "A", "actor")], date, factuality, None)


def _day(day: str, anchor_kind: str = "timex", relation: str = "INCLUDED_IN") -> EventDate:
    return EventDate(day, day, day, "day", day, "absolute", anchor_kind, relation)


JUNE = EventDate("2010-06", "2010-06-01", "2010-06-30", "month", "June", "absolute")
PUBLISHED = _day("2010-06-20", "publication", "ON_OR_BEFORE")


def _taken(members: list[_Member]) -> list[tuple[str, str] | None]:
    taken = coreferent_dates(members)
    return [taken.get(id(m)) and (taken[id(m)].value, taken[id(m)].anchor_kind) for m in members]


def test_a_publication_or_narrative_date_takes_the_finest_of_nested_dates():
    narrative = EventDate("2010-06", "2010-06-01", "2010-06-30", "month", "June", "narrative", "narrative")
    members = [_member(0, JUNE, "clause"), _member(1, _day("2010-06-16"), "clause"),
               _member(2, PUBLISHED, "publication"), _member(3, narrative, "narrative"), _member(4, None, None)]
    assert _taken(members) == [None, None, ("2010-06-16", "event"), ("2010-06-16", "event"), None]


def test_only_a_verb_dated_by_its_own_clause_gives_its_date():
    members = [_member(0, _day("2010-06-16"), "sentence"), _member(1, _day("2010-06-16"), "clause", tense="NONE"),
               _member(2, PUBLISHED, "publication")]
    assert _taken(members) == [None, None, None]


def test_conflicting_days_give_no_date_to_the_others():
    members = [_member(0, _day("2010-06-16"), "clause"), _member(1, _day("2010-06-18"), "clause"),
               _member(2, PUBLISHED, "publication"), _member(3, None, None)]
    assert coreferent_dates(members) == {}


def test_a_mention_of_another_object_takes_no_date():
    """One article's mentions of a verb merge whatever their objects ("Honors made headlines
    in early January", "his side of the story has been made public"): only a mention with
    the object of a mention that gives the date takes it."""
    members = [_member(0, _day("2010-06-16"), "clause", complement="headlines"),
               _member(1, PUBLISHED, "publication", complement="the headlines"),
               _member(2, PUBLISHED, "publication", complement="his story public")]
    assert _taken(members) == [None, ("2010-06-16", "event"), None]


def test_a_date_an_earlier_article_tells_as_done_is_no_date():
    earlier = _member(2, _day("2010-06-15", "publication", "ON_OR_BEFORE"), "publication")
    earlier.extraction.document.published = "2010-06-15"
    assert _taken([_member(0, _day("2010-06-16"), "clause"), _member(1, PUBLISHED, "publication"), earlier]) == [
        None, None, None]


def test_a_date_after_the_publication_or_a_state_is_not_refined():
    members = [_member(0, _day("2010-06-16"), "clause"),
               _member(1, _day("2010-06-15", "publication", "ON_OR_BEFORE"), "publication"),
               _member(2, _day("2010-06-20", "publication", "INCLUDES"), "publication"),
               _member(3, None, None, factuality="hypothetical")]
    assert coreferent_dates(members) == {}
