"""MEANTIME (NewsReader) reader: one annotated XML file in, a :class:`MeantimeDocument` out.

The text is rebuilt from the corpus tokens (separated by spaces, one sentence a
paragraph: the headline and the date line carry no final stop, and a single line
break would run them on into the first sentence), so every gold markable has
character offsets into it. Entity mentions
carry their type and instance (cross-document id when annotated, else a
document-local one); event mentions carry their participants
(``HAS_PARTICIPANT`` links to entity mentions). Temporal expressions in the text
become TimeML timexes; the creation time is the document's date line, kept
apart (``dct`` and ``dct_span``) because TempEval does not score it.

>>> doc = read_meantime(path)  # doctest: +SKIP
>>> doc.text[:40]  # doctest: +SKIP
'Northrop Grumman and Airbus parent EADS '
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate.timeml import TimeMLTimex
from kg.records import Document

#: between two corpus sentences: a paragraph break, which kg never runs a sentence across
SENTENCE_BREAK = "\n\n"


@dataclass
class GoldMention:
    m_id: str
    start: int
    end: int
    text: str
    type: str | None = None  # PER, ORG, LOC, PRO, FIN, MIX for entities
    instance: str | None = None
    syntactic_type: str = ""


@dataclass
class MeantimeDocument:
    id: str
    name: str
    text: str
    dct: str | None
    entities: list[GoldMention] = field(default_factory=list)
    events: list[GoldMention] = field(default_factory=list)
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # (event m_id, entity m_id, role)
    timexes: list[TimeMLTimex] = field(default_factory=list)
    dct_span: tuple[int, int] | None = None
    # End offset of the exhaustively annotated opening (see EXHAUSTIVE_SENTENCES); None: all of the text.
    exhaustive_end: int | None = None

    def as_document(self) -> Document:
        """The article as kg reads it: its text, published on its creation day."""
        return Document(id=self.id, path=self.name, text=self.text, title=self.name,
                        published=(self.dct or "")[:10] or None)


# MEANTIME marks every entity mention in an article's opening: its title (sentence 0), the date line
# (1) and the first four sentences of the body (2–5). Further on it marks only selected mentions,
# four in five of them of entities already met in the opening (552 mentions past sentence 5 in the
# airbus and apple corpora, 441 of them of such entities), so a name found there and not marked is
# not known to be wrong.
EXHAUSTIVE_SENTENCES = 6


#: the sentence number of an article's date line (0 is its title)
DATE_LINE_SENTENCE = "1"


def _date_line(root: ET.Element, offsets: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The character span of the date line. A few files mark its timex as any other
    (``functionInDocument="NONE"``); a timex spanning all of it is the creation time all the same."""
    bounds = [offsets[t.get("t_id")] for t in root.iter("token") if t.get("sentence") == DATE_LINE_SENTENCE]
    return (bounds[0][0], bounds[-1][1]) if bounds else None


def read_meantime(path: str | Path) -> MeantimeDocument:
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    position, sentence, sentences_seen, exhaustive_end = 0, None, 0, 0
    for token in root.iter("token"):
        if token.get("sentence") != sentence:
            sentences_seen += 1
        if pieces:
            separator = SENTENCE_BREAK if token.get("sentence") != sentence else " "
            pieces.append(separator)
            position += len(separator)
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id")] = (position, position + len(word))
        pieces.append(word)
        position += len(word)
        if sentences_seen <= EXHAUSTIVE_SENTENCES:
            exhaustive_end = position
    text = "".join(pieces)

    def span(element: ET.Element) -> tuple[int, int] | None:
        anchors = [offsets[a.get("t_id")] for a in element.findall("token_anchor") if a.get("t_id") in offsets]
        if not anchors:
            return None
        return min(a[0] for a in anchors), max(a[1] for a in anchors)

    markables = root.find("Markables")
    instances: dict[str, tuple[str | None, str]] = {}  # instance m_id → (type, instance id)
    entity_mentions: dict[str, GoldMention] = {}
    event_mentions: dict[str, GoldMention] = {}
    dct, dct_span, timexes = None, None, []
    date_line = _date_line(root, offsets)
    for element in markables if markables is not None else []:
        tag, m_id = element.tag, element.get("m_id")
        if tag in ("ENTITY", "EVENT"):
            instances[m_id] = (element.get("ent_type"), element.get("instance_id") or f"{root.get('doc_id')}:{m_id}")
        elif tag == "TIMEX3" and (element.get("functionInDocument") == "CREATION_TIME"
                                  or dct is None and span(element) == date_line):
            dct, dct_span = element.get("value"), span(element)
        elif tag == "TIMEX3" and span(element) is not None:
            start, end = span(element)
            timexes.append(TimeMLTimex(start, end, text[start:end], f"t{m_id}", element.get("type", ""),
                                       element.get("value", "")))
        elif tag in ("ENTITY_MENTION", "EVENT_MENTION"):
            bounds = span(element)
            if bounds is None:
                continue
            mention = GoldMention(m_id, bounds[0], bounds[1], text[bounds[0] : bounds[1]],
                                  syntactic_type=element.get("syntactic_type", ""))
            (entity_mentions if tag == "ENTITY_MENTION" else event_mentions)[m_id] = mention
    document = MeantimeDocument(root.get("doc_id"), root.get("doc_name"), text, dct,
                                timexes=sorted(timexes, key=lambda t: (t.start, t.end)), dct_span=dct_span,
                                exhaustive_end=exhaustive_end)
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        source = relation.find("source")
        targets = relation.findall("target")
        if source is None or not targets:
            continue
        if relation.tag == "REFERS_TO":
            instance = instances.get(targets[0].get("m_id"))
            for mention_id in [source.get("m_id")] + [s.get("m_id") for s in relation.findall("source")[1:]]:
                mention = entity_mentions.get(mention_id) or event_mentions.get(mention_id)
                if mention is not None and instance is not None:
                    mention.type, mention.instance = instance
        elif relation.tag == "HAS_PARTICIPANT":
            for target in targets:
                document.participants.append((source.get("m_id"), target.get("m_id"), relation.get("sem_role", "")))
    document.entities = sorted(entity_mentions.values(), key=lambda m: (m.start, m.end))
    document.events = sorted(event_mentions.values(), key=lambda m: (m.start, m.end))
    return document


def read_meantime_folder(folder: str | Path) -> list[MeantimeDocument]:
    """Every ``*.xml`` under ``folder``, sorted by path."""
    return [read_meantime(p) for p in sorted(Path(folder).rglob("*.xml"))]
