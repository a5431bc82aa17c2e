"""Pages in notebooks and graphs for pyvis: kg's pages or graph in, inline HTML or a ``pyvis.network.Network`` out.

:func:`inline_page` wraps a page (``graph.html``, ``timeline.html``) in an
``<iframe srcdoc=...>``, the page escaped as an attribute value: the page keeps its
own Content-Security-Policy and makes no request, and the notebook's page cannot be
reached from it (sandboxed: scripts, no same origin).

:func:`pyvis_network` draws the graph with pyvis, for users who know its API: one
node per actor (the most important ``max_nodes``), one edge per ordered pair of
actors listing every relation between them. Labels and tooltips are plain text.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

import networkx as nx

from kg.export.layout import rank_nodes
from kg.export.style import TYPE_COLOURS, UNKNOWN_COLOUR

if TYPE_CHECKING:
    from pyvis.network import Network

PYVIS_MAX_NODES = 300  # pyvis runs a physics simulation in the page: a few hundred nodes stay responsive
EDGE_COLOURS = {"relation": "#888888", "affiliation": "#4c9f70", "party": "#b07aa1", "located_in": "#9c755f",
                "acted_in": "#bab0ac", "tie": "#edc948"}
TOOLTIP_SENTENCES = 3  # evidence sentences shown per relation in an edge's tooltip


def inline_page(page: str, height: int = 600) -> str:
    """``page`` as an iframe for a notebook cell (``_repr_html_``).

    >>> inline_page('<p title="a">x & y</p>', 100)  # doctest: +ELLIPSIS
    '<iframe srcdoc="&lt;p title=&quot;a&quot;&gt;x &amp; y&lt;/p&gt;" sandbox="allow-scripts" ...'
    """
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {height}px; border: 1px solid #ddd"></iframe>')


def _plain(text: str) -> str:
    """Tooltip text pyvis shows as text. pyvis switches every tooltip to ``innerHTML`` as soon
    as one contains "href"; a zero-width space inside the word keeps it from doing so."""
    return text.replace("href", "hre\u200bf")


def _relation_line(data: dict) -> str:
    kind = data.get("kind")
    if kind == "affiliation":
        return f"{data['role']} ({data.get('time')})"
    if kind == "party":
        return f"party to ({', '.join(data.get('roles', []))}), {data.get('date') or 'undated'}"
    if kind == "located_in":
        return f"located in ({', '.join(data.get('cues', []))})"
    if kind == "tie":
        return data["tie"]
    sentences = [e["sentence"] for e in data.get("evidence", [])[:TOOLTIP_SENTENCES]]
    return "\n".join([f"{data.get('relation')}: {data.get('title')} ({data.get('date') or 'undated'})",
                      *(f"  “{s}”" for s in sentences)])


def pyvis_network(graph: nx.MultiDiGraph, max_nodes: int = PYVIS_MAX_NODES, **network_options) -> Network:
    """A ``pyvis.network.Network`` of ``graph``'s ``max_nodes`` most important actors;
    ``network_options`` go to ``Network`` (``height``, ``notebook``, …). Its page loads
    vis-network inline (``cdn_resources="in_line"``) unless told otherwise."""
    from pyvis.network import Network

    network = Network(**{"directed": True, "cdn_resources": "in_line", **network_options})
    kept = rank_nodes(graph)[:max_nodes]
    for node in sorted(kept):
        data = graph.nodes[node]
        network.add_node(node, label=data["label"], color=TYPE_COLOURS.get(data["type"], UNKNOWN_COLOUR),
                         value=data.get("mentions", 1),
                         title=_plain(f"{data['label']} ({data['type']})\n{data.get('mentions', 1)} mentions, "
                                      f"aliases: {', '.join(data.get('aliases', []))}"))
    pairs: dict[tuple[str, str], list[dict]] = {}
    for source, target, _, data in sorted(graph.subgraph(kept).edges(keys=True, data=True),
                                          key=lambda e: (e[0], e[1], str(e[2]))):
        pairs.setdefault((source, target), []).append(data)
    for (source, target), items in sorted(pairs.items()):
        network.add_edge(source, target, color=EDGE_COLOURS.get(items[0].get("kind"), UNKNOWN_COLOUR),
                         value=len(items), title=_plain("\n".join(_relation_line(d) for d in items)))
    return network
