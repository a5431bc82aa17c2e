"""Read the inputs: files and folders in, a :class:`Corpus` of
:class:`~kg.records.Document` records out.

Supported: ``.txt``, ``.md`` (optional YAML front matter), ``.html``/``.htm``
and ``.jsonl`` (one article per line). A folder may hold ``metadata.json`` or
``metadata.csv`` giving each file's publication date, title, URL and outlet
(``source``).

Nothing here stops the run. What cannot be read is a :class:`Problem` in
``Corpus.skipped`` (the document, or the JSONL line, is left out); what was
ignored while the document was kept (broken front matter, a bad metadata entry,
a date that is not a date) is a :class:`Problem` in ``Corpus.warnings``.
Documents with the same normalised text are processed once; the others are
listed in ``Corpus.duplicates``. Documents come out sorted by id, so neither the
order of the inputs nor the order files are found in changes the result.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from kg.read.formats import FORMAT_CHARACTERS, RawRecord, ReadError, clean_text, read_file
from kg.read.metadata import load_folder_metadata
from kg.read.published import normalise_published, published_from_text
from kg.records import Document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
METADATA_FILES = {"metadata.json", "metadata.csv"}
# Control characters and invisible format characters (zero-width joiners, bidi overrides)
# are escaped wherever a path or id is shown: a U+202E in a file name must not reverse a terminal line.
_UNPRINTABLE = re.compile(f"[\x00-\x1f\x7f{FORMAT_CHARACTERS}]")


@dataclass(frozen=True)
class Problem:
    """Something in the inputs that was skipped or ignored: where and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    def sort_key(self) -> tuple[str, int, str]:
        return self.path, self.line or 0, self.reason


@dataclass
class Corpus:
    """The documents to process, plus what was skipped, ignored, or a duplicate."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (duplicate, kept): "path[:line]"
    lines: dict[str, int] = field(default_factory=dict)  # document id → its line in a JSONL file

    def problem(self, document: Document, reason: str) -> Problem:
        """``reason`` for ``document``, naming its file and, for a JSONL record, its line."""
        return Problem(document.path, reason, self.lines.get(document.id))


@dataclass
class _Candidate:
    id: str
    path: Path
    line: int | None
    document: Document

    @property
    def where(self) -> str:
        return f"{_shown(self.path)}:{self.line}" if self.line else _shown(self.path)


def _printable(text: str) -> str:
    """``text`` as any output can hold it: lone surrogates written ``\\udNNN`` and
    control and format characters ``\\xNN``/``\\uNNNN`` (one line, valid UTF-8 and XML, no bidi tricks)."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _UNPRINTABLE.sub(lambda m: _escaped(ord(m.group())), text)


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _shown(path: Path) -> str:
    """The path as printable text; bytes of a file name that are not UTF-8 are written ``\\xNN``."""
    return _printable(os.fsencode(path.as_posix()).decode("utf-8", "backslashreplace"))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _walk(root: Path, excluded: dict[Path, str], skipped: list[Problem]) -> list[Path]:
    """The supported files under the folder ``root``, in sorted order; hidden files and
    folders, metadata files and the ``excluded`` folders are passed over, the rest not read is skipped."""
    files: list[Path] = []

    def unreadable(err: OSError) -> None:
        skipped.append(Problem(_shown(Path(err.filename)), f"cannot read folder ({err.strerror})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        folder = Path(dirpath)
        for name in sorted(dirnames):
            if not name.startswith(".") and (folder / name).is_symlink():
                skipped.append(Problem(_shown(folder / name), "symbolic link to a folder, not followed"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (folder / d).resolve() not in excluded)
        for name in sorted(filenames):
            file = folder / name
            if name.startswith(".") or name in METADATA_FILES:
                continue
            if file.suffix.lower() not in SUFFIXES:
                skipped.append(Problem(_shown(file), f"unsupported file type (kg reads {', '.join(SUFFIXES)})"))
            elif file.is_symlink() and not file.exists():
                skipped.append(Problem(_shown(file), "broken symbolic link"))
            elif file.is_symlink() and not _inside(file, root):
                skipped.append(Problem(_shown(file), "symbolic link to a file outside the input folder"))
            else:
                files.append(file)
    return files


def _discover(
    inputs: Iterable[str | os.PathLike], skipped: list[Problem], excluded: dict[Path, str]
) -> list[tuple[Path, Path]]:
    """Return sorted (file, root) pairs for every supported file under the inputs, each
    file once, none under an ``excluded`` folder (resolved path: why it is not read);
    what is not read is added to ``skipped``."""
    found: dict[Path, tuple[Path, Path]] = {}
    supported = ", ".join(SUFFIXES)

    def add(file: Path, root: Path) -> None:
        key = file.resolve()
        if key not in found or (file.as_posix(), root.as_posix()) < tuple(p.as_posix() for p in found[key]):
            found[key] = (file, root)

    for raw in inputs:
        path = Path(raw)
        inside = [reason for folder, reason in excluded.items()
                  if path.resolve() == folder or folder in path.resolve().parents]
        if inside:
            skipped.append(Problem(_shown(path), inside[0]))
        elif not path.exists():
            reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            skipped.append(Problem(_shown(path), reason))
        elif path.is_dir():
            files = _walk(path, excluded, skipped)
            if not files:
                skipped.append(Problem(_shown(path), f"no supported files in this folder ({supported})"))
            for file in files:
                add(file, path)
        elif path.suffix.lower() not in SUFFIXES:
            skipped.append(Problem(_shown(path), f"unsupported file type (kg reads {supported})"))
        else:
            add(path, path.parent)
    return sorted(found.values(), key=lambda pair: (pair[0].as_posix(), pair[1].as_posix()))


def _document_id(path: Path, root: Path, line_id: str | None) -> str:
    try:
        rel = _shown(path.relative_to(root))
    except ValueError:
        rel = path.name
    stem = rel.rsplit(".", 1)[0] if "." in Path(rel).name else rel
    return f"{stem}#{_printable(line_id)}" if line_id is not None else stem


def normalised_text_hash(text: str) -> str:
    """Hash of the text with white space folded and case ignored: duplicate detection."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8", "surrogatepass")).hexdigest()


def _document(record: RawRecord, path: Path, meta: dict, warnings: list[Problem]) -> Document:
    text = clean_text(record.text)
    published, source = None, None
    for candidate, candidate_source in (
        (record.published, record.published_source),
        (meta.get("published"), meta.get("metadata_file")),
    ):
        value = normalise_published(candidate)
        if value:
            published, source = value, candidate_source
            break
        if candidate and candidate.strip():
            warnings.append(
                Problem(_shown(path), f"publication date {candidate.strip()!r} not understood; ignored", record.line)
            )
    url = record.url or meta.get("url")
    outlet = record.outlet or meta.get("source") or _host(url)
    if not published:
        published, source = published_from_text(text, url)
    title = record.title or meta.get("title") or _first_line(text)
    return Document(
        id="",
        path=_shown(path),
        text=text,
        title=" ".join(clean_text(title).split()),
        published=published,
        published_source=source if published else None,
        url=clean_text(url) if url else None,
        outlet=" ".join(clean_text(outlet).split()) if outlet else None,
    )


def _host(url: str | None) -> str | None:
    """The host a URL names, without ``www.``: the outlet when nothing else says who published it.

    >>> _host("https://www.bbc.co.uk/news/world-10492751")
    'bbc.co.uk'
    """
    try:
        host = urlsplit(url.strip()).hostname if url else None
    except ValueError:  # "http://[bad": not a URL, so no host
        return None
    return host.removeprefix("www.") if host else None


def read_corpus(
    inputs: Iterable[str | os.PathLike],
    exclude: str | os.PathLike | None = None,
    cache: str | os.PathLike | None = None,
) -> Corpus:
    """Read every supported file under ``inputs``, leaving out the folder ``exclude``
    (the output folder, whose ``graph.html`` would otherwise be read back as an article)
    and the extraction ``cache`` folder.

    >>> corpus = read_corpus(["seeds"])  # doctest: +SKIP
    >>> corpus.documents[0].id  # doctest: +SKIP
    '000_dcf8a38a3338640b'
    """
    corpus = Corpus()
    metadata_cache: dict[Path, dict] = {}
    candidates: list[_Candidate] = []
    excluded = {Path(folder).resolve(): reason for folder, reason in (
        (cache, "in the cache folder; kg does not read its own cache"),
        (exclude, "in the output folder; kg does not read its own outputs"),
    ) if folder is not None}
    for path, root in _discover(inputs, corpus.skipped, excluded):
        folder = path.parent
        if folder not in metadata_cache:
            metadata_cache[folder], problems = load_folder_metadata(folder)
            corpus.warnings.extend(Problem(_shown(p), reason) for p, reason in problems)
        meta = metadata_cache[folder].get(path.name, {})
        try:
            records, line_problems = read_file(path)
        except ReadError as err:
            corpus.skipped.append(Problem(_shown(path), str(err)))
            continue
        corpus.skipped.extend(Problem(_shown(path), reason, line) for line, reason in line_problems)
        for record in records:
            corpus.warnings.extend(Problem(_shown(path), w, record.line) for w in record.warnings)
            document = _document(record, path, meta, corpus.warnings)
            if not document.text.strip():
                corpus.skipped.append(Problem(_shown(path), "no text", record.line))
                continue
            candidates.append(_Candidate(_document_id(path, root, record.id), path, record.line, document))
    candidates.sort(key=lambda c: (c.id, c.path.as_posix(), c.line or 0))
    kept: dict[str, _Candidate] = {}
    unique: list[_Candidate] = []
    for candidate in candidates:
        digest = normalised_text_hash(candidate.document.text)
        if digest in kept:
            corpus.duplicates.append((candidate.where, kept[digest].where))
            continue
        kept[digest] = candidate
        unique.append(candidate)
    corpus.documents = _unique_ids(unique, corpus.warnings)
    corpus.lines = {c.document.id: c.line for c in unique if c.line}
    corpus.skipped = sorted(set(corpus.skipped), key=Problem.sort_key)
    corpus.warnings = sorted(set(corpus.warnings), key=Problem.sort_key)
    return corpus


def _unique_ids(candidates: list[_Candidate], warnings: list[Problem]) -> list[Document]:
    """Give each document its id; ids several documents share (``a.txt`` and ``a.md``,
    a JSONL ``id`` used twice) get ``~2``, ``~3``… in path order, with a warning.

    A suffix is never an id another document has or was given (``a~2.txt`` keeps ``a~2``
    and the second ``a`` becomes ``a~3``): ids are unique whatever the file names, and as
    ``candidates`` come sorted, the same whatever the order of the inputs."""
    taken = {candidate.id for candidate in candidates}
    suffixes: Counter[str] = Counter()
    first_of: set[str] = set()
    documents = []
    for candidate in candidates:
        new_id = candidate.id
        if candidate.id in first_of:
            number = suffixes[candidate.id] or 1
            while new_id in taken:
                number += 1
                new_id = f"{candidate.id}~{number}"
            suffixes[candidate.id] = number
            taken.add(new_id)
            warnings.append(
                Problem(_shown(candidate.path), f"id {candidate.id!r} already taken; this document is {new_id!r}",
                        candidate.line)
            )
        first_of.add(candidate.id)
        candidate.document.id = new_id
        documents.append(candidate.document)
    return sorted(documents, key=lambda d: d.id)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
