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

  // A browser reopens a stream that ended by itself, but gives up for good when reopening gets an error answer (a
  // 503 while the database restarts, a restart of the server): then this reopens it, waiting longer each time, and
  // says on the page that the room is no longer live until it is again.
  var lost = document.getElementById('live-lost');
  var delays = [1000, 2000, 5000, 10000, 20000, 30000];
  var failures = 0;

  function connect() {
    // The live region carries the stream's address with the revision it shows, so a reopened stream catches up.
    var source = new EventSource(document.getElementById(live.id).getAttribute('data-events'));
    source.addEventListener('room', refresh);
    source.addEventListener('open', function () {
      if (failures > 0) {
        failures = 0;
        if (lost) {
          lost.hidden = true;
        }
      }
    });
    source.addEventListener('error', function () {
      if (source.readyState !== EventSource.CLOSED) {
        return; // the browser is reconnecting by itself
      }
      source.close();
      failures += 1;
      if (lost && failures >= 2) {
        lost.hidden = false;
      }
      var delay = delays[Math.min(failures, delays.length) - 1];
      // Spread out, so that the viewers of a room do not all come back in the same instant.
      setTimeout(connect, delay * (0.75 + Math.random() * 0.5));
    });
  }

  connect();
})();
