// A backup of everything: Export all offers with as many typical offers as the storage quota
// holds, then Import of that file into an empty browser brings every one back, with its
// progress shown; into a browser without room for it, it says so and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fillStorage, openPage, storedValue } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';

launchAndServe('/');

const ROOT = resolve(import.meta.dirname, '../..');
const QUOTA_UNITS = 5_242_880; // Chromium's localStorage quota, in UTF-16 code units

/** The export file of a browser whose storage is full of typical offers: its path, and how
 * many offers it holds. Made once, by the app's own Export all offers. */
let backup = null;

async function fullBackup() {
  if (backup) return backup;
  const typical = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  const perOffer = `golive:offer:${typical.id}`.length + storedValue(typical).length;
  const page = await openPage(browser, server.url);
  const { stored } = await fillStorage(page, typical, Math.ceil(QUOTA_UNITS / perOffer) + 50);
  await page.reload();
  await page.getByText(new RegExp(`${stored.toLocaleString('en-US')} offers`)).first().waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export all offers' }).click(),
  ]);
  // Kept apart from the context's downloads, which go when it closes.
  const path = join(tmpdir(), 'golive-full-backup.json');
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(file.exported_offers.length, stored, 'every stored offer is in the file');
  assert.deepEqual(page.errors, []);
  backup = { path, count: stored, bytes: (await readFile(path)).length };
  await page.context().close();
  return backup;
}

/** Every `golive:` key and its value, for before/after comparisons. */
const snapshot = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('golive:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

test('an export of a full quota of typical offers imports back whole into an empty browser, with progress shown', async () => {
  const { path, count, bytes } = await fullBackup();
  const page = await openPage(browser, server.url);
  await page.getByText('No offers yet', { exact: false }).first().waitFor();
  // The longest task while the import runs, for the log: the work goes in slices.
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByLabel('Import offers from a file').setInputFiles(path);
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await progress.waitFor();
  await page.getByText(/Saving the offers: [\d,]+ of [\d,]+/).waitFor({ timeout: 120_000 });
  await page.getByText(`Imported ${count.toLocaleString('en-US')} offers.`, { exact: false }).waitFor({ timeout: 180_000 });
  assert.equal(await progress.count(), 0, 'the progress bar goes once done');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('golive:offer:')).length);
  assert.equal(keys, count, 'every offer of the file is stored');
  await page.reload();
  await page.getByText(new RegExp(`${count.toLocaleString('en-US')} offers`)).first().waitFor({ timeout: 60_000 });
  const longest = await page.evaluate(() => window.longest ?? 0);
  console.log(`# backup: ${count} offers, ${(bytes / 1048576).toFixed(1)} MB; longest task during import ${longest.toFixed(0)} ms`);
  assert.deepEqual(page.errors, []);
});

test('an import that would not fit says how much room it needs, before writing anything', async () => {
  const { path } = await fullBackup();
  const typical = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  const page = await openPage(browser, server.url);
  await fillStorage(page, typical, 300, null, 'o-here');
  await page.reload();
  await page.getByText(/300 offers/).first().waitFor();
  const before = await snapshot(page);
  await page.getByLabel('Import offers from a file').setInputFiles(path);
  const alert = page.getByRole('alert').filter({ hasText: /need .* of this browser's storage, but only .* is free/ });
  await alert.waitFor({ timeout: 120_000 });
  assert.match(await alert.innerText(), /Nothing was imported and nothing here changed/);
  assert.deepEqual(await snapshot(page), before, 'storage is exactly as it was');
  assert.deepEqual(page.errors, []);
});
