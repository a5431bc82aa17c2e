"""TimelineJS: the ``timeline.json`` object in, Knight Lab's TimelineJS3 JSON out.

Every dated event becomes a slide: ``start_date`` (and ``end_date`` when the
date spans more than its own unit, as in ``2014/2015``) with as many parts as
its granularity has (a year-only date gives only ``year``), the event title as
headline, its sentence and source documents as text, its type as group.
TimelineJS renders headline and text as HTML, so all document text is escaped.

>>> js = timelinejs({"documents": [], "events": [{"id": "ev-1", "title": "<b>", "description": "a < b",
...     "type": "ATTACK", "date": {"start": "1994-01-01", "end": "1994-12-31", "granularity": "year"},
...     "sources": []}]})
>>> js["events"][0]["start_date"], js["events"][0]["text"]["headline"], "end_date" in js["events"][0]
({'year': '1994'}, '&lt;b&gt;', False)
"""
from __future__ import annotations

from html import escape

PARTS = {"year": ("year",), "month": ("year", "month")}


def _date(iso: str, granularity: str) -> dict[str, str]:
    """``{"year", "month", "day"}`` from an ISO day, as far as the granularity goes (no leading zeros)."""
    values = dict(zip(("year", "month", "day"), (str(int(part)) for part in iso.split("-")), strict=False))
    return {part: values[part] for part in PARTS.get(granularity, ("year", "month", "day"))}


def _text(event: dict, titles: dict[str, str]) -> str:
    sources = sorted({s["doc"] for s in event["sources"]})
    cited = "; ".join(escape(titles.get(doc) or doc) + f" ({escape(doc)})" for doc in sources)
    return f"<p>{escape(event['description'])}</p>" + (f"<p><small>Source: {cited}</small></p>" if cited else "")


def timelinejs(timeline: dict, title: str = "kg timeline") -> dict:
    titles = {d["id"]: d["title"] for d in timeline["documents"]}
    slides = []
    for event in timeline["events"]:
        date = event["date"]
        slide = {"unique_id": event["id"], "start_date": _date(date["start"], date["granularity"])}
        end = _date(date["end"] or date["start"], date["granularity"])
        if end != slide["start_date"]:
            slide["end_date"] = end
        slide["text"] = {"headline": escape(event["title"]), "text": _text(event, titles)}
        slide["group"] = escape(event["type"])
        slides.append(slide)
    return {
        "title": {"text": {"headline": escape(title),
                           "text": f"{len(slides)} dated events from {len(timeline['documents'])} documents"}},
        "events": slides,
    }
