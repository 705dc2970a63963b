// Code splitting: All offers starts with the main module only; the Editor, Status, the
// Guide and the Lessons each download their part when first opened; a part that does not download says so
// with Try again, which loads it (never an empty tab). Service workers are blocked here, so
// that only what the page itself asks for reaches the server (the worker would fetch every
// file of the build after the first paint).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, browser, server } from './hooks.mjs';
import { auditContext, violations } from './a11y.mjs';

launchAndServe('/golive/');

const PART = /\/split_(editor|status|guide|lessons)-[0-9a-f]{16}\.wasm$/;
/** The parts the server was asked for, by name, in order. */
const partsAsked = (from = 0) => server.requests.slice(from).map((path) => PART.exec(path)?.[1]).filter(Boolean);

async function offersPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(`${server.url}?tab=offers`);
  await page.getByRole('button', { name: 'New offer' }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

test('All offers starts without the other parts; each part downloads when first opened', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const start = server.requests.length;
  const page = await offersPage(context);
  assert.deepEqual(partsAsked(start), [], 'no part is fetched for All offers');

  await page.getByRole('button', { name: 'New offer' }).first().click();
  await page.locator('#panel-editor input:visible').first().waitFor();
  assert.deepEqual(partsAsked(start), ['editor']);

  await page.getByRole('tab', { name: 'Status' }).click();
  await page.locator('#panel-status').getByRole('heading').first().waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status']);

  await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click();
  await page.locator('#guide-title').waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status', 'guide']);

  await page.getByRole('banner').getByRole('link', { name: 'Lessons' }).click();
  await page.locator('#lessons-title').waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status', 'guide', 'lessons']);

  // Back to the Editor: the part is kept, not fetched again.
  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.locator('#panel-editor input:visible').first().waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status', 'guide', 'lessons']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a part that does not download shows an alert with Try again, which loads it', async () => {
  const context = await auditContext(browser, { serviceWorkers: 'block' });
  const page = await offersPage(context);
  await page.route(PART, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'New offer' }).first().click();
  const alert = page.locator('#panel-editor').getByRole('alert');
  await alert.getByText('This part of the simulator did not download').waitFor();
  assert.deepEqual(await violations(page, 'part not loaded'), []);

  await page.unroute(PART);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#panel-editor input:visible').first().waitFor();
  assert.equal(await page.locator('#panel-editor').getByRole('alert').count(), 0, 'the alert is gone');
  assert.deepEqual(page.errors, []);
  await context.close();
});
