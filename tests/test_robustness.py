"""`kg build` over a corpus of bad inputs: exact warnings, the good documents in the outputs,
no traceback; --strict, exit statuses, interrupts, long documents and reproducibility."""
from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
import pytest
from spacy.language import Language

from kg.cli import main
from tests.conftest import ROOT

OUTPUTS = ("timeline.json", "graph.json", "graph.graphml", "graph.html", "timeline.html", "graph.gexf",
           "nodes.csv", "edges.csv", "events.csv", "timelinejs.json")
SUPPORTED = "(kg reads .txt, .md, .markdown, .html, .htm, .jsonl)"

GENEVA = (
    "Geneva, 10 January 2022 — Russian and American diplomats met in Geneva on Monday to discuss "
    "Ukraine. Wendy Sherman said the United States rejected Russia's demands. NATO will meet in "
    "Brussels on Wednesday, officials said.\n"
)
CP1252 = (
    "Paris, 7 February 2022 — Emmanuel Macron met Vladimir Putin in Moscow on Monday.\n"
    "The French president called the “talks” ‘useful’ – said a Café owner.\n"
)
UTF16 = "Kyiv, 8 February 2022 — Emmanuel Macron visited Kyiv on Tuesday and met Volodymyr Zelensky.\n"
STRANGE = (
    "Berlin, 1 March 2022\nGermany condemned Russia on Tuesday for the <script>alert(\"x\")</script> & 'quotes' "
    "\x01\x1b attack — 中文 עברית 🇺🇦.\n"
)
PAGE = """<html><head><title>Site | Turkey hosts talks</title>
<meta property="article:published_time" content="2030-03-10T08:00:00Z"><script>var t="TRACKER";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a></nav><article><h1>Turkey hosts talks</h1>
<p>Turkey hosted the Russian and Ukrainian foreign ministers in Antalya on Thursday. Sergei Lavrov met
Dmytro Kuleba, the Turkish foreign ministry said.</p></article><footer>Copyright Site</footer></body></html>"""


def make_bad_corpus(folder: Path) -> None:
    """The good articles and every kind of bad input, built from scratch."""
    def write(name: str, data: str | bytes) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    folder.mkdir(parents=True)
    write("geneva.txt", GENEVA)
    write("copy-of-geneva.txt", GENEVA.replace("\n", "\r\n"))
    write("paris-cp1252.txt", CP1252.encode("cp1252"))
    write("kyiv-utf16.txt", ("\ufeff" + UTF16).encode("utf-16-le"))
    write("strange.txt", STRANGE)
    write("turkey.html", PAGE)
    write("menu-only.html", "<html><head><script>x()</script></head><body><nav><a>Home</a></nav></body></html>")
    write("front.md", "---\ntitle: Talks in Minsk\ndate: 2022-02-15\n---\nRussia and Ukraine signed an agreement in Minsk last week.\n")
    write("bad-front.md", "---\ntitle: [unclosed\n---\nPoland and Lithuania signed a deal in Vilnius.\n")
    write("dump.jsonl", "\n".join([
        json.dumps({"id": "a", "text": "China and India held talks in Beijing on 4 May 2021.", "published": "2021-05-05"}),
        "{not json",
        json.dumps({"id": "b", "title": "no text here"}),
        json.dumps({"id": "c", "text": "Nobody said anything."}),  # no dates, no entities: fine
    ]) + "\n")
    write("empty.txt", b"")
    write("scan.txt", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj")
    write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write("metadata.json", json.dumps({
        "geneva.txt": {"title": "Geneva talks"},
        "../../etc/passwd": {"title": "escape"},
        "deleted.txt": {"published": "2022-01-01"},
    }))
    (folder / "elsewhere.txt").symlink_to("/etc/hostname")


def expected_warnings(d: str) -> set[str]:
    return {
        f"kg: skipped {d}/dump.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes)",
        f'kg: skipped {d}/dump.jsonl:3: no "text" string in the record',
        f"kg: skipped {d}/elsewhere.txt: symbolic link to a file outside the input folder",
        f"kg: skipped {d}/empty.txt: empty file",
        f"kg: skipped {d}/menu-only.html: HTML page with no main text (only navigation, scripts or markup)",
        f"kg: skipped {d}/photo.jpg: unsupported file type {SUPPORTED}",
        f"kg: skipped {d}/scan.txt: a PDF file, not text",
        f"kg: warning: {d}/bad-front.md: front matter ignored (invalid YAML: expected ',' or ']', but got '<stream end>')",
        f"kg: warning: {d}/metadata.json: metadata entry '../../etc/passwd' ignored (points outside the folder)",
        f"kg: warning: {d}/metadata.json: metadata entry 'deleted.txt' ignored (names no file in the folder)",
        f"kg: duplicate {d}/geneva.txt has the same text as {d}/copy-of-geneva.txt; processed once",
    }


def stderr_lines(text: str) -> list[str]:
    """The lines kg printed, without the progress bar's."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("documents:")]


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    """The bad corpus built in-process (relative paths, from the folder holding it)."""
    base = tmp_path_factory.mktemp("bad")
    make_bad_corpus(base / "in")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(base)
        err_path = base / "stderr.txt"
        with open(err_path, "w") as err:
            patch.setattr(sys, "stderr", err)
            status = main(["build", "in", "--out", "out", "--quiet"])
    return base, status, err_path.read_text()


def test_bad_inputs_give_exactly_the_expected_warnings(bad_build):
    base, status, stderr = bad_build
    assert status == 0
    assert set(stderr_lines(stderr)) == expected_warnings("in")
    assert len(stderr_lines(stderr)) == len(expected_warnings("in"))  # each once; --quiet: no summary line
    assert "Traceback" not in stderr


def test_the_good_documents_are_in_the_outputs(bad_build):
    base, _, _ = bad_build
    timeline = json.loads((base / "out" / "timeline.json").read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in timeline["documents"]}
    assert set(documents) == {
        "copy-of-geneva", "paris-cp1252", "kyiv-utf16", "strange", "turkey", "front", "bad-front", "dump#a", "dump#c"}
    assert documents["turkey"]["title"] == "Turkey hosts talks"
    assert (documents["turkey"]["published"], documents["turkey"]["published_source"]) == ("2030-03-10", "html-meta")
    assert (documents["front"]["title"], documents["front"]["published"]) == ("Talks in Minsk", "2022-02-15")
    assert documents["paris-cp1252"]["title"] == CP1252.splitlines()[0]
    assert documents["paris-cp1252"]["published"] == "2022-02-07"
    assert documents["kyiv-utf16"]["title"] == UTF16.strip()
    assert documents["dump#a"]["published"] == "2021-05-05"
    assert all(d["path"].startswith("in/") for d in documents.values())  # as given: relative stays relative
    labels = {n["label"] for n in json.loads((base / "out" / "graph.json").read_text())["nodes"]}
    assert {"Emmanuel Macron", "Turkey", "Geneva"} <= labels
    texts = {"paris-cp1252": CP1252, "kyiv-utf16": UTF16, "copy-of-geneva": GENEVA.replace("\n", "\r\n"),
             "front": (base / "in" / "front.md").read_text(encoding="utf-8")}  # offsets into the file itself
    sources = [s for e in timeline["events"] + timeline["undated"] + timeline["other"] for s in e["sources"]]
    assert {s["doc"] for s in sources} >= {"paris-cp1252", "kyiv-utf16", "turkey", "front"}
    for source in sources:
        if source["doc"] in texts:
            assert texts[source["doc"]][source["start"] : source["end"]] == source["sentence"]


def test_text_is_kept_raw_in_json_and_graphml_is_valid_xml(bad_build):
    base, _, _ = bad_build
    timeline_text = (base / "out" / "timeline.json").read_text(encoding="utf-8")
    graph_text = (base / "out" / "graph.json").read_text(encoding="utf-8")
    timeline = json.loads(timeline_text)
    strange = [s["sentence"] for e in timeline["events"] + timeline["undated"] + timeline["other"]
               for s in e["sources"] if s["doc"] == "strange"]
    assert any("<script>alert(\"x\")</script> & 'quotes'    attack — 中文 עברית 🇺🇦." in s for s in strange), strange
    assert "中文 עברית 🇺🇦" in timeline_text and "\\u" not in timeline_text  # raw characters, not escapes
    assert "<script>alert(\\\"x\\\")</script>" in graph_text
    ElementTree.parse(base / "out" / "graph.graphml")  # well-formed XML: no control characters left
    graph = nx.read_graphml(base / "out" / "graph.graphml")
    evidence = [e["sentence"] for _, _, data in graph.edges(data=True) for e in json.loads(data["evidence"])]
    assert any("<script>alert(\"x\")</script> & 'quotes'    attack — 中文 עברית 🇺🇦." in e for e in evidence)


FAKE_CLOCK = """
import datetime, time
NOW = datetime.datetime(2041, 3, 15, 12, 0, tzinfo=datetime.timezone.utc).timestamp()


class FakeDatetime(datetime.datetime):
    __slots__ = ()  # the size compiled extensions expect

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(NOW, tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(NOW)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(NOW)


class FakeDate(datetime.date):
    __slots__ = ()

    @classmethod
    def today(cls):
        return cls.fromtimestamp(NOW)


datetime.datetime, datetime.date, time.time = FakeDatetime, FakeDate, lambda: NOW
"""


def test_subprocess_on_another_day_and_time_zone_gives_the_same_warnings_and_identical_outputs(bad_build):
    """Run as a subprocess whose clock says 15 March 2041 (a sitecustomize module fakes it),
    in UTC+14: same warnings, the same bytes as the in-process build, no trace of either day."""
    base, _, stderr = bad_build
    (base / "clock").mkdir()
    (base / "clock" / "sitecustomize.py").write_text(FAKE_CLOCK)
    env = dict(os.environ, TZ="Pacific/Kiritimati", SOURCE_DATE_EPOCH="0", PYTHONPATH=str(base / "clock"))
    result = subprocess.run(
        [sys.executable, "-c", "import datetime; print(datetime.date.today())"], env=env,
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.strip() == "2041-03-16"  # the fake clock is in force (UTC+14: already the 16th)
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", "in", "--out", "out2"], cwd=base, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = stderr_lines(result.stderr)
    assert set(lines[:-1]) == expected_warnings("in") and len(lines) == len(expected_warnings("in")) + 1
    assert lines[-1] == ("kg: 9 documents processed, 7 skipped, 3 warnings, 1 duplicate; "
                         "wrote 10 files to out2")
    assert "Traceback" not in result.stderr
    today = datetime.date.today()
    days = [today + datetime.timedelta(days=n) for n in (-1, 0, 1)] + [datetime.date(2041, 3, d) for d in (15, 16)]
    for name in OUTPUTS:
        data = (base / "out2" / name).read_bytes()
        assert data == (base / "out" / name).read_bytes(), name
        for day in days:
            assert day.isoformat().encode() not in data, (name, day)


def test_strict_fails_and_writes_nothing(tmp_path, monkeypatch, capsys):
    make_bad_corpus(tmp_path / "in")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "timeline.json").write_text("previous")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "in", "--out", "out", "--strict"]) == 3
    lines = stderr_lines(capsys.readouterr().err)
    assert set(lines[:-1]) == expected_warnings("in")
    assert lines[-1] == "kg: --strict: 7 skipped, 3 warnings, 1 duplicate; nothing written, out left as it was"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["timeline.json"]
    assert (tmp_path / "out" / "timeline.json").read_text() == "previous"


@Language.component("kg_test_fails_on_boom")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("cannot handle BOOM")
    return doc


def test_a_document_that_breaks_the_pipeline_is_skipped_and_the_others_processed(tmp_path, monkeypatch, capsys):
    from kg import nlp as kg_nlp

    def load_pipeline(model=None):
        nlp = real_load(model)
        nlp.add_pipe("kg_test_fails_on_boom", first=True)
        return nlp

    real_load = kg_nlp.load_pipeline
    monkeypatch.setattr(kg_nlp, "load_pipeline", load_pipeline)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GENEVA)
    (tmp_path / "in" / "b.txt").write_text("BOOM. NATO met in Brussels.")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "in", "--out", "out"]) == 0
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: skipped in/b.txt: could not be processed (ValueError: cannot handle BOOM)",
        "kg: 1 document processed, 1 skipped, 0 warnings, 0 duplicates; wrote 10 files to out",
    ]
    before = {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUTS}
    assert [d["id"] for d in json.loads(before["timeline.json"])["documents"]] == ["a"]
    assert main(["build", "in", "--out", "out", "--strict"]) == 3
    assert stderr_lines(capsys.readouterr().err)[-1] == (
        "kg: --strict: 1 skipped, 0 warnings, 0 duplicates; nothing written, out left as it was")
    assert {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUTS} == before


def test_a_failing_jsonl_record_is_named_by_its_line_and_the_extractions_before_it_are_not_redone(
        tmp_path, monkeypatch, capsys):
    """The failed run cached what it extracted before the failure: the document-by-document
    pass reads that back and runs the pipeline only on the rest."""
    from kg import extract as kg_extract
    from kg import nlp as kg_nlp

    def load_pipeline(model=None):
        nlp = real_load(model)
        nlp.add_pipe("kg_test_fails_on_boom", first=True)
        return nlp

    def extract_document(nlp, document):
        extracted_one_by_one.append(document.id)
        return real_extract(nlp, document)

    real_load, real_extract = kg_nlp.load_pipeline, kg_extract.extract_document
    extracted_one_by_one: list[str] = []
    monkeypatch.setattr(kg_nlp, "load_pipeline", load_pipeline)
    monkeypatch.setattr(kg_extract, "extract_document", extract_document)
    (tmp_path / "in").mkdir()
    # 17 articles before the broken one: the pipeline's first batch (16) is done and cached when it fails
    records = [{"id": f"r{day:02}", "text": f"Russia and France met in Geneva on {day} January 2022."}
               for day in range(1, 18)]
    records += [{"id": "r18", "text": "BOOM. NATO met in Brussels."},
                {"id": "r19", "text": "France and Germany signed an agreement in Paris on 14 January 2022."}]
    (tmp_path / "in" / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.chdir(tmp_path)
    assert main(["build", "in", "--out", "out", "--quiet"]) == 0
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: skipped in/news.jsonl:18: could not be processed (ValueError: cannot handle BOOM)"]
    documents = json.loads((tmp_path / "out" / "timeline.json").read_text())["documents"]
    assert [d["id"] for d in documents] == [f"news#r{n:02}" for n in range(1, 20) if n != 18]
    assert extracted_one_by_one == ["news#r17", "news#r18", "news#r19"]


def test_nothing_readable_exits_1_with_a_clear_message(tmp_path, monkeypatch, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "in", "no-such-folder", "--out", "out"]) == 1
    assert stderr_lines(capsys.readouterr().err) == [
        "kg: skipped in/empty.txt: empty file",
        f"kg: skipped in/notes.docx: unsupported file type {SUPPORTED}",
        "kg: skipped no-such-folder: no such file or folder",
        "kg: no document could be processed (3 skipped, 0 warnings, 0 duplicates); nothing written",
    ]
    assert not (tmp_path / "out").exists()


def test_a_multi_megabyte_document_is_processed_in_pieces_with_offsets_into_the_whole(tmp_path, monkeypatch):
    """2.6 MB, past spaCy's max_length: the sentences near the end keep their offsets into the whole text."""
    filler = ("\n\n" + " " * 4000) * 300  # 1.2 MB of layout white space per gap: cheap to parse
    parts = [
        "Geneva, 14 January 2022 — Russia and the United States met in Geneva on Monday.",
        "NATO condemned Russia on 12 January 2022, Jens Stoltenberg said in Brussels.",
        "France and Germany signed an agreement in Paris on 14 January 2022.",
    ]
    text = filler.join(parts) + "\n"
    assert len(text) > 2_400_000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "long.txt", "--out", "out", "--quiet"]) == 0
    timeline = json.loads((tmp_path / "out" / "timeline.json").read_text())
    events = timeline["events"] + timeline["undated"] + timeline["other"]
    sources = [s for e in events for s in e["sources"]]
    assert max(s["end"] for s in sources) > 2_400_000
    for source in sources:
        assert text[source["start"] : source["end"]] == source["sentence"]
    assert {s["sentence"] for s in sources} == set(parts)
    dates = {e["date"]["value"] for e in timeline["events"]}
    assert {"2022-01-12", "2022-01-14"} <= dates


# Interrupts -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def larger_corpus(tmp_path_factory):
    """Two hundred distinct articles made from the seeds: long enough to interrupt mid-build
    whatever the machine's speed (the build is interrupted, so its length costs nothing)."""
    folder = tmp_path_factory.mktemp("larger")
    seeds = sorted((ROOT / "seeds").iterdir())
    for number in range(200):
        text = seeds[number % len(seeds)].read_text(encoding="utf-8")
        (folder / f"article-{number:02d}.txt").write_text(f"Copy {number}\n\n{text}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("signum, status, message", [
    (signal.SIGINT, 130, "kg: interrupted; previous outputs left as they were"),
    (signal.SIGTERM, 143, "kg: terminated; previous outputs left as they were"),
])
def test_an_interrupted_build_leaves_the_previous_outputs_intact(larger_corpus, tmp_path, signum, status, message):
    out = tmp_path / "out"
    out.mkdir()
    previous = {name: f"previous {name}\n".encode() for name in OUTPUTS}
    for name, data in previous.items():
        (out / name).write_bytes(data)
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(larger_corpus), "--out", str(out)],
        stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        # a suite started in the background of a shell without job control inherits SIGINT
        # ignored, and Python keeps it ignored: the build must start as a terminal's would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    seen = ""
    while "documents:" not in seen:  # the progress bar: the model is loaded and processing has begun
        char = process.stderr.read(1)
        assert char, f"kg ended before processing: {seen}"
        seen += char
    time.sleep(1)  # past the bar's first drawing: the signal lands in the middle of the parsing
    process.send_signal(signum)
    stderr = seen + process.stderr.read()
    assert process.wait(timeout=120) == status, stderr  # what kg printed tells where the signal went
    assert "Traceback" not in stderr
    assert stderr.rstrip().splitlines()[-1].split("\r")[-1] == message
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)  # no temporary file left behind
    for name, data in previous.items():
        assert (out / name).read_bytes() == data, name


def test_an_interrupt_while_writing_leaves_the_previous_outputs(tmp_path, monkeypatch):
    from kg.export import files

    (tmp_path / "timeline.json").write_text("old timeline")
    (tmp_path / "graph.json").write_text("old graph")
    (tmp_path / ".graph.json.k1ll3d.tmp").write_text("left by a run killed with SIGKILL")
    real_stage = files.stage_file

    def stage(path, data):
        if path.name == "graph.json":
            raise KeyboardInterrupt
        return real_stage(path, data)

    monkeypatch.setattr(files, "stage_file", stage)
    with pytest.raises(KeyboardInterrupt):
        files.write_outputs(tmp_path, {"timeline.json": "new timeline", "graph.json": "new graph"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "timeline.json"]
    assert (tmp_path / "timeline.json").read_text() == "old timeline"
    assert (tmp_path / "graph.json").read_text() == "old graph"
    monkeypatch.setattr(files, "stage_file", real_stage)
    assert files.write_outputs(tmp_path, {"timeline.json": "new", "graph.json": "new"}) == [
        tmp_path / "timeline.json", tmp_path / "graph.json"]
    assert (tmp_path / "graph.json").read_text() == "new"


def test_reproducible_whatever_the_input_order(tmp_path, monkeypatch):
    """Input folders and files named in either order, and files created in either order: same bytes."""
    for order, folder in ((1, "one"), (-1, "two")):
        (tmp_path / folder / "in").mkdir(parents=True)
        for name in sorted(["a.txt", "b.md", "c.jsonl"])[::order]:
            text = {"a.txt": GENEVA, "b.md": CP1252, "c.jsonl": json.dumps({"text": UTF16}) + "\n"}[name]
            (tmp_path / folder / "in" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "one")
    assert main(["build", "in/c.jsonl", "in", "--out", "out", "--quiet"]) == 0
    monkeypatch.chdir(tmp_path / "two")
    assert main(["build", "in", "in/c.jsonl", "--out", "out", "--quiet"]) == 0
    for name in OUTPUTS:
        assert (tmp_path / "one" / "out" / name).read_bytes() == (tmp_path / "two" / "out" / name).read_bytes()
