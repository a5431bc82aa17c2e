"""Merging event mentions: the blocked merge (candidate clusters by key, compared with each
cluster's summary) makes the clusters that comparing every pair of mentions makes.

``pairwise`` below is the earlier, quadratic algorithm, kept as the reference: each
dated mention joins the first cluster whose every member it agrees with. Speed is
measured by ``make bench``.
"""
from __future__ import annotations

from itertools import groupby

import pytest

from kg.extract import extract_document
from kg.read import read_corpus
from kg.records import ActorRef, Document, DocumentExtraction, EventDate, EventMention, Sentence
from kg.resolve.entities import resolve_entities
from kg.resolve.events import (
    GENERIC_TYPE,
    _cluster,
    _compatible,
    _document_groups,
    _Member,
    _members,
    _once,
    _once_happenings,
    _same_saying,
    _told_clusters,
    canonical_names,
    name_key,
    resolve_events,
)
from kg.resources import load_json
from tests.conftest import ROOT, shared_data

SENTENCE = "Angela Merkel met Emmanuel Macron in Paris in March 2019."


def _windowed(member: _Member) -> bool:
    return bool(member.span) and member.span[2:] == ("window",)


def _agree(member: _Member, other: _Member) -> bool:
    """Whether two mentions of different documents may be one event, compared directly."""
    return (member.kind == other.kind
            and not member.vague and not other.vague
            and not (_windowed(member) and not other.object) and not (_windowed(other) and not member.object)
            and (not (member.span and other.span) or _compatible(member.span, other.span))
            and member.parties.agree(other.parties, member.kind[0] in _once_happenings())
            and not (member.object and other.object and member.object != other.object)
            and len({member.event.type, other.event.type} - {GENERIC_TYPE}) < 2
            and not (member.statement and other.statement
                     and (member.extraction.document.id == other.extraction.document.id
                          or not _same_saying(member.said, other.said))))


def pairwise(members: list[_Member]) -> list[list[_Member]]:
    """The reference merge: each article's groups (``_document_groups``, which the blocking
    does not touch) compared with every member of every cluster."""
    canonical = canonical_names({name_key(m.event.name) for m in members if m.event.name})
    named: dict[str, list[_Member]] = {}
    clusters: list[list[_Member]] = []
    dated: list[list[_Member]] = []
    for _, document in groupby(members, key=lambda m: m.extraction.document.id):
        unnamed = []
        for member in document:
            if member.event.name:
                key = canonical[name_key(member.event.name)]
                if key not in named:
                    named[key] = []
                    clusters.append(named[key])
                named[key].append(member)
            else:
                unnamed.append(member)
        for group in _document_groups(unnamed):
            if group.lead.span is None:
                clusters.append(list(group.members))
                continue
            fits = (c for c in dated if all(_agree(m, o) for m in group.members for o in c))
            cluster = next(fits, None)
            if cluster is None:
                dated.append(cluster := [])
                clusters.append(cluster)
            cluster.extend(group.members)
    for cluster in [c for c in clusters if not c[0].event.name and all(m.span is None for m in c)]:
        description = cluster[0]
        if not description.event.definite or not _once(description):
            continue
        targets = [c for c in dated if all(description.kind == o.kind and not m.parties.conflict(o.parties)
                                           for m in cluster for o in c)]
        if len(targets) == 1:
            targets[0].extend(cluster)
            clusters.remove(cluster)
    return clusters


def _as_pairs(clusters: list[list[_Member]]) -> list[list[tuple[str, int]]]:
    """Each cluster as its mentions' sorted (document id, offset) pairs, clusters sorted."""
    return sorted(sorted((m.extraction.document.id, m.event.start) for m in c) for c in clusters)


def assert_same_clusters(extractions: list[DocumentExtraction]) -> None:
    entities, assignment = resolve_entities(extractions)
    members = _members(extractions, assignment, {e.id: e.label for e in entities})
    blocked = _as_pairs([c.members for c in _told_clusters(members)])
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


def _events(nlp, articles: list[tuple[str, str]]):
    extractions = [extract_document(nlp, Document(id=f"d{i}", path=f"d{i}.txt", text=text, published=published))
                   for i, (text, published) in enumerate(articles)]
    entities, assignment = resolve_entities(extractions)
    return resolve_events(extractions, assignment, {e.id: e.label for e in entities})


HAPPENINGS = load_json("event_coreference.json")["happenings"]


@pytest.mark.parametrize("name", sorted(HAPPENINGS))
def test_two_wordings_of_one_happening_make_one_event_with_both_sources(nlp, name):
    events = _events(nlp, [tuple(article) for article in HAPPENINGS[name]["example"]])
    merged = [e for e in events if {s.doc for s in e.sources} == {"d0", "d1"}]
    assert merged, [(e.title, e.trigger, e.date and e.date.value, [s.doc for s in e.sources]) for e in events]


def test_an_event_told_in_the_past_joins_one_of_the_days_before_publication(nlp):
    events = _events(nlp, [("On 16 June 2010, BP set up a $20bn compensation fund.", "2010-06-17"),
                           ("The oil company BP set up a $20bn compensation fund for the victims.", "2010-06-19")])
    fund = [e for e in events if "fund" in e.title]
    assert [(e.date.value, len(e.sources)) for e in fund] == [("2010-06-16", 2)], [e.title for e in events]


def test_a_week_later_the_same_words_are_another_event(nlp):
    events = _events(nlp, [("Barack Obama met Tony Hayward at the White House.", "2010-06-16"),
                           ("Barack Obama met Tony Hayward at the White House.", "2010-06-30")])
    assert sorted(len(e.sources) for e in events if e.trigger == "meet") == [1, 1]


def test_the_same_verb_with_another_object_is_another_event(nlp):
    events = _events(nlp, [("On 16 June 2010, BP set up a compensation fund.", "2010-06-17"),
                           ("On 16 June 2010, BP set up a website.", "2010-06-17")])
    assert sorted(len(e.sources) for e in events if e.trigger == "set") == [1, 1], [e.title for e in events]


def test_each_statement_an_article_reports_is_its_own_event(nlp):
    text = ("Tony Hayward said on Thursday that the well was secure. "
            "Tony Hayward said on Thursday that the cap was working well.")
    events = _events(nlp, [(text, "2010-06-18")])
    assert len([e for e in events if e.trigger == "say"]) == 2, [e.title for e in events]


def test_an_article_naming_its_event_again_makes_one_event(nlp):
    text = ("Airbus won a contract from the US Air Force on 29 February 2008. "
            "Airbus won the contract with its partner Northrop Grumman.")
    events = _events(nlp, [(text, "2008-03-01")])
    won = [e for e in events if e.trigger == "win"]
    assert [(e.date.value, len(e.sources)) for e in won] == [("2008-02-29", 2)], [e.title for e in events]


def test_two_possibilities_in_one_article_stay_two(nlp):
    text = ("It is easy to imagine that Putin could attack Ukraine again after a ceasefire. "
            "Only the prospect of war would force Putin to conclude that attacking Ukraine again would bring devastation.")
    extraction = extract_document(nlp, Document(id="d0", path="d0.txt", text=text, published="2023-07-01"))
    entities, assignment = resolve_entities([extraction])
    events = resolve_events([extraction], assignment, {e.id: e.label for e in entities}, all_events=True)
    attacks = [e for e in events if e.trigger == "attack"]
    assert [len(e.sources) for e in attacks] == [1, 1], [(e.title, e.factuality) for e in attacks]


# told in a main clause: "the earthquake *that struck* Haiti" would be a known happening's relative clause,
# in the earthquake's time, which no publication gives
BACKGROUND = "The earthquake struck Haiti and left an estimated 1.5 million people homeless."


def test_a_background_sentence_repeated_by_later_articles_is_one_event_of_the_first(nlp):
    events = _events(nlp, [(f"Aid reached the capital. {BACKGROUND}", "2010-02-03"),
                           (f"Rain flooded the camps. {BACKGROUND}", "2010-03-20"),
                           (f"{BACKGROUND} Doctors warned of cholera.", "2010-01-25")])
    repeated = [e for e in events if e.description == BACKGROUND]
    assert [(sorted(s.doc for s in e.sources), e.date.value) for e in repeated] == [(["d0", "d1", "d2"], "2010-01-25")], \
        [(e.title, e.date and e.date.value, [s.doc for s in e.sources]) for e in events]


TEASER = "Hopes for a negotiated settlement remain alive despite tensions stoked by recent air strikes, says Jim Muir."
FURNITURE = load_json("event_coreference.json")["page_furniture"]


def test_a_teaser_printed_beside_every_article_makes_no_event(nlp):
    pages = FURNITURE["min_documents"]
    articles = [(f"Troops shelled the town of Rastan for {day} hours. {TEASER}", f"2012-03-{day:02d}")
                for day in range(1, pages + 1)]
    events = _events(nlp, articles)
    assert not [e for e in events if e.description == TEASER]
    assert len({s.doc for e in events if e.trigger == "shell" for s in e.sources}) == pages, [e.title for e in events]


def test_the_same_words_on_friday_in_articles_of_different_weeks_are_two_events(nlp):
    sentence = "Rebel fighters captured the oil port of Brega after heavy fighting with government forces on Friday."
    events = _events(nlp, [(sentence, "2011-03-05"), (sentence, "2011-03-19"), (sentence, "2011-03-05")])
    captures = [(e.date.value, sorted(s.doc for s in e.sources)) for e in events if e.trigger == "capture"]
    assert captures == [("2011-03-04", ["d0", "d2"]), ("2011-03-18", ["d1"])], [e.title for e in events]


def test_halves_of_two_articles_join_only_for_a_happening_that_happens_once(nlp):
    # one names who did it, the other to whom: one invasion, but two different releases
    events = _events(nlp, [("Russia invaded in February 2022.", "2022-03-01"),
                           ("The invasion of Ukraine on 24 February 2022 shocked Europe.", "2022-03-02")])
    assert [len(e.sources) for e in events if e.trigger in ("invade", "invasion")] == [2], [e.title for e in events]
    events = _events(nlp, [("Mouaz al-Khatib was released in May 2011.", "2011-06-01"),
                           ("Egypt released on 6 May 2011 the remaining protesters.", "2011-06-02")])
    assert [len(e.sources) for e in events if e.trigger == "release"] == [1, 1], [e.title for e in events]


def test_a_live_blog_entry_after_its_publication_day_is_no_future(nlp):
    """A live blog (clock-stamped entries) runs on past the date it bears: "said Monday" in one
    begun on Sunday is the next day and stays a fact; in an ordinary article the same words are
    the Monday before."""
    blog = ("(4:46 p.m. Monday ET) Vladimir Putin said Monday that the resolution was flawed. (2:10 p.m. Sunday ET) "
            "Rebels held the town. (11:05 a.m. Sunday ET) Jets flew over Tripoli.")
    for text, day in ((blog, "2011-03-21"), ("Vladimir Putin said Monday that the resolution was flawed.", "2011-03-14")):
        extractions = [extract_document(nlp, Document(id="d0", path="d0.txt", text=text, published="2011-03-20"))]
        entities, assignment = resolve_entities(extractions)
        events = resolve_events(extractions, assignment, {e.id: e.label for e in entities}, all_events=True)
        said = next(e for e in events if e.trigger == "say")
        assert (said.date.value, said.factuality) == (day, "asserted")


def test_an_event_told_by_three_sources_is_titled_as_most_tell_it(nlp):
    """The first source may tell it oddly (a headline run into its standfirst); the title the others
    share is the event's."""
    events = _events(nlp, [
        ("Russia invaded Ukraine with tanks from Belarus in February 2022 .", "2022-03-01"),
        ("Russia invaded Ukraine in February 2022 .", "2022-03-02"),
        ("In February 2022 Russia invaded Ukraine .", "2022-03-03")])
    invasions = [e for e in events if e.trigger == "invade"]
    assert [(len(e.sources), e.title) for e in invasions] == [(3, "Russia invaded Ukraine")], [e.title for e in events]
