// Shared end-to-end plumbing: a static server for the release build on loopback (at the
// site root and under a sub-path) and headless Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { inflateRawSync, deflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.GOLIVE_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** Serves DIST (or `dist`) under `base` ('/' or '/golive/'), as a static host would; no
 * fallback to index.html for unknown paths, so a wrong asset URL shows up as a failure.
 * `requests` lists the paths asked for, in order. */
export async function serve(base = '/', { dist = DIST } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** Headless Debian Chromium, with the flags this closed network needs. */
export async function launch() {
  return chromium.launch(CHROMIUM);
}

/** The same Chromium with a profile kept in `dir` (a browser context that is not
 * incognito-like, as a visitor's is: what installing a web app needs). */
export async function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, CHROMIUM);
}

/** Records every Content-Security-Policy violation of the page in `window.cspViolations`. */
export async function watchCsp(page) {
  await page.evaluate(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** A new page that fails the test on any console error or uncaught exception. */
export async function openPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) page.errors.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(url);
  return page;
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The data of a stored envelope, unpacked when it is packed (offers, from schema 2: deflate,
 * then 15 bits per UTF-16 unit from U+0020; see src/store/packing.rs). */
export function storedData(text) {
  const envelope = JSON.parse(text);
  if (typeof envelope.packed !== 'string') return envelope.data;
  const packed = envelope.packed;
  // The first character is the number of padding bits in the last one.
  const length = ((packed.length - 1) * 15 - (packed.charCodeAt(0) - 0x20)) / 8;
  const bytes = [];
  let buffer = 0;
  let held = 0;
  for (let i = 1; i < packed.length; i++) {
    buffer = (buffer << 15) | (packed.charCodeAt(i) - 0x20);
    held += 15;
    while (held >= 8) {
      held -= 8;
      bytes.push((buffer >> held) & 0xff);
      buffer &= (1 << held) - 1;
    }
  }
  return restoreImages(JSON.parse(inflateRawSync(Buffer.from(bytes.slice(0, length))).toString('utf8')));
}

/** Calls `each` on every non-empty `png` text of `value`, replacing it by what it returns. */
function eachPng(value, each) {
  if (Array.isArray(value)) return value.forEach((item) => eachPng(item, each));
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'png' && typeof item === 'string' && item !== '') value[key] = each(item);
    else eachPng(item, each);
  }
}

/** An offer's data with each image copy once, in `shared_png`, as the app stores it (see
 * src/store/shared_images.rs). */
export function shareImages(offer) {
  const data = structuredClone(offer);
  const table = [];
  eachPng(data, (text) => {
    let at = table.indexOf(text);
    if (at < 0) at = table.push(text) - 1;
    return `@${at}`;
  });
  if (table.length > 0) data.shared_png = table;
  return data;
}

/** The inverse of `shareImages`. */
export function restoreImages(data) {
  if (!data || !Array.isArray(data.shared_png)) return data;
  const table = data.shared_png;
  delete data.shared_png;
  eachPng(data, (text) => (text.startsWith('@') ? table[Number(text.slice(1))] : text));
  return data;
}

/** The stored data of the first offer in the page's localStorage. */
export async function firstStoredOffer(page) {
  const text = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('golive:offer:'));
    return localStorage.getItem(key);
  });
  return storedData(text);
}

/** Packs text as the app stores an offer (the inverse of `storedData`'s unpacking). */
export function packText(text) {
  const bytes = deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 });
  let out = String.fromCharCode(0x20 + ((15 - ((bytes.length * 8) % 15)) % 15));
  let buffer = 0;
  let held = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    held += 8;
    if (held >= 15) {
      held -= 15;
      out += String.fromCharCode(((buffer >> held) & 0x7fff) + 0x20);
      buffer &= (1 << held) - 1;
    }
  }
  if (held > 0) out += String.fromCharCode(((buffer << (15 - held)) & 0x7fff) + 0x20);
  return out;
}

/** Every offer stored in the page's localStorage, unpacked, keyed by storage key. */
export async function storedOffers(page) {
  const raw = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('golive:offer:'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
  return Object.fromEntries(Object.entries(raw).map(([k, text]) => [k, storedData(text)]));
}

/** Waits until `check(offers)` holds for the stored offers (as `storedOffers` gives them). */
export async function waitForStoredOffers(page, check, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const offers = await storedOffers(page);
    if (check(offers)) return offers;
    if (Date.now() > end) throw new Error(`stored offers never matched: ${JSON.stringify(Object.keys(offers))}`);
    await page.waitForTimeout(50);
  }
}

/** The stored value of `offer`, as the app writes it (schema 4: the offer's JSON, each image
 * copy once, packed). */
export const storedValue = (offer) =>
  JSON.stringify({ schema: 4, revision: 1, packed: packText(JSON.stringify(shareImages(offer))) });

/** Copy number `n` of `offer`: its own ID, and its number after its name, so that sorting by
 * name reorders the table. */
export function copyOf(offer, n, prefix = 'o-bench') {
  const copy = { ...offer, id: `${prefix}-${n}`, draft: { ...offer.draft, settings: { ...offer.draft.settings } } };
  copy.draft.settings.name = `${offer.draft.settings.name} ${n}`;
  return copy;
}

/** Stores up to `count` copies of `offer` in the page's localStorage, as the app stores them
 * (all else cleared); returns how many fit and the units used. With `sim`, a simulated clock
 * is stored too: at `sim` now, running in real time. */
export async function fillStorage(page, offer, count, sim = null, prefix = 'o-bench') {
  const values = Array.from({ length: count }, (_, i) => storedValue(copyOf(offer, i, prefix)));
  return page.evaluate(({ values, sim, prefix }) => {
    localStorage.clear();
    if (sim !== null) {
      const clock = { anchor_wall: Date.now(), anchor_sim: sim, speed: 'RealTime', paused: false };
      localStorage.setItem('golive:clock', JSON.stringify({ schema: 4, revision: 1, data: clock }));
    }
    const ids = [];
    let used = 0;
    for (let i = 0; i < values.length; i++) {
      const id = `${prefix}-${i}`;
      const value = values[i];
      try {
        localStorage.setItem(`golive:offer:${id}`, value);
        ids.push(id);
        used += `golive:offer:${id}`.length + value.length;
      } catch {
        break;
      }
      try {
        localStorage.setItem('golive:index', JSON.stringify({ schema: 4, revision: 1, data: ids }));
      } catch {
        localStorage.removeItem(`golive:offer:${id}`);
        ids.pop();
        break;
      }
    }
    return { stored: ids.length, units: used };
  }, { values, sim, prefix });
}

/** Every `golive:` key and its exact value, for before/after comparisons. */
export const storageSnapshot = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('golive:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
