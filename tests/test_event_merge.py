"""Merging event mentions: the blocked merge (candidate clusters by key, compared with each
cluster's summary) makes the clusters that comparing every pair of mentions makes.

``pairwise`` below is the earlier, quadratic algorithm, kept as the reference: each
dated mention joins the first cluster whose every member it agrees with. Speed is
measured by ``make bench``.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.read import read_corpus
from kg.records import ActorRef, Document, DocumentExtraction, EventDate, EventMention, Sentence
from kg.resolve.entities import resolve_entities
from kg.resolve.events import _cluster, _Member, _members, _nested, _once, canonical_names, name_key, resolve_events
from tests.conftest import ROOT, shared_data

SENTENCE = "Angela Merkel met Emmanuel Macron in Paris in March 2019."


def pairwise(members: list[_Member]) -> list[list[_Member]]:
    """The reference merge: every newcomer compared with every member of every cluster."""
    canonical = canonical_names({name_key(m.event.name) for m in members if m.event.name})
    named: dict[str, list[_Member]] = {}
    clusters: list[list[_Member]] = []
    dated: list[list[_Member]] = []
    for member in members:
        if member.event.name:
            key = canonical[name_key(member.event.name)]
            if key not in named:
                named[key] = []
                clusters.append(named[key])
            named[key].append(member)
        elif member.date is not None:
            fits = (c for c in dated if all(member.kind == o.kind and _nested(member.span, o.span)
                                            and member.parties.agree(o.parties) for o in c))
            cluster = next(fits, None)
            if cluster is None:
                dated.append(cluster := [])
                clusters.append(cluster)
            cluster.append(member)
        else:
            clusters.append([member])
    for cluster in [c for c in clusters if not c[0].event.name and c[0].date is None]:
        description = cluster[0]
        if not description.event.definite or not _once(description):
            continue
        targets = [c for c in dated if all(description.kind == o.kind and not description.parties.conflict(o.parties)
                                           for o in c)]
        if len(targets) == 1:
            targets[0].append(description)
            clusters.remove(cluster)
    return clusters


def _as_pairs(clusters: list[list[_Member]]) -> list[list[tuple[str, int]]]:
    """Each cluster as its mentions' sorted (document id, offset) pairs, clusters sorted."""
    return sorted(sorted((m.extraction.document.id, m.event.start) for m in c) for c in clusters)


def assert_same_clusters(extractions: list[DocumentExtraction]) -> None:
    entities, assignment = resolve_entities(extractions)
    members = _members(extractions, assignment, {e.id: e.label for e in entities})
    blocked = _as_pairs([c.members for c in _cluster(members)])
    assert blocked == _as_pairs(pairwise(members))
    assert any(len(c) > 1 for c in blocked)  # the corpus does merge something


def test_the_seeds_give_the_clusters_of_the_pairwise_merge(nlp, monkeypatch):
    monkeypatch.chdir(ROOT)  # document ids as `make` reads them
    assert_same_clusters([extract_document(nlp, d) for d in read_corpus(["seeds"]).documents])


def test_a_timeline17_topic_gives_the_clusters_of_the_pairwise_merge(nlp, tmp_path):
    articles = shared_data("news", "timeline17", "SyrianCrisis_reuters", "articles.jsonl")
    lines = [line for line in articles.read_text("utf-8").splitlines() if line.strip()][:40]
    (tmp_path / "SyrianCrisis_reuters.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    assert_same_clusters([extract_document(nlp, d) for d in read_corpus([tmp_path]).documents])


def test_one_article_repeating_a_dated_sentence_gives_one_event(nlp):
    extraction = extract_document(nlp, Document(id="r", path="r.txt", text="\n".join([SENTENCE] * 300)))
    entities, assignment = resolve_entities([extraction])
    events = resolve_events([extraction], assignment, {e.id: e.label for e in entities})
    assert [(e.title, e.date.value, len(e.sources)) for e in events] == [
        ("Angela Merkel met Emmanuel Macron in Paris", "2019-03", 300)]


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
