// What a visitor feels on a slow link: the page served compressed, as a static host serves it,
// to a browser held to 1.6 Mbit/s down, 750 kbit/s up and 150 ms round trip (Chrome DevTools
// Protocol network emulation). A first visit (empty cache), a repeat visit in the same browser
// profile, and a start with no network at all; and which files each one fetched, and when.
// Used by bench/run.mjs, which serves the files (see `compressed` below).
import { readFile, stat } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The emulated link (bytes per second, as CDP takes them). */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const compressedCache = new Map();

/** The body of `file` for a request that accepts `acceptEncoding`: brotli if the browser takes
 * it, else gzip, else plain. The build's own `.br` / `.gz` copy is used when there is one (as
 * a static host that serves precompressed files does), otherwise the file is compressed here at
 * the highest level (as a host that compresses on the fly and caches does). */
export async function compressed(file, acceptEncoding = '') {
  const accepts = (name) => acceptEncoding.split(',').some((part) => part.trim().split(';')[0] === name);
  const encoding = accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
  if (!encoding) return { body: await readFile(file), encoding: null };
  const { mtimeMs } = await stat(file);
  const key = `${file}\0${encoding}\0${mtimeMs}`;
  if (!compressedCache.has(key)) {
    const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    let body;
    try {
      body = await readFile(copy);
    } catch {
      const plain = await readFile(file);
      body =
        encoding === 'br'
          ? brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } })
          : gzipSync(plain, { level: 9 });
    }
    compressedCache.set(key, body);
  }
  return { body: compressedCache.get(key), encoding };
}

/** Compresses `files` ahead (brotli 11 on the wasm takes seconds, which would otherwise
 * stall the server during the first measured visit). */
export async function warm(files) {
  for (const file of files) {
    await compressed(file, 'br');
    await compressed(file, 'gzip');
  }
}

/** Size of a file compressed as the release build's copies are (brotli 11, gzip 9). */
export async function compressedSizes(file) {
  const { body: br } = await compressed(file, 'br');
  const { body: gz } = await compressed(file, 'gzip');
  return { raw: (await stat(file)).size, gzip: gz.length, brotli: br.length };
}

/** Records the page's requests through CDP: URL, start and end (ms since the document's
 * request), bytes on the wire, and whether the service worker or the HTTP cache answered. */
async function recorder(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  let origin = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document' && origin === null) origin = e.timestamp;
    requests.set(e.requestId, { url: e.request.url, type: e.type, start: e.timestamp, end: null, bytes: 0, from: 'network', failed: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    if (e.response.fromServiceWorker) r.from = 'service worker';
    else if (e.response.fromDiskCache || e.response.fromPrefetchCache) r.from = 'cache';
    r.status = e.response.status;
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.from = 'cache';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.end = e.timestamp;
      r.bytes = e.encodedDataLength;
    }
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.end = e.timestamp;
      r.failed = true;
    }
  });
  return {
    cdp,
    pending: () => [...requests.values()].filter((r) => r.end === null).length,
    list: () =>
      [...requests.values()].map((r) => ({
        ...r,
        startMs: (r.start - (origin ?? r.start)) * 1000,
        endMs: r.end === null ? null : (r.end - (origin ?? r.start)) * 1000,
      })),
  };
}

/** Milliseconds from navigation start until the offers table shows `rows` rows (painted, so
 * the page's code has run: both pages build the rows from storage), checked each frame; null
 * if the page never got there within `timeout` (no network, nothing cached). */
async function timeToUsable(page, url, rows, timeout) {
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    return await page.evaluate(
      ({ rows, timeout }) =>
        new Promise((done) => {
          const test = () => document.querySelectorAll('table.offers tbody tr').length >= rows;
          const give = setTimeout(() => done(null), timeout);
          const check = () => {
            if (test()) {
              // Painted: the frame after it exists.
              requestAnimationFrame(() => {
                clearTimeout(give);
                done(performance.now());
              });
            } else {
              requestAnimationFrame(check);
            }
          };
          check();
        }),
      { rows, timeout },
    );
  } catch {
    return null;
  }
}

/** Waits until no request of the page has been in flight for `quietMs` (background fetches
 * done), at most `maxMs`. */
async function networkIdle(page, rec, quietMs = 1500, maxMs = 30_000) {
  const end = Date.now() + maxMs;
  let quietSince = Date.now();
  let seen = rec.list().length;
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const count = rec.list().length;
    if (rec.pending() > 0 || count !== seen) {
      quietSince = Date.now();
      seen = count;
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
}

/** Waits (at most `maxMs`) until the page's service worker, if it registers one, is active:
 * then everything it precaches is in its cache. Returns whether there is one. */
async function serviceWorkerReady(page, maxMs) {
  return page.evaluate(
    (maxMs) =>
      new Promise((done) => {
        if (!('serviceWorker' in navigator)) return done(false);
        const give = setTimeout(() => done(false), maxMs);
        navigator.serviceWorker.getRegistration().then((registration) => {
          // No registration yet: the app registers after its first paint; wait for it.
          const wait = registration ? Promise.resolve() : new Promise((ok) => setTimeout(ok, 500));
          wait
            .then(() => navigator.serviceWorker.getRegistration())
            .then((registration) => {
              if (!registration) {
                clearTimeout(give);
                return done(false);
              }
              navigator.serviceWorker.ready.then(() => {
                clearTimeout(give);
                done(true);
              });
            });
        });
      }),
    maxMs,
  );
}

/**
 * One visitor, three visits, over the slow link: the first (new browser profile), a repeat
 * (same profile, online) and an offline start (same profile, network cut), each timed to the
 * offers table showing `rows` rows; `prepare(page)` runs first, on the same origin, before the
 * link is slowed (it stores the offers). Returns the three times (null where the page did not become
 * usable) and the first visit's requests.
 */
export async function visits(browser, url, rows, prepare, { timeout = 60_000, link = SLOW_LINK } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await prepare(page);
    const rec = await recorder(page);
    await rec.cdp.send('Network.emulateNetworkConditions', link);
    const firstMs = await timeToUsable(page, url, rows, timeout);
    const usableAt = firstMs;
    await networkIdle(page, rec);
    const first = rec.list();
    const serviceWorker = await serviceWorkerReady(page, timeout);
    await networkIdle(page, rec);

    const repeatStart = rec.list().length;
    const repeatMs = await timeToUsable(page, url, rows, timeout);
    await networkIdle(page, rec);
    const repeat = rec.list().slice(repeatStart);

    await context.setOffline(true);
    await rec.cdp.send('Network.emulateNetworkConditions', { ...link, offline: true });
    const offlineMs = await timeToUsable(page, url, rows, 15_000);
    return { firstMs, repeatMs, offlineMs, serviceWorker, first, usableAt, repeat };
  } finally {
    await context.close();
  }
}
