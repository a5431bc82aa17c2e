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
temporary file and renamed into place, so readers never see half an entry. An
entry is untrusted: one that cannot be read, is nested too deeply, does not match
its key, has a field of the wrong type (every field of every record is checked)
or an offset or index out of range counts as a miss and is recomputed and
rewritten. A cache that cannot be written (a file where its folder should be, a
read-only disk) raises :class:`CacheUnusable` on the first write.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from functools import cache
from pathlib import Path

import kg
from kg.io import atomic_write
from kg.records import Document, DocumentExtraction

# The files whose content decides what extraction produces, relative to kg/
# (the extractors import the word shapes and the gazetteer, so those count too, and the
# attribute ruler's and lemmatizer's paths set the token attributes the extractors read).
EXTRACTION_SOURCES = ("nlp.py", "spacy_rules.py", "records.py", "vocabulary.py", "gazetteer.py", "extract", "resources")


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


class CacheUnusable(Exception):
    """The cache folder cannot be written; the message says why."""


class _BadEntry(ValueError):
    """A cache entry whose content is not an extraction kg wrote."""


Check = typing.Callable[[object, str], None]


@cache
def _checker(expected: object) -> Check:
    """A function that raises :class:`_BadEntry` unless a plain JSON value fits the annotation
    ``expected``; built once per annotation, as entries are checked on every read."""
    origin = typing.get_origin(expected)
    if origin in (typing.Union, types.UnionType):
        inner = _checker(next(o for o in typing.get_args(expected) if o is not type(None)))
        return lambda value, where: None if value is None else inner(value, where)
    if origin is list:
        item = _checker(typing.get_args(expected)[0])

        def check_list(value: object, where: str) -> None:
            if type(value) is not list:
                raise _BadEntry(f"{where}: not a list")
            for index, element in enumerate(value):
                item(element, f"{where}[{index}]")
        return check_list
    if dataclasses.is_dataclass(expected):
        return _record_checker(expected)
    if expected is typing.Any:
        return lambda value, where: None
    kind = dict if origin is dict else expected

    def check_exact(value: object, where: str) -> None:
        if type(value) is not kind:  # exact: True is not an int
            raise _BadEntry(f"{where}: not {kind.__name__}")
    return check_exact


def _record_checker(cls: type) -> Check:
    hints = typing.get_type_hints(cls)
    checks = [(f.name, _checker(hints[f.name]),
               f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
              for f in dataclasses.fields(cls)]

    def check_record(data: object, where: str) -> None:
        if type(data) is not dict:
            raise _BadEntry(f"{where}: not an object")
        for name, check, required in checks:
            if name in data:
                check(data[name], f"{where}.{name}")
            elif required:
                raise _BadEntry(f"{where}: no {name}")
    return check_record


def _check_references(extraction: DocumentExtraction) -> None:
    """Offsets inside the text and indices inside their lists: later stages slice and index with them."""
    length = len(extraction.document.text)
    spans = [*extraction.sentences, *extraction.timexes, *extraction.mentions, *extraction.events,
             *(a for e in extraction.events for a in e.arguments)]
    if any(not 0 <= span.start <= span.end <= length for span in spans):
        raise _BadEntry("offset outside the text")
    mentions, timexes = len(extraction.mentions), len(extraction.timexes)

    def inside(index: int | None, size: int) -> bool:
        return index is None or 0 <= index < size

    ok = all(inside(m.antecedent, mentions) for m in extraction.mentions) and all(
        inside(e.timex, timexes) and inside(e.speaker, mentions)
        and all(inside(p.mention, mentions) for p in e.participants)
        for e in extraction.events
    )
    if not ok:
        raise _BadEntry("index outside its list")


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
            if not isinstance(entry, dict) or entry.get("key") != key:
                raise _BadEntry("key mismatch")
            data = {**entry["extraction"], "document": document.to_dict()}
            _checker(DocumentExtraction)(data, "extraction")
            extraction = DocumentExtraction.from_dict(data)
            _check_references(extraction)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
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
        try:
            atomic_write(self._path(key), text, durable=False)
        except OSError as err:
            raise CacheUnusable(f"cannot write the cache {self.dir.parent} ({err.strerror or err})") from err
