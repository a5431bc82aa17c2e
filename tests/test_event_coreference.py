"""Event coreference scoring: the metrics on a hand-worked example, the lemma-and-date
baseline, kg's scores on MEANTIME (skips without ../shared/data)."""
from __future__ import annotations

import pytest

from kg.evaluate.coreference import align_spans, b_cubed, ceaf_e, conll, muc
from kg.evaluate.event_coreference import lemma_date_clusters, score_clusters
from kg.evaluate.meantime import GoldMention, MeantimeDocument
from kg.records import EventDate, EventMention
from tests.conftest import shared_data

# gold {a b c} {d e}, system {a b} {c d} {e}: each metric worked by hand in its test
GOLD = [{"a", "b", "c"}, {"d", "e"}]
SYSTEM = [{"a", "b"}, {"c", "d"}, {"e"}]


def test_muc_counts_the_links_each_side_keeps():
    score = muc(GOLD, SYSTEM)
    # recall: {a b c} falls in 2 parts (3-2=1 of 2 links), {d e} in 2 (0 of 1): 1/3
    # precision: {a b} 1 part (1 of 1), {c d} 2 parts (0 of 1), {e} no link: 1/2
    assert (score.recall, score.precision) == pytest.approx((1 / 3, 1 / 2))


def test_b_cubed_averages_over_mentions():
    score = b_cubed(GOLD, SYSTEM)
    # recall: a, b 2/3 each, c 1/3; d 1/2, e 1/2 -> (2/3+2/3+1/3+1/2+1/2)/5 = 8/15
    # precision: a, b 2/2; c 1/2, d 1/2; e 1/1 -> (1+1+1/2+1/2+1)/5 = 4/5
    assert (score.recall, score.precision) == pytest.approx((8 / 15, 4 / 5))


def test_ceaf_e_aligns_clusters_one_to_one():
    score = ceaf_e(GOLD, SYSTEM)
    # best alignment: {a b c}-{a b} phi4 = 2*2/5 = 0.8, {d e}-{c d} or {e}: 2*1/4 = 0.5 or 2*1/3 = 2/3 -> 0.8 + 2/3
    total = 0.8 + 2 / 3
    assert (score.recall, score.precision) == pytest.approx((total / 2, total / 3))


def test_conll_is_the_mean_of_the_three_f1():
    scores = conll(GOLD, SYSTEM)
    mean = (scores["muc"]["f1"] + scores["b_cubed"]["f1"] + scores["ceaf_e"]["f1"]) / 3
    assert scores["conll"] == pytest.approx(mean, abs=0.01)


def test_a_system_mention_stands_for_the_gold_mention_it_covers_best():
    assert align_spans([(0, 5), (10, 20)], [(3, 12), (0, 4), (11, 13)]) == {0: 1, 1: 2}


def _day(value: str) -> EventDate:
    return EventDate(value, value, value, "day", value, "absolute")


def _event(start: int, lemma: str) -> EventMention:
    return EventMention(start, start + len(lemma), lemma, lemma, "OCCURRENCE", "", 0)


def test_the_baseline_joins_one_lemma_on_one_date_across_documents():
    clusters = [[("d1", _event(0, "win"), _day("2009-05-01")), ("d1", _event(10, "win"), None)],
                [("d2", _event(0, "win"), _day("2009-05-01"))], [("d2", _event(10, "sell"), _day("2009-05-01"))],
                [("d3", _event(0, "win"), _day("2009-05-02"))], [("d3", _event(10, "win"), None)]]
    regrouped = [[(d, e.start) for d, e, _ in c] for c in lemma_date_clusters(clusters)]
    assert regrouped == [[("d1", 0), ("d2", 0)], [("d1", 10), ("d3", 10)], [("d2", 10)], [("d3", 0)]]


def _gold(doc_id: str, text: str, events: list[tuple[str, int, int, str]]) -> MeantimeDocument:
    return MeantimeDocument(doc_id, doc_id, text, "2009-05-02",
                            events=[GoldMention(m, s, e, text[s:e], instance=i) for m, s, e, i in events])


def test_predicted_mentions_are_scored_against_the_gold_instances():
    text = "Airbus won the deal. The win was big. Boeing sold jets."
    golds = [_gold("d1", text, [("1", 7, 10, "WIN"), ("2", 25, 28, "WIN"), ("3", 45, 49, "SELL")])]
    # kg's clusters: the two wins together, a spurious "big" alone, the sale missed
    clusters = [[("d1", EventMention(7, 10, "won", "win", "OCCURRENCE", "", 0), None),
                 ("d1", EventMention(25, 28, "win", "win", "OCCURRENCE", "", 1), None)],
                [("d1", EventMention(33, 36, "big", "big", "OCCURRENCE", "", 1), None)]]
    scores = score_clusters(golds, clusters)
    assert scores["mentions"] == {"gold": 3, "predicted": 3, "matched": 2}
    assert scores["coreference"]["muc"]["recall"] == 100.0  # the one gold link is kept
    assert scores["coreference"]["b_cubed"]["precision"] == pytest.approx(100 * 2 / 3, abs=0.01)
    assert scores["matched"]["conll"] == 100.0  # on the matched mentions the clustering is right


@pytest.mark.data
def test_kg_merges_meantime_events_better_than_the_lemma_and_date_baseline():
    from kg.evaluate.events import evaluate_events

    scores = evaluate_events(shared_data("meantime"))["coreference"]
    # Measured (docs/accuracy.md, Event coreference): kg 40.55, baseline 28.78
    assert scores["conll_over_baseline"] >= 10
    assert scores["matched_conll_over_baseline"] >= 10
