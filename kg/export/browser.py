"""The pages in headless Chromium: built pages in, a time-to-still figure or screenshots out.

``python -m kg.export.browser still OUT/graph.html`` opens the graph page and
prints how long it took, from navigation start, until the graph was drawn and
held still (``window.kgStillAt``), checking that no position moves afterwards,
and how long hiding one entity type and redrawing takes.
It also times focusing the most linked actor.
``python -m kg.export.browser ready OUT/timeline.html`` prints how long the
timeline page took to be ready, to redraw after a filter and after a zoom, and
how many titles its first view shows.
``python -m kg.export.browser shots OUT DIR [--prefix P]`` saves ``Pgraph.png``
and ``Ptimeline.png`` of the pages in OUT to DIR. Both need the ``test`` extra
(Playwright) and Debian's Chromium; no browser is ever downloaded.
"""
from __future__ import annotations

import argparse
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 900}


def launch(playwright):
    """Chromium from the system, with nothing fetched in the background."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


FILTER_AND_REDRAW = """async () => {
  const box = document.querySelector("#legend input");
  const start = performance.now();
  const drawn = new Promise((resolve) => kgNetwork.once("afterDrawing", resolve));
  box.click();
  await drawn;
  return performance.now() - start;
}"""


FOCUS_HUB = """() => {
  const hub = kgNetwork.body.data.nodes.getIds().reduce(
    (best, id) => kgNetwork.getConnectedEdges(id).length > kgNetwork.getConnectedEdges(best).length ? id : best);
  kgNetwork.emit("click", {nodes: [hub], edges: []});
  return hub;
}"""

FOCUS_AND_REDRAW = """async () => {
  const start = performance.now();
  const drawn = new Promise((resolve) => kgNetwork.once("afterDrawing", resolve));
  (""" + FOCUS_HUB + """)();
  await drawn;
  return performance.now() - start;
}"""


def time_to_still(browser, path: Path) -> tuple[float, int, float, float]:
    """Milliseconds from navigation start until the graph is drawn and still, the nodes drawn,
    milliseconds to hide one entity type and redraw, and to focus the most linked actor and redraw."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-state=still]", timeout=120000)
    before = page.evaluate("kgNetwork.getPositions()")
    page.wait_for_timeout(1000)
    if page.evaluate("kgNetwork.getPositions()") != before:
        raise RuntimeError("the graph was still moving a second after it was drawn")
    still, drawn = page.evaluate("[window.kgStillAt, kgNetwork.body.nodeIndices.length]")
    filtered = page.evaluate(FILTER_AND_REDRAW)
    focused = page.evaluate(FOCUS_AND_REDRAW)
    page.close()
    return still, drawn, filtered, focused


# A filter (the first event type) and a zoom, each timed until the page is redrawn and laid out
# (reading offsetHeight forces the layout).
TIMELINE_CHANGES = """() => {
  const select = document.querySelector("#type");
  const start = performance.now();
  select.value = select.options[1].value;
  select.dispatchEvent(new Event("change"));
  void document.body.offsetHeight;
  const filtered = performance.now();
  document.querySelector("#zoom-in").click();
  void document.body.offsetHeight;
  return [filtered - start, performance.now() - filtered];
}"""

# Titles in the first view: labels at least 40 px wide inside the viewport.
READABLE = """() => Array.from(document.querySelectorAll("#lanes .item .label")).filter((label) => {
  const box = label.getBoundingClientRect();
  return box.width >= 40 && box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}).length"""


def time_to_ready(browser, path: Path) -> dict:
    """The timeline page: milliseconds until ready, events in the first view, how many of them carry a
    label, titles readable in the viewport, and milliseconds to redraw after a filter and a zoom."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-state=ready]", timeout=120000)
    figures = {"ready": page.evaluate("window.kgReadyAt"), "visible": int(page.get_attribute("body", "data-visible")),
               "labelled": int(page.get_attribute("body", "data-labelled")),
               "drawn": page.locator("#lanes .item, #lanes .more").count(), "readable": page.evaluate(READABLE)}
    figures["filter"], figures["zoom"] = page.evaluate(TIMELINE_CHANGES)
    page.close()
    return figures


SELECT_BUSIEST_EDGE = """() => {
  const edge = kgNetwork.body.data.edges.get({order: (a, b) => b.value - a.value || a.id - b.id})[0];
  const at = kgNetwork.getPositions([edge.from, edge.to]);
  return kgNetwork.canvasToDOM({x: (at[edge.from].x + at[edge.to].x) / 2, y: (at[edge.from].y + at[edge.to].y) / 2});
}"""


def screenshots(browser, out: Path, docs: Path, prefix: str = "") -> list[Path]:
    """``graph.png`` (the most linked actor's neighbourhood) and ``timeline.png`` (the first view, its
    first titled event clicked), each name after ``prefix``."""
    docs.mkdir(parents=True, exist_ok=True)
    shots = [docs / f"{prefix}graph.png", docs / f"{prefix}timeline.png"]
    page = browser.new_page(viewport=VIEWPORT)
    page.goto((out / "graph.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=still]")
    page.evaluate(FOCUS_HUB)
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots[0]))
    page.goto((out / "timeline.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=ready]")
    page.click("#lanes .item[data-event] >> nth=0")
    page.screenshot(path=str(shots[1]))
    page.close()
    return shots


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.export.browser", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    still = commands.add_parser("still", help="time until graph.html is drawn and still")
    still.add_argument("page", type=Path)
    shots = commands.add_parser("shots", help="screenshots of graph.html and timeline.html")
    shots.add_argument("out", type=Path)
    shots.add_argument("docs", type=Path)
    shots.add_argument("--prefix", default="")
    ready = commands.add_parser("ready", help="time until timeline.html is ready, and its redraws")
    ready.add_argument("page", type=Path)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        if args.command == "still":
            still, drawn, filtered, focused = time_to_still(browser, args.page)
            print(f"{drawn} nodes drawn and still {still / 1000:.2f} s after navigation start; "
                  f"a type filter applied and redrawn in {filtered / 1000:.2f} s; "
                  f"the most linked actor focused and redrawn in {focused / 1000:.2f} s")
        elif args.command == "ready":
            f = time_to_ready(browser, args.page)
            print(f"ready {f['ready'] / 1000:.2f} s after navigation start; first view: {f['visible']} events, "
                  f"{f['drawn']} items of which {f['labelled']} labelled, {f['readable']} titles readable in the viewport; "
                  f"a type filter redrawn in {f['filter'] / 1000:.3f} s, a zoom in {f['zoom'] / 1000:.3f} s")
        else:
            for path in screenshots(browser, args.out, args.docs, args.prefix):
                print(f"{path} ({path.stat().st_size // 1024} KB)")
        browser.close()


if __name__ == "__main__":
    main()
