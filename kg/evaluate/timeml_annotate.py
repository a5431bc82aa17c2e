"""TimeML out: ``kg timeml annotate IN_DIR OUT_DIR``.

Every ``*.tml`` of IN_DIR is read (raw ``<TEXT>``, ``<DCT>`` as publication
date), run through kg's whole pipeline and written to OUT_DIR with the text
unchanged and kg's tags as the only ones inside ``<TEXT>``: ``TIMEX3`` (as
``kg timex annotate`` writes them) and one ``EVENT`` (``eid``, ``class``: the
event's TimeML class) per event mention, on the word that says it ("agreed"
of "agreed to meet"). After ``</TEXT>`` one ``MAKEINSTANCE`` per event replaces
the file's instances and links, with what the parse and the factuality say:

- ``tense`` and ``aspect``: the event mention's (:mod:`kg.extract.events.tense`);
- ``polarity``: NEG for a negated event ("did not sell"), else POS;
- ``modality``: the modal verb ("would", "may", "could"), if any;

and one ``TLINK`` per dated event, from its instance to its anchor: its temporal
expression, the DCT, or the event it is anchored to (:mod:`kg.export.tlinks`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.evaluate.timeml import (
    TimeMLDocument,
    TimeMLEvent,
    TimeMLInstance,
    TimeMLLink,
    TimeMLTimex,
    read_timeml_folder,
    write_timeml_folder,
)
from kg.evaluate.timex import _timeml_timexes
from kg.export.tlinks import event_tlinks
from kg.extract.events.tense import FUTURE_AUXILIARIES
from kg.records import EventMention

POS_NAMES = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJECTIVE", "ADP": "PREPOSITION"}


@dataclass
class TimeMLAnnotation:
    """kg's tags for one TimeML document."""

    timexes: list[TimeMLTimex]
    events: list[TimeMLEvent]
    instances: list[TimeMLInstance]
    links: list[TimeMLLink]


def instance_of(token: Token, event: EventMention, eid: str, number: int) -> TimeMLInstance:
    """The ``MAKEINSTANCE`` of ``event``, said by ``token``."""
    negated = event.factuality == "negated" or any(c.dep_ == "neg" for c in token.children)
    modal = next((c.lower_ for c in token.children if c.dep_ == "aux" and c.tag_ == "MD"
                  and c.lower_ not in FUTURE_AUXILIARIES), "")
    return TimeMLInstance(f"ei{number}", eid, event.tense, event.aspect, "NEG" if negated else "POS",
                          POS_NAMES.get(token.pos_, "OTHER"), modal)


def timeml_events(doc: Doc) -> tuple[list[TimeMLEvent], list[TimeMLInstance], dict[int, str]]:
    """kg's event mentions of ``doc`` as TimeML events on their first word, with their
    instances and the instance id of each event by its index in ``doc._.kg_events``."""
    token_at = {token.idx: token for token in doc}
    mentions = doc._.kg_events or []
    events, instances, instance_of_event = [], [], {}
    for number, index in enumerate(sorted(range(len(mentions)), key=lambda i: mentions[i].start), start=1):
        event, token = mentions[index], token_at[mentions[index].start]
        eid = f"e{number}"
        events.append(TimeMLEvent(token.idx, token.idx + len(token.text), token.text, eid, event.tml_class))
        instances.append(instance_of(token, event, eid, number))
        instance_of_event[index] = instances[-1].eiid
    return events, instances, instance_of_event


def timeml_links(doc: Doc, instance_of_event: dict[int, str], timex_ids: dict[int, str], dct_tid: str
                 ) -> list[TimeMLLink]:
    """One TLINK per dated event of ``doc``, from its instance to its anchor's id."""
    links = []
    for link in event_tlinks(doc._.kg_events or []):
        target = {"dct": dct_tid, "event": instance_of_event.get(link.target),
                  "timex": timex_ids.get(link.target)}[link.kind]
        if target is not None:
            links.append(TimeMLLink(instance_of_event[link.event], link.rel_type, target))
    return links


def annotate_documents(documents: list[TimeMLDocument], model: str | None = None) -> dict[str, TimeMLAnnotation]:
    """kg's timexes, events and instances of each document, by document name."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model)

    def docs():
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.kg_published = document.dct
            yield doc

    annotations = {}
    for document, doc in zip(documents, nlp.pipe(docs(), batch_size=16), strict=False):
        parts = [_timeml_timexes(timex, f"t{number}") for number, timex in enumerate(doc._.kg_timexes or [], start=1)]
        events, instances, instance_of_event = timeml_events(doc)
        # a range written with words is two timexes: its link goes to the first
        timex_ids = {index: found[0].tid for index, found in enumerate(parts)}
        links = timeml_links(doc, instance_of_event, timex_ids, document.dct_tid or "t0")
        annotations[document.name] = TimeMLAnnotation([p for found in parts for p in found], events, instances, links)
    return annotations


def annotate_folder(in_dir: str | Path, out_dir: str | Path, model: str | None = None) -> int:
    """Write every ``*.tml`` of ``in_dir`` to ``out_dir`` with kg's tags; returns the file count."""
    documents = read_timeml_folder(in_dir)
    annotations = annotate_documents(documents, model)
    return write_timeml_folder(documents, out_dir, lambda name: (
        annotations[name].timexes, annotations[name].events, annotations[name].instances, annotations[name].links))
