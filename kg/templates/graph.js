// The graph page: reads the JSON block, draws it with vis-network at the positions computed
// in Python (no physics), and wires search, filters, an actor's neighbourhood, a period slider,
// hub toggles, details and exports; the focus and period are kept in the URL fragment.
// Text goes in with textContent only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  const large = data.nodes.length > 500;

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
    if (x.kind === "acted_in") return "in: " + x.relation + " (" + x.verb + ")" + (x.date ? " " + x.date : "");  // where an actor did it
    return x.relation + " (" + x.verb + ")" + (x.date ? " " + x.date : "");
  }
  function itemLabel(x) { return x.kind === "affiliation" ? x.role : x.kind === "party" ? "party" : x.kind === "located_in" ? "located in" : x.kind === "acted_in" ? "in" : x.relation; }

  // --- data for vis: positions fixed, physics off --------------------------------------------
  const nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, value: n.mentions, color: data.colours[n.type],
      title: n.label + "\n" + n.type + " · " + plural(n.mentions, "mention") + " · " + plural(n.degree, "relation")
        + (n.aliases.length > 1 ? "\nAlso: " + n.aliases.filter(function (a) { return a !== n.label; }).slice(0, 8).join("; ") : ""),
    };
  }));
  const edges = new vis.DataSet(data.edges.map(function (e, i) {
    const first = e.items[0];
    const relations = Array.from(new Set(e.items.map(itemLabel)));
    return {
      id: i, from: e.from, to: e.to, value: e.items.length,
      dashes: e.items.every(function (x) { return x.kind === "affiliation"; }),
      label: relations.length === 1 ? relations[0] : plural(e.items.length, "link"),
      title: byId.get(e.from).label + " → " + byId.get(e.to).label + "\n" + e.items.slice(0, 5).map(itemText).join("\n") + (e.items.length > 5 ? "\n…" : "") + (first.evidence.length ? "\n“" + first.evidence[0].sentence + "”" : ""),
    };
  }));

  // --- filters --------------------------------------------------------------------------------
  // The page opens on the actors with a link; "connected" unchecked shows the others too.
  const state = { types: new Set(Object.keys(data.colours)), kinds: new Set(["relation", "acted_in", "affiliation", "party", "located_in"]), relations: new Set(),
    from: "", to: "", undated: true, connected: true, hidden: new Set(), focus: "", hops: 1 };
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
  function nodeShown(n) {
    return state.types.has(byId.get(n.id).type) && !state.hidden.has(n.id) && (!state.connected || linked.has(n.id));
  }
  const nodeView = new vis.DataView(nodes, { filter: nodeShown });
  const edgeView = new vis.DataView(edges, { filter: function (e) { return edgeShown[e.id]; } });

  const network = new vis.Network(document.getElementById("graph"), { nodes: nodeView, edges: edgeView }, {
    layout: { improvedLayout: false, randomSeed: 1 },
    physics: false,
    nodes: {
      shape: "dot", borderWidth: 1,
      scaling: { min: 7, max: 42, label: { enabled: true, min: 12, max: 30, drawThreshold: 7, maxVisible: 30 } },
      font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, smooth: false, color: { color: "#9aa3ad", highlight: "#333", hover: "#555" },
      scaling: { min: 1, max: 5, label: { enabled: false } },
      font: { size: 10, color: "#555", strokeWidth: 2, align: "middle" },
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: false },
  });
  window.kgNetwork = network;

  function publish() {
    document.body.dataset.shownNodes = String(nodeView.length);
    document.body.dataset.shownEdges = String(edgeView.length);
    document.getElementById("edge-count").textContent = plural(edgeView.length, "link") + " shown of " + data.edges.length;
  }
  // Every change redraws through here, timed (data-draw-ms) until vis has drawn: a filter
  // changes what is shown; a focus only what is dimmed, which spares re-filtering the views.
  function redraw(filtersChanged) {
    const started = performance.now();
    network.once("afterDrawing", function () { document.body.dataset.drawMs = String(Math.round(performance.now() - started)); });
    if (filtersChanged) recompute();
    dim();
    if (filtersChanged) { edgeView.refresh(); nodeView.refresh(); publish(); } else network.redraw();  // vis sees no change of its own
    writeFragment();
  }
  function refresh() { redraw(true); }

  // The first view shows the largest group of related actors, when there is one; then the page is still.
  function markStill() {
    window.kgStillAt = performance.now();
    document.body.dataset.state = "still";
  }
  function fitOverview() {
    const group = data.focus.filter(function (id) { return nodeView.get(id); });
    network.fit({ nodes: group.length >= 3 && group.length < data.nodes.length ? group : nodeView.getIds(), animation: false });
  }
  network.once("afterDrawing", function () {
    if (state.focus) { markStill(); return; }
    network.once("afterDrawing", markStill);
    fitOverview();
  });

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
  const kindCounts = { relation: 0, acted_in: 0, affiliation: 0, party: 0, located_in: 0 };
  data.edges.forEach(function (e) { e.items.forEach(function (x) { kindCounts[x.kind] += 1; }); });
  const kinds = document.getElementById("kinds");
  Object.keys(kindCounts).forEach(function (k) { checkboxRow(kinds, k, kindCounts[k], state.kinds); });
  const relationCounts = {};
  data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.kind === "relation" || x.kind === "acted_in") relationCounts[x.relation] = (relationCounts[x.relation] || 0) + 1; }); });
  const relations = document.getElementById("relations");
  Object.keys(relationCounts).sort().forEach(function (r) { state.relations.add(r); checkboxRow(relations, r, relationCounts[r], state.relations); });
  if (!Object.keys(relationCounts).length) relations.appendChild(el("p", "No relations between the shown actors.", "note"));

  // --- period: a window of 1, 3 or 12 months that the slider moves over the relations' months ----
  const months = [];
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
  const period = document.getElementById("period");
  const span = document.getElementById("span");
  period.max = String(Math.max(0, months.length - 1));
  function lastDay(month) { const p = month.split("-").map(Number); return new Date(Date.UTC(p[0], p[1], 0)).toISOString().slice(0, 10); }
  function setPeriod() {
    const width = Number(span.value);
    period.disabled = !width || !months.length;
    const first = months[Math.min(Number(period.value), months.length - 1)];
    const end = months[Math.min(Number(period.value) + width - 1, months.length - 1)];
    state.from = width && first ? first + "-01" : "";
    state.to = width && end ? lastDay(end) : "";
    document.getElementById("period-label").textContent = width && first ? first + (end !== first ? " to " + end : "") : "";
    refresh();
  }
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
      line.addEventListener("click", function () { network.selectEdges([pair[0]]); showEdge(pair[0]); });
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
  network.on("click", function (params) {
    if (params.nodes.length) focus(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- search ---------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const matches = document.getElementById("matches");
  function focusNode(id) {
    if (!nodeView.get(id)) {
      state.types.add(byId.get(id).type); state.hidden.delete(id); state.connected = false;
      document.getElementById("connected").checked = false;
      legend.querySelectorAll("input").forEach(function (b) { b.checked = state.types.has(b.dataset.key); });
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
      dot.addEventListener("click", function () { network.selectEdges([d.edge]); showEdge(d.edge); });
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
      line.addEventListener("click", function () { network.selectEdges([d.edge]); showEdge(d.edge); });
      list.appendChild(line);
    });
    details.appendChild(list);
    details.appendChild(link);
  }

  // --- focus: an actor's neighbourhood over the shown links, everything else dimmed -------------
  const focusBar = document.getElementById("focus-bar");
  const hops = document.getElementById("hops");
  // The neighbourhood is drawn again over a veil that vis has drawn the whole graph under, so a
  // focus change costs one redraw, not an update of every node and link (the veil and the
  // neighbourhood use vis's public positions and bounding boxes).
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
  function drawNeighbourhood(ctx) {
    if (!near) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(251, 251, 251, 0.92)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    const ids = Array.from(near).filter(function (id) { return nodeView.get(id); });
    const at = network.getPositions(ids);
    ctx.strokeStyle = "#555"; ctx.fillStyle = "#555"; ctx.lineWidth = 1.5;
    edgeView.getIds().forEach(function (i) {
      const e = data.edges[i];
      if (!at[e.from] || !at[e.to]) return;
      const a = at[e.from], b = at[e.to];
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
    });
    ids.forEach(function (id) {
      const n = byId.get(id), p = at[id];
      const radius = Math.max(4, p.y - network.getBoundingBox(id).top);
      ctx.beginPath(); ctx.arc(p.x, p.y, radius, 0, 2 * Math.PI);
      ctx.fillStyle = data.colours[n.type]; ctx.fill();
      ctx.lineWidth = id === state.focus ? 3 : 1; ctx.strokeStyle = "#333"; ctx.stroke();
      const size = 12 + 18 * Math.min(1, Math.max(0, (radius - 7) / 35));  // as vis scales labels with nodes: 7–42 px to 12–30 px
      ctx.font = size + "px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
      ctx.lineWidth = 3; ctx.strokeStyle = "#ffffff"; ctx.strokeText(n.label, p.x, p.y + radius + 2);
      ctx.fillStyle = "#222"; ctx.fillText(n.label, p.x, p.y + radius + 2);
    });
  }
  network.on("afterDrawing", drawNeighbourhood);
  function focus(id) {
    state.focus = id;
    focusBar.hidden = false;
    document.getElementById("focus-name").textContent = byId.get(id).label;
    redraw(false);
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(near).filter(function (n) { return nodeView.get(n); }), animation: false });
    showNode(id);
  }
  function unfocus() {
    state.focus = "";
    focusBar.hidden = true;
    network.unselectAll();
    redraw(false);
    fitOverview();
  }
  hops.addEventListener("change", function () { state.hops = Number(hops.value); redraw(false); });
  document.getElementById("unfocus").addEventListener("click", unfocus);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && state.focus) unfocus(); });

  // --- hubs: media outlets and the most linked actors, which crowd out the rest ------------------
  const hubs = document.getElementById("hubs");
  function hubRow(text, key, ids) {
    const label = el("label", undefined, "row");
    const box = el("input");
    box.type = "checkbox"; box.dataset.key = key;
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
  function inView() { return nodeView.getIds().filter(function (id) { return !faint(id); }); }
  document.getElementById("export-png").addEventListener("click", function () {
    const canvas = document.querySelector("#graph canvas");
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
    const rows = edgeView.getIds().filter(function (i) { return !faint(data.edges[i].from) && !faint(data.edges[i].to); }).map(function (i) {
      const e = data.edges[i];
      return [e.from, e.to, byId.get(e.from).label, byId.get(e.to).label, Array.from(new Set(e.items.map(itemLabel))).join("; "),
        Array.from(new Set(e.items.map(function (x) { return x.kind; }))).join("; "),
        e.items.map(function (x) { return x.date || ""; }).filter(Boolean).join("; ")];
    });
    download("edges.csv", csv([["from", "to", "from_label", "to_label", "relations", "kinds", "dates"]].concat(rows)));
  });

  // --- the URL fragment: focus, hops and period ------------------------------------------------------
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
  function readFragment() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.hops = p.get("hops") === "2" ? 2 : 1;
    hops.value = String(state.hops);
    span.value = ["1", "3", "12"].includes(p.get("span")) ? p.get("span") : "0";
    period.value = String(Math.max(0, months.indexOf(p.get("period"))));
    state.focus = byId.has(p.get("focus")) ? p.get("focus") : "";
    loaded = true;
    setPeriod();
    const wanted = p.get("focus");
    if (state.focus) focusNode(state.focus);
    else if (!focusBar.hidden) unfocus();
    if (wanted && !byId.has(wanted)) details.replaceChildren(el("p", wanted + " is not among the actors drawn here.", "note warn"));
  }
  window.addEventListener("hashchange", readFragment);
  readFragment();
})();
