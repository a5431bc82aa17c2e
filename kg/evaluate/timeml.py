"""TimeML files: one ``.tml`` file in, a :class:`TimeMLDocument` out, and back.

Reading keeps the raw text inside ``<TEXT>`` (every tag removed, XML entities
decoded), the document creation time (the ``value`` of the ``TIMEX3`` inside
``<DCT>``) and the ``TIMEX3`` tags of the text with character offsets into the
raw text, and likewise its ``EVENT`` tags with their TimeML ``class``. Writing
puts given timexes back as the only tags inside ``<TEXT>``,
leaving everything outside ``<TEXT>`` as it was.

>>> doc = parse_timeml('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
...                    '<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> &amp; then</TEXT>')
>>> doc.dct, doc.text, doc.timexes[0].text
('1998-01-08', 'On Friday & then', 'Friday')
>>> parse_timeml('<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT>.</TEXT>').events
[TimeMLEvent(start=7, end=11, text='fell', eid='e1', event_class='OCCURRENCE')]
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
    text: str
    eid: str
    event_class: str  # OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION


@dataclass
class TimeMLDocument:
    name: str
    source: str  # the whole file as read
    text: str  # raw content of <TEXT>
    dct: str | None
    timexes: list[TimeMLTimex] = field(default_factory=list)
    events: list[TimeMLEvent] = field(default_factory=list)


def _strip_tags(marked: str) -> tuple[str, list[TimeMLTimex], list[TimeMLEvent]]:
    """Raw text of a tagged fragment and the TIMEX3 and EVENT elements in it."""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    open_event: tuple[int, dict[str, str]] | None = None
    timexes: list[TimeMLTimex] = []
    events: list[TimeMLEvent] = []
    position = 0
    for tag in _TAG.finditer(marked):
        plain = unescape(marked[position : tag.start()])
        pieces.append(plain)
        length += len(plain)
        position = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name == "EVENT":
            if not closing:
                open_event = (length, dict(_ATTRIBUTE.findall(attributes)))
            elif open_event is not None:
                begin, attrs = open_event
                events.append(TimeMLEvent(begin, length, "", attrs.get("eid", ""), attrs.get("class", "")))
                open_event = None
            continue
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif open_timex is not None:
            begin, attrs = open_timex
            timexes.append(TimeMLTimex(begin, length, "", attrs.get("tid", ""),
                                       attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(unescape(marked[position:]))
    text = "".join(pieces)
    for tagged in (*timexes, *events):
        tagged.text = text[tagged.start : tagged.end]
    return text, timexes, events


def parse_timeml(source: str, name: str = "") -> TimeMLDocument:
    element = _TEXT_ELEMENT.search(source)
    text, timexes, events = _strip_tags(element.group(2)) if element else ("", [], [])
    dct_match = _DCT.search(source)
    dct = dict(_ATTRIBUTE.findall(dct_match.group(1))).get("value") if dct_match else None
    return TimeMLDocument(name, source, text, dct, timexes, events)


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
