// Until the app runs, turns index.html's loading message into an error the visitor can act on
// when the simulator cannot start: a file that did not download, a browser without
// WebAssembly, a crash while starting. Without it "Loading the simulator…" would stay on
// screen for ever. Once the app has mounted (and removed the message) this does nothing.
(function () {
  'use strict';
  var failed = false;

  function fail(detail) {
    var loading = document.getElementById('loading');
    if (!loading || failed) return;
    failed = true;
    loading.setAttribute('role', 'alert');
    loading.classList.add('failed');
    loading.textContent = '';
    var name = document.createElement('p');
    name.className = 'loading-name';
    name.textContent = 'golive';
    var what = document.createElement('p');
    what.textContent = 'The simulator could not start. Check the connection, then reload the page.';
    var why = document.createElement('p');
    why.className = 'loading-note';
    why.textContent = 'What went wrong: ' + detail;
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload the page';
    reload.addEventListener('click', function () {
      location.reload();
    });
    // appendChild, not append: this must work in the old browsers it warns about.
    [name, what, why, reload].forEach(function (part) {
      loading.appendChild(part);
    });
  }

  if (typeof WebAssembly !== 'object') {
    // Parsing has not reached the message yet.
    document.addEventListener('DOMContentLoaded', function () {
      fail('this browser does not run WebAssembly; a current Chrome, Edge, Firefox or Safari does.');
    });
    return;
  }
  // Capturing, to hear files that fail to load too (their error events do not bubble).
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) {
        fail('a file of the simulator did not download (' + (target.src || target.href) + ').');
      } else {
        fail(event.message || 'an unknown error.');
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    fail(String(event.reason));
  });
})();
