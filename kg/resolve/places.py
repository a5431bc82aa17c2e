"""Places in countries: the ``located_in`` links of every document and the entity assignment in,
one :class:`Containment` per place and country out.

A link (:mod:`kg.extract.links`) joins the entity of its place mention with the entity
of its container mention, or with the country entity of its ``country_code`` (a
nationality word: "the Ukrainian city of Kherson"). Links whose place resolved to a
country, or to the container itself, or whose container is not a place, are dropped:
a country lies in no country here. The same place and country stated in several
sentences or documents is one containment with every piece of evidence.
"""
from __future__ import annotations

from kg.records import Containment, DocumentExtraction, Entity
from kg.resolve.entities import MentionRef
from kg.resolve.evidence import add_evidence

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
CONTAINER_TYPES = frozenset({"GPE", "LOC"})


def resolve_places(extractions: list[DocumentExtraction], assignment: dict[MentionRef, str],
                   entities: list[Entity]) -> list[Containment]:
    by_id = {e.id: e for e in entities}
    countries = {e.country_code: e.id for e in entities if e.country_code}
    merged: dict[tuple[str, str], Containment] = {}
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc = extraction.document.id
        for link in extraction.links:
            if link.kind != "located_in":
                continue
            place = by_id.get(assignment.get((doc, link.source)))
            container = by_id.get(assignment.get((doc, link.target)) if link.target is not None
                                  else countries.get(link.country_code))
            if (place is None or container is None or place.id == container.id or place.country_code
                    or place.type not in PLACE_TYPES or container.type not in CONTAINER_TYPES):
                continue
            found = merged.setdefault((place.id, container.id), Containment(place.id, container.id, [], [], []))
            if link.role not in found.cues:
                found.cues = sorted([*found.cues, link.role])
            add_evidence(found, doc, extraction.sentences[link.sentence].text)
    return [merged[key] for key in sorted(merged)]
