// #/article/ID?s=START-END: an article's text, sentence by sentence; the
// sentence at START-END (from an event page) is marked and scrolled into view.

import { h, link, external, hashFor, section } from "./dom.js";
import { get, seg } from "./api.js";
import { t } from "./i18n.js";

/** parseSpan("17-180") -> {start: 17, end: 180}, or null. */
export function parseSpan(text) {
  const match = /^(\d+)-(\d+)$/.exec(text || "");
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/** The article text cut into sentences (falls back to the whole text). */
function sentenceNodes(article, wanted) {
  const spans = article.sentences && article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length }];
  let marked = null;
  const nodes = spans.map((s) => {
    const hit = wanted && s.start < wanted.end && s.end > wanted.start;
    const node = h("span", { class: hit ? "sent sent-hit" : "sent", dataset: { start: s.start } },
      article.text.slice(s.start, s.end));
    if (hit && !marked) marked = node;
    return [node, " "];
  });
  return { nodes, marked };
}

function header(article) {
  return h("dl", { class: "facts" },
    h("dt", {}, t("article.published")), h("dd", {}, article.published || "–"),
    h("dt", {}, t("article.source")), h("dd", {}, article.url ? external(article.url, article.source || article.url) : article.source || "–"),
    h("dt", {}, t("article.status")), h("dd", {}, article.status || "–"));
}

/** List items for the article's events, labelled (the first 30 fetched, the rest by id). */
async function eventItems(ids) {
  const labelled = await Promise.all(ids.slice(0, 30).map((eid) => get(`events/${seg(eid)}`).catch(() => null)));
  return ids.map((eid, i) => {
    const event = labelled[i];
    const text = event ? `${event.date ? event.date.value + "  " : ""}${event.label || eid}` : eid;
    return h("li", {}, link(hashFor("event", eid), text, "event-link"));
  });
}

/** Renders the article page into root. */
export async function render(root, { id, params }) {
  const article = await get(`articles/${seg(id)}`);
  const { nodes, marked } = sentenceNodes(article, parseSpan(params.get("s")));
  const events = await eventItems(article.events || []);
  root.append(
    h("h1", {}, article.title || article.id),
    h("p", { class: "muted ident" }, article.id),
    header(article),
    section(t("article.text"), h("div", { class: "article-text" }, nodes)),
    events.length ? section(t("article.events"), h("ul", { class: "plain" }, events)) : "");
  if (marked) marked.scrollIntoView({ block: "center" });
}
