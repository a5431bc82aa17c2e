"""The extraction cache: one :class:`DocumentExtraction` per document on disk.

``ExtractionCache(root, version)`` stores the extraction of a document under
a key made of what extraction reads from it — its text and its publication
date — in a folder named after the pipeline ``version``
(:func:`pipeline_version`: kg's version, the spaCy model and spaCy version, and
a hash of ``kg/resources/`` and of the extraction source files), so editing
an article, changing the model or changing kg's code never reuses a stale
entry. The document's other fields (id, path, title, URL) are not part of the
key: an entry stores only what was extracted and is joined to the current
:class:`Document` when read, so a renamed or retitled file still hits.

Layout: ``ROOT/<version>/<key[:2]>/<key>.json``. Entries are written to a
temporary file and renamed into place, so readers never see half an entry; an
entry that cannot be read or does not match its key counts as a miss and is
recomputed and rewritten.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import kg
from kg.io import atomic_write
from kg.records import Document, DocumentExtraction

# The files whose content decides what extraction produces, relative to kg/
# (the extractors import the word shapes and the gazetteer, so those count too).
EXTRACTION_SOURCES = ("nlp.py", "records.py", "vocabulary.py", "gazetteer.py", "extract", "resources")


def source_digest(package_dir: Path | None = None) -> str:
    """SHA-256 over the paths and bytes of kg's extraction code and resources."""
    base = package_dir or Path(kg.__file__).resolve().parent
    digest = hashlib.sha256()
    for entry in EXTRACTION_SOURCES:
        path = base / entry
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(base).as_posix().encode("utf-8") + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()


def pipeline_version(model_fingerprint: str) -> str:
    """The cache folder name for one model and the current kg code."""
    parts = (kg.__version__, model_fingerprint, source_digest())
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def document_key(document: Document) -> str:
    """Hash of everything in a document that extraction reads."""
    payload = json.dumps([document.text, document.published], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Per-document extractions under ``root/version``; counts hits, misses and bad entries."""

    def __init__(self, root: str | os.PathLike, version: str):
        self.dir = Path(root) / version
        self.hits = 0
        self.misses = 0
        self.invalid = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, document: Document) -> DocumentExtraction | None:
        key = document_key(document)
        path = self._path(key)
        try:
            entry = json.loads(path.read_text("utf-8"))
            if entry["key"] != key:
                raise ValueError("key mismatch")
            extraction = DocumentExtraction.from_dict({**entry["extraction"], "document": document.to_dict()})
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.invalid += 1
            self.misses += 1
            return None
        self.hits += 1
        return extraction

    def put(self, extraction: DocumentExtraction) -> None:
        key = document_key(extraction.document)
        data = extraction.to_dict()
        del data["document"]
        text = json.dumps({"key": key, "extraction": data}, ensure_ascii=False, separators=(",", ":"))
        atomic_write(self._path(key), text, durable=False)
