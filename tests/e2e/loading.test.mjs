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

for (const [what, fault, detail] of [
  ['the wasm answers 404', (route) => route.fulfill({ status: 404, body: 'not found' }), /404/],
  ['the connection drops during the wasm download', (route) => route.abort(), /did not download|Failed to fetch/],
]) {
  test(`when ${what}, the loading message turns into an error with a way out`, async () => {
    const context = await auditContext(browser);
    const page = await context.newPage();
    await page.route(/\.wasm$/, fault);
    await page.goto(server.url);

    const alert = page.getByRole('alert').filter({ hasText: 'The simulator could not start' });
    await assert.doesNotReject(alert.waitFor(), 'an error is announced instead of the loading message');
    assert.match(await alert.innerText(), detail, 'it says what went wrong');
    assert.equal(await page.getByText('Loading the simulator').count(), 0, 'no loading message left');
    assert.deepEqual(await violations(page, 'failed start'), [], 'the error passes axe');

    await page.unroute(/\.wasm$/);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await assert.doesNotReject(
      page.getByRole('tab', { name: 'All offers', selected: true }).waitFor(),
      'Reload starts the app once the file downloads',
    );
    await context.close();
  });
}
