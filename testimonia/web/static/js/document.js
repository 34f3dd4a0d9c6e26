// Document page: show a highlighted fact's claim and rule on hover or keyboard focus, and
// emphasise the fact named in the URL fragment (#f3) in every piece it was split into.
// The claim text is copied from the facts list below the text, which screen readers also
// reach through aria-describedby.
(function () {
  'use strict';
  var text = document.getElementById('document-text');
  if (!text) { return; }
  var popover = document.createElement('div');
  popover.className = 'fact-popover';
  popover.id = 'fact-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  document.body.appendChild(popover);

  function markOf(node) {
    return node && node.closest ? node.closest('#document-text mark.fact') : null;
  }

  function pieces(anchor) {
    return text.querySelectorAll('mark.fact[data-fact="' + CSS.escape(anchor) + '"]');
  }

  function setClass(className, anchor) {
    text.querySelectorAll('mark.fact.' + className).forEach(function (m) { m.classList.remove(className); });
    if (anchor) { pieces(anchor).forEach(function (m) { m.classList.add(className); }); }
  }

  function show(mark) {
    var anchor = mark.getAttribute('data-fact');
    var claim = document.getElementById('claim-' + anchor);
    if (!claim) { return; }
    var copy = claim.cloneNode(true);
    copy.removeAttribute('id');
    popover.replaceChildren(copy);
    popover.hidden = false;
    setClass('is-active', anchor);
    var rect = mark.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.left = left + 'px';
    popover.style.top = (rect.bottom + window.scrollY + 8) + 'px';
  }

  function hide() {
    popover.hidden = true;
    setClass('is-active', null);
  }

  text.addEventListener('mouseover', function (event) {
    var mark = markOf(event.target);
    if (mark) { show(mark); }
  });
  text.addEventListener('mouseout', function (event) {
    if (!markOf(event.relatedTarget)) {
      var focused = markOf(document.activeElement);
      if (focused) { show(focused); } else { hide(); }
    }
  });
  text.addEventListener('focusin', function (event) {
    var mark = markOf(event.target);
    if (mark) { show(mark); }
  });
  text.addEventListener('focusout', function (event) {
    if (!markOf(event.relatedTarget)) { hide(); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { hide(); }
  });

  function emphasiseTarget() {
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    setClass('is-target', null);
    if (!anchor || !pieces(anchor).length) { return; }
    setClass('is-target', anchor);
    var head = document.getElementById(anchor) || pieces(anchor)[0];
    // The browser scrolls the fragment to the very top; centre it so the sentence around it shows.
    head.scrollIntoView({ block: 'center' });
    show(head);
  }
  window.addEventListener('hashchange', emphasiseTarget);
  if (document.readyState === 'complete') {
    emphasiseTarget();
  } else {
    window.addEventListener('load', emphasiseTarget);
  }
})();
