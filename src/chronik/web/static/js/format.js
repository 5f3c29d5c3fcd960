// Shared renderers for event records (docs/api.md EVENT).

import { h, link, hashFor } from "./dom.js";
import { t, num } from "./i18n.js";

/** The date of an event as text: its value, or "undated". */
export function eventDate(event) {
  return event.date ? event.date.value : t("event.undated");
}

/** Actor chips, each a link to the actor page. */
export function actorLinks(actors) {
  if (!actors || !actors.length) return "–";
  return actors.map((actor, i) => [i ? ", " : "", link(hashFor("actor", actor.id), actor.name, "actor"),
    actor.country ? h("span", { class: "muted" }, ` (${actor.country}${actor.sector ? " " + actor.sector : ""})`) : ""]);
}

/** A table of events: date, label (link), number of articles, confidence. */
export function eventTable(events) {
  const body = h("tbody", {}, events.map(eventRow));
  return h("table", { class: "events" },
    h("thead", {}, h("tr", {}, h("th", {}, t("col.date")), h("th", {}, t("col.event")),
      h("th", { class: "num" }, t("col.articles")), h("th", { class: "num" }, t("col.confidence")))),
    body);
}

/** One row of eventTable. */
export function eventRow(event) {
  return h("tr", { dataset: { event: event.id } },
    h("td", { class: "date" }, eventDate(event)),
    h("td", {}, link(hashFor("event", event.id), event.label || event.id, "event-link"),
      h("span", { class: `type type-${event.type}` }, event.type)),
    h("td", { class: "num" }, num(event.num_articles)),
    h("td", { class: "num" }, num(event.confidence, 2)));
}

/** colorForScore(score): red (−10, conflict) … grey (0) … green (+10, cooperation). */
export function colorForScore(score) {
  const s = Math.max(-10, Math.min(10, Number(score) || 0)) / 10;
  const grey = [140, 140, 140];
  const end = s >= 0 ? [30, 150, 70] : [200, 40, 40];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(s)));
  return `rgb(${mix.join(",")})`;
}
