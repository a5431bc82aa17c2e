"""Event evaluation: ``kg eval events DIR``, on TimeML or MEANTIME.

A ``DIR`` with ``*.tml`` files (TimeBank, AQUAINT) is scored TempEval-3 Task B
style (:mod:`kg.evaluate.timeml_events`): kg's events as ``kg timeml annotate``
writes them, strict and relaxed span P/R/F1, TimeML class accuracy and F1.

Otherwise every ``*.xml`` under ``DIR`` is read (:mod:`kg.evaluate.meantime`), its text
run through kg's pipeline with the document creation time as publication date,
and the predicted event mentions compared with the gold ones:

- **event mentions**, *relaxed* (a prediction matches a gold mention whose span
  it overlaps; one-to-one) and *strict* (identical spans);
- **participant links** (``HAS_PARTICIPANT``): a predicted (event, participant)
  pair — the participant an entity mention or one of the event's ``arguments``, the
  common-noun subjects and objects ("*the plane* crashed") — is correct when its event
  overlaps a gold event mention, its participant overlaps a gold entity mention, and
  gold links the two; each gold link counts once. What a statement is about (its ``topic``: "Hague said *Assad* must step
  down") is no participant of it and is not scored. ``participants_in_opening`` scores only the predicted links of events in an
  article's exhaustively annotated opening (:data:`~kg.evaluate.meantime.EXHAUSTIVE_SENTENCES`),
  against all gold links: MEANTIME links participants there only (1,100 of the 1,102
  links of the airbus and apple corpora), so a link further on cannot be right;
- **event coreference**: kg's merged events against MEANTIME's cross-document event
  instances, with a same-lemma, same-date baseline (:mod:`kg.evaluate.event_coreference`).

``mode="lexicon"`` measures the detector the pipeline uses (the trained tagger's
events and the lexicons'); ``mode="broad"`` adds every content verb and eventive
noun, as MEANTIME annotates all of them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.evaluate import add_folder_command
from kg.evaluate.event_coreference import score_event_coreference
from kg.evaluate.meantime import MeantimeDocument, read_meantime_folder
from kg.evaluate.scores import PRF
from kg.records import TOPIC_ROLE


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_document(gold: MeantimeDocument, events, mentions) -> dict[str, list[float]]:
    """Counts ``[true positives, predicted, gold]`` for one document."""
    predicted = sorted({(e.start, e.end) for e in events})
    gold_spans = [(g.start, g.end) for g in gold.events]
    used: set[int] = set()
    relaxed = 0
    for start, end in predicted:
        for number, (g_start, g_end) in enumerate(gold_spans):
            if number not in used and _overlaps(start, end, g_start, g_end):
                used.add(number)
                relaxed += 1
                break
    strict = len(set(predicted) & set(gold_spans))

    entity_by_id = {m.m_id: m for m in gold.entities}
    event_by_id = {m.m_id: m for m in gold.events}
    gold_links = sorted({(ev, en) for ev, en, _ in gold.participants if ev in event_by_id and en in entity_by_id})
    predicted_links = sorted({
        (e.start, e.end, mentions[p.mention].start, mentions[p.mention].end)
        for e in events for p in e.participants if p.role != TOPIC_ROLE  # what a statement is about takes no part in it
    } | {(e.start, e.end, a.start, a.end) for e in events for a in e.arguments})
    found: set[tuple[str, str]] = set()
    correct = correct_in_opening = 0
    opening_end = len(gold.text) if gold.exhaustive_end is None else gold.exhaustive_end
    in_opening = sum(1 for link in predicted_links if link[0] < opening_end)
    for e_start, e_end, m_start, m_end in predicted_links:
        for ev, en in gold_links:
            if (ev, en) in found:
                continue
            g_event, g_entity = event_by_id[ev], entity_by_id[en]
            if _overlaps(e_start, e_end, g_event.start, g_event.end) and _overlaps(
                m_start, m_end, g_entity.start, g_entity.end
            ):
                found.add((ev, en))
                correct += 1
                correct_in_opening += e_start < opening_end
                break
    return {
        "events_relaxed": [relaxed, len(predicted), len(gold_spans)],
        "events_strict": [strict, len(predicted), len(gold_spans)],
        "participants": [correct, len(predicted_links), len(gold_links)],
        "participants_in_opening": [correct_in_opening, in_opening, len(gold_links)],
    }


def evaluate_events(folder: str | Path, mode: str = "lexicon", model: str | None = None) -> dict:
    from kg.extract import extract_documents
    from kg.nlp import load_pipeline
    from kg.resolve.entities import resolve_entities
    from kg.resolve.events import event_clusters

    golds = read_meantime_folder(folder)
    nlp = load_pipeline(model)
    nlp.replace_pipe("kg_events", "kg_events", config={"mode": mode})
    extractions = list(extract_documents(nlp, [g.as_document() for g in golds], batch_size=8))
    totals = {"events_relaxed": [0, 0, 0], "events_strict": [0, 0, 0], "participants": [0, 0, 0],
              "participants_in_opening": [0, 0, 0]}
    for gold, extraction in zip(golds, extractions, strict=True):
        counts = score_document(gold, extraction.events, extraction.mentions)
        for key, values in counts.items():
            totals[key] = [a + b for a, b in zip(totals[key], values, strict=False)]
    result = {"documents": len(golds), "mode": mode}
    for key, (tp, predicted, gold_count) in totals.items():
        result[key] = PRF(tp, predicted, gold_count).as_dict()
    entities, assignment = resolve_entities(extractions)
    clusters = event_clusters(extractions, assignment, {e.id: e.label for e in entities}, all_events=True)
    result["coreference"] = score_event_coreference(golds, clusters)
    return result


def evaluate_timeml_events(folder: str | Path, model: str | None = None) -> dict:
    """Task B scores of kg's events on the TimeML files under ``folder``."""
    from kg.evaluate.timeml import read_timeml_folder
    from kg.evaluate.timeml_annotate import annotate_documents
    from kg.evaluate.timeml_events import score

    documents = read_timeml_folder(folder)
    system = {name: annotation.events for name, annotation in annotate_documents(documents, model).items()}
    return {"documents": len(documents), **score({d.name: d.events for d in documents}, system).as_dict()}


def run(args: argparse.Namespace) -> int:
    if not Path(args.folder).is_dir():
        print(f"kg: no such folder {args.folder}", file=sys.stderr)
        return 2
    if next(Path(args.folder).rglob("*.tml"), None) is not None:
        result = evaluate_timeml_events(args.folder, args.model)
    else:
        result = evaluate_events(args.folder, args.mode, args.model)
    print(json.dumps(result, indent=1))
    return 0


def add_command(subcommands) -> None:
    """Register ``events`` under ``kg eval``."""
    command = add_folder_command(
        subcommands, "events", "score event mentions against TimeML (Task B) or MEANTIME (with participant links)",
        "TimeML *.tml under FOLDER: TempEval-3 Task B (strict and relaxed spans, TimeML class "
        "accuracy and F1). Else MEANTIME *.xml: event mention detection (relaxed and strict spans), "
        "event-participant links (HAS_PARTICIPANT) and cross-document event coreference (MUC, B3, CEAF-e, "
        "CoNLL; kg and a same-lemma, same-date baseline).",
        "folder of TimeML .tml or MEANTIME .xml files (searched recursively)", run)
    command.add_argument("--mode", choices=("lexicon", "broad"), default="lexicon",
                         help="MEANTIME only. lexicon: the pipeline's detector (default); broad: every eventive verb and noun")
