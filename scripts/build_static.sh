#!/usr/bin/env bash
# Copy the web app's front-end libraries from npm into testimonia/web/static/vendor/.
#
# The versions are pinned by package-lock.json (`npm ci`), and the app serves these
# files itself, so no page ever loads anything from a CDN. Install scripts are not
# run (--ignore-scripts): none of these libraries needs one, and swagger-ui-dist
# pulls in @scarf/scarf, whose install script reports usage over the network.
# Peer dependencies are skipped because only vis-timeline's standalone build is used,
# which bundles vis-data and moment itself.
set -euo pipefail
cd "$(dirname "$0")/.."

VENDOR=testimonia/web/static/vendor
STAMP="$VENDOR/.package-lock.sha256"
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)

if [[ "${1:-}" != "--force" && -f "$STAMP" && "$(cat "$STAMP")" == "$lock_hash" ]]; then
    echo "static assets up to date ($VENDOR)"
    exit 0
fi
command -v npm >/dev/null || { echo "error: npm is needed to build the web app's assets. Fix: install Node.js 18+ (Debian: apt-get install -y npm)" >&2; exit 1; }

SCARF_ANALYTICS=false npm ci --ignore-scripts --legacy-peer-deps --no-audit --no-fund --loglevel=error

rm -rf "$VENDOR"
mkdir -p "$VENDOR"/{leaflet/images,world-atlas,topojson-client,vis-timeline,swagger-ui}
M=node_modules
cp "$M/leaflet/dist/leaflet.js" "$M/leaflet/dist/leaflet.css" "$M/leaflet/LICENSE" "$VENDOR/leaflet/"
cp "$M/leaflet/dist/images/"*.png "$VENDOR/leaflet/images/"
cp "$M/world-atlas/countries-50m.json" "$M/world-atlas/LICENSE" "$VENDOR/world-atlas/"
cp "$M/topojson-client/dist/topojson-client.min.js" "$M/topojson-client/LICENSE" "$VENDOR/topojson-client/"
cp "$M/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$M/vis-timeline/styles/vis-timeline-graph2d.min.css" \
   "$M/vis-timeline/LICENSE.Apache-2.0.txt" "$M/vis-timeline/LICENSE.MIT.txt" "$VENDOR/vis-timeline/"
cp "$M/swagger-ui-dist/swagger-ui-bundle.js" "$M/swagger-ui-dist/swagger-ui.css" "$M/swagger-ui-dist/LICENSE" "$VENDOR/swagger-ui/"
echo "$lock_hash" > "$STAMP"
echo "static assets built into $VENDOR ($(du -sh "$VENDOR" | cut -f1))"
