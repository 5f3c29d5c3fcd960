#!/usr/bin/env bash
# Refresh the vendored visualisation libraries of the web app.
#
# Requires: node + npm (any registry mirror npm is configured for).
# Guarantees: src/chronik/web/static/vendor/ holds exactly the files listed
# below (minified builds, their LICENSE files, the Natural Earth outlines),
# copied from the versions pinned in web/package-lock.json, with the
# `sourceMappingURL` comments removed (the .map files are not shipped, and a
# browser with devtools open would otherwise ask the server for them), and a
# MANIFEST.json naming each file's npm package, version, licence and sha256.
# The vendored files are checked in: installing chronik never needs npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/chronik/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
nm="$work/node_modules"

rm -rf "$dest"
mkdir -p "$dest"

# copy PACKAGE SRC [DEST_NAME]: one file from node_modules/PACKAGE into vendor/PACKAGE/
copy() {
  local pkg="$1" src="$2" name="${3:-$(basename "$2")}"
  mkdir -p "$(dirname "$dest/$pkg/$name")"
  cp "$nm/$pkg/$src" "$dest/$pkg/$name"
  case "$name" in
    *.js|*.css) sed -i -E '/^\/[/*][#@] sourceMappingURL=/d' "$dest/$pkg/$name" ;;
  esac
}

copy leaflet dist/leaflet.js
copy leaflet dist/leaflet.css
for img in layers.png layers-2x.png marker-icon.png marker-icon-2x.png marker-shadow.png; do
  copy leaflet "dist/images/$img" "images/$img"
done
copy leaflet LICENSE

copy world-atlas countries-50m.json
copy world-atlas countries-110m.json
copy world-atlas LICENSE

copy topojson-client dist/topojson-client.min.js
copy topojson-client LICENSE

copy vis-timeline standalone/umd/vis-timeline-graph2d.min.js
copy vis-timeline styles/vis-timeline-graph2d.min.css
copy vis-timeline LICENSE.Apache-2.0.txt
copy vis-timeline LICENSE.MIT.txt

copy cytoscape dist/cytoscape.min.js
copy cytoscape LICENSE

copy uplot dist/uPlot.iife.min.js
copy uplot dist/uPlot.min.css
copy uplot LICENSE

node "$here/manifest.mjs" "$dest" "$nm"
echo "vendored into $dest"
