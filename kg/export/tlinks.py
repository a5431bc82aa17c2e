"""Temporal links out: a document's event mentions in, one TimeML ``TLINK`` per dated
event out, from the event to what anchored it — its temporal expression, the
document creation time (an event dated by its publication) or another event
("after the invasion", a dated report; a purpose, "returned to the stage to reveal
iCloud", comes ``AFTER`` the act serving it, whose date it shares). An event of the story's day (``date_anchor``
``story``: "Yesterday Jobs unveiled iPhone 4. … Jobs demoed the gyroscope") has no
time of its own sentence and none before it in its paragraph; TimeML links such an
event to the creation time, and the story's day is on or before it, so it is
written ``BEFORE`` the DCT as a past event told in the report is.

kg's relations become TimeML ``relType`` values (:data:`TIMEML_RELATIONS`);
``ON_OR_BEFORE`` has no TimeML name and is written ``BEFORE``, the reading TimeML
annotators give a past event told in a news report. ``BEGUN_BY`` ("has been fighting cancer
since 2004") is TimeML's own: written ``AFTER``, as TBAQ links most "since" times, the
relation F1 is 0.02 lower. ``kg timeml annotate``
(:mod:`kg.evaluate.timeml_annotate`) writes them, giving each target its id (``t…``
for a timex, the DCT's, ``ei…`` for an event); ``kg eval tlinks`` scores them on TBAQ.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.records import EventMention

TIMEML_RELATIONS = {"INCLUDED_IN": "IS_INCLUDED", "BEFORE": "BEFORE", "AFTER": "AFTER",
                    "SIMULTANEOUS": "SIMULTANEOUS", "ON_OR_BEFORE": "BEFORE", "INCLUDES": "INCLUDES",
                    "BEGUN_BY": "BEGUN_BY"}


#: the anchor reasons whose relation is the event's towards the event it is anchored to
EVENT_ANCHORS = ("report", "event")


@dataclass(frozen=True)
class TLink:
    """``event`` (index into the document's events) ``rel_type`` ``target``: a timex
    index (``kind="timex"``), an event index (``"event"``) or the creation time
    (``"dct"``, ``target`` None)."""

    event: int
    rel_type: str
    kind: str
    target: int | None


def event_tlinks(events: list[EventMention]) -> list[TLink]:
    """A link from every dated event of a document's ``events`` to its anchor."""
    at = {event.start: number for number, event in enumerate(events)}
    links = []
    for number, event in enumerate(events):
        relation = TIMEML_RELATIONS.get(event.relation or "INCLUDED_IN", "IS_INCLUDED")
        if event.anchored_to is not None and at.get(event.anchored_to, number) != number:
            # dated through another event ("report", "event"), the link has that relation; an event
            # that only shares the date of the act serving it comes after it ("returned to the
            # stage to reveal iCloud": the reveal after the return)
            if event.date_anchor not in EVENT_ANCHORS:
                relation = "AFTER"
            links.append(TLink(number, relation, "event", at[event.anchored_to]))
        elif event.date_anchor == "publication":
            links.append(TLink(number, relation, "dct", None))
        elif event.date_anchor == "story":
            links.append(TLink(number, TIMEML_RELATIONS["ON_OR_BEFORE"], "dct", None))
        elif event.timex is not None:
            links.append(TLink(number, relation, "timex", event.timex))
    return links
