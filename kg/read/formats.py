"""Per-format readers: one file in, its article records out.

``read_file(path)`` returns ``(records, problems)`` where each problem is a
``(line, reason)`` pair for a part of the file that could not be read (a broken
JSONL line); a file that cannot be read at all raises :class:`ReadError`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import ftfy
import yaml

MAX_BYTES = 200 * 1024 * 1024
DATE_KEYS = ("published", "date", "time")


class ReadError(Exception):
    """The file cannot be read as an article; the message says why."""


@dataclass
class RawRecord:
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    id: str | None = None  # set for records of a multi-article file (JSONL)
    line: int | None = None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else detected.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise ReadError("not text (binary content or unknown encoding)") from None
        text = str(best)
    if "\x00" in text:
        raise ReadError("not text (contains NUL bytes)")
    if ftfy.is_bad(text):
        # Repair mojibake only; quotes, ligatures and widths are the author's and stay.
        text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False)
    return text


def _looks_binary(data: bytes) -> str | None:
    if data.startswith(b"%PDF"):
        return "a PDF file, not text"
    if data[:4] in (b"PK\x03\x04",):
        return "a ZIP/Office file, not text"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary content, not text"
    return None


def read_file(path: Path) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"cannot open ({err.strerror or err})") from None
    if not data.strip():
        raise ReadError("empty file")
    binary = _looks_binary(data)
    if binary:
        raise ReadError(binary)
    text = decode(data)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(text)
    if suffix in (".html", ".htm"):
        return [_read_html(text)], []
    if suffix in (".md", ".markdown"):
        return [_read_markdown(text)], []
    return [RawRecord(text=text)], []


def _read_markdown(text: str) -> RawRecord:
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            try:
                front = yaml.safe_load(text[3:end])
            except yaml.YAMLError:
                front = None
            if isinstance(front, dict):
                body = text[end + 4 :].lstrip("-").lstrip("\n")
                date = front.get("date") or front.get("published")
                return RawRecord(
                    text=body,
                    title=str(front["title"]) if front.get("title") else None,
                    published=str(date) if date else None,
                    published_source="front-matter" if date else None,
                    url=str(front["url"]) if front.get("url") else None,
                )
    return RawRecord(text=text)


def _read_html(html: str) -> RawRecord:
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = extracted.text if extracted is not None and extracted.text else ""
    if not text.strip():
        raise ReadError("HTML page with no main text")
    published = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return RawRecord(
        text=text,
        title=extracted.title or None,
        published=published,
        published_source="html-meta" if published else None,
        url=extracted.url or None,
    )


def _read_jsonl(text: str) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    records: list[RawRecord] = []
    problems: list[tuple[int | None, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append((number, f"invalid JSON ({err.msg})"))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            problems.append((number, 'no "text" string in the record'))
            continue
        date = next((str(item[k]) for k in DATE_KEYS if item.get(k)), None)
        records.append(
            RawRecord(
                text=item["text"],
                title=str(item["title"]) if item.get("title") else None,
                published=date,
                published_source="jsonl" if date else None,
                url=str(item["url"]) if item.get("url") else None,
                id=str(item.get("id", number)),
                line=number,
            )
        )
    if not records and problems:
        raise ReadError(f"no readable JSON line ({problems[0][1]} at line {problems[0][0]})")
    return records, problems
