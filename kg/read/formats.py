"""Per-format readers: one file in, its article records out.

``read_file(path)`` returns ``(records, problems)``. Each problem is a
``(line, reason)`` pair for a part of the file that was skipped (a broken JSONL
line); a record may carry ``warnings`` about something ignored while the text
was kept (broken YAML front matter). A file that cannot be read at all raises
:class:`ReadError`, whose message says why.

Bytes become text through :func:`decode` (BOMs, charset-normalizer, ftfy for
mojibake only) and every text through :func:`clean_text` (characters XML cannot
hold become spaces, so offsets into the text stay those of the file).
"""
from __future__ import annotations

import json
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import ftfy
import yaml

MAX_BYTES = 200 * 1024 * 1024
DATE_KEYS = ("published", "date", "time")
# htmldate and trafilatura reject dates after ``max_date``, which defaults to today: a
# run would then depend on the day it is made. A fixed bound keeps every run the same.
HTML_MAX_DATE = "2100-12-31"
# Menus and site footers are never the article; trafilatura's fallback would keep their text.
HTML_PRUNE = ["//nav", "//footer[not(ancestor::article)]", "//header[not(ancestor::article)]"]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_NOT_A_LINE_END = re.compile(r"[^\r\n]")
_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)
# Encodings charset-normalizer may prefer for short, mostly-ASCII text although cp1252 (the
# usual legacy encoding of English articles) decodes it as well; cp1252 wins such near-ties.
NEAR_TIE_CHAOS = 0.1
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
)
# Invisible format characters, Unicode category Cf (zero-width space and joiners, U+2060, U+FEFF,
# bidi overrides and isolates, soft hyphen…), as a regular-expression class. In a name they would
# make "Pu\u200dtin" look like Putin; in pages, CSV or a terminal U+202E reverses what follows.
# Written out because scanning every code point at import takes a fifth of a second; a test
# checks it against unicodedata.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
# Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), and format characters.
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff{FORMAT_CHARACTERS}]")
# Front matter is untrusted: a few hundred bytes of YAML aliases expand to gigabytes.
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_FRONT_VALUE_CHARS = 2000


class ReadError(Exception):
    """The file cannot be read as an article; the message says why."""


@dataclass
class RawRecord:
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    outlet: str | None = None  # who published it: a JSONL "source", an HTML page's site name
    id: str | None = None  # set for records of a multi-article file (JSONL)
    line: int | None = None
    warnings: list[str] = field(default_factory=list)  # ignored parts; the text was kept


def clean_text(text: str) -> str:
    """Replace characters XML cannot hold and invisible format characters by spaces,
    one for one (offsets stay valid).

    >>> clean_text("a\\x01b\\x0bc\\u200dd")
    'a b c d'
    """
    return _UNSAFE.sub(" ", text)


def decode(data: bytes) -> str:
    """Bytes to text: a BOM decides, else UTF-8, else charset-normalizer's guess
    (NUL bytes are allowed only in what it finds to be UTF-16/32).

    Mojibake (UTF-8 read as cp1252 somewhere upstream, ``â€œ``) is repaired with
    ftfy's encoding fixes only, and only when ftfy finds the text mis-decoded: the
    author's quotes, dashes and ligatures are never touched.

    >>> decode("café".encode("cp1252"))
    'café'
    >>> decode("â€œHelloâ€\\x9d".encode("utf-8"))
    '“Hello”'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _repair(data.decode(encoding))
            except UnicodeDecodeError:
                raise ReadError(f"not valid {encoding.upper()} despite its byte order mark") from None
    if b"\x00" in data[:4096]:  # UTF-16/32 without a BOM, or binary
        best = charset_normalizer.from_bytes(data).best()
        if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
            raise ReadError("binary content, not text")
        return _repair(str(best))
    try:
        return _repair(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise ReadError("not text (binary content or unknown encoding)")
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + NEAR_TIE_CHAOS:
            return _repair(data.decode("cp1252"))
    return _repair(str(best))


def _repair(text: str) -> str:
    if "\x00" in text:
        raise ReadError("not text (contains NUL bytes)")
    if text.isascii() or not ftfy.is_bad(text):  # ASCII cannot be mojibake; is_bad is slow on MBs
        return text
    return ftfy.fix_encoding(text)


def _looks_binary(data: bytes) -> str | None:
    if data.startswith(b"%PDF"):
        return "a PDF file, not text"
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP/Office file, not text"
    return None


def read_file(path: Path) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        size = info.st_size
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


class _FrontMatterLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without aliases: ten nested ``*a`` in 600 bytes expand to a billion values."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(problem="aliases (*name) are not allowed in front matter",
                                              problem_mark=self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _front_value(front: dict, keys: tuple[str, ...], warnings: list[str]) -> str | None:
    """The first of ``keys`` set in the front matter as text; a list, a mapping or a value
    longer than MAX_FRONT_VALUE_CHARS is ignored with a warning."""
    for key in keys:
        value = front.get(key)
        if not value:
            continue
        text = str(value)  # YAML may give a number or a datetime.date: str() is ISO
        if isinstance(value, (list, dict)) or len(text) > MAX_FRONT_VALUE_CHARS:
            warnings.append(f"front matter {key!r} ignored (not a single value of at most "
                            f"{MAX_FRONT_VALUE_CHARS} characters)")
            continue
        return text
    return None


def _read_markdown(text: str) -> RawRecord:
    """Front matter (``title``, ``date``, ``url``) read with ``yaml.safe_load`` minus aliases, then
    blanked out (newlines kept) so that offsets into the text are offsets into the file."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return RawRecord(text=text)
    body = _NOT_A_LINE_END.sub(" ", match.group(0)) + text[match.end() :]
    if len(match.group(1)) > MAX_FRONT_MATTER_CHARS:
        return RawRecord(text=body, warnings=[f"front matter ignored (longer than {MAX_FRONT_MATTER_CHARS} characters)"])
    try:
        front = yaml.load(match.group(1), Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader
    except (yaml.YAMLError, ValueError, RecursionError) as err:  # ValueError: a date like 2022-02-30
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        return RawRecord(text=body, warnings=[f"front matter ignored (invalid YAML: {problem})"])
    if front is None:
        return RawRecord(text=body)
    if not isinstance(front, dict):
        return RawRecord(text=body, warnings=["front matter ignored (not a mapping of keys to values)"])
    warnings: list[str] = []
    date = _front_value(front, ("date", "published"), warnings)
    return RawRecord(
        text=body,
        title=_front_value(front, ("title",), warnings),
        published=date,
        published_source="front-matter" if date else None,
        url=_front_value(front, ("url",), warnings),
        warnings=warnings,
    )


def _read_html(html: str) -> RawRecord:
    import trafilatura
    from htmldate import find_date

    if not _BODY.search(html):  # a saved fragment: trafilatura finds nothing outside a <body>
        html = f"<html><body>{html}</body></html>"
    extracted = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        prune_xpath=HTML_PRUNE,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": HTML_MAX_DATE},
    )
    text = extracted.text if extracted is not None and extracted.text else ""
    if not text.strip():
        raise ReadError("HTML page with no main text (only navigation, scripts or markup)")
    published = find_date(
        html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d", max_date=HTML_MAX_DATE
    )
    return RawRecord(
        text=text,
        title=extracted.title or None,
        published=published,
        published_source="html-meta" if published else None,
        url=extracted.url or None,
        outlet=extracted.sitename or None,
    )


def _read_jsonl(text: str) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    records: list[RawRecord] = []
    problems: list[tuple[int | None, str]] = []
    # split("\n"), not splitlines(): U+2028 and friends may stand inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append((number, f"invalid JSON ({err.msg})"))
            continue
        except RecursionError:
            problems.append((number, "invalid JSON (nested too deeply)"))
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
                outlet=str(item["source"]) if item.get("source") else None,
                id=str(item["id"]) if item.get("id") is not None else str(number),
                line=number,
            )
        )
    if not records and problems:
        raise ReadError(f"no readable JSON line ({problems[0][1]} at line {problems[0][0]})")
    return records, problems
