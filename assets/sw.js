// golive's service worker. It keeps every file of one build (the list and the build's version
// are written above this line by scripts/service_worker.mjs), so that:
// - after one visit the app starts with no network;
// - a page only ever gets files of the build it started with: the page is answered from this
//   build's cache, and a new build's worker waits until the visitor chooses to reload
//   (assets/offline.js shows "A new version is ready");
// - storage (localStorage) is never touched.
'use strict';

const SCOPE = self.registration.scope;
// Per scope: two builds served from two paths of one origin keep their own caches.
const PREFIX = `golive ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL('./', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        BUILD.files.map(
          // A hashed name never changes content: the browser's own copy will do. Anything
          // else (the page, the manifest, the icons) is asked for again.
          (file) => new Request(new URL(file.path, SCOPE).href, { cache: file.hashed ? 'default' : 'no-cache' }),
        ),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      // The first visit's page is of this build too: answer its later fetches (the parts
      // loaded on demand) from here as well.
      await self.clients.claim();
    })(),
  );
});

// The page's Reload on "A new version is ready".
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    // The app's one page, whatever its query string (the view).
    if (path !== INDEX && path !== INDEX + 'index.html') return;
    event.respondWith(answer(INDEX, request));
    return;
  }
  event.respondWith(answer(path, request));
});

/** This build's copy of `href`, else the network. */
async function answer(href, request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(href, { ignoreSearch: true });
  return kept ?? fetch(request);
}
