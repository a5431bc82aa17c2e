"""The pages in headless Chromium: built pages in, a time-to-still figure or screenshots out.

``python -m kg.export.browser still OUT/graph.html`` opens the graph page and
prints how long it took, from navigation start, until the graph was drawn and
held still (``window.kgStillAt``), checking that the view does not move afterwards,
and how long each change of ``GRAPH_CHANGES`` (an entity type hidden and shown,
the relations hidden and shown, a period window and its slider, a focus on the most
linked actor and back) takes until its frame is drawn.
``python -m kg.export.browser ready OUT/timeline.html`` prints how long the
timeline page took to be ready, to redraw after a filter and after a zoom, and
how many titles its first view shows. With ``--runs N`` both open the page N
times and end with the median and the maximum of each figure.
``python -m kg.export.browser shots OUT DIR [--prefix P]`` saves ``Pgraph.png``
and ``Ptimeline.png`` of the pages in OUT to DIR; ``python -m kg.export.browser view
PAGE FRAGMENT PNG [--click SELECTOR]`` saves one view of a page (its URL fragment,
then a click). All need the ``test`` extra (Playwright) and Debian's Chromium; no
browser is ever downloaded.
"""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 900}


def launch(playwright):
    """Chromium from the system, with nothing fetched in the background."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


# A change of the graph page, timed from the change until the frame that shows it has been drawn:
# vis's draw (at once, or at its next frame) and the page's own drawing in it, then one frame.
TIMED_CHANGE = """async () => {
  const start = performance.now();
  const drawn = new Promise((resolve) => kgNetwork.once("afterDrawing", resolve));
  CHANGE;
  const frame = new Promise((resolve) => requestAnimationFrame(resolve));
  await drawn;
  await frame;
  return performance.now() - start;
}"""

# The actor with the most links on the page and its place (from the page's data, read before any timing).
MOST_LINKED = """() => {
  const data = JSON.parse(document.getElementById("kg-data").textContent), count = new Map();
  data.edges.forEach((e) => [e.from, e.to].forEach((id) => count.set(id, (count.get(id) || 0) + 1)));
  const id = Array.from(count).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const node = data.nodes.find((n) => n.id === id);
  return {x: node.x, y: node.y};
}"""

# A click on that actor, as vis reports it (the page finds the actor under the pointer).
FOCUS = """kgNetwork.emit("click", {nodes: [], edges: [], pointer: {canvas: HUB}})"""

# The changes timed, in order: each entity type filter and link kind toggle is undone after it.
GRAPH_CHANGES = [
    ("type filter", 'document.querySelector("#legend input").click()'),
    ("type filter undone", 'document.querySelector("#legend input").click()'),
    ("link kind", 'document.querySelector("#kinds input[data-key=relation]").click()'),
    ("link kind undone", 'document.querySelector("#kinds input[data-key=relation]").click()'),
    ("period window", 'const s = document.querySelector("#span"); s.value = "3"; s.dispatchEvent(new Event("change"))'),
    ("period slider", 'const p = document.querySelector("#period"); p.value = String(Math.floor(p.max / 2));'
                      ' p.dispatchEvent(new Event("input"))'),
    ("all time", 'const s = document.querySelector("#span"); s.value = "0"; s.dispatchEvent(new Event("change"))'),
    ("focus", FOCUS),
    ("back to all", 'document.querySelector("#unfocus").click()'),
]


def time_to_still(browser, path: Path) -> dict:
    """The graph page: milliseconds from navigation start until it is drawn and still (``still``),
    the nodes drawn (``drawn``), and milliseconds to draw each of ``GRAPH_CHANGES``."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-state=still]", timeout=120000)
    view = "[kgNetwork.getScale(), kgNetwork.getViewPosition()]"
    before = page.evaluate(view)
    page.wait_for_timeout(1000)
    if page.evaluate(view) != before:
        raise RuntimeError("the view was still moving a second after the graph was drawn")
    still, drawn = page.evaluate("[window.kgStillAt, Number(document.body.dataset.shownNodes)]")
    figures = {"still": still, "drawn": drawn}
    hub = json.dumps(page.evaluate(MOST_LINKED))
    for name, change in GRAPH_CHANGES:
        figures[name] = page.evaluate(TIMED_CHANGE.replace("CHANGE", change.replace("HUB", hub)))
        page.wait_for_timeout(100)
    page.close()
    return figures


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


def screenshots(browser, out: Path, docs: Path, prefix: str = "") -> list[Path]:
    """``graph.png`` (the most linked actor's neighbourhood) and ``timeline.png`` (the first view, its
    first titled event clicked), each name after ``prefix``."""
    docs.mkdir(parents=True, exist_ok=True)
    shots = [docs / f"{prefix}graph.png", docs / f"{prefix}timeline.png"]
    page = browser.new_page(viewport=VIEWPORT)
    page.goto((out / "graph.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=still]")
    page.evaluate(FOCUS.replace("HUB", json.dumps(page.evaluate(MOST_LINKED))))
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots[0]))
    page.goto((out / "timeline.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=ready]")
    page.click("#lanes .item[data-event] >> nth=0")
    page.screenshot(path=str(shots[1]))
    page.close()
    return shots


def view(browser, page_path: Path, fragment: str, png: Path, click: str = "") -> Path:
    """A screenshot of ``page_path`` opened at ``fragment`` (``#focus=…``, ``#actor=…``), after a click
    on ``click`` (a selector) when given."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(page_path.resolve().as_uri() + fragment)
    page.wait_for_selector("body[data-state=still], body[data-state=ready]", timeout=120000)
    if click:
        page.click(click)
    page.wait_for_timeout(300)
    png.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(png))
    page.close()
    return png


def _graph_line(figures: dict) -> str:
    changes = ", ".join(f"{name} {figures[name] / 1000:.3f} s" for name, _ in GRAPH_CHANGES)
    return f"{figures['drawn']} nodes drawn and still {figures['still'] / 1000:.2f} s after navigation start; drawn after: {changes}"


def _timeline_line(f: dict) -> str:
    return (f"ready {f['ready'] / 1000:.2f} s after navigation start; first view: {f['visible']} events, "
            f"{f['drawn']} items of which {f['labelled']} labelled, {f['readable']} titles readable in the viewport; "
            f"a type filter redrawn in {f['filter'] / 1000:.3f} s, a zoom in {f['zoom'] / 1000:.3f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.export.browser", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    still = commands.add_parser("still", help="time until graph.html is drawn and still")
    still.add_argument("page", type=Path)
    shots = commands.add_parser("shots", help="screenshots of graph.html and timeline.html")
    shots.add_argument("out", type=Path)
    shots.add_argument("docs", type=Path)
    shots.add_argument("--prefix", default="")
    one = commands.add_parser("view", help="a screenshot of one view of a page")
    one.add_argument("page", type=Path)
    one.add_argument("fragment", help="the view's URL fragment, such as '#focus=org:nato' ('' for the first view)")
    one.add_argument("png", type=Path)
    one.add_argument("--click", default="", help="a selector to click before the screenshot")
    ready = commands.add_parser("ready", help="time until timeline.html is ready, and its redraws")
    ready.add_argument("page", type=Path)
    for command in (still, ready):
        command.add_argument("--runs", type=int, default=1, help="open the page this many times (default 1)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        if args.command in ("still", "ready"):
            runs = []
            for _ in range(args.runs):
                runs.append(time_to_still(browser, args.page) if args.command == "still" else time_to_ready(browser, args.page))
                print(_graph_line(runs[-1]) if args.command == "still" else _timeline_line(runs[-1]))
            if args.runs > 1:
                timed = ["still"] + [name for name, _ in GRAPH_CHANGES] if args.command == "still" else ["ready", "filter", "zoom"]
                print(f"over {args.runs} runs, median / max in ms: " + "; ".join(
                    f"{name} {statistics.median(r[name] for r in runs):.0f} / {max(r[name] for r in runs):.0f}" for name in timed))
        else:
            shot = [view(browser, args.page, args.fragment, args.png, args.click)] if args.command == "view" else \
                screenshots(browser, args.out, args.docs, args.prefix)
            for path in shot:
                print(f"{path} ({path.stat().st_size // 1024} KB)")
        browser.close()


if __name__ == "__main__":
    main()
