"""The build: input paths in, output files out, stage by stage.

``build(inputs, out_dir, options)`` reads the documents, extracts each one
(from the cache when it has an entry, else through the spaCy pipeline — in this
process, a pool of worker processes or a Dask cluster, see :mod:`kg.workers`),
resolves entities and events across the corpus, builds the graph and the
timeline and writes every output file atomically. It returns a
:class:`BuildReport` with the time each stage took.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from tqdm import tqdm

from kg.build.dates import collect_dates, date_salience, timeline_summary
from kg.build.graph import build_graph
from kg.build.timeline import FACTUAL, build_timeline
from kg.cache import ExtractionCache, pipeline_version
from kg.export.files import atomic_write, graph_json, graphml_text, to_json
from kg.export.pages import graph_page
from kg.read import Corpus, read_corpus
from kg.records import DocumentExtraction
from kg.resolve.entities import resolve_entities
from kg.resolve.events import resolve_events
from kg.workers import extract_in_order

PROGRESS_MIN_DOCUMENTS = 5
STAGES = ("read", "extract", "resolve", "build", "export")


@dataclass
class BuildOptions:
    model: str | None = None
    include: tuple[str, ...] = FACTUAL
    quiet: bool = False
    jobs: int = 1  # worker processes for extraction
    cache_dir: str | Path | None = None  # per-document extraction cache; None: no cache
    executor: str = "local"  # or "dask"
    scheduler: str | None = None  # dask scheduler address
    top_dates: int = 0  # > 0: also write timeline_summary.json with that many dates


@dataclass
class BuildReport:
    corpus: Corpus
    processed: int = 0
    written: list[str] = field(default_factory=list)
    cached: int = 0  # extractions taken from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (STAGES)


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def extract_corpus(corpus: Corpus, options: BuildOptions, report: BuildReport | None = None) -> list[DocumentExtraction]:
    """One extraction per document of ``corpus``, in its order: cached ones read
    back, the rest computed (see :mod:`kg.workers`) and added to the cache."""
    documents = corpus.documents
    results: list[DocumentExtraction | None] = [None] * len(documents)
    cache = None
    if options.cache_dir is not None:
        from kg.annotate import model_fingerprint

        cache = ExtractionCache(options.cache_dir, pipeline_version(model_fingerprint(options.model)))
        for index, document in enumerate(documents):
            results[index] = cache.get(document)
    todo = [i for i, extraction in enumerate(results) if extraction is None]
    if report is not None:
        report.cached = len(documents) - len(todo)
    progress = None
    if not options.quiet and len(todo) > PROGRESS_MIN_DOCUMENTS:
        progress = tqdm(total=len(todo), desc="documents", unit="doc", file=sys.stderr)
    try:
        computed = extract_in_order(
            [documents[i] for i in todo], options.model, options.jobs, options.executor, options.scheduler,
            advance=progress.update if progress else lambda n: None,
        )
        for index, extraction in zip(todo, computed):
            results[index] = extraction
            if cache is not None:
                cache.put(extraction)
    finally:
        if progress is not None:
            progress.close()
    return results  # type: ignore[return-value]


def assemble(
    extractions: list[DocumentExtraction], options: BuildOptions, timings: dict[str, float] | None = None
) -> dict[str, str]:
    """Resolve, build and render: extractions in, ``{file name: text}`` out."""
    with _timed(timings, "resolve"):
        entities, assignment = resolve_entities(extractions)
        events = resolve_events(extractions, assignment, {e.id: e.label for e in entities})
    with _timed(timings, "build"):
        graph = build_graph(entities, events)
        timeline = build_timeline([x.document for x in extractions], events, options.include)
        dates = collect_dates(extractions, events)
        timeline["dates"] = date_salience(dates)
        summary = timeline_summary(dates, options.top_dates) if options.top_dates else None
    with _timed(timings, "export"):
        files = {
            "timeline.json": to_json(timeline),
            "graph.json": to_json(graph_json(graph)),
            "graph.graphml": graphml_text(graph),
            "graph.html": graph_page(graph),
        }
        if summary is not None:
            files["timeline_summary.json"] = to_json(summary)
    return files


def build(inputs: Sequence[str | Path], out_dir: str | Path, options: BuildOptions | None = None) -> BuildReport:
    options = options or BuildOptions()
    timings: dict[str, float] = {}
    with _timed(timings, "read"):
        corpus = read_corpus(inputs)
    report = BuildReport(corpus, timings=timings)
    if not corpus.documents:
        return report
    with _timed(timings, "extract"):
        extractions = extract_corpus(corpus, options, report)
    report.processed = len(extractions)
    files = assemble(extractions, options, timings)
    out = Path(out_dir)
    with _timed(timings, "export"):
        for name, text in files.items():
            atomic_write(out / name, text)
            report.written.append(str(out / name))
    return report
