"""Events as rows: timeline events and their documents in, ``events.csv`` out.

One row per event in a GDELT-like shape, so that the events join with other
event data and with the articles: the event id, the first and last day of its
date, the two main actors (actor 1 does, actor 2 undergoes: the first
recipient, else the next party of an agreement or talks), type, CAMEO-style
quad class, factuality, how many source sentences and documents report it,
and the first source's URL, outlet and sentence (on one line). Rows are in chronological
order (first day, last day, id), undated events last. Cells are bounded and
defused as in :mod:`kg.export.tables`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.export.tables import csv_table
from kg.records import ActorRef, TimelineEvent

EVENT_COLUMNS = (
    "event_id", "date_start", "date_end", "date_value", "actor1_id", "actor1", "actor2_id", "actor2", "type",
    "quad_class", "factuality", "title", "sources", "documents", "source_url", "outlet", "sentence",
)


def chronological(events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    """``events`` by first day, last day and id; undated ones last, by id."""
    return sorted(events, key=lambda e: (e.date is None, e.date.start if e.date else "",
                                          e.date.end or "" if e.date else "", e.id))


def main_actors(event: TimelineEvent) -> tuple[ActorRef | None, ActorRef | None]:
    """Actor 1 (the first actor, else the first participant) and actor 2 (the first
    recipient, else the next actor or participant), either None when the event has none.

    >>> from kg.records import ActorRef
    >>> event = TimelineEvent("ev-1", "", "", "MEET", "verbal cooperation", "met", "asserted", None,
    ...                       [ActorRef("gpe:us", "United States", "participant"),
    ...                        ActorRef("gpe:ru", "Russia", "participant")], [])
    >>> [a.name for a in main_actors(event)]
    ['United States', 'Russia']
    """
    parties = [a for a in event.actors if a.role in ("actor", "participant")]
    parties.sort(key=lambda a: a.role != "actor")  # stable: actors first, each group in the event's order
    first = parties[0] if parties else None
    recipients = [a for a in event.actors if a.role == "recipient" and a.id != (first.id if first else None)]
    others = [a for a in parties[1:] if a.id != first.id]
    second = (recipients or others or [None])[0]
    return first, second


def event_row(event: TimelineEvent, documents: Mapping[str, dict]) -> dict:
    """One row of EVENT_COLUMNS; ``documents`` are timeline.json's, by id."""
    first, second = main_actors(event)
    cited = next((documents[s.doc] for s in event.sources if documents.get(s.doc, {}).get("url")), None)
    cited = cited or (documents.get(event.sources[0].doc) if event.sources else None) or {}
    date = event.date
    return {
        "event_id": event.id, "date_start": date.start if date else None, "date_end": date.end if date else None,
        "date_value": date.value if date else None,
        "actor1_id": first.id if first else None, "actor1": first.name if first else None,
        "actor2_id": second.id if second else None, "actor2": second.name if second else None,
        "type": event.type, "quad_class": event.quad_class, "factuality": event.factuality, "title": event.title,
        "sources": len(event.sources), "documents": len({s.doc for s in event.sources}),
        "source_url": cited.get("url"), "outlet": cited.get("outlet"),
        "sentence": " ".join(event.sources[0].sentence.split()) if event.sources else None,
    }


def events_csv(events: Iterable[TimelineEvent], documents: Iterable[dict]) -> str:
    """``events.csv``: every event (dated, undated and not reported as fact), chronologically."""
    by_id = {d["id"]: d for d in documents}
    return csv_table(EVENT_COLUMNS, [event_row(e, by_id) for e in chronological(events)])
