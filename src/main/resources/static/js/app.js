// Enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Copy link" buttons stay hidden unless the clipboard can be used; the link itself is always on the page.
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
})();
