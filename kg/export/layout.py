"""What the graph page shows and where: the graph in, ranked nodes and fixed positions out.

``rank_nodes(graph)`` orders the nodes by importance (mentions, then number of
relations, then id), so ``rank_nodes(graph)[:n]`` are the ``n`` nodes a page
keeps when the graph is too large to draw whole. ``positions(graph)`` lays the
graph out once, in Python, so the page never runs a physics simulation: each
connected component is placed with a seeded ``networkx.spring_layout`` and the
components are packed in rows, largest first, with the isolated nodes after
them, grouped by type. Coordinates are rounded to whole pixels, so the same
graph always gives the same numbers.

>>> g = nx.MultiDiGraph()
>>> g.add_node("a", type="GPE", mentions=3); g.add_node("b", type="ORG", mentions=1)
>>> rank_nodes(g)
['a', 'b']
>>> positions(g)
{'a': (0, 0), 'b': (144, 0)}
"""
from __future__ import annotations

import math

import networkx as nx

SEED = 7
SPACING = 90  # pixels between neighbouring nodes
SINGLE = (1.6, 0.8)  # box of an isolated node, in SPACING units: wide enough for its label
MIN_ROW = 10  # narrowest row of the packing, in SPACING units
MAX_SPRING_NODES = 400  # nodes per component placed by the (quadratic) spring layout


def rank_nodes(graph: nx.MultiDiGraph) -> list[str]:
    """Node ids, most important first: most mentions, then most relations, then id."""
    return sorted(graph.nodes, key=lambda n: (-graph.nodes[n].get("mentions", 1), -graph.degree(n), n))


def _simple(graph: nx.MultiDiGraph, nodes: list[str]) -> nx.Graph:
    """The undirected simple graph on ``nodes``, built in sorted order (the layout depends on order)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(nodes))
    simple.add_edges_from(sorted({tuple(sorted((s, t))) for s, t in graph.subgraph(nodes).edges() if s != t}))
    return simple


def _sunflower(index: int, step: float) -> tuple[float, float]:
    """The ``index``-th point of a sunflower spiral: evenly spaced, ``step`` apart."""
    angle = index * math.pi * (3 - math.sqrt(5))
    return (step * math.sqrt(index + 1) * math.cos(angle), step * math.sqrt(index + 1) * math.sin(angle))


def _component_layout(graph: nx.MultiDiGraph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Positions in units of SPACING, centred near (0, 0).

    The spring layout is quadratic, so it places at most MAX_SPRING_NODES
    nodes, the best connected; every other node is then placed, breadth first,
    on a small sunflower around its first placed neighbour.
    """
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    order = sorted(nodes, key=lambda n: (-graph.degree(n), -graph.nodes[n].get("mentions", 1), n))
    core = order[:MAX_SPRING_NODES]
    laid = nx.spring_layout(_simple(graph, core), seed=SEED, scale=math.sqrt(len(core)) * 0.75)
    placed = {n: (float(x), float(y)) for n, (x, y) in laid.items()}
    simple = _simple(graph, nodes)
    children: dict[str, int] = {}
    queue = list(core)
    for node in queue:
        for other in sorted(simple[node]):
            if other not in placed:
                offset = _sunflower(children.get(node, 0), 0.45)
                children[node] = children.get(node, 0) + 1
                placed[other] = (placed[node][0] + offset[0], placed[node][1] + offset[1])
                queue.append(other)
    return placed


def _components(graph: nx.MultiDiGraph) -> list[list[str]]:
    """Components with edges, largest first, then the isolated nodes grouped by type and importance."""
    ranked = {n: i for i, n in enumerate(rank_nodes(graph))}
    groups = [sorted(c, key=ranked.get) for c in nx.weakly_connected_components(graph)]
    connected = sorted((c for c in groups if len(c) > 1), key=lambda c: (-len(c), ranked[c[0]]))
    isolated = sorted((c[0] for c in groups if len(c) == 1), key=lambda n: (graph.nodes[n].get("type", ""), ranked[n]))
    return connected + [[n] for n in isolated]


def largest_component(graph: nx.MultiDiGraph) -> list[str]:
    """The ids of the largest group of connected nodes (the first the packing places)."""
    return sorted(_components(graph)[0]) if graph.number_of_nodes() else []


def positions(graph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Whole-pixel positions for every node: components packed in rows (shelf packing)."""
    boxes = []
    for nodes in _components(graph):
        laid = _component_layout(graph, nodes)
        xs = [x for x, _ in laid.values()]
        ys = [y for _, y in laid.values()]
        size = SINGLE if len(nodes) == 1 else (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
        boxes.append((laid, min(xs), min(ys), *size))
    area = sum(w * h for _, _, _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.3, MIN_ROW] + [w for _, _, _, w, _ in boxes])
    placed: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for laid, left, top, width, height in boxes:
        if x and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (nx_, ny_) in laid.items():
            placed[node] = (round((x + nx_ - left) * SPACING), round((y + ny_ - top) * SPACING))
        x += width
        row_height = max(row_height, height)
    return dict(sorted(placed.items()))
