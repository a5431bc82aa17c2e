"""HTML pages: the graph and the timeline in, ``graph.html`` and ``timeline.html`` out.

Each page is one self-contained file that makes no network request and works
from ``file://``: vis-network (shipped inside the pyvis package) and the page's
own script (``kg/templates/*.js``) are inlined, and the data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
so no document text can close the block or be read as markup. The scripts show
text with ``textContent`` only (the graph's names with the canvas's ``fillText``, its
tooltips as ``title`` attributes). A Content-Security-Policy allows nothing but
the page's own scripts, by hash: an injected ``<script>`` or ``onerror=`` would
not run even if it reached the page.

The graph page opens on the actors with at least one edge (a checkbox shows
the others); edge kinds (relation, acted_in, affiliation, party, located_in, tie) are a legend of their own, and
an actor's panel lists its roles. It draws at most ``max_nodes`` nodes, the most important ones
(:func:`kg.export.layout.rank_nodes`), at positions computed in Python
(:func:`kg.export.layout.positions`), so it is still as soon as it is drawn. vis-network
provides the canvas, the view (pan, zoom) and the clicks; the page's script draws the actors
and links on that canvas itself, which keeps a redraw of thousands of them to milliseconds.
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Collection, Iterator, Mapping
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.export import DEFAULT_MAX_PAGE_NODES
from kg.export.jsontext import compact_pieces
from kg.export.layout import largest_component, positions, rank_nodes
from kg.export.style import EVENT_PALETTE, TYPE_COLOURS, UNKNOWN_COLOUR
from kg.records import EventDate

KEY_DATES = 10  # marked on the timeline page and listed above it

# kg's templates, found from this file rather than by the name "kg": a folder named kg in the
# working directory (a clone) can shadow that name, never this file's own package.
_PACKAGE = Path(__file__).resolve().parent.parent
_ENV = Environment(loader=FileSystemLoader(_PACKAGE / "templates"), autoescape=select_autoescape(["html"]),
                   keep_trailing_newline=True)


def _asset(*path: str) -> str:
    """A file of the package ``path[0]`` (``kg``: kg's own templates folder) as text."""
    folder = _PACKAGE if path[0] == "kg" else resources.files(path[0])
    return folder.joinpath(*path[1:]).read_text("utf-8")


def _script_safe(json_text: str) -> str:
    """JSON text made safe inside a ``<script>`` element.

    >>> _script_safe('{"t": "</script><b>"}')
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    return json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# Stands for the data in a rendered page, which is then given out around its JSON in pieces
# (a control character: never in a template, and escaped in any JSON text).
_DATA_MARK = "\x00kg-data\x00"


def _render(template: str, title: str, scripts: list[str], data: dict, **context) -> Iterator[str]:
    """The page, in pieces, with its scripts inlined and a CSP that allows exactly those scripts
    and the data as JSON (keys sorted) made safe by :func:`_script_safe`."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts
    )
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    page = _ENV.get_template(template).render(title=title, csp=csp, scripts=scripts, data=_DATA_MARK, **context)
    before, after = page.split(_DATA_MARK)
    yield before
    yield from map(_script_safe, compact_pieces(data))
    yield after


def _edges(graph: nx.MultiDiGraph, kept: set[str], dates: Mapping[str, EventDate]) -> list[dict]:
    """One drawn edge per ordered pair of kept nodes, carrying every relation, acted_in,
    affiliation, party, located_in and tie edge between them, each dated one with the first and last day of its date
    (no last day: still going on). ``dates`` are keyed by a relation's ``event`` or a party edge's key."""
    pairs: dict[tuple[str, str], list[dict]] = {}
    for s, t, key, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        if s in kept and t in kept:
            if d.get("kind") == "affiliation":  # roles: kg.resolve.roles
                pairs.setdefault((s, t), []).append({
                    "kind": "affiliation", "role": d["role"], "written": d.get("written", []), "time": d.get("time"),
                    "qualifiers": d.get("qualifiers", []), "evidence": d.get("evidence", []),
                })
                continue
            if d.get("kind") == "located_in":  # places in countries: kg.resolve.places
                pairs.setdefault((s, t), []).append({
                    "kind": "located_in", "cues": d.get("cues", []), "evidence": d.get("evidence", []),
                })
                continue
            if d.get("kind") == "tie":  # lasting ties: kg.resolve.ties
                pairs.setdefault((s, t), []).append({
                    "kind": "tie", "tie": d["tie"], "symmetric": d.get("symmetric", False), "evidence": d.get("evidence", []),
                })
                continue
            date = dates.get(key if d.get("kind") == "party" else d.get("event"))
            bounds = {"start": date.start if date else None, "end": date.end if date else None}
            if d.get("kind") == "party":  # parties to named agreements and events: kg.resolve.parties
                pairs.setdefault((s, t), []).append({
                    "kind": "party", "roles": d.get("roles", []), "date": d.get("date"), **bounds,
                    "evidence": d.get("evidence", []),
                })
                continue
            pairs.setdefault((s, t), []).append({
                "kind": d.get("kind"), "relation": d.get("relation") or "", "verb": d.get("verb") or "", "date": d.get("date"),
                **bounds,
                "factuality": d.get("factuality"), "quad_class": d.get("quad_class"),
                "evidence": d.get("evidence", []),
            })
    return [{"from": s, "to": t, "items": items} for (s, t), items in sorted(pairs.items())]


def graph_page(graph: nx.MultiDiGraph, documents: list[dict], dates: Mapping[str, EventDate],
               max_nodes: int = DEFAULT_MAX_PAGE_NODES, title: str = "kg graph", media: Collection[str] = ()) -> str:
    """``graph.html``: :func:`graph_page_pieces` as one text."""
    return "".join(graph_page_pieces(graph, documents, dates, max_nodes, title, media))


def graph_page_pieces(graph: nx.MultiDiGraph, documents: list[dict], dates: Mapping[str, EventDate],
                      max_nodes: int = DEFAULT_MAX_PAGE_NODES, title: str = "kg graph",
                      media: Collection[str] = ()) -> Iterator[str]:
    """``graph.html`` in pieces. ``documents`` are timeline.json's (for the titles of evidence documents); ``dates``
    are the timeline events' dates by event id (the edges' ``event``); ``media`` the names of
    the outlets events were reported by (the page can hide them, as they link to everything)."""
    kept = rank_nodes(graph)[:max_nodes]
    shown = graph.subgraph(kept)
    where = positions(shown)
    nodes = [
        {"id": node, "label": data["label"], "type": data["type"], "mentions": data.get("mentions", 1),
         "degree": graph.degree(node), "aliases": data.get("aliases", []), "documents": len(data.get("documents", [])),
         "country": data.get("country_code"), "x": where[node][0], "y": where[node][1]}
        for node, data in sorted(shown.nodes(data=True))
    ]
    edges = _edges(graph, set(kept), dates)
    types = sorted({n["type"] for n in nodes})
    data = {
        "nodes": nodes, "edges": edges, "focus": largest_component(shown),
        "media": sorted(n["id"] for n in nodes if n["label"] in set(media)),
        "colours": {t: TYPE_COLOURS.get(t, UNKNOWN_COLOUR) for t in types},
        "documents": {d["id"]: d.get("title") or d["id"] for d in documents},
    }
    scripts = [_asset("pyvis", "templates", "lib", "vis-9.1.2", "vis-network.min.js"), _asset("kg", "templates", "graph.js")]
    yield from _render("graph.html", title, scripts, data, shown=len(nodes), total=graph.number_of_nodes(),
                       truncated=len(nodes) < graph.number_of_nodes())


def _event(event: dict) -> dict:
    return {
        **({"order": event["order"]} if "order" in event else {}),  # the anchoring's order within a day, when known
        "id": event["id"], "title": event["title"], "description": event["description"], "type": event["type"],
        "factuality": event["factuality"], "quad_class": event.get("quad_class"), "date": event["date"],
        "actors": [{"id": a["id"], "name": a["name"]} for a in event["actors"]],
        "sources": [{"doc": s["doc"], "sentence": s["sentence"], "start": s["start"], "end": s["end"]}
                    for s in event["sources"]],
    }


def key_dates(dates: list[dict], k: int = KEY_DATES) -> list[dict]:
    """The ``k`` most salient single days of timeline.json's ``dates``, chronologically."""
    days = [d for d in dates if d["granularity"] == "day"]
    top = sorted(days, key=lambda d: (-d["salience"], d["start"]))[:k]
    return [{key: d[key] for key in ("value", "start", "salience", "events", "documents")}
            for d in sorted(top, key=lambda d: d["start"])]


def timeline_page(timeline: dict, title: str = "kg timeline") -> str:
    """``timeline.html``: :func:`timeline_page_pieces` as one text."""
    return "".join(timeline_page_pieces(timeline, title))


def timeline_page_pieces(timeline: dict, title: str = "kg timeline") -> Iterator[str]:
    """``timeline.html`` in pieces."""
    data = {
        "key_dates": key_dates(timeline.get("dates", [])),
        "palette": EVENT_PALETTE,
        "events": [_event(e) for e in timeline["events"]],
        "undated": [_event(e) for e in timeline["undated"]],
        "other": [_event(e) for e in timeline["other"]],
        "documents": {d["id"]: {"title": d.get("title") or d["id"], "path": d.get("path"),
                                "published": d.get("published"), "outlet": d.get("outlet"), "url": d.get("url")}
                      for d in timeline["documents"]},
    }
    yield from _render("timeline.html", title, [_asset("kg", "templates", "timeline.js")], data,
                   counts={k: len(data[k]) for k in ("events", "undated", "other")})
