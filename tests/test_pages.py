"""The pages in a real browser (headless Chromium through Playwright): nothing leaves the file,
nothing errs, the graph draws what it should and holds still, the timeline is chronological,
and document text full of HTML and script payloads shows as text and runs nothing."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.export.browser import CHROMIUM, VIEWPORT, launch, time_to_still
from kg.export.pages import graph_page, timeline_page
from kg.records import EventDate

pytestmark = pytest.mark.browser

LOCAL = ("file:", "data:", "about:")
PAYLOADS = [
    "<script>window.kgPwned='script'</script>",
    "<img src=x onerror=\"window.kgPwned='img'\">",
    "\"><svg onload=\"window.kgPwned='svg'\">",
    "</script><script>window.kgPwned='close'</script>",
]
EVIL = " ".join(PAYLOADS)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium); browser tests skipped")
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from a file, with everything it tried to fetch and every error it raised."""

    def __init__(self, browser, path: Path, ready: str):
        self.page = browser.new_page(viewport=VIEWPORT)
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: None if r.url.startswith(LOCAL) else self.remote.append(r.url))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL) else route.abort())
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(f"body[data-state={ready}]", timeout=30000)

    def assert_clean(self):
        assert self.remote == [], f"requests left the file: {self.remote}"
        assert self.errors == [], f"console or page errors: {self.errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.page.evaluate("window.kgPwned") is None, "an injected payload ran"

    def click_canvas(self, x: float, y: float):
        """Click at canvas coordinates of the graph."""
        point = self.page.evaluate("([x, y]) => kgNetwork.canvasToDOM({x: x, y: y})", [x, y])
        box = self.page.locator("#graph canvas").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_graph_page_opens_on_linked_actors_and_shows_the_rest_on_request(browser, seed_build):
    graph = json.loads((seed_build / "graph.json").read_text())
    linked = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    opened = Opened(browser, seed_build / "graph.html", "still")
    shown = lambda: int(opened.page.get_attribute("body", "data-shown-nodes"))  # noqa: E731
    assert opened.page.evaluate("kgNetwork.body.nodeIndices.length") == len(linked) == shown()
    opened.page.uncheck("#connected")
    assert shown() == len(graph["nodes"])
    legend = opened.page.inner_text("#legend")
    for node in graph["nodes"]:
        assert node["type"] in legend
    assert "relation" in opened.page.inner_text("#kinds") and "affiliation" in opened.page.inner_text("#kinds")
    opened.assert_clean()


def test_seed_timeline_page_is_chronological_offline(browser, seed_build):
    timeline = json.loads((seed_build / "timeline.json").read_text())
    opened = Opened(browser, seed_build / "timeline.html", "ready")
    starts = opened.page.eval_on_selector_all("#events tbody tr", "rows => rows.map(r => r.dataset.start)")
    assert starts == [e["date"]["start"] for e in timeline["events"]] and starts == sorted(starts)
    bars = opened.page.eval_on_selector_all(
        "#lanes .item", "items => items.map(i => [i.dataset.start, i.getBoundingClientRect().left])")
    assert len(bars) == len(timeline["events"])
    lefts = [left for _, left in sorted(bars)]
    assert lefts == sorted(lefts), "bars are not placed in date order"
    assert opened.page.locator("#undated tbody tr[data-event]").count() == len(timeline["undated"])
    assert opened.page.locator("#other tbody tr[data-event]").count() == len(timeline["other"])
    opened.assert_clean()


def _evil_graph() -> tuple[nx.MultiDiGraph, list[dict]]:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="<img src=x onerror=\"window.kgPwned='label'\">", type="PERSON", aliases=[EVIL],
                   mentions=3, documents=["d1"], country_code=None)
    graph.add_node("b", label="</script><b>Bob</b>", type="<ORG>", aliases=["b"], mentions=1, documents=["d1"],
                   country_code=None)
    graph.add_edge("a", "b", key="e1", kind="relation", relation="<ATTACK>", quad_class="material conflict",
                   verb="<hit>", date="2020-05", factuality="asserted", event="ev-1",
                   evidence=[{"doc": "d1", "sentence": EVIL}])
    graph.add_edge("a", "b", key="aff", kind="affiliation", role="<i>host</i>", written=[PAYLOADS[2]], time="past",
                   qualifiers=["<former>"], evidence=[{"doc": "d1", "sentence": EVIL}], documents=["d1"])
    return graph, [{"id": "d1", "title": EVIL}]


def test_graph_page_shows_payloads_as_text_and_runs_none(browser, tmp_path):
    graph, documents = _evil_graph()
    dates = {"ev-1": EventDate("2020-05", "2020-05-01", "2020-05-31", "month", "May 2020", "absolute")}
    opened = Opened(browser, _write(tmp_path, "graph.html", graph_page(graph, documents, dates)), "still")
    positions = opened.page.evaluate("kgNetwork.getPositions()")
    opened.click_canvas(positions["a"]["x"], positions["a"]["y"])
    details = opened.page.inner_text("#details")
    assert "<img src=x onerror=" in details and PAYLOADS[0] in details
    assert "<former> <i>host</i>, </script><b>Bob</b> · past" in details and PAYLOADS[2] in details  # the roles
    middle = [(positions["a"][k] + positions["b"][k]) / 2 for k in ("x", "y")]
    opened.click_canvas(*middle)
    details = opened.page.inner_text("#details")
    assert "<ATTACK> (<hit>)" in details and details.count(PAYLOADS[3]) == 4  # sentence and title, per link
    assert "affiliation: <former> <i>host</i> (past)" in details
    opened.page.fill("#search", "bob")
    assert "</script><b>Bob</b>" in opened.page.inner_text("#matches")
    opened.page.hover("#graph canvas")
    opened.assert_clean()


def test_timeline_page_shows_payloads_as_text_and_runs_none(browser, tmp_path):
    event = {"id": "ev-1", "title": EVIL, "description": EVIL, "type": "<ATTACK>", "quad_class": "material conflict",
             "trigger": "x", "factuality": "asserted", "actors": [{"id": "a", "name": PAYLOADS[1], "role": "actor"}],
             "date": {"value": "2020", "start": "2020-01-01", "end": "2020-12-31", "granularity": "year",
                      "text": PAYLOADS[2], "anchor": "absolute"},
             "sources": [{"doc": "d1", "sentence": EVIL, "start": 0, "end": 5}]}
    timeline = {"documents": [{"id": "d1", "path": EVIL, "title": EVIL, "published": None, "published_source": None}],
                "events": [event], "undated": [dict(event, id="ev-2", date=None)],
                "other": [dict(event, id="ev-3", factuality="<negated>")]}
    opened = Opened(browser, _write(tmp_path, "timeline.html", timeline_page(timeline)), "ready")
    opened.page.select_option("#group-by", "actor")
    opened.page.click("#lanes .item")
    details = opened.page.inner_text("#details")
    assert details.count(PAYLOADS[0]) >= 3 and PAYLOADS[2] in details
    opened.page.click("#other tbody tr")
    assert "<negated>" in opened.page.inner_text("#details")
    assert PAYLOADS[1] in opened.page.inner_text("#lanes")
    opened.assert_clean()


def test_build_over_a_hostile_article_runs_nothing(browser, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    _write(source, "evil.md", f"---\ntitle: \"{PAYLOADS[0]}\"\ndate: 2022-03-01\n---\n"
           f"On 24 February 2022 Russia attacked Ukraine. {EVIL}\n\n"
           f"Vladimir Putin met Joe Biden in Geneva in June 2021 {PAYLOADS[1]} and {PAYLOADS[3]}.\n")
    out = tmp_path / "out"
    assert main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    text = (out / "timeline.json").read_text()
    assert "kgPwned" in text, "the payloads should reach the data"
    for page, ready in (("graph.html", "still"), ("timeline.html", "ready")):
        opened = Opened(browser, out / page, ready)
        if page == "timeline.html":
            opened.page.click("#events tbody tr")
            assert "<script>window.kgPwned='script'</script>" in opened.page.inner_text("#details")
        opened.assert_clean()


def _big_graph(n: int) -> nx.MultiDiGraph:
    """A synthetic news-like graph: a few hubs, many leaves, many isolated actors."""
    skeleton = nx.barabasi_albert_graph(n // 2, 1, seed=3)
    graph = nx.MultiDiGraph()
    types = ["PERSON", "ORG", "GPE", "NORP", "LOC"]
    for i in range(n):
        graph.add_node(f"n{i:05d}", label=f"Actor {i}", type=types[i % 5], aliases=[f"Actor {i}"],
                       mentions=1 + (n - i) // 200, documents=["d1"], country_code=None)
    for k, (s, t) in enumerate(sorted(skeleton.edges())):
        graph.add_edge(f"n{s:05d}", f"n{t:05d}", key=f"e{k}", kind="relation", relation=["ATTACK", "AID"][k % 2],
                       quad_class="", verb="v", date=f"{2000 + k % 20}", factuality="asserted", event=f"ev{k}",
                       evidence=[{"doc": "d1", "sentence": f"Sentence {k}."}])
    graph.add_edge(f"n{n - 2:05d}", f"n{n - 1:05d}", key="aff", kind="affiliation", role="president", written=["President"],
                   time="current", qualifiers=[], evidence=[{"doc": "d1", "sentence": "President Actor 1 of Actor 2."}],
                   documents=["d1"])
    return graph


def _years(graph: nx.MultiDiGraph) -> dict[str, EventDate]:
    """The events' dates of a graph whose edges are dated by a year."""
    return {d["event"]: EventDate(d["date"], f"{d['date']}-01-01", f"{d['date']}-12-31", "year", d["date"], "absolute")
            for _, _, d in graph.edges(data=True)}


def test_two_thousand_nodes_are_drawn_still_within_seconds(browser, tmp_path):
    graph = _big_graph(2400)
    page = _write(tmp_path, "graph.html", graph_page(graph, [], _years(graph), max_nodes=2100))
    opened = Opened(browser, page, "still")
    assert opened.page.evaluate("kgNetwork.body.nodeIndices.length") == 2100
    assert "2100 most mentioned of 2400" in opened.page.inner_text("#truncated")
    opened.assert_clean()
    still, drawn, filtered = time_to_still(browser, page)  # raises when a position moves after the page is still
    assert drawn == 2100 and still < 15000 and filtered < 5000, (still, filtered)


def test_filters_hide_and_show(browser, tmp_path):
    graph = _big_graph(60)
    opened = Opened(browser, _write(tmp_path, "graph.html", graph_page(graph, [], _years(graph))), "still")
    shown = lambda what: int(opened.page.get_attribute("body", f"data-shown-{what}"))  # noqa: E731
    persons = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "PERSON")
    opened.page.uncheck("#legend input[data-key=PERSON]")
    assert shown("nodes") == 60 - persons == opened.page.evaluate("kgNetwork.body.nodeIndices.length")
    opened.page.check("#legend input[data-key=PERSON]")
    edges = shown("edges")
    opened.page.uncheck("#relations input[data-key=AID]")
    assert 0 < shown("edges") < edges
    opened.page.check("#relations input[data-key=AID]")
    opened.page.uncheck("#kinds input[data-key=affiliation]")
    assert shown("edges") == edges - 1
    opened.page.check("#kinds input[data-key=affiliation]")
    opened.page.fill("#date-from", "2010-01-01")
    opened.page.dispatch_event("#date-from", "change")
    later = shown("edges")
    assert 0 < later < edges
    assert shown("nodes") < 60  # actors without a shown link are hidden
    opened.page.uncheck("#connected")
    assert shown("nodes") == 60
    opened.page.fill("#search", "Actor 7")
    opened.page.press("#search", "Enter")
    assert opened.page.inner_text("#details").startswith("Actor 7")
    opened.assert_clean()


def test_year_bars_span_their_year(browser, tmp_path):
    def event(i, value, start, end, granularity):
        return {"id": f"ev-{i}", "title": f"E{i}", "description": "", "type": "T", "quad_class": "", "trigger": "",
                "factuality": "asserted", "actors": [], "sources": [],
                "date": {"value": value, "start": start, "end": end, "granularity": granularity, "text": value,
                         "anchor": "absolute"}}
    timeline = {"documents": [], "undated": [], "other": [], "events": [
        event(1, "2000", "2000-01-01", "2000-12-31", "year"), event(2, "2000-06", "2000-06-01", "2000-06-30", "month"),
        event(3, "2003-02-01", "2003-02-01", "2003-02-01", "day")]}
    opened = Opened(browser, _write(tmp_path, "timeline.html", timeline_page(timeline)), "ready")
    boxes = {i: opened.page.locator(f".item[data-event=ev-{i}]").bounding_box() for i in (1, 2, 3)}
    assert boxes[1]["x"] <= boxes[2]["x"] and boxes[2]["x"] + boxes[2]["width"] <= boxes[1]["x"] + boxes[1]["width"]
    assert boxes[1]["width"] > 8 * boxes[2]["width"]
    assert boxes[3]["x"] > boxes[1]["x"] + boxes[1]["width"]
    opened.assert_clean()
