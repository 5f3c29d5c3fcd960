// #/search?q=…: full text over articles and events (/api/search).

import { h, link, hashFor, section } from "./dom.js";
import { get } from "./api.js";
import { t } from "./i18n.js";

/**
 * snippetNodes(text, marks): the plain-text snippet as text nodes, with the
 * [start, end] offsets in marks (from /api/search) wrapped in <mark> elements.
 * Never parses markup: whatever the text holds stays text.
 */
export function snippetNodes(text, marks) {
  const value = String(text || "");
  const nodes = [];
  let at = 0;
  for (const [start, end] of [...(marks || [])].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > value.length) continue;
    if (start > at) nodes.push(value.slice(at, start));
    nodes.push(h("mark", { class: "match" }, value.slice(start, end)));
    at = end;
  }
  if (at < value.length) nodes.push(value.slice(at));
  return nodes;
}

function results(title, items, toLink) {
  if (!items.length) return section(title, h("p", { class: "muted" }, t("search.none")));
  return section(title, h("ol", { class: "results" }, items.map((item) =>
    h("li", {}, toLink(item), h("p", { class: "snippet" }, snippetNodes(item.snippet, item.marks))))));
}

/** Renders the search view into root. */
export async function render(root, { params }) {
  const q = (params.get("q") || "").trim();
  const input = h("input", { name: "q", type: "search", value: q, id: "search-q", placeholder: t("search.placeholder") });
  const form = h("form", { class: "filters", id: "search-form" }, input, h("button", { type: "submit" }, t("search.submit")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/search?${new URLSearchParams({ q: input.value.trim() })}`;
  });
  root.append(h("h1", {}, t("search.title")), form);
  if (!q) {
    root.append(h("p", { class: "muted" }, t("search.prompt")));
    return;
  }
  const data = await get("search", { q, limit: 20 });
  root.append(
    results(t("search.events"), data.events || [], (e) => link(hashFor("event", e.id), e.label || e.id, "event-link")),
    results(t("search.articles"), data.articles || [], (a) => [link(hashFor("article", a.id), a.title || a.id, "article-link"),
      a.published ? h("span", { class: "muted" }, ` · ${a.published}`) : ""]));
}
