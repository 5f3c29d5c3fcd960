// #/event/ID: one canonical event with every sentence that reports it, the
// highlighted spans, and links to the articles.

import { h, link, external, hashFor, section } from "./dom.js";
import { get, seg } from "./api.js";
import { t, num } from "./i18n.js";
import { actorLinks, eventDate } from "./format.js";
import { highlightedSentence } from "./highlight.js";

const KINDS = ["trigger", "source", "target", "place", "date"];

function facts(event) {
  const rows = [
    ["event.type", h("span", { class: `type type-${event.type}` }, event.type)],
    ["event.mode", event.mode || "–"],
    ["event.context", (event.context || []).join(", ") || "–"],
    ["event.date", eventDate(event)],
    ["event.source", actorLinks(event.source)],
    ["event.target", actorLinks(event.target)],
    ["event.place", placeText(event.location)],
    ["event.modality", event.modality || "–"],
    ["event.attribution", event.attribution || "–"],
    ["event.confidence", num(event.confidence, 2)],
    ["event.articles", num(event.num_articles)],
  ];
  return h("dl", { class: "facts" }, rows.map(([key, value]) => [h("dt", {}, t(key)), h("dd", {}, value)]));
}

function placeText(location) {
  if (!location) return "–";
  const where = location.country ? `${location.name} (${location.country})` : location.name;
  return location.lat != null ? [where, " ", link(`#/map?place=${encodeURIComponent(location.name)}`, "⌖", "map-link")] : where;
}

function legend() {
  return h("p", { class: "legend" }, t("event.legend"), ": ",
    KINDS.map((kind) => [h("mark", { class: `hl hl-${kind}` }, t(`hl.${kind}`)), " "]));
}

function mention(m) {
  const articleHash = hashFor("article", m.article_id, { s: `${m.start}-${m.end}` });
  return h("li", { class: "mention" },
    highlightedSentence(m.sentence, m.highlights),
    h("p", { class: "source-line" },
      link(articleHash, m.title || m.doc || m.article_id, "article-link"),
      m.published ? h("span", { class: "muted" }, ` · ${m.published}`) : "",
      m.url ? [" · ", external(m.url, t("event.original"))] : ""));
}

/** Renders the event page into root. */
export async function render(root, { id }) {
  const event = await get(`events/${seg(id)}`);
  root.append(
    h("h1", {}, event.label || event.id),
    h("p", { class: "muted ident" }, event.id),
    section(t("event.title"), facts(event)),
    section(t("event.mentions"), legend(), h("ol", { class: "mentions" }, (event.mentions || []).map(mention))));
}
