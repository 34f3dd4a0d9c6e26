// Home page: the timeline (vis-timeline) and the map (Leaflet + world-atlas country outlines).
// Data comes from the page's <script type="application/json" id="page-data"> block; text is
// always set with textContent, never parsed as HTML.
(function () {
  'use strict';
  var dataEl = document.getElementById('page-data');
  if (!dataEl) { return; }
  var data = JSON.parse(dataEl.textContent);

  function note(container, message) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = message;
    container.appendChild(p);
  }

  function textNode(tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  function sameSite(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/';
  }

  function drawTimeline(items) {
    var el = document.getElementById('timeline');
    if (!el || !items.length) { return; }
    if (typeof vis === 'undefined') {
      note(el, 'The timeline library is missing (run scripts/build_static.sh); the dates are on the chronology page.');
      return;
    }
    var groups = new vis.DataSet([
      { id: 'dates', content: textNode('span', 'Dates given') },
      { id: 'published', content: textNode('span', 'Published') }
    ]);
    // A period shorter than about a month and a half would be a sliver without a readable
    // label at any useful zoom, so it is drawn as a point at its start (its title says the range).
    var shortPeriod = 45 * 24 * 3600 * 1000;
    var dataset = new vis.DataSet(items.map(function (item) {
      var isRange = Boolean(item.end) && (Date.parse(item.end) - Date.parse(item.start)) > shortPeriod;
      return {
        id: item.id, group: item.group, start: item.start, end: isRange ? item.end : undefined,
        type: isRange ? 'range' : 'point', className: item.group,
        content: textNode('span', item.label), title: textNode('span', item.title), url: item.url
      };
    }));
    var timeline = new vis.Timeline(el, dataset, groups, {
      stack: true, zoomKey: 'ctrlKey', maxHeight: 440, orientation: 'top',
      tooltip: { followMouse: true, overflowMethod: 'cap' }
    });
    timeline.on('select', function (props) {
      var item = props.items.length ? dataset.get(props.items[0]) : null;
      if (item && sameSite(item.url)) { window.location.href = item.url; }
    });
    el.classList.add('is-drawn');
  }

  function drawMap(markers, tileUrl) {
    var el = document.getElementById('map');
    if (!el) { return; }
    if (typeof L === 'undefined' || typeof topojson === 'undefined') {
      note(el, 'The map libraries are missing (run scripts/build_static.sh); every place is on the places page.');
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
      })
      .catch(function () { note(el, 'The country outlines could not be loaded.'); });

    var layer = L.featureGroup();
    markers.forEach(function (m) {
      var label = m.name + ': named in ' + m.documents + (m.documents === 1 ? ' document' : ' documents');
      var marker = L.marker([m.lat, m.lon], { alt: label, title: m.name, keyboard: true, riseOnHover: true });
      var popup = document.createElement('div');
      var link = textNode('a', m.name);
      if (sameSite(m.url)) { link.href = m.url; }
      popup.appendChild(link);
      popup.appendChild(textNode('div', 'Named ' + m.mentions + (m.mentions === 1 ? ' time in ' : ' times in ') +
        m.documents + (m.documents === 1 ? ' document' : ' documents')));
      marker.bindPopup(popup);
      layer.addLayer(marker);
    });
    layer.addTo(map);
    if (markers.length) { map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 7 }); }
    el.classList.add('is-drawn');
  }

  drawTimeline(data.timeline || []);
  drawMap(data.markers || [], data.tile_url);
})();
