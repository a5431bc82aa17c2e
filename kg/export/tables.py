"""Graph exports for other tools: the graph in, GEXF and CSV text out.

``gexf_text(graph)`` is ``networkx``'s GEXF 1.2 (Gephi) with lists and objects
as JSON strings, a colour per entity type and a size by mentions, and without
the writer's "last modified" date so that the same graph gives the same bytes.
``nodes_csv(graph)`` and ``edges_csv(graph)`` are one row per node and per
edge, sorted, with list columns (aliases, documents, evidence) as JSON, every
cell bounded as :func:`kg.export.files.flat_cell` says (JSON keeps all). A text
cell that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) gets a leading apostrophe.
"""
from __future__ import annotations

import csv
import io

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg.export.files import flat_attributes, flat_cell
from kg.export.style import TYPE_COLOURS, UNKNOWN_COLOUR

NODE_COLUMNS = ("id", "label", "type", "mentions", "degree", "country_code", "actor", "aliases", "documents")
EDGE_COLUMNS = ("source", "target", "key", "kind", "relation", "quad_class", "verb", "date", "factuality", "event",
                "role", "time", "tie", "evidence")


def _sorted_edges(graph: nx.MultiDiGraph) -> list[tuple]:
    return sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))


def _viz(data: dict) -> dict:
    colour = TYPE_COLOURS.get(data.get("type"), UNKNOWN_COLOUR)
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return {"color": {"r": red, "g": green, "b": blue, "a": 1.0}, "size": float(data.get("mentions", 1))}


def gexf_text(graph: nx.MultiDiGraph) -> str:
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        flat.add_node(node, **flat_attributes(data), viz=_viz(data))
    for source, target, key, data in _sorted_edges(graph):
        flat.add_edge(source, target, key=key, id=key, **flat_attributes(data))
    writer = GEXFWriter(encoding="utf-8")
    writer.xml.find("meta").attrib.pop("lastmodifieddate")
    writer.add_graph(flat)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + str(writer)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """A CSV cell: bounded, lists and objects as JSON, text that would start a formula defused.

    >>> _cell("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    """
    value = flat_cell(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_table(columns: tuple[str, ...], rows: list[dict]) -> str:
    """CSV text with a header of ``columns``, one line per row, every cell through :func:`_cell`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(v) for c, v in row.items()})
    return buffer.getvalue()


def nodes_csv(graph: nx.MultiDiGraph) -> str:
    return csv_table(NODE_COLUMNS, [
        {"id": node, "degree": graph.degree(node), **{c: data.get(c) for c in NODE_COLUMNS if c not in ("id", "degree")}}
        for node, data in sorted(graph.nodes(data=True))
    ])


def edges_csv(graph: nx.MultiDiGraph) -> str:
    return csv_table(EDGE_COLUMNS, [
        {"source": s, "target": t, "key": k, **{c: d.get(c) for c in EDGE_COLUMNS[3:]}}
        for s, t, k, d in _sorted_edges(graph)
    ])
