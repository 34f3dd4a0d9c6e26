// Home page: the timeline (vis-timeline); the map is drawn by map.js.
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
      { id: 'events', content: textNode('span', 'Events') },
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
    // The window is set, not fitted: a fit puts the first point on the left edge and cuts its
    // label, so leave room before the first date and after the last for the labels.
    var times = [];
    items.forEach(function (item) {
      times.push(Date.parse(item.start));
      if (item.end) { times.push(Date.parse(item.end)); }
    });
    var first = Math.min.apply(null, times), last = Math.max.apply(null, times);
    var span = Math.max(last - first, 365 * 24 * 3600 * 1000);
    var timeline = new vis.Timeline(el, dataset, groups, {
      stack: true, zoomKey: 'ctrlKey', maxHeight: 440, orientation: 'top',
      start: new Date(first - span * 0.05), end: new Date(last + span * 0.4),
      tooltip: { followMouse: true, overflowMethod: 'cap' }
    });
    timeline.on('select', function (props) {
      var item = props.items.length ? dataset.get(props.items[0]) : null;
      if (item && sameSite(item.url)) { window.location.href = item.url; }
    });
    el.classList.add('is-drawn');
    if (window.performance && performance.mark) { performance.mark('testimonia:timeline'); }  // read by benchmarks/bench_render.py
  }

  drawTimeline(data.timeline || []);
})();
