// The timeline page: reads the JSON block and draws the dated events as bars over their whole
// date span, in lanes by event type or by actor, with a chronological table below and the undated
// and non-factual events apart. Text goes in with textContent only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e"];
  const DAY = 86400000;
  const MAX_LANES = 40;
  const LABEL_WIDTH = 170;
  const ROW = 18;
  const MAX_ROWS = 12;  // rows per lane; more events at the same time overlap (the table lists them all)
  // Bounds on the page's work, whatever the size of the build: table rows drawn at a time (a
  // button adds the next ones), bars per lane (the events with most sources; the table lists
  // every event) and sources listed in the details.
  const TABLE_PAGE = 200;
  const LANE_ITEMS = 150;
  const SOURCES_SHOWN = 25;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function ms(iso) { const p = iso.split("-").map(Number); return Date.UTC(p[0], p[1] - 1, p[2]); }
  const types = Array.from(new Set(data.events.concat(data.undated, data.other).map(function (e) { return e.type; }))).sort();
  function colour(type) { return PALETTE[types.indexOf(type) % PALETTE.length]; }
  function dateText(e) { return e.date ? e.date.value + (e.date.text && e.date.text !== e.date.value ? " (" + e.date.text + ")" : "") : "no date"; }
  function actorsText(e) { return e.actors.join(", "); }

  // --- details ---------------------------------------------------------------------------------
  const details = document.getElementById("details");
  let selectedId = null;
  function mark() {
    document.querySelectorAll("[data-event]").forEach(function (node) {
      node.classList.toggle("selected", node.dataset.event === selectedId);
    });
  }
  function select(e) {
    selectedId = e.id;
    mark();
    details.replaceChildren();
    details.appendChild(el("div", e.title, "heading"));
    const meta = el("div");
    const swatch = el("span", undefined, "swatch"); swatch.style.background = colour(e.type);
    meta.appendChild(swatch);
    meta.appendChild(document.createTextNode(e.type + (e.quad_class ? " · " + e.quad_class : "") + " · "));
    meta.appendChild(el("span", e.factuality, "badge " + e.factuality));
    details.appendChild(meta);
    if (e.date) {
      details.appendChild(el("div", "Date: " + e.date.value + " · " + e.date.granularity + " · " + e.date.start + " to " + (e.date.end || "open")));
      details.appendChild(el("div", "Written “" + e.date.text + "”, " + e.date.anchor, "note"));
    } else {
      details.appendChild(el("div", "No date", "note"));
    }
    if (e.actors.length) details.appendChild(el("div", "Actors: " + actorsText(e)));
    details.appendChild(el("h2", e.sources.length === 1 ? "Source" : e.sources.length + " sources"));
    if (e.sources.length > SOURCES_SHOWN) details.appendChild(el("div", "The first " + SOURCES_SHOWN + ":", "note"));
    e.sources.slice(0, SOURCES_SHOWN).forEach(function (s) {
      const doc = data.documents[s.doc] || { title: s.doc };
      details.appendChild(el("blockquote", s.sentence));
      details.appendChild(el("div", doc.title + " (" + s.doc + ")", "doc"));
      details.appendChild(el("div", (doc.outlet ? doc.outlet + " · " : "") + (doc.path || "")
        + (doc.published ? " · published " + doc.published : "") + " · characters " + s.start + "–" + s.end, "doc"));
      if (doc.url) details.appendChild(el("div", doc.url, "doc"));  // as text: the page makes no request
    });
  }

  // --- tables -----------------------------------------------------------------------------------
  function fill(id, events, dated, cells) {
    const table = document.getElementById(id);
    const body = table.querySelector("tbody");
    const more = el("button");
    let shown = 0;
    function next() {
      events.slice(shown, shown + TABLE_PAGE).forEach(function (e) {
        const row = el("tr");
        row.dataset.event = e.id;
        if (e.date) row.dataset.start = e.date.start;
        cells(e).forEach(function (cell, i) { row.appendChild(el("td", cell, i === 0 && dated ? "date" : "")); });
        row.addEventListener("click", function () { select(e); });
        body.appendChild(row);
      });
      shown = Math.min(events.length, shown + TABLE_PAGE);
      more.textContent = "Show " + Math.min(TABLE_PAGE, events.length - shown) + " more of " + (events.length - shown);
      more.hidden = shown === events.length;
      mark();
    }
    more.addEventListener("click", next);
    table.createTFoot().insertRow().insertCell().appendChild(more);
    next();
    if (!events.length) {
      const row = el("tr"); row.appendChild(el("td", "None.", "note")); body.appendChild(row);
    }
  }
  fill("events", data.events, true, function (e) { return [dateText(e), e.title, e.type, actorsText(e)]; });
  fill("undated", data.undated, false, function (e) { return [e.title, e.type, actorsText(e)]; });
  fill("other", data.other, true, function (e) { return [e.date ? dateText(e) : "no date", e.title, e.factuality, actorsText(e)]; });

  // --- chart ------------------------------------------------------------------------------------
  const chart = document.getElementById("chart");
  const inner = document.getElementById("chart-inner");
  const axis = document.getElementById("axis");
  const lanesBox = document.getElementById("lanes");
  const groupBy = document.getElementById("group-by");
  const zoom = document.getElementById("zoom");
  // An open interval ("since 2006") has no end: its bar runs to the last day of the axis.
  const closed = data.events.filter(function (e) { return e.date.end; });
  // (reduce, not Math.max.apply, which fails on arrays longer than the call stack allows)
  const latest = data.events.map(function (e) { return ms(e.date.start) + DAY; })
    .concat(closed.map(function (e) { return ms(e.date.end) + DAY; })).reduce(function (a, b) { return Math.max(a, b); }, -Infinity);
  const spans = data.events.map(function (e) { return [ms(e.date.start), e.date.end ? ms(e.date.end) + DAY : latest]; });
  const first = spans.reduce(function (a, s) { return Math.min(a, s[0]); }, Infinity);
  const last = spans.reduce(function (a, s) { return Math.max(a, s[1]); }, -Infinity);
  const pad = Math.max((last - first) * 0.02, 15 * DAY);
  const lo = first - pad, hi = last + pad;
  // Zoom is a power of two (slider value / 10); the first view shows every event when there are
  // fewer than 20, else the shortest span that holds 80% of them.
  const core = [lo, hi];
  const held = spans.length < 20 ? spans.length : Math.ceil(spans.length * 0.8);
  for (let i = 0; i + held <= spans.length; i++) {
    const span = [spans[i][0], spans[i + held - 1][0] + 31 * DAY];
    if (span[1] - span[0] < core[1] - core[0]) { core[0] = span[0]; core[1] = span[1]; }
  }
  zoom.max = String(Math.max(0, Math.ceil(10 * Math.log2((hi - lo) / (60 * DAY)))));
  zoom.value = String(Math.floor(10 * Math.log2((hi - lo) / Math.max(core[1] - core[0] + 2 * pad, 60 * DAY))));
  function factor() { return Math.pow(2, Number(zoom.value) / 10); }

  // The events a lane draws: all, or the LANE_ITEMS with most sources (then the earliest), in date order.
  function drawn(indices) {
    if (indices.length <= LANE_ITEMS) return indices;
    return indices.slice().sort(function (a, b) { return data.events[b].sources.length - data.events[a].sources.length || a - b; })
      .slice(0, LANE_ITEMS).sort(function (a, b) { return a - b; });
  }

  function lanes() {
    const groups = new Map();
    data.events.forEach(function (e, i) {
      const keys = groupBy.value === "actor" ? (e.actors.length ? Array.from(new Set(e.actors)) : ["(no actor)"]) : [e.type];
      keys.forEach(function (k) { if (!groups.has(k)) groups.set(k, []); groups.get(k).push(i); });
    });
    const ordered = Array.from(groups.entries()).sort(function (a, b) { return b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1); });
    if (ordered.length <= MAX_LANES) return ordered;
    const rest = new Set();
    ordered.slice(MAX_LANES - 1).forEach(function (g) { g[1].forEach(function (i) { rest.add(i); }); });
    return ordered.slice(0, MAX_LANES - 1).concat([["(" + (ordered.length - MAX_LANES + 1) + " more actors)", Array.from(rest).sort(function (a, b) { return a - b; })]]);
  }

  const STEPS = [[1, "month"], [3, "month"], [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [25, "year"], [50, "year"], [100, "year"]];
  function ticks(width) {
    const perPixel = (hi - lo) / width;
    const step = STEPS.find(function (s) { return (s[1] === "year" ? 365 : 30.4) * s[0] * DAY / perPixel >= 80; }) || STEPS[STEPS.length - 1];
    const out = [];
    const start = new Date(lo);
    let y = start.getUTCFullYear(), m = step[1] === "year" ? 0 : start.getUTCMonth() - (start.getUTCMonth() % step[0]);
    if (step[1] === "year") y -= y % step[0];
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > hi) break;
      if (t >= lo) out.push([t, step[1] === "year" ? String(y) : y + "-" + String(m + 1).padStart(2, "0")]);
      if (step[1] === "year") y += step[0]; else { m += step[0]; if (m > 11) { y += Math.floor(m / 12); m %= 12; } }
    }
    return out;
  }

  function draw() {
    if (!data.events.length) { chart.replaceChildren(el("p", "No dated events.", "note")); return; }
    inner.style.width = (LABEL_WIDTH + (chart.clientWidth - LABEL_WIDTH) * factor()) + "px";
    const width = inner.clientWidth - LABEL_WIDTH;
    function x(t) { return (t - lo) / (hi - lo) * width; }
    axis.replaceChildren();
    ticks(width).forEach(function (t) { const tick = el("div", t[1], "tick"); tick.style.left = x(t[0]) + "px"; axis.appendChild(tick); });
    lanesBox.replaceChildren();
    lanes().forEach(function (group) {
      const lane = el("div", undefined, "lane");
      const items = drawn(group[1]);
      const name = el("div", group[0] + " (" + (items.length < group[1].length ? items.length + " of " : "") + group[1].length + ")", "lane-name");
      name.title = group[0];
      lane.appendChild(name);
      const track = el("div", undefined, "track");
      const rowEnds = [];
      items.forEach(function (i) {
        const e = data.events[i];
        const left = x(spans[i][0]);
        const w = Math.max(6, x(spans[i][1]) - left);
        let row = rowEnds.findIndex(function (end) { return end + 2 <= left; });
        if (row < 0 && rowEnds.length < MAX_ROWS) { row = rowEnds.length; rowEnds.push(0); }
        if (row < 0) row = rowEnds.indexOf(Math.min.apply(null, rowEnds));  // a full lane: overlap the row free soonest
        rowEnds[row] = left + w;
        const item = el("div", undefined, "item");
        item.style.left = left + "px"; item.style.width = w + "px"; item.style.top = (2 + row * ROW) + "px";
        item.style.background = colour(e.type);
        item.title = dateText(e) + " · " + e.title;
        item.dataset.event = e.id; item.dataset.start = e.date.start;
        item.addEventListener("click", function () { select(e); });
        track.appendChild(item);
      });
      track.style.height = (4 + rowEnds.length * ROW) + "px";
      lane.appendChild(track);
      lanesBox.appendChild(lane);
    });
    mark();
  }
  groupBy.addEventListener("change", draw);
  zoom.addEventListener("input", function () {
    const centre = (chart.scrollLeft + chart.clientWidth / 2) / inner.clientWidth;
    draw();
    chart.scrollLeft = centre * inner.clientWidth - chart.clientWidth / 2;
  });
  window.addEventListener("resize", draw);
  draw();
  if (spans.length) chart.scrollLeft = (core[0] - pad - lo) / (hi - lo) * (inner.clientWidth - LABEL_WIDTH);
  document.body.dataset.items = String(data.events.length);
  document.body.dataset.state = "ready";
})();
