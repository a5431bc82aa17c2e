"""Evidence of a merged edge record: a document and a sentence in, added once to the
record's ``evidence`` and ``documents`` lists (ties, places in countries, parties)."""
from __future__ import annotations

from typing import Protocol


class Evidenced(Protocol):
    evidence: list[dict[str, str]]
    documents: list[str]


def add_evidence(found: Evidenced, doc: str, sentence: str) -> None:
    """Record that ``sentence`` of document ``doc`` states ``found``, each piece once.

    >>> from kg.records import Tie
    >>> tie = Tie("gpe:iran", "gpe:syria", "ally", True, [], [])
    >>> for _ in range(2):
    ...     add_evidence(tie, "a", "Iran, Syria's closest ally, sent arms.")
    >>> tie.evidence, tie.documents
    ([{'doc': 'a', 'sentence': "Iran, Syria's closest ally, sent arms."}], ['a'])
    """
    evidence = {"doc": doc, "sentence": sentence}
    if evidence not in found.evidence:
        found.evidence.append(evidence)
    if doc not in found.documents:
        found.documents.append(doc)
