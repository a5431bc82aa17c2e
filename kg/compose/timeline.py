"""The timeline: documents and timeline events in, the ``timeline.json`` object out.

Dated events whose factuality is in ``include`` (by default asserted and
reported) go to ``events`` in chronological order; everything else goes to
``undated`` (no date) or ``other`` (proposals, predictions, conditions,
denials), each keeping its ``factuality``. Events sharing a date keep the order resolution
gave them (``order``: before the date, on it, after it; then text order).
"""
from __future__ import annotations

from kg.records import FACTUAL, Document, TimelineEvent
from kg.resolve.events import name_key


def _chronological(event: TimelineEvent) -> tuple:
    """Chronological, then the order resolution gave (relation to the date, text order)."""
    date = event.date
    return (date.start, date.end or "", event.order, event.id) if date else ("", "", event.order, event.id)


def compose_timeline(
    documents: list[Document], events: list[TimelineEvent], include: tuple[str, ...] = FACTUAL
) -> dict:
    dated, undated, other = [], [], []
    for event in events:
        if event.factuality not in include:
            other.append(event)
        elif event.date:
            dated.append(event)
        else:
            undated.append(event)
    return {
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "published": d.published,
                "published_source": d.published_source,
                "url": d.url,
                "outlet": d.outlet,
            }
            for d in sorted(documents, key=lambda d: d.id)
        ],
        "events": [e.to_dict() for e in sorted(dated, key=_chronological)],
        "undated": [e.to_dict() for e in sorted(undated, key=lambda e: e.id)],
        "other": [e.to_dict() for e in sorted(other, key=_chronological)],
    }


def _in_order(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def names_match(asked: str, name: str) -> bool:
    """Whether the name asked for can be an entity's ``name``: its words come in order
    among the name's ("Hayward": "Tony Hayward"; "iTunes store": "iTunes Music Store"),
    or the name, of two words at least, is a shorter form of it ("Apple Corps" for
    "Beatles Apple Corps", but not "Apple"); case, plurals and "the" aside.

    >>> [names_match("Beatles Apple Corps", n) for n in ("Apple Corps", "Apple", "the Beatles")]
    [True, False, False]
    >>> names_match("iTunes store", "iTunes Music Store"), names_match("iPod", "iPods"), names_match("iPhone 4", "iPhone")
    (True, True, False)
    """
    wanted, named = name_key(asked).split(), name_key(name).split()
    if not wanted or not named:
        return False
    return _in_order(wanted, named) or (len(named) >= 2 and _in_order(named, wanted))


def entity_timeline(timeline: dict, entity: str) -> list[dict]:
    """The dated events of a ``timeline.json`` object one of whose actors is ``entity``
    (an entity id, or a name as :func:`names_match` reads it: "Hayward" finds "Tony
    Hayward"), in timeline order."""

    def takes_part(event: dict) -> bool:
        return any(actor["id"] == entity or names_match(entity, actor["name"]) for actor in event["actors"])

    return [event for event in timeline["events"] if takes_part(event)]


def format_entry(event: dict) -> str:
    """One line of an entity timeline: date, relation, title, sources.

    >>> format_entry({"date": {"value": "2010-04-20", "relation": "ON_OR_BEFORE", "anchor_kind": "publication"},
    ...               "title": "BP sealed the well", "sources": [{"doc": "a"}, {"doc": "b"}, {"doc": "a"}]})
    '2010-04-20  on or before (publication)  BP sealed the well  [a, b]'
    """
    date = event["date"]
    relation = date.get("relation", "INCLUDED_IN").lower().replace("_", " ").replace("included in", "in")
    documents = ", ".join(dict.fromkeys(source["doc"] for source in event["sources"]))
    return f"{date['value']}  {relation} ({date.get('anchor_kind', 'timex')})  {event['title']}  [{documents}]"
