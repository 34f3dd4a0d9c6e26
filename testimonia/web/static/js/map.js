// The map of a page's places (the home page's, an event's): Leaflet with world-atlas country
// outlines, and tiles only when a tile server is configured. Markers come from the page's
// <script type="application/json" id="page-data"> block; text is set with textContent only.
(function () {
  'use strict';
  var dataEl = document.getElementById('page-data');
  var el = document.getElementById('map');
  if (!dataEl || !el) { return; }
  var data = JSON.parse(dataEl.textContent);
  var markers = data.markers || [];
  var tileUrl = data.tile_url;

  function textNode(tag, text) {
    var node = document.createElement(tag);
    node.textContent = text;
    return node;
  }

  function note(message) {
    var p = textNode('p', message);
    p.className = 'empty';
    el.appendChild(p);
  }

  function sameSite(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/';
  }

  function plural(n, one, many) { return n + (n === 1 ? one : many); }

  if (typeof L === 'undefined' || typeof topojson === 'undefined') {
    note('The map libraries are missing (run scripts/build_static.sh); every place is also listed as text.');
    return;
  }
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, attributionControl: Boolean(tileUrl) }).setView([35, 25], 2);
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: 'Map tiles: ' + new URL(tileUrl.replace('{s}', 'a')).host }).addTo(map);
  }
  fetch(el.getAttribute('data-countries'))
    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
    .then(function (world) {
      var countries = topojson.feature(world, world.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: { color: '#7b8794', weight: 0.7, fillColor: '#fbf8f1', fillOpacity: tileUrl ? 0 : 1 }
      }).addTo(map);
      if (window.performance && performance.mark) { performance.mark('testimonia:map-outlines'); }  // read by benchmarks/bench_render.py
    })
    .catch(function () { note('The country outlines could not be loaded.'); });

  var layer = L.featureGroup();
  markers.forEach(function (m) {
    var label = m.name + ': named in ' + plural(m.documents, ' document', ' documents');
    var marker = L.marker([m.lat, m.lon], { alt: label, title: m.name, keyboard: true, riseOnHover: true });
    var popup = document.createElement('div');
    var link = textNode('a', m.name);
    if (sameSite(m.url)) { link.href = m.url; }
    popup.appendChild(link);
    popup.appendChild(textNode('div', 'Named ' + plural(m.mentions, ' time in ', ' times in ') + plural(m.documents, ' document', ' documents')));
    marker.bindPopup(popup);
    layer.addLayer(marker);
  });
  layer.addTo(map);
  if (markers.length) { map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 7 }); }
  el.classList.add('is-drawn');
})();
