// The graph page: reads the JSON block, draws it with vis-network at the positions computed
// in Python (no physics), and wires search, filters and details. Text goes in with textContent only.
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
    return x.relation + " (" + x.verb + ")" + (x.date ? " " + x.date : "");
  }
  function itemLabel(x) { return x.kind === "affiliation" ? x.role : x.kind === "party" ? "party" : x.relation; }

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
  const state = { types: new Set(Object.keys(data.colours)), kinds: new Set(["relation", "affiliation", "party"]), relations: new Set(),
    from: "", to: "", undated: true, connected: true };
  function itemShown(x) {
    if (!state.kinds.has(x.kind)) return false;
    if (x.kind !== "relation") return true;  // the date and relation filters are for relations
    if (!state.relations.has(x.relation)) return false;
    if (!x.start) return state.undated;
    return (!state.from || !x.end || x.end >= state.from) && (!state.to || x.start <= state.to);  // no end: still going on
  }
  const edgeShown = data.edges.map(function () { return true; });
  const linked = new Set();
  function recompute() {
    linked.clear();
    data.edges.forEach(function (e, i) {
      edgeShown[i] = state.types.has(byId.get(e.from).type) && state.types.has(byId.get(e.to).type) && e.items.some(itemShown);
      if (edgeShown[i]) { linked.add(e.from); linked.add(e.to); }
    });
  }
  function nodeShown(n) { return state.types.has(byId.get(n.id).type) && (!state.connected || linked.has(n.id)); }
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
  function refresh() { recompute(); edgeView.refresh(); nodeView.refresh(); publish(); }

  // The first view shows the largest group of related actors, when there is one; then the page is still.
  function markStill() {
    window.kgStillAt = performance.now();
    document.body.dataset.state = "still";
  }
  network.once("afterDrawing", function () {
    if (data.focus.length < 3 || data.focus.length === data.nodes.length) { markStill(); return; }
    network.once("afterDrawing", markStill);
    network.fit({ nodes: data.focus, animation: false });
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
  const kindCounts = { relation: 0, affiliation: 0, party: 0 };
  data.edges.forEach(function (e) { e.items.forEach(function (x) { kindCounts[x.kind] += 1; }); });
  const kinds = document.getElementById("kinds");
  Object.keys(kindCounts).forEach(function (k) { checkboxRow(kinds, k, kindCounts[k], state.kinds); });
  const relationCounts = {};
  data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.kind === "relation") relationCounts[x.relation] = (relationCounts[x.relation] || 0) + 1; }); });
  const relations = document.getElementById("relations");
  Object.keys(relationCounts).sort().forEach(function (r) { state.relations.add(r); checkboxRow(relations, r, relationCounts[r], state.relations); });
  if (!Object.keys(relationCounts).length) relations.appendChild(el("p", "No relations between the shown actors.", "note"));

  const dated = [];
  data.edges.forEach(function (e) { e.items.forEach(function (x) { if (x.start) dated.push(x.start, x.end || x.start); }); });
  dated.sort();
  ["date-from", "date-to"].forEach(function (name) {
    const input = document.getElementById(name);
    if (dated.length) { input.min = dated[0]; input.max = dated[dated.length - 1]; }
    input.addEventListener("change", function () { state[name === "date-from" ? "from" : "to"] = input.value; refresh(); });
  });
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
      line.style.cursor = "pointer";
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
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- search ---------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const matches = document.getElementById("matches");
  function focusNode(id) {
    if (!nodeView.get(id)) { state.types.add(byId.get(id).type); state.connected = false;
      document.getElementById("connected").checked = false;
      legend.querySelectorAll("input").forEach(function (b) { b.checked = state.types.has(b.dataset.key); }); refresh(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showNode(id);
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

  refresh();
})();
