"""Coreference scorers against the worked example of Pradhan et al. (2014), Figure 1, and edge cases."""
from __future__ import annotations

import pytest

from kg.evaluate.coreference import b_cubed, ceaf_e, conll, muc

KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_counts_links():
    score = muc(KEY, RESPONSE)
    assert score.recall == pytest.approx(2 / 5) and score.precision == pytest.approx(2 / 5)


def test_b_cubed_averages_over_mentions():
    score = b_cubed(KEY, RESPONSE)
    assert score.recall == pytest.approx((5 / 3 + 5 / 4) / 7)
    assert score.precision == pytest.approx((2 + 1 / 2 + 1 / 2 + 1) / 8)


def test_ceaf_e_takes_the_best_one_to_one_alignment():
    score = ceaf_e(KEY, RESPONSE)
    assert score.recall == pytest.approx(1.3 / 2) and score.precision == pytest.approx(1.3 / 3)


def test_perfect_and_disjoint_responses():
    assert conll(KEY, KEY)["conll"] == 100.0
    nothing = conll(KEY, [{"x"}, {"y", "z"}])
    assert nothing["conll"] == 0.0 and nothing["muc"]["f1"] == 0.0


def test_merging_everything_is_penalised_in_precision():
    everything = conll(KEY, [set().union(*KEY)])
    assert everything["muc"]["recall"] == 100.0 and everything["b_cubed"]["precision"] < 60
    singletons = conll(KEY, [{m} for cluster in KEY for m in sorted(cluster)])
    assert singletons["muc"]["f1"] == 0.0 and singletons["b_cubed"]["precision"] == 100.0
