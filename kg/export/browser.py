"""The pages in headless Chromium: built pages in, a time-to-still figure or screenshots out.

``python -m kg.export.browser still OUT/graph.html`` opens the graph page and
prints how long it took, from navigation start, until the graph was drawn and
held still (``window.kgStillAt``), checking that no position moves afterwards,
and how long hiding one entity type and redrawing takes.
``python -m kg.export.browser shots OUT DIR`` saves ``graph.png`` and
``timeline.png`` of the pages in OUT to DIR. Both need the ``test`` extra
(Playwright) and Debian's Chromium; no browser is ever downloaded.
"""
from __future__ import annotations

import argparse
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 800}


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


def time_to_still(browser, path: Path) -> tuple[float, int, float]:
    """Milliseconds from navigation start until the graph is drawn and still, the nodes drawn, and
    milliseconds to hide one entity type and redraw."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-state=still]", timeout=120000)
    before = page.evaluate("kgNetwork.getPositions()")
    page.wait_for_timeout(1000)
    if page.evaluate("kgNetwork.getPositions()") != before:
        raise RuntimeError("the graph was still moving a second after it was drawn")
    still, drawn = page.evaluate("[window.kgStillAt, kgNetwork.body.nodeIndices.length]")
    filtered = page.evaluate(FILTER_AND_REDRAW)
    page.close()
    return still, drawn, filtered


SELECT_BUSIEST_EDGE = """() => {
  const edge = kgNetwork.body.data.edges.get({order: (a, b) => b.value - a.value || a.id - b.id})[0];
  const at = kgNetwork.getPositions([edge.from, edge.to]);
  return kgNetwork.canvasToDOM({x: (at[edge.from].x + at[edge.to].x) / 2, y: (at[edge.from].y + at[edge.to].y) / 2});
}"""


def screenshots(browser, out: Path, docs: Path) -> list[Path]:
    """``graph.png`` (the first view, the busiest link clicked) and ``timeline.png`` (the last event clicked)."""
    docs.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport=VIEWPORT)
    page.goto((out / "graph.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=still]")
    box = page.locator("#graph canvas").bounding_box()
    point = page.evaluate(SELECT_BUSIEST_EDGE)
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.screenshot(path=str(docs / "graph.png"))
    page.goto((out / "timeline.html").resolve().as_uri())
    page.wait_for_selector("body[data-state=ready]")
    page.click("#events tbody tr:last-child")
    page.screenshot(path=str(docs / "timeline.png"))
    page.close()
    return [docs / "graph.png", docs / "timeline.png"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.export.browser", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    still = commands.add_parser("still", help="time until graph.html is drawn and still")
    still.add_argument("page", type=Path)
    shots = commands.add_parser("shots", help="screenshots of graph.html and timeline.html")
    shots.add_argument("out", type=Path)
    shots.add_argument("docs", type=Path)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        if args.command == "still":
            still, drawn, filtered = time_to_still(browser, args.page)
            print(f"{drawn} nodes drawn and still {still / 1000:.2f} s after navigation start; "
                  f"a type filter applied and redrawn in {filtered / 1000:.2f} s")
        else:
            for path in screenshots(browser, args.out, args.docs):
                print(f"{path} ({path.stat().st_size // 1024} KB)")
        browser.close()


if __name__ == "__main__":
    main()
