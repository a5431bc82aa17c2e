"""Precision, recall and F1 from counts, shared by every evaluation."""
from __future__ import annotations

from dataclasses import dataclass


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class PRF:
    """Counts of a detection task and the scores they give.

    >>> PRF(true_positives=8, predicted=10, gold=16).f1
    0.6153846153846154
    """

    true_positives: float
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(100 * self.precision, 2),
            "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
            "gold": self.gold,
            "predicted": self.predicted,
        }
