"""Questions to a build: events and actors in, the matching events and their text out.

:func:`find_actors` turns a name into the actors it may mean (an id, a name or an
alias, case-insensitive); :func:`select` keeps the events that involve every given
actor, have one of the types and factualities asked for and whose whole date lies
between two days; :func:`render_events` and :func:`render_item` print them for
``kg query`` and ``kg show``. Nothing here imports spaCy: it works on what
:func:`kg.load` reads back from a build's outputs.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from kg.export.events_table import EVENT_COLUMNS, event_row
from kg.export.tables import csv_table
from kg.records import Entity, TimelineEvent

FORMATS = ("table", "json", "csv")
# Column widths of the table format; a longer value is cut with "…".
TABLE_WIDTHS = {"date": 23, "actors": 40, "type": 14, "factuality": 10}
TITLE_WIDTH = 80  # a document's title in kg show (a JSONL article without one is titled by its first line)


class UnknownActor(LookupError):
    """No actor has that id, name or alias; the message says which."""


def find_actors(entities: Iterable[Entity], name: str) -> list[Entity]:
    """The actors ``name`` may mean: those whose id or name it is (case-insensitive),
    else those that were ever written so (an alias). Raises :class:`UnknownActor`.

    >>> bp = Entity("org:bp", "BP", "ORG", ["BP", "British Petroleum"], 9, ["a"])
    >>> [e.id for e in find_actors([bp], "british petroleum")]
    ['org:bp']
    """
    wanted = name.strip().casefold()
    entities = list(entities)
    named = [e for e in entities if wanted in (e.id.casefold(), e.label.casefold())]
    named = named or [e for e in entities if wanted in {a.casefold() for a in e.aliases}]
    if not named:
        raise UnknownActor(f"no actor is called {name!r}")
    return named


def as_day(value: date | str | None) -> date | None:
    """A day from a ``datetime.date`` or ISO text (``2010-06-30``); None stays None.

    >>> as_day("2010-06-30")
    datetime.date(2010, 6, 30)
    """
    return date.fromisoformat(value) if isinstance(value, str) else value


def select(
    events: Iterable[TimelineEvent],
    actors: Sequence[Iterable[str]] = (),
    types: Iterable[str] = (),
    start: date | str | None = None,
    end: date | str | None = None,
    factuality: Iterable[str] = (),
) -> list[TimelineEvent]:
    """The ``events`` (in their order) that involve, for each set of ids in ``actors``,
    at least one of them; whose type is one of ``types`` and factuality one of
    ``factuality`` (case-insensitive; empty: any); and whose date lies wholly between
    ``start`` and ``end`` (inclusive; None: no bound). With a bound, undated events
    and open intervals ("since 2006") past ``end`` are left out.

    >>> from kg.records import ActorRef, EventDate
    >>> june = EventDate("2010-06-15", "2010-06-15", "2010-06-15", "day", "June 15", "absolute")
    >>> event = TimelineEvent("ev-1", "BP paid", "", "PAY", "material cooperation", "paid", "asserted",
    ...                       june, [ActorRef("org:bp", "BP", "actor")], [])
    >>> [e.id for e in select([event], actors=[{"org:bp"}], start="2010-06-01", end="2010-06-30")]
    ['ev-1']
    >>> select([event], start="2010-07-01")
    []
    """
    first, last = as_day(start), as_day(end)
    wanted_types = {t.casefold() for t in types}
    wanted_factuality = {f.casefold() for f in factuality}
    groups = [set(group) for group in actors]
    kept = []
    for event in events:
        ids = {a.id for a in event.actors}
        if any(not group & ids for group in groups):
            continue
        if wanted_types and event.type.casefold() not in wanted_types:
            continue
        if wanted_factuality and event.factuality.casefold() not in wanted_factuality:
            continue
        if (first or last) and not _within(event, first, last):
            continue
        kept.append(event)
    return kept


def _within(event: TimelineEvent, first: date | None, last: date | None) -> bool:
    if event.date is None:
        return False
    ends = event.date.last_day
    return (first is None or event.date.first_day >= first) and (last is None or (ends is not None and ends <= last))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _date_text(event: TimelineEvent) -> str:
    if event.date is None:
        return "undated"
    return event.date.value


def render_events(events: Sequence[TimelineEvent], documents: dict[str, dict], form: str = "table") -> str:
    """``events`` as ``kg query`` prints them: ``table`` (one line each: date, actors,
    type, factuality, title, source), ``json`` (a list of ``timeline.json`` events) or
    ``csv`` (the columns of ``events.csv``). ``documents`` are timeline.json's, by id."""
    if form == "json":
        return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=1) + "\n"
    rows = [event_row(e, documents) for e in events]
    if form == "csv":
        return csv_table(EVENT_COLUMNS, rows)
    lines = []
    for event, row in zip(events, rows, strict=True):
        actors = " → ".join(name for name in (row["actor1"], row["actor2"]) if name) or "-"
        source = row["outlet"] or (event.sources[0].doc if event.sources else "")
        lines.append("  ".join((
            _cut(_date_text(event), TABLE_WIDTHS["date"]).ljust(TABLE_WIDTHS["date"]),
            _cut(actors, TABLE_WIDTHS["actors"]).ljust(TABLE_WIDTHS["actors"]),
            _cut(event.type, TABLE_WIDTHS["type"]).ljust(TABLE_WIDTHS["type"]),
            _cut(event.factuality, TABLE_WIDTHS["factuality"]).ljust(TABLE_WIDTHS["factuality"]),
            f"{_single_line(event.title)} [{_single_line(source)}]",
        )))
    return "".join(line.rstrip() + "\n" for line in lines)


def _single_line(text: str) -> str:
    return " ".join(text.split())


def _document_line(document: dict) -> str:
    parts = [document["id"], _cut(document.get("title") or "", TITLE_WIDTH), document.get("outlet"),
             document.get("published"), document.get("url")]
    return " · ".join(_single_line(p) for p in parts if p)


def _source_lines(event: TimelineEvent, documents: dict[str, dict]) -> list[str]:
    """Each source sentence of ``event`` on a line, its document on the next."""
    lines = []
    for source in event.sources:
        lines.append(f"- {_single_line(source.sentence)}")
        lines.append(f"  {_document_line(documents.get(source.doc, {'id': source.doc}))}")
    return lines


def render_event(event: TimelineEvent, documents: dict[str, dict]) -> str:
    """One event for ``kg show``: title, date, type, actors, then every source sentence with its document."""
    date_line = "undated" if event.date is None else (
        f"{event.date.value} ({event.date.start} – {event.date.end or 'open'}; written {event.date.text!r})")
    lines = [f"{event.id}: {_single_line(event.title)}", f"date: {date_line}",
             f"type: {event.type} ({event.quad_class}), {event.factuality}",
             "actors: " + ", ".join(f"{a.name} ({a.role})" for a in event.actors)]
    lines.append(f"sources ({len(event.sources)}):")
    lines.extend(_source_lines(event, documents))
    return "\n".join(lines) + "\n"


def render_actor(entity: Entity, events: Sequence[TimelineEvent], documents: dict[str, dict]) -> str:
    """One actor for ``kg show``: name, type, aliases, then each of its events with every source sentence."""
    lines = [f"{entity.id}: {entity.label} ({entity.type}), {entity.mentions} mentions in "
             f"{len(entity.documents)} documents", "aliases: " + ", ".join(entity.aliases),
             f"events ({len(events)}):"]
    for event in events:
        lines.append(f"{_date_text(event)}  {event.type}  {event.factuality}  {_single_line(event.title)}  [{event.id}]")
        lines.extend(_source_lines(event, documents))
    return "\n".join(lines) + "\n"

