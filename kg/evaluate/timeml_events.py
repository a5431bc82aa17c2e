"""TempEval-3 Task B (event extraction): TimeML gold and system events in, scores out.

:func:`score` compares system events with gold ones per document: strict
matches have identical character spans, relaxed matches overlap (each gold and
system event is matched at most once, identical spans first). Class accuracy is
the share of relaxed matches with the gold TimeML ``class``; class F1 = relaxed
F1 × class accuracy, as TempEval-3 scores event attributes. Per class, a system
event counts as correct when it matches a gold event of its class.

:func:`annotate_documents` tags the raw ``<TEXT>`` of TimeML documents with the
trained tagger of :mod:`kg.extract.event_tagger`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate.scores import PRF
from kg.evaluate.timeml import TimeMLDocument, TimeMLEvent, read_timeml_folder
from kg.evaluate.timex import _pairs as one_to_one_matches


@dataclass
class EventScores:
    strict: PRF
    relaxed: PRF
    class_correct: int
    per_class: dict[str, PRF] = field(default_factory=dict)

    @property
    def class_accuracy(self) -> float:
        return self.class_correct / self.relaxed.true_positives if self.relaxed.true_positives else 0.0

    @property
    def class_f1(self) -> float:
        return self.relaxed.f1 * self.class_accuracy

    def as_dict(self) -> dict:
        return {
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "class_accuracy": round(100 * self.class_accuracy, 2),
            "class_f1": round(100 * self.class_f1, 2),
            "per_class": {name: prf.as_dict() for name, prf in self.per_class.items()},
        }


def score(gold: dict[str, list[TimeMLEvent]], system: dict[str, list[TimeMLEvent]]) -> EventScores:
    """Scores over the documents of ``gold`` (a missing system document predicts nothing).

    >>> gold = {"a": [TimeMLEvent(0, 4, "said", "e1", "REPORTING"), TimeMLEvent(10, 14, "sold", "e2", "OCCURRENCE")]}
    >>> system = {"a": [TimeMLEvent(0, 4, "said", "e1", "REPORTING"), TimeMLEvent(10, 16, "sold 3", "e2", "STATE")]}
    >>> scores = score(gold, system)
    >>> scores.strict.f1, scores.relaxed.f1, scores.class_accuracy
    (0.5, 1.0, 0.5)
    """
    strict = relaxed = class_correct = 0
    gold_count = predicted_count = 0
    gold_classes: Counter[str] = Counter()
    predicted_classes: Counter[str] = Counter()
    correct_classes: Counter[str] = Counter()
    for name, gold_events in gold.items():
        system_events = system.get(name, [])
        gold_count += len(gold_events)
        predicted_count += len(system_events)
        gold_classes.update(e.event_class for e in gold_events)
        predicted_classes.update(e.event_class for e in system_events)
        for g, s in one_to_one_matches(gold_events, system_events):
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            if g.event_class == s.event_class:
                class_correct += 1
                correct_classes[g.event_class] += 1
    per_class = {name: PRF(correct_classes[name], predicted_classes[name], gold_classes[name])
                 for name in sorted(gold_classes | predicted_classes)}
    return EventScores(PRF(strict, predicted_count, gold_count), PRF(relaxed, predicted_count, gold_count),
                       class_correct, per_class)


def annotate_documents(documents: list[TimeMLDocument], model_path: str | Path | None = None,
                       model: str | None = None) -> dict[str, list[TimeMLEvent]]:
    """Events the trained tagger (``model_path``, else the shipped one) finds in each document, by name."""
    import spacy

    from kg.extract.event_tagger import MODEL_PATH, add_event_tagger, event_char_spans
    from kg.nlp import default_model

    # The tagger reads the tok2vec's vectors and the lemmas; the parse and entities are not needed.
    nlp = add_event_tagger(spacy.load(model or default_model(), exclude=["parser", "ner"]), model_path or MODEL_PATH)
    predicted: dict[str, list[TimeMLEvent]] = {}
    for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=16), strict=False):
        predicted[document.name] = [
            TimeMLEvent(start, end, doc.text[start:end], f"e{number}", event_class)
            for number, (start, end, event_class) in enumerate(event_char_spans(doc), start=1)
        ]
    return predicted


def evaluate(gold_dir: str | Path, system_dir: str | Path | None = None,
             model_path: str | Path | None = None) -> EventScores:
    """Score ``system_dir`` against ``gold_dir`` (TimeML); without ``system_dir`` the tagger annotates the gold texts."""
    gold_documents = read_timeml_folder(gold_dir)
    gold = {d.name: d.events for d in gold_documents}
    if system_dir is None:
        system = annotate_documents(gold_documents, model_path)
    else:
        system = {d.name: d.events for d in read_timeml_folder(system_dir)}
    return score(gold, system)


def format_scores(scores: EventScores) -> str:
    lines = [f"{'':12}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'system':>8}"]
    rows = [("strict", scores.strict), ("relaxed", scores.relaxed), *scores.per_class.items()]
    for name, prf in rows:
        lines.append(f"{name:12}{100 * prf.precision:8.2f}{100 * prf.recall:8.2f}{100 * prf.f1:8.2f}"
                     f"{prf.gold:8d}{prf.predicted:8d}")
        if name == "relaxed":
            lines.append(f"class accuracy {100 * scores.class_accuracy:.2f}, class F1 {100 * scores.class_f1:.2f}")
            lines.append("per class (system event right when a gold event of its class matches it):")
    return "\n".join(lines)
