"""TimeML files: one ``.tml`` file in, a :class:`TimeMLDocument` out, and back.

Reading keeps the raw text inside ``<TEXT>`` (every tag removed, XML entities
decoded), the document creation time (the ``value`` of the ``TIMEX3`` inside
``<DCT>``, and its ``tid``), the ``TIMEX3`` and ``EVENT`` tags of the text with
character offsets into the raw text, the ``MAKEINSTANCE`` event instances and the
``TLINK`` temporal links. Writing puts given timexes back as the only tags inside ``<TEXT>``,
leaving everything outside ``<TEXT>`` as it was.

>>> doc = parse_timeml('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
...                    '<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> &amp; then</TEXT>')
>>> doc.dct, doc.text, doc.timexes[0].text
('1998-01-08', 'On Friday & then', 'Friday')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT_ELEMENT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.S)
_DCT = re.compile(r"<DCT>.*?<TIMEX3([^>]*)>", re.S)


@dataclass
class TimeMLTimex:
    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str


@dataclass
class TimeMLEvent:
    start: int
    end: int
    eid: str


@dataclass
class TimeMLLink:
    """A TLINK between event instances (``ei…``) and times (``t…``), read source → target."""

    source: str
    rel_type: str
    target: str


@dataclass
class TimeMLDocument:
    name: str
    source: str  # the whole file as read
    text: str  # raw content of <TEXT>
    dct: str | None
    timexes: list[TimeMLTimex] = field(default_factory=list)
    events: list[TimeMLEvent] = field(default_factory=list)
    instances: dict[str, str] = field(default_factory=dict)  # event instance id → event id
    tlinks: list[TimeMLLink] = field(default_factory=list)
    dct_tid: str | None = None


def _strip_tags(marked: str) -> tuple[str, list[TimeMLTimex], list[TimeMLEvent]]:
    """Raw text of a tagged fragment and the TIMEX3 and EVENT elements in it."""
    pieces: list[str] = []
    length = 0
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    timexes: list[TimeMLTimex] = []
    events: list[TimeMLEvent] = []
    position = 0
    for tag in _TAG.finditer(marked):
        plain = unescape(marked[position : tag.start()])
        pieces.append(plain)
        length += len(plain)
        position = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name not in ("TIMEX3", "EVENT"):
            continue
        if not closing:
            opened[name] = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif name in opened:
            begin, attrs = opened.pop(name)
            if name == "EVENT":
                events.append(TimeMLEvent(begin, length, attrs.get("eid", "")))
            else:
                timexes.append(TimeMLTimex(begin, length, "", attrs.get("tid", ""),
                                           attrs.get("type", ""), attrs.get("value", "")))
    pieces.append(unescape(marked[position:]))
    text = "".join(pieces)
    for timex in timexes:
        timex.text = text[timex.start : timex.end]
    return text, timexes, events


_INSTANCE = re.compile(r"<MAKEINSTANCE([^>]*)>")
_TLINK = re.compile(r"<TLINK([^>]*)>")


def _tlinks(source: str) -> list[TimeMLLink]:
    links = []
    for match in _TLINK.finditer(source):
        attrs = dict(_ATTRIBUTE.findall(match.group(1)))
        origin = attrs.get("eventInstanceID") or attrs.get("timeID")
        target = attrs.get("relatedToEventInstance") or attrs.get("relatedToTime")
        if origin and target and "relType" in attrs:
            links.append(TimeMLLink(origin, attrs["relType"], target))
    return links


def parse_timeml(source: str, name: str = "") -> TimeMLDocument:
    element = _TEXT_ELEMENT.search(source)
    text, timexes, events = _strip_tags(element.group(2)) if element else ("", [], [])
    dct_match = _DCT.search(source)
    dct_attrs = dict(_ATTRIBUTE.findall(dct_match.group(1))) if dct_match else {}
    instances = {a["eiid"]: a["eventID"] for a in (dict(_ATTRIBUTE.findall(m.group(1)))
                                                   for m in _INSTANCE.finditer(source)) if "eiid" in a and "eventID" in a}
    return TimeMLDocument(name, source, text, dct_attrs.get("value"), timexes, events, instances,
                          _tlinks(source), dct_attrs.get("tid"))


def read_timeml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_timeml(path.read_text("utf-8"), path.name)


def read_timeml_folder(folder: str | Path) -> list[TimeMLDocument]:
    """Every ``*.tml`` under ``folder``, sorted by path relative to it."""
    folder = Path(folder)
    documents = []
    for path in sorted(folder.rglob("*.tml")):
        document = read_timeml(path)
        document.name = path.relative_to(folder).as_posix()
        documents.append(document)
    return documents


def render_timeml(document: TimeMLDocument, timexes: list[TimeMLTimex]) -> str:
    """The document's file with ``timexes`` as the only tags inside ``<TEXT>``."""
    pieces: list[str] = []
    position = 0
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.start < position:
            continue  # overlapping tags cannot nest in TimeML
        pieces.append(escape(document.text[position : timex.start]))
        pieces.append(f"<TIMEX3 tid={quoteattr(timex.tid)} type={quoteattr(timex.type)} "
                      f"value={quoteattr(timex.value)}>{escape(document.text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    pieces.append(escape(document.text[position:]))
    element = _TEXT_ELEMENT.search(document.source)
    if element is None:
        return document.source
    return document.source[: element.start(2)] + "".join(pieces) + document.source[element.end(2) :]
