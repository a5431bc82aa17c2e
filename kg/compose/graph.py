"""The knowledge graph: entities and timeline events in, a ``networkx.MultiDiGraph`` out.

Nodes are entities (``label``, ``type``, ``aliases``, ``mentions``,
``documents``, ``country_code``, ``actor``). ``actor`` is false for a place —
a GPE that is no country, a LOC or a FAC — that is the actor of no event in the
texts (whatever its factuality): "the Dnieper River", "Kherson" where it is only
fought over. Such a node is a place the actors are linked to, not an actor;
it stays in the graph. Edges:

- ``kind="relation"``: actor → recipient of an event, with ``relation`` (event
  type), ``quad_class``, ``verb``, ``title``, ``date``, ``factuality``,
  ``event`` (timeline id), ``evidence`` (``[{"doc", "sentence"}]``) and
  ``documents``; a statement with no recipient goes to what it is about (its ``topic``
  participants: "Hague said Assad must step down"); agreements, talks and cooperation with several parties and no
  recipient link every pair of parties (``symmetric: true``, lower id first).
  A reported event also links its speaker (``speaker_id``: "Gaddafi said NATO had
  bombed Tripoli") to each of its actors and recipients that the report names
  (``speaker_about``: not a pronoun or description) but an outlet ("…, AP notes"),
  unless the speaker is one of them:
  a ``STATEMENT`` relation, what the speaker said is about them, with the reported event's verb, title, date, evidence
  and ``event`` (key ``said:<event>:<speaker>:<target>``).
  Only asserted and reported events give edges unless ``include`` says otherwise.
- ``kind="affiliation"``: person → organisation or country they hold a role in
  (:mod:`kg.resolve.roles`), with ``role`` (normalised: "foreign minister"),
  ``written`` (the role words as the texts give them), ``time`` (``past`` or
  ``current``), ``qualifiers`` ("former" …), ``evidence`` and ``documents``.
- ``kind="party"``: a party → the named agreement, law, war or event it is party
  to (:mod:`kg.resolve.parties`), with ``roles``, ``date``, ``evidence`` and ``documents``.
- ``kind="acted_in"``: actor → the place where an event it did happened (the
  event's ``location`` participant: "Ukraine defeated them in Kharkiv"), with the
  attributes of a relation edge; the same events as relation edges.
- ``kind="located_in"``: a place → the country it lies in, as a text states it
  (:mod:`kg.resolve.places`), with ``cues``, ``evidence`` and ``documents``.
- ``kind="tie"``: a lasting tie the texts state without an event ("Iran, Syria's
  closest ally", :mod:`kg.resolve.ties`), with ``tie`` (ally, partner, rival, enemy,
  neighbour, subsidiary), ``symmetric``, ``evidence`` and ``documents``.

>>> g = compose_graph([], [])
>>> g.number_of_nodes()
0
"""
from __future__ import annotations

import networkx as nx

from kg.extract.factuality import is_outlet
from kg.records import FACTUAL, TOPIC_ROLE, Affiliation, Containment, Entity, Party, Tie, TimelineEvent
from kg.resources import load_json

#: a place that is no country is an actor only where a text has it do something
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _evidence(event: TimelineEvent) -> list[dict]:
    return [{"doc": s.doc, "sentence": s.sentence} for s in event.sources]


def _event_attributes(event: TimelineEvent, mutual: bool | None = None) -> dict:
    """What a relation edge (``mutual`` given) and an acted_in edge (without) say of their event."""
    relation = mutual is not None
    return {"relation": event.type, **({"quad_class": event.quad_class} if relation else {}),
            "verb": event.trigger, "title": event.title, "date": event.date.value if event.date else None,
            "factuality": event.factuality, **({"symmetric": mutual} if relation else {}),
            "event": event.id, "evidence": _evidence(event), "documents": sorted({s.doc for s in event.sources})}


def _pairs(event: TimelineEvent, symmetric: set[str]) -> list[tuple[str, str, bool]]:
    """(source, target, symmetric) pairs: actor → recipient; for agreements, talks and
    cooperation without a recipient, every pair of parties (in id order)."""
    doers = [a.id for a in event.actors if a.role == "actor"]
    receivers = [a.id for a in event.actors if a.role == "recipient"]
    if not receivers and event.type == "STATEMENT":
        receivers = [a.id for a in event.actors if a.role == TOPIC_ROLE]  # "Hague said Assad must step down"
    pairs = [(d, r, False) for d in doers for r in receivers if d != r]
    if not receivers and event.type in symmetric:
        parties = sorted({a.id for a in event.actors if a.role in ("actor", "participant")})
        pairs = [(a, b, True) for i, a in enumerate(parties) for b in parties[i + 1 :]]
    return pairs


def _said_about(event: TimelineEvent) -> list[str]:
    """Whom what a reported event's speaker said is about: the actors and recipients its report
    names (``speaker_about``: not "he" or "it", not where it happened); none when the speaker
    is one of the event's actors or recipients ("Gaddafi said he had ordered the army into
    Benghazi"): the event's own edge links the two already."""
    parties = {a.id for a in event.actors if a.role in ("actor", "recipient")}
    if event.speaker_id is None or event.speaker_id in parties:
        return []
    return event.speaker_about


def _places(event: TimelineEvent) -> list[tuple[str, str]]:
    """(actor, place) pairs: who did it and where the text says it happened ("defeated them in
    Kharkiv"). Only actors: a recipient may be elsewhere ("struck Tripoli from the sea")."""
    doers = sorted({a.id for a in event.actors if a.role == "actor"})
    places = sorted({a.id for a in event.actors if a.role == "location"})
    return [(d, p) for d in doers for p in places if d != p]


def compose_graph(
    entities: list[Entity], events: list[TimelineEvent], include: tuple[str, ...] = FACTUAL,
    affiliations: list[Affiliation] = (), parties: list[Party] = (), places: list[Containment] = (),
    ties: list[Tie] = (),
) -> nx.MultiDiGraph:
    """Entity nodes, ``relation`` edges for the events whose factuality is in
    ``include`` (by default asserted and reported, like the timeline),
    ``affiliation``, ``party``, ``located_in`` and ``tie`` edges."""
    graph = nx.MultiDiGraph()
    doers = {a.id for event in events for a in event.actors if a.role == "actor"}
    for entity in entities:
        graph.add_node(
            entity.id,
            label=entity.label,
            type=entity.type,
            aliases=entity.aliases,
            mentions=entity.mentions,
            documents=entity.documents,
            country_code=entity.country_code,
            actor=entity.type not in PLACE_TYPES or bool(entity.country_code) or entity.id in doers,
        )
    symmetric = set(load_json("events.json")["symmetric_types"])
    statement_class = load_json("events.json")["types"]["STATEMENT"]["quad_class"]
    labels, kinds = {e.id: e.label for e in entities}, {e.id: e.type for e in entities}
    for event in events:
        if event.factuality not in include:
            continue
        for source, target, mutual in _pairs(event, symmetric):
            if source not in graph or target not in graph:
                continue
            graph.add_edge(source, target, key=f"{event.id}:{source}:{target}", kind="relation",
                           **_event_attributes(event, mutual))
        for target in _said_about(event):
            if event.speaker_id not in graph or target not in graph or is_outlet(labels[target], kinds[target]):
                continue  # an outlet among the parties only carried the report ("…, AP notes")
            graph.add_edge(event.speaker_id, target, key=f"said:{event.id}:{event.speaker_id}:{target}", kind="relation",
                           **{**_event_attributes(event, False), "relation": "STATEMENT", "quad_class": statement_class})
        for actor, place in _places(event):
            if actor not in graph or place not in graph:
                continue
            graph.add_edge(actor, place, key=f"acted_in:{event.id}:{actor}:{place}", kind="acted_in",
                           **_event_attributes(event))
    for affiliation in affiliations:  # roles: kg.resolve.roles
        graph.add_edge(
            affiliation.person,
            affiliation.organisation,
            key=f"affiliation:{affiliation.person}:{affiliation.organisation}:{affiliation.role}",
            kind="affiliation",
            role=affiliation.role,
            written=affiliation.written,
            time=affiliation.time,
            qualifiers=affiliation.qualifiers,
            evidence=affiliation.evidence,
            documents=affiliation.documents,
        )
    for party in parties:  # parties to named agreements and events: kg.resolve.parties
        graph.add_edge(party.party, party.named, key=party.key, kind="party", roles=party.roles,
                       date=party.date.value if party.date else None, evidence=party.evidence, documents=party.documents)
    for place in places:  # places in countries: kg.resolve.places
        graph.add_edge(place.place, place.container, key=place.key, kind="located_in", cues=place.cues,
                       evidence=place.evidence, documents=place.documents)
    for tie in ties:  # lasting ties stated without an event: kg.resolve.ties
        graph.add_edge(tie.source, tie.target, key=tie.key, kind="tie", tie=tie.tie, symmetric=tie.symmetric,
                       evidence=tie.evidence, documents=tie.documents)
    return graph
