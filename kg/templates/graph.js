// The graph page: reads the JSON block, draws the actors at the positions computed in Python on
// vis-network's canvas, and wires search, filters, an actor's neighbourhood, a period slider,
// hub toggles, details and exports; the focus and period are kept in the URL fragment.
// Text goes in with textContent (or the canvas's fillText) only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  // An affiliation item says a role: "former host", "president".
  function roleText(x) { return (x.qualifiers.length ? x.qualifiers.join(", ") + " " : "") + x.role; }
  function itemText(x) {
    if (x.kind === "affiliation") return roleText(x) + " (" + x.time + ")";
    if (x.kind === "party") return x.roles.join(", ") + (x.date ? " " + x.date : "");  // to a named agreement or event
    if (x.kind === "located_in") return "located in (" + x.cues.join(", ") + ")";  // a place in a country
    if (x.kind === "tie") return x.tie;  // a lasting tie stated without an event: ally, partner …
    if (x.kind === "acted_in") return "in: " + x.relation + " (" + x.verb + ")" + (x.date ? " " + x.date : "");  // where an actor did it
    return x.relation + " (" + x.verb + ")" + (x.date ? " " + x.date : "");
  }
  function itemLabel(x) { return x.kind === "affiliation" ? x.role : x.kind === "party" ? "party" : x.kind === "located_in" ? "located in" : x.kind === "tie" ? x.tie : x.kind === "acted_in" ? "in" : x.relation; }
  // 0 for the smallest of `values`, 1 for the largest (0.5 when all are equal), as vis scales a value.
  function scale(values) {
    let lo = Infinity, hi = -Infinity;
    values.forEach(function (v) { lo = Math.min(lo, v); hi = Math.max(hi, v); });
    return function (v) { return hi === lo ? 0.5 : (v - lo) / (hi - lo); };
  }

  // --- filters --------------------------------------------------------------------------------
  // The page opens on the actors with a link; "connected" unchecked shows the others too.
  const state = { types: new Set(Object.keys(data.colours)), kinds: new Set(["relation", "acted_in", "affiliation", "party", "located_in", "tie"]), relations: new Set(),
    from: "", to: "", undated: true, connected: true, hidden: new Set(), focus: "", hops: 1 };
  data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.kind === "relation" || x.kind === "acted_in") state.relations.add(x.relation); }); });
  function itemShown(x) {
    if (!state.kinds.has(x.kind)) return false;
    if (x.kind !== "relation" && x.kind !== "acted_in") return true;  // the date and relation filters are for events
    if (!state.relations.has(x.relation)) return false;
    if (!x.start) return state.undated;
    return (!state.from || !x.end || x.end >= state.from) && (!state.to || x.start <= state.to);  // no end: still going on
  }
  const edgeShown = data.edges.map(function () { return true; });
  const linked = new Set();
  function recompute() {
    linked.clear();
    data.edges.forEach(function (e, i) {
      edgeShown[i] = state.types.has(byId.get(e.from).type) && state.types.has(byId.get(e.to).type)
        && !state.hidden.has(e.from) && !state.hidden.has(e.to) && e.items.some(itemShown);
      if (edgeShown[i]) { linked.add(e.from); linked.add(e.to); }
    });
  }
  function nodeShown(id) {
    return state.types.has(byId.get(id).type) && !state.hidden.has(id) && (!state.connected || linked.has(id));
  }

  // --- the URL fragment: focus, hops and period, read before anything is drawn --------------------
  const span = document.getElementById("span");
  const period = document.getElementById("period");
  const hops = document.getElementById("hops");
  const months = [];  // the months of the dated relations, first to last
  (function () {
    const dated = [];
    data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.start) dated.push(x.start, x.end || x.start); }); });
    if (!dated.length) return;
    dated.sort();
    let y = Number(dated[0].slice(0, 4)), m = Number(dated[0].slice(5, 7));
    const last = dated[dated.length - 1].slice(0, 7);
    for (;;) {
      const month = y + "-" + String(m).padStart(2, "0");
      months.push(month);
      if (month >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
  })();
  period.max = String(Math.max(0, months.length - 1));
  function lastDay(month) { const p = month.split("-").map(Number); return new Date(Date.UTC(p[0], p[1], 0)).toISOString().slice(0, 10); }
  // The period of the window (1, 3 or 12 months, or none) at the slider's place.
  function readPeriod() {
    const width = Number(span.value);
    period.disabled = !width || !months.length;
    const first = months[Math.min(Number(period.value), months.length - 1)];
    const end = months[Math.min(Number(period.value) + width - 1, months.length - 1)];
    state.from = width && first ? first + "-01" : "";
    state.to = width && end ? lastDay(end) : "";
    document.getElementById("period-label").textContent = width && first ? first + (end !== first ? " to " + end : "") : "";
  }
  function readFragmentState() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.hops = p.get("hops") === "2" ? 2 : 1;
    hops.value = String(state.hops);
    span.value = ["1", "3", "12"].includes(p.get("span")) ? p.get("span") : "0";
    period.value = String(Math.max(0, months.indexOf(p.get("period"))));
    readPeriod();
    return p.get("focus");
  }
  const wanted = readFragmentState();
  recompute();

  // --- what is drawn where: positions from Python, sizes by mentions and links ---------------------
  // Sizes scale as vis scales a value, once over all the page's actors and links, so that a
  // filter never resizes what stays.
  const mentionScale = scale(data.nodes.map(function (n) { return n.mentions; }));
  const linkScale = scale(data.edges.map(function (e) { return e.items.length; }));
  const at = new Map(), radius = new Map(), fontSize = new Map(), isHidden = new Map();
  data.nodes.forEach(function (n) {
    const s = mentionScale(n.mentions);
    at.set(n.id, { x: n.x, y: n.y });
    radius.set(n.id, 7 + 35 * s);  // 7 to 42 px, names 12 to 30 px
    fontSize.set(n.id, 12 + 18 * s);
    isHidden.set(n.id, !nodeShown(n.id));
  });
  const links = data.edges.map(function (e) {
    const labels = Array.from(new Set(e.items.map(itemLabel)));
    return { width: 1 + 4 * linkScale(e.items.length), dashed: e.items.every(function (x) { return x.kind === "affiliation"; }),
      label: labels.length === 1 ? labels[0] : plural(e.items.length, "link") };
  });
  const NAME_MIN = 6, NAME_MAX = 30;  // screen px: smaller names are not written, larger ones written at this size
  const LINK_LABEL = 10;  // px at zoom 1

  // vis-network gives the canvas, the view (pan, zoom, its conversions) and the clicks; the page
  // draws the actors and links on it, batched by colour and width, and finds what is under the
  // pointer itself. Drawn by vis, every actor and link cost tens of microseconds per frame and per
  // change of vis's data, so a filter over 2,500 actors took 0.25–0.7 s; drawn here it is a few
  // milliseconds, and a filter changes no vis data at all.
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: [], edges: [] }, {
    physics: false, interaction: { multiselect: false, selectConnectedEdges: false },
  });
  window.kgNetwork = network;

  let selectedLink = -1, hovered = "";
  function viewBox() {
    const corner = network.DOMtoCanvas({ x: 0, y: 0 });
    const far = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    return { left: corner.x, top: corner.y, right: far.x, bottom: far.y };
  }
  function shownLinks() {
    const shown = [];
    edgeShown.forEach(function (yes, i) { if (yes) shown.push(i); });
    return shown;
  }
  function shownNodes() { return data.nodes.map(function (n) { return n.id; }).filter(function (id) { return !isHidden.get(id); }); }
  // Each link from the border of its source to the border of its target, with an arrowhead there:
  // one path per line width and dash for the lines, one for the heads (closing each head's
  // path one by one costs more than drawing it).
  function strokeLinks(ctx, indices, colour, extraWidth) {
    const paths = new Map();
    const heads = new Path2D();
    indices.forEach(function (i) {
      const e = data.edges[i], a = at.get(e.from), b = at.get(e.to);
      const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy);
      const inner = radius.get(e.from), outer = radius.get(e.to);
      if (length <= inner + outer) return;
      const ux = dx / length, uy = dy / length, width = links[i].width + extraWidth;
      const tip = { x: b.x - ux * outer, y: b.y - uy * outer }, head = 5 + 2.5 * width;
      const key = Math.round(width * 2) / 2 + (links[i].dashed ? "d" : "");
      if (!paths.has(key)) paths.set(key, new Path2D());
      const path = paths.get(key);
      path.moveTo(a.x + ux * inner, a.y + uy * inner);
      path.lineTo(tip.x - ux * head * 0.8, tip.y - uy * head * 0.8);
      heads.moveTo(tip.x, tip.y);
      heads.lineTo(tip.x - ux * head - uy * head * 0.35, tip.y - uy * head + ux * head * 0.35);
      heads.lineTo(tip.x - ux * head + uy * head * 0.35, tip.y - uy * head - ux * head * 0.35);  // fill() closes it
    });
    ctx.save();
    ctx.strokeStyle = colour; ctx.fillStyle = colour; ctx.lineCap = "round";
    paths.forEach(function (path, key) {
      ctx.lineWidth = parseFloat(key);
      ctx.setLineDash(key.endsWith("d") ? [5, 5] : []);
      ctx.stroke(path);
    });
    ctx.fill(heads);
    ctx.restore();
  }
  // Texts written on the screen, to write no other over them: their boxes (screen px), filed by the
  // CELL px squares they touch so that a check looks only at its neighbours.
  const CELL = 64;
  function Written() { this.boxes = new Map(); }
  // The box of a text centred at x, from y down, with a pixel to spare around it; its width estimated
  // from its letters (in ems of a sans-serif face: capitals and digits wider, spaces narrower).
  Written.prototype.box = function (x, y, text, size) {
    let ems = 0;
    for (const c of text) ems += c === " " ? 0.28 : /[A-Z0-9]/.test(c) ? 0.66 : 0.52;
    const half = ems * size / 2 + 1;
    return { left: x - half, right: x + half, top: y - 1, bottom: y + size + 1 };
  };
  Written.prototype.cells = function (box) {
    const keys = [];
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) keys.push(cx + "," + cy);
    }
    return keys;
  };
  // Whether `box` is free, and if so it is taken.
  Written.prototype.take = function (box) {
    const keys = this.cells(box), boxes = this.boxes;
    const clash = keys.some(function (key) {
      return (boxes.get(key) || []).some(function (b) {
        return box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom;
      });
    });
    if (!clash) keys.forEach(function (key) { if (!boxes.has(key)) boxes.set(key, []); boxes.get(key).push(box); });
    return !clash;
  };
  // The names of the links whose middle is in view, once they are large enough to read, where they
  // overlap no text already `written`.
  function labelLinks(ctx, indices, box, written) {
    const zoom = network.getScale();
    if (LINK_LABEL * zoom < NAME_MIN) return;
    ctx.save();
    ctx.font = LINK_LABEL + "px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    ctx.lineWidth = 2; ctx.strokeStyle = "#ffffff"; ctx.fillStyle = "#555";
    indices.forEach(function (i) {
      const a = at.get(data.edges[i].from), b = at.get(data.edges[i].to);
      const x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) return;
      if (!written.take(written.box((x - box.left) * zoom, (y - box.top) * zoom - LINK_LABEL * zoom / 2, links[i].label, LINK_LABEL * zoom))) return;
      ctx.strokeText(links[i].label, x, y); ctx.fillText(links[i].label, x, y);
    });
    ctx.restore();
  }
  // Dots, one path per colour, filled and given a thin dark border.
  function fillDots(ctx, ids) {
    const byColour = new Map();
    ids.forEach(function (id) {
      const colour = data.colours[byId.get(id).type], p = at.get(id), r = radius.get(id);
      if (!byColour.has(colour)) byColour.set(colour, new Path2D());
      byColour.get(colour).moveTo(p.x + r, p.y); byColour.get(colour).arc(p.x, p.y, r, 0, 2 * Math.PI);
    });
    ctx.lineWidth = 1 / Math.max(network.getScale(), 0.5); ctx.strokeStyle = "rgba(0, 0, 0, 0.45)";
    byColour.forEach(function (path, colour) { ctx.fillStyle = colour; ctx.fill(path); ctx.stroke(path); });
  }
  // Names under the dots in view that are large enough to read (with `every`, however small, as in a
  // neighbourhood), the focused actor's and the larger first, each where it overlaps no name already
  // written; returns what it wrote (a Written).
  function writeNames(ctx, ids, box, every) {
    const zoom = network.getScale(), candidates = [];
    ids.forEach(function (id) {
      const p = at.get(id), r = radius.get(id);
      if (p.x + r < box.left || p.x - r > box.right || p.y + r < box.top || p.y - r > box.bottom) return;
      if (every || fontSize.get(id) * zoom >= NAME_MIN) candidates.push(id);
    });
    candidates.sort(function (a, b) {
      return (b === state.focus) - (a === state.focus) || fontSize.get(b) - fontSize.get(a) || (a < b ? -1 : 1);
    });
    const written = new Written(), bySize = new Map();
    candidates.forEach(function (id) {
      const p = at.get(id), screen = Math.min(fontSize.get(id) * zoom, NAME_MAX);
      if (!written.take(written.box((p.x - box.left) * zoom, (p.y + radius.get(id) + 2 - box.top) * zoom, byId.get(id).label, screen))) return;
      const size = Math.round(screen) / zoom;
      if (!bySize.has(size)) bySize.set(size, []);
      bySize.get(size).push(id);
    });
    ctx.save();
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round"; ctx.fillStyle = "#222"; ctx.strokeStyle = "#ffffff";
    bySize.forEach(function (group, size) {
      ctx.font = size + "px system-ui, sans-serif"; ctx.lineWidth = 3 * size / 14;
      group.forEach(function (id) {
        const p = at.get(id), y = p.y + radius.get(id) + 2;
        ctx.strokeText(byId.get(id).label, p.x, y); ctx.fillText(byId.get(id).label, p.x, y);
      });
    });
    ctx.restore();
    return written;
  }
  // The graph; with a focus, everything outside the neighbourhood faint and the neighbourhood
  // named in full; the selected link and the focused actor marked on top.
  network.on("afterDrawing", function (ctx) {
    const box = viewBox(), ids = shownNodes(), shown = shownLinks();
    if (near) {
      const inside = function (i) { return near.has(data.edges[i].from) && near.has(data.edges[i].to); };
      ctx.globalAlpha = 0.12;
      strokeLinks(ctx, shown.filter(function (i) { return !inside(i); }), "#9aa3ad", 0);
      fillDots(ctx, ids.filter(function (id) { return !near.has(id); }));
      ctx.globalAlpha = 1;
      const strong = shown.filter(inside), close = ids.filter(function (id) { return near.has(id); });
      strokeLinks(ctx, strong, "#555", 0.5);
      fillDots(ctx, close);
      labelLinks(ctx, strong, box, writeNames(ctx, close, box, true));
    } else {
      strokeLinks(ctx, shown, "#9aa3ad", 0);
      fillDots(ctx, ids);
      labelLinks(ctx, shown, box, writeNames(ctx, ids, box, false));
    }
    if (selectedLink >= 0 && edgeShown[selectedLink]) strokeLinks(ctx, [selectedLink], "#222", 2);
    [state.focus, hovered].forEach(function (id) {
      if (!id || isHidden.get(id)) return;
      const p = at.get(id);
      ctx.beginPath(); ctx.arc(p.x, p.y, radius.get(id) + 1.5 / network.getScale(), 0, 2 * Math.PI);
      ctx.lineWidth = 3 / network.getScale(); ctx.strokeStyle = id === state.focus ? "#222" : "#e3a21a"; ctx.stroke();
    });
  });

  // --- what is under the pointer: an actor, else the nearest link within a few pixels ------------
  function nodeAt(point) {
    let best = "", bestRatio = Infinity;
    const slack = 3 / network.getScale();
    data.nodes.forEach(function (n) {
      if (isHidden.get(n.id)) return;
      const p = at.get(n.id), ratio = Math.hypot(point.x - p.x, point.y - p.y) / (radius.get(n.id) + slack);
      if (ratio <= 1 && ratio < bestRatio) { best = n.id; bestRatio = ratio; }
    });
    return best;
  }
  function linkAt(point) {
    const reach = 6 / network.getScale();
    let best = -1, bestDistance = reach;
    edgeShown.forEach(function (yes, i) {
      if (!yes) return;
      const a = at.get(data.edges[i].from), b = at.get(data.edges[i].to);
      const dx = b.x - a.x, dy = b.y - a.y, squared = dx * dx + dy * dy;
      const t = squared ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / squared)) : 0;
      const distance = Math.hypot(point.x - a.x - t * dx, point.y - a.y - t * dy);
      if (distance < bestDistance) { best = i; bestDistance = distance; }
    });
    return best;
  }
  function nodeTitle(id) {
    const n = byId.get(id);
    return n.label + "\n" + n.type + " · " + plural(n.mentions, "mention") + " · " + plural(n.degree, "relation")
      + (n.aliases.length > 1 ? "\nAlso: " + n.aliases.filter(function (a) { return a !== n.label; }).slice(0, 8).join("; ") : "");
  }
  function linkTitle(i) {
    const e = data.edges[i], first = e.items[0];
    return byId.get(e.from).label + " → " + byId.get(e.to).label + "\n" + e.items.slice(0, 5).map(itemText).join("\n")
      + (e.items.length > 5 ? "\n…" : "") + (first.evidence.length ? "\n“" + first.evidence[0].sentence + "”" : "");
  }
  // Hovering shows a summary as the browser's own tooltip (text only) and rings the actor.
  container.addEventListener("mousemove", function (ev) {
    const rect = container.getBoundingClientRect();
    const point = network.DOMtoCanvas({ x: ev.clientX - rect.left, y: ev.clientY - rect.top });
    const id = nodeAt(point), link = id ? -1 : linkAt(point);
    container.title = id ? nodeTitle(id) : link >= 0 ? linkTitle(link) : "";
    container.style.cursor = id || link >= 0 ? "pointer" : "";
    if (id !== hovered) { hovered = id; network.redraw(); }
  });
  container.addEventListener("mouseleave", function () { if (hovered) { hovered = ""; network.redraw(); } });

  function publish() {
    document.body.dataset.shownNodes = String(shownNodes().length);
    document.body.dataset.shownEdges = String(shownLinks().length);
    document.getElementById("edge-count").textContent = plural(shownLinks().length, "link") + " shown of " + data.edges.length;
  }
  // Every change is timed (data-draw-ms) until the canvas is drawn again.
  function timeDrawing() {
    const started = performance.now();
    network.once("afterDrawing", function () { document.body.dataset.drawMs = String(Math.round(performance.now() - started)); });
  }
  function redraw() { timeDrawing(); network.redraw(); }
  // A filter changed: the links shown, the actors shown and the neighbourhood are recomputed.
  function refresh() {
    recompute();
    data.nodes.forEach(function (n) { isHidden.set(n.id, !nodeShown(n.id)); });
    if (hovered && isHidden.get(hovered)) hovered = "";
    dim();
    redraw();
    publish();
    writeFragment();
  }

  // The view that holds `ids`, their dots and names (as vis's fit would, with a margin); vis
  // draws it at its next frame.
  function show(ids) {
    let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    ids.forEach(function (id) {
      const p = at.get(id), r = radius.get(id);
      left = Math.min(left, p.x - r); right = Math.max(right, p.x + r);
      top = Math.min(top, p.y - r); bottom = Math.max(bottom, p.y + r + 2 + fontSize.get(id));  // the name under the dot
    });
    const zoom = ids.length ? Math.max(0.02, Math.min(1, container.clientWidth / (1.1 * (right - left)),
      container.clientHeight / (1.1 * (bottom - top)))) : 1;
    timeDrawing();
    network.moveTo({ position: ids.length ? { x: (left + right) / 2, y: (top + bottom) / 2 } : { x: 0, y: 0 }, scale: zoom, animation: false });
  }
  // The first view shows the largest group of related actors, when there is one.
  function showOverview() {
    const group = data.focus.filter(function (id) { return !isHidden.get(id); });
    show(group.length >= 3 && group.length < data.nodes.length ? group : shownNodes());
  }

  // --- legend (entity types) and relation checkboxes ----------------------------------------
  function checkboxRow(parent, key, count, set, colour) {
    const label = el("label", undefined, "row");
    const box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.key = key;
    box.addEventListener("change", function () { if (box.checked) set.add(key); else set.delete(key); refresh(); });
    label.appendChild(box);
    if (colour) { const dot = el("span", undefined, "swatch"); dot.style.background = colour; label.appendChild(dot); }
    label.appendChild(el("span", key || "(none)"));
    label.appendChild(el("span", count, "count"));
    parent.appendChild(label);
  }
  const typeCounts = {};
  data.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  const legend = document.getElementById("legend");
  Object.keys(data.colours).forEach(function (t) { checkboxRow(legend, t, typeCounts[t] || 0, state.types, data.colours[t]); });
  const kindCounts = { relation: 0, acted_in: 0, affiliation: 0, party: 0, located_in: 0, tie: 0 };
  data.edges.forEach(function (e) { e.items.forEach(function (x) { kindCounts[x.kind] += 1; }); });
  const kinds = document.getElementById("kinds");
  Object.keys(kindCounts).forEach(function (k) { checkboxRow(kinds, k, kindCounts[k], state.kinds); });
  const relationCounts = {};
  data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.kind === "relation" || x.kind === "acted_in") relationCounts[x.relation] = (relationCounts[x.relation] || 0) + 1; }); });
  const relations = document.getElementById("relations");
  Object.keys(relationCounts).sort().forEach(function (r) { checkboxRow(relations, r, relationCounts[r], state.relations); });
  if (!Object.keys(relationCounts).length) relations.appendChild(el("p", "No relations between the shown actors.", "note"));

  // --- period: a window of 1, 3 or 12 months that the slider moves over the relations' months ----
  function setPeriod() { readPeriod(); refresh(); }
  span.addEventListener("change", setPeriod);
  period.addEventListener("input", setPeriod);
  document.getElementById("undated").addEventListener("change", function (ev) { state.undated = ev.target.checked; refresh(); });
  document.getElementById("connected").addEventListener("change", function (ev) { state.connected = ev.target.checked; refresh(); });

  // --- details --------------------------------------------------------------------------------
  const details = document.getElementById("details");
  function showNode(id) {
    const n = byId.get(id);
    details.replaceChildren();
    const head = el("div", undefined, "heading");
    const dot = el("span", undefined, "swatch"); dot.style.background = data.colours[n.type];
    head.appendChild(dot); head.appendChild(document.createTextNode(n.label));
    details.appendChild(head);
    details.appendChild(el("div", n.type + (n.country ? " · " + n.country : "")));
    details.appendChild(el("div", plural(n.mentions, "mention") + " in " + plural(n.documents, "document") + " · " + plural(n.degree, "relation")));
    details.appendChild(el("div", "Aliases: " + n.aliases.join("; ")));
    miniTimeline(id);
    const roles = [];
    data.edges.forEach(function (e) {
      if (e.from === id) e.items.forEach(function (x) { if (x.kind === "affiliation") roles.push([e, x]); });
    });
    if (roles.length) details.appendChild(el("h2", "Roles"));
    roles.forEach(function (pair) {
      const x = pair[1];
      details.appendChild(el("div", roleText(x) + ", " + byId.get(pair[0].to).label + " · " + x.time
        + (x.written.length ? " · as written: " + x.written.join("; ") : ""), "role"));
      x.evidence.forEach(function (ev) { details.appendChild(el("div", (data.documents[ev.doc] || ev.doc) + " (" + ev.doc + ")", "doc")); });
    });
    const around = [];
    data.edges.forEach(function (e, i) {
      if (e.from === id || e.to === id) around.push([i, e]);
    });
    if (around.length) details.appendChild(el("h2", "Relations"));
    around.slice(0, 60).forEach(function (pair) {
      const e = pair[1];
      const line = el("div", byId.get(e.from).label + " → " + byId.get(e.to).label + ": "
        + Array.from(new Set(e.items.map(itemLabel))).join(", "));
      line.className = "line";
      line.addEventListener("click", function () { selectLink(pair[0]); });
      details.appendChild(line);
    });
  }
  function showEdge(i) {
    const e = data.edges[i];
    details.replaceChildren();
    details.appendChild(el("div", byId.get(e.from).label + " → " + byId.get(e.to).label, "heading"));
    e.items.forEach(function (x) {
      details.appendChild(el("div", x.kind !== "relation" ? x.kind + ": " + itemText(x)
        : x.relation + " (" + x.verb + ")" + (x.date ? " · " + x.date : " · no date")
        + " · " + x.factuality + (x.quad_class ? " · " + x.quad_class : ""), "relation"));
      x.evidence.forEach(function (ev) {
        details.appendChild(el("blockquote", ev.sentence));
        details.appendChild(el("div", (data.documents[ev.doc] || ev.doc) + " (" + ev.doc + ")", "doc"));
      });
    });
  }
  // A link selected (drawn dark, over everything) and its evidence shown; -1 selects none.
  function selectLink(i) {
    selectedLink = i;
    if (i >= 0) showEdge(i);
    redraw();
  }
  network.on("click", function (params) {
    const id = nodeAt(params.pointer.canvas);
    if (id) focus(id); else selectLink(linkAt(params.pointer.canvas));
  });

  // --- search ---------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const matches = document.getElementById("matches");
  function focusNode(id) {
    if (isHidden.get(id)) {
      state.types.add(byId.get(id).type); state.hidden.delete(id); state.connected = false;
      document.getElementById("connected").checked = false;
      legend.querySelectorAll("input").forEach(function (b) { b.checked = state.types.has(b.dataset.key); });
      hubs.querySelectorAll("input").forEach(function (b) {  // a hub toggle that hid it shows its actors again
        if (b.checked && hubIds.get(b).includes(id)) { b.checked = false; hubIds.get(b).forEach(function (h) { state.hidden.delete(h); }); }
      });
      refresh();
    }
    focus(id);
  }
  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return data.nodes.filter(function (n) {
      return n.label.toLowerCase().includes(q) || n.aliases.some(function (a) { return a.toLowerCase().includes(q); });
    }).sort(function (a, b) { return b.mentions - a.mentions || (a.label < b.label ? -1 : 1); });
  }
  search.addEventListener("input", function () {
    matches.replaceChildren();
    find(search.value).slice(0, 30).forEach(function (n) {
      const item = el("li", n.label + " · " + n.type + " · " + n.mentions);
      item.addEventListener("click", function () { focusNode(n.id); });
      matches.appendChild(item);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { const found = find(search.value); if (found.length) focusNode(found[0].id); }
  });

  // --- an actor's events on a mini timeline: its dated links, each a dot ---------------------------
  function miniTimeline(id) {
    const dated = [];
    data.edges.forEach(function (e, i) {
      if (e.from !== id && e.to !== id) return;
      e.items.forEach(function (x) { if (x.start) dated.push({ start: x.start, end: x.end || x.start, edge: i, text: itemLabel(x) }); });
    });
    dated.sort(function (a, b) { return a.start < b.start ? -1 : a.start > b.start ? 1 : a.edge - b.edge; });
    const link = el("a", "Its events on the timeline");
    link.href = "timeline.html#actor=" + encodeURIComponent(id);
    details.appendChild(el("h2", dated.length ? plural(dated.length, "dated link") : "No dated links"));
    if (!dated.length) { details.appendChild(link); return; }
    const lo = Date.parse(dated[0].start), hi = Math.max(lo + 86400000, Date.parse(dated[dated.length - 1].end));
    const strip = el("div", undefined, "mini");
    dated.forEach(function (d) {
      const dot = el("span", undefined, "dot");
      dot.style.left = ((Date.parse(d.start) - lo) / (hi - lo) * 100) + "%";
      dot.title = d.start + " · " + d.text;
      dot.addEventListener("click", function () { selectLink(d.edge); });
      strip.appendChild(dot);
    });
    details.appendChild(strip);
    const axis = el("div", undefined, "mini-axis");
    axis.appendChild(el("span", dated[0].start)); axis.appendChild(el("span", new Date(hi).toISOString().slice(0, 10)));
    details.appendChild(axis);
    const list = el("div", undefined, "mini-list");
    dated.slice(0, 40).forEach(function (d) {
      const e = data.edges[d.edge];
      const line = el("div", d.start + " · " + d.text + " · " + byId.get(e.from).label + " → " + byId.get(e.to).label, "line");
      line.addEventListener("click", function () { selectLink(d.edge); });
      list.appendChild(line);
    });
    details.appendChild(list);
    details.appendChild(link);
  }

  // --- focus: an actor's neighbourhood over the shown links, everything else dimmed -------------
  const focusBar = document.getElementById("focus-bar");
  let near = null;  // the focused neighbourhood's node ids, or null
  function neighbourhood() {
    const reached = new Set([state.focus]);
    for (let hop = 0; hop < state.hops; hop++) {
      const frontier = new Set(reached);
      data.edges.forEach(function (e, i) {
        if (!edgeShown[i]) return;
        if (frontier.has(e.from)) reached.add(e.to);
        if (frontier.has(e.to)) reached.add(e.from);
      });
    }
    return reached;
  }
  function dim() {
    near = state.focus ? neighbourhood() : null;
    document.body.dataset.focusNodes = near ? String(near.size) : "";
    document.body.dataset.faintNodes = String(near ? data.nodes.length - near.size : 0);
  }
  function faint(id) { return near !== null && !near.has(id); }
  function focus(id) {
    state.focus = id;
    focusBar.hidden = false;
    document.getElementById("focus-name").textContent = byId.get(id).label;
    dim();
    selectedLink = -1;
    show(Array.from(near).filter(function (n) { return !isHidden.get(n); }));
    showNode(id);
    writeFragment();
  }
  function unfocus() {
    state.focus = "";
    focusBar.hidden = true;
    dim();
    showOverview();
    writeFragment();
  }
  hops.addEventListener("change", function () {
    state.hops = Number(hops.value);
    dim(); redraw(); writeFragment();
  });
  document.getElementById("unfocus").addEventListener("click", unfocus);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && state.focus) unfocus(); });

  // --- hubs: media outlets and the most linked actors, which crowd out the rest ------------------
  const hubs = document.getElementById("hubs");
  const hubIds = new Map();  // a hub's checkbox: the actors it hides
  function hubRow(text, key, ids) {
    const label = el("label", undefined, "row");
    const box = el("input");
    box.type = "checkbox"; box.dataset.key = key;
    hubIds.set(box, ids);
    box.addEventListener("change", function () {
      ids.forEach(function (id) { if (box.checked) state.hidden.add(id); else state.hidden.delete(id); });
      refresh();
    });
    label.appendChild(box);
    label.appendChild(el("span", "hide " + text));
    hubs.appendChild(label);
  }
  if (data.media.length) hubRow("media outlets (" + data.media.length + ")", "media", data.media);
  data.nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); }).slice(0, 3)
    .filter(function (n) { return n.degree > 0; })
    .forEach(function (n) { hubRow(n.label + " (" + plural(n.degree, "link") + ")", n.id, [n.id]); });

  // --- exports: the view as a PNG, its actors and links as CSV --------------------------------------
  function download(name, url) {
    const link = el("a");
    link.href = url; link.download = name;
    document.body.appendChild(link); link.click(); link.remove();
  }
  // A cell that a spreadsheet would read as a formula starts with a quote instead.
  function csvCell(value) {
    let text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\n\r]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }
  function csv(rows) { return "data:text/csv;charset=utf-8," + encodeURIComponent(rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"); }
  function inView() { return data.nodes.map(function (n) { return n.id; }).filter(function (id) { return !isHidden.get(id) && !faint(id); }); }
  document.getElementById("export-png").addEventListener("click", function () {
    const canvas = container.querySelector("canvas");
    const copy = document.createElement("canvas");
    copy.width = canvas.width; copy.height = canvas.height;
    const context = copy.getContext("2d");
    context.fillStyle = "#ffffff"; context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(canvas, 0, 0);
    download("graph.png", copy.toDataURL("image/png"));
  });
  document.getElementById("export-nodes").addEventListener("click", function () {
    download("nodes.csv", csv([["id", "label", "type", "mentions", "degree"]].concat(inView().map(function (id) {
      const n = byId.get(id); return [n.id, n.label, n.type, n.mentions, n.degree];
    }))));
  });
  document.getElementById("export-edges").addEventListener("click", function () {
    const rows = shownLinks().filter(function (i) { return !faint(data.edges[i].from) && !faint(data.edges[i].to); }).map(function (i) {
      const e = data.edges[i];
      return [e.from, e.to, byId.get(e.from).label, byId.get(e.to).label, Array.from(new Set(e.items.map(itemLabel))).join("; "),
        Array.from(new Set(e.items.map(function (x) { return x.kind; }))).join("; "),
        e.items.map(function (x) { return x.date || ""; }).filter(Boolean).join("; ")];
    });
    download("edges.csv", csv([["from", "to", "from_label", "to_label", "relations", "kinds", "dates"]].concat(rows)));
  });

  // --- the URL fragment, kept as the view changes and followed when it is changed ------------------
  let loaded = false;
  function writeFragment() {
    if (!loaded) return;
    const p = new URLSearchParams();
    if (state.focus) p.set("focus", state.focus);
    if (state.hops !== 1) p.set("hops", String(state.hops));
    if (Number(span.value)) { p.set("span", span.value); p.set("period", months[Number(period.value)] || ""); }
    // a page shown inline (a notebook's iframe srcdoc) has no URL of its own to keep the view in
    try { history.replaceState(null, "", p.toString() ? "#" + p.toString() : location.pathname); } catch (e) { /* no URL */ }
    document.getElementById("to-timeline").href = "timeline.html" + (state.focus ? "#actor=" + encodeURIComponent(state.focus) : "");
  }
  function openFocus(id) {
    if (byId.has(id)) focusNode(id);
    else if (state.focus) unfocus();
    if (id && !byId.has(id)) details.replaceChildren(el("p", id + " is not among the actors drawn here.", "note warn"));
  }
  window.addEventListener("hashchange", function () {
    const id = readFragmentState();
    refresh();
    openFocus(id);
  });

  // --- the first view, drawn at its place, after which the page is still -----------------------------
  network.once("afterDrawing", function () {
    window.kgStillAt = performance.now();
    document.body.dataset.state = "still";
  });
  publish();
  loaded = true;
  if (byId.has(wanted)) openFocus(wanted);
  else { showOverview(); openFocus(wanted); writeFragment(); }
})();
