"""Canonical entities: every mention of the corpus in, one :class:`Entity` per actor out.

``resolve_entities(extractions)`` returns the entities and a map from
``(document id, mention index)`` to entity id. Mentions are grouped on their
normalised key; a person's short name ("Putin") joins the one longer name that
ends with it ("Vladimir Putin") in the same document, or else in the corpus
when exactly one such name exists there.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg.records import DocumentExtraction, Entity

MentionRef = tuple[str, int]  # (document id, mention index)


def entity_id(label: str, kind: str) -> str:
    """A stable, readable id.

    >>> entity_id("Vladimir Putin", "PERSON")
    'person:vladimir-putin'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "x"
    return f"{kind.lower()}:{slug}"


def _fold(key: str) -> str:
    return re.sub(r"[^\w]+", " ", key.casefold()).strip()


def resolve_entities(extractions: list[DocumentExtraction]) -> tuple[list[Entity], dict[MentionRef, str]]:
    groups: dict[tuple[str, str], list[tuple[MentionRef, str, str]]] = defaultdict(list)
    person_names: dict[str, set[str]] = defaultdict(set)  # last word → folded full names
    for extraction in extractions:
        for mention in extraction.mentions:
            if mention.label == "PERSON" and " " in mention.key:
                person_names[_fold(mention.key).split()[-1]].add(_fold(mention.key))
    for extraction in extractions:
        doc_people: dict[str, set[str]] = defaultdict(set)
        for mention in extraction.mentions:
            if mention.label == "PERSON" and " " in mention.key:
                doc_people[_fold(mention.key).split()[-1]].add(_fold(mention.key))
        for index, mention in enumerate(extraction.mentions):
            folded = _fold(mention.key)
            if not folded:
                continue
            if mention.label == "PERSON" and " " not in folded:
                candidates = doc_people.get(folded) or person_names.get(folded, set())
                if len(candidates) == 1:
                    folded = next(iter(candidates))
            groups[(mention.label, folded)].append(((extraction.document.id, index), mention.text, mention.key))
    entities: list[Entity] = []
    assignment: dict[MentionRef, str] = {}
    keys_by_id: dict[str, tuple] = {}
    for (label, folded), members in sorted(groups.items()):
        surface = Counter(text for _, text, _ in members)
        keys = Counter(key for _, _, key in members if _fold(key) == folded)
        docs = sorted({ref[0] for ref, _, _ in members})
        name = max(keys, key=lambda k: (keys[k], k)) if keys else folded.title()
        ident = entity_id(name, label)
        if ident in keys_by_id:
            ident = f"{ident}-{len(keys_by_id)}"
        keys_by_id[ident] = (label, folded)
        entities.append(
            Entity(id=ident, label=name, type=label, aliases=sorted(surface), mentions=len(members), documents=docs)
        )
        for ref, _, _ in members:
            assignment[ref] = ident
    entities.sort(key=lambda e: e.id)
    return entities, assignment
