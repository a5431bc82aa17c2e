"""The exports besides the pages (GEXF, CSV, TimelineJS), the page-size option, reproducibility,
and the all-or-nothing writing of outputs."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

import kg.export.files
import kg.run
from kg.cli import main
from kg.export.layout import rank_nodes
from kg.export.timelinejs import timelinejs
from tests.conftest import ROOT

ONE_SEED = "seeds/000_dcf8a38a3338640b.txt"
NEW_FILES = ("graph.gexf", "nodes.csv", "edges.csv", "timelinejs.json", "graph.html", "timeline.html")


def _build(out: Path, *extra: str, inputs: str = "seeds") -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        assert main(["build", inputs, "--out", str(out), "--quiet", *extra]) == 0


def _graph(out: Path) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads((out / "graph.json").read_text()))


def test_gexf_holds_the_whole_graph_and_no_date(seed_build):
    graph = _graph(seed_build)
    text = (seed_build / "graph.gexf").read_text()
    assert "lastmodifieddate" not in text
    gexf = nx.read_gexf(seed_build / "graph.gexf")
    assert gexf.number_of_nodes() == graph.number_of_nodes()
    assert gexf.number_of_edges() == graph.number_of_edges()
    node, data = next(iter(graph.nodes(data=True)))
    assert json.loads(gexf.nodes[node]["aliases"]) == data["aliases"]
    assert gexf.nodes[node]["label"] == data["label"] and "color" in gexf.nodes[node]["viz"]


def test_csv_has_a_row_per_node_and_per_edge(seed_build):
    graph = _graph(seed_build)
    nodes = list(csv.DictReader(io.StringIO((seed_build / "nodes.csv").read_text())))
    edges = list(csv.DictReader(io.StringIO((seed_build / "edges.csv").read_text())))
    assert [r["id"] for r in nodes] == sorted(graph.nodes)
    assert len(edges) == graph.number_of_edges()
    row = nodes[0]
    assert json.loads(row["aliases"]) == graph.nodes[row["id"]]["aliases"]
    assert int(row["degree"]) == graph.degree(row["id"])
    for row in edges:
        assert graph.has_edge(row["source"], row["target"], row["key"])
        assert all(e["sentence"] for e in json.loads(row["evidence"]))


def test_csv_cells_that_a_spreadsheet_would_run_are_defused():
    from kg.export.tables import nodes_csv

    graph = nx.MultiDiGraph()
    graph.add_node("org:x", label="=HYPERLINK(\"http://evil.example\")", type="ORG", aliases=["@SUM(1)"],
                   mentions=1, documents=["d"], country_code=None)
    graph.add_node("org:y", label="Plain Name", type="ORG", aliases=[], mentions=1, documents=["d"],
                   country_code=None)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(nodes_csv(graph)))}
    assert rows["org:x"]["label"] == "'=HYPERLINK(\"http://evil.example\")"
    assert rows["org:y"]["label"] == "Plain Name"


def test_timelinejs_has_every_dated_event_at_its_granularity(seed_build):
    timeline = json.loads((seed_build / "timeline.json").read_text())
    js = json.loads((seed_build / "timelinejs.json").read_text())
    assert [e["unique_id"] for e in js["events"]] == [e["id"] for e in timeline["events"]]
    for slide, event in zip(js["events"], timeline["events"], strict=False):
        parts = {"year": {"year"}, "month": {"year", "month"}}.get(event["date"]["granularity"], {"year", "month", "day"})
        assert set(slide["start_date"]) == parts
        assert slide["start_date"]["year"] == event["date"]["start"][:4]
        assert slide["text"]["headline"] and slide["group"] == event["type"]


def test_timelinejs_escapes_text_and_spans_ranges():
    event = {"id": "ev-1", "title": "<script>x</script>", "description": "<img src=x onerror=y>", "type": "<T>",
             "date": {"start": "2014-01-01", "end": "2015-12-31", "granularity": "year"},
             "sources": [{"doc": "d<1>"}]}
    js = timelinejs({"documents": [{"id": "d<1>", "title": "\"><svg onload=z>"}], "events": [event]})
    slide = js["events"][0]
    assert slide["start_date"] == {"year": "2014"} and slide["end_date"] == {"year": "2015"}
    text = json.dumps(js)
    for raw in ("<script>", "<img", "<svg", "<T>", "d<1>"):
        assert raw not in text
    assert "&lt;img src=x onerror=y&gt;" in slide["text"]["text"] and "&quot;&gt;&lt;svg" in slide["text"]["text"]


def test_max_page_nodes_limits_the_page_not_the_graph(tmp_path, seed_build):
    _build(tmp_path, "--max-page-nodes", "20")
    graph = _graph(tmp_path)
    page = (tmp_path / "graph.html").read_text()
    assert f'data-total-nodes="{graph.number_of_nodes()}" data-page-nodes="20"' in page
    assert "Showing the 20 most mentioned of" in page
    data = json.loads(page.split('<script type="application/json" id="kg-data">')[1].split("</script>")[0])
    assert sorted(n["id"] for n in data["nodes"]) == sorted(rank_nodes(graph)[:20])
    assert (tmp_path / "graph.json").read_bytes() == (seed_build / "graph.json").read_bytes()
    with pytest.raises(SystemExit):
        main(["build", "seeds", "--out", str(tmp_path), "--max-page-nodes", "0"])


def test_same_input_gives_byte_identical_files(tmp_path, seed_build):
    _build(tmp_path)
    for name in NEW_FILES:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_a_failure_while_rendering_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    _build(tmp_path)
    before = _snapshot(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("rendering failed")

    monkeypatch.setattr(kg.run, "timeline_page_pieces", broken)
    with pytest.raises(RuntimeError):
        _build(tmp_path, inputs=ONE_SEED)
    assert _snapshot(tmp_path) == before


def test_a_failure_while_writing_renames_nothing(tmp_path, monkeypatch):
    _build(tmp_path)
    before = _snapshot(tmp_path)
    stage = kg.export.files.stage_file
    calls = []

    def fails_on_the_fifth(path, data):
        calls.append(path)
        if len(calls) == 5:
            raise OSError("disk full")
        return stage(path, data)

    monkeypatch.setattr(kg.export.files, "stage_file", fails_on_the_fifth)
    monkeypatch.chdir(ROOT)
    # every file would differ; the failure is reported as an output error (exit 2)
    assert main(["build", ONE_SEED, "--out", str(tmp_path), "--quiet"]) == 2
    assert len(calls) == 5
    assert _snapshot(tmp_path) == before, "a file was replaced, or a temporary file was left behind"
