"""Event resolution: event mentions of the corpus in, merged :class:`TimelineEvent` records out.

``resolve_events(extractions, assignment)`` keeps the event mentions that have
at least one participant, attaches their date (a :class:`Timex` of type DATE)
and merges mentions of the same event — same type, same date value and same
actors — across documents into one record that lists every source.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

from kg.records import ActorRef, DocumentExtraction, EventMention, SourceRef, TimelineEvent, Timex

ROLE_ORDER = {"actor": 0, "recipient": 1, "participant": 2}


def date_record(timex: Timex | None) -> dict | None:
    """The ``date`` object of a timeline event, from its temporal expression."""
    if timex is None or timex.type != "DATE":
        return None
    return {
        "value": timex.value,
        "start": timex.start_date,
        "end": timex.end_date,
        "granularity": timex.granularity,
        "text": timex.text,
        "anchor": timex.anchor,
    }


def stable_id(*parts: str) -> str:
    """A short id that depends only on ``parts``.

    >>> stable_id("ASSAULT", "2022-02")
    'ev-d3edc47cc84c'
    """
    return "ev-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _title(actors: list[ActorRef], trigger: str) -> str:
    doers = [a.name for a in actors if a.role == "actor"]
    others = [a.name for a in actors if a.role != "actor"]
    words = [" and ".join(doers)] if doers else []
    words.append(trigger)
    if others:
        words.append(", ".join(others))
    return " ".join(words)


def resolve_events(
    extractions: list[DocumentExtraction],
    assignment: dict[tuple[str, int], str],
    labels: dict[str, str],
) -> list[TimelineEvent]:
    merged: dict[tuple, list[tuple[DocumentExtraction, EventMention, list[ActorRef]]]] = defaultdict(list)
    for extraction in extractions:
        doc_id = extraction.document.id
        for event in extraction.events:
            actors: dict[str, ActorRef] = {}
            for participant in event.participants:
                ident = assignment.get((doc_id, participant.mention))
                if ident and ident not in actors:
                    actors[ident] = ActorRef(ident, labels[ident], participant.role)
            if not actors:
                continue
            timex = extraction.timexes[event.timex] if event.timex is not None else None
            date = date_record(timex)
            ordered = sorted(actors.values(), key=lambda a: (ROLE_ORDER.get(a.role, 9), a.id))
            key = (event.type, date["value"] if date else "", event.factuality,
                   tuple((a.id, a.role) for a in ordered), "" if date else f"{doc_id}:{event.start}")
            merged[key].append((extraction, event, ordered))
    events: list[TimelineEvent] = []
    for key, members in merged.items():
        extraction, first, actors = members[0]
        timex = extraction.timexes[first.timex] if first.timex is not None else None
        sources = []
        for member_extraction, event, _ in members:
            sentence = member_extraction.sentences[event.sentence]
            sources.append(SourceRef(member_extraction.document.id, sentence.text.strip(), sentence.start, sentence.end))
        sources.sort(key=lambda s: (s.doc, s.start))
        events.append(
            TimelineEvent(
                id=stable_id(*map(str, key)),
                title=_title(actors, first.trigger),
                description=sources[0].sentence,
                type=first.type,
                quad_class=first.quad_class,
                trigger=first.lemma,
                factuality=first.factuality,
                date=date_record(timex),
                actors=actors,
                sources=sources,
            )
        )
    events.sort(key=lambda e: ((e.date or {}).get("start") or "9999", e.id))
    return events
