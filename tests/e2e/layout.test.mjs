// Layout and themes: every tab from a 360 px phone to a 1440 px desktop, light and dark,
// with nothing wider than the screen, a visible focus ring, and no motion for people who
// ask for less. Screenshots of each go to tests/e2e/artifacts/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { ARTIFACTS } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { visit, openAuditedOffers, violations, chooseLocale } from './a11y.mjs';

let page;
let ids;
launchAndServe('/', async () => {
  ({ page, ids } = await openAuditedOffers(browser, server.url));
  await mkdir(ARTIFACTS, { recursive: true });
});

/** The views shot at each size and theme: [file name, tab, offer key, what to open]. */
const VIEWS = [
  ['offers', 'offers', null],
  ['editor-settings', 'editor', 'draft'],
  ['editor-problems', 'editor', 'draft', async () => {
    await page.locator('.publish-bar button.primary').click();
    await page.locator('.problem-summary').waitFor();
  }],
  ['editor-skus', 'editor', 'ready', async () => page.locator('.section-tabs [role="tab"]').nth(1).click()],
  ['editor-marketplace', 'editor', 'ready', async () => page.locator('.section-tabs [role="tab"]').nth(2).click()],
  ['status-running', 'status', 'running'],
  ['status-signoff', 'status', 'signoff', async () => page.locator('details.replication summary, .replication summary').first().click()],
  ['status-failed', 'status', 'failed'],
  ['status-live', 'status', 'live'],
  ['status-about', 'status', 'running', async () => {
    for (const about of await page.locator('ol.steps button.disclosure').all()) await about.click();
  }],
  ['guide', 'guide', 'signoff'],
  ['inbox', 'offers', null, async () => {
    await page.locator('.inbox-button').click();
    await page.locator('dialog.inbox[open]').waitFor();
  }],
  ['email-dialog', 'editor', 'ready', async () => {
    await page.locator('.publish-bar button.primary').click();
    await page.locator('dialog.email-dialog[open]').waitFor();
  }],
];

/** Elements whose right edge passes the viewport's: what makes a phone scroll sideways. */
const overflowing = () =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        // Inside a scroll box of its own (the offers table) is fine.
        for (let p = el.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (['auto', 'scroll', 'hidden'].includes(style.overflowX) && p.getBoundingClientRect().right <= width + 1) return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });

test('every view fits from 360 to 1440 px in light and dark, passes axe there, and is saved as a screenshot', async () => {
  const problems = [];
  const found = [];
  // English at both widths and themes; Russian (long words) and Chinese on a phone.
  const runs = [
    ...[360, 1440].flatMap((width) => ['light', 'dark'].map((scheme) => [width, scheme, 'en'])),
    [360, 'light', 'ru'],
    [360, 'dark', 'zh-Hant'],
  ];
  for (const [width, scheme, locale] of runs) {
    {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, server.url, 'offers');
      await chooseLocale(page, locale);
      for (const [view, tab, offer, open] of VIEWS) {
        const name = locale === 'en' ? view : `${view}-${locale}`;
        await visit(page, server.url, tab, offer ? ids[offer] : undefined);
        if (open) await open();
        await page.waitForTimeout(100);
        const wide = await overflowing();
        if (wide.length) problems.push(`${name} ${width}px ${scheme}: ${wide.join(', ')}`);
        // Narrow screens bring their own failures (a scroll box keyboard users cannot reach).
        found.push(...(await violations(page, `${name} ${width}px ${scheme}`)));
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${scheme}.png`), fullPage: true });
        await page.keyboard.press('Escape');
      }
    }
  }
  await chooseLocale(page, 'en');
  assert.deepEqual(problems, []);
  assert.deepEqual(found, []);
  assert.deepEqual(page.errors, []);
});

test('the dark theme follows prefers-color-scheme', async () => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const background = async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await visit(page, server.url, 'offers');
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  assert.equal(await background('light'), 'rgb(255, 255, 255)');
  assert.equal(await background('dark'), 'rgb(22, 23, 27)');
});

test('prefers-reduced-motion stops the progress bars gliding', async () => {
  const transition = async (motion) => {
    await page.emulateMedia({ reducedMotion: motion, colorScheme: 'light' });
    await visit(page, server.url, 'status', ids.running);
    const fill = page.locator('[aria-current="step"] .progress-fill');
    // At real time the bar has barely started: present, but zero wide.
    await fill.waitFor({ state: 'attached' });
    return fill.evaluate((el) => getComputedStyle(el).transitionDuration);
  };
  assert.notEqual(await transition('no-preference'), '0s', 'the bar glides by default');
  assert.equal(await transition('reduce'), '0s', 'and not when less motion is asked for');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

test('focus is visible on every control Tab reaches', async () => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [tab, offer] of [['offers', null], ['editor', 'draft'], ['status', 'signoff']]) {
      await visit(page, server.url, tab, offer ? ids[offer] : undefined);
      const seen = new Set();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { what: el.outerHTML.slice(0, 80), ring };
        });
        if (!focus || seen.has(focus.what)) continue;
        seen.add(focus.what);
        assert.ok(focus.ring, `${scheme} ${tab}: no focus ring on ${focus.what}`);
      }
    }
  }
});
