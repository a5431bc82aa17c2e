"""Property tests: arbitrary text never crashes extraction or the exports, and the order
inputs are given in never changes the outputs. Example counts are kept small; the spaCy
pipeline is loaded once for the session (``nlp`` in conftest)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_documents
from kg.read import read_corpus
from kg.read.formats import clean_text
from kg.records import Document
from kg.run import BuildOptions, assemble

NEWS = [
    "Russia", "Ukraine", "NATO", "Vladimir Putin", "the United Nations", "Germany's chancellor", "said",
    "met", "signed a treaty with", "attacked", "on 24 February 2022", "last Friday", "yesterday", "in 1994",
    "next month", "did not", "may", ".", ",", "\n\n", "“", "”", "—", "Mr.", "U.S.", "2014/2015",
]
ODD = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u200e", "\u202e", "\u2028",
    "\ufeff", "\ufffd", "\ufffe", "😀", "🇺🇦", "👩‍👩‍👧", "שלום", "مرحبا", "中文", "e\u0301", "ﬁ", "\r\n", "\t",
]
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

pieces = st.one_of(st.sampled_from(NEWS), st.sampled_from(ODD), st.text(max_size=12))
texts = st.lists(pieces, max_size=40).map(" ".join)
published = st.sampled_from([None, "2022-02-21", "2023-07"])


def _check_offsets(text: str, extraction) -> None:
    for record in extraction.sentences + extraction.timexes + extraction.mentions:
        assert 0 <= record.start <= record.end <= len(text)
        assert text[record.start : record.end] == record.text
    for event in extraction.events:
        assert 0 <= event.start <= event.end <= len(text)


@SETTINGS
@given(text=texts, date=published)
def test_arbitrary_text_never_crashes_extraction(nlp, text, date):
    extractions = list(extract_documents(nlp, [Document("d", "d.txt", text, published=date)]))
    assert len(extractions) == 1
    _check_offsets(text, extractions[0])


@settings(SETTINGS, max_examples=10)
@given(text=texts, date=published)
def test_read_then_build_gives_valid_json_and_xml_for_any_text(nlp, text, date):
    document = Document("d", "d.txt", clean_text(text), published=date)
    files = assemble(list(extract_documents(nlp, [document])), BuildOptions())
    json.loads(files["timeline.json"])
    json.loads(files["graph.json"])
    ElementTree.fromstring(files["graph.graphml"].encode("utf-8"))


ARTICLES = {
    "geneva.txt": "Geneva, 10 January 2022\nRussia and the United States met in Geneva on Monday.",
    "brussels.md": "---\ntitle: NATO\ndate: 2022-01-12\n---\nNATO condemned Russia on Wednesday, Jens Stoltenberg said.",
    "minsk.jsonl": '{"id": "m", "text": "Belarus hosted talks in Minsk in 2014.", "published": "2014-09-05"}\n'
                   '{"id": "k", "text": "Ukraine signed the Minsk agreement with Russia on 5 September 2014."}\n',
    "copy.txt": "Russia and the United States met in Geneva on Monday.",
    "sub/paris.txt": "Paris, 14 January 2022\nFrance and Germany signed an agreement in Paris.",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in ARTICLES]


def _outputs(nlp, inputs: list[str]) -> dict[str, str]:
    corpus = read_corpus(inputs)
    return assemble(list(extract_documents(nlp, corpus.documents)), BuildOptions())


@pytest.fixture(scope="module")
def baseline(nlp, articles):
    return _outputs(nlp, articles)


@settings(SETTINGS, max_examples=6)
@given(order=st.permutations(range(len(ARTICLES))))
def test_shuffled_input_order_gives_identical_outputs(nlp, articles, baseline, order):
    assert _outputs(nlp, [articles[i] for i in order]) == baseline
