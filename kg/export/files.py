"""Writing outputs: every file goes to a temporary name in the output folder and is
renamed into place, so an interrupted run leaves the previous outputs intact.

``write_outputs(out_dir, graph, timeline)`` writes ``timeline.json``,
``graph.json`` (``networkx.node_link_data``), ``graph.graphml`` and the pages.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json(data) -> str:
    """JSON text with keys in insertion order, non-ASCII kept readable, and a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def graph_json(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """GraphML with list and dict attributes as JSON strings (GraphML has no lists)."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flatten(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_flatten(data))
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _flatten(data: dict) -> dict:
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        flat[name] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
    return flat
