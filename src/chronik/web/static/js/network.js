// #/network?filters: the actor network (cytoscape).  Node size: events; edge
// width: events between the two; edge colour: mean cooperation–conflict score.

import { h, hashFor } from "./dom.js";
import { get } from "./api.js";
import { t, num } from "./i18n.js";
import { filterBar, filtersFrom } from "./filters.js";
import { colorForScore } from "./format.js";

/** Cytoscape elements from the /api/network answer; drops edges whose ends are missing. */
export function elements(data) {
  const ids = new Set(data.nodes.map((n) => n.id));
  const nodes = data.nodes.map((n) => ({
    data: { id: n.id, label: n.name, events: n.events, size: 14 + 8 * Math.sqrt(n.events || 1) },
  }));
  const edges = data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({
    data: {
      id: `e${i}`, source: e.source, target: e.target, events: e.events, types: e.types, score: e.score,
      width: 1 + 2 * Math.sqrt(e.events || 1), color: colorForScore(e.score),
    },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: "node", style: {
    label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#1f4e79",
    "font-size": 11, color: "#222", "text-valign": "bottom", "text-margin-y": 3,
  } },
  { selector: "edge", style: {
    width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
    "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8,
  } },
  { selector: ":selected", style: { "border-width": 3, "border-color": "#e0a000" } },
];

function edgeInfo(panel, edge, filters) {
  const d = edge.data();
  const names = { source: edge.source().data("label"), target: edge.target().data("label") };
  const types = Object.entries(d.types || {}).sort((a, b) => b[1] - a[1]);
  panel.replaceChildren(
    h("p", {}, t("network.edge", { ...names, n: num(d.events) }), ` · ${num(d.score, 1)}`),
    h("p", { class: "chips" }, types.map(([type, n]) => h("span", { class: `type type-${type}` }, `${type} ${n}`))),
    h("p", {}, h("a", { href: `#/timeline?${new URLSearchParams({ ...filters, actor: d.source })}` }, t("network.events"))));
}

/** Renders the network view into root; returns a cleanup function. */
export async function render(root, { params }) {
  const filters = filtersFrom(params);
  root.append(h("h1", {}, t("network.title")), await filterBar("network", params));
  const data = await get("network", filters);
  root.append(h("p", { class: "summary" }, t("network.summary", { nodes: num(data.nodes.length), edges: num(data.edges.length) }),
    " · ", h("span", { class: "muted" }, t("network.hint"))));
  if (!data.nodes.length) {
    root.append(h("p", { class: "empty" }, t("network.empty")));
    return null;
  }
  const container = h("div", { id: "network", class: "network",
    dataset: { nodes: data.nodes.length, edges: data.edges.length } });
  const panel = h("div", { class: "edge-info card", id: "edge-info" });
  root.append(container, panel);
  const cy = cytoscape({
    container, elements: elements(data), style: STYLE,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  cy.on("tap", "node", (event) => { location.hash = hashFor("actor", event.target.id()); });
  cy.on("tap", "edge", (event) => edgeInfo(panel, event.target, filters));
  return () => cy.destroy();
}
