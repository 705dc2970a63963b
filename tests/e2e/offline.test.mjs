// Offline and updates: after one visit the app starts with no network at all (the service
// worker keeps every file of the build); a new deployment is noticed and offered ("A new
// version is ready", Reload), and Reload gives the new version with the stored offers kept;
// the web app manifest makes the app installable. Served from a sub-path, as a project page is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST, launch, launchProfile, serve, openPage } from './support.mjs';
import { auditContext, violations } from './a11y.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until a service worker of this build controls the page (its cache is then full). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
}

/** The All offers tab selected, with the empty list's first step or the table. */
async function allOffersShown(page) {
  await page.getByRole('tab', { name: 'All offers', selected: true }).waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'New offer' }).first().waitFor();
}

test('after one visit, the app starts with no network and shows All offers and the Editor', async () => {
  const server = await serve('/golive/');
  try {
    const page = await openPage(browser, `${server.url}?tab=offers`);
    await allOffersShown(page);
    await controlled(page);
    // Something stored, to see it again offline.
    await page.getByRole('button', { name: 'New offer' }).first().click();
    await page.locator('#panel-editor').waitFor();
    await page.goto(`${server.url}?tab=offers`);
    await allOffersShown(page);
    const asked = server.requests.length;

    await page.context().setOffline(true);
    await page.goto(`${server.url}?tab=offers`);
    await allOffersShown(page);
    assert.equal(await page.locator('table.offers tbody tr').count(), 1, 'the stored offer is listed');
    // Every other part of the app is kept too, not only the first screen.
    await page.locator('table.offers tbody tr button.link').first().click();
    await page.getByRole('tab', { name: 'Editor', selected: true }).waitFor();
    await page.locator('#panel-editor input:visible').first().waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click();
    await page.locator('#guide-title').waitFor();
    // A language never chosen online: its file was kept with the rest.
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByRole('banner').getByRole('link', { name: "Mode d'emploi" }).waitFor();
    assert.equal(await page.locator('.language-notice').count(), 0, 'no download failure');
    assert.equal(server.requests.length, asked, `nothing reached the server offline: ${server.requests.slice(asked)}`);
    assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
    await page.context().close();
  } finally {
    await server.close();
  }
});

test('a new deployment is offered as "A new version is ready", and Reload gives it with the offers kept', async () => {
  // A copy of the build to deploy again: the same files with index.html changed, and the
  // service worker written for them as the build writes it.
  const copy = await mkdtemp(join(tmpdir(), 'golive-deploy-'));
  await cp(DIST, copy, { recursive: true });
  const server = await serve('/', { dist: copy });
  try {
    const page = await openPage(browser, server.url);
    await allOffersShown(page);
    await controlled(page);
    await page.getByRole('button', { name: 'New offer' }).first().click();
    await page.locator('#panel-editor').waitFor();
    await page.goto(`${server.url}?tab=offers`);
    await allOffersShown(page);
    const marker = () => page.evaluate(() => document.querySelector('meta[name="golive-deployment"]')?.content ?? null);
    assert.equal(await marker(), null);

    const index = join(copy, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<head>', '<head>\n    <meta name="golive-deployment" content="2" />'));
    await rm(`${index}.br`, { force: true });
    await rm(`${index}.gz`, { force: true });
    await promisify(execFile)('node', [join(ROOT, 'scripts/service_worker.mjs'), copy]);

    // The next visit starts the build it has (no mix), and finds the new one waiting.
    await page.goto(`${server.url}?tab=offers`);
    await allOffersShown(page);
    assert.equal(await marker(), null, 'the page runs the build it started with until Reload');
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await notice.waitFor({ timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name="golive-deployment"]')?.content === '2', null, { timeout: 30_000 });
    await allOffersShown(page);
    assert.equal(await page.locator('table.offers tbody tr').count(), 1, 'storage is unaffected: the offer is still there');
    assert.equal(await page.getByText('A new version is ready').count(), 0, 'the notice is gone with the new version');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
});

test('the update notice passes axe, light and dark', async () => {
  const server = await serve('/');
  try {
    const context = await auditContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await allOffersShown(page);
    // What assets/offline.js says when a new version waits.
    await page.evaluate(() => window.dispatchEvent(new Event('golive-update-ready')));
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    assert.deepEqual(await violations(page, 'update notice'), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await violations(page, 'update notice, dark'), []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('the web app manifest makes the app installable, with its icons', async () => {
  const server = await serve('/golive/');
  // A browser profile of its own: Chromium offers no install in an incognito-like context.
  const profile = await mkdtemp(join(tmpdir(), 'golive-profile-'));
  const context = await launchProfile(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url);
    await allOffersShown(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
    assert.match(manifest.url, /\/golive\/manifest\.webmanifest$/);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium finds nothing that stops installing');
    for (const icon of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
      const response = await page.request.get(`${server.url}${icon}`);
      assert.equal(response.status(), 200, icon);
      assert.equal(response.headers()['content-type'], 'image/png', icon);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
