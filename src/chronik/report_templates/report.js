{% raw %}
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var TONE = { coop: "#3a9a3a", conflict: "#c33", neutral: "#6b88b5" };

  function jump(id) { if (id) { location.hash = id; } }

  function drawTimeline() {
    var box = document.getElementById("timeline");
    if (!box || typeof vis === "undefined" || !data.timeline.length) { return; }
    var items = data.timeline.map(function (e) {
      var item = { id: e.id, content: e.content, start: e.start, className: e.tone, title: e.content };
      if (!e.point && e.end !== e.start) { item.end = e.end + "T23:59:59"; } else { item.type = "point"; }
      return item;
    });
    var timeline = new vis.Timeline(box, new vis.DataSet(items), { stack: true, zoomable: true, maxHeight: 460 });
    timeline.on("select", function (props) { jump(props.items[0]); });
  }

  function drawNetwork() {
    var box = document.getElementById("network");
    if (!box || typeof cytoscape === "undefined" || !data.nodes.length) { return; }
    var most = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }).concat([1]));
    var heaviest = Math.max.apply(null, data.edges.map(function (e) { return e.events; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, events: n.events } };
    }).concat(data.edges.map(function (e, i) {
      var d = { id: "e" + i, source: e.source, target: e.target, events: e.events,
                tone: e.score === null ? "#999" : (e.score > 0 ? TONE.coop : (e.score < 0 ? TONE.conflict : "#999")),
                title: Object.keys(e.types).map(function (k) { return k + " " + e.types[k]; }).join(", ") };
      return { data: d };
    }));
    cytoscape({
      container: box, elements: elements, layout: { name: "cose", animate: false, randomize: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 10, "background-color": "#6b88b5",
          "width": "mapData(events, 1, " + most + ", 14, 48)", "height": "mapData(events, 1, " + most + ", 14, 48)" } },
        { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "opacity": 0.8,
          "line-color": "data(tone)", "target-arrow-color": "data(tone)",
          "width": "mapData(events, 1, " + heaviest + ", 1, 8)" } }
      ]
    });
  }

  function popup(p) {
    var div = document.createElement("div");
    var head = document.createElement("b");
    head.textContent = (p.date || "undatiert") + " " + p.label;
    var where = document.createElement("div");
    where.textContent = p.place + " · " + p.num_articles + " Artikel";
    var link = document.createElement("a");
    link.href = "#" + p.id;
    link.textContent = "zur Tabelle";
    div.appendChild(head); div.appendChild(where); div.appendChild(link);
    return div;
  }

  function drawMap() {
    var box = document.getElementById("map");
    var world = document.getElementById("world-data");
    if (!box || typeof L === "undefined" || typeof topojson === "undefined" || !world) { return; }
    var map = L.map(box, { attributionControl: false, worldCopyJump: true }).setView([30, 20], 2);
    var topo = JSON.parse(world.textContent);
    L.geoJSON(topojson.feature(topo, topo.objects.countries),
              { style: { color: "#888", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 }, interactive: false }).addTo(map);
    var markers = L.geoJSON(data.geojson, {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 4 + 2 * Math.min(feature.properties.num_articles, 6), color: "#333",
                                        weight: 1, fillColor: "#d9534f", fillOpacity: 0.75 });
      },
      onEachFeature: function (feature, layer) { layer.bindPopup(popup(feature.properties)); }
    }).addTo(map);
    if (data.geojson.features.length) { map.fitBounds(markers.getBounds(), { padding: [30, 30], maxZoom: 6 }); }
  }

  [drawTimeline, drawNetwork, drawMap].forEach(function (draw) {
    try { draw(); } catch (err) { if (window.console) { console.error(err); } }
  });
})();
{% endraw %}
