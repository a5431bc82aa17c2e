"""The build: input paths in, output files out, stage by stage.

``build(inputs, out_dir, options)`` reads the documents, extracts each one
(from the cache when it has an entry, else through the spaCy pipeline — in this
process, a pool of worker processes or a Dask cluster, see :mod:`kg.workers`),
resolves entities and events across the corpus, composes the graph and the
timeline, renders every output and only then writes them all as one set
(:func:`kg.export.files.write_outputs`). The output folder is checked and locked
first, before any work: a second build into it fails at once. A document on
which a pipeline component fails is skipped (``BuildReport.failed``) and the
others are processed; a cache that cannot be used is dropped with a note
(``BuildReport.notes``). It returns a :class:`BuildReport` with the time each
stage took. ``process(inputs, options)`` is the same build without the output
folder: everything rendered and kept in ``BuildReport.assembled`` (the graph, the
timeline and the files), which is what ``kg.build`` returns from.
"""
from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from kg.cache import CacheUnusable, ExtractionCache, pipeline_version
from kg.compose.dates import collect_dates, date_salience, timeline_summary
from kg.compose.graph import compose_graph
from kg.compose.timeline import compose_timeline
from kg.export import DEFAULT_MAX_PAGE_NODES
from kg.export.events_table import events_csv
from kg.export.files import graph_json, graphml_text, output_lock, write_outputs
from kg.export.jsontext import indented_pieces
from kg.export.pages import graph_page_pieces, timeline_page_pieces
from kg.export.tables import edges_csv, gexf_text, nodes_csv
from kg.export.timelinejs import timelinejs
from kg.read import Corpus, Problem, read_corpus
from kg.records import FACTUAL, DocumentExtraction
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events
from kg.resolve.parties import resolve_parties
from kg.resolve.places import resolve_places
from kg.resolve.roles import resolve_affiliations
from kg.resolve.ties import resolve_ties
from kg.workers import ExecutorError, extract_in_order

PROGRESS_MIN_DOCUMENTS = 5
STAGES = ("read", "extract", "resolve", "compose", "export")


@dataclass
class BuildOptions:
    model: str | None = None
    include: tuple[str, ...] = FACTUAL
    quiet: bool = False
    strict: bool = False  # anything skipped or ignored: write nothing (stop before processing if possible)
    max_page_nodes: int = DEFAULT_MAX_PAGE_NODES  # graph.html draws at most this many nodes, the most important
    jobs: int = 1  # worker processes for extraction
    cache_dir: str | Path | None = None  # per-document extraction cache; None: no cache
    executor: str = "local"  # or "dask"
    scheduler: str | None = None  # dask scheduler address
    top_dates: int = 0  # > 0: also write timeline_summary.json with that many dates
    all_events: bool = False  # keep event mentions without a resolved actor too (analysis)


@dataclass
class Assembled:
    """What a build makes of its extractions: the graph, the timeline.json object and every
    output, each as a function that renders it in pieces (``files``: all of them rendered)."""

    graph: nx.MultiDiGraph
    timeline: dict
    renders: dict[str, Callable[[], Iterable[str]]]

    @cached_property
    def files(self) -> dict[str, str]:
        return {name: "".join(render()) for name, render in self.renders.items()}


@dataclass
class BuildReport:
    corpus: Corpus
    assembled: Assembled | None = None  # None when nothing was processed
    processed: int = 0
    written: list[str] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)  # documents the pipeline could not process
    cached: int = 0  # extractions taken from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (STAGES)
    notes: list[str] = field(default_factory=list)  # about the run, not the inputs (an unusable cache)


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Resolution, composition and export make millions of small records while every
    extraction record is alive, and the cycle collector would walk all of them again and
    again (half the time of resolution on 480 Timeline17 articles). These records hold no
    reference cycles: reference counting frees them; the few cycles wait until the block ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _progress(total: int, quiet: bool) -> tqdm:
    """A progress bar (disabled when quiet or few); use it in a ``with`` block so that
    an error or an interrupt ends the bar's line at once."""
    return tqdm(total=total, desc="documents", unit="doc", file=sys.stderr,
                disable=quiet or total <= PROGRESS_MIN_DOCUMENTS)


def _open_cache(options: BuildOptions) -> ExtractionCache | None:
    if options.cache_dir is None:
        return None
    from kg.nlp import model_fingerprint

    return ExtractionCache(options.cache_dir, pipeline_version(model_fingerprint(options.model)))


def _cache_put(cache: ExtractionCache | None, extraction: DocumentExtraction,
               report: BuildReport | None) -> ExtractionCache | None:
    """Store ``extraction``; the cache to go on with (None once it proved unusable)."""
    if cache is None:
        return None
    try:
        cache.put(extraction)
    except CacheUnusable as err:
        if report is not None:
            report.notes.append(f"{err}; going on without it")
        return None
    return cache


def extract_corpus(corpus: Corpus, options: BuildOptions, report: BuildReport | None = None) -> list[DocumentExtraction]:
    """One extraction per document of ``corpus``, in its order: cached ones read
    back, the rest computed (see :mod:`kg.workers`) and added to the cache."""
    documents = corpus.documents
    cache = _open_cache(options)
    results: list[DocumentExtraction | None] = [cache.get(d) if cache else None for d in documents]
    todo = [i for i, extraction in enumerate(results) if extraction is None]
    if report is not None:
        report.cached = len(documents) - len(todo)
    with _progress(len(todo), options.quiet) as progress:
        computed = extract_in_order(
            [documents[i] for i in todo], options.model, options.jobs, options.executor, options.scheduler,
            advance=progress.update,
        )
        for index, extraction in zip(todo, computed, strict=False):
            results[index] = extraction
            cache = _cache_put(cache, extraction, report)
    return results  # type: ignore[return-value]


def _extract_one_by_one(corpus: Corpus, options: BuildOptions, report: BuildReport) -> list[DocumentExtraction]:
    """Extraction when the whole run failed: document by document in this process,
    skipping those that fail (``report.failed``). What the failed run extracted
    and cached before the failure is read back, not extracted again."""
    from kg.extract import extract_document
    from kg.nlp import load_pipeline

    nlp = load_pipeline(options.model)
    cache = _open_cache(options)
    extractions = []
    with _progress(len(corpus.documents), options.quiet) as progress:
        for document in corpus.documents:
            extraction = cache.get(document) if cache else None
            if extraction is None:
                try:
                    extraction = extract_document(nlp, document)
                except Exception as err:  # a component failed on this text: the others go on
                    report.failed.append(
                        corpus.problem(document, f"could not be processed ({type(err).__name__}: {err})"))
                    progress.update(1)
                    continue
                cache = _cache_put(cache, extraction, report)
            extractions.append(extraction)
            progress.update(1)
    return extractions


def assemble(
    extractions: list[DocumentExtraction], options: BuildOptions, timings: dict[str, float] | None = None
) -> dict[str, str]:
    """Resolve, build and render: extractions in, ``{file name: text}`` out (everything rendered, nothing written)."""
    assembled = assemble_all(extractions, options, timings)
    with _timed(timings, "export"):
        return assembled.files


def assemble_all(
    extractions: list[DocumentExtraction], options: BuildOptions, timings: dict[str, float] | None = None
) -> Assembled:
    """Resolve and compose; the outputs are rendered when ``renders`` are called (or ``files`` read).
    The caller may drop ``extractions`` once this returns: what renders the outputs does not hold them."""
    with _timed(timings, "resolve"):
        entities, assignment = resolve_entities(extractions)
        events = resolve_events(extractions, assignment, {e.id: e.label for e in entities}, options.all_events)
        affiliations = resolve_affiliations(extractions, assignment, entities)
        parties = resolve_parties(extractions, assignment, entities, options.include)
        places = resolve_places(extractions, assignment, entities)
        ties = resolve_ties(extractions, assignment)
    with _timed(timings, "compose"):
        graph = compose_graph(entities, events, options.include, affiliations, parties, places, ties)
        timeline = compose_timeline([x.document for x in extractions], events, options.include)
        dates = collect_dates(extractions, events)
        timeline["dates"] = date_salience(dates)
    event_dates = {**{e.id: e.date for e in events if e.date}, **{p.key: p.date for p in parties if p.date}}
    media = {e.medium for e in events if e.medium}
    renders: dict[str, Callable[[], Iterable[str]]] = {
        "timeline.json": lambda: indented_pieces(timeline),
        "graph.json": lambda: indented_pieces(graph_json(graph)),
        "graph.graphml": lambda: [graphml_text(graph)],
        "graph.gexf": lambda: [gexf_text(graph)],
        "nodes.csv": lambda: [nodes_csv(graph)],
        "edges.csv": lambda: [edges_csv(graph)],
        "events.csv": lambda: [events_csv(events, timeline["documents"])],
        "timelinejs.json": lambda: indented_pieces(timelinejs(timeline)),
        "graph.html": lambda: graph_page_pieces(graph, timeline["documents"], event_dates, options.max_page_nodes,
                                                media=media),
        "timeline.html": lambda: timeline_page_pieces(timeline),
    }
    if options.top_dates:
        summary = timeline_summary(dates, options.top_dates)
        renders["timeline_summary.json"] = lambda: indented_pieces(summary)
    return Assembled(graph, timeline, renders)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    options: BuildOptions | None = None,
    on_read: Callable[[Corpus], None] | None = None,
) -> BuildReport:
    """``on_read(corpus)``, when given, is called once the inputs are read, before the
    (long) processing: the command line prints what was skipped there."""
    options = options or BuildOptions()
    with output_lock(Path(out_dir)):
        report = process(inputs, options, on_read, exclude=Path(out_dir), render=False)
        if report.assembled is not None:
            # each output rendered and written in turn, never all at once
            with _timed(report.timings, "export"), _without_cycle_collection():
                report.written = [str(path) for path in write_outputs(Path(out_dir), report.assembled.renders)]
        return report


def process(
    inputs: Sequence[str | Path], options: BuildOptions, on_read: Callable[[Corpus], None] | None = None,
    exclude: Path | None = None, render: bool = True,
) -> BuildReport:
    """:func:`build` without writing: every output rendered in ``report.assembled.files``
    (None when nothing was processed, or ``strict`` found a problem; with ``render``
    false, the outputs are left to render). ``exclude`` is a folder not to read (the
    output folder)."""
    timings: dict[str, float] = {}
    with _timed(timings, "read"):
        corpus = read_corpus(inputs, exclude=exclude, cache=options.cache_dir)
    if on_read is not None:
        on_read(corpus)
    report = BuildReport(corpus, timings=timings)
    if not corpus.documents or (options.strict and (corpus.skipped or corpus.warnings)):
        return report
    with _timed(timings, "extract"):
        try:
            extractions = extract_corpus(corpus, options, report)
        except ExecutorError:
            raise
        except Exception:  # one document broke a pipeline component: find it and go on without it
            extractions = _extract_one_by_one(corpus, options, report)
    report.processed = len(extractions)
    if not extractions or (options.strict and report.failed):
        return report
    with _without_cycle_collection():
        report.assembled = assemble_all(extractions, options, timings)
        del extractions  # the largest thing held, and no output needs it now
        if render:
            with _timed(timings, "export"):
                report.assembled.files  # noqa: B018 (renders every output, kept on the object)
    return report
