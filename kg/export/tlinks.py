"""Temporal links out: a :class:`DocumentExtraction` in, one TimeML ``TLINK`` per dated
event out, from the event to what anchored it — its temporal expression, the
document creation time (an event dated by its publication) or another event
("after the invasion", a dated report).

kg's relations become TimeML ``relType`` values (:data:`TIMEML_RELATIONS`);
``ON_OR_BEFORE`` has no TimeML name and is written ``BEFORE``, the reading TimeML
annotators give a past event told in a news report. A TimeML writer (``kg timeml
annotate``, when it exists) calls :func:`event_tlinks` and gives each target its
own id (``t…`` for a timex, the DCT's ``t0``, ``ei…`` for an event); ``kg eval
tlinks`` scores these links on TBAQ.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.records import DocumentExtraction

TIMEML_RELATIONS = {"INCLUDED_IN": "IS_INCLUDED", "BEFORE": "BEFORE", "AFTER": "AFTER",
                    "SIMULTANEOUS": "SIMULTANEOUS", "ON_OR_BEFORE": "BEFORE"}


@dataclass(frozen=True)
class TLink:
    """``event`` (index into the extraction's events) ``rel_type`` ``target``: a timex
    index (``kind="timex"``), an event index (``"event"``) or the creation time
    (``"dct"``, ``target`` None)."""

    event: int
    rel_type: str
    kind: str
    target: int | None


def event_tlinks(extraction: DocumentExtraction) -> list[TLink]:
    """A link from every dated event of ``extraction`` to its anchor."""
    at = {event.start: number for number, event in enumerate(extraction.events)}
    links = []
    for number, event in enumerate(extraction.events):
        relation = TIMEML_RELATIONS.get(event.relation or "INCLUDED_IN", "IS_INCLUDED")
        if event.date_anchor == "publication":
            links.append(TLink(number, relation, "dct", None))
        elif event.anchored_to is not None and at.get(event.anchored_to, number) != number:
            links.append(TLink(number, relation, "event", at[event.anchored_to]))
        elif event.timex is not None:
            links.append(TLink(number, relation, "timex", event.timex))
    return links
