"""TimeML out: ``kg timeml annotate IN_DIR OUT_DIR``.

Every ``*.tml`` of IN_DIR is read (raw ``<TEXT>``, ``<DCT>`` as publication
date), run through kg's whole pipeline and written to OUT_DIR with the text
unchanged and kg's tags as the only ones inside ``<TEXT>``: ``TIMEX3`` (as
``kg timex annotate`` writes them) and one ``EVENT`` (``eid``, ``class``: the
event's TimeML class) per event word (:func:`event_words`): the word that says
each event mention ("agreed" of "agreed to meet") and the tagger's events that
kg folded into another ("meet"). After ``</TEXT>`` one ``MAKEINSTANCE`` per event
replaces the file's instances and links, with what the parse and the factuality say:

- ``tense`` and ``aspect``: the event mention's, or the word's (:mod:`kg.extract.events.tense`);
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
from kg.extract.boilerplate import inside
from kg.extract.events.tense import FUTURE_AUXILIARIES, tense_and_aspect
from kg.extract.events.triggers import NOUNS, tagged_classes

POS_NAMES = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJECTIVE", "ADP": "PREPOSITION"}


@dataclass
class TimeMLAnnotation:
    """kg's tags for one TimeML document."""

    timexes: list[TimeMLTimex]
    events: list[TimeMLEvent]
    instances: list[TimeMLInstance]
    links: list[TimeMLLink]


def instance_of(token: Token, tense: str, aspect: str, negated: bool, eid: str, number: int) -> TimeMLInstance:
    """The ``MAKEINSTANCE`` of the event that ``token`` says."""
    negated = negated or any(c.dep_ == "neg" for c in token.children)
    modal = next((c.lower_ for c in token.children if c.dep_ == "aux" and c.tag_ == "MD"
                  and c.lower_ not in FUTURE_AUXILIARIES), "")
    return TimeMLInstance(f"ei{number}", eid, tense, aspect, "NEG" if negated else "POS",
                          POS_NAMES.get(token.pos_, "OTHER"), modal)


def event_words(doc: Doc) -> list[tuple[Token, str, int | None]]:
    """``(word, TimeML class, index in doc._.kg_events or None)`` of every event word of ``doc``,
    in text order. TimeML marks every word that says an event, so besides the first word of each
    of kg's events this takes the tagger's events that kg folded into another: the complement
    and support verb of a two-word event ("agreed to *meet*", "*signed* the agreement") and the
    reporting verb of a reported event ("*told* Reuters that NATO had bombed"). A noun of kg's
    lexicons that the tagger did not take is left out: the lexicons name kinds of event for the
    graph ("statement", "war", "agreement"), which TimeML marks only where the text tells one
    (cross-validated on TBAQ, docs/accuracy.md)."""
    tagged = tagged_classes(doc)
    token_at = {token.idx: token for token in doc}
    words: dict[int, tuple[Token, str, int | None]] = {}
    for index, event in enumerate(doc._.kg_events or []):
        token = token_at[event.start]
        if token.i in tagged or token.pos_ not in NOUNS:
            words.setdefault(token.i, (token, event.tml_class, index))
    boilerplate = doc._.kg_boilerplate or []
    for i, tml_class in tagged.items():
        token = doc[i]
        if i not in words and not inside(boilerplate, token.idx, token.idx + len(token.text)):
            words[i] = (token, tml_class, None)
    return [words[i] for i in sorted(words)]


def timeml_events(doc: Doc) -> tuple[list[TimeMLEvent], list[TimeMLInstance], dict[int, str]]:
    """The event words of ``doc`` (:func:`event_words`) as TimeML events with their instances,
    and the instance id of each of kg's events written by its index in ``doc._.kg_events``."""
    mentions = doc._.kg_events or []
    events, instances, instance_of_event = [], [], {}
    for number, (token, tml_class, index) in enumerate(event_words(doc), start=1):
        eid = f"e{number}"
        events.append(TimeMLEvent(token.idx, token.idx + len(token.text), token.text, eid, tml_class))
        if index is None:
            instances.append(instance_of(token, *tense_and_aspect(token), False, eid, number))
        else:
            event = mentions[index]
            instances.append(instance_of(token, event.tense, event.aspect, event.factuality == "negated", eid, number))
            instance_of_event[index] = instances[-1].eiid
    return events, instances, instance_of_event


def timeml_links(doc: Doc, instance_of_event: dict[int, str], timex_ids: dict[int, str], dct_tid: str
                 ) -> list[TimeMLLink]:
    """One TLINK per dated event of ``doc``, from its instance to its anchor's id."""
    links = []
    for link in event_tlinks(doc._.kg_events or []):
        target = {"dct": dct_tid, "event": instance_of_event.get(link.target),
                  "timex": timex_ids.get(link.target)}[link.kind]
        if target is not None and link.event in instance_of_event:  # the event's word may be left out
            links.append(TimeMLLink(instance_of_event[link.event], link.rel_type, target))
    return links


def annotate_documents(documents: list[TimeMLDocument], model: str | None = None,
                       event_tagger: str | Path | None = None) -> dict[str, TimeMLAnnotation]:
    """kg's timexes, events and instances of each document, by document name; ``event_tagger``:
    the weights of another trained tagger than the shipped one (a cross-validation fold's)."""
    from kg.extract.event_tagger import COMPONENT, add_event_tagger
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model)
    if event_tagger is not None:
        nlp.remove_pipe(COMPONENT)
        add_event_tagger(nlp, event_tagger)

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
