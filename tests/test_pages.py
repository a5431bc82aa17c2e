"""The pages in a real browser (headless Chromium through Playwright): nothing leaves the file,
nothing errs, the graph draws what it should and holds still, the timeline is chronological,
and document text full of HTML and script payloads shows as text and runs nothing."""
from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.export.browser import CHROMIUM, VIEWPORT, launch, time_to_still, view
from kg.export.layout import rank_nodes
from kg.export.pages import graph_page, timeline_page
from kg.records import EventDate
from tests.conftest import write_file

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

    def __init__(self, browser, path: Path, ready: str, fragment: str = ""):
        self.page = browser.new_page(viewport=VIEWPORT)
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: None if r.url.startswith(LOCAL) else self.remote.append(r.url))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL) else route.abort())
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_selector(f"body[data-state={ready}]", timeout=30000)

    def assert_clean(self):
        assert self.remote == [], f"requests left the file: {self.remote}"
        assert self.errors == [], f"console or page errors: {self.errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.page.evaluate("window.kgPwned") is None, "an injected payload ran"

    def positions(self) -> dict[str, dict[str, float]]:
        """Where the graph page draws each actor, in canvas coordinates (from the page's data)."""
        return self.page.evaluate("Object.fromEntries(JSON.parse(document.getElementById('kg-data').textContent)"
                                  ".nodes.map((n) => [n.id, {x: n.x, y: n.y}]))")

    def on_page(self, x: float, y: float) -> tuple[float, float]:
        """The page coordinates of canvas coordinates of the graph."""
        point = self.page.evaluate("([x, y]) => kgNetwork.canvasToDOM({x: x, y: y})", [x, y])
        box = self.page.locator("#graph canvas").bounding_box()
        return box["x"] + point["x"], box["y"] + point["y"]

    def click_canvas(self, x: float, y: float):
        """Click at canvas coordinates of the graph."""
        self.page.mouse.click(*self.on_page(x, y))


def test_seed_graph_page_opens_on_linked_actors_and_shows_the_rest_on_request(browser, seed_build):
    graph = json.loads((seed_build / "graph.json").read_text())
    linked = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    opened = Opened(browser, seed_build / "graph.html", "still")
    shown = lambda: int(opened.page.get_attribute("body", "data-shown-nodes"))  # noqa: E731
    assert shown() == len(linked)
    opened.page.uncheck("#connected")
    assert shown() == len(graph["nodes"])
    legend = opened.page.inner_text("#legend")
    for node in graph["nodes"]:
        assert node["type"] in legend
    assert "relation" in opened.page.inner_text("#kinds") and "affiliation" in opened.page.inner_text("#kinds")
    ties = sum(e["kind"] == "tie" for e in graph["edges"])
    assert ties and "tie" in opened.page.inner_text("#kinds")
    opened.page.check("#connected")
    edges = int(opened.page.get_attribute("body", "data-shown-edges"))
    opened.page.uncheck("#kinds input[data-key=tie]")
    assert int(opened.page.get_attribute("body", "data-shown-edges")) < edges
    opened.assert_clean()


def test_seed_timeline_page_is_chronological_offline(browser, seed_build):
    timeline = json.loads((seed_build / "timeline.json").read_text())
    dates = [e["date"] for e in timeline["events"]]
    last_year = max(int((d["end"] or d["start"])[:4]) for d in dates)
    whole = f"#wide=1&from={min(d['start'] for d in dates)}&to={last_year + 1}-12-31"  # the view ends before its last day
    opened = Opened(browser, seed_build / "timeline.html", "ready", fragment=whole)  # every event in view
    starts = opened.page.eval_on_selector_all("#events tbody tr", "rows => rows.map(r => r.dataset.start)")
    assert starts == [e["date"]["start"] for e in timeline["events"]] and starts == sorted(starts)
    bars = opened.page.eval_on_selector_all(
        "#lanes .item[data-event] .bar", "bars => bars.map(b => [b.parentNode.dataset.start || b.parentNode.title,"
        " b.getBoundingClientRect().left])")
    lefts = [left for _, left in sorted(bars)]
    assert lefts == sorted(lefts), "bars are not placed in date order"
    assert _represented(opened) == len(timeline["events"]) == int(opened.page.get_attribute("body", "data-visible"))
    assert opened.page.locator("#undated tbody tr[data-event]").count() == len(timeline["undated"])
    assert opened.page.locator("#other tbody tr[data-event]").count() == len(timeline["other"])
    opened.assert_clean()


def _represented(opened) -> int:
    """The events the chart shows: an item each, a grouped item its count, a "+N" its N."""
    return opened.page.eval_on_selector_all("#lanes [data-count]", "xs => xs.reduce((n, x) => n + Number(x.dataset.count), 0)")


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
    opened = Opened(browser, write_file(tmp_path, "graph.html", graph_page(graph, documents, dates)), "still")
    positions = opened.positions()
    opened.click_canvas(positions["a"]["x"], positions["a"]["y"])
    details = opened.page.inner_text("#details")
    assert "<img src=x onerror=" in details and PAYLOADS[0] in details
    assert "<img src=x onerror=" in opened.page.inner_text("#focus-name") and "onerror" in opened.page.inner_text("#hubs")
    assert "2020-05-01 · <ATTACK> · <img src=x" in opened.page.inner_text("#details .mini-list")
    assert "<former> <i>host</i>, </script><b>Bob</b> · past" in details and PAYLOADS[2] in details  # the roles
    middle = [(positions["a"][k] + positions["b"][k]) / 2 for k in ("x", "y")]
    opened.click_canvas(*middle)
    details = opened.page.inner_text("#details")
    assert "<ATTACK> (<hit>)" in details and details.count(PAYLOADS[3]) == 4  # sentence and title, per link
    assert "affiliation: <former> <i>host</i> (past)" in details
    opened.page.fill("#search", "bob")
    assert "</script><b>Bob</b>" in opened.page.inner_text("#matches")
    opened.page.mouse.move(*opened.on_page(*middle))  # the link's summary as the graph's tooltip
    tooltip = opened.page.get_attribute("#graph", "title")
    assert tooltip.startswith("<img src=x onerror=") and "<ATTACK> (<hit>) 2020-05" in tooltip and PAYLOADS[3] in tooltip
    opened.page.mouse.move(*opened.on_page(positions["b"]["x"], positions["b"]["y"]))  # an actor's
    assert opened.page.get_attribute("#graph", "title").startswith("</script><b>Bob</b>\n<ORG>")
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
    timeline["dates"] = [{"value": PAYLOADS[3], "start": "2020-06-01", "end": "2020-06-01", "granularity": "day",
                          "salience": 2.0, "documents": 1, "mentions": 1, "events": 0, "published": 0}]
    opened = Opened(browser, write_file(tmp_path, "timeline.html", timeline_page(timeline)), "ready")
    assert EVIL in opened.page.inner_text("#lanes")  # the title as a label
    assert PAYLOADS[3] in opened.page.inner_text("#key-dates")
    assert opened.page.eval_on_selector("#actor-names option", "o => o.value") == PAYLOADS[1]
    assert EVIL[:80] in opened.page.inner_text("#doc")
    opened.page.select_option("#group-by", "actor")
    opened.page.click("#lanes .item")
    details = opened.page.inner_text("#details")
    assert details.count(PAYLOADS[0]) >= 3 and PAYLOADS[2] in details and PAYLOADS[1] in details
    opened.page.click("#details .actor-links button")  # only this actor's events
    assert opened.page.input_value("#actor") == PAYLOADS[1]
    opened.page.click("#other tbody tr")
    assert "<negated>" in opened.page.inner_text("#details")
    assert PAYLOADS[1] in opened.page.inner_text("#lanes")
    opened.page.select_option("#factuality", "all")
    opened.page.fill("#actor", "")
    opened.page.dispatch_event("#actor", "change")
    opened.page.select_option("#group-by", "")
    opened.page.click("#zoom-out")
    opened.page.click("#zoom-out")
    opened.page.click("#lanes .item.group")  # the two events of 2020 as one item
    assert opened.page.inner_text("#details").count(EVIL) == 2
    opened.assert_clean()


def test_build_over_a_hostile_article_runs_nothing(browser, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    write_file(source, "evil.md", f"---\ntitle: \"{PAYLOADS[0]}\"\ndate: 2022-03-01\n---\n"
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


def test_events_of_one_day_keep_the_text_order_on_the_page(browser, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    write_file(source, "day.md", "---\ntitle: Libya\ndate: 2011-03-10\n---\nOn 5 March NATO bombed Tripoli. "
               "On 5 March rebels attacked Brega. On 5 March Gaddafi's forces shelled Misrata.\n")
    out = tmp_path / "out"
    assert main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    events = json.loads((out / "timeline.json").read_text())["events"]
    assert [e["sources"][0]["start"] for e in events] == sorted(e["sources"][0]["start"] for e in events)
    opened = Opened(browser, out / "timeline.html", "ready", fragment="#wide=1&from=2011-03-01&to=2011-03-31")
    rows = opened.page.eval_on_selector_all("#events tbody tr[data-event]", "rows => rows.map(r => r.dataset.event)")
    assert len(events) == 3 and rows == [e["id"] for e in events]
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
            for _, _, d in graph.edges(data=True) if "event" in d}


def test_twenty_five_hundred_actors_are_drawn_and_redrawn_quickly(browser, tmp_path):
    graph = _big_graph(5000)
    page = write_file(tmp_path, "graph.html", graph_page(graph, [], _years(graph), max_nodes=2500))
    opened = Opened(browser, page, "still")
    kept = set(rank_nodes(graph)[:2500])
    linked = {n for s, t in graph.edges() if s in kept and t in kept for n in (s, t)}
    assert int(opened.page.get_attribute("body", "data-shown-nodes")) == len(linked) > 2000
    assert "2500 most mentioned of 5000" in opened.page.inner_text("#truncated")
    opened.assert_clean()
    figures = time_to_still(browser, page)  # raises when the view moves after the page is still
    assert figures["drawn"] == len(linked)
    # generous bounds: the machine is shared; docs/performance.md has the figures against the targets
    # (ready within 1.5 s, each change drawn within 0.2 s)
    slow = {name: ms for name, ms in figures.items() if name not in ("still", "drawn") and ms > 1000}
    assert figures["still"] < 5000 and not slow, figures


def test_filters_hide_and_show(browser, tmp_path):
    graph = _big_graph(60)
    opened = Opened(browser, write_file(tmp_path, "graph.html", graph_page(graph, [], _years(graph))), "still")
    shown = lambda what: int(opened.page.get_attribute("body", f"data-shown-{what}"))  # noqa: E731
    others = {n for s, t in graph.edges() for n in (s, t)
              if graph.nodes[s]["type"] != "PERSON" and graph.nodes[t]["type"] != "PERSON"}
    opened.page.uncheck("#legend input[data-key=PERSON]")
    assert shown("nodes") == len(others)
    opened.page.check("#legend input[data-key=PERSON]")
    edges = shown("edges")
    opened.page.uncheck("#relations input[data-key=AID]")
    assert 0 < shown("edges") < edges
    opened.page.check("#relations input[data-key=AID]")
    opened.page.uncheck("#kinds input[data-key=affiliation]")
    assert shown("edges") == edges - 1
    opened.page.check("#kinds input[data-key=affiliation]")
    opened.page.select_option("#span", "12")  # one year at a time: the edges are dated by year
    opened.page.eval_on_selector("#period", "p => { p.value = '120'; p.dispatchEvent(new Event('input')); }")
    assert opened.page.inner_text("#period-label") == "2010-01 to 2010-12"
    assert 0 < shown("edges") < edges / 10
    assert shown("nodes") < 60  # actors without a shown link are hidden
    opened.page.uncheck("#connected")
    assert shown("nodes") == 60
    opened.page.select_option("#span", "0")
    assert shown("edges") == edges
    opened.page.fill("#search", "Actor 7")
    opened.page.press("#search", "Enter")
    assert opened.page.inner_text("#details").startswith("Actor 7")
    opened.assert_clean()


def _faint(opened) -> int:
    return int(opened.page.get_attribute("body", "data-faint-nodes"))


def test_focus_hubs_and_fragment(browser, tmp_path):
    graph = _big_graph(300)
    page = write_file(tmp_path, "graph.html", graph_page(graph, [], _years(graph), media=["Actor 3"]))
    opened = Opened(browser, page, "still")
    shown = lambda what: int(opened.page.get_attribute("body", f"data-shown-{what}"))  # noqa: E731
    body = lambda key: opened.page.get_attribute("body", f"data-{key}")  # noqa: E731
    leaf = "n00100"
    position = opened.positions()[leaf]
    opened.click_canvas(position["x"], position["y"])
    near = {leaf} | set(graph.successors(leaf)) | set(graph.predecessors(leaf))
    assert int(body("focus-nodes")) == len(near) and _faint(opened) == 300 - len(near)
    assert "#focus=n00100" in opened.page.evaluate("location.hash")
    assert "Actor 100" in opened.page.inner_text("#focus-name") and "dated link" in opened.page.inner_text("#details").lower()
    assert int(body("draw-ms")) < 2000
    opened.page.select_option("#hops", "2")
    two = set(near)
    for n in near:
        two |= set(graph.successors(n)) | set(graph.predecessors(n))
    assert int(body("focus-nodes")) == len(two)
    opened.page.click("#details .mini .dot >> nth=0")  # an event of the mini timeline: its link's evidence
    assert opened.page.inner_text("#details .heading").count("→") == 1
    link = opened.page.get_attribute("#to-timeline", "href")
    assert link == "timeline.html#actor=n00100"
    opened.page.select_option("#span", "3")
    state = opened.page.evaluate("location.hash")
    again = Opened(browser, page, "still", state)
    assert again.page.evaluate("location.hash") == state and _faint(again) == _faint(opened)
    assert again.page.input_value("#hops") == "2" and again.page.input_value("#span") == "3"
    opened.page.keyboard.press("Escape")
    assert _faint(opened) == 0 and opened.page.evaluate("location.hash") == "#hops=2&span=3&period=2000-01"
    opened.page.select_option("#span", "0")
    edges, nodes = shown("edges"), shown("nodes")
    opened.page.check("#hubs input[data-key=n00000]")  # the hub of the Barabási–Albert skeleton
    assert shown("edges") == edges - graph.degree("n00000") and shown("nodes") < nodes
    opened.page.check("#hubs input[data-key=media]")
    left = [(s, t) for s, t in graph.edges() if not {s, t} & {"n00000", "n00003"}]
    assert shown("edges") == len(left) and shown("nodes") == len({n for edge in left for n in edge})
    opened.page.fill("#search", "Actor 3")  # a hidden outlet found: its toggle is undone to show it
    opened.page.press("#search", "Enter")
    assert opened.page.inner_text("#focus-name") == "Actor 3" and not opened.page.is_checked("#hubs input[data-key=media]")
    assert opened.page.is_checked("#hubs input[data-key=n00000]") and int(body("focus-nodes")) > 1
    opened.assert_clean()
    again.assert_clean()


def test_a_view_of_a_page_is_saved_from_its_fragment(browser, tmp_path, seed_build):
    graph = json.loads((seed_build / "graph.json").read_text())
    degree: dict[str, int] = {}
    for e in graph["edges"]:
        for n in (e["source"], e["target"]):
            degree[n] = degree.get(n, 0) + 1
    hub = max(sorted(degree), key=degree.get)
    png = view(browser, seed_build / "graph.html", f"#focus={hub}", tmp_path / "docs" / "hub.png")
    first = view(browser, seed_build / "graph.html", "", tmp_path / "docs" / "first.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert png.read_bytes() != first.read_bytes()  # the fragment's view, not the first one


def test_an_unknown_focus_says_so(browser, tmp_path):
    graph = _big_graph(40)
    opened = Opened(browser, write_file(tmp_path, "graph.html", graph_page(graph, [], _years(graph))), "still", "#focus=nobody")
    assert "nobody is not among the actors drawn here" in opened.page.inner_text("#details")
    opened.assert_clean()


def test_the_view_exports_as_png_and_csv(browser, tmp_path):
    graph, documents = _evil_graph()
    graph.nodes["a"]["label"] = "=HYPERLINK(\"http://x\")" + PAYLOADS[1]
    opened = Opened(browser, write_file(tmp_path, "graph.html", graph_page(graph, documents, {})), "still")
    with opened.page.expect_download() as png:
        opened.page.click("#export-png")
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.value.suggested_filename == "graph.png"
    with opened.page.expect_download() as nodes:
        opened.page.click("#export-nodes")
    rows = list(csv.reader(Path(nodes.value.path()).read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["id", "label", "type", "mentions", "degree"]
    assert sorted(r[1] for r in rows[1:]) == sorted(["'=HYPERLINK(\"http://x\")" + PAYLOADS[1], "</script><b>Bob</b>"])
    with opened.page.expect_download() as edges:
        opened.page.click("#export-edges")
    rows = list(csv.reader(Path(edges.value.path()).read_text(encoding="utf-8").splitlines()))
    assert rows[1][:2] == ["a", "b"] and "<ATTACK>" in rows[1][4] and "affiliation" in rows[1][5]
    opened.assert_clean()


def _event(i: int, start: str, end: str | None, granularity: str = "day", **fields) -> dict:
    value = start if granularity == "day" else start[:4] if granularity == "year" else start[:7]
    return {"id": f"ev-{i}", "title": f"Event number {i}", "description": "", "type": "T", "quad_class": "",
            "trigger": "", "factuality": "asserted", "actors": [], "sources": [],
            "date": {"value": value, "start": start, "end": end, "granularity": granularity, "text": value,
                     "anchor": "absolute"}, **fields}


def _timeline(events: list[dict], **lists) -> dict:
    return {"documents": [], "undated": [], "other": [], "events": events, **lists}


def _news(n: int, days: int = 240) -> dict:
    """``n`` events over ``days`` days from 2011-02-01, denser at the start, with actors, types,
    documents, some month-only and some open-ended dates, and the busiest days as key dates."""
    start = date(2011, 2, 1)
    actors = [{"id": f"person:a{k}", "name": f"Actor {k}", "role": "actor"} for k in range(60)]
    events = []
    for i in range(n):
        day = start + timedelta(days=int(days * (i / n) ** 1.5))
        granularity = "month" if i % 17 == 0 else "day"
        first = day.replace(day=1) if granularity == "month" else day
        last = None if i % 41 == 0 else (first + timedelta(days=27) if granularity == "month" else first)
        events.append(_event(i, first.isoformat(), last and last.isoformat(), granularity,
                             type=["ATTACK", "SAY", "AID", "MEET", "PROTEST"][i % 5],
                             actors=[actors[i % 60], actors[(i * 7) % 60]],
                             sources=[{"doc": f"d{i % 40}", "sentence": f"Sentence {i}.", "start": 0, "end": 9}]))
    events.sort(key=lambda e: e["date"]["start"])
    documents = [{"id": f"d{k}", "title": f"Article {k}", "path": f"a{k}.txt", "published": None} for k in range(40)]
    dates = [{"value": (start + timedelta(days=d)).isoformat(), "start": (start + timedelta(days=d)).isoformat(),
              "end": (start + timedelta(days=d)).isoformat(), "granularity": "day", "salience": 5.0 - d / 100,
              "documents": 3, "mentions": 5, "events": 2, "published": 0} for d in (3, 10, 40)]
    undated = [dict(_event(n + k, "2011-01-01", "2011-01-01"), id=f"un-{k}", date=None) for k in range(450)]
    return _timeline(events, documents=documents, dates=dates, undated=undated)


def _state(opened) -> dict:
    """What the timeline shows: its URL fragment, the events in view and how many carry a label."""
    return opened.page.evaluate("({hash: location.hash, visible: document.body.dataset.visible,"
                                " labelled: document.body.dataset.labelled, drawMs: document.body.dataset.drawMs})")


def test_year_bars_span_their_year_and_open_dates_fade_out(browser, tmp_path):
    timeline = _timeline([_event(1, "2000-01-01", "2000-12-31", "year"), _event(2, "2000-06-01", "2000-06-30", "month"),
                          _event(3, "2003-02-01", "2003-02-01"), _event(4, "2001-03-01", None, "month")])
    opened = Opened(browser, write_file(tmp_path, "timeline.html", timeline_page(timeline)), "ready")
    boxes = {i: opened.page.locator(f".item[data-event=ev-{i}] .bar").bounding_box() for i in (1, 2, 3, 4)}
    assert boxes[1]["x"] <= boxes[2]["x"] and boxes[2]["x"] + boxes[2]["width"] <= boxes[1]["x"] + boxes[1]["width"]
    assert boxes[1]["width"] > 8 * boxes[2]["width"]
    assert boxes[3]["x"] > boxes[1]["x"] + boxes[1]["width"]
    assert "open" in opened.page.get_attribute(".item[data-event=ev-4] .bar", "class")
    assert boxes[4]["x"] + boxes[4]["width"] < boxes[3]["x"], "an open date runs to the end of the axis"
    opened.assert_clean()


def test_a_thousand_events_are_mostly_labelled_and_the_rest_counted(browser, tmp_path):
    timeline = _news(1000)
    opened = Opened(browser, write_file(tmp_path, "timeline.html", timeline_page(timeline)), "ready")
    drawn = opened.page.locator("#lanes .item, #lanes .more").count()
    readable = opened.page.eval_on_selector_all(
        "#lanes .item .label", "ls => ls.filter(l => l.getBoundingClientRect().width >= 40 && l.textContent).length")
    assert readable >= drawn / 2 and readable >= 30, (readable, drawn)
    assert _represented(opened) == int(_state(opened)["visible"])  # nothing in view is dropped silently
    before = _state(opened)["visible"]
    opened.page.click("#lanes .more >> nth=0")  # a "+N" zooms in on its events
    assert int(_state(opened)["visible"]) < int(before)
    opened.assert_clean()


def test_brush_filters_and_keys_redraw_and_the_fragment_restores_them(browser, tmp_path):
    page = write_file(tmp_path, "timeline.html", timeline_page(_news(600)))
    opened = Opened(browser, page, "ready")
    box = opened.page.locator("#overview").bounding_box()
    y = box["y"] + box["height"] / 2
    opened.page.mouse.move(box["x"] + box["width"] * 0.3, y)
    opened.page.mouse.down()
    opened.page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=3)
    opened.page.mouse.up()
    brushed = _state(opened)
    assert "from=2011-" in brushed["hash"] and int(brushed["visible"]) < 600
    starts = opened.page.eval_on_selector_all("#lanes .item[data-event]", "xs => xs.map(x => x.getBoundingClientRect().left)")
    assert starts and min(starts) >= opened.page.locator("#lanes").bounding_box()["x"] - 1
    opened.page.fill("#actor", "Actor 7")
    opened.page.dispatch_event("#actor", "change")
    actors = opened.page.eval_on_selector_all("#events tbody tr td:last-child", "tds => tds.map(t => t.textContent)")
    assert actors and all("Actor 7" in a.split(", ") for a in actors)
    opened.page.select_option("#type", "SAY")
    assert all(t == "SAY" for t in opened.page.eval_on_selector_all(
        "#events tbody tr td:nth-child(3)", "tds => tds.map(t => t.textContent)"))
    opened.page.select_option("#type", "")
    opened.page.select_option("#doc", "d7")
    assert 0 < opened.page.locator("#events tbody tr[data-event]").count() < len(actors)
    opened.page.focus("#chart")
    opened.page.keyboard.press("j")
    assert opened.page.inner_text("#details").startswith("Event number")
    selected = opened.page.evaluate("new URLSearchParams(location.hash.slice(1)).get('event')")
    assert opened.page.locator(f"#lanes .item.selected[data-event={selected}]").count() == 1
    opened.page.keyboard.press("ArrowRight")
    opened.page.keyboard.press("-")
    state = _state(opened)
    assert state["hash"] != brushed["hash"] and "actor=person%3Aa7" in state["hash"] and "doc=d7" in state["hash"]
    again = Opened(browser, page, "ready", state["hash"])  # the view from the link
    assert {**_state(again), "drawMs": 0} == {**state, "drawMs": 0}
    assert again.page.input_value("#actor") == "Actor 7" and again.page.input_value("#doc") == "d7"
    assert again.page.inner_text("#details") == opened.page.inner_text("#details")
    opened.assert_clean()
    again.assert_clean()


def test_key_dates_are_listed_and_marked_and_long_lists_paged(browser, tmp_path):
    opened = Opened(browser, write_file(tmp_path, "timeline.html", timeline_page(_news(300))), "ready")
    assert opened.page.locator("#key-dates button").all_inner_texts() == ["2011-02-04", "2011-02-11", "2011-03-13"]
    opened.page.click("#key-dates button >> nth=2")
    assert "from=2011-03-10&to=2011-03-17" in _state(opened)["hash"]
    assert opened.page.locator("#axis .tick.key").count() == 1 and opened.page.locator("#lanes .keyline").count() >= 1
    assert opened.page.locator("#undated tbody tr").count() == 200
    opened.page.click("#undated .more-rows")
    assert opened.page.locator("#undated tbody tr").count() == 400
    opened.assert_clean()


def test_five_thousand_events_are_ready_and_redrawn_quickly(browser, tmp_path):
    opened = Opened(browser, write_file(tmp_path, "timeline.html", timeline_page(_news(5000, days=900))), "ready")
    ready = opened.page.evaluate("kgReadyAt")
    opened.page.select_option("#type", "ATTACK")
    redraw = int(_state(opened)["drawMs"])
    assert ready < 5000 and redraw < 1000, (ready, redraw)  # generous: the machine is shared; docs/performance.md
    opened.assert_clean()
