// Enhancement only: the room pages work without this file (loaded by them only, after app.js).
// Rooms: live updates over Server-Sent Events. Each event only says the room changed; the page fetches its own fresh
// copy and swaps in the live region, so every viewer sees exactly what their keys allow. Without this script the
// refresh link does the same by hand.
(function () {
  'use strict';

  var live = document.querySelector('[data-live][data-events]');
  if (!live || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var status = document.getElementById('live-status');
  var loading = false;
  var again = false;

  function refresh() {
    if (loading) {
      again = true; // one more fetch once this one is in, so the last change is never missed
      return;
    }
    loading = true;
    fetch(window.location.pathname, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(live.id);
        var current = document.getElementById(live.id);
        if (fresh && current) {
          if (current.contains(document.activeElement) && document.activeElement !== document.body) {
            // Don't pull a button from under someone's keyboard focus: update once focus leaves the region.
            current.addEventListener('focusout', function later() {
              current.removeEventListener('focusout', later);
              setTimeout(refresh, 0);
            });
          } else {
            current.replaceWith(document.importNode(fresh, true));
            var heading = fresh.querySelector('.room-status');
            if (status && heading) {
              status.textContent = status.getAttribute('data-template').replace('{0}', heading.textContent.replace(/\s+/g, ' ').trim());
            }
          }
        }
      })
      .catch(function () { /* the next event or the refresh link will catch up */ })
      .then(function () {
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  var source = new EventSource(live.getAttribute('data-events'));
  source.addEventListener('room', refresh);
})();
