"""Event–time links scored on TBAQ: ``kg eval tlinks DIR`` (TempEval-3 Task C style).

Every ``*.tml`` under ``DIR`` is read (:mod:`kg.evaluate.timeml`: text, DCT,
EVENT, TIMEX3, MAKEINSTANCE, TLINK), its text run through kg's pipeline (events
in ``broad`` mode, as TimeBank annotates every event) with the creation time as
publication date, and each event's link to its anchor
(:func:`kg.export.tlinks.event_tlinks`) compared with the gold TLINKs between an
event and a time expression or the DCT:

- a kg event is the gold EVENT its trigger overlaps, a kg timex the gold TIMEX3 it
  overlaps, the publication date the DCT; a link whose ends match no gold element
  counts as predicted and wrong; links to another event are not scored here;
- gold links are read event-first (a time → event link is inverted: ``INCLUDES``
  becomes ``IS_INCLUDED``) and counted once per (event, time) pair;
- **relation**: a link is right when gold links the same pair with the same
  ``relType`` (``SIMULTANEOUS`` and ``IDENTITY`` alike); **pair**: when gold links
  the same pair at all. No temporal closure is taken: each side's links are
  compared as written (with one link per event, kg's graph is already reduced).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.evaluate import add_folder_command
from kg.evaluate.scores import PRF
from kg.evaluate.timeml import TimeMLDocument, read_timeml_folder
from kg.export.tlinks import event_tlinks

INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES",
           "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
           "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "DURING": "DURING_INV", "DURING_INV": "DURING",
           "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "SIMULTANEOUS"}


def gold_event_time_links(document: TimeMLDocument) -> dict[tuple[str, str], str]:
    """(event id, time id) → relType, event first, for the links between an event and a time."""
    times = {t.tid for t in document.timexes} | ({document.dct_tid} if document.dct_tid else set())
    links: dict[tuple[str, str], str] = {}
    for link in document.tlinks:
        if link.source in document.instances and link.target in times:
            pair, relation = (document.instances[link.source], link.target), link.rel_type
        elif link.target in document.instances and link.source in times:
            pair, relation = (document.instances[link.target], link.source), INVERSE.get(link.rel_type, link.rel_type)
        else:
            continue
        links.setdefault(pair, "SIMULTANEOUS" if relation == "IDENTITY" else relation)
    return links


def _overlapping(start: int, end: int, spans) -> str | None:
    return next((ident for s, e, ident in spans if s < end and start < e), None)


def system_links(document: TimeMLDocument, extraction) -> list[tuple[str | None, str | None, str]]:
    """kg's event → time links as (gold event id, gold time id, relType); None where no gold element matches."""
    events = [(e.start, e.end, e.eid) for e in document.events]
    timexes = [(t.start, t.end, t.tid) for t in document.timexes]
    found = []
    for link in event_tlinks(extraction.events):
        if link.kind == "event":
            continue
        event = extraction.events[link.event]
        source = _overlapping(event.start, event.end, events)
        if link.kind == "dct":
            target = document.dct_tid
        else:
            timex = extraction.timexes[link.target]
            target = _overlapping(timex.start, timex.end, timexes)
        found.append((source, target, link.rel_type))
    return found


def evaluate_tlinks(folder: str | Path, model: str | None = None) -> dict:
    from kg.extract import extract_documents
    from kg.nlp import load_pipeline
    from kg.records import Document

    documents = read_timeml_folder(folder)
    nlp = load_pipeline(model, components=("kg_temporal", "kg_mentions", "kg_anaphora"))
    nlp.add_pipe("kg_events", config={"mode": "broad"}, last=True)
    records = [Document(d.name, d.name, d.text, published=d.dct[:10] if d.dct else None) for d in documents]
    right = pairs = predicted = gold_count = to_dct = 0
    for document, extraction in zip(documents, extract_documents(nlp, records), strict=True):
        gold = gold_event_time_links(document)
        found = system_links(document, extraction)
        predicted += len(found)
        gold_count += len(gold)
        to_dct += sum(1 for _, target, _ in found if target is not None and target == document.dct_tid)
        for source, target, relation in found:
            if (source, target) in gold:
                pairs += 1
                right += gold[(source, target)] == relation
    return {"documents": len(documents), "links_to_dct": to_dct,
            "relation": PRF(right, predicted, gold_count).as_dict(),
            "pair": PRF(pairs, predicted, gold_count).as_dict()}


def run(args: argparse.Namespace) -> int:
    if not Path(args.folder).is_dir():
        print(f"kg: no such folder {args.folder}", file=sys.stderr)
        return 2
    print(json.dumps(evaluate_tlinks(args.folder, args.model), indent=1))
    return 0


def add_command(subcommands) -> None:
    """Register ``tlinks`` under ``kg eval``."""
    add_folder_command(
        subcommands, "tlinks", "score event-time links (event-timex, event-DCT) against TimeML",
        "Score kg's links from each event to its anchor against the gold event-timex and "
        "event-DCT TLINKs of the TimeML files under FOLDER (e.g. TBAQ).",
        "folder of TimeML .tml files (searched recursively)", run)
