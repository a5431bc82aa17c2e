"""HTML pages: the graph in, ``graph.html`` out — one self-contained file.

The page inlines vis-network (shipped inside the pyvis package) and carries the
graph as JSON inside a ``<script type="application/json">`` block, with ``<``,
``>`` and ``&`` escaped so no document text can close the block or be read as
markup; the page's script shows text with ``textContent`` only. The page makes
no network request.
"""
from __future__ import annotations

import json
from importlib import resources

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape

TYPE_COLOURS = {
    "PERSON": "#e15759", "ORG": "#4e79a7", "GPE": "#59a14f", "NORP": "#b07aa1", "LOC": "#76b7b2",
    "FAC": "#9c755f", "LAW": "#edc948", "EVENT": "#f28e2b",
}


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text("utf-8")


def script_json(data) -> str:
    """JSON that is safe inside a ``<script>`` element.

    >>> script_json({"t": "</script><b>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def graph_page(graph: nx.MultiDiGraph, title: str = "kg graph") -> str:
    nodes = [
        {"id": node, "label": data["label"], "type": data["type"], "mentions": data.get("mentions", 1),
         "aliases": data.get("aliases", []), "color": TYPE_COLOURS.get(data["type"], "#bab0ac")}
        for node, data in sorted(graph.nodes(data=True))
    ]
    edges = [
        {"from": s, "to": t, "relation": d.get("relation"), "date": d.get("date"), "verb": d.get("verb"),
         "factuality": d.get("factuality"), "evidence": d.get("evidence", [])}
        for s, t, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ]
    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("graph.html").render(
        title=title,
        vis_js=_vis_asset("vis-network.min.js"),
        vis_css=_vis_asset("vis-network.css"),
        data=script_json({"nodes": nodes, "edges": edges, "colours": TYPE_COLOURS}),
    )
