"""Entity timelines scored against the SemEval-2015 TimeLine trial set: ``kg eval timelines DIR``.

In: ``DIR`` laid out as the trial data (``corpus_CAT/*.xml`` tokenised texts,
``corpus_TimeML/*.tml`` for each document's creation time, ``TimeLines_Gold_Standard/*.txt``
one gold timeline per target entity). Out: temporal awareness P/R/F1 (UzZaman &
Allen 2011) for kg and for a baseline, plus event P/R and the share of matched
events anchored to the gold date.

A timeline (:class:`Timeline`) is a list of events, each a set of mentions
``docid-sentence-token`` with a date (``2008``, ``2008-05``, ``2008-05-03``; None
when unknown) and a position (equal positions simultaneous, 0 not placed). The
relations it implies (:func:`relations`) are: each event ``INCLUDED_IN`` its
date; events at one position ``SIMULTANEOUS``; events at lower positions
``BEFORE`` those at higher ones. The *closure* has every such pair; the
*reduced* graph only the pairs of adjacent positions (a timeline is a chain,
so adjacent pairs imply the rest). Precision is the share of the system's
reduced relations found in the gold closure, recall the share of gold's
reduced relations found in the system's closure; counts are summed over the
entities. A system event is the gold event one of whose mentions it shares,
else an event of its own.

kg's timeline of an entity: kg's event mentions (the pipeline's own detector)
with a participant that kg's entity resolution gives to an entity the target names
(:func:`kg.compose.timeline.names_match` on its name or an alias, as ``kg timeline``
finds an actor; pronouns and descriptions count for their antecedent's entity), each
at its date (:func:`kg.resolve.events.mention_dates`: its own, or the one the
mentions of the event kg merges it with agree on, written as the finest day, month
or year that holds it, :func:`task_date`; an event before or after its date is not
``INCLUDED_IN`` it, so it keeps only its position), ordered by date, then
the relation to it, then document and text position; the headline is read, as kg
reads a page, but its events are not scored (the gold annotates the TimeML ``TEXT``
only). The CAT text is written one sentence a line, a headline or date line as a
paragraph of its own. The baseline:
every verb of a sentence naming the entity, dated by its document's creation time,
one position per document.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate import add_folder_command
from kg.evaluate.scores import PRF
from kg.evaluate.timeml import read_timeml
from kg.records import TOPIC_ROLE


@dataclass
class TimelineEntry:
    mentions: frozenset[str]  # "docid-sentence-token"
    date: str | None  # "2008", "2008-05", "2008-05-03"
    position: int  # 0: not placed
    how: str = ""  # how kg dated it ("publication ON_OR_BEFORE"), for listing its errors


@dataclass
class Timeline:
    entity: str
    entries: list[TimelineEntry] = field(default_factory=list)


def normalise_date(value: str) -> str | None:
    """A gold date with its unknown parts dropped.

    >>> normalise_date("2008-XX-XX"), normalise_date("XXXX-XX-XX"), normalise_date("2006-03-28")
    ('2008', None, '2006-03-28')
    """
    parts = []
    for part in value.split("-"):
        if "X" in part:
            break
        parts.append(part)
    return "-".join(parts) or None


def read_gold_timeline(path: Path) -> Timeline:
    lines = path.read_text(encoding="utf-8").splitlines()
    timeline = Timeline(lines[0].strip())
    for line in lines[1:]:
        if not line.strip():
            continue
        position, date, *mentions = line.split("\t")
        timeline.entries.append(TimelineEntry(frozenset(mentions), normalise_date(date), int(position)))
    return timeline


def _event_ids(system: Timeline, gold: Timeline) -> tuple[list[str], list[str]]:
    """An id for each gold and each system entry: a system entry sharing a mention with
    a gold one takes its id (one-to-one, first come)."""
    gold_ids = [f"g{i}" for i in range(len(gold.entries))]
    owner = {m: i for i, entry in enumerate(gold.entries) for m in entry.mentions}
    used: set[int] = set()
    system_ids = []
    for i, entry in enumerate(system.entries):
        match = next((owner[m] for m in sorted(entry.mentions) if m in owner and owner[m] not in used), None)
        if match is None:
            system_ids.append(f"s{i}")
        else:
            used.add(match)
            system_ids.append(gold_ids[match])
    return gold_ids, system_ids


def relations(timeline: Timeline, ids: list[str], closure: bool) -> set[tuple[str, str, str]]:
    """The relations a timeline implies: its closure, or its reduced graph."""
    found = {(ident, "INCLUDED_IN", entry.date) for ident, entry in zip(ids, timeline.entries, strict=True)
             if entry.date}
    by_position: dict[int, list[str]] = {}
    for ident, entry in zip(ids, timeline.entries, strict=True):
        if entry.position > 0:
            by_position.setdefault(entry.position, []).append(ident)
    positions = sorted(by_position)
    for members in by_position.values():
        found |= {(a, "SIMULTANEOUS", b) for a in members for b in members if a < b}
    for n, earlier in enumerate(positions):
        later_positions = positions[n + 1 :] if closure else positions[n + 1 : n + 2]
        for later in later_positions:
            found |= {(a, "BEFORE", b) for a in by_position[earlier] for b in by_position[later]}
    return found


def temporal_awareness(pairs: list[tuple[Timeline, Timeline]]) -> PRF:
    """Temporal awareness over (system, gold) timeline pairs, counts summed over them."""
    found_p = predicted = found_r = gold_count = 0
    for system, gold in pairs:
        gold_ids, system_ids = _event_ids(system, gold)
        system_reduced = relations(system, system_ids, closure=False)
        gold_reduced = relations(gold, gold_ids, closure=False)
        found_p += len(system_reduced & relations(gold, gold_ids, closure=True))
        found_r += len(gold_reduced & relations(system, system_ids, closure=True))
        predicted += len(system_reduced)
        gold_count += len(gold_reduced)
    return _TwoSided(found_p, predicted, gold_count, found_r)


@dataclass
class _TwoSided(PRF):
    """P and R with numerators of their own (a relation found in the other side's closure)."""

    recall_hits: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.gold if self.gold else 0.0


def matched_entries(system: Timeline, gold: Timeline) -> list[tuple[TimelineEntry, TimelineEntry]]:
    """The (system, gold) entries that share a mention (see :func:`_event_ids`)."""
    _, system_ids = _event_ids(system, gold)
    return [(s, gold.entries[int(i[1:])]) for s, i in zip(system.entries, system_ids, strict=True)
            if i.startswith("g")]


def event_scores(pairs: list[tuple[Timeline, Timeline]]) -> tuple[PRF, float]:
    """Event P/R (an entry matches a gold entry sharing a mention) and the share of matched
    entries whose date is the gold one."""
    matched = predicted = gold_count = right = 0
    for system, gold in pairs:
        pairs_found = matched_entries(system, gold)
        matched += len(pairs_found)
        right += sum(1 for s, g in pairs_found if s.date == g.date)
        predicted += len(system.entries)
        gold_count += len(gold.entries)
    return PRF(matched, predicted, gold_count), (right / matched if matched else 0.0)


def wrong_dates(pairs: list[tuple[Timeline, Timeline]], documents: list[CatDocument]) -> list[dict]:
    """The matched entries whose date is not the gold one, each with its sentence: what
    ``kg eval timelines --wrong`` lists to study the anchoring."""
    by_id = {d.doc_id: d for d in documents}
    found = []
    for system, gold in pairs:
        for entry, gold_entry in matched_entries(system, gold):
            if entry.date == gold_entry.date:
                continue
            mention = min(entry.mentions)
            doc_id, sentence, _ = mention.split("-", 2)
            words = [w for s, w, _ in by_id[doc_id].tokens if s == int(sentence)]
            found.append({"entity": gold.entity, "mention": mention, "gold": gold_entry.date, "kg": entry.date,
                          "how": entry.how, "sentence": " ".join(words)})
    return found


@dataclass
class CatDocument:
    doc_id: str
    dct: str | None
    tokens: list[tuple[int, str, int]]  # (sentence, word, start offset)
    text: str
    annotated_from: int = 0  # the first sentence of the annotated TEXT: a headline before it is not




#: what ends a sentence of running text; a line without it is a headline or date line
SENTENCE_END = re.compile(r"[.!?\"'”’)\]]$")


def read_cat(path: Path, dct: str | None) -> CatDocument:
    """The text of a CAT file: one sentence a line, a headline or date line (no final
    punctuation) a paragraph of its own, as a page sets them apart."""
    root = ET.parse(path).getroot()
    tokens, parts, offset, sentence_before = [], [], 0, None
    for token in root.iter("token"):
        sentence, word = int(token.get("sentence")), token.text or ""
        if parts:
            separator = " "
            if sentence != sentence_before:
                separator = "\n" if SENTENCE_END.search(parts[-1]) else "\n\n"
            parts.append(separator)
            offset += len(separator)
        tokens.append((sentence, word, offset))
        parts.append(word)
        offset += len(word)
        sentence_before = sentence
    return CatDocument(root.get("doc_id"), dct, tokens, "".join(parts))


def read_corpus(folder: Path) -> list[CatDocument]:
    """The CAT documents, each with its creation time and the first sentence of its
    TimeML ``TEXT`` (the headline stands outside it, in ``EXTRAINFO``, unannotated)."""
    dcts, firsts = {}, {}
    for tml in sorted((folder / "corpus_TimeML").glob("*.tml")):
        document = read_timeml(tml)
        doc_id = re.match(r"\d+", tml.name).group()
        dcts[doc_id] = document.dct[:10] if document.dct else None
        first = re.search(r'<TEXT>\s*<s id="(\d+)"', tml.read_text(encoding="utf-8"))
        firsts[doc_id] = int(first.group(1)) if first else 0
    documents = []
    for cat in sorted((folder / "corpus_CAT").glob("*.xml")):
        doc_id = re.match(r"\d+", cat.name).group()
        document = read_cat(cat, dcts.get(doc_id))
        document.annotated_from = firsts.get(doc_id, 0)
        documents.append(document)
    return documents


def _names(entity: str, mention_text: str) -> bool:
    """Whether an entity mention names the target ("Jobs" for "Steve Jobs")."""
    mention, target = mention_text.casefold().strip(), entity.casefold()
    return mention == target or target in mention or (" " in target and mention == target.split()[-1])


def _token_at(document: CatDocument, offset: int) -> tuple[int, str] | None:
    for sentence, word, start in document.tokens:
        if start <= offset < start + len(word):
            return sentence, word
    return None


#: relations that place an event before or after its date, not within it: no INCLUDED_IN
UNBOUNDED = ("BEFORE", "AFTER")
RELATION_RANK = {"BEFORE": 0, "ON_OR_BEFORE": 1, "INCLUDED_IN": 2, "SIMULTANEOUS": 2, "INCLUDES": 2, "BEGUN_BY": 3, "AFTER": 3}


def kg_timelines(documents: list[CatDocument], entities: list[str], model: str | None = None) -> list[Timeline]:
    """kg's timeline of each entity (see the module docstring)."""
    from kg.compose.timeline import names_match
    from kg.extract import extract_documents
    from kg.nlp import load_pipeline
    from kg.records import Document
    from kg.resolve.entities import resolve_entities
    from kg.resolve.events import mention_dates

    records = [Document(d.doc_id, d.doc_id, d.text, published=d.dct) for d in documents]
    by_id = {d.doc_id: d for d in documents}
    extractions = list(extract_documents(load_pipeline(model), records))
    found, assignment = resolve_entities(extractions)
    dates = mention_dates(extractions, assignment, {e.id: e.label for e in found})
    timelines = []
    for entity in entities:
        wanted = {e.id for e in found if any(names_match(entity, name) for name in (e.label, *e.aliases))}
        placed = []
        for extraction in extractions:
            document = by_id[extraction.document.id]
            for event in extraction.events:
                named = any(assignment.get((document.doc_id, p.mention)) in wanted for p in event.participants
                            if p.role != TOPIC_ROLE)  # a statement about it is not its event
                token = _token_at(document, event.start)
                if not named or token is None or token[0] < document.annotated_from:
                    continue
                date = dates[(document.doc_id, event.start)]
                key = ((date.start, date.end or "", RELATION_RANK.get(date.relation, 2)) if date else None)
                value = task_date(date.start, date.end) if date and date.relation not in UNBOUNDED else None
                how = f"{date.anchor_kind} {date.relation} {date.text!r}" if date else ""
                placed.append((key, document.doc_id, event.start, f"{document.doc_id}-{token[0]}-{token[1]}",
                               value, how))
        timelines.append(_ordered(entity, placed))
    return timelines


def task_date(start: str, end: str | None) -> str | None:
    """kg's date written as the task writes one: the finest day, month or year holding
    all of it ("this week", 2006-03-27 to 2006-04-02, is 2006; 2006-03-20 to 03-26 is
    2006-03), None for an open interval.

    >>> task_date("2006-03-20", "2006-03-26"), task_date("2006-03-27", "2006-04-02"), task_date("2010-06-07", "2010-06-07")
    ('2006-03', '2006', '2010-06-07')
    """
    if end is None:
        return None
    for length in (10, 7, 4):
        if start[:length] == end[:length]:
            return start[:length]
    return None


def _ordered(entity: str, placed: list[tuple]) -> Timeline:
    """Entries at positions: by date key (dated first, equal keys simultaneous), undated at 0."""
    placed.sort(key=lambda p: (p[0] is None, p[0] or (), p[1], p[2]))
    keys = sorted({p[0] for p in placed if p[0] is not None})
    position = {key: n + 1 for n, key in enumerate(keys)}
    entries = [TimelineEntry(frozenset([mention]), value, position.get(key, 0), how)
               for key, _, _, mention, value, how in placed]
    return Timeline(entity, entries)


def baseline_timelines(documents: list[CatDocument], entities: list[str], model: str | None = None) -> list[Timeline]:
    """Every verb of a sentence naming the entity, at its document's creation date."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model, components=())
    parsed = {d.doc_id: doc for d, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True)}
    timelines = []
    for entity in entities:
        placed = []
        for document in documents:
            doc = parsed[document.doc_id]
            for sentence in doc.sents:
                if entity.casefold() not in sentence.text.casefold() and not any(
                        _names(entity, token.text) for token in sentence if token.pos_ == "PROPN"):
                    continue
                for token in sentence:
                    found = _token_at(document, token.idx) if token.pos_ == "VERB" else None
                    if found is not None and found[0] >= document.annotated_from:
                        key = (document.dct or "",) if document.dct else None
                        placed.append((key, document.doc_id, token.idx,
                                       f"{document.doc_id}-{found[0]}-{found[1]}", document.dct, "creation time"))
        timelines.append(_ordered(entity, placed))
    return timelines


def evaluate_timelines(folder: str | Path, model: str | None = None, wrong: bool = False) -> dict:
    folder = Path(folder)
    golds = [read_gold_timeline(p) for p in sorted((folder / "TimeLines_Gold_Standard").glob("*.txt"))]
    documents = read_corpus(folder)
    entities = [g.entity for g in golds]
    result = {"entities": len(golds), "documents": len(documents)}
    for name, make in (("kg", kg_timelines), ("baseline", baseline_timelines)):
        systems = make(documents, entities, model)
        pairs = list(zip(systems, golds, strict=True))
        awareness = temporal_awareness(pairs)
        events, anchored = event_scores(pairs)
        result[name] = {"temporal_awareness": awareness.as_dict(), "events": events.as_dict(),
                        "matched_anchored_right": round(100 * anchored, 2)}
        if wrong and name == "kg":
            result[name]["wrong_dates"] = wrong_dates(pairs, documents)
    return result


def run(args: argparse.Namespace) -> int:
    if not (Path(args.folder) / "TimeLines_Gold_Standard").is_dir():
        print(f"kg: {args.folder} has no TimeLines_Gold_Standard folder", file=sys.stderr)
        return 2
    print(json.dumps(evaluate_timelines(args.folder, args.model, args.wrong), indent=1))
    return 0


def add_command(subcommands) -> None:
    """Register ``timelines`` under ``kg eval``."""
    command = add_folder_command(
        subcommands, "timelines", "score entity timelines against the SemEval-2015 TimeLine trial set",
        "Build the timeline of each target entity of FOLDER (the TimeLine trial layout) and score "
        "kg and a baseline with temporal awareness over the relations the timelines imply.",
        "e.g. ../shared/data/timeline-trial", run)
    command.add_argument("--wrong", action="store_true",
                         help="also list kg's matched events whose date is not the gold one, with how kg dated "
                              "each and its sentence")
