// The filter bar shared by the timeline, the network and the map.
// Filters live in the hash query (#/timeline?actor=Putin&from=2015-01-01), so every
// filtered view is a link.

import { h } from "./dom.js";
import { meta } from "./api.js";
import { t } from "./i18n.js";

export const FILTER_KEYS = ["actor", "country", "type", "place", "from", "to", "min_confidence"];

/** The filter values present in URLSearchParams params, as a plain object. */
export function filtersFrom(params) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function typeSelect(types, chosen) {
  const options = [h("option", { value: "" }, t("filters.any"))];
  for (const type of types) options.push(h("option", { value: type, selected: type === chosen }, type));
  return h("select", { name: "type" }, options);
}

/** The values of the form, dropping empty ones. */
function formValues(form) {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim() !== "") out[key] = String(value).trim();
  }
  if (out.min_confidence === "0") delete out.min_confidence;
  return out;
}

/**
 * filterBar(route, params): a <form> pre-filled from params; submitting it
 * navigates to #/<route>?<filters>.  Requires route to be a filterable view.
 */
export async function filterBar(route, params) {
  const current = filtersFrom(params);
  const { types = [] } = await meta();
  const minConf = current.min_confidence || "0";
  const confOut = h("output", {}, minConf);
  const form = h("form", { class: "filters", id: "filters" },
    field(t("filters.actor"), h("input", { name: "actor", value: current.actor || "", size: 16 })),
    field(t("filters.country"),
      h("input", { name: "country", value: current.country || "", size: 4, maxlength: 3, pattern: "[A-Za-z]{3}" })),
    field(t("filters.type"), typeSelect(types, current.type)),
    field(t("filters.place"), h("input", { name: "place", value: current.place || "", size: 12 })),
    field(t("filters.from"), h("input", { name: "from", type: "date", value: current.from || "" })),
    field(t("filters.to"), h("input", { name: "to", type: "date", value: current.to || "" })),
    field(t("filters.min_confidence"),
      h("span", { class: "range" }, h("input", {
        name: "min_confidence", type: "range", min: 0, max: 1, step: 0.05, value: minConf,
        oninput: (e) => { confOut.textContent = e.target.value; },
      }), confOut)),
    h("button", { type: "submit" }, t("filters.apply")),
    h("a", { href: `#/${route}`, class: "button secondary" }, t("filters.reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = formValues(form);
    if (values.country) values.country = values.country.toUpperCase();
    location.hash = `#/${route}` + (Object.keys(values).length ? "?" + new URLSearchParams(values) : "");
  });
  return form;
}
