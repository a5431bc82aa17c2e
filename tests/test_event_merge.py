"""Merging event mentions: the blocked merge (candidate clusters by key, compared with each
cluster's summary) makes the clusters that comparing every pair of mentions made.

The fixtures ``event_clusters_*.json`` are the clusters of the earlier, pairwise
algorithm, recorded before it was replaced; speed is measured by ``make bench``.
"""
from __future__ import annotations

import json

import pytest

from kg.extract import extract_document
from kg.read import read_corpus
from kg.records import ActorRef, Document, DocumentExtraction, EventDate, EventMention, Sentence
from kg.resolve.entities import resolve_entities
from kg.resolve.events import _cluster, _Member, _members, resolve_events
from tests.conftest import ROOT, shared_data

SENTENCE = "Angela Merkel met Emmanuel Macron in Paris in March 2019."


def clusters(extractions: list[DocumentExtraction]) -> list[list[list]]:
    """Each cluster as its mentions' sorted ``[document id, offset]`` pairs, clusters sorted."""
    entities, assignment = resolve_entities(extractions)
    found = _cluster(_members(extractions, assignment, {e.id: e.label for e in entities}))
    return sorted(sorted([m.extraction.document.id, m.event.start] for m in c.members) for c in found)


def recorded(name: str) -> list[list[list]]:
    return json.loads((ROOT / "tests" / "fixtures" / f"event_clusters_{name}.json").read_text("utf-8"))


def test_the_seeds_give_the_clusters_of_the_pairwise_merge(nlp, monkeypatch):
    monkeypatch.chdir(ROOT)  # document ids as `make` reads them
    extractions = [extract_document(nlp, d) for d in read_corpus(["seeds"]).documents]
    assert clusters(extractions) == recorded("seeds")


def test_a_timeline17_topic_gives_the_clusters_of_the_pairwise_merge(nlp, tmp_path):
    articles = shared_data("news", "timeline17", "SyrianCrisis_reuters", "articles.jsonl")
    lines = [line for line in articles.read_text("utf-8").splitlines() if line.strip()][:40]
    (tmp_path / "SyrianCrisis_reuters.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    extractions = [extract_document(nlp, d) for d in read_corpus([tmp_path]).documents]
    assert clusters(extractions) == recorded("SyrianCrisis_reuters-40")


def test_one_article_repeating_a_dated_sentence_gives_one_event(nlp):
    extraction = extract_document(nlp, Document(id="r", path="r.txt", text="\n".join([SENTENCE] * 300)))
    entities, assignment = resolve_entities([extraction])
    events = resolve_events([extraction], assignment, {e.id: e.label for e in entities})
    assert [(e.title, e.date.value, len(e.sources)) for e in events] == [
        ("Angela Merkel met Emmanuel Macron", "2019-03", 300)]


def _member(index: int, start: str, end: str | None, recipient: str = "b") -> _Member:
    document = Document(id=f"d{index}", path=f"d{index}.txt", text="x")
    event = EventMention(0, 1, "met", "meet", "CONSULT", "verbal cooperation", 0, predicate="met")
    extraction = DocumentExtraction(document, [Sentence(0, 0, 1, "x")], [], [], [event])
    date = EventDate(start[:7], start, end, "day", start, "absolute")
    return _Member(extraction, event, [ActorRef("a", "A", "actor"), ActorRef(recipient, recipient, "recipient")],
                   date, "asserted", None)


@pytest.mark.parametrize(("spans", "expected"), [
    # a day, its year, a week around the day: nested two by two; March crosses the week: apart
    ([("2019-03-01", "2019-03-01"), ("2019-01-01", "2019-12-31"), ("2019-02-25", "2019-03-03"),
      ("2019-03-01", "2019-03-31")], [[0, 1, 2], [3]]),
    # open intervals match only the same bounds; a closed one never
    ([("2019-01-01", None), ("2019-01-01", "2019-12-31"), ("2019-01-01", None), ("2020-01-01", None)],
     [[0, 2], [1], [3]]),
    # a decade holds the years; two years apart are apart even in the decade's cluster
    ([("2010-01-01", "2019-12-31"), ("2011-01-01", "2011-12-31"), ("2012-01-01", "2012-12-31")], [[0, 1], [2]]),
])
def test_a_mention_joins_the_first_cluster_whose_every_date_nests_with_its_own(spans, expected):
    members = [_member(i, start, end) for i, (start, end) in enumerate(spans)]
    assert [[int(m.extraction.document.id[1:]) for m in c.members] for c in _cluster(members)] == expected


def test_another_recipient_on_the_same_day_is_another_event():
    members = [_member(0, "2019-03-01", "2019-03-01"), _member(1, "2019-03-01", "2019-03-01", recipient="c"),
               _member(2, "2019-03-01", "2019-03-31")]
    assert [[m.extraction.document.id for m in c.members] for c in _cluster(members)] == [["d0", "d2"], ["d1"]]
