// The single-page app: hash routing (#/timeline, #/event/ID, #/article/ID,
// #/actor/ID, #/network, #/map, #/search), so the server needs no routes.
// #view carries data-route and data-state ("loading", "ready", "error") for tests.

import { h, clear } from "./dom.js";
import { ApiError, meta } from "./api.js";
import { initialLanguage, load, otherLanguage, t, translateStatic, num } from "./i18n.js";
import * as timeline from "./timeline.js";
import * as event from "./event.js";
import * as article from "./article.js";
import * as actor from "./actor.js";
import * as network from "./network.js";
import * as map from "./map.js";
import * as search from "./search.js";

const VIEWS = { timeline, event, article, actor, network, map, search };
let cleanup = null;
let generation = 0;

/** parseHash("#/event/ev_1?s=1-2") -> {name: "event", id: "ev_1", params: URLSearchParams}. */
export function parseHash(hash) {
  const [path, queryText = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [name, ...rest] = path.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { name: VIEWS[name] ? name : "timeline", id, params: new URLSearchParams(queryText) };
}

function showError(root, err) {
  const message = err instanceof ApiError && err.status === 404 ? t("error.not_found") : err.message;
  root.append(h("div", { class: "error card", role: "alert" }, h("h2", {}, t("error.title")), message));
}

function markNav(name) {
  document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.route === name));
}

/** Renders the view named by location.hash into #view; a newer navigation wins. */
async function route() {
  const mine = ++generation;
  const root = document.getElementById("view");
  if (cleanup) { try { cleanup(); } catch (_) { /* a destroyed widget */ } cleanup = null; }
  const { name, id, params } = parseHash(location.hash);
  clear(root);
  Object.assign(root.dataset, { route: name, state: "loading" });
  markNav(name);
  const body = h("div", {});
  root.append(body); // attached first: the widgets measure their containers
  try {
    const done = await VIEWS[name].render(body, { id, params });
    if (mine !== generation) { if (typeof done === "function") done(); return; }
    cleanup = typeof done === "function" ? done : null;
    root.dataset.state = "ready";
  } catch (err) {
    if (mine !== generation) return;
    showError(root, err);
    root.dataset.state = "error";
  }
}

async function footer() {
  const info = await meta();
  const counts = info.counts || {};
  document.getElementById("footer").replaceChildren(
    `chronik ${info.version || ""}`,
    counts.events != null ? ` · ${t("footer.events", { n: num(counts.events) })}` : "",
    counts.articles != null ? ` · ${t("footer.articles", { n: num(counts.articles) })}` : "");
}

async function setLanguage(code) {
  await load(code);
  translateStatic();
  document.getElementById("lang-toggle").textContent = otherLanguage().toUpperCase();
}

function wireHeader() {
  document.getElementById("lang-toggle").addEventListener("click", async () => {
    await setLanguage(otherLanguage());
    await footer();
    await route();
  });
  document.getElementById("quick-search").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = document.getElementById("quick-q").value.trim();
    location.hash = `#/search?${new URLSearchParams({ q })}`;
  });
}

async function start() {
  await setLanguage(initialLanguage());
  wireHeader();
  window.addEventListener("hashchange", route);
  if (!location.hash) history.replaceState(null, "", "#/timeline");
  await Promise.all([footer(), route()]);
}

start();
