"""Coreference scores: gold clusters and system clusters of mention ids in, MUC, B³, CEAF-e and their CoNLL mean out.

A cluster is a set of hashable mention ids; the two sides may hold different
mentions (a system mention missing from the gold side, or the reverse, counts
against precision, or recall, as in the reference CoNLL scorer). CEAF-e aligns
gold and system clusters one-to-one by maximum total similarity
(φ4 = 2|K∩R| / (|K|+|R|)), found with networkx's maximum weight matching.

>>> gold = [{1, 2, 3}, {4, 5}]
>>> round(muc(gold, [{1, 2}, {3, 4, 5}]).f1, 4)
0.6667
>>> round(conll(gold, gold)["conll"], 2)
100.0
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

import networkx as nx

from kg.evaluate.scores import f1_score

Cluster = set[Hashable]


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass
class Score:
    """Recall and precision of one metric, and the F1 they give."""

    recall: float
    precision: float

    @classmethod
    def of(cls, recall: tuple[float, float], precision: tuple[float, float]) -> Score:
        """From (numerator, denominator) pairs."""
        return cls(_ratio(*recall), _ratio(*precision))

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(100 * self.precision, 2), "recall": round(100 * self.recall, 2),
                "f1": round(100 * self.f1, 2)}


def _owner(clusters: Iterable[Cluster]) -> dict[Hashable, int]:
    return {mention: number for number, cluster in enumerate(clusters) for mention in cluster}


def _muc_side(key: list[Cluster], response: list[Cluster]) -> tuple[int, int]:
    owner = _owner(response)
    num = den = 0
    for cluster in key:
        parts = {owner.get(m, ("alone", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: list[Cluster], response: list[Cluster]) -> Score:
    """Vilain et al. (1995): links kept, counted over the clusters of each side."""
    return Score.of(_muc_side(key, response), _muc_side(response, key))


def _b_cubed_side(key: list[Cluster], response: list[Cluster]) -> tuple[float, int]:
    owner = _owner(response)
    num, den = 0.0, 0
    for cluster in key:
        overlaps: dict[int, int] = defaultdict(int)
        for mention in cluster:
            if mention in owner:
                overlaps[owner[mention]] += 1
        num += sum(n * n for n in overlaps.values()) / len(cluster)
        den += len(cluster)
    return num, den


def b_cubed(key: list[Cluster], response: list[Cluster]) -> Score:
    """Bagga and Baldwin (1998), per mention, averaged over the mentions of each side."""
    return Score.of(_b_cubed_side(key, response), _b_cubed_side(response, key))


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> Score:
    """Luo (2005), entity-based: similarity of the best one-to-one cluster alignment."""
    owner = _owner(response)
    graph = nx.Graph()
    for k, cluster in enumerate(key):
        shared: dict[int, int] = defaultdict(int)
        for mention in cluster:
            if mention in owner:
                shared[owner[mention]] += 1
        for r, n in shared.items():
            graph.add_edge(("k", k), ("r", r), weight=2 * n / (len(cluster) + len(response[r])))
    matching = nx.max_weight_matching(graph)
    total = sum(graph[a][b]["weight"] for a, b in matching)
    return Score.of((total, len(key)), (total, len(response)))


def align_spans(system: list[tuple[int, int]], gold: list[tuple[int, int]],
                mismatch: Callable[[int, int], bool] = lambda i, j: False) -> dict[int, int]:
    """System mention index → gold mention index, one-to-one, for overlapping
    (start, end) spans; pairs that do not ``mismatch`` (say, in type) and with the
    larger share of overlap are taken first, so a system mention stands for the gold
    mention it best covers.

    >>> align_spans([(0, 5), (6, 9)], [(4, 8), (0, 3)])
    {0: 1, 1: 0}
    """
    pairs = []
    for i, (s_start, s_end) in enumerate(system):
        for j, (g_start, g_end) in enumerate(gold):
            shared = min(s_end, g_end) - max(s_start, g_start)
            if shared > 0:
                union = max(s_end, g_end) - min(s_start, g_start)
                pairs.append((mismatch(i, j), -shared / union, i, j))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(pairs):
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def conll(key: list[Cluster], response: list[Cluster]) -> dict[str, float]:
    """MUC, B³ and CEAF-e F1 (percent) and their mean, the CoNLL score."""
    scores = {"muc": muc(key, response), "b_cubed": b_cubed(key, response), "ceaf_e": ceaf_e(key, response)}
    result = {name: score.as_dict() for name, score in scores.items()}
    result["conll"] = round(100 * sum(s.f1 for s in scores.values()) / 3, 2)
    return result
