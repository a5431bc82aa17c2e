"""Ties: the ``tie`` links of every document and the entity assignment in, one :class:`Tie` per
pair of actors and tie out.

A tie link (:mod:`kg.extract.links`: "Iran, Syria's closest ally", "the Kremlin, its
partner", "Lockheed's rival Boeing") joins the entities of its two mentions. A symmetric
tie (ally, partner, rival, enemy, neighbour, as ``links.json`` says) goes from the lower
entity id to the higher, so that "Syria's ally Iran" and "Iran's ally Syria" are one
edge; a subsidiary points to its parent. Links whose two ends resolved to one entity are
dropped. The same tie stated in several sentences or documents is one tie with every
piece of evidence.
"""
from __future__ import annotations

from kg.records import DocumentExtraction, Tie
from kg.resolve.entities import MentionRef
from kg.resolve.evidence import add_evidence
from kg.resources import load_json


def _symmetric_ties() -> set[str]:
    return {entry["tie"] for key, entry in load_json("links.json")["tie_nouns"].items() if key != "_doc" and entry["symmetric"]}


def resolve_ties(extractions: list[DocumentExtraction], assignment: dict[MentionRef, str]) -> list[Tie]:
    symmetric = _symmetric_ties()
    merged: dict[tuple[str, str, str], Tie] = {}
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc = extraction.document.id
        for link in extraction.links:
            if link.kind != "tie" or link.target is None:
                continue
            source, target = assignment.get((doc, link.source)), assignment.get((doc, link.target))
            if source is None or target is None or source == target:
                continue
            mutual = link.role in symmetric
            if mutual:
                source, target = sorted((source, target))
            found = merged.setdefault((source, target, link.role), Tie(source, target, link.role, mutual, [], []))
            add_evidence(found, doc, extraction.sentences[link.sentence].text)
    return [merged[key] for key in sorted(merged)]
