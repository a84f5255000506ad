// Enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Copy link" buttons stay hidden unless the clipboard can be used; the link itself is always on the page.
  window.enhanceCopyButtons = function () {
  document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    var status = button.parentElement.querySelector('.copy-status');
    if (!target || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.href).then(function () {
        status.textContent = button.getAttribute('data-copied');
      }, function () {
        status.textContent = button.getAttribute('data-failed');
      });
    });
  });
  };
  window.enhanceCopyButtons();
})();

// What-if: answers change the result in place. The same GET /results serves the page, so without this script the
// form simply submits; with it, the fresh page is fetched, its result regions swapped in and the URL updated.
(function () {
  'use strict';

  var form = document.getElementById('what-if');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !history.replaceState) {
    return;
  }
  var status = form.querySelector('.what-if-status');
  var pending = null;

  function update() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var request = fetch(form.action + '?' + query, { headers: { Accept: 'text/html' } });
    pending = request;
    request.then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, html: html }; });
    }).then(function (result) {
      if (pending !== request) {
        return; // a newer answer is on its way
      }
      var fresh = new DOMParser().parseFromString(result.html, 'text/html');
      if (!result.ok) {
        var problems = fresh.querySelector('.problems');
        status.textContent = problems ? problems.textContent.replace(/\s+/g, ' ').trim() : '';
        return;
      }
      document.querySelectorAll('[data-swap]').forEach(function (region) {
        var replacement = fresh.getElementById(region.id);
        if (replacement) {
          region.replaceWith(document.importNode(replacement, true));
        }
      });
      var canonical = fresh.querySelector('link[rel=canonical]');
      if (canonical) {
        history.replaceState(null, '', canonical.getAttribute('href'));
        document.querySelector('link[rel=canonical]').setAttribute('href', canonical.getAttribute('href'));
      }
      document.title = fresh.title;
      var verdict = fresh.querySelector('h1');
      status.textContent = status.getAttribute('data-template').replace('{0}', verdict ? verdict.textContent : '');
      enhanceCopyButtons();
    }).catch(function () {
      form.submit();
    });
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
})();

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
