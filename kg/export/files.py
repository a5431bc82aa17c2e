"""Writing outputs: every file goes to a temporary name in the output folder and is
renamed into place, so an interrupted run leaves the previous outputs intact.

``write_outputs(out_dir, files)`` takes every rendered file (``{name: text}``),
writes them all to temporary files first and renames them into place only when
all were written. ``to_json``, ``graph_json`` (``networkx.node_link_data``) and
``graphml_text`` render the data files.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx


def _stage(path: Path, data: str | bytes) -> str:
    """Write ``data`` to a temporary file next to ``path``; return the temporary name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    os.replace(_stage(path, data), path)


def write_outputs(out_dir: Path, files: dict[str, str | bytes]) -> list[str]:
    """Write every file or none: all are staged before the first is renamed into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in files.items():
            staged.append((_stage(out_dir / name, data), out_dir / name))
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    return [str(path) for _, path in staged]


def to_json(data) -> str:
    """JSON text with keys in insertion order, non-ASCII kept readable, and a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def graph_json(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """GraphML with list and dict attributes as JSON strings (GraphML has no lists)."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **flat_attributes(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **flat_attributes(data))
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def flat_attributes(data: dict) -> dict:
    """Attributes for formats without lists: lists and objects as JSON strings, None left out."""
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        flat[name] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
    return flat
