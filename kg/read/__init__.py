"""Read the inputs: files and folders in, :class:`~kg.records.Document` records out.

Supported: ``.txt``, ``.md`` (optional YAML front matter), ``.html``/``.htm``
and ``.jsonl`` (one article per line). A folder may hold ``metadata.json`` or
``metadata.csv`` giving each file's publication date, title and URL.
Documents come out sorted by id, so the order files are found in never changes
the result. What cannot be read is reported as a :class:`Skipped` record and
the rest goes on.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kg.read.formats import ReadError, read_file
from kg.read.metadata import load_folder_metadata
from kg.read.published import normalise_published, published_from_text
from kg.records import Document

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}
METADATA_FILES = {"metadata.json", "metadata.csv"}


@dataclass
class Skipped:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class Corpus:
    """The documents to process, plus what was skipped and what was a duplicate."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (duplicate id, kept id)


def _discover(inputs: Iterable[str | os.PathLike]) -> list[tuple[Path, Path]]:
    """Return (file, root) pairs for every supported file under the inputs."""
    found: list[tuple[Path, Path]] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    file = Path(dirpath) / name
                    if file.suffix.lower() in SUFFIXES and not name.startswith("."):
                        found.append((file, path))
        else:
            found.append((path, path.parent))
    return found


def _document_id(path: Path, root: Path, line_id: str | None) -> str:
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    stem = rel.rsplit(".", 1)[0] if "." in Path(rel).name else rel
    return f"{stem}#{line_id}" if line_id is not None else stem


def normalised_text_hash(text: str) -> str:
    """Hash of the text with white space folded and case ignored: duplicate detection."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def read_corpus(inputs: Iterable[str | os.PathLike]) -> Corpus:
    """Read every supported file under ``inputs``.

    >>> corpus = read_corpus(["seeds"])  # doctest: +SKIP
    >>> corpus.documents[0].id  # doctest: +SKIP
    '000_dcf8a38a3338640b'
    """
    corpus = Corpus()
    metadata_cache: dict[Path, dict] = {}
    seen: dict[str, str] = {}
    documents: list[Document] = []
    for path, root in _discover(inputs):
        if path.name in METADATA_FILES:
            continue
        folder = path.parent
        if folder not in metadata_cache:
            metadata_cache[folder], problems = load_folder_metadata(folder)
            corpus.skipped.extend(Skipped(str(p), reason) for p, reason in problems)
        meta = metadata_cache[folder].get(path.name, {})
        try:
            records, line_problems = read_file(path)
        except ReadError as err:
            corpus.skipped.append(Skipped(str(path), str(err)))
            continue
        corpus.skipped.extend(Skipped(str(path), reason, line) for line, reason in line_problems)
        for record in records:
            text = record.text
            if not text.strip():
                corpus.skipped.append(Skipped(str(path), "no text", record.line))
                continue
            published, source = None, None
            for candidate, candidate_source in (
                (record.published, record.published_source),
                (meta.get("published"), meta.get("metadata_file")),
            ):
                value = normalise_published(candidate)
                if value:
                    published, source = value, candidate_source
                    break
            url = record.url or meta.get("url")
            if not published:
                published, source = published_from_text(text, url)
            documents.append(
                Document(
                    id=_document_id(path, root, record.id),
                    path=path.as_posix(),
                    text=text,
                    title=(record.title or meta.get("title") or _first_line(text)).strip(),
                    published=published,
                    published_source=source if published else None,
                    url=url,
                )
            )
    documents.sort(key=lambda d: (d.id, d.path))
    for doc in documents:
        digest = normalised_text_hash(doc.text)
        if digest in seen:
            corpus.duplicates.append((doc.id, seen[digest]))
            continue
        seen[digest] = doc.id
        corpus.documents.append(doc)
    return corpus


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
