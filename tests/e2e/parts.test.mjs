// Code splitting: All offers starts with the main module only; the Editor, Status, the
// Guide, the Lessons and the Inbox's emails each download their part when first opened; so
// do the demo (`?demo`), the scenario dialog (a scenario link), what follows a started
// lesson and the import of a file, which a plain visit never fetches; a part that does not
// download says so with Try again, which loads it (never an empty tab). Service workers are
// blocked here, so that only what the page itself asks for reaches the server (the worker
// would fetch every file of the build after the first paint).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, browser, server } from './hooks.mjs';
import { auditContext, violations } from './a11y.mjs';

launchAndServe('/golive/');

const PART = /\/split_([a-z_]+)-[0-9a-f]{16}\.wasm$/;
/** The parts the server was asked for, by name, in order. */
const partsAsked = (from = 0) => server.requests.slice(from).map((path) => PART.exec(path)?.[1]).filter(Boolean);

async function offersPage(context, url = `${server.url}?tab=offers`) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(url);
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

  await page.getByRole('banner').getByRole('button', { name: 'Inbox' }).click();
  await page.locator('dialog.inbox').getByText('No notification emails yet').waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status', 'guide', 'lessons', 'inbox']);
  await page.locator('dialog.inbox').getByRole('button', { name: 'Close' }).click();

  // Back to the Editor: the part is kept, not fetched again. Nor has anything fetched the
  // demo, the scenario dialog or what follows a lesson (none was started).
  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.locator('#panel-editor input:visible').first().waitFor();
  assert.deepEqual(partsAsked(start), ['editor', 'status', 'guide', 'lessons', 'inbox']);
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

test('a scenario link fetches the scenario dialog, and only it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const start = server.requests.length;
  // A link whose data is damaged: the dialog opens to say so.
  const page = await offersPage(context, `${server.url}?tab=offers#scenario=1.AAAA`);
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Close' }).waitFor();
  assert.deepEqual(partsAsked(start), ['scenario_open']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a started lesson fetches what follows it, at once and on the next visit', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const start = server.requests.length;
  const page = await offersPage(context);
  await page.getByRole('banner').getByRole('link', { name: 'Lessons' }).click();
  await page.locator('#lessons-title').waitFor();
  assert.deepEqual(partsAsked(start), ['lessons']);
  await page.locator('li.lesson-card').first().getByRole('button', { name: 'Start' }).click();
  await page.locator('section.lesson-banner').getByRole('heading').waitFor();
  assert.ok(partsAsked(start).includes('lesson_tracker'), partsAsked(start).join());

  // A visit to All offers with a lesson's offer stored fetches it too (its goal is watched).
  const again = server.requests.length;
  await page.goto(`${server.url}?tab=offers`);
  await page.getByRole('button', { name: 'New offer' }).first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(partsAsked(again), ['lesson_tracker']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('?demo fetches the demo part, which plays; a demo part that does not download offers Try again', async () => {
  const context = await auditContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  const demoPart = /\/split_demo-[0-9a-f]{16}\.wasm$/;
  await page.route(demoPart, (route) => route.abort('internetdisconnected'));
  const start = server.requests.length;
  await page.goto(`${server.url}?demo`);
  const alert = page.getByRole('alert').filter({ hasText: 'This part of the simulator did not download' });
  await alert.waitFor();
  // The page itself is there meanwhile.
  await page.locator('#panel-offers').waitFor();
  assert.deepEqual(await violations(page, 'demo part not loaded'), []);
  assert.deepEqual(partsAsked(start), [], 'the aborted request never reached the server');

  await page.unroute(demoPart);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.demo-bar').waitFor();
  assert.equal(partsAsked(start)[0], 'demo');
  assert.equal(await alert.count(), 0, 'the alert is gone');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('choosing a file to import fetches the import part, which reads it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const start = server.requests.length;
  const page = await offersPage(context);
  await page.locator('#import-file').setInputFiles({
    name: 'offers.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await page.locator('#import-problem').waitFor();
  assert.deepEqual(partsAsked(start), ['import']);
  assert.equal(await page.locator('#import-file').getAttribute('aria-describedby'), 'import-problem');
  assert.deepEqual(page.errors, []);
  await context.close();
});
