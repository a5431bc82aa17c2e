"""Running extraction: documents in, their :class:`DocumentExtraction` records out, in input order.

``extract_in_order(documents, model, jobs, executor, scheduler)`` picks how:

- in this process (``jobs=1``, or too few documents to share out);
- ``executor="local"``, ``jobs>1``: a pool of ``jobs`` worker processes;
- ``executor="dask"``: the tasks of an existing dask.distributed cluster at
  ``scheduler`` (``pip install kg[dask]``).

Documents travel to the workers in chunks (longest first, see :func:`plan`)
and come back as extractions (small dataclasses), never as parsed ``Doc``
objects; results are yielded in the order of ``documents`` whatever order the
chunks finish in, so the outputs cannot depend on the number of workers or on
timing. Extraction of one document
does not depend on any other, so every way gives the same records.

Each worker process loads the spaCy pipeline once (:func:`worker_pipeline`)
and keeps it for all its chunks: loading takes about as long as parsing a
dozen articles, so it must not happen per task.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager

from kg.records import Document, DocumentExtraction

CHUNK_DOCUMENTS = 16  # at most this many documents per task; fewer documents than this are not shared out
EXECUTORS = ("local", "dask")

# The per-process pipelines of worker processes, by model name. A worker is
# started for one build, loads its pipeline once in the initialiser (local
# pool) or on its first task (dask) and reuses it for every later chunk.
_PIPELINES: dict = {}
_PIPELINE_LOCK = threading.Lock()


class ExecutorError(RuntimeError):
    """The chosen executor cannot run: dask not installed, scheduler unreachable."""


def worker_pipeline(model: str | None):
    """This process's pipeline for ``model``, loaded on first use."""
    with _PIPELINE_LOCK:
        if model not in _PIPELINES:
            from kg.nlp import load_pipeline

            _PIPELINES[model] = load_pipeline(model)
        return _PIPELINES[model]


@contextmanager
def _collector_skips_pipeline() -> Iterator[None]:
    """Keep the cycle collector off the objects that exist now — the loaded pipeline's
    (about 150,000) — until the block ends. Extraction makes enough objects for the collector
    to walk every tracked object now and then, and walking the pipeline's was about 1 % of
    the extraction's CPU time on 80 Timeline17 articles; the extraction's own objects are
    still collected. Afterwards the pipeline's objects are collectable again (a build drops
    its pipeline when extraction ends)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start_worker(model: str | None) -> None:
    """Pool initialiser: Ctrl-C is the parent's to handle (it stops the pool and keeps
    the previous outputs); a worker that took it too would print a traceback. The worker
    keeps its pipeline to the end, so the collector is kept off it for good (see
    :func:`_collector_skips_pipeline`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_pipeline(model)
    gc.freeze()


def extract_chunk(documents: list[Document], model: str | None) -> list[DocumentExtraction]:
    """One task: a chunk of documents through this process's pipeline.

    The lock also keeps two threads of one dask worker from running the same
    pipeline at once."""
    from kg.extract import extract_documents

    nlp = worker_pipeline(model)
    with _PIPELINE_LOCK:
        return list(extract_documents(nlp, documents))


def plan(documents: Sequence[Document], workers: int) -> list[list[int]]:
    """Document indexes in chunks, longest documents first, each chunk about
    1/(8·workers) of the text and at most :data:`CHUNK_DOCUMENTS` documents.

    Handing out the longest work first and many small chunks keeps every worker
    busy to the end, even when one article is a hundred times longer than most.

    >>> docs = [Document(str(i), "", "x" * n) for i, n in enumerate([1, 9, 1, 1])]
    >>> plan(docs, 1)
    [[1], [0, 2], [3]]
    """
    order = sorted(range(len(documents)), key=lambda i: (-len(documents[i].text), i))
    target = sum(len(d.text) for d in documents) / (workers * 8)
    parts: list[list[int]] = []
    chars = 0
    for index in order:
        if not parts or chars >= target or len(parts[-1]) == CHUNK_DOCUMENTS:
            parts.append([])
            chars = 0
        parts[-1].append(index)
        chars += len(documents[index].text)
    return parts


def _in_order(documents, results, advance) -> Iterator[DocumentExtraction]:
    """Place each finished chunk's extractions at their documents' positions; yield them in input order."""
    placed: list[DocumentExtraction | None] = [None] * len(documents)
    for part, extractions in results:
        for index, extraction in zip(part, extractions, strict=False):
            placed[index] = extraction
        advance(len(part))
    yield from placed  # type: ignore[misc]


def _local_pool(documents, model, jobs, advance) -> Iterator[DocumentExtraction]:
    # "spawn": workers start clean (no copy of the parent's threads or locks) on every platform.
    context = multiprocessing.get_context("spawn")
    parts = plan(documents, jobs)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                             initargs=(model,)) as pool:
        futures = {pool.submit(extract_chunk, [documents[i] for i in part], model): part for part in parts}
        try:
            done = ((futures[f], f.result()) for f in as_completed(futures))
            yield from _in_order(documents, done, advance)
        finally:
            for future in futures:
                future.cancel()


def _dask(documents, model, scheduler, advance) -> Iterator[DocumentExtraction]:
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError(
            "--executor dask needs dask.distributed: pip install 'kg[dask]'"
        ) from None
    if not scheduler:
        raise ValueError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        client = Client(scheduler, set_as_default=False)
    except OSError as err:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    try:
        parts = plan(documents, max(1, len(client.nthreads())))
        futures = client.map(extract_chunk, [[documents[i] for i in part] for part in parts], model=model,
                             pure=False)
        done = ((part, future.result()) for future, part in zip(futures, parts, strict=False))
        yield from _in_order(documents, done, advance)
    finally:
        client.close()


def extract_in_order(
    documents: Sequence[Document],
    model: str | None = None,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    advance: Callable[[int], object] = lambda n: None,
) -> Iterator[DocumentExtraction]:
    """One extraction per document, in the order of ``documents``.

    ``advance(n)`` is called as each ``n`` documents are done (progress)."""
    if executor == "dask":
        yield from _dask(documents, model, scheduler, advance)
    elif executor != "local":
        raise ValueError(f"unknown executor {executor!r}: choose from {', '.join(EXECUTORS)}")
    elif jobs > 1 and len(documents) > CHUNK_DOCUMENTS:
        yield from _local_pool(documents, model, jobs, advance)
    else:
        from kg.extract import extract_documents
        from kg.nlp import load_pipeline

        nlp = load_pipeline(model)
        with _collector_skips_pipeline():
            for extraction in extract_documents(nlp, documents):
                advance(1)
                yield extraction
