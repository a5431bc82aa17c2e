"""End to end: `kg build` over real articles writes every output, valid and reproducible."""
from __future__ import annotations

import json
import shutil
from importlib import resources

import jsonschema
import networkx as nx

from kg.cli import main
from tests.conftest import ROOT

OUTPUTS = ("timeline.json", "graph.json", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "timelinejs.json",
           "graph.html", "timeline.html", "events.csv")


def test_build_writes_every_output(seed_build):
    for name in OUTPUTS:
        assert (seed_build / name).stat().st_size > 0, name


def test_timeline_is_valid_against_the_published_schema(seed_build):
    schema = json.loads(resources.files("kg").joinpath("schema/timeline.schema.json").read_text())
    timeline = json.loads((seed_build / "timeline.json").read_text())
    jsonschema.validate(timeline, schema)
    assert len(timeline["documents"]) == 5


def test_timeline_is_chronological_and_traceable(seed_build):
    timeline = json.loads((seed_build / "timeline.json").read_text())
    starts = [e["date"]["start"] for e in timeline["events"]]
    assert starts and starts == sorted(starts)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").iterdir()}
    for event in timeline["events"] + timeline["undated"]:
        for source in event["sources"]:
            assert texts[source["doc"]][source["start"] : source["end"]].strip() == source["sentence"]


def test_graph_round_trips_through_networkx(seed_build):
    data = json.loads((seed_build / "graph.json").read_text())
    graph = nx.node_link_graph(data)
    assert isinstance(graph, nx.MultiDiGraph) and graph.number_of_nodes() > 10
    for _, data in graph.nodes(data=True):
        assert data["label"] and data["type"] and data["aliases"]
    assert nx.read_graphml(seed_build / "graph.graphml").number_of_nodes() == graph.number_of_nodes()


def test_two_builds_are_byte_identical_whatever_the_input_order(seed_build, tmp_path):
    shuffled = tmp_path / "in"
    shuffled.mkdir()
    for path in sorted((ROOT / "seeds").iterdir(), reverse=True):
        shutil.copy(path, shuffled / path.name)
    out = tmp_path / "out"
    assert main(["build", str(shuffled), "--out", str(out), "--quiet"]) == 0
    for name in ("graph.json", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "timelinejs.json", "graph.html"):
        assert (out / name).read_bytes() == (seed_build / name).read_bytes(), name
    again = json.loads((out / "timeline.json").read_text())
    first = json.loads((seed_build / "timeline.json").read_text())
    for doc in again["documents"] + first["documents"]:
        doc.pop("path")
    assert again == first


def test_committed_outputs_are_current(seed_build):
    for name in OUTPUTS:
        assert (ROOT / "outputs" / name).read_bytes() == (seed_build / name).read_bytes(), (
            f"outputs/{name} is stale: run `make`"
        )
