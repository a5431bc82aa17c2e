"""Per-folder metadata: ``metadata.json`` (object keyed by file name) or
``metadata.csv`` (columns ``file,published,title,url,source``).

``load_folder_metadata(folder)`` returns ``({file name: {published, title,
url, source, metadata_file}}, problems)``. Keys that would point outside the
folder (``../x``, absolute paths) are ignored and reported.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path, PurePosixPath, PureWindowsPath

from kg.read.formats import ReadError, decode

FIELDS = ("published", "title", "url", "source")


def _safe_name(name: str) -> str | None:
    """The plain file name a metadata key refers to, or None when it leaves the folder."""
    if not name or "\x00" in name:
        return None
    for pure in (PurePosixPath(name), PureWindowsPath(name)):
        if pure.is_absolute() or pure.anchor or ".." in pure.parts:
            return None
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return parts[-1] if len(parts) == 1 else None


def load_folder_metadata(folder: Path) -> tuple[dict[str, dict], list[tuple[Path, str]]]:
    entries: dict[str, dict] = {}
    problems: list[tuple[Path, str]] = []
    for filename in ("metadata.json", "metadata.csv"):
        path = folder / filename
        if not path.is_file():
            continue
        try:
            text = decode(path.read_bytes())
            rows = _rows_from_json(text) if filename.endswith(".json") else _rows_from_csv(text)
        except (ReadError, OSError, ValueError) as err:
            problems.append((path, f"metadata ignored ({err})"))
            continue
        for key, row in rows:
            name = _safe_name(str(key))
            if name is None:
                problems.append((path, f"metadata entry {key!r} ignored (points outside the folder)"))
                continue
            entry = {f: str(row[f]) for f in FIELDS if row.get(f)}
            entry["metadata_file"] = filename
            entries.setdefault(name, entry)
    return entries, problems


def _rows_from_json(text: str):
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected an object keyed by file name")
    return [(k, v) for k, v in sorted(data.items()) if isinstance(v, dict)]


def _rows_from_csv(text: str):
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise ValueError('no "file" column')
    return [(row["file"], row) for row in reader if row.get("file")]
