"""kg from Python: articles or a build's outputs in, a :class:`Corpus` to question out.

``kg.build(inputs, **options)`` runs the pipeline of ``kg build`` (same outputs,
same bytes) and keeps the result in memory; ``kg.load(out_dir)`` reads a build back
from its ``timeline.json`` and ``graph.json`` without running anything (no spaCy).
A :class:`Corpus` holds the graph (``networkx.MultiDiGraph``), the events and the
actors as records, and the documents; it answers "what did this actor do, between
these days, to whom, according to which sentences", draws itself in a notebook
(the same pages as the files, inline), gives a pyvis network or pandas frames, and
saves the outputs.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import networkx as nx

from kg.export.events_table import chronological, event_row
from kg.export.files import OUTPUT_NAMES
from kg.export.notebook import inline_page
from kg.query import find_actors, select
from kg.records import Entity, TimelineEvent

if TYPE_CHECKING:
    import pandas
    from pyvis.network import Network

    from kg.run import BuildReport

GRAPH_HEIGHT = 650  # pixels of a graph page inline in a notebook
TIMELINE_HEIGHT = 520
TIMELINE_LISTS = ("events", "undated", "other")  # timeline.json's lists of events


class BuildFailed(Exception):
    """``kg.build`` processed no document (or ``strict`` found a problem); ``report`` says why."""

    def __init__(self, message: str, report: BuildReport):
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class DocumentInfo:
    """A document of the build as ``timeline.json`` lists it (no text): where it came from,
    its title, publication date (``YYYY-MM-DD`` or ``YYYY-MM``), URL and outlet."""

    id: str
    path: str
    title: str
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    outlet: str | None = None

    @property
    def published_day(self) -> date | None:
        """``published`` as a day; None when unknown or only a month."""
        return date.fromisoformat(self.published) if self.published and len(self.published) == 10 else None


@dataclass(frozen=True)
class Citation:
    """One sentence that reports an event, with its document and character offsets in it."""

    document: DocumentInfo
    sentence: str
    start: int
    end: int


class Frames(NamedTuple):
    """pandas frames of a corpus: ``events`` (the columns of ``events.csv``, days as
    ``datetime64``), ``actors`` and ``documents``."""

    events: pandas.DataFrame
    actors: pandas.DataFrame
    documents: pandas.DataFrame


class Corpus:
    """A built or loaded kg corpus: the graph, the events, the actors and the documents.

    Get one from :func:`kg.build` or :func:`kg.load`. ``events`` are every event of the
    timeline (dated ones in chronological order, then the undated), whatever their
    factuality; ``entities`` are the graph's actors.

    Examples
    --------
    >>> import kg
    >>> corpus = kg.load("outputs")
    >>> russia = corpus.entity("Russia")
    >>> russia.type, len(corpus.events_of("russia")) > 0
    ('GPE', True)
    >>> february = corpus.between("2022-02-01", "2022-02-28")
    >>> all(date(2022, 2, 1) <= e.date.first_day <= e.date.last_day <= date(2022, 2, 28) for e in february)
    True
    """

    def __init__(self, graph: nx.MultiDiGraph, timeline: dict, files: dict[str, str] | None = None,
                 folder: Path | None = None, report: BuildReport | None = None):
        self.graph = graph
        self.timeline = timeline
        self.report = report  # what kg.build read, skipped and timed; None for a loaded corpus
        self._files = files
        self._folder = folder
        self.events: list[TimelineEvent] = chronological(
            TimelineEvent.from_dict(e) for name in TIMELINE_LISTS for e in timeline.get(name, []))
        self.entities: list[Entity] = [
            Entity(id=node, label=d["label"], type=d["type"], aliases=d.get("aliases", []),
                   mentions=d.get("mentions", 1), documents=d.get("documents", []), country_code=d.get("country_code"))
            for node, d in sorted(graph.nodes(data=True))
        ]
        known = {f.name for f in fields(DocumentInfo)}
        self.documents: list[DocumentInfo] = [
            DocumentInfo(**{k: v for k, v in d.items() if k in known}) for d in timeline.get("documents", [])]
        self._documents_by_id = {d["id"]: d for d in timeline.get("documents", [])}
        self._events_by_id = {e.id: e for e in self.events}

    def __repr__(self) -> str:
        return (f"<kg.Corpus: {len(self.documents)} documents, {len(self.entities)} actors, "
                f"{len(self.events)} events, {self.graph.number_of_edges()} edges>")

    # Questions

    def entity(self, actor: str) -> Entity:
        """The actor with this id or name (case-insensitive; else an alias): the most mentioned when several are.
        Raises :class:`kg.query.UnknownActor`."""
        return max(find_actors(self.entities, actor), key=lambda e: (e.mentions, e.id))

    def event(self, event_id: str) -> TimelineEvent:
        """The event with this id (``ev-…``); KeyError when there is none."""
        return self._events_by_id[event_id]

    def query(self, actors: Sequence[str] = (), types: Iterable[str] = (), start: date | str | None = None,
              end: date | str | None = None, factuality: Iterable[str] = ()) -> list[TimelineEvent]:
        """Events, in order, that involve every one of ``actors`` (ids or names, any actor of that
        name), have one of ``types`` and of ``factuality`` (empty: any), and whose date lies
        wholly between ``start`` and ``end`` (days, inclusive): see :func:`kg.query.select`."""
        groups = [{e.id for e in find_actors(self.entities, name)} for name in actors]
        return select(self.events, groups, types, start, end, factuality)

    def events_of(self, actor: str) -> list[TimelineEvent]:
        """The events ``actor`` (id or name, case-insensitive) takes part in, in order."""
        return self.query(actors=[actor])

    def between(self, start: date | str | None, end: date | str | None) -> list[TimelineEvent]:
        """The events whose whole date lies between the days ``start`` and ``end`` (inclusive)."""
        return self.query(start=start, end=end)

    def relations(self, a: str, b: str) -> list[dict[str, Any]]:
        """Every edge between actors ``a`` and ``b``, either way (relations, acted_in, affiliations,
        parties, located_in, ties), as ``graph.json`` gives it: ``source``, ``target``, ``key`` and the attributes."""
        first = {e.id for e in find_actors(self.entities, a)}
        second = {e.id for e in find_actors(self.entities, b)}
        found = [{"source": s, "target": t, "key": k, **d} for s, t, k, d in self.graph.edges(keys=True, data=True)
                 if (s in first and t in second) or (s in second and t in first)]
        return sorted(found, key=lambda edge: (edge.get("date") or "", edge["key"]))

    def document(self, document_id: str) -> DocumentInfo:
        """The document with this id; KeyError when there is none."""
        data = self._documents_by_id[document_id]
        return DocumentInfo(**{f.name: data.get(f.name) for f in fields(DocumentInfo)})

    def sources(self, event: TimelineEvent | str) -> list[Citation]:
        """The sentences that report ``event`` (a record or an id), each with its document."""
        record = self.event(event) if isinstance(event, str) else event
        return [Citation(self.document(s.doc), s.sentence, s.start, s.end) for s in record.sources]

    # Outputs

    def files(self) -> dict[str, str]:
        """Every output of the build, by file name, as ``kg build`` writes it."""
        if self._files is None:
            assert self._folder is not None  # a corpus comes from a build (files) or a folder
            self._files = {path.name: path.read_text("utf-8") for path in sorted(self._folder.iterdir())
                           if path.name in OUTPUT_NAMES and path.is_file()}
        return self._files

    def save(self, out_dir: str | Path) -> list[Path]:
        """Write the outputs to ``out_dir`` as ``kg build --out`` does (one set, swapped in); return their paths."""
        from kg.export.files import output_lock, write_outputs

        with output_lock(Path(out_dir)):
            return write_outputs(Path(out_dir), self.files())

    def to_frames(self) -> Frames:
        """pandas DataFrames (``pip install 'kg[pandas]'``): events in a GDELT-like shape, actors, documents."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_frames needs pandas: pip install 'kg[pandas]'") from None
        events = pd.DataFrame([event_row(e, self._documents_by_id) for e in self.events])
        for column in ("date_start", "date_end"):
            events[column] = pd.to_datetime(events[column], format="ISO8601")
        actors = pd.DataFrame([{"id": e.id, "label": e.label, "type": e.type, "mentions": e.mentions,
                                "documents": len(e.documents), "country_code": e.country_code,
                                "degree": self.graph.degree(e.id)} for e in self.entities])
        documents = pd.DataFrame([vars(d) for d in self.documents])
        return Frames(events, actors, documents)

    def to_pyvis(self, max_nodes: int | None = None, **network_options) -> Network:
        """The graph as a ``pyvis.network.Network`` (its ``max_nodes`` most important actors);
        ``network_options`` go to ``Network`` (``notebook=True``, ``height="700px"`` …)."""
        from kg.export.notebook import PYVIS_MAX_NODES, pyvis_network

        return pyvis_network(self.graph, max_nodes or PYVIS_MAX_NODES, **network_options)

    # Display

    def show(self, actor: str | None = None, hops: int = 1) -> View:
        """The graph and timeline pages to display in a notebook: of the whole corpus, or
        of ``actor``'s neighbourhood (actors at most ``hops`` links away) and its events."""
        if actor is None:
            files = self.files()
            return View(files["graph.html"], files["timeline.html"], self.graph, self.events)
        from kg.export.pages import graph_page, timeline_page

        centre = {e.id for e in find_actors(self.entities, actor)}
        near = set(centre)
        undirected = self.graph.to_undirected(as_view=True)
        for node in centre:
            near |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=hops))
        graph = self.graph.subgraph(near).copy()
        events = self.query(actors=[actor])
        kept = {e.id for e in events}
        timeline = {**{name: [e for e in self.timeline.get(name, []) if e["id"] in kept] for name in TIMELINE_LISTS},
                    "documents": self.timeline.get("documents", [])}
        # The pages bound each relation by its event's date; a party edge has only its TIMEX value here.
        dates = {e.id: e.date for e in self.events if e.date}
        title = f"kg: {self.entity(actor).label}"
        return View(graph_page(graph, timeline["documents"], dates, max(graph.number_of_nodes(), 1), title),
                    timeline_page(timeline, title), graph, events)

    def _repr_html_(self) -> str:
        return self.show()._repr_html_()


@dataclass
class View:
    """What :meth:`Corpus.show` gives: the two pages (HTML text), the graph and the events they show.
    In a notebook it displays the pages inline."""

    graph_html: str
    timeline_html: str
    graph: nx.MultiDiGraph
    events: list[TimelineEvent]

    def _repr_html_(self) -> str:
        return inline_page(self.graph_html, GRAPH_HEIGHT) + inline_page(self.timeline_html, TIMELINE_HEIGHT)


def build(inputs: str | Path | Sequence[str | Path], out: str | Path | None = None, **options: Any) -> Corpus:
    """Run kg on ``inputs`` (files or folders) and return the :class:`Corpus`; ``options``
    are :class:`kg.run.BuildOptions` fields (``model``, ``include``, ``jobs``, ``cache_dir``, …).
    With ``out``, the outputs are also written there, as ``kg build --out`` writes them.
    Raises :class:`BuildFailed` when no document could be processed.

    Examples
    --------
    >>> import kg
    >>> corpus = kg.build("seeds", quiet=True)  # doctest: +SKIP
    >>> corpus.files()["graph.json"] == open("outputs/graph.json").read()  # doctest: +SKIP
    True
    """
    from kg.run import BuildOptions, process
    from kg.run import build as build_into

    if "include" in options:
        options["include"] = tuple(options["include"])
    settings = BuildOptions(**options)
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    report = build_into(paths, out, settings) if out is not None else process(paths, settings)
    if report.assembled is None:
        problems = [str(p) for p in (*report.corpus.skipped, *report.failed)]
        raise BuildFailed("no document could be processed" + (": " + "; ".join(problems[:5]) if problems else ""),
                          report)
    return Corpus(report.assembled.graph, report.assembled.timeline, report.assembled.files, report=report)


def load(out_dir: str | Path) -> Corpus:
    """Read the outputs of a build (``timeline.json`` and ``graph.json``) back as a :class:`Corpus`.

    Examples
    --------
    >>> import kg
    >>> corpus = kg.load("outputs")
    >>> corpus.graph.number_of_nodes() == len(corpus.entities)
    True
    """
    folder = Path(out_dir)
    timeline = json.loads((folder / "timeline.json").read_text("utf-8"))
    data = json.loads((folder / "graph.json").read_text("utf-8"))
    graph = nx.node_link_graph(data, edges="edges" if "edges" in data else "links")  # "links": builds before version 2
    return Corpus(graph, timeline, folder=folder)


__all__ = ["BuildFailed", "Citation", "Corpus", "DocumentInfo", "Frames", "View", "build", "load"]
