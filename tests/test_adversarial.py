"""What adversarial inputs broke: colliding ids, mixed output sets, YAML bombs, poisoned cache
entries, unbounded cells, out-of-range dates, invisible characters, misplaced caches."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import kg.run
from kg.cache import ExtractionCache, document_key
from kg.cli import main
from kg.export import files
from kg.export.tables import edges_csv, gexf_text, nodes_csv
from kg.read import _printable, read_corpus
from kg.read.formats import FORMAT_CHARACTERS, clean_text
from kg.read.published import normalise_published
from kg.records import Document, DocumentExtraction, EventMention, Mention, Participant, Sentence, Timex
from tests.conftest import ROOT, write_file
from tests.test_robustness import GENEVA, stderr_lines

# 1. Ids ------------------------------------------------------------------------------------

def test_a_suffixed_id_never_takes_another_documents_id(tmp_path, monkeypatch):
    write_file(tmp_path, "in/a.txt", "Chile and Peru met in Lima.")
    write_file(tmp_path, "in/a.md", "Iran and Iraq met in Baghdad.")
    write_file(tmp_path, "in/a~2.txt", "Japan and Korea met in Seoul.")
    write_file(tmp_path, "in/a~3.jsonl", json.dumps({"id": "x", "text": "Spain met Portugal."}) + "\n")
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    assert {d.id: d.path for d in corpus.documents} == {
        "a": "in/a.md", "a~2": "in/a~2.txt", "a~3": "in/a.txt", "a~3#x": "in/a~3.jsonl"}
    assert [str(p) for p in corpus.warnings] == ["in/a.txt: id 'a' already taken; this document is 'a~3'"]


# 2. The output set ---------------------------------------------------------------------------

def test_a_signal_from_another_thread_during_the_writing_never_mixes_two_sets(tmp_path, monkeypatch):
    """Signals delivered while other threads run cannot be blocked: one arriving right after the
    first rename used to leave timeline.json new and graph.json old."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("timeline.json", "graph.json", "nodes.csv"):
        (out / name).write_text("old")
    real_replace = os.replace

    def replace(source, target):
        real_replace(source, target)
        if Path(target).name == "timeline.json":
            sender = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT))
            sender.start()
            sender.join()
            time.sleep(0.05)  # the main thread runs the handler at its next instruction

    monkeypatch.setattr(os, "replace", replace)
    with contextlib.suppress(KeyboardInterrupt):
        files.write_outputs(out, {"timeline.json": "new", "graph.json": "new", "nodes.csv": "new"})
    contents = {p.name: p.read_text() for p in out.iterdir()}
    assert sorted(contents) == ["graph.json", "nodes.csv", "timeline.json"]
    assert len(set(contents.values())) == 1, contents


def test_outputs_of_the_set_a_build_does_not_write_are_removed(tmp_path):
    out = tmp_path / "out"
    files.write_outputs(out, {"timeline.json": "one", "timeline_summary.json": "one"})
    files.write_outputs(out, {"timeline.json": "two"})
    assert [p.name for p in out.iterdir()] == ["timeline.json"]
    (out / "notes.txt").write_text("the user's own file")  # not kg's alone: renamed file by file
    files.write_outputs(out, {"timeline.json": "three", "timeline_summary.json": "three"})
    files.write_outputs(out, {"timeline.json": "four"})
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "timeline.json"]
    assert (out / "timeline.json").read_text() == "four"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder or lock left


def test_a_second_build_into_the_same_folder_is_refused_before_any_work(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GENEVA)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "timeline.json").write_text("being written by another build")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(kg.run, "read_corpus", pytest.fail)
    with files.output_lock(Path("out")):
        assert main(["build", "a.txt", "--out", "out", "--quiet"]) == 2
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: another kg build is writing to out; nothing written"]
    assert (tmp_path / "out" / "timeline.json").read_text() == "being written by another build"


WRITER = """
import signal, sys, time
from pathlib import Path
from kg.export.files import OutputBusy, output_lock, write_outputs
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
print("ready", flush=True)
out, tag, pause = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
try:
    with output_lock(out):
        time.sleep(pause)
        write_outputs(out, {name: f"{tag} {name} " * 20000 for name in sorted(sys.argv[4:])})
except OutputBusy:
    sys.exit(2)
except KeyboardInterrupt:
    sys.exit(130)
"""
SET = ("timeline.json", "graph.json", "graph.graphml", "nodes.csv", "edges.csv", "graph.html")


def _tags(folder_fd: int) -> set[str]:
    """The builds the files of one opened folder come from (what a reader holding it sees)."""
    tags = set()
    for name in os.listdir(folder_fd):
        try:
            handle = os.open(name, os.O_RDONLY, dir_fd=folder_fd)
        except FileNotFoundError:  # the old set being removed after a swap: gone, not mixed
            continue
        with os.fdopen(handle) as opened:
            tags.add(opened.read(10).split(" ")[0])
    return tags


@settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.generate],  # no shrinking: bounded time
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    second_after=st.floats(0, 0.4),
    pauses=st.tuples(st.floats(0, 0.2), st.floats(0, 0.2)),
    signal_after=st.floats(0, 0.6),
    target=st.sampled_from([0, 1]),
    signum=st.sampled_from([signal.SIGINT, signal.SIGTERM]),
    summary=st.booleans(),
)
def test_two_builds_and_a_signal_leave_one_whole_set(
    tmp_path_factory, second_after, pauses, signal_after, target, signum, summary
):
    out = tmp_path_factory.mktemp("race") / "out"
    files.write_outputs(out, {name: f"old {name}" for name in (*SET, "timeline_summary.json")})
    names = [(*SET, "timeline_summary.json") if summary else SET, SET]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen: list[set[str]] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
            try:
                seen.append(_tags(folder))
            finally:
                os.close(folder)

    watcher = threading.Thread(target=reader)
    watcher.start()
    processes = []
    try:
        for number in range(2):
            if number:
                time.sleep(second_after)
            processes.append(subprocess.Popen(
                [sys.executable, "-c", WRITER, str(out), f"build{number}", str(pauses[number]), *names[number]],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            assert processes[-1].stdout.readline() == "ready\n"  # its handlers are installed
        time.sleep(signal_after)
        processes[target].send_signal(signum)
        statuses = [process.wait(timeout=60) for process in processes]
    finally:
        stop.set()
        watcher.join()
    # -SIGNUM: the signal came as Python was exiting, its handlers reset, the writing done
    assert set(statuses) <= {0, 2, 130, 143, -signal.SIGINT, -signal.SIGTERM}, [p.stderr.read() for p in processes]
    assert all(len(tags) <= 1 for tags in seen), [tags for tags in seen if len(tags) > 1][:3]
    final = {p.name: p.read_text().split(" ")[0] for p in out.iterdir()}
    assert len(set(final.values())) == 1, final
    written = {"old": (*SET, "timeline_summary.json"), "build0": names[0], "build1": names[1]}
    assert sorted(final) == sorted(written[next(iter(final.values()))])
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]


# 3. Front matter -------------------------------------------------------------------------------

def _alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels}\n---\nRussia and Ukraine met in Minsk.\n"


@pytest.mark.parametrize("levels", [4, 8])  # 8: the 594-byte file whose title is a billion strings
def test_yaml_aliases_in_front_matter_are_refused(tmp_path, monkeypatch, levels):
    write_file(tmp_path, "in/bomb.md", _alias_bomb(levels))
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    (document,) = corpus.documents
    assert document.title == "Russia and Ukraine met in Minsk."
    assert [str(p) for p in corpus.warnings] == [
        "in/bomb.md: front matter ignored (invalid YAML: aliases (*name) are not allowed in front matter)"]


def test_front_matter_values_must_be_short_single_values(tmp_path, monkeypatch):
    write_file(tmp_path, "in/a.md", f"---\ntitle: [one, two]\nurl: {'x' * 3000}\ndate: 2022-02-15\n---\nChile met Peru.\n")
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    (document,) = corpus.documents
    assert (document.title, document.url, document.published) == ("Chile met Peru.", None, "2022-02-15")
    assert [p.reason for p in corpus.warnings] == [
        "front matter 'title' ignored (not a single value of at most 2000 characters)",
        "front matter 'url' ignored (not a single value of at most 2000 characters)",
    ]


# 4, 5. The cache -------------------------------------------------------------------------------

TEXT = "Russia met Ukraine in Minsk on 5 May 2022."


def _extraction() -> DocumentExtraction:
    document = Document(id="a", path="a.txt", text=TEXT, published="2022-05-06")
    return DocumentExtraction(
        document=document,
        sentences=[Sentence(0, 0, len(TEXT), TEXT)],
        timexes=[Timex(31, 41, "5 May 2022", "DATE", "2022-05-05", "absolute", "day", 0, "2022-05-05", "2022-05-05")],
        mentions=[Mention(0, 6, "Russia", "GPE", 0, "russia"), Mention(11, 18, "Ukraine", "GPE", 0, "ukraine")],
        events=[EventMention(7, 10, "met", "meet", "MEET", "verbal_cooperation", 0,
                             [Participant(0, "actor"), Participant(1, "recipient")], timex=0)],
    )


def _poison(entry: dict, path: tuple, value) -> dict:
    target = entry["extraction"]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return entry


@pytest.mark.parametrize("path, value", [
    (("timexes", 0, "start_date"), 12345),
    (("sentences", 0, "text"), None),
    (("sentences", 0, "start"), "0"),
    (("mentions", 0, "antecedent"), True),
    (("events", 0, "participants"), [{"mention": 7, "role": "actor"}]),  # no such mention
    (("mentions", 1, "end"), 10_000),  # past the end of the text
])
def test_a_cache_entry_of_the_wrong_shape_is_recomputed_and_rewritten(tmp_path, path, value):
    cache = ExtractionCache(tmp_path, "v1")
    extraction = _extraction()
    cache.put(extraction)
    entry_path = next(tmp_path.rglob("*.json"))
    entry_path.write_text(json.dumps(_poison(json.loads(entry_path.read_text()), path, value)))
    assert cache.get(extraction.document) is None
    assert (cache.invalid, cache.misses) == (1, 1)
    cache.put(extraction)
    assert cache.get(extraction.document) == extraction


def test_a_deeply_nested_cache_entry_is_a_bad_entry(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    document = _extraction().document
    key = document_key(document)
    (tmp_path / "v1" / key[:2]).mkdir(parents=True)
    (tmp_path / "v1" / key[:2] / f"{key}.json").write_text("[" * 100_000)
    assert cache.get(document) is None
    assert cache.invalid == 1


def test_an_unusable_cache_gives_one_warning_and_the_build_goes_on(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GENEVA)
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "a.txt", "b.txt", "--out", "out", "--cache", "cache", "--quiet"]) == 0
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: warning: cannot write the cache cache (Not a directory); going on without it"]
    assert (tmp_path / "out" / "timeline.json").exists()


def test_a_cache_inside_the_input_folder_is_never_read_as_input(tmp_path, monkeypatch, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GENEVA)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        assert main(["build", "in", "--out", "out", "--cache", "in/cache", "--strict", "--quiet"]) == 0
    assert stderr_lines(capsys.readouterr().err) == []
    assert list((tmp_path / "in" / "cache").rglob("*.json"))


# 6. Cells ----------------------------------------------------------------------------------------

def test_flat_exports_bound_every_cell_and_json_keeps_all():
    sentence = "Russia attacked Ukraine again, officials said. " * 3
    evidence = [{"doc": f"d{i}", "sentence": sentence} for i in range(2000)]
    graph = nx.MultiDiGraph()
    graph.add_node("russia", label="Russia", type="GPE", mentions=2000, aliases=["Russia"], documents=[f"d{i}" for i in range(2000)])
    graph.add_node("ukraine", label="U" * 100_000, type="GPE", mentions=1, aliases=[], documents=[])
    graph.add_edge("russia", "ukraine", key="e1", kind="relation", relation="ATTACK", evidence=evidence)
    cells = [cell for text in (edges_csv(graph), nodes_csv(graph)) for row in csv.reader(io.StringIO(text))
             for cell in row]
    assert max(map(len, cells)) < 10_000
    edge = next(csv.DictReader(io.StringIO(edges_csv(graph))))
    kept = json.loads(edge["evidence"])
    assert kept[0] == evidence[0] and kept[-1] == {"more": 2000 - len(kept) + 1}
    for text in (gexf_text(graph), files.graphml_text(graph)):
        assert len(text) < 100_000
    assert len(files.graph_json(graph)["edges"][0]["evidence"]) == 2000


# 7. Smaller ones -----------------------------------------------------------------------------------

def test_publication_dates_kg_cannot_compute_with_are_ignored_and_valid_clocks_kept():
    for value in ("9999-12-31", "0001-01-01", "2023-02-28T25:99:99", "2023-02-28T10:61", "2023-02-28T",
                  "2023-02-28 24:00"):
        assert normalise_published(value) is None, value
    for value in ("2023-02-28T10:00:00Z", "2023-02-28 23:59:60.5+01:00", "2023-02-28 (Tuesday)"):
        assert normalise_published(value) == "2023-02-28", value


def test_format_characters_are_every_cf_character():
    cleaned = clean_text("".join(map(chr, range(sys.maxunicode + 1))))
    assert not [c for c in cleaned if unicodedata.category(c) == "Cf"]
    assert FORMAT_CHARACTERS


def test_invisible_characters_become_spaces_and_never_reach_names_or_paths(tmp_path, monkeypatch):
    write_file(tmp_path, "in/real.txt", "Vladimir Putin met Emmanuel Macron in Moscow.")
    write_file(tmp_path, "in/fake\u202etxt.md", "Vladimir Pu\u200dtin spoke.\ufeff He left\u2066.")
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    fake = next(d for d in corpus.documents if "fake" in d.path)
    assert fake.text == "Vladimir Pu tin spoke.  He left ."
    assert len(fake.text) == len("Vladimir Pu\u200dtin spoke.\ufeff He left\u2066.")  # offsets stay
    assert (fake.id, fake.path) == ("fake\\u202etxt", "in/fake\\u202etxt.md")
    assert _printable("a\u202eb\u200dc") == "a\\u202eb\\u200dc"


def test_a_bad_out_is_found_before_any_work(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Nobody said anything.")
    (tmp_path / "out").write_text("a file, not a folder")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(kg.run, "read_corpus", pytest.fail)
    assert main(["build", "a.txt", "--out", "out", "--quiet"]) == 2
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: cannot write the outputs to out (Not a directory); nothing written"]
