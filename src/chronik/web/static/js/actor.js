// #/actor/ID: roles with dates, counts by type, top counterparts, the
// cooperation–conflict curve (uPlot) and the actor's latest events.

import { h, link, hashFor, section } from "./dom.js";
import { get, seg } from "./api.js";
import { t, num } from "./i18n.js";
import { eventTable } from "./format.js";

function rolesTable(roles) {
  if (!roles || !roles.length) return h("p", { class: "muted" }, t("actor.no_roles"));
  const head = ["actor.role_title", "actor.office", "actor.country", "actor.sector", "actor.from", "actor.to"];
  return h("table", { class: "roles" },
    h("thead", {}, h("tr", {}, head.map((key) => h("th", {}, t(key))))),
    h("tbody", {}, roles.map((r) => h("tr", {},
      h("td", {}, r.title || "–"), h("td", {}, r.office || "–"), h("td", {}, r.country || "–"),
      h("td", {}, r.sector || "–"), h("td", { class: "date" }, r.from || "–"),
      h("td", { class: "date" }, r.to || t("actor.today"))))));
}

function counterparts(items) {
  return h("ol", { class: "counterparts" }, (items || []).map((c) => h("li", {},
    link(hashFor("actor", c.id), c.name, "actor"),
    h("span", { class: "muted" }, ` ${c.country || ""} · ${num(c.events)}`))));
}

function countsByType(counts) {
  const entries = Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
  return h("p", { class: "chips" }, entries.map(([type, n]) =>
    h("span", { class: `type type-${type}` }, `${type} ${num(n)}`)));
}

/** uPlot data for a monthly series: [[unix seconds of mid-month], [score]]. */
export function seriesData(series) {
  const xs = series.map((p) => Date.UTC(Number(p.month.slice(0, 4)), Number(p.month.slice(5, 7)) - 1, 15) / 1000);
  return [xs, series.map((p) => p.score)];
}

function curve(container, series) {
  const width = Math.max(320, Math.min(900, container.clientWidth || 800));
  const opts = {
    width, height: 240,
    scales: { y: { range: [-10, 10] } },
    axes: [{}, { label: t("actor.series_axis"), size: 50 }],
    series: [{}, { label: t("actor.series"), stroke: "#1f4e79", width: 2, points: { show: true, size: 6 } }],
  };
  return new uPlot(opts, seriesData(series), container);
}

/** Renders the actor page into root; returns a cleanup function. */
export async function render(root, { id }) {
  const actor = await get(`actors/${seg(id)}`);
  const recent = await get("events", { actor: actor.id, sort: "-date", limit: 50 });
  const chart = h("div", { class: "chart", id: "actor-series" });
  root.append(
    h("h1", {}, actor.name),
    h("p", { class: "muted ident" }, [actor.id, actor.country, actor.sector].filter(Boolean).join(" · ")),
    actor.aliases && actor.aliases.length ? h("p", { class: "aliases" }, `${t("actor.aliases")}: ${actor.aliases.join(", ")}`) : "",
    h("p", {}, link(`#/timeline?actor=${encodeURIComponent(actor.id)}`, t("actor.timeline"))),
    section(t("actor.roles"), rolesTable(actor.roles)),
    section(t("actor.counts"), countsByType(actor.counts_by_type)),
    section(t("actor.series"), chart, h("p", { class: "muted note" }, t("actor.series_note"))),
    section(t("actor.counterparts"), counterparts(actor.counterparts)),
    section(t("actor.events"), eventTable(recent.items)));
  let plot = null;
  if (actor.series && actor.series.length) plot = curve(chart, actor.series);
  else chart.append(h("p", { class: "muted" }, t("actor.no_series")));
  return () => plot && plot.destroy();
}
