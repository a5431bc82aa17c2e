"""Scale: the extraction cache, worker processes, Dask, key dates and the benchmark's sampling.

Every test asserts behaviour (same outputs whatever the cache state, number of
jobs or executor); speed is measured by ``make bench``, never here.
"""
from __future__ import annotations

import json
import shutil
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from kg.cache import ExtractionCache, document_key, source_digest
from kg.cli import main
from kg.compose.dates import collect_dates, date_salience, timeline_summary
from kg.records import Document, DocumentExtraction, EventDate, Sentence, SourceRef, TimelineEvent, Timex
from kg.run import BuildOptions, build
from tests.conftest import ROOT

OUTPUTS = ("timeline.json", "graph.json", "graph.graphml", "graph.html")


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for path in sorted((ROOT / "seeds").iterdir()):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def clean(seeds, tmp_path_factory) -> dict[str, bytes]:
    """The seeds built with one process and no cache: the reference every other way must match."""
    out = tmp_path_factory.mktemp("clean")
    build([seeds], out, BuildOptions(quiet=True))
    return outputs(out)


def test_a_warm_cache_gives_the_same_outputs(seeds, clean, tmp_path):
    cache = tmp_path / "cache"
    cold = build([seeds], tmp_path / "cold", BuildOptions(quiet=True, cache_dir=cache))
    warm = build([seeds], tmp_path / "warm", BuildOptions(quiet=True, cache_dir=cache))
    assert (cold.cached, warm.cached) == (0, 5)
    assert outputs(tmp_path / "cold") == clean
    assert outputs(tmp_path / "warm") == clean


def test_an_edited_document_is_the_only_one_extracted_again(seeds, tmp_path):
    cache = tmp_path / "cache"
    build([seeds], tmp_path / "first", BuildOptions(quiet=True, cache_dir=cache))
    edited = tmp_path / "edited"
    shutil.copytree(seeds, edited)
    article = sorted(edited.iterdir())[0]
    article.write_text(article.read_text("utf-8") + "\nNATO condemned Russia on 3 March 2022.\n", "utf-8")
    incremental = build([edited], tmp_path / "inc", BuildOptions(quiet=True, cache_dir=cache))
    assert incremental.cached == 4
    build([edited], tmp_path / "fresh", BuildOptions(quiet=True))
    assert outputs(tmp_path / "inc") == outputs(tmp_path / "fresh")


def test_a_corrupt_cache_entry_is_ignored_and_rewritten(seeds, clean, tmp_path):
    cache = tmp_path / "cache"
    build([seeds], tmp_path / "first", BuildOptions(quiet=True, cache_dir=cache))
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_text('{"key": "truncat', "utf-8")
    entries[1].write_text(json.dumps({"key": "another", "extraction": {}}), "utf-8")
    again = build([seeds], tmp_path / "again", BuildOptions(quiet=True, cache_dir=cache))
    assert again.cached == 3
    assert outputs(tmp_path / "again") == clean
    assert build([seeds], tmp_path / "third", BuildOptions(quiet=True, cache_dir=cache)).cached == 5


def test_cache_entries_round_trip_and_join_the_current_document(tmp_path):
    document = Document("a", "a.txt", "Text.", title="Old", published="2022-02-24")
    extraction = DocumentExtraction(document, [Sentence(0, 0, 5, "Text.")], [], [], [])
    cache = ExtractionCache(tmp_path, "v1")
    cache.put(extraction)
    renamed = Document("b", "b.txt", "Text.", title="New", published="2022-02-24")
    back = cache.get(renamed)
    assert back is not None and back.document == renamed and back.sentences == extraction.sentences
    assert ExtractionCache(tmp_path, "v2").get(renamed) is None
    assert cache.get(Document("a", "a.txt", "Text.", published="2022-02-25")) is None
    assert not list(tmp_path.rglob("*.tmp"))


def test_the_cache_key_covers_text_and_publication_date_only():
    base = Document("a", "a.txt", "Text.", title="T", published="2022-02-24")
    assert document_key(base) == document_key(Document("z", "z.md", "Text.", title="U", published="2022-02-24"))
    assert document_key(base) != document_key(Document("a", "a.txt", "Text!", published="2022-02-24"))
    assert document_key(base) != document_key(Document("a", "a.txt", "Text.", published=None))


def test_a_change_to_the_extractors_or_resources_changes_the_pipeline_version(tmp_path):
    package = tmp_path / "kg"
    shutil.copytree(Path(resources.files("kg")), package, ignore=shutil.ignore_patterns("__pycache__"))
    before = source_digest(package)
    (package / "pipeline.py").write_text("# not an extraction source\n", "utf-8")
    assert source_digest(package) == before
    (package / "extract" / "events.py").write_text("# changed\n", "utf-8")
    after_code = source_digest(package)
    assert after_code != before
    (package / "resources" / "titles.json").write_text("{}", "utf-8")
    after_resources = source_digest(package)
    assert after_resources != after_code
    (package / "spacy_rules.py").write_text("# the token attributes the extractors read\n", "utf-8")
    assert source_digest(package) != after_resources


def test_two_jobs_give_the_same_outputs_as_one(seeds, clean, tmp_path, monkeypatch):
    import kg.workers

    monkeypatch.setattr(kg.workers, "CHUNK_DOCUMENTS", 1)  # five seeds → five chunks for two workers
    report = build([seeds], tmp_path / "out", BuildOptions(quiet=True, jobs=2))
    assert report.processed == 5
    assert outputs(tmp_path / "out") == clean


def test_a_dask_cluster_gives_the_same_outputs_as_one_process(seeds, clean, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        options = BuildOptions(quiet=True, executor="dask", scheduler=cluster.scheduler_address)
        build([seeds], tmp_path / "out", options)
    assert outputs(tmp_path / "out") == clean


def test_without_dask_the_dask_executor_says_how_to_install_it(seeds, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    status = main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache",
                   "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    assert status == 2
    assert "pip install 'kg[dask]'" in capsys.readouterr().err


def test_the_cli_caches_beside_the_output_unless_told_otherwise(seeds, tmp_path):
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert len(list((tmp_path / ".kgcache").rglob("*.json"))) == 5
    assert main(["build", str(seeds), "--out", str(tmp_path / "b" / "out"), "--quiet", "--no-cache"]) == 0
    assert not (tmp_path / "b" / ".kgcache").exists()
    assert main(["build", str(seeds), "--out", str(tmp_path / "c"), "--quiet", "--cache", str(tmp_path / "k")]) == 0
    assert len(list((tmp_path / "k").rglob("*.json"))) == 5


def _extraction(doc_id: str, published: str | None, dated: list[tuple[str, str]]) -> DocumentExtraction:
    """A document whose sentence i says ``text`` and refers to day ``value``."""
    sentences, timexes, offset = [], [], 0
    for index, (value, text) in enumerate(dated):
        sentences.append(Sentence(index, offset, offset + len(text), text))
        timexes.append(Timex(offset, offset + 4, text[:4], "DATE", value, "absolute", "day", index, value, value))
        offset += len(text) + 1
    return DocumentExtraction(Document(doc_id, doc_id, "", published=published), sentences, timexes, [], [])


def test_date_salience_counts_documents_and_favours_looking_back():
    recalled = "On 2011-02-11 Hosni Mubarak resigned after weeks of protest in Cairo."
    same_day = "Today on 2011-02-10 the crowd in Tahrir Square waited for the speech of the president."
    extractions = [
        _extraction("a", "2011-02-10", [("2011-02-10", same_day), ("2011-02-10", same_day + " Again.")]),
        _extraction("b", "2011-03-01", [("2011-02-11", recalled)]),
        _extraction("c", "2011-03-05", [("2011-02-11", recalled.replace("weeks", "18 days"))]),
    ]
    dates = collect_dates(extractions, [])
    listed = {d["value"]: d for d in date_salience(dates)}
    assert listed["2011-02-10"]["documents"] == 1 and listed["2011-02-10"]["mentions"] == 2
    assert listed["2011-02-10"]["salience"] == 0.75  # one same-day document (0.5) + published that day (0.25)
    assert listed["2011-02-11"]["salience"] == 2.0
    summary = timeline_summary(dates, 1)
    assert summary == [["2011-02-11", [recalled]]]
    both = timeline_summary(dates, 5)
    assert [day for day, _ in both] == ["2011-02-10", "2011-02-11"]
    assert all(1 <= len(sentences) <= 2 for _, sentences in both)


def _event(day: str, anchor_kind: str, *docs: str) -> TimelineEvent:
    date = EventDate(day, day, day, "day", day, "absolute", anchor_kind)
    return TimelineEvent(f"ev-{day}-{anchor_kind}", "t", "d", "OCCURRENCE", "", "said", "asserted", date, [],
                         [SourceRef(doc, "s", 0, 1) for doc in docs])


def test_top_dates_rank_by_the_events_anchored_and_the_sources_reporting_them():
    # two days each recalled by one later document; only events tell them apart
    extractions = [_extraction("a", "2011-03-01", [("2011-02-10", "On 2011-02-10 the crowd in Tahrir Square waited.")]),
                   _extraction("b", "2011-03-01", [("2011-02-11", "On 2011-02-11 Hosni Mubarak resigned as president.")])]
    anchored = [_event("2011-02-11", "timex", "b", "c", "d")]
    assert [day for day, _ in timeline_summary(collect_dates(extractions, anchored), 1)] == ["2011-02-11"]
    # three sources outweigh more events from one source
    anchored = [_event("2011-02-11", "timex", "b", "c", "d"), *(_event("2011-02-10", k, "a") for k in ("timex", "event"))]
    listed = {d["value"]: d for d in date_salience(collect_dates(extractions, anchored))}
    assert (listed["2011-02-10"]["events"], listed["2011-02-10"]["event_sources"]) == (2, 1)
    assert listed["2011-02-11"]["salience"] > listed["2011-02-10"]["salience"]
    # the publication date only bounds when a happening was reported: no source for the day
    published = collect_dates(extractions, [_event("2011-02-10", "publication", "a", "e", "f")])
    assert {d["value"]: d["event_sources"] for d in date_salience(published)}["2011-02-10"] == 0


def test_top_dates_writes_the_summary_and_dates_follow_the_schema(seeds, tmp_path):
    assert main(["build", str(seeds), "--out", str(tmp_path), "--quiet", "--no-cache", "--top-dates", "3"]) == 0
    summary = json.loads((tmp_path / "timeline_summary.json").read_text())
    assert 1 <= len(summary) <= 3
    days = [day for day, _ in summary]
    assert days == sorted(days) and all(len(day) == 10 for day in days)
    assert all(isinstance(s, str) for _, sentences in summary for s in sentences)
    timeline = json.loads((tmp_path / "timeline.json").read_text())
    schema = json.loads(resources.files("kg").joinpath("schema/timeline.schema.json").read_text())
    jsonschema.validate(timeline, schema)
    assert set(days) <= {d["value"] for d in timeline["dates"]}


def test_the_benchmark_sample_is_round_robin_over_topics_and_repeatable(tmp_path):
    from kg.bench import sample

    for topic, count in (("b_topic", 3), ("a_topic", 1)):
        (tmp_path / topic).mkdir()
        lines = [json.dumps({"id": str(i), "time": "2011-01-01", "text": f"{topic} {i}"}) for i in range(count)]
        (tmp_path / topic / "articles.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    picked = [(topic, record["id"]) for topic, record in sample(tmp_path, 3)]
    assert picked == [("a_topic", "0"), ("b_topic", "0"), ("b_topic", "1")]
    assert len(sample(tmp_path, 99)) == 4


class _BatchSizes:
    """A pipeline component that only notes the ``batch_size`` its ``pipe`` is given."""

    seen: list[int] = []

    def __call__(self, doc):
        return doc

    def pipe(self, docs, batch_size: int = 128):
        self.seen.append(batch_size)
        yield from docs


def test_spacy_is_given_the_batch_size_not_the_length_of_each_batch():
    """spaCy's parser and NER parse a batch in sub-batches of a quarter of the ``batch_size`` they
    are given (at least 2): given each batch's length, a batch of 6 articles was parsed 2 at a
    time, which cost the parser a quarter more CPU than bare spaCy's 4 at a time."""
    import spacy
    from spacy.language import Language

    from kg.extract import extract_documents

    if "test_batch_sizes" not in Language.factories:
        Language.factory("test_batch_sizes", func=lambda nlp, name: _BatchSizes())
    nlp = spacy.blank("en")
    nlp.add_pipe("test_batch_sizes")
    _BatchSizes.seen.clear()
    documents = [Document(str(i), f"{i}.txt", f"Talks resumed on Monday in city {i}.") for i in range(6)]
    assert len(list(extract_documents(nlp, documents))) == 6
    assert _BatchSizes.seen == [16]


def test_reader_comments_that_end_a_page_are_not_parsed(nlp):
    """Boilerplate that runs to a page's end is left out of the parse, as in the later pieces of a
    long page: its mentions and events would be dropped, and parsing it cost 6.5 % of the bench."""
    from kg.extract import extract_document

    text = ("BP capped the leaking well on Thursday , the company said .\n"
            "At 1:09 pm on 10 Jun 2010 , Walrus wrote : Shame on BP , they lied to us again .\n")
    extraction = extract_document(nlp, Document("comments", "comments.txt", text))
    assert [sentence.text for sentence in extraction.sentences] == [
        "BP capped the leaking well on Thursday , the company said ."]
