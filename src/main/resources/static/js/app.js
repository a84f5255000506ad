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
