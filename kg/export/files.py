"""Writing outputs: every file goes to a temporary name in the output folder and is
renamed into place, so an interrupted run leaves the previous outputs intact.

``write_outputs(out_dir, {name: text})`` writes a whole set of outputs: all are
written to temporary files first and only then renamed, with SIGINT/SIGTERM held
back during the renames, so the folder holds either every previous output or
every new one (files are staged with :func:`kg.io.stage_file`). ``graph_json`` (``networkx.node_link_data``) and ``graphml_text``
render the graph.
"""
from __future__ import annotations

import glob
import io
import json
import os
import signal
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg.io import stage_file


@contextmanager
def _interrupts_held():
    """Hold SIGINT and SIGTERM back (delivered on leaving) where the platform can."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class OutputError(Exception):
    """The output folder cannot be written; the message says why."""


def write_outputs(out_dir: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write every file of ``files`` into ``out_dir`` as one set; return the paths written.

    Nothing is renamed until every file is staged; an error or an interrupt before
    that removes the temporary files and leaves the folder as it was. Temporary files
    a killed run (SIGKILL, power loss) left for these names are removed. A folder that
    cannot be written raises :class:`OutputError`.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in files:
            for leftover in out_dir.glob(f".{glob.escape(name)}.*.tmp"):
                leftover.unlink(missing_ok=True)
        for name, data in files.items():
            staged.append((stage_file(out_dir / name, data), out_dir / name))
        with _interrupts_held():
            for tmp, path in staged:
                os.replace(tmp, path)
    except BaseException as err:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"cannot write the outputs to {out_dir} ({err.strerror or err})") from err
        raise
    return [path for _, path in staged]


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
