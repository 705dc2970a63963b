// Registers the service worker (sw.js, written by the build) once the app has painted its first
// screen, so that its download of the whole build never delays that screen; after that visit
// the app starts with no network. When a new deployment's worker is installed and waiting,
// tells the app ('golive-update-ready' on window, and window.goliveUpdateReady), whose notice
// "A new version is ready" offers Reload; Reload ('golive-apply-update' on window) lets the new
// worker take over and then reloads, so that no page runs old and new files together.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var container = navigator.serviceWorker;
  var updating = false;

  function announce() {
    if (window.goliveUpdateReady) return;
    window.goliveUpdateReady = true;
    window.dispatchEvent(new Event('golive-update-ready'));
  }

  function watch(registration) {
    // A worker that is installed while another controls this page is a new deployment.
    if (registration.waiting && container.controller) announce();
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && container.controller) announce();
      });
    });
    // Look for a new deployment when the visitor comes back to the tab, and hourly.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
    setInterval(function () {
      registration.update().catch(function () {});
    }, 60 * 60 * 1000);
  }

  window.addEventListener('golive-apply-update', function () {
    updating = true;
    container.getRegistration().then(function (registration) {
      if (registration && registration.waiting) registration.waiting.postMessage('skip-waiting');
      else location.reload();
    });
  });
  container.addEventListener('controllerchange', function () {
    // Only the Reload above swaps workers under a running page (a first install takes over
    // a page of its own build, which needs no reload).
    if (updating) location.reload();
  });

  function register() {
    container
      .register('./sw.js')
      .then(watch)
      .catch(function (error) {
        // No offline copy (a host that does not serve sw.js, a private window): the app works
        // as before, online.
        console.warn('golive: no offline copy: ' + error);
      });
  }

  // After the app's first paint: Trunk's bootstrap says when the app has started.
  window.addEventListener('TrunkApplicationStarted', function () {
    requestAnimationFrame(function () {
      setTimeout(register, 0);
    });
  });
})();
