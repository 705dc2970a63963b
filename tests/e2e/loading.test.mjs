// What a visitor on a slow link sees before the simulator has started: index.html's loading
// message, held on screen here by holding back the wasm download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, browser, server } from './hooks.mjs';
import { auditContext, violations } from './a11y.mjs';

launchAndServe('/');

test('a loading message shows while the simulator downloads, and goes once it runs', async () => {
  const context = await auditContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });

  const loading = page.getByRole('status').filter({ hasText: 'Loading the simulator' });
  await assert.doesNotReject(loading.waitFor(), 'the loading message is on screen and announced');
  assert.equal(await page.getByRole('tab').count(), 0, 'the app has not started yet');
  assert.deepEqual(await violations(page, 'loading'), [], 'the loading page passes axe');

  release();
  await assert.doesNotReject(
    page.getByRole('tab', { name: 'All offers', selected: true }).waitFor(),
    'the app starts once the wasm arrives',
  );
  assert.equal(await page.locator('#loading').count(), 0, 'the loading message is gone');
  assert.deepEqual(errors, [], 'no uncaught errors');
  await context.close();
});
