// #/timeline?filters: a zoomable vis-timeline of dated events and, below, the
// event list (cursor-paginated).  Clicking an item opens the event page.

import { h, hashFor } from "./dom.js";
import { get } from "./api.js";
import { t, num } from "./i18n.js";
import { filterBar, filtersFrom } from "./filters.js";
import { eventTable, eventRow } from "./format.js";

const DAY = 86400000;

/** A vis-timeline item for one /api/timeline row: a point for day precision, else a range. */
export function toItem(row) {
  const start = new Date(row.start + "T00:00:00Z");
  const end = new Date(new Date(row.end + "T00:00:00Z").getTime() + DAY);
  // content as an element, not HTML: labels come from the news text
  const content = h("span", {}, row.label);
  const item = { id: row.id, content, start, className: `type-${row.type}` };
  if (row.precision !== "day" && row.end !== row.start) {
    item.end = end;
    item.type = "range";
  } else {
    item.type = "point";
  }
  return item;
}

function zoomButtons(timeline) {
  return h("div", { class: "zoom" },
    h("button", { type: "button", onclick: () => timeline.zoomIn(0.5) }, t("timeline.zoom_in")),
    h("button", { type: "button", onclick: () => timeline.zoomOut(0.5) }, t("timeline.zoom_out")),
    h("button", { type: "button", onclick: () => timeline.fit() }, t("timeline.fit")));
}

function makeTimeline(container, rows) {
  const items = new vis.DataSet(rows.map(toItem));
  const timeline = new vis.Timeline(container, items, {
    stack: true, zoomKey: "ctrlKey", maxHeight: 420, margin: { item: 4 },
    locale: document.documentElement.lang, orientation: "top", showCurrentTime: false,
  });
  timeline.on("select", ({ items: chosen }) => {
    if (chosen.length) location.hash = hashFor("event", chosen[0]);
  });
  return timeline;
}

async function eventList(filters) {
  const table = eventTable([]);
  const body = table.querySelector("tbody");
  const more = h("button", { type: "button", class: "more", hidden: true }, t("events.more"));
  let cursor = null;
  async function page() {
    const data = await get("events", { ...filters, sort: "-date", limit: 50, cursor });
    data.items.forEach((event) => body.append(eventRow(event)));
    cursor = data.next_cursor;
    more.hidden = !cursor;
  }
  more.addEventListener("click", page);
  await page();
  return h("section", { class: "card" }, h("h2", {}, t("events.title")), table, more);
}

/** Renders the timeline view into root; returns a cleanup function. */
export async function render(root, { params }) {
  const filters = filtersFrom(params);
  root.append(h("h1", {}, t("timeline.title")), await filterBar("timeline", params));
  const data = await get("timeline", { ...filters, limit: 5000 });
  const container = h("div", { id: "timeline", class: "timeline" });
  const summary = h("p", { class: "summary" }, t("timeline.shown", { n: num(data.items.length) }),
    " · ", t("timeline.undated", { n: num(data.undated) }));
  root.append(summary);
  let timeline = null;
  if (data.items.length) {
    root.append(container);
    timeline = makeTimeline(container, data.items);
    root.append(zoomButtons(timeline));
  } else {
    root.append(h("p", { class: "empty" }, t("timeline.empty")));
  }
  root.append(await eventList(filters));
  return () => timeline && timeline.destroy();
}
