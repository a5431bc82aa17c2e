"""The build: input paths in, output files out, stage by stage.

``build(inputs, out_dir, options)`` reads the documents, streams them through
the spaCy pipeline (one :class:`DocumentExtraction` each), resolves entities
and events across the corpus, builds the graph and the timeline and writes
every output file atomically, all rendered before the first is written. It returns a :class:`BuildReport`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from tqdm import tqdm

from kg.annotate import load_pipeline
from kg.build.graph import build_graph
from kg.build.timeline import FACTUAL, build_timeline
from kg.export.files import graph_json, graphml_text, to_json, write_outputs
from kg.export import DEFAULT_MAX_PAGE_NODES
from kg.export.pages import graph_page, timeline_page
from kg.export.tables import edges_csv, gexf_text, nodes_csv
from kg.export.timelinejs import timelinejs
from kg.extract import extract_documents
from kg.read import Corpus, read_corpus
from kg.records import DocumentExtraction
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events

PROGRESS_MIN_DOCUMENTS = 5


@dataclass
class BuildOptions:
    model: str | None = None
    include: tuple[str, ...] = FACTUAL
    quiet: bool = False
    max_page_nodes: int = DEFAULT_MAX_PAGE_NODES  # graph.html draws at most this many nodes, the most important


@dataclass
class BuildReport:
    corpus: Corpus
    processed: int = 0
    written: list[str] = field(default_factory=list)


def _progress(documents: Sequence, quiet: bool) -> Iterable:
    if quiet or len(documents) <= PROGRESS_MIN_DOCUMENTS:
        return documents
    return tqdm(documents, desc="documents", unit="doc", file=sys.stderr)


def extract_corpus(corpus: Corpus, options: BuildOptions) -> list[DocumentExtraction]:
    nlp = load_pipeline(options.model)
    return list(extract_documents(nlp, _progress(corpus.documents, options.quiet)))


def assemble(extractions: list[DocumentExtraction], options: BuildOptions) -> dict[str, str]:
    """Resolve, build and render: extractions in, ``{file name: text}`` out (everything rendered, nothing written)."""
    entities, assignment = resolve_entities(extractions)
    events = resolve_events(extractions, assignment, {e.id: e.label for e in entities})
    graph = build_graph(entities, events)
    timeline = build_timeline([x.document for x in extractions], events, options.include)
    return {
        "timeline.json": to_json(timeline),
        "graph.json": to_json(graph_json(graph)),
        "graph.graphml": graphml_text(graph),
        "graph.gexf": gexf_text(graph),
        "nodes.csv": nodes_csv(graph),
        "edges.csv": edges_csv(graph),
        "timelinejs.json": to_json(timelinejs(timeline)),
        "graph.html": graph_page(graph, timeline["documents"], options.max_page_nodes),
        "timeline.html": timeline_page(timeline),
    }


def build(inputs: Sequence[str | Path], out_dir: str | Path, options: BuildOptions | None = None) -> BuildReport:
    options = options or BuildOptions()
    corpus = read_corpus(inputs)
    report = BuildReport(corpus)
    if not corpus.documents:
        return report
    extractions = extract_corpus(corpus, options)
    report.processed = len(extractions)
    files = assemble(extractions, options)
    report.written = write_outputs(Path(out_dir), files)
    return report
