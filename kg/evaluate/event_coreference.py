"""Cross-document event coreference on MEANTIME: kg's merged events against the gold event instances.

Gold clusters are MEANTIME's event instances across the whole corpus (an event
mention without a cross-document instance is its document's own instance).
System clusters are kg's events as :func:`kg.resolve.events.event_clusters` merges
them, over **kg's predicted event mentions** — every one, as ``kg build
--all-events`` keeps them, so that the mentions kg leaves out of the timeline
(no resolved actor) count as unmerged rather than disappear. A predicted mention
stands for the gold mention its span best overlaps (one-to-one,
:func:`kg.evaluate.coreference.align_spans`); an unmatched one counts against
precision, a gold mention kg misses against recall.

The **baseline** clusters the same predicted mentions by lemma and resolved
date: two mentions corefer when kg gives them the same lemma and the same date
value (both undated counts as the same date; the date a state holds through,
``INCLUDES``, counts as none, as in kg's own merge), whatever their participants,
factuality or type. ``conll_over_baseline`` is kg's CoNLL F1 minus the baseline's.

Both are also scored on the **matched mentions** only (predicted mentions that
match a gold one, and those gold mentions), which takes mention detection out
of the comparison and leaves the clustering.

>>> from kg.records import EventDate, EventMention
>>> day = EventDate("2009-05-01", "2009-05-01", "2009-05-01", "day", "", "absolute")
>>> win = EventMention(0, 3, "won", "win", "OCCURRENCE", "", 0)
>>> [len(c) for c in lemma_date_clusters([[("a", win, day)], [("b", win, day)], [("c", win, None)]])]
[2, 1]
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from kg.evaluate.coreference import align_spans, conll
from kg.evaluate.meantime import MeantimeDocument
from kg.records import EventDate, EventMention

Clustered = list[list[tuple[str, EventMention, EventDate | None]]]


def lemma_date_clusters(clusters: Clustered) -> Clustered:
    """The baseline: the same mentions regrouped by (lemma, date value), in order of first mention."""
    grouped: dict[tuple[str, str | None], list] = {}
    for cluster in clusters:
        for document, event, date in cluster:
            grouped.setdefault((event.lemma.casefold(), date.value if date and not date.of_a_state else None), []).append(
                (document, event, date))
    return list(grouped.values())


def _gold_key(golds: list[MeantimeDocument]) -> dict[Hashable, set]:
    key: dict[Hashable, set] = defaultdict(set)
    for doc in golds:
        for mention in doc.events:
            key[mention.instance or (doc.id, "alone", mention.m_id)].add((doc.id, mention.m_id))
    return key


def _matches(golds: list[MeantimeDocument], clusters: Clustered) -> dict[tuple[str, int, int], tuple[str, str]]:
    """(document id, start, end) of each predicted mention that matches a gold one → that gold mention."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for cluster in clusters:
        for document, event, _ in cluster:
            spans[document].add((event.start, event.end))
    found = {}
    for doc in golds:
        system = sorted(spans.get(doc.id, ()))
        for i, j in align_spans(system, [(g.start, g.end) for g in doc.events]).items():
            found[(doc.id, *system[i])] = (doc.id, doc.events[j].m_id)
    return found


def score_clusters(golds: list[MeantimeDocument], clusters: Clustered) -> dict:
    """MUC, B³, CEAF-e and CoNLL of ``clusters`` against the gold instances, over all
    predicted mentions (``coreference``) and over the matched ones (``matched``)."""
    key = _gold_key(golds)
    matches = _matches(golds, clusters)
    response = []
    for cluster in clusters:
        idents = set()
        for document, event, _ in cluster:
            idents.add(matches.get((document, event.start, event.end), (document, "system", event.start, event.end)))
        response.append(idents)
    matched_gold = set(matches.values())
    key_clusters = [key[k] for k in sorted(key, key=str)]
    return {
        "mentions": {"gold": sum(len(c) for c in key_clusters), "predicted": sum(len(c) for c in response),
                     "matched": len(matched_gold)},
        "coreference": conll(key_clusters, response),
        "matched": conll([c & matched_gold for c in key_clusters if c & matched_gold],
                         [c & matched_gold for c in response if c & matched_gold]),
    }


def score_event_coreference(golds: list[MeantimeDocument], clusters: Clustered) -> dict:
    """kg's clusters and the lemma-and-date baseline's, scored the same way."""
    scores = score_clusters(golds, clusters)
    baseline = score_clusters(golds, lemma_date_clusters(clusters))
    scores["baseline"] = {name: baseline[name] for name in ("coreference", "matched")}
    scores["conll_over_baseline"] = round(scores["coreference"]["conll"] - baseline["coreference"]["conll"], 2)
    scores["matched_conll_over_baseline"] = round(scores["matched"]["conll"] - baseline["matched"]["conll"], 2)
    return scores
