"""Affiliations across the corpus: every document's roles and the entity assignment in,
one :class:`Affiliation` per person, organisation and normalised role out.

A role joins the entity its person mention resolved to with the entity of its
organisation mention, or with the country entity of its ``country_code``;
roles whose two ends are not a person and a non-person entity are dropped.
The same person, organisation and role stated in several sentences or
documents is one affiliation with every piece of evidence; it is ``past``
when any of them says so ("former").
"""
from __future__ import annotations

from collections import defaultdict

from kg.records import Affiliation, DocumentExtraction, Entity
from kg.resolve.entities import MentionRef


def resolve_affiliations(extractions: list[DocumentExtraction], assignment: dict[MentionRef, str],
                         entities: list[Entity]) -> list[Affiliation]:
    kinds = {e.id: e.type for e in entities}
    countries = {e.country_code: e.id for e in entities if e.country_code}
    merged: dict[tuple[str, str, str], Affiliation] = {}
    sentences: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc = extraction.document.id
        for role in extraction.roles:
            person = assignment.get((doc, role.person))
            target = (assignment.get((doc, role.organisation)) if role.organisation is not None
                      else countries.get(role.country_code))
            if person is None or target is None or kinds.get(person) != "PERSON" or kinds.get(target) == "PERSON":
                continue
            key = (person, target, role.role)
            found = merged.setdefault(key, Affiliation(person, target, role.role, [], "current", [], [], []))
            if role.text not in found.written:
                found.written.append(role.text)
            if role.qualifier and role.qualifier.lower() not in found.qualifiers:
                found.qualifiers.append(role.qualifier.lower())
            if role.time == "past":
                found.time = "past"
            sentence = extraction.sentences[role.sentence].text
            if (doc, sentence) not in sentences[key]:
                sentences[key].add((doc, sentence))
                found.evidence.append({"doc": doc, "sentence": sentence})
            if doc not in found.documents:
                found.documents.append(doc)
    return [merged[key] for key in sorted(merged)]
