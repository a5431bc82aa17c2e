"""TimeML files: one ``.tml`` file in, a :class:`TimeMLDocument` out, and back.

Reading keeps the raw text inside ``<TEXT>`` (every tag removed, XML entities
decoded), the document creation time (the ``value`` of the ``TIMEX3`` inside
``<DCT>``, and its ``tid``) and the ``TIMEX3`` tags of the text with character offsets
into the raw text, likewise its ``EVENT`` tags with their TimeML ``class``, the
``MAKEINSTANCE`` event instances and the ``TLINK`` temporal links. Writing
puts given timexes and events back as the only tags inside ``<TEXT>``; with
events, their ``MAKEINSTANCE`` elements replace the file's instances and links
after ``</TEXT>``; everything else outside ``<TEXT>`` stays as it was.

>>> doc = parse_timeml('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
...                    '<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> &amp; then</TEXT>')
>>> doc.dct, doc.text, doc.timexes[0].text
('1998-01-08', 'On Friday & then', 'Friday')
>>> parse_timeml('<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT>.</TEXT>').events
[TimeMLEvent(start=7, end=11, text='fell', eid='e1', event_class='OCCURRENCE')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT_ELEMENT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.S)
_DCT = re.compile(r"<DCT>.*?<TIMEX3([^>]*)>", re.S)
# what annotation replaces after </TEXT>: the instances and the links between them
_INSTANCES_AND_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\n?")


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
class TimeMLLink:
    """A TLINK between event instances (``ei…``) and times (``t…``), read source → target."""

    source: str
    rel_type: str
    target: str

    def render(self, lid: str) -> str:
        source = "eventInstanceID" if self.source.startswith("ei") else "timeID"
        target = "relatedToEventInstance" if self.target.startswith("ei") else "relatedToTime"
        return (f"<TLINK lid={quoteattr(lid)} relType={quoteattr(self.rel_type)} "
                f"{source}={quoteattr(self.source)} {target}={quoteattr(self.target)} />")


@dataclass
class TimeMLInstance:
    """A ``MAKEINSTANCE``: the tense, aspect, polarity and modality of one event."""

    eiid: str
    eid: str
    tense: str  # PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART or NONE
    aspect: str  # PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE or NONE
    polarity: str  # POS or NEG
    pos: str  # VERB, NOUN, ADJECTIVE, PREPOSITION or OTHER
    modality: str = ""  # the modal verb, if any: "would", "may"

    def render(self) -> str:
        modality = f" modality={quoteattr(self.modality)}" if self.modality else ""
        return (f"<MAKEINSTANCE eiid={quoteattr(self.eiid)} eventID={quoteattr(self.eid)} pos={quoteattr(self.pos)} "
                f"tense={quoteattr(self.tense)} aspect={quoteattr(self.aspect)} "
                f"polarity={quoteattr(self.polarity)}{modality} />")


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


def _open_tag(tagged: TimeMLTimex | TimeMLEvent) -> str:
    if isinstance(tagged, TimeMLEvent):
        return f"<EVENT eid={quoteattr(tagged.eid)} class={quoteattr(tagged.event_class)}>"
    return f"<TIMEX3 tid={quoteattr(tagged.tid)} type={quoteattr(tagged.type)} value={quoteattr(tagged.value)}>"


def render_timeml(document: TimeMLDocument, timexes: list[TimeMLTimex], events: list[TimeMLEvent] | None = None,
                  instances: list[TimeMLInstance] | None = None, links: list[TimeMLLink] = ()) -> str:
    r"""The document's file with ``timexes`` (and ``events``) as the only tags inside
    ``<TEXT>``; given ``instances`` (and ``links``) replace the file's instances and links.

    >>> doc = parse_timeml('<TEXT>Stocks fell &amp; rose</TEXT>\n<TLINK lid="l1" />\n')
    >>> print(render_timeml(doc, [], [TimeMLEvent(7, 11, "fell", "e1", "OCCURRENCE")],
    ...                     [TimeMLInstance("ei1", "e1", "PAST", "NONE", "POS", "VERB")]))
    <TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose</TEXT>
    <MAKEINSTANCE eiid="ei1" eventID="e1" pos="VERB" tense="PAST" aspect="NONE" polarity="POS" />
    <BLANKLINE>
    """
    pieces: list[str] = []
    position = 0
    for tagged in sorted([*timexes, *(events or [])], key=lambda t: (t.start, isinstance(t, TimeMLEvent))):
        if tagged.start < position:
            continue  # overlapping tags cannot nest in TimeML
        pieces.append(escape(document.text[position : tagged.start]))
        name = "EVENT" if isinstance(tagged, TimeMLEvent) else "TIMEX3"
        pieces.append(f"{_open_tag(tagged)}{escape(document.text[tagged.start : tagged.end])}</{name}>")
        position = tagged.end
    pieces.append(escape(document.text[position:]))
    element = _TEXT_ELEMENT.search(document.source)
    if element is None:
        return document.source
    after = document.source[element.end(2) :]
    if instances is not None:
        closing, rest = after[: len("</TEXT>")], _INSTANCES_AND_LINKS.sub("", after[len("</TEXT>") :])
        after = closing + "".join("\n" + instance.render() for instance in instances) + "".join(
            f"\n{link.render(f'l{number}')}" for number, link in enumerate(links, start=1)) + rest
    return document.source[: element.start(2)] + "".join(pieces) + after


def write_timeml_folder(documents: list[TimeMLDocument], out_dir: str | Path,
                        tags: Callable[[str], tuple]) -> int:
    """Write each document to ``out_dir`` (same relative name) with the tags
    ``tags(name)`` gives (the arguments of :func:`render_timeml` after the document)."""
    for document in documents:
        target = Path(out_dir) / document.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_timeml(document, *tags(document.name)), "utf-8")
    return len(documents)
