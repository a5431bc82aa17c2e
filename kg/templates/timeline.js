// The timeline page: the dated events on one time axis with their titles as DOM text, an overview
// of event counts with a brush that chooses the period shown, filters, key dates, and the view
// kept in the URL fragment. Only what is in view is drawn, so the page stays quick at any size.
// Article text goes in with textContent only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const DAY = 86400000;
  const ROW = 20;
  const LANE_ROWS = 6;        // rows per lane when there are several lanes
  const LANE_WIDTH = 170;     // the lane names' column, when there are several lanes
  const MAX_LANES = 40;
  const MAX_LABEL = 260;      // px: longer titles end in an ellipsis
  const MIN_LABEL = 60;       // px: narrower than this a title is not readable, the event goes to a "+N"
  const OPEN_WIDTH = 90;      // px: the fading arrow of an open-ended date
  const MORE_COLUMN = 40;     // px: events without room are counted per column of this width
  const MIN_SPAN = 3 * DAY;   // the narrowest view
  const OVERVIEW_BUCKETS = 400;
  const TABLE_PAGE = 200;
  const SOURCES_SHOWN = 25;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function ms(iso) { const p = iso.split("-").map(Number); return Date.UTC(p[0], p[1] - 1, p[2]); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function floorDay(t) { return Math.floor(t / DAY) * DAY; }
  function clamp(v, a, b) { return Math.max(a, Math.min(b, v)); }

  // --- the events: dated ones, then the dated non-factual ones (shown when chosen) -------------
  const types = Array.from(new Set(data.events.concat(data.undated, data.other).map(function (e) { return e.type; }))).sort();
  function colour(type) { return data.palette[types.indexOf(type) % data.palette.length]; }
  function prepare(e) {
    e.s = ms(e.date.start);
    e.e = e.date.end ? ms(e.date.end) + DAY : null;  // null: open-ended ("since 2006")
    e.day = e.e === e.s + DAY;
    return e;
  }
  data.events.forEach(function (e) { e.reported = true; });
  const dated = data.events.map(prepare).concat(data.other.filter(function (e) { return e.date; }).map(prepare));
  dated.forEach(function (e, i) { e.n = i; });
  const byId = new Map(data.events.concat(data.undated, data.other).map(function (e) { return [e.id, e]; }));
  function end(e) { return e.e === null ? e.s + DAY : e.e; }
  function chronological(a, b) { return a.s - b.s || (a.order || 0) - (b.order || 0) || a.n - b.n; }
  function dateText(e) { return e.date ? e.date.value + (e.date.text && e.date.text !== e.date.value ? " (" + e.date.text + ")" : "") : "no date"; }
  function actorsText(e) { return e.actors.map(function (a) { return a.name; }).join(", "); }

  // --- state, kept in the URL fragment -------------------------------------------------------
  const state = { actor: "", type: "", fact: "", doc: "", group: "", event: "", from: 0, to: 0, wide: false };
  const actorNames = new Map();  // id -> name
  const actorCounts = new Map();
  data.events.concat(data.undated, data.other).forEach(function (e) {
    e.actors.forEach(function (a) { actorNames.set(a.id, a.name); actorCounts.set(a.id, (actorCounts.get(a.id) || 0) + 1); });
  });
  function writeFragment() {
    const p = new URLSearchParams();
    ["actor", "type", "fact", "doc", "group", "event"].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    p.set("from", iso(state.from)); p.set("to", iso(state.to));
    if (state.wide) p.set("wide", "1");
    // a page shown inline (a notebook's iframe srcdoc) has no URL of its own to keep the view in
    try { history.replaceState(null, "", "#" + p.toString()); } catch (e) { /* no URL */ }
  }
  function readFragment() {
    const p = new URLSearchParams(location.hash.slice(1));
    ["actor", "type", "fact", "doc", "group", "event"].forEach(function (k) { state[k] = p.get(k) || ""; });
    state.wide = p.get("wide") === "1";
    const from = p.get("from"), to = p.get("to");
    if (/^\d{4}-\d\d-\d\d$/.test(from || "") && /^\d{4}-\d\d-\d\d$/.test(to || "") && ms(to) > ms(from)) {
      state.from = ms(from); state.to = ms(to);
    } else {
      const fit = fitted(shownEvents());
      state.from = fit[0]; state.to = fit[1];
    }
  }

  // --- filters -------------------------------------------------------------------------------
  function passes(e) {
    return (!state.actor || e.actors.some(function (a) { return a.id === state.actor; }))
      && (!state.type || e.type === state.type)
      && (!state.doc || e.sources.some(function (s) { return s.doc === state.doc; }));
  }
  function factual(e) { return state.fact === "all" || (state.fact ? e.factuality === state.fact : e.reported === true); }
  function shownEvents() { return dated.filter(function (e) { return factual(e) && passes(e); }); }
  let shown = [];

  // The first view (and "fit"): every event when there are fewer than 20, else the shortest
  // span that holds 80% of them, so a few events decades away do not squeeze the rest.
  function fitted(events) {
    if (!events.length) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const starts = events.map(function (e) { return e.s; }).sort(function (a, b) { return a - b; });
    const held = starts.length < 20 ? starts.length : Math.ceil(starts.length * 0.8);
    let best = [starts[0], starts[starts.length - 1]];
    for (let i = 0; i + held <= starts.length; i++) {
      if (starts[i + held - 1] - starts[i] < best[1] - best[0]) best = [starts[i], starts[i + held - 1]];
    }
    if (held === starts.length) best[1] = events.reduce(function (m, e) { return Math.max(m, end(e)); }, best[1]);
    const pad = Math.max((best[1] - best[0]) * 0.04, DAY);
    return [floorDay(best[0] - pad), floorDay(best[1] + pad + DAY)];
  }

  // --- details -------------------------------------------------------------------------------
  const details = document.getElementById("details");
  function graphLink(actor) {
    const link = el("a", "graph");
    link.href = "graph.html#focus=" + encodeURIComponent(actor.id);
    link.title = "the graph, focused on " + actor.name;
    return link;
  }
  function actorLine(e) {
    const line = el("div", undefined, "actor-links");
    e.actors.forEach(function (a) {
      const item = el("span");
      const only = el("button", a.name, "link");
      only.title = "only the events of " + a.name;
      only.addEventListener("click", function () { setActor(a.id); });
      item.appendChild(only); item.appendChild(document.createTextNode(" (")); item.appendChild(graphLink(a)); item.appendChild(document.createTextNode(")"));
      line.appendChild(item);
    });
    return line;
  }
  function showEvent(e) {
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
      details.appendChild(el("div", "Written “" + e.date.text + "”, " + e.date.anchor + (e.date.relation ? " · " + e.date.relation : ""), "note"));
    } else {
      details.appendChild(el("div", "No date", "note"));
    }
    if (e.actors.length) { details.appendChild(el("h2", "Actors")); details.appendChild(actorLine(e)); }
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
  function showGroup(events, heading) {
    details.replaceChildren();
    details.appendChild(el("div", heading, "heading"));
    const list = el("ol");
    events.forEach(function (e) {
      const item = el("li");
      const button = el("button", e.title, "link");
      button.addEventListener("click", function () { select(e, true); });
      item.appendChild(button);
      list.appendChild(item);
    });
    details.appendChild(list);
  }
  function mark() {
    document.querySelectorAll("[data-event]").forEach(function (node) { node.classList.toggle("selected", node.dataset.event === state.event); });
  }
  // Select an event; with reveal, move the view so that it is in it.
  function select(e, reveal) {
    state.event = e.id;
    showEvent(e);
    if (reveal && e.date && (e.s >= state.to || end(e) <= state.from)) {
      const half = (state.to - state.from) / 2;
      setView(e.s - half, e.s + half);
    } else {
      mark(); writeFragment();
    }
  }

  // --- overview: event counts per day, week, month or year, and the brush --------------------
  const overview = document.getElementById("overview");
  const overviewAxis = document.getElementById("overview-axis");
  const brush = document.getElementById("brush");
  let domain = [0, 1];
  // The overview spans the main period (the first view widened by its own length on each side),
  // or every event when "whole span" is chosen.
  function overviewDomain() {
    if (!shown.length) return [state.from, state.to];
    const first = shown.reduce(function (m, e) { return Math.min(m, e.s); }, Infinity);
    const last = shown.reduce(function (m, e) { return Math.max(m, end(e)); }, -Infinity);
    const core = fitted(shown);
    const around = core[1] - core[0];
    const lo = Math.min(state.wide ? first : Math.max(first, core[0] - around), state.from);
    const hi = Math.max(state.wide ? last : Math.min(last, core[1] + around), state.to);
    const pad = Math.max((hi - lo) * 0.01, DAY);
    return [lo - pad, hi + pad];
  }
  const UNITS = [["day", DAY], ["week", 7 * DAY], ["month", 30.44 * DAY], ["year", 365.25 * DAY]];
  function bucketStart(t, unit) {
    const d = new Date(t);
    if (unit === "day") return floorDay(t);
    if (unit === "week") return floorDay(t) - ((d.getUTCDay() + 6) % 7) * DAY;
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return Date.UTC(d.getUTCFullYear(), 0, 1);
  }
  function nextBucket(t, unit) {
    const d = new Date(t);
    if (unit === "day") return t + DAY;
    if (unit === "week") return t + 7 * DAY;
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
  function drawOverview() {
    domain = overviewDomain();
    const width = overview.clientWidth;
    const unit = (UNITS.find(function (u) { return (domain[1] - domain[0]) / u[1] <= OVERVIEW_BUCKETS; }) || UNITS[3])[0];
    const counts = new Map();
    shown.forEach(function (e) {
      if (e.s < domain[0] || e.s >= domain[1]) return;
      const b = bucketStart(e.s, unit);
      counts.set(b, (counts.get(b) || 0) + 1);
    });
    const most = Math.max.apply(null, Array.from(counts.values()).concat([1]));
    const x = function (t) { return (t - domain[0]) / (domain[1] - domain[0]) * width; };
    overview.replaceChildren(brush);
    counts.forEach(function (n, b) {
      const bar = el("div", undefined, "count");
      bar.style.left = x(b) + "px";
      bar.style.width = Math.max(1, x(nextBucket(b, unit)) - x(b) - 1) + "px";
      bar.style.height = Math.max(2, Math.sqrt(n / most) * 40) + "px";
      bar.title = iso(b) + " (" + unit + "): " + n + (n === 1 ? " event" : " events");
      overview.appendChild(bar);
    });
    data.key_dates.forEach(function (k) {
      const t = ms(k.start);
      if (t < domain[0] || t > domain[1]) return;
      const flag = el("div", undefined, "key"); flag.style.left = x(t) + "px"; flag.title = "key date " + k.value;
      overview.appendChild(flag);
    });
    overviewAxis.replaceChildren();
    ticks(domain[0], domain[1], width, 110).forEach(function (t) {
      const label = el("span", t[1]); label.style.left = x(t[0]) + "px"; overviewAxis.appendChild(label);
    });
    const earlier = shown.filter(function (e) { return e.s < domain[0]; }).length;
    const later = shown.filter(function (e) { return e.s >= domain[1]; }).length;
    const beyond = document.getElementById("beyond");
    beyond.replaceChildren();
    if (earlier || later || state.wide) {
      const toggle = el("button", state.wide ? "main period only" : "whole span (" + earlier + " earlier, " + later + " later)");
      toggle.id = "wide";
      toggle.addEventListener("click", function () { state.wide = !state.wide; redraw(); });
      beyond.appendChild(toggle);
    }
    placeBrush();
  }
  function placeBrush() {
    const width = overview.clientWidth;
    const left = clamp((state.from - domain[0]) / (domain[1] - domain[0]) * width, 0, width);
    const right = clamp((state.to - domain[0]) / (domain[1] - domain[0]) * width, 0, width);
    brush.style.left = left + "px"; brush.style.width = Math.max(2, right - left) + "px";
  }
  function overviewTime(clientX) {
    const box = overview.getBoundingClientRect();
    return domain[0] + clamp((clientX - box.left) / box.width, 0, 1) * (domain[1] - domain[0]);
  }
  let brushing = null;
  overview.addEventListener("pointerdown", function (ev) {
    brushing = { x: ev.clientX, t: overviewTime(ev.clientX) };
    overview.setPointerCapture(ev.pointerId);
  });
  overview.addEventListener("pointermove", function (ev) {
    if (!brushing) return;
    const box = overview.getBoundingClientRect();
    brush.style.left = (Math.min(brushing.x, ev.clientX) - box.left) + "px";
    brush.style.width = Math.abs(ev.clientX - brushing.x) + "px";
  });
  overview.addEventListener("pointerup", function (ev) {
    if (!brushing) return;
    const t = overviewTime(ev.clientX);
    if (Math.abs(ev.clientX - brushing.x) > 3) setView(Math.min(t, brushing.t), Math.max(t, brushing.t));
    else { const half = (state.to - state.from) / 2; setView(t - half, t + half); }  // a click centres the view there
    brushing = null;
  });

  // --- the chart -----------------------------------------------------------------------------
  const chart = document.getElementById("chart");
  const axis = document.getElementById("axis");
  const lanesBox = document.getElementById("lanes");
  const STEPS = [[1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [3, "month"], [6, "month"], [1, "year"], [2, "year"],
    [5, "year"], [10, "year"], [25, "year"], [50, "year"], [100, "year"]];
  const STEP_DAYS = { day: 1, month: 30.44, year: 365.25 };
  function ticks(lo, hi, width, spacing) {
    const perPixel = (hi - lo) / width;
    const step = STEPS.find(function (s) { return STEP_DAYS[s[1]] * s[0] * DAY / perPixel >= spacing; }) || STEPS[STEPS.length - 1];
    const out = [];
    const start = new Date(lo);
    let t;
    if (step[1] === "day") t = floorDay(lo) - (step[0] === 7 || step[0] === 14 ? ((start.getUTCDay() + 6) % 7) * DAY : 0);
    else if (step[1] === "month") t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % step[0]), 1);
    else t = Date.UTC(start.getUTCFullYear() - (start.getUTCFullYear() % step[0]), 0, 1);
    while (t <= hi) {
      if (t >= lo) out.push([t, step[1] === "day" ? iso(t) : step[1] === "month" ? iso(t).slice(0, 7) : iso(t).slice(0, 4)]);
      const d = new Date(t);
      if (step[1] === "day") t += step[0] * DAY;
      else if (step[1] === "month") t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step[0], 1);
      else t = Date.UTC(d.getUTCFullYear() + step[0], 0, 1);
    }
    return out;
  }
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = "12px system-ui, sans-serif";
  const labelWidths = new Map();
  function labelWidth(text) {
    if (!labelWidths.has(text)) labelWidths.set(text, Math.min(MAX_LABEL, Math.ceil(measure.measureText(text).width) + 12));
    return labelWidths.get(text);
  }

  function lanes(events) {
    if (!state.group) return [["", events]];
    const groups = new Map();
    events.forEach(function (e) {
      const keys = state.group === "actor" ? (e.actors.length ? Array.from(new Set(e.actors.map(function (a) { return a.name; }))) : ["(no actor)"]) : [e.type];
      keys.forEach(function (k) { if (!groups.has(k)) groups.set(k, []); groups.get(k).push(e); });
    });
    const ordered = Array.from(groups.entries()).sort(function (a, b) { return b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1); });
    if (ordered.length <= MAX_LANES) return ordered;
    const rest = new Set();
    ordered.slice(MAX_LANES - 1).forEach(function (g) { g[1].forEach(function (e) { rest.add(e); }); });
    return ordered.slice(0, MAX_LANES - 1).concat([["(" + (ordered.length - MAX_LANES + 1) + " more)", Array.from(rest).sort(chronological)]]);
  }

  // What a lane draws: each event, except that events sharing a date longer than a day (the
  // same month, the same year) are one item with their count.
  function pieces(events) {
    const out = [];
    const spans = new Map();
    events.forEach(function (e) {
      if (e.day || e.e === null) { out.push({ events: [e], s: e.s, e: e.e }); return; }
      const key = e.s + ":" + e.e;
      if (!spans.has(key)) { spans.set(key, { events: [], s: e.s, e: e.e }); out.push(spans.get(key)); }
      spans.get(key).events.push(e);
    });
    return out;
  }

  function drawLane(name, events, rows, width, x) {
    const lane = el("div", undefined, "lane");
    if (state.group) {
      const label = el("div", name + " (" + events.length + ")", "lane-name");
      label.title = name;
      lane.appendChild(label);
    }
    const track = el("div", undefined, "track");
    const rowEnds = [];
    const more = new Map();
    let labelled = 0;
    pieces(events).forEach(function (piece) {
      const e = piece.events[0];
      const group = piece.events.length > 1;
      const left = Math.max(0, x(piece.s));
      const barWidth = piece.e === null ? OPEN_WIDTH : Math.max(6, Math.min(width, x(piece.e)) - left);
      const text = group ? piece.events.length + " events · " + e.date.value : e.title;
      const room = Math.min(Math.max(barWidth, labelWidth(text)), width);
      const start = Math.min(left, width - room);  // near the right edge the title runs leftwards from its bar's end
      let row = room >= MIN_LABEL ? rowEnds.findIndex(function (at) { return at + 4 <= start; }) : -1;
      if (row < 0 && rowEnds.length < rows && room >= MIN_LABEL) { row = rowEnds.length; rowEnds.push(0); }
      if (row < 0) {
        const column = Math.floor(left / MORE_COLUMN);
        more.set(column, (more.get(column) || []).concat(piece.events));
        return;
      }
      rowEnds[row] = start + room;
      const item = el("div", undefined, "item" + (group ? " group" : "") + (e.factuality !== "asserted" ? " nonfactual" : ""));
      item.style.left = start + "px"; item.style.top = (2 + row * ROW) + "px"; item.style.width = room + "px";
      item.style.setProperty("--colour", colour(e.type));
      item.style.setProperty("--tint", colour(e.type) + "40");
      const bar = el("span", undefined, "bar" + (piece.e === null ? " open" : ""));
      bar.style.width = Math.min(barWidth, room) + "px";
      bar.style.left = (left - start) + "px";
      item.appendChild(bar);
      item.appendChild(el("span", text, "label" + (start < left ? " leftwards" : "")));
      item.title = group ? text : dateText(e) + " · " + e.title;
      item.dataset.count = String(piece.events.length);
      if (group) item.addEventListener("click", function () { showGroup(piece.events, text); });
      else { item.dataset.event = e.id; item.addEventListener("click", function () { select(e, false); }); }
      track.appendChild(item);
      labelled += 1;
    });
    const top = 2 + rowEnds.length * ROW;
    more.forEach(function (events, column) {
      const badge = el("button", "+" + events.length, "more");
      badge.style.left = (column * MORE_COLUMN) + "px"; badge.style.top = top + "px";
      badge.title = events.length + " more events here: click to zoom in";
      badge.dataset.count = String(events.length);
      badge.addEventListener("click", function () { zoomInto(events); });
      track.appendChild(badge);
    });
    track.style.height = (top + (more.size ? ROW : 0) + 2) + "px";
    lane.appendChild(track);
    return [lane, labelled];
  }

  function drawChart() {
    const started = performance.now();
    const width = chart.clientWidth - (state.group ? LANE_WIDTH : 0);
    chart.style.setProperty("--lane-width", LANE_WIDTH + "px");
    const x = function (t) { return (t - state.from) / (state.to - state.from) * width; };
    const visible = shown.filter(function (e) { return e.s < state.to && (e.e === null ? e.s + DAY : e.e) > state.from; });
    axis.replaceChildren();
    axis.style.marginLeft = (state.group ? LANE_WIDTH : 0) + "px";
    ticks(state.from, state.to, width, 90).forEach(function (t) {
      const tick = el("div", t[1], "tick"); tick.style.left = x(t[0]) + "px"; axis.appendChild(tick);
    });
    data.key_dates.forEach(function (k) {
      const t = ms(k.start);
      if (t < state.from || t >= state.to) return;
      const tick = el("div", "★", "tick key"); tick.style.left = x(t) + "px"; tick.title = "key date " + k.value;
      axis.appendChild(tick);
    });
    const rows = state.group ? LANE_ROWS : Math.max(LANE_ROWS, Math.floor((chart.clientHeight - 30) / ROW) - 1);
    lanesBox.replaceChildren();
    let labelled = 0;
    lanes(visible).forEach(function (group) {
      const drawn = drawLane(group[0], group[1], rows, width, x);
      lanesBox.appendChild(drawn[0]);
      labelled += drawn[1];
    });
    lanesBox.querySelectorAll(".track").forEach(function (track) {
      data.key_dates.forEach(function (k) {
        const t = ms(k.start);
        if (t < state.from || t >= state.to) return;
        const line = el("div", undefined, "keyline"); line.style.left = x(t) + "px"; track.appendChild(line);
      });
    });
    if (!visible.length) lanesBox.appendChild(el("p", shown.length ? "No events in this period." : "No dated events match.", "note"));
    mark();
    document.body.dataset.visible = String(visible.length);
    document.body.dataset.labelled = String(labelled);
    document.body.dataset.drawMs = String(Math.round(performance.now() - started));
  }

  // --- the view ------------------------------------------------------------------------------
  function setView(from, to) {
    if (to - from < MIN_SPAN) { const mid = (from + to) / 2; from = mid - MIN_SPAN / 2; to = mid + MIN_SPAN / 2; }
    state.from = floorDay(from); state.to = Math.max(floorDay(to), state.from + DAY);
    placeBrush(); drawChart(); writeFragment();
    if (state.from < domain[0] || state.to > domain[1]) drawOverview();
  }
  function zoom(factor, at) {
    const centre = at === undefined ? (state.from + state.to) / 2 : at;
    setView(centre - (centre - state.from) * factor, centre + (state.to - centre) * factor);
  }
  function pan(fraction) { const d = (state.to - state.from) * fraction; setView(state.from + d, state.to + d); }
  function zoomInto(events) {
    const from = events.reduce(function (m, e) { return Math.min(m, e.s); }, Infinity);
    const to = events.reduce(function (m, e) { return Math.max(m, end(e)); }, -Infinity);
    const span = Math.max(to - from, (state.to - state.from) / 4);
    setView((from + to) / 2 - span / 2 - DAY, (from + to) / 2 + span / 2 + DAY);
  }
  // The next or previous event in time; without a selection, the first one from the view's start
  // (or the last one before its end).
  function step(direction) {
    if (!shown.length) return;
    const at = shown.findIndex(function (e) { return e.id === state.event; });
    let next;
    if (at >= 0) next = shown[clamp(at + direction, 0, shown.length - 1)];
    else if (direction > 0) next = shown.find(function (e) { return e.s >= state.from; }) || shown[shown.length - 1];
    else next = shown.slice().reverse().find(function (e) { return e.s < state.to; }) || shown[0];
    select(next, true);
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("fit").addEventListener("click", function () { const f = fitted(shown); setView(f[0], f[1]); });
  chart.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey && !ev.metaKey && !axis.contains(ev.target)) return;
    ev.preventDefault();
    const box = lanesBox.getBoundingClientRect();
    const left = box.left + (state.group ? LANE_WIDTH : 0);
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, state.from + clamp((ev.clientX - left) / (box.right - left), 0, 1) * (state.to - state.from));
  }, { passive: false });
  chart.addEventListener("keydown", function (ev) {
    const keys = { ArrowLeft: function () { pan(-0.2); }, ArrowRight: function () { pan(0.2); }, "+": function () { zoom(0.5); },
      "=": function () { zoom(0.5); }, "-": function () { zoom(2); }, "0": function () { const f = fitted(shown); setView(f[0], f[1]); },
      j: function () { step(1); }, ArrowDown: function () { step(1); }, k: function () { step(-1); }, ArrowUp: function () { step(-1); },
      Escape: function () { state.event = ""; mark(); writeFragment(); } };
    if (keys[ev.key] && !ev.ctrlKey && !ev.altKey) { ev.preventDefault(); keys[ev.key](); }
  });
  let dragging = null;
  lanesBox.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest(".item, .more")) return;
    dragging = { x: ev.clientX, from: state.from, to: state.to, width: lanesBox.clientWidth - (state.group ? LANE_WIDTH : 0) };
  });
  window.addEventListener("pointermove", function (ev) {
    if (!dragging || Math.abs(ev.clientX - dragging.x) < 3) return;
    const d = (dragging.x - ev.clientX) / dragging.width * (dragging.to - dragging.from);
    setView(dragging.from + d, dragging.to + d);
  });
  window.addEventListener("pointerup", function () { dragging = null; });

  // --- tables, a page at a time ----------------------------------------------------------------
  function table(id, cells, dated) {
    const body = document.querySelector("#" + id + " tbody");
    const more = document.querySelector("#" + id + " .more-rows");
    let events = [], count = 0;
    function next() {
      events.slice(count, count + TABLE_PAGE).forEach(function (e) {
        const row = el("tr");
        row.dataset.event = e.id;
        if (e.date) row.dataset.start = e.date.start;
        cells(e).forEach(function (cell, i) { row.appendChild(el("td", cell, i === 0 && dated ? "date" : "")); });
        row.addEventListener("click", function () { select(e, true); });
        body.appendChild(row);
      });
      count = Math.min(events.length, count + TABLE_PAGE);
      more.textContent = "Show " + Math.min(TABLE_PAGE, events.length - count) + " more of " + (events.length - count);
      more.hidden = count === events.length;
      if (!events.length) { const row = el("tr"); row.appendChild(el("td", "None.", "note")); body.appendChild(row); }
      mark();
    }
    more.addEventListener("click", next);
    return function show(list) { events = list; count = 0; body.replaceChildren(); next(); };
  }
  const eventsTable = table("events", function (e) { return [dateText(e), e.title, e.type, actorsText(e)]; }, true);
  const undatedTable = table("undated", function (e) { return [e.title, e.type, actorsText(e)]; }, false);
  const otherTable = table("other", function (e) { return [e.date ? dateText(e) : "no date", e.title, e.factuality, actorsText(e)]; }, true);

  // --- controls --------------------------------------------------------------------------------
  const actorInput = document.getElementById("actor");
  const typeSelect = document.getElementById("type");
  const factSelect = document.getElementById("factuality");
  const docSelect = document.getElementById("doc");
  const groupSelect = document.getElementById("group-by");
  function option(select, value, text) { const o = el("option", text); o.value = value; select.appendChild(o); }
  const idsByName = new Map();
  const datalist = document.getElementById("actor-names");
  Array.from(actorCounts.keys()).sort(function (a, b) { return actorCounts.get(b) - actorCounts.get(a) || (a < b ? -1 : 1); }).forEach(function (id) {
    const name = actorNames.get(id);
    if (idsByName.has(name)) return;
    idsByName.set(name, id);
    const o = el("option"); o.value = name; o.label = actorCounts.get(id) + " events"; datalist.appendChild(o);
  });
  types.forEach(function (t) { option(typeSelect, t, t); });
  option(factSelect, "", "reported as fact (" + data.events.length + ")");
  Array.from(new Set(data.other.map(function (e) { return e.factuality; }))).sort().forEach(function (f) {
    option(factSelect, f, f + " (" + data.other.filter(function (e) { return e.factuality === f && e.date; }).length + " dated)");
  });
  option(factSelect, "all", "all");
  Object.keys(data.documents).map(function (id) { return [id, data.documents[id]]; })
    .sort(function (a, b) { return (a[1].published || "") < (b[1].published || "") ? -1 : (a[1].published || "") > (b[1].published || "") ? 1 : a[0] < b[0] ? -1 : 1; })
    .forEach(function (d) { option(docSelect, d[0], (d[1].published ? d[1].published + " · " : "") + d[1].title.slice(0, 90)); });
  function setActor(id) { state.actor = id; redraw(); }
  actorInput.addEventListener("change", function () {
    const value = actorInput.value.trim();
    if (!value) setActor("");
    else if (idsByName.has(value)) setActor(idsByName.get(value));
  });
  [[typeSelect, "type"], [factSelect, "fact"], [docSelect, "doc"], [groupSelect, "group"]].forEach(function (pair) {
    pair[0].addEventListener("change", function () { state[pair[1]] = pair[0].value; redraw(); });
  });

  function syncControls() {
    actorInput.value = state.actor ? actorNames.get(state.actor) || state.actor : "";
    typeSelect.value = state.type; factSelect.value = state.fact; docSelect.value = state.doc; groupSelect.value = state.group;
    const graph = document.getElementById("to-graph");
    graph.href = "graph.html" + (state.actor ? "#focus=" + encodeURIComponent(state.actor) : "");
  }
  function redraw() {
    shown = shownEvents();
    syncControls();
    drawOverview(); drawChart();
    eventsTable(shown);
    undatedTable(data.undated.filter(passes));
    otherTable(data.other.filter(passes));
    document.getElementById("events-count").textContent = shown.length + (shown.length < dated.length ? " shown" : "");
    document.getElementById("summary").textContent = shown.length + " dated events shown" + (state.actor ? " with " + actorNames.get(state.actor) : "");
    writeFragment();
  }

  // --- key dates --------------------------------------------------------------------------------
  const keyList = document.getElementById("key-dates");
  if (data.key_dates.length) keyList.appendChild(el("li", "Key dates:", "note"));
  data.key_dates.forEach(function (k) {
    const item = el("li");
    const button = el("button", k.value, "link");
    button.title = k.events + " events, in " + k.documents + " documents";
    button.addEventListener("click", function () { setView(ms(k.start) - 3 * DAY, ms(k.start) + 4 * DAY); });
    item.appendChild(button);
    keyList.appendChild(item);
  });

  function load() {
    readFragment();
    shown = shownEvents();
    redraw();
    if (state.event && byId.has(state.event)) showEvent(byId.get(state.event));
  }
  window.addEventListener("hashchange", load);
  window.addEventListener("resize", function () { drawOverview(); drawChart(); });
  load();
  window.kgReadyAt = performance.now();
  document.body.dataset.state = "ready";
})();
