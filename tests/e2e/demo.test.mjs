// Demo mode (issue 15): `?demo` plays the sample offer's whole journey by itself, in memory.
// The visitor's storage is neither read nor written while it plays (every `golive:` key is
// byte-identical afterwards, and the page never even reaches localStorage), a key press
// pauses it, Exit demo returns to the visitor's own offers, `&loop` starts over after Live.
// The pace is real (about a minute and a half), so the page's clock is Playwright's fake
// one, moved on in steps, as time.test.mjs does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { browser, server, launchAndServe } from './hooks.mjs';
import { ARTIFACTS, fillStorage, storageSnapshot } from './support.mjs';
import { auditContext, violations, chooseLocale } from './a11y.mjs';

launchAndServe('/');

const ROOT = resolve(import.meta.dirname, '../..');

const LIVE = 'The offer is live.';
const SAMPLE = 'This sample offer is complete';

/** Counts every reach of the page into localStorage (the getter and each Storage method),
 * from before the app's first script. */
const COUNT_STORAGE = () => {
  window.storageReaches = 0;
  const getter = Object.getOwnPropertyDescriptor(window, 'localStorage') ??
    Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      window.storageReaches++;
      return getter.get.call(window);
    },
  });
  for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      window.storageReaches++;
      return original.apply(this, args);
    };
  }
};

/** A context with three offers and a saved language (French) in storage, set up through the
 * app itself so that its own load writes nothing more; answers the snapshot. */
async function visitorWithOffers(context) {
  const page = await context.newPage();
  await page.goto(server.url);
  const typical = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  await fillStorage(page, typical, 3, null, 'o-visitor');
  await page.reload();
  await page.locator('#panel-offers').waitFor();
  await chooseLocale(page, 'fr');
  await page.waitForFunction(() => localStorage.getItem('golive:language') !== null);
  await page.reload();
  await page.locator('#panel-offers tbody tr').nth(2).waitFor();
  const before = await storageSnapshot(page);
  await page.close();
  assert.ok(Object.keys(before).length >= 4, JSON.stringify(Object.keys(before)));
  assert.ok('golive:language' in before);
  return before;
}

/** The caption bar's text. */
const captionOf = (page) => page.locator('.demo-caption').innerText();

/** Moves the fake clock on in steps of `step` ms until `done(caption)` holds; answers every
 * caption seen on the way. */
async function playUntil(page, done, { step = 1_000, limit = 240 } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    const caption = await captionOf(page);
    if (seen.at(-1) !== caption) seen.push(caption);
    if (done(caption)) return seen;
    await page.clock.runFor(step);
  }
  throw new Error(`never reached: ${JSON.stringify(seen)}`);
}

async function openDemo(context, query = '?demo') {
  await context.clock.install();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  page.on('console', (msg) => msg.type() === 'error' && page.errors.push(msg.text()));
  await page.addInitScript(COUNT_STORAGE);
  await page.goto(`${server.url}${query}`);
  await page.locator('.demo-bar').waitFor();
  return page;
}

test('?demo plays to Live with no input, pauses on a key, and leaves the visitor’s storage exactly as it was', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const before = await visitorWithOffers(context);
  const page = await openDemo(context);
  await page.getByText('Demo: nothing is saved').waitFor();
  // The visitor chose French before; the demo follows the browser, never the saved choice.
  await page.clock.runFor(1_000);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('.demo-caption').getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('.notices [role="alert"], .storage-unavailable').count(), 0);

  // A key press pauses: the caption says so, Resume takes the focus, nothing moves on.
  const shown = await playUntil(page, (c) => c.includes('Certification'));
  await page.keyboard.press('Space');
  await page.locator('.demo-paused').waitFor();
  assert.match(await captionOf(page), /Demo paused\./);
  const bar = page.getByRole('complementary', { name: 'Demo' });
  const resume = bar.getByRole('button', { name: 'Resume' });
  await resume.waitFor();
  await bar.getByRole('button', { name: 'Exit demo' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'demo-resume');
  const paused = { caption: await captionOf(page), url: page.url() };
  await page.clock.runFor(60_000);
  assert.deepEqual({ caption: await captionOf(page), url: page.url() }, paused);
  // The Space that paused did not also press Resume once it had the focus.
  assert.equal(await page.locator('.demo-paused').count(), 1);

  await resume.click();
  await page.locator('.demo-paused').waitFor({ state: 'detached' });
  const rest = await playUntil(page, (c) => c.includes(LIVE));
  const journey = [...shown, ...rest].join('\n');
  // A failure shown and fixed on the way, then the steps of the second run.
  assert.match(journey, /The SAS URI cannot be used/);
  assert.match(journey, /The fix: the disk's SAS URI is replaced/);
  assert.match(journey, /Publishing again starts a new run from step 1/);
  assert.match(journey, /Step 7 of 7/);
  await page.getByRole('button', { name: 'Play again' }).waitFor();
  assert.match(page.url(), /[?&]demo(&|$)/, 'the demo stays in the URL as the tabs change');
  await page.getByRole('tab', { name: 'Status' }).waitFor();
  await page.locator('#panel-status').getByText('Live', { exact: false }).first().waitFor();

  // Not one reach into localStorage while it played; every key as it was.
  assert.equal(await page.evaluate(() => window.storageReaches), 0);
  assert.deepEqual(await storageSnapshot(page), before);
  assert.deepEqual(page.errors, []);

  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'demo-en-light-1280-live.png') });
  // The snapshot above reached storage itself; count the app's reaches afresh.
  await page.evaluate(() => (window.storageReaches = 0));

  // Play again: the journey from its start, on a new offer.
  const first = new URL(page.url()).searchParams.get('offer');
  await page.getByRole('button', { name: 'Play again' }).click();
  await playUntil(page, (c) => c.includes(SAMPLE));
  await page.waitForURL((url) => url.searchParams.get('offer') !== first);
  await playUntil(page, (c) => c.includes('The fix:'));
  await page.screenshot({ path: join(ARTIFACTS, 'demo-en-light-1280-fix.png') });
  assert.equal(await page.evaluate(() => window.storageReaches), 0);

  // Exit demo: the app opens anew on the visitor's own storage, in their language.
  await page.keyboard.press('Enter');
  await bar.getByRole('button', { name: 'Exit demo' }).click();
  await page.waitForURL((url) => !url.search.includes('demo'));
  await page.locator('#panel-offers tbody tr').nth(2).waitFor();
  assert.equal(await page.locator('.demo-bar').count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(await storageSnapshot(page), before);
  await context.close();
});

test('?demo&loop starts over by itself after Live, on a fresh offer', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const before = await visitorWithOffers(context);
  const page = await openDemo(context, '?demo&loop');
  await playUntil(page, (c) => c.includes(LIVE));
  assert.equal(await page.getByRole('button', { name: 'Play again' }).count(), 0);
  const first = new URL(page.url()).searchParams.get('offer');
  const again = await playUntil(page, (c) => c.includes(SAMPLE));
  assert.ok(again.some((c) => c.includes('Starting over')), JSON.stringify(again));
  // A new offer, and the journey's first one is gone (the new one's name is not numbered).
  await page.waitForURL((url) => url.searchParams.get('offer') !== first);
  assert.match(page.url(), /[?&]demo&loop$/);
  assert.doesNotMatch(await page.locator('h2').first().innerText(), /\(2\)/);
  await playUntil(page, (c) => c.includes('Certification'));
  assert.equal(await page.evaluate(() => window.storageReaches), 0);
  assert.deepEqual(await storageSnapshot(page), before);
  await context.close();
});

test('the demo caption bar is axe clean running and paused, and screenshots at 1280 and 360 px, light and dark, en and fr', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const locale of ['en-US', 'fr-FR']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 360]) {
        const context = await auditContext(browser, {
          locale,
          colorScheme,
          viewport: { width, height: width === 360 ? 740 : 800 },
        });
        const page = await openDemo(context);
        // The failure at Certification: the moment that matters most.
        await playUntil(page, (c) => /cannot be used|inutilisable/.test(c), { limit: 120 });
        const name = `demo-${locale.slice(0, 2)}-${colorScheme}-${width}`;
        await page.screenshot({ path: join(ARTIFACTS, `${name}-running.png`) });
        if (width === 1280 && colorScheme === 'light') {
          assert.deepEqual(await violations(page, `${name} running`), []);
        }
        await page.keyboard.press('Escape');
        await page.locator('.demo-paused').waitFor();
        await page.screenshot({ path: join(ARTIFACTS, `${name}-paused.png`) });
        if (width === 1280 && colorScheme === 'light') {
          assert.deepEqual(await violations(page, `${name} paused`), []);
        }
        await context.close();
      }
    }
  }
});

test('with prefers-reduced-motion the demo still shows its captions, and nothing glides or scrolls smoothly', async () => {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  const page = await openDemo(context);
  await playUntil(page, (c) => c.includes('Step 3 of 7'));
  assert.match(await captionOf(page), /copied to every Azure region/);
  const motion = await page.evaluate(() => {
    const fills = [...document.querySelectorAll('.progress-fill')];
    return {
      fills: fills.length,
      glide: fills.map((el) => getComputedStyle(el).transitionDuration).filter((d) => d !== '0s'),
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      bar: getComputedStyle(document.querySelector('.demo-bar')).transitionDuration,
    };
  });
  assert.ok(motion.fills > 0, 'Provisioning shows its progress bars');
  assert.deepEqual(motion.glide, []);
  assert.equal(motion.scroll, 'auto');
  assert.equal(motion.bar, '0s');
  await context.close();
});
