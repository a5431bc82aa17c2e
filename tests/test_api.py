"""kg from Python and the shell: kg.build, kg.load, the Corpus questions, notebook display, pyvis,
pandas frames, `kg query` and `kg show`, and importing kg beside a folder named kg."""
from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from datetime import date

import networkx as nx
import pytest

import kg
from kg.cli import main
from kg.read import read_corpus
from tests.conftest import ROOT, shared_data
from tests.test_pages import browser  # noqa: F401 - the Chromium fixture of the page tests

RUSSIA_FROM, RUSSIA_TO = "1990-01-01", "2021-12-31"


@pytest.fixture(scope="module")
def corpus(seed_build):
    return kg.load(seed_build)


def _raw(seed_build) -> tuple[dict, dict]:
    return (json.loads((seed_build / "timeline.json").read_text("utf-8")),
            json.loads((seed_build / "graph.json").read_text("utf-8")))


def _russia_between(seed_build, first: str, last: str) -> set[str]:
    """Hand-checked reading of the JSON: events with Russia's node among their actors, dated within [first, last]."""
    timeline, graph = _raw(seed_build)
    russia = {n["id"] for n in graph["nodes"] if n["label"] == "Russia"}
    return {e["id"] for name in ("events", "undated", "other") for e in timeline[name]
            if russia & {a["id"] for a in e["actors"]} and e["date"] and e["date"]["end"]
            and first <= e["date"]["start"] and e["date"]["end"] <= last}


def test_build_save_load_round_trip_is_the_cli_build(seed_build, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the CLI build read "seeds" from the project root: same paths, same bytes
    built = kg.build("seeds", quiet=True, cache_dir=seed_build.parent / ".kgcache")
    written = built.save(tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(p.name for p in seed_build.iterdir())
    for path in written:
        assert path.read_bytes() == (seed_build / path.name).read_bytes(), path.name
    loaded = kg.load(tmp_path / "out")
    assert loaded.events == built.events and loaded.entities == built.entities
    assert loaded.documents == built.documents
    assert nx.utils.graphs_equal(loaded.graph, built.graph)
    assert all(e.date is None or isinstance(e.date.first_day, date) for e in loaded.events)


def test_build_with_out_writes_like_kg_build_and_an_empty_input_fails(seed_build, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    kg.build(["seeds"], out=tmp_path / "out", quiet=True, cache_dir=seed_build.parent / ".kgcache")
    assert (tmp_path / "out" / "events.csv").read_bytes() == (seed_build / "events.csv").read_bytes()
    (tmp_path / "empty").mkdir()
    with pytest.raises(kg.BuildFailed, match="no supported files") as failure:
        kg.build(tmp_path / "empty")
    assert failure.value.report.processed == 0


def test_events_of_russia_between_two_days(corpus, seed_build):
    expected = _russia_between(seed_build, RUSSIA_FROM, RUSSIA_TO)
    assert expected  # the seeds date Russian events in the 1990s and in 2021
    found = corpus.query(["RUSSIA"], start=RUSSIA_FROM, end=date.fromisoformat(RUSSIA_TO))
    assert {e.id for e in found} == expected
    assert [e.id for e in found] == [e.id for e in corpus.events if e.id in expected]  # kept in order
    assert {e.id for e in corpus.events_of("gpe:russia")} >= expected


def test_between_keeps_only_events_wholly_inside(corpus, seed_build):
    timeline, _ = _raw(seed_build)
    day = timeline["events"][-1]["date"]["start"]
    inside = {e["id"] for name in ("events", "other") for e in timeline[name]
              if e["date"] and e["date"]["start"] >= day and e["date"]["end"] and e["date"]["end"] <= day}
    assert {e.id for e in corpus.between(day, day)} == inside


def test_an_alias_finds_its_actor_and_an_unknown_name_is_an_error(corpus):
    assert corpus.entity("kremlin").id == corpus.entity("Russia").id
    with pytest.raises(LookupError, match="Atlantis"):
        corpus.events_of("Atlantis")


def test_relations_and_sources_come_from_the_graph_and_the_sentences(corpus, seed_build):
    _, graph = _raw(seed_build)
    both = {"gpe:russia", "gpe:ukraine"}
    expected = {e["key"] for e in graph["edges"] if {e["source"], e["target"]} == both}
    assert {r["key"] for r in corpus.relations("Ukraine", "russia")} == expected
    event = corpus.event(corpus.relations("Russia", "Ukraine")[0]["event"])
    cited = corpus.sources(event.id)
    texts = {p.stem: p.read_text("utf-8") for p in (ROOT / "seeds").iterdir()}
    for citation, source in zip(cited, event.sources, strict=True):
        assert texts[citation.document.id][citation.start : citation.end].strip() == citation.sentence == source.sentence


def _frames(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'<iframe srcdoc="([^"]*)"', page)]


def test_notebook_display_is_the_pages_inline_and_self_contained(corpus, seed_build):
    shown = corpus._repr_html_()
    assert _frames(shown) == [(seed_build / "graph.html").read_text("utf-8"),
                              (seed_build / "timeline.html").read_text("utf-8")]
    assert shown.count('sandbox="allow-scripts"') == 2
    focused = corpus.show(actor="Ukraine")
    for page in _frames(focused._repr_html_()):
        assert re.search("Content-Security-Policy\" content=\"default-src (&#39;|')none", page)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "gpe:ukraine" in focused.graph
    assert set(focused.graph) == {"gpe:ukraine"} | set(nx.all_neighbors(corpus.graph, "gpe:ukraine"))
    assert {e.id for e in focused.events} == {e.id for e in corpus.events_of("Ukraine")}


def test_pyvis_network_has_text_tooltips_and_no_article_markup():
    evil = '<img src=x onerror="alert(1)"> see href'
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=evil, type="PERSON", aliases=[evil], mentions=2, documents=["d"])
    graph.add_node("b", label="B", type="ORG", aliases=["B"], mentions=1, documents=["d"])
    graph.add_edge("a", "b", key="ev:a:b", kind="relation", relation="MEET", title=evil, date="2010",
                   evidence=[{"doc": "d", "sentence": evil}])
    network = kg.Corpus(graph, {"documents": []}).to_pyvis()
    assert [n["label"] for n in network.nodes] == [evil, "B"] and len(network.edges) == 1
    page = network.generate_html()
    assert "<img src=x" not in page and "popup.innerHTML" not in page


def test_frames_have_the_events_csv_columns_and_real_days(corpus, seed_build):
    pytest.importorskip("pandas")
    frames = corpus.to_frames()
    with (seed_build / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(frames.events.columns) == list(rows[0])
    assert list(frames.events["event_id"]) == [r["event_id"] for r in rows]
    assert str(frames.events["date_start"].dtype).startswith("datetime64")
    assert len(frames.actors) == corpus.graph.number_of_nodes() and len(frames.documents) == 5


def test_url_and_outlet_reach_the_outputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Russia and Ukraine met in Minsk on 5 September 2014 and signed a ceasefire."
    (folder / "a.jsonl").write_text(json.dumps({"id": "1", "text": text, "time": "2014-09-06",
                                                "url": "https://www.bbc.co.uk/news/1", "source": "BBC"}) + "\n")
    (folder / "b.txt").write_text(text.replace("Minsk", "Minsk again"))
    (folder / "metadata.json").write_text(json.dumps({"b.txt": {"url": "https://www.reuters.com/x"}}))
    documents = {d.id: d for d in read_corpus([folder]).documents}
    assert (documents["a#1"].url, documents["a#1"].outlet) == ("https://www.bbc.co.uk/news/1", "BBC")
    assert documents["b"].outlet == "reuters.com"


def _run(*args: str, capsys) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def test_kg_query_prints_the_matching_events_in_each_format(seed_build, capsys):
    expected = _russia_between(seed_build, RUSSIA_FROM, RUSSIA_TO)
    args = ("query", str(seed_build), "--actor", "russia", "--from", RUSSIA_FROM, "--to", RUSSIA_TO)
    status, text = _run(*args, "--format", "json", capsys=capsys)
    assert status == 0 and {e["id"] for e in json.loads(text)} == expected
    status, text = _run(*args, "--format", "csv", capsys=capsys)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["event_id"] for r in rows} == expected and all(r["date_start"] >= RUSSIA_FROM for r in rows)
    status, text = _run(*args, capsys=capsys)
    assert len(text.splitlines()) == len(expected) and all("Russia" in line for line in text.splitlines())
    assert _run("query", str(seed_build), "--actor", "Atlantis", capsys=capsys)[0] == 1


def test_kg_show_prints_every_source_sentence(seed_build, corpus, capsys):
    event = max(corpus.events, key=lambda e: len(e.sources))
    status, text = _run("show", str(seed_build), event.id, capsys=capsys)
    assert status == 0 and all(" ".join(s.sentence.split()) in text for s in event.sources)
    status, text = _run("show", str(seed_build), "ukraine", capsys=capsys)
    assert status == 0 and text.startswith("gpe:ukraine: Ukraine")
    assert _run("show", str(seed_build), "ev-nothing", capsys=capsys)[0] == 1


def test_query_path_imports_no_spacy(seed_build):
    code = ("import sys, kg.cli; status = kg.cli.main(['query', sys.argv[1], '--actor', 'Russia']); "
            "assert 'spacy' not in sys.modules, 'spaCy imported'; sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, str(seed_build)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_a_folder_named_kg_in_the_working_directory_does_not_shadow_the_package(seed_build, tmp_path):
    clone = tmp_path / "kg"  # what `git clone … kg` leaves: a folder kg/ holding the package folder kg/
    (clone / "kg").mkdir(parents=True)
    (clone / "README.md").write_text("a clone\n")
    code = ("import sys, kg; assert kg.__file__, 'namespace package'; corpus = kg.load(sys.argv[1]); "
            "view = corpus.show(actor='Russia'); print(kg.__version__, len(view.graph_html) > 0)")
    done = subprocess.run([sys.executable, "-c", code, str(seed_build)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [kg.__version__, "True"]


EXAMPLE_ARTICLES = 6  # the worked example runs on this many articles of its topic


@pytest.mark.data
def test_the_worked_example_of_docs_python_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas")
    topic = shared_data("news", "timeline17", "bpoil_bbc")
    page = (ROOT / "docs" / "python.md").read_text("utf-8")
    script = re.search(r"```python\n(.*?)```", page, re.DOTALL).group(1)
    constant = 'TOPIC = "../shared/data/news/timeline17/bpoil_bbc"'
    assert constant in script
    # A slice where the example's actors occur, so that every question has something to answer.
    lines = [line for line in (topic / "articles.jsonl").read_text("utf-8").splitlines()
             if all(name in line for name in ("Obama", "Hayward", "agreed"))][:EXAMPLE_ARTICLES]
    (tmp_path / "slice").mkdir()
    (tmp_path / "slice" / "articles.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(script.replace(constant, 'TOPIC = "slice"'), "docs/python.md", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed.startswith(f"<kg.Corpus: {EXAMPLE_ARTICLES} documents") and "date_start" in printed
    assert (tmp_path / "bp-out" / "events.csv").is_file()



@pytest.mark.browser
def test_the_notebook_view_draws_in_a_browser_and_requests_nothing(corpus, browser, tmp_path):  # noqa: F811
    cell = tmp_path / "cell.html"
    cell.write_text(f"<!DOCTYPE html><html><body>{corpus.show(actor='Ukraine')._repr_html_()}</body></html>", "utf-8")
    page = browser.new_page()
    remote, errors = [], []
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "about:")) else remote.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(cell.as_uri())
    graph, timeline = (page.frame_locator("iframe").nth(i) for i in (0, 1))
    graph.locator("body[data-state=still]").wait_for(timeout=30000)
    timeline.locator("body[data-state=ready]").wait_for(timeout=30000)
    assert remote == [] and errors == []
