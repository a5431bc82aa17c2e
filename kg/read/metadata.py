"""Per-folder metadata: ``metadata.json`` (object keyed by file name) or
``metadata.csv`` (columns ``file,published,title,url,source``).

``load_folder_metadata(folder)`` returns ``({file name: {published, title,
url, source, metadata_file}}, problems)`` where each problem is a ``(metadata
file, reason)`` warning. Keys that would point outside the folder (``../x``,
absolute paths), name a sub-folder or name no file in the folder are ignored and
reported; a metadata file that cannot be read is ignored and reported.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path, PurePosixPath, PureWindowsPath

from kg.read.formats import ReadError, decode

FIELDS = ("published", "title", "url", "source")


def _name_problem(name: str) -> str | None:
    """Why a metadata key cannot name a file of this folder, or None when it can."""
    if not name or "\x00" in name:
        return "is not a file name"
    for pure in (PurePosixPath(name), PureWindowsPath(name)):
        if pure.is_absolute() or pure.anchor or ".." in pure.parts:
            return "points outside the folder"
    if len(PurePosixPath(name.replace("\\", "/")).parts) != 1:
        return "names a file in a sub-folder; give it in that folder's metadata file"
    return None


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
        except (ReadError, OSError, ValueError, RecursionError, csv.Error) as err:
            problems.append((path, f"metadata ignored ({err})"))
            continue
        for key, row in rows:
            name = str(key)
            problem = _name_problem(name)
            if problem is None and not isinstance(row, dict):
                problem = "its value is not an object"
            if problem is None and not (folder / name).is_file():
                problem = "names no file in the folder"
            if problem:
                problems.append((path, f"metadata entry {name!r} ignored ({problem})"))
                continue
            entry = {f: str(row[f]) for f in FIELDS if row.get(f)}
            entry["metadata_file"] = filename
            entries.setdefault(name, entry)
    return entries, problems


def _rows_from_json(text: str):
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected an object keyed by file name")
    return sorted(data.items())


def _rows_from_csv(text: str):
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise ValueError('no "file" column')
    return [(row["file"], row) for row in reader if row.get("file")]
