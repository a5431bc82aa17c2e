"""TempEval-3 Task A: TimeML gold folder (and optionally a system folder) in, scores out.

:func:`annotate_documents` runs kg's temporal component over the raw ``<TEXT>``
of TimeML documents, with the ``<DCT>`` value as publication date, and returns
TimeML timexes. :func:`score` compares system timexes with gold ones per file:
strict matches have identical character spans, relaxed matches overlap (each
gold and system timex is matched at most once). Type and value accuracy are
over the relaxed matches; value F1 = relaxed F1 × value accuracy. The DCT is
not scored.

GOLD_DIR holds TimeML (``*.tml``) or, failing that, MEANTIME (``*.xml``, read by
:mod:`kg.evaluate.meantime`): Wikinews rather than newswire, a check that the
rules carry over. MEANTIME marks temporal expressions only in the first six
lines of its token text (title, date line and the first four sentences), so
only those are scored; the date line is the creation time and is blanked out
of the text (offsets kept) so that, like TimeML's DCT, it is not scored.

kg reads "from 2014 to 2015" as one range (value ``2014/2015``); TimeML marks
the two ends as two timexes, so ranges written out in words are split into
their years for TimeML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate.meantime import SENTENCE_BREAK, MeantimeDocument, read_meantime_folder
from kg.evaluate.scores import PRF
from kg.evaluate.timeml import TimeMLDocument, TimeMLTimex, read_timeml_folder, write_timeml_folder

_SPELLED_OUT_RANGE_YEAR = re.compile(r"\b\d{4}\b")
MEANTIME_TIMEX_LINES = 6


def meantime_as_timeml(document: MeantimeDocument) -> TimeMLDocument:
    """A MEANTIME document as a TimeML one: the lines it marks timexes in, the date line blanked."""
    text = SENTENCE_BREAK.join(document.text.split(SENTENCE_BREAK)[:MEANTIME_TIMEX_LINES])
    if document.dct_span is not None:
        start, end = document.dct_span
        text = text[:start] + " " * (end - start) + text[end:]
    return TimeMLDocument(document.name, "", text, document.dct, document.timexes)


def read_gold_folder(folder: str | Path) -> list[TimeMLDocument]:
    """The TimeML documents under ``folder``, else its MEANTIME documents as TimeML."""
    return read_timeml_folder(folder) or [meantime_as_timeml(d) for d in read_meantime_folder(folder)]


def _timeml_timexes(timex, tid: str) -> list[TimeMLTimex]:
    """A kg timex as TimeML timexes: a range written with words becomes its two ends."""
    years = list(_SPELLED_OUT_RANGE_YEAR.finditer(timex.text))
    if "/" in timex.value and len(years) == 2 and re.search(r"[a-z]", timex.text):
        return [TimeMLTimex(timex.start + y.start(), timex.start + y.end(), y.group(0), f"{tid}{suffix}",
                            "DATE", y.group(0)) for y, suffix in zip(years, "ab", strict=False)]
    return [TimeMLTimex(timex.start, timex.end, timex.text, tid, timex.type, timex.value)]


def annotate_documents(documents: list[TimeMLDocument], model: str | None = None) -> dict[str, list[TimeMLTimex]]:
    """Predicted timexes of each document, by document name."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model, components=("kg_temporal",))
    disabled = [name for name in ("ner",) if name in nlp.pipe_names]

    def docs():
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.kg_published = document.dct
            yield doc

    predicted: dict[str, list[TimeMLTimex]] = {}
    with nlp.select_pipes(disable=disabled):
        for document, doc in zip(documents, nlp.pipe(docs(), batch_size=16), strict=False):
            predicted[document.name] = [
                part for number, timex in enumerate(doc._.kg_timexes or [], start=1)
                for part in _timeml_timexes(timex, f"t{number}")
            ]
    return predicted


def annotate_folder(in_dir: str | Path, out_dir: str | Path, model: str | None = None) -> int:
    """Write every ``*.tml`` of ``in_dir`` to ``out_dir`` with kg's TIMEX3 tags; returns the file count."""
    documents = read_timeml_folder(in_dir)
    predicted = annotate_documents(documents, model)
    return write_timeml_folder(documents, out_dir, lambda name: (predicted[name],))


@dataclass
class TimexScores:
    strict: PRF
    relaxed: PRF
    type_correct: int
    value_correct: int

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed.true_positives if self.relaxed.true_positives else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed.true_positives if self.relaxed.true_positives else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed.f1 * self.value_accuracy

    def as_dict(self) -> dict:
        return {
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "type_accuracy": round(100 * self.type_accuracy, 2),
            "value_accuracy": round(100 * self.value_accuracy, 2),
            "value_f1": round(100 * self.value_f1, 2),
        }


def _pairs(gold: list[TimeMLTimex], system: list[TimeMLTimex]) -> list[tuple[TimeMLTimex, TimeMLTimex]]:
    """One-to-one overlap matches, exact spans first."""
    pairs, used_gold, used_system = [], set(), set()
    for exact in (True, False):
        for g_index, g in enumerate(gold):
            if g_index in used_gold:
                continue
            for s_index, s in enumerate(system):
                if s_index in used_system:
                    continue
                if (g.start, g.end) == (s.start, s.end) if exact else (s.start < g.end and g.start < s.end):
                    pairs.append((g, s))
                    used_gold.add(g_index)
                    used_system.add(s_index)
                    break
    return pairs


def score(gold: dict[str, list[TimeMLTimex]], system: dict[str, list[TimeMLTimex]]) -> TimexScores:
    """Scores over the documents of ``gold`` (a missing system document predicts nothing)."""
    strict = relaxed = type_correct = value_correct = 0
    gold_count = predicted_count = 0
    for name, gold_timexes in gold.items():
        system_timexes = system.get(name, [])
        gold_count += len(gold_timexes)
        predicted_count += len(system_timexes)
        for g, s in _pairs(gold_timexes, system_timexes):
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            type_correct += g.type == s.type
            value_correct += g.value == s.value
    return TimexScores(PRF(strict, predicted_count, gold_count), PRF(relaxed, predicted_count, gold_count),
                       type_correct, value_correct)


def _system_timexes(gold_documents: list[TimeMLDocument], system_dir: str | Path | None,
                    model: str | None) -> dict[str, list[TimeMLTimex]]:
    if system_dir is None:
        return annotate_documents(gold_documents, model)
    return {d.name: d.timexes for d in read_timeml_folder(system_dir)}


def evaluate(gold_dir: str | Path, system_dir: str | Path | None = None, model: str | None = None) -> TimexScores:
    """Score ``system_dir`` against ``gold_dir``; without ``system_dir`` kg annotates the gold texts itself."""
    gold_documents = read_gold_folder(gold_dir)
    return score({d.name: d.timexes for d in gold_documents}, _system_timexes(gold_documents, system_dir, model))


MISS_KINDS = ("span", "missed", "false", "value")


def misses(documents: list[TimeMLDocument], system: dict[str, list[TimeMLTimex]]) -> dict[str, list[str]]:
    """What keeps the scores from 100, one tab-separated line each, by kind: ``span`` (a relaxed
    match with another span), ``missed`` (a gold timex nothing overlaps), ``false`` (a system
    timex no gold one overlaps) and ``value`` (a relaxed match with another value); each line
    names the document, the texts, the values and the words around."""
    found: dict[str, list[str]] = {kind: [] for kind in MISS_KINDS}
    for document in documents:
        predicted = system.get(document.name, [])
        pairs = _pairs(document.timexes, predicted)

        for g, s in pairs:
            if (g.start, g.end) != (s.start, s.end):
                found["span"].append(f"{document.name}\tgold {g.text!r}\tkg {s.text!r}\t"
                                     f"{_around(document.text, min(g.start, s.start), max(g.end, s.end))}")
            if g.value != s.value:
                found["value"].append(f"{document.name}\t{g.text!r}\tgold {g.value}\tkg {s.value}\t"
                                      f"DCT {document.dct}\t{_around(document.text, g.start, g.end)}")
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        found["missed"] += [f"{document.name}\t{g.text!r}\t{g.type} {g.value}\t{_around(document.text, g.start, g.end)}"
                            for g in document.timexes if id(g) not in matched_gold]
        found["false"] += [f"{document.name}\t{s.text!r}\t{s.type} {s.value}\t{_around(document.text, s.start, s.end)}"
                           for s in predicted if id(s) not in matched_system]
    return found


def _around(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]``, which stands in double brackets."""
    return " ".join(f"{text[max(0, start - 40):start]}[[{text[start:end]}]]{text[end:end + 30]}".split())


def format_misses(found: dict[str, list[str]]) -> str:
    return "\n".join(line for kind in MISS_KINDS for line in (f"## {kind} {len(found[kind])}", *found[kind]))


def format_scores(scores: TimexScores) -> str:
    lines = [f"{'':10}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, prf in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        lines.append(f"{name:10}{100 * prf.precision:8.2f}{100 * prf.recall:8.2f}{100 * prf.f1:8.2f}")
    lines.append(f"type accuracy  {100 * scores.type_accuracy:.2f}")
    lines.append(f"value accuracy {100 * scores.value_accuracy:.2f}")
    lines.append(f"value F1       {100 * scores.value_f1:.2f}")
    lines.append(f"gold {scores.relaxed.gold}, predicted {scores.relaxed.predicted}")
    return "\n".join(lines)


def run(args) -> int:
    gold_documents = read_gold_folder(args.gold_dir)
    system = _system_timexes(gold_documents, args.system_dir, args.model)
    print(format_scores(score({d.name: d.timexes for d in gold_documents}, system)))
    if args.misses:
        print(format_misses(misses(gold_documents, system)))
    return 0


def add_command(subcommands) -> None:
    """Register ``timex`` under ``kg eval``."""
    command = subcommands.add_parser(
        "timex",
        help="TempEval-3 Task A: temporal expression spans, types and values",
        description="Strict and relaxed span P/R/F1, type and value accuracy and value F1 of SYSTEM_DIR against "
        "GOLD_DIR (TimeML *.tml, else MEANTIME *.xml). Without SYSTEM_DIR kg annotates the gold texts itself.",
    )
    command.add_argument("gold_dir", metavar="GOLD_DIR")
    command.add_argument("system_dir", metavar="SYSTEM_DIR", nargs="?")
    command.add_argument("--model", metavar="NAME", help="installed spaCy pipeline")
    command.add_argument("--misses", action="store_true",
                         help="also list every span miss, missed and false timex and wrong value, by kind")
    command.set_defaults(run=run)
