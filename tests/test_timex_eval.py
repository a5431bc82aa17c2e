"""TimeML reading and writing, TempEval-3 scoring, and kg's score on a slice of TBAQ."""
from __future__ import annotations

import shutil

import pytest

from kg.cli import main
from kg.evaluate.meantime import SENTENCE_BREAK
from kg.evaluate.timeml import TimeMLTimex, parse_timeml, read_timeml, read_timeml_folder, render_timeml
from kg.evaluate.timex import (
    MEANTIME_TIMEX_LINES,
    MISS_KINDS,
    annotate_documents,
    evaluate,
    misses,
    read_gold_folder,
    score,
)
from tests.conftest import shared_data

SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
    'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n<TEXT>\nStocks <EVENT eid="e1">fell</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> in AT&amp;T &lt;shares&gt;, '
    'a <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> low.\n</TEXT>\n</TimeML>\n'
)
SLICE = 40  # TimeBank files scored by the regression test
SLICE_FLOOR = {"relaxed": 0.92, "strict": 0.89, "value_f1": 0.81}  # measured: 95.4, 92.7, 84.8
MEANTIME_FLOOR = {"relaxed": 0.90, "value_f1": 0.78}  # measured: 94.0, 82.6


def test_reader_keeps_raw_text_and_offsets():
    doc = parse_timeml(SAMPLE)
    assert doc.dct == "1998-01-08"
    assert doc.text == "\nStocks fell yesterday in AT&T <shares>, a five year low.\n"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07"), ("five year", "DURATION", "P5Y")]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_writer_puts_only_timexes_in_text_and_reads_back():
    doc = parse_timeml(SAMPLE)
    predicted = [TimeMLTimex(12, 21, "yesterday", "t1", "DATE", "1998-01-07")]
    written = render_timeml(doc, predicted)
    assert "<EVENT" not in written and 'functionInDocument="CREATION_TIME"' in written
    again = parse_timeml(written)
    assert again.text == doc.text
    assert [(t.start, t.end, t.value) for t in again.timexes] == [(12, 21, "1998-01-07")]


def test_scores_count_strict_relaxed_and_values():
    gold = {"a": [TimeMLTimex(0, 10, "", "t1", "DATE", "1998"), TimeMLTimex(20, 30, "", "t2", "DURATION", "P1Y")]}
    system = {"a": [TimeMLTimex(0, 10, "", "t1", "DATE", "1998"), TimeMLTimex(22, 35, "", "t2", "DATE", "P1Y"),
                    TimeMLTimex(40, 45, "", "t3", "DATE", "1999")]}
    scores = score(gold, system)
    assert (scores.strict.true_positives, scores.relaxed.true_positives) == (1, 2)
    assert (scores.type_accuracy, scores.value_accuracy) == (0.5, 1.0)
    assert scores.value_f1 == pytest.approx(scores.relaxed.f1)


def test_misses_list_span_missed_false_and_value_errors():
    doc = parse_timeml(SAMPLE)  # gold: "yesterday" (1998-01-07), "five year" (P5Y)
    yesterday, five_year = doc.timexes
    system = {doc.name: [TimeMLTimex(yesterday.start, yesterday.end, "yesterday", "t1", "DATE", "1998-01-06"),
                         TimeMLTimex(five_year.end - 4, five_year.end, "year", "t2", "DURATION", "P5Y"),
                         TimeMLTimex(1, 7, "Stocks", "t3", "DATE", "1998")]}
    found = misses([doc], system)
    assert [len(found[kind]) for kind in MISS_KINDS] == [1, 0, 1, 1]
    assert "gold 'five year'\tkg 'year'" in found["span"][0]
    assert "gold 1998-01-07\tkg 1998-01-06" in found["value"][0]
    assert "[[Stocks]]" in found["false"][0]
    lone = {doc.name: [TimeMLTimex(yesterday.start, yesterday.end, "yesterday", "t1", "DATE", "1998-01-07")]}
    assert [line.split("\t")[1] for line in misses([doc], lone)["missed"]] == ["'five year'"]


def test_ranges_in_words_become_two_timeml_timexes():
    doc = parse_timeml('<DCT><TIMEX3 tid="t0" type="DATE" value="2000-02-10">x</TIMEX3></DCT>'
                       "<TEXT>He was arrested at least twice from 1991 to 1997 and in 1998-99.</TEXT>")
    predicted = annotate_documents([doc])[doc.name]
    assert [(t.text, t.value) for t in predicted] == [("1991", "1991"), ("1997", "1997"), ("1998-99", "1998/1999")]


@pytest.mark.data
def test_spacy_sees_the_raw_text_with_identical_offsets(nlp):
    folder = shared_data("timeml", "tbaq", "TimeBank")
    for path in sorted(folder.glob("*.tml"))[:5]:
        document = read_timeml(path)
        doc = nlp.make_doc(document.text)
        assert doc.text == document.text
        for timex in document.timexes:
            assert doc.text[timex.start : timex.end] == timex.text


@pytest.mark.data
def test_score_on_a_slice_of_tbaq_stays_above_the_floor(tmp_path):
    folder = shared_data("timeml", "tbaq", "TimeBank")
    for path in sorted(folder.glob("*.tml"))[:SLICE]:
        shutil.copy(path, tmp_path / path.name)
    scores = evaluate(tmp_path)
    assert scores.relaxed.f1 >= SLICE_FLOOR["relaxed"]
    assert scores.strict.f1 >= SLICE_FLOOR["strict"]
    assert scores.value_f1 >= SLICE_FLOOR["value_f1"]


@pytest.mark.data
def test_cli_annotates_and_scores_timeml(tmp_path, capsys):
    folder = shared_data("timeml", "tbaq", "TimeBank")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted(folder.glob("*.tml"))[:3]:
        shutil.copy(path, gold / path.name)
    assert main(["timex", "annotate", str(gold), str(tmp_path / "system")]) == 0
    annotated = read_timeml_folder(tmp_path / "system")
    assert [d.text for d in annotated] == [d.text for d in read_timeml_folder(gold)]
    assert any(d.timexes for d in annotated)
    assert main(["eval", "timex", str(gold), str(tmp_path / "system")]) == 0
    assert "value F1" in capsys.readouterr().out
    assert main(["eval", "timex", str(gold), str(tmp_path / "system"), "--misses"]) == 0
    assert "## span" in capsys.readouterr().out


@pytest.mark.data
def test_meantime_is_read_as_timeml_without_its_date_line():
    documents = read_gold_folder(shared_data("meantime"))
    assert len(documents) == 60 and sum(len(d.timexes) for d in documents) > 100
    for document in documents:
        assert document.text.count(SENTENCE_BREAK) < MEANTIME_TIMEX_LINES
        assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
    dated = next(d for d in documents if d.name == "9549_Reactions_to_Apple")
    title, date_line = dated.text.split(SENTENCE_BREAK)[:2]
    assert dated.dct == "2005-05-07" and title.startswith("Reactions to Apple") and date_line.strip() == ""


@pytest.mark.data
def test_meantime_date_line_is_the_creation_time_even_when_marked_as_any_timex():
    """Two files mark the timex of their date line functionInDocument="NONE": it is still
    their creation time, not a timex of the text ("today" in 78496 is 2007-09-01)."""
    documents = {d.name: d for d in read_gold_folder(shared_data("meantime"))}
    assert all(d.dct for d in documents.values())
    delayed = documents["78496_Airbus_A380_test_flight_delayed_after_accident"]
    assert delayed.dct == "2007-09-01" and [t.text for t in delayed.timexes] == ["today"]


@pytest.mark.data
def test_meantime_score_stays_above_the_floor():
    scores = evaluate(shared_data("meantime"))
    assert scores.relaxed.gold == 143
    assert scores.relaxed.f1 >= MEANTIME_FLOOR["relaxed"]
    assert scores.value_f1 >= MEANTIME_FLOOR["value_f1"]
