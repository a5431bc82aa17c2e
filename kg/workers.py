"""Running extraction: documents in, their :class:`DocumentExtraction` records out, in input order.

``extract_in_order(documents, model, jobs, executor, scheduler)`` picks how:

- in this process (``jobs=1``, or too few documents to share out);
- ``executor="local"``, ``jobs>1``: a pool of ``jobs`` worker processes;
- ``executor="dask"``: the tasks of an existing dask.distributed cluster at
  ``scheduler`` (``pip install kg[dask]``).

Documents travel to the workers in chunks and come back as extractions (small
dataclasses), never as parsed ``Doc`` objects; results are yielded in the
order of ``documents`` whatever order the chunks finish in, so the outputs
cannot depend on the number of workers or on timing. Extraction of one document
does not depend on any other, so every way gives the same records.

Each worker process loads the spaCy pipeline once (:func:`worker_pipeline`)
and keeps it for all its chunks: loading takes about as long as parsing a
dozen articles, so it must not happen per task.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence

from kg.records import Document, DocumentExtraction

CHUNK_DOCUMENTS = 16  # documents per task: one spaCy batch
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
            from kg.annotate import load_pipeline

            _PIPELINES[model] = load_pipeline(model)
        return _PIPELINES[model]


def extract_chunk(documents: list[Document], model: str | None) -> list[DocumentExtraction]:
    """One task: a chunk of documents through this process's pipeline.

    The lock also keeps two threads of one dask worker from running the same
    pipeline at once."""
    from kg.extract import extract_documents

    nlp = worker_pipeline(model)
    with _PIPELINE_LOCK:
        return list(extract_documents(nlp, documents))


def chunks(documents: Sequence[Document], workers: int) -> list[list[Document]]:
    """Split into chunks of at most :data:`CHUNK_DOCUMENTS`, small enough that
    every worker gets several (so none idles long at the end).

    >>> [len(c) for c in chunks([None] * 10, 2)]
    [2, 2, 2, 2, 2]
    """
    size = max(1, min(CHUNK_DOCUMENTS, -(-len(documents) // (workers * 4))))
    return [list(documents[i : i + size]) for i in range(0, len(documents), size)]


def _local_pool(documents, model, jobs, advance) -> Iterator[DocumentExtraction]:
    # "spawn": workers start clean (no copy of the parent's threads or locks) on every platform.
    context = multiprocessing.get_context("spawn")
    parts = chunks(documents, jobs)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=worker_pipeline,
                             initargs=(model,)) as pool:
        futures = [pool.submit(extract_chunk, part, model) for part in parts]
        try:
            for future in futures:
                extractions = future.result()
                advance(len(extractions))
                yield from extractions
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
        parts = chunks(documents, max(1, len(client.nthreads())))
        futures = client.map(extract_chunk, parts, model=model, pure=False)
        for future in futures:
            extractions = future.result()
            advance(len(extractions))
            yield from extractions
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
        from kg.annotate import load_pipeline
        from kg.extract import extract_documents

        for extraction in extract_documents(load_pipeline(model), documents):
            advance(1)
            yield extraction
