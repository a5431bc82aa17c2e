"""The build: input paths in, output files out, stage by stage.

``build(inputs, out_dir, options)`` reads the documents, streams them through
the spaCy pipeline (one :class:`DocumentExtraction` each), resolves entities
and events across the corpus, builds the graph and the timeline and writes
every output file atomically. All files are rendered before the first is
written. It returns a :class:`BuildReport`. A document
on which a pipeline component fails is skipped (``BuildReport.failed``) and the
others are processed.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from tqdm import tqdm

from kg.annotate import load_pipeline
from kg.build.graph import build_graph
from kg.build.timeline import FACTUAL, build_timeline
from kg.export.files import graph_json, graphml_text, to_json, write_outputs
from kg.export import DEFAULT_MAX_PAGE_NODES
from kg.export.pages import graph_page, timeline_page
from kg.export.tables import edges_csv, gexf_text, nodes_csv
from kg.export.timelinejs import timelinejs
from kg.extract import extract_document, extract_documents
from kg.read import Corpus, Problem, read_corpus
from kg.records import DocumentExtraction
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events

PROGRESS_MIN_DOCUMENTS = 5


@dataclass
class BuildOptions:
    model: str | None = None
    include: tuple[str, ...] = FACTUAL
    quiet: bool = False
    strict: bool = False  # anything skipped or ignored: write nothing (stop before processing if possible)
    max_page_nodes: int = DEFAULT_MAX_PAGE_NODES  # graph.html draws at most this many nodes, the most important


@dataclass
class BuildReport:
    corpus: Corpus
    processed: int = 0
    written: list[str] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)  # documents the pipeline could not process


def _progress(documents: Sequence, quiet: bool) -> tqdm:
    """A progress bar over ``documents`` (a plain pass-through when quiet or few); use it
    in a ``with`` block so that an error or an interrupt ends the bar's line at once."""
    disable = quiet or len(documents) <= PROGRESS_MIN_DOCUMENTS
    return tqdm(documents, desc="documents", unit="doc", file=sys.stderr, disable=disable)


def extract_corpus(corpus: Corpus, options: BuildOptions) -> list[DocumentExtraction]:
    nlp = load_pipeline(options.model)
    with _progress(corpus.documents, options.quiet) as documents:
        return list(extract_documents(nlp, documents))


def _extract_one_by_one(corpus: Corpus, options: BuildOptions) -> tuple[list[DocumentExtraction], list[Problem]]:
    """Extraction when the streamed run failed: document by document, skipping those that fail."""
    nlp = load_pipeline(options.model)
    extractions, failed = [], []
    with _progress(corpus.documents, options.quiet) as documents:
        for document in documents:
            try:
                extractions.append(extract_document(nlp, document))
            except Exception as err:  # a component failed on this text: the others go on
                failed.append(Problem(document.path, f"could not be processed ({type(err).__name__}: {err})"))
    return extractions, failed


def assemble(extractions: list[DocumentExtraction], options: BuildOptions) -> dict[str, str]:
    """Resolve, build and render: extractions in, ``{file name: text}`` out (everything rendered, nothing written)."""
    entities, assignment = resolve_entities(extractions)
    events = resolve_events(extractions, assignment, {e.id: e.label for e in entities})
    graph = build_graph(entities, events, options.include)
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


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    options: BuildOptions | None = None,
    on_read: Callable[[Corpus], None] | None = None,
) -> BuildReport:
    """``on_read(corpus)``, when given, is called once the inputs are read, before the
    (long) processing: the command line prints what was skipped there."""
    options = options or BuildOptions()
    corpus = read_corpus(inputs, exclude=out_dir)
    if on_read is not None:
        on_read(corpus)
    report = BuildReport(corpus)
    if not corpus.documents or (options.strict and (corpus.skipped or corpus.warnings)):
        return report
    try:
        extractions = extract_corpus(corpus, options)
    except Exception:  # one document broke a pipeline component: find it and go on without it
        extractions, report.failed = _extract_one_by_one(corpus, options)
    report.processed = len(extractions)
    if not extractions or (options.strict and report.failed):
        return report
    files = assemble(extractions, options)
    report.written = [str(path) for path in write_outputs(Path(out_dir), files)]
    return report
