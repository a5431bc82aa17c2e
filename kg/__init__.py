"""kg: news articles in, a knowledge graph of actors and a timeline of dated events out.

From Python: ``kg.build(inputs, **options)`` runs the pipeline and ``kg.load(out_dir)``
reads a build back, both giving a :class:`kg.api.Corpus` (see ``docs/python.md``).
They are imported on first use, so ``import kg`` stays cheap (no spaCy).

Stages, in the order data flows through them:

- ``kg.read``      files and folders → :class:`kg.records.Document`
- ``kg.nlp``       loads the spaCy pipeline with kg's components added
- ``kg.extract``   one parsed document → :class:`kg.records.DocumentExtraction`
- ``kg.resolve``   all extractions → canonical entities and merged, dated events
- ``kg.compose``   entities and events → the graph and the timeline
- ``kg.export``    graph and timeline → JSON, GraphML, GEXF, CSV, HTML pages
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["BuildFailed", "Corpus", "__version__", "build", "load"]

if TYPE_CHECKING:
    from kg.api import BuildFailed, Corpus, build, load


def __getattr__(name: str):
    """``kg.build``, ``kg.load``, ``kg.Corpus`` and ``kg.BuildFailed`` from :mod:`kg.api`, imported when first used."""
    if name in __all__:
        import kg.api

        return getattr(kg.api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
