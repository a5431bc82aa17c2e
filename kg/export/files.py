"""Writing outputs: the whole set in a new folder, swapped in for the old in one step.

``output_lock(out_dir)`` is held for a whole build: it checks that ``out_dir`` can
be a folder of outputs (before any work) and refuses a second build into the same
folder (:class:`OutputBusy`) through a lock file beside it, ``.NAME.kg-lock``.

``write_outputs(out_dir, {name: text})`` writes a set of outputs (each a text, or a
function that renders it in pieces, called when its file is written, so that a
large set is never in memory at once) into a new folder beside ``out_dir`` and, where the system can (Linux ``renameat2`` with
``RENAME_EXCHANGE``), exchanges it with ``out_dir`` in one system call: a reader
that opens ``out_dir`` sees every previous output or every new one, never a mix,
and ``out_dir`` stays a plain folder of regular files. Outputs of the set this
build does not write (``timeline_summary.json`` of an earlier ``--top-dates``) go
with the old folder. When ``out_dir`` holds anything but kg's outputs, or the swap
is not available, the files are renamed into place one by one (each file is whole,
the set is not swapped at once) and those of the set this build does not write
are removed. SIGINT/SIGTERM arriving during the swap are acted on after it, so the
set is in place once it has begun. ``graph_json`` (``networkx.node_link_data``)
and ``graphml_text`` render the graph.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import glob
import io
import json
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import networkx as nx

from kg.export.jsontext import indented_pieces
from kg.io import stage_file

Output = str | bytes | Callable[[], Iterable[str]]  # a file's text, or what renders it in pieces

# Every file a build may write; a build owns these names in its output folder.
OUTPUT_NAMES = frozenset({
    "timeline.json", "graph.json", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
    "timelinejs.json", "graph.html", "timeline.html", "timeline_summary.json", "events.csv",
})
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
# Flat exports (CSV, GraphML, GEXF) keep a list while its JSON stays this short, and shorten
# a text to this many characters: spreadsheets hold at most 32,767 per cell. JSON keeps all.
MAX_CELL_CHARS = 8000


class OutputError(Exception):
    """The output folder cannot be written; the message says why."""


class OutputBusy(OutputError):
    """Another build holds the output folder."""


def _lock_path(out_dir: Path) -> Path:
    real = out_dir.resolve()
    return real.parent / f".{real.name}.kg-lock"


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir`` for one build. Raises :class:`OutputError` at once when it cannot
    be an output folder (a file, not writable) and :class:`OutputBusy` when another build holds it."""
    handle = None
    try:
        try:
            if out_dir.exists() and not out_dir.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
            lock = _lock_path(out_dir)
            lock.parent.mkdir(parents=True, exist_ok=True)
            if out_dir.is_dir() and not os.access(out_dir, os.W_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
            handle = _locked(lock)
        except BlockingIOError:
            raise OutputBusy(f"another kg build is writing to {out_dir}") from None
        except OSError as err:
            raise OutputError(f"cannot write the outputs to {out_dir} ({err.strerror or err})") from err
        yield
    finally:
        if handle is not None:
            # while still held: a build waiting on this file sees it gone and retries; an
            # interrupt now would leave the file behind
            with _signals_deferred():
                lock.unlink(missing_ok=True)
                os.close(handle)


def _locked(lock: Path) -> int:
    """Open and flock ``lock``; retry when the file was unlinked by a build ending meanwhile."""
    while True:
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        held = False
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held = True
            if os.path.samestat(os.fstat(handle), os.stat(lock)):
                return handle
        except FileNotFoundError:
            pass
        except BaseException:
            with _signals_deferred():
                if held and _is_file_of(handle, lock):
                    lock.unlink(missing_ok=True)  # interrupted holding it: leave no lock behind
                os.close(handle)
            raise
        os.close(handle)


def _is_file_of(handle: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle), os.stat(path))
    except FileNotFoundError:
        return False


@cache
def _renameat2():
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not glibc 2.28+ / not Linux
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    function.restype = ctypes.c_int
    return function


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one system call; False when the system or the file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends (Python runs handlers on the main
    thread only, so blocking them there is not enough); by then the swap is done and the
    build has completed, so they are dropped. Elsewhere than the main thread: no change."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, lambda *_: None) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _remove_leftovers(real: Path) -> None:
    """Remove what builds killed with SIGKILL left (the lock is held: no build is running)."""
    for folder in real.parent.glob(f".{glob.escape(real.name)}.new-*"):
        shutil.rmtree(folder, ignore_errors=True)
    for name in OUTPUT_NAMES:
        for leftover in real.glob(f".{glob.escape(name)}.*.tmp"):
            leftover.unlink(missing_ok=True)


def write_outputs(out_dir: Path, files: Mapping[str, Output]) -> list[Path]:
    """Write ``files`` (names from OUTPUT_NAMES) into ``out_dir`` as one set; return the paths
    written. The caller holds :func:`output_lock`. An output given as a function is
    rendered when its turn comes and written piece by piece.

    Nothing in ``out_dir`` changes until every file is staged; an error or an interrupt
    before that leaves it as it was. A folder that cannot be written raises :class:`OutputError`.
    """
    staging: Path | None = None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        real = out_dir.resolve()
        _remove_leftovers(real)
        staging = Path(tempfile.mkdtemp(prefix=f".{real.name}.new-", dir=real.parent))
        os.chmod(staging, stat.S_IMODE(real.stat().st_mode))
        for name, data in files.items():
            os.replace(stage_file(staging / name, data() if callable(data) else data), staging / name)
        kg_only = all(entry.name in OUTPUT_NAMES for entry in real.iterdir())
        with _signals_deferred():
            if not (kg_only and _exchange(staging, real)):
                for name in files:
                    os.replace(staging / name, real / name)
                for stale in OUTPUT_NAMES - set(files):
                    (real / stale).unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)  # the old set after a swap
    except OSError as err:
        raise OutputError(f"cannot write the outputs to {out_dir} ({err.strerror or err})") from err
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)  # what was staged when the swap was not reached
    return [out_dir / name for name in files]


def to_json(data) -> str:
    """JSON text with keys in insertion order, non-ASCII kept readable, one space of
    indentation per level and a final newline (:func:`kg.export.jsontext.indented_pieces` in pieces)."""
    return "".join(indented_pieces(data))


# graph.json's format: 2 has "edges" (what networkx >= 3.4 reads by default), 1 had "links".
GRAPH_JSON_VERSION = 2


def graph_json(graph: nx.MultiDiGraph) -> dict:
    """``networkx.node_link_data`` with ``edges`` and a ``version`` (``nx.node_link_graph`` reads it as is).

    >>> data = graph_json(nx.MultiDiGraph([("a", "b")]))
    >>> data["version"], nx.node_link_graph(data).number_of_edges()
    (2, 1)
    """
    return {"version": GRAPH_JSON_VERSION, **nx.node_link_data(graph, edges="edges")}


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


# json.dumps(value, ensure_ascii=False), without making an encoder for each cell
_json_text = json.JSONEncoder(ensure_ascii=False).encode


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _bounded_item(item):
    if isinstance(item, str):
        return _shortened(item)
    if isinstance(item, dict):
        return {key: _bounded_item(value) for key, value in item.items()}
    return item


def flat_cell(value):
    """A value as a cell of a flat export: lists and objects as JSON, at most about
    MAX_CELL_CHARS characters. A list keeps its first items while its JSON fits, then
    ``{"more": N}`` counts those left out; a text is cut with "…".

    >>> flat_cell(["a" * 5000, "b" * 5000, "c"])[-12:]
    '{"more": 2}]'
    """
    if isinstance(value, dict):
        return _json_text(_bounded_item(value))
    if not isinstance(value, list):
        return _bounded_item(value)
    kept: list[str] = []  # the items' JSON, joined as json.dumps joins a list's
    size = 0
    for item in map(_bounded_item, value):
        text = _json_text(item)
        size += len(text) + 2
        if kept and size > MAX_CELL_CHARS:
            kept.append(_json_text({"more": len(value) - len(kept)}))
            break
        kept.append(text)
    return "[" + ", ".join(kept) + "]"


def flat_attributes(data: dict) -> dict:
    """Attributes for formats without lists (GraphML, GEXF): :func:`flat_cell` of each, None left out."""
    return {name: flat_cell(value) for name, value in data.items() if value is not None}
