// Over the 450-line guide: one run writes one report; the visit part alone is in visit.mjs.
// The benchmark: size of what the page loads, startup to the All offers table with N
// stored offers, and storage per typical offer, each beside the same figure for a
// vanilla-JS page that reads the same stored JSON and paints the same table (the limit).
// Usage: node bench/run.mjs [--smoke] [--visit]   (the release build must be in dist/)
import { createServer } from 'node:http';
import { readFile, readdir, mkdir, writeFile, stat } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import { launch, fillStorage as store, storedValue } from '../tests/e2e/support.mjs';
import { visits, compressed, compressedSizes, warm, SLOW_LINK } from './visit.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = process.env.GOLIVE_DIST ?? join(ROOT, 'dist');
const BENCH = join(ROOT, 'bench');
// The vanilla page inflates with fflate, served from the npm install.
const FFLATE = join(ROOT, 'node_modules/fflate/umd/index.js');
const SMOKE = process.argv.includes('--smoke');
const VISIT_ONLY = process.argv.includes('--visit');
const RUNS = SMOKE ? 1 : 5;
const QUOTA_UNITS = 5_242_880; // Chromium's localStorage quota, in UTF-16 code units
const PAGE_ROWS = 100; // rows on a page of All offers (domain::PAGE_SIZE); the vanilla page pages too

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Serves the build and the vanilla page. With `staticHost`, as a static host does: compressed
 * (see visit.mjs), revalidated on every use (Last-Modified, 304), and an empty page at
 * /blank.html to store offers on the origin before a first visit. */
async function serve({ staticHost = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (staticHost && path === '/blank.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>blank</title>');
      return;
    }
    const file =
      path === '/vanilla-fflate.js' ? FFLATE : path.startsWith('/vanilla') ? join(BENCH, path) : join(DIST, path.endsWith('/') ? 'index.html' : path);
    try {
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Cross-origin isolated, so that performance.now() counts in microseconds rather
        // than in the 0.1 ms steps a plain page gets (a tick takes well under 1 ms).
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      };
      let body;
      if (staticHost) {
        const modified = (await stat(file)).mtime;
        modified.setMilliseconds(0);
        headers['last-modified'] = modified.toUTCString();
        // Always revalidated (Netlify's default): a later visit asks whether each file
        // changed, so only what the browser keeps itself (a service worker) starts offline.
        headers['cache-control'] = 'max-age=0, must-revalidate';
        headers.vary = 'accept-encoding';
        const since = req.headers['if-modified-since'];
        if (since && new Date(since) >= modified) {
          res.writeHead(304, headers).end();
          return;
        }
        const { body: sent, encoding } = await compressed(file, req.headers['accept-encoding']);
        body = sent;
        if (encoding) headers['content-encoding'] = encoding;
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

async function sizes(files) {
  const out = {};
  for (const name of files) {
    const body = await readFile(name);
    const kind = extname(name).slice(1);
    const row = (out[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    row.raw += body.length;
    row.gzip += gzipSync(body, { level: 9 }).length;
    row.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  out.total = Object.values(out).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A page in a new browser context, on this origin, with `count` copies of `offer` stored
 * (and a clock at `sim`, see `store`); returns the context, the page and how many fit. */
async function storedPage(offer, count, sim = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}vanilla.html`);
  const { stored } = await store(page, offer, count, sim);
  return { context, page, stored };
}

/** Opens `url` and waits until the offers table shows `rows` rows. */
async function openTable(page, url, rows) {
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('table.offers tbody tr').length >= n, rows);
}

/** Milliseconds from navigation start until the table (or the empty message) is painted. */
async function startup(page, url, rows) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    (rows) =>
      new Promise((done) => {
        const check = () => {
          const shown = document.querySelectorAll('table.offers tbody tr').length;
          const empty = rows === 0 && document.querySelector('.empty, table.offers');
          if ((rows > 0 && shown >= rows) || empty) {
            // Painted: the frame after the rows exist.
            requestAnimationFrame(() => done(performance.now()));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
    rows,
  );
}

/** Milliseconds from a user's input on All offers until the app has handled it and changed
 * the table (the browser paints in the next frame): typing a filter that matches nothing,
 * clearing it, and sorting by name. Medians of `runs` tries. */
async function interactions(page, url, rows, runs) {
  await openTable(page, url, rows);
  return page.evaluate(
    async ({ rows, runs }) => {
      const settle = () => new Promise((done) => setTimeout(done, 0));
      const timed = async (act, done) => {
        const start = performance.now();
        act();
        while (!done()) await settle();
        return performance.now() - start;
      };
      const filter = document.querySelector('input[type=search]');
      const type = (text) => {
        filter.value = text;
        filter.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const shown = () => document.querySelectorAll('table.offers tbody tr').length;
      const sortButton = () => document.querySelector('table.offers th button.sort');
      const times = { filter: [], clear: [], sort: [] };
      for (let i = 0; i < runs; i++) {
        times.filter.push(await timed(() => type('no offer has this name'), () => shown() === 0));
        times.clear.push(await timed(() => type(''), () => shown() >= rows));
        const before = sortButton().parentElement.getAttribute('aria-sort');
        times.sort.push(await timed(() => sortButton().click(), () => sortButton().parentElement.getAttribute('aria-sort') !== before));
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { filterMs: median(times.filter), clearMs: median(times.clear), sortMs: median(times.sort) };
    },
    { rows, runs },
  );
}

/** Milliseconds from a keystroke in the Editor's Name field until the app has handled it and
 * shows the new name (the Editor's heading follows the field); the browser paints in the next
 * frame. Each keystroke is a real `input` event on the field, a moment after the previous
 * one has been handled. Median of `runs` × 4 keystrokes, and the slowest. */
async function keystrokes(page, url, runs) {
  await page.goto(url);
  await page.locator('[id="field-settings.name"]').waitFor();
  return page.evaluate(async (count) => {
    const input = document.getElementById('field-settings.name');
    const heading = document.querySelector('#panel-editor h2');
    // A macrotask without setTimeout's clamping: the app's effects run before it.
    const channel = new MessageChannel();
    const settle = () => new Promise((done) => {
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });
    const times = [];
    for (let i = 0; i < count; i++) {
      const text = `${input.value}x`;
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
      while (!heading.textContent.includes(text)) await settle();
      times.push(performance.now() - start);
      await new Promise((done) => setTimeout(done, 30));
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1) };
  }, runs * 4);
}

/** Ticker passes recorded as `measure` on the page at `url` over a few seconds (median,
 * p95), and the DOM nodes changed per pass inside the offers table and elsewhere. */
async function ticks(page, url, measure, rows) {
  await openTable(page, url, rows);
  const observed = await page.evaluate(
    ({ ms, measure }) =>
      new Promise((done) => {
        performance.clearMeasures(measure);
        const counts = { table: 0, other: 0 };
        // Tasks of 50 ms or more (Chromium reports only those): the freezes a person feels.
        const longTasks = [];
        const longObserver = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        longObserver.observe({ type: 'longtask' });
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const inTable = r.target.closest ? r.target.closest('table.offers') : r.target.parentElement?.closest('table.offers');
            counts[inTable ? 'table' : 'other'] += 1;
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          longObserver.disconnect();
          const entries = performance.getEntriesByName(measure);
          const span = entries.length ? entries.at(-1).startTime + entries.at(-1).duration - entries[0].startTime : 0;
          done({ ticks: entries.map((e) => e.duration), counts, longTasks, span });
        }, ms);
      }),
    { ms: SMOKE ? 1000 : 5000, measure },
  );
  const sorted = [...observed.ticks].sort((a, b) => a - b);
  return {
    ticks: sorted.length,
    medianMs: median(sorted) ?? 0,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    tableMutations: observed.counts.table,
    longTasks: observed.longTasks.length,
    longestTaskMs: Math.max(0, ...observed.longTasks),
    spanMs: observed.span,
    tableMutationsPerTick: observed.counts.table / Math.max(1, sorted.length),
    otherMutationsPerTick: observed.counts.other / Math.max(1, sorted.length),
  };
}

/** The files a visit fetched, as rows of the chunk table: path, where it came from, when it
 * started and ended (ms since navigation), bytes on the wire, its brotli and gzip sizes, and
 * whether the page had it when it became usable (the critical path). */
async function fetched(requests, base, usableMs) {
  const rows = [];
  for (const r of requests) {
    if (!r.url.startsWith(base) || r.url.endsWith('/blank.html')) continue;
    const path = new URL(r.url).pathname;
    const file = path === '/vanilla-fflate.js' ? FFLATE : path.startsWith('/vanilla') ? join(BENCH, path) : join(DIST, path.endsWith('/') ? 'index.html' : path);
    let size = { raw: 0, gzip: 0, brotli: 0 };
    try {
      size = await compressedSizes(file);
    } catch {}
    rows.push({
      path: path === '/' ? '/ (index.html)' : path,
      from: r.from,
      startMs: r.startMs,
      endMs: r.endMs,
      wireBytes: r.bytes,
      ...size,
      critical: usableMs !== null && r.endMs !== null && r.endMs <= usableMs && !r.failed,
    });
  }
  return rows;
}

const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const medianOrNull = (xs) => (xs.some((x) => x === null) ? null : median(xs));

const browser = await launch();
const server = await serve();
const host = await serve({ staticHost: true });
const results = { machine: `${process.platform} ${process.arch}, node ${process.version}`, smoke: SMOKE };
try {
  const distFiles = (await readdir(DIST)).filter((f) => /\.(wasm|js|css|html)$/.test(f));
  results.size = await sizes(distFiles.map((f) => join(DIST, f)));
  results.vanillaSize = await sizes([...['vanilla.html', 'vanilla.js', 'vanilla.css'].map((f) => join(BENCH, f)), FFLATE]);

  const offer = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  const perOffer = `golive:offer:${offer.id}`.length + storedValue(offer).length;
  // What its user typed: every text the form holds. Choices from lists count as typed, which
  // overstates the typing a little and so flatters the ratio a little.
  const typed = (function count(value) {
    if (typeof value === 'string') return value.length;
    // An image's kept copy is picked, not typed.
    if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + (k === 'png' ? 0 : count(v)), 0);
    return 0;
  })(offer.draft);
  results.storage = {
    unitsPerTypicalOffer: perOffer,
    typedChars: typed,
    ratioToTyped: perOffer / typed,
    typicalOffersInQuota: Math.floor(QUOTA_UNITS / perOffer),
  };

  // A visitor on a slow link, served as a static host serves: first visit, repeat visit,
  // offline start, app and vanilla page taking turns. Both pages paint rows from storage, so
  // `VISIT_ROWS` offers are stored on the origin first (on a blank page, before the link is
  // slowed), and "usable" is the table showing them.
  {
    const VISIT_ROWS = 10;
    await warm([...(await readdir(DIST)).filter((f) => !/\.(br|gz)$/.test(f)).map((f) => join(DIST, f)), ...['vanilla.html', 'vanilla.js', 'vanilla.css'].map((f) => join(BENCH, f)), FFLATE]);
    const prepare = async (page) => {
      await page.goto(`${host.url}blank.html`);
      await store(page, offer, VISIT_ROWS);
    };
    const runs = { app: [], vanilla: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.app.push(await visits(browser, `${host.url}?tab=offers`, VISIT_ROWS, prepare));
      runs.vanilla.push(await visits(browser, `${host.url}vanilla.html`, VISIT_ROWS, prepare));
    }
    const summary = async (list) => {
      // The requests of the run whose first visit was the median one.
      const firstMedian = medianOrNull(list.map((v) => v.firstMs));
      const typical = list.find((v) => v.firstMs === firstMedian) ?? list[0];
      const files = await fetched(typical.first, host.url, typical.firstMs);
      return {
        firstMs: firstMedian,
        repeatMs: medianOrNull(list.map((v) => v.repeatMs)),
        offlineMs: medianOrNull(list.map((v) => v.offlineMs)),
        offlineStarts: list.filter((v) => v.offlineMs !== null).length,
        runs: list.length,
        serviceWorker: list.every((v) => v.serviceWorker),
        files,
        critical: sum(files.filter((f) => f.critical)),
        all: sum(files),
        repeatFromNetwork: typical.repeat.filter((r) => r.from === 'network' && !r.failed).map((r) => new URL(r.url).pathname),
      };
    };
    results.visit = { link: SLOW_LINK, rows: VISIT_ROWS, app: await summary(runs.app), vanilla: await summary(runs.vanilla) };
  }

  // --visit: the visit part alone (what a visitor feels; a few minutes instead of the whole run).
  if (!VISIT_ONLY) {
    const counts = SMOKE ? [0, 10] : [0, 100, 1000, 'quota'];
    results.startup = [];
    for (const wanted of counts) {
      const count = wanted === 'quota' ? Math.ceil(QUOTA_UNITS / perOffer) + 50 : wanted;
      const { context, page, stored } = await storedPage(offer, count);
      const app = [];
      const vanilla = [];
      for (let i = 0; i < RUNS; i++) {
        app.push(await startup(page, `${server.url}?tab=offers`, Math.min(stored, PAGE_ROWS)));
        vanilla.push(await startup(page, `${server.url}vanilla.html`, Math.min(stored, PAGE_ROWS)));
      }
      const input = stored > 0 ? await interactions(page, `${server.url}?tab=offers`, Math.min(stored, PAGE_ROWS), RUNS) : null;
      // Typing in the Editor: with nothing else stored, the one offer typed into is stored
      // alone (and counted as 0 others).
      if (stored === 0) await store(page, offer, 1);
      const typing = await keystrokes(page, `${server.url}?tab=editor&offer=o-bench-0`, RUNS);
      results.startup.push({ wanted, stored, appMs: median(app), vanillaMs: median(vanilla), ratio: median(app) / median(vanilla), input, typing });
      await context.close();
    }

    // One ticker pass with many running offers, none due: the app records each tick as a
    // `golive-tick` measure when the URL has bench=1, the vanilla page its own pass as
    // `vanilla-tick`; a MutationObserver counts the DOM nodes changed inside the offers
    // table and elsewhere.
    const runningOffer = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/running-offer.json'), 'utf8'));
    const wanted = SMOKE ? 10 : 1000;
    {
      const { context, page, stored } = await storedPage(runningOffer, wanted, runningOffer.run.steps[0].started + 3_600_000);
      const app = await ticks(page, `${server.url}?tab=offers&bench=1`, 'golive-tick', Math.min(stored, PAGE_ROWS));
      const vanilla = await ticks(page, `${server.url}vanilla.html?bench=1`, 'vanilla-tick', Math.min(stored, PAGE_ROWS));
      results.tick = { wanted, running: stored, app, vanilla, ratio: app.medianMs / Math.max(vanilla.medianMs, 0.001) };
      await context.close();
    }
    // The worst pass: every copy has the same deadline, so one pass advances, stores and
    // repaints them all (the clock starts one second before it). The vanilla page has no
    // engine to advance offers with, so this figure has no ratio.
    {
      const due = runningOffer.run.steps.find((step) => step.due !== null && step.ended === null).due;
      const { context, page, stored } = await storedPage(runningOffer, wanted, due - 1000);
      const app = await ticks(page, `${server.url}?tab=offers&bench=1`, 'golive-tick', Math.min(stored, PAGE_ROWS));
      // The burst is worked through in slices: the longest slice, the tasks of 50 ms or more
      // (none means no task reached 50 ms, rendering included), and first to last slice.
      results.burst = {
        running: stored,
        slices: app.ticks,
        maxMs: app.maxMs,
        longTasks: app.longTasks,
        longestTaskMs: app.longestTaskMs,
        spanMs: app.spanMs,
        tableMutations: app.tableMutations,
      };
      await context.close();
    }
  }
} finally {
  await host.close();
  await server.close();
  await browser.close();
}

const kb = (n) => (n / 1024).toFixed(1);
const lines = [];
lines.push(`| asset | raw KB | gzip KB | brotli KB |`, `| --- | ---: | ---: | ---: |`);
for (const [kind, r] of Object.entries(results.size)) lines.push(`| ${kind} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
const v = results.vanillaSize.total;
lines.push(`| vanilla page (limit) | ${kb(v.raw)} | ${kb(v.gzip)} | ${kb(v.brotli)} |`);
lines.push(`| ratio total / vanilla (brotli) | | | ${(results.size.total.brotli / v.brotli).toFixed(1)}x |`);
if (results.startup) {
  lines.push('', `| offers wanted | stored | app startup ms | vanilla ms | ratio |`, `| --- | ---: | ---: | ---: | ---: |`);
  for (const s of results.startup) lines.push(`| ${s.wanted} | ${s.stored} | ${s.appMs.toFixed(1)} | ${s.vanillaMs.toFixed(1)} | ${s.ratio.toFixed(2)}x |`);
  lines.push('', `| offers stored | filter to none, ms | clear the filter, ms | sort by name, ms |`, `| ---: | ---: | ---: | ---: |`);
  for (const s of results.startup.filter((s) => s.input)) {
    lines.push(`| ${s.stored} | ${s.input.filterMs.toFixed(1)} | ${s.input.clearMs.toFixed(1)} | ${s.input.sortMs.toFixed(1)} |`);
  }
  lines.push('', `| offers stored | keystroke to name shown, median ms | slowest ms |`, `| ---: | ---: | ---: |`);
  for (const s of results.startup) lines.push(`| ${s.stored} | ${s.typing.medianMs.toFixed(1)} | ${s.typing.maxMs.toFixed(1)} |`);
}
{
  const vi = results.visit;
  const ms = (x) => (x === null ? 'does not start' : `${x.toFixed(0)} ms`);
  const ratio = (a, b) => (a === null || b === null ? '-' : `${(a / b).toFixed(2)}x`);
  lines.push(
    '',
    `visitor on a slow link (${vi.link.downloadThroughput * 8 / 1e6} Mbit/s down, ${vi.link.uploadThroughput * 8 / 1e3} kbit/s up, ${vi.link.latency} ms round trip; served compressed, brotli; ${vi.rows} offers stored; median of ${vi.app.runs}):`,
    `| page | critical path brotli KB | gzip KB | first visit | repeat visit | offline start | offline / repeat |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const [who, v] of [['app', vi.app], ['vanilla', vi.vanilla]]) {
    lines.push(`| ${who} | ${kb(v.critical.brotli)} | ${kb(v.critical.gzip)} | ${ms(v.firstMs)} | ${ms(v.repeatMs)} | ${ms(v.offlineMs)} (${v.offlineStarts}/${v.runs} started) | ${ratio(v.offlineMs, v.repeatMs)} |`);
  }
  lines.push(`first visit app / vanilla: ${ratio(vi.app.firstMs, vi.vanilla.firstMs)}; service worker: ${vi.app.serviceWorker ? 'yes' : 'no'}; repeat visit fetched from the network: ${vi.app.repeatFromNetwork.join(', ') || 'nothing'}`);
  lines.push('', `app files, first visit (ms since navigation; critical = fetched before the table was usable):`, `| file | from | start ms | end ms | on the wire KB | brotli KB | gzip KB | critical |`, `| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |`);
  for (const f of vi.app.files) {
    lines.push(`| ${f.path} | ${f.from} | ${f.startMs.toFixed(0)} | ${f.endMs === null ? '-' : f.endMs.toFixed(0)} | ${kb(f.wireBytes)} | ${kb(f.brotli)} | ${kb(f.gzip)} | ${f.critical ? 'yes' : 'no'} |`);
  }
  lines.push(`all files the first visit fetched: ${kb(vi.app.all.brotli)} KB brotli, ${kb(vi.app.all.gzip)} KB gzip`);
}
const st = results.storage;
lines.push('', `storage: ${st.unitsPerTypicalOffer} UTF-16 units (${2 * st.unitsPerTypicalOffer} bytes) per typical offer (key and value), ${st.typedChars} characters typed into its form (${st.ratioToTyped.toFixed(2)}x); ${st.typicalOffersInQuota} fit in the ${QUOTA_UNITS}-unit quota`);
if (results.tick) {
  const t = results.tick;
  const tickLine = (who, r) =>
    `${who} ${r.ticks} ticks: median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms, DOM mutations per tick ${r.tableMutationsPerTick.toFixed(1)} in the offers table and ${r.otherMutationsPerTick.toFixed(1)} elsewhere`;
  lines.push(
    `tick: ${t.running} running offers (${t.wanted} wanted), none due; ${tickLine('app', t.app)} (the header clock); ${tickLine('vanilla', t.vanilla)}; median ratio ${t.ratio.toFixed(2)}x`,
  );
  const b = results.burst;
  lines.push(
    `burst: all ${b.running} running offers finish a step at once: ${b.slices} slices over ${b.spanMs.toFixed(1)} ms, the longest ${b.maxMs.toFixed(1)} ms; ${b.longTasks} tasks of 50 ms or more${b.longTasks ? ` (longest ${b.longestTaskMs.toFixed(1)} ms)` : ''}; ${b.tableMutations} DOM mutations in the offers table`,
  );
}
console.log(lines.join('\n'));
await mkdir(join(BENCH, 'results'), { recursive: true });
await writeFile(join(BENCH, 'results', SMOKE ? 'smoke.json' : VISIT_ONLY ? 'visit.json' : 'latest.json'), JSON.stringify(results, null, 2));
if (SMOKE && !(results.startup.every((s) => s.appMs > 0 && s.vanillaMs > 0) && results.tick.app.ticks > 0 && results.tick.vanilla.ticks > 0 && results.burst.maxMs > 0 && results.startup.every((s) => s.typing.medianMs > 0))) process.exit(1);
