"""Entity evaluation on MEANTIME: a folder of annotated XML in, mention detection and cross-document coreference scores out.

kg runs over each article's text (with its creation time as publication date)
and its mentions are compared with the gold entity mentions of type person,
organisation and location. Types map as PERSON → PER, ORG → ORG, GPE, LOC,
FAC and NORP → LOC (MEANTIME marks nationalities as locations); kg's LAW and
EVENT mentions, and system mentions that only overlap gold mentions of the
types not scored (products, financial, mixed), are left out rather than
counted wrong.

- Mention detection: a system mention matches a gold mention when their spans
  overlap (relaxed), one-to-one, best overlap first; reported typed (the
  mapped types agree) and untyped.
- Role phrases: the words of a role kg attaches to a person ("CEO" in "Apple
  CEO Steve Jobs", "the chief executive officer of Apple" in an apposition)
  are a mention of that person, as MEANTIME marks them (nominal and
  apposition mentions).
- Unmarked names: MEANTIME marks every mention only in an article's opening
  (:data:`kg.evaluate.meantime.EXHAUSTIVE_SENTENCES`); after it, a system
  mention that overlaps no gold mention is left out of both scores (counted
  in ``unmarked``), as the annotators did not look at it. ``count_unmarked``
  (``--count-unmarked``) counts those as wrong instead.
- Coreference: gold clusters are MEANTIME instances across the whole corpus,
  system clusters are kg entities; matched system mentions stand for their
  gold mention, unmatched ones count against precision. MUC, B³, CEAF-e and
  the CoNLL mean, from :mod:`kg.evaluate.coreference`.

The same scores are given for a ``baseline``: spaCy's own names of those
types, each exact string one entity (the foundation kg improves on), so
"kg vs baseline" is one command; ``conll_over_baseline`` is the difference.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluate import add_folder_command
from kg.evaluate.coreference import align_spans, conll
from kg.evaluate.meantime import GoldMention, MeantimeDocument, read_meantime_folder
from kg.evaluate.scores import PRF
from kg.records import Document, DocumentExtraction, Mention
from kg.resolve.entities import resolve_entities

if TYPE_CHECKING:
    from spacy.language import Language

SCORED = ("PER", "ORG", "LOC")
TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "LOC"}


def align(system: list[Mention], gold: list[GoldMention]) -> dict[int, int]:
    """System mention index → gold mention index, one-to-one, for overlapping spans;
    pairs with the same type and the larger share of overlap are taken first."""
    return align_spans([(s.start, s.end) for s in system], [(g.start, g.end) for g in gold],
                       lambda i, j: TYPE_MAP.get(system[i].label) != gold[j].type)


def evaluate_entities(folder: str | Path, nlp: Language, count_unmarked: bool = False) -> dict:
    """Run kg over the MEANTIME files under ``folder`` and score it."""
    from kg.extract import extract_documents

    golds = read_meantime_folder(folder)
    documents = [d.as_document() for d in golds]
    extractions = list(extract_documents(nlp, documents))
    _, assignment = resolve_entities(extractions)
    scores = score_entities(golds, extractions, assignment, count_unmarked)
    baseline = score_entities(golds, *baseline_extractions(nlp, documents), count_unmarked)
    scores["baseline"] = baseline
    scores["conll_over_baseline"] = round(scores["coreference"]["conll"] - baseline["coreference"]["conll"], 2)
    return scores


def baseline_extractions(nlp: Language, documents: list[Document]) -> tuple[list[DocumentExtraction], dict]:
    """The baseline system: spaCy's named entities of the scored types (no kg
    component), clustered across the corpus by exact string and type."""
    extractions, assignment = [], {}
    with nlp.select_pipes(enable=[name for name in ("tok2vec", "ner") if name in nlp.pipe_names]):
        for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
            mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, 0, e.text)
                        for e in doc.ents if e.label_ in TYPE_MAP]
            for index, mention in enumerate(mentions):
                assignment[(document.id, index)] = f"{TYPE_MAP[mention.label]}:{mention.text}"
            extractions.append(DocumentExtraction(document, [], [], mentions, []))
    return extractions, assignment


def _with_roles(extraction: DocumentExtraction) -> list[Mention]:
    """The document's mentions, then one for the words of each role, standing for its person
    (``antecedent``); a role phrase that overlaps a mention of the person is not repeated."""
    mentions = list(extraction.mentions)
    for role in extraction.roles:
        person = extraction.mentions[role.person]
        if role.end <= person.start or role.start >= person.end:
            mentions.append(Mention(role.start, role.end, extraction.document.text[role.start : role.end], "PERSON",
                                    person.sentence, person.key, "role", person.country_code, role.person))
    return mentions


def score_entities(golds: list[MeantimeDocument], extractions: list[DocumentExtraction],
                   assignment: dict[tuple[str, int], str], count_unmarked: bool = False) -> dict:
    """Scores of system mentions and their entities (``assignment``) against gold documents, in the same order."""
    untyped, typed = PRF(0, 0, 0), PRF(0, 0, 0)
    unmarked = 0
    key: dict[str, set] = defaultdict(set)
    response: dict[str, set] = defaultdict(set)
    for doc, extraction in zip(golds, extractions, strict=False):
        scored = [g for g in doc.entities if g.type in SCORED and g.instance]
        others = [g for g in doc.entities if g.type not in SCORED]
        system = [(i, m) for i, m in enumerate(_with_roles(extraction)) if m.label in TYPE_MAP]
        matched = align([m for _, m in system], scored)
        ignored = align([m for _, m in system], others)
        for g in scored:
            key[g.instance].add((doc.id, g.m_id))
        untyped.gold += len(scored)
        typed.gold += len(scored)
        after_opening = None if count_unmarked else doc.exhaustive_end
        for position, (index, mention) in enumerate(system):
            if position not in matched and position in ignored:
                continue
            if position not in matched and after_opening is not None and mention.start >= after_opening:
                unmarked += 1
                continue
            untyped.predicted += 1
            typed.predicted += 1
            if position in matched:
                gold = scored[matched[position]]
                untyped.true_positives += 1
                typed.true_positives += TYPE_MAP[mention.label] == gold.type
                ident = (doc.id, gold.m_id)
            else:
                ident = (doc.id, f"system:{index}")
            entity = (doc.id, mention.antecedent if mention.resolved_from == "role" else index)
            response[assignment.get(entity, f"{doc.id}:{index}")].add(ident)
    coreference = conll([key[k] for k in sorted(key)], [response[r] for r in sorted(response)])
    return {"documents": len(golds), "mentions": untyped.as_dict(), "typed_mentions": typed.as_dict(),
            "unmarked": unmarked, "coreference": coreference}


def run(args: argparse.Namespace) -> int:
    """``kg eval entities DIR``: print the scores as JSON."""
    from kg.nlp import ModelNotFound, load_pipeline

    try:
        nlp = load_pipeline(args.model)
    except ModelNotFound as err:
        print(f"kg: {err}", file=sys.stderr)
        return 2
    print(json.dumps(evaluate_entities(args.folder, nlp, args.count_unmarked), indent=1))
    return 0


def add_command(subcommands) -> None:
    """Register ``entities`` under ``kg eval``."""
    command = add_folder_command(
        subcommands, "entities", "score entity mentions and cross-document coreference against MEANTIME",
        "Score entity mention detection (P/R/F1, relaxed spans) and cross-document entity "
        "coreference (MUC, B3, CEAF-e, CoNLL) against the MEANTIME XML files under FOLDER; prints JSON.",
        "folder of MEANTIME .xml files (searched recursively)", run)
    command.add_argument("--count-unmarked", action="store_true",
                         help="count names after an article's exhaustively marked opening that match no gold "
                              "mention as wrong (by default they are left out: MEANTIME marks only some there)")
