// #/map?filters: events with coordinates on an offline base map: Natural Earth
// country outlines (vendored world-atlas TopoJSON) as a Leaflet GeoJSON layer,
// no tile server.  Markers are circle markers linking to the event page.

import { h, link, hashFor } from "./dom.js";
import { get } from "./api.js";
import { t, num } from "./i18n.js";
import { filterBar, filtersFrom } from "./filters.js";

let countries = null;

/** The country outlines as GeoJSON, fetched once from the vendored TopoJSON. */
async function baseMap() {
  if (!countries) {
    const topo = await (await fetch("vendor/world-atlas/countries-50m.json")).json();
    countries = topojson.feature(topo, topo.objects.countries);
  }
  return countries;
}

function popup(props) {
  return h("div", { class: "popup" },
    h("div", { class: "muted" }, [props.start, props.place].filter(Boolean).join(" · ")),
    link(hashFor("event", props.id), props.label || props.id, "event-link"),
    h("div", { class: "muted" }, `${props.type}${props.mode ? "/" + props.mode : ""} · ${num(props.num_articles)}`));
}

function markers(collection) {
  return L.geoJSON(collection, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: 5 + 2 * Math.sqrt(feature.properties.num_articles || 1),
      className: "event-marker", color: "#8a1c1c", weight: 1, fillColor: "#d0342c", fillOpacity: 0.75,
    }),
    onEachFeature: (feature, layer) => layer.bindPopup(() => popup(feature.properties)),
  });
}

function makeMap(container, outlines, collection) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true });
  map.attributionControl.setPrefix(false);
  L.geoJSON(outlines, {
    style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false, attribution: t("map.attribution"),
  }).addTo(map);
  const layer = markers(collection).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
  else map.setView([30, 15], 2);
  return map;
}

/** Renders the map view into root; returns a cleanup function. */
export async function render(root, { params }) {
  const filters = filtersFrom(params);
  root.append(h("h1", {}, t("map.title")), await filterBar("map", params));
  const [outlines, collection] = await Promise.all([baseMap(), get("map", filters)]);
  const n = collection.features.length;
  root.append(h("p", { class: "summary" }, n ? t("map.summary", { n: num(n) }) : t("map.empty")));
  const container = h("div", { id: "map", class: "map" });
  root.append(container);
  const map = makeMap(container, outlines, collection);
  return () => map.remove();
}
