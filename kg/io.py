"""Atomic file writes: data in, a file that is either wholly old or wholly new out.

``stage_file`` writes to a temporary file beside the target; ``atomic_write``
then renames it into place. The cache writes its entries this way and the
export stage stages a whole set of outputs with ``stage_file``.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def stage_file(path: Path, data: str | bytes | Iterable[str], durable: bool = True) -> Path:
    """Write ``data`` (text, bytes, or text in pieces, written as they come) to a new
    temporary file beside ``path`` and return its name; ``durable`` waits until it is
    on disk (outputs), not for what can be recomputed (cache)."""
    pieces = [data] if isinstance(data, str | bytes) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def atomic_write(path: Path, data: str | bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (the cache's entries)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = stage_file(path, data, durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
