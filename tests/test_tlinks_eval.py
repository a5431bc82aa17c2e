"""``kg eval tlinks``: TimeML TLINKs read event first, and kg's links scored on a
handmade document and on a slice of TBAQ."""
from __future__ import annotations

import shutil

import pytest

from kg.evaluate.timeml import parse_timeml
from kg.evaluate.tlinks import evaluate_tlinks, gold_event_time_links
from tests.conftest import shared_data

HANDMADE = ('<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-10">x</TIMEX3></DCT>'
            '<TEXT>NATO <EVENT eid="e1">bombed</EVENT> the depot on <TIMEX3 tid="t1" type="DATE" '
            'value="2011-03-05">5 March</TIMEX3>. Gaddafi <EVENT eid="e2">condemned</EVENT> NATO.</TEXT>'
            '<MAKEINSTANCE eventID="e1" eiid="ei1" /><MAKEINSTANCE eventID="e2" eiid="ei2" />'
            '<TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1" />'
            '<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0" />'
            '<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2" />')


def test_gold_links_are_read_event_first():
    document = parse_timeml(HANDMADE, "handmade.tml")
    assert document.dct_tid == "t0" and [e.eid for e in document.events] == ["e1", "e2"]
    assert gold_event_time_links(document) == {("e1", "t1"): "IS_INCLUDED", ("e2", "t0"): "BEFORE"}


def test_handmade_document_scores_full(tmp_path):
    (tmp_path / "handmade.tml").write_text(HANDMADE.replace(". Gaddafi", ".\n\nGaddafi"), "utf-8")
    scores = evaluate_tlinks(tmp_path)
    assert scores["relation"]["precision"] == scores["relation"]["recall"] == 100.0


@pytest.mark.data
def test_tlinks_on_a_slice_of_tbaq(tmp_path):
    folder = shared_data("timeml", "tbaq", "TimeBank")
    for path in sorted(folder.glob("*.tml"))[:5]:
        shutil.copy(path, tmp_path / path.name)
    scores = evaluate_tlinks(tmp_path)
    assert scores["links_to_dct"] > 0
    assert scores["pair"]["precision"] >= 20 and scores["relation"]["f1"] >= 10
