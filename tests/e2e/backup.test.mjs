// A backup of everything: Export all offers with as many typical offers as the storage quota
// holds, then Import of that file into an empty browser brings every one back, with its
// progress shown; into a browser without room for it, it says so and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyOf, fillStorage, openPage, storageSnapshot } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';

launchAndServe('/');

const ROOT = resolve(import.meta.dirname, '../..');
const QUOTA_UNITS = 5_242_880; // Chromium's localStorage quota, in UTF-16 code units

/** The export file of a browser whose storage is full of typical offers, as many as the
 * app's storage holds: its path, how many offers it holds, and the units one takes as the
 * app stores it. Made once, by the app's own Export all offers. */
let backup = null;

async function fullBackup() {
  if (backup) return backup;
  const typical = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  // What one typical offer takes as the app stores it: imported alone into a scratch page.
  const scratch = await openPage(browser, server.url);
  await scratch.getByText('No offers yet', { exact: false }).first().waitFor();
  const one = { format: 'golive-export', version: 3, clock: { anchor_wall: 0, anchor_sim: 0, speed: 'RealTime', paused: false }, exported_offers: [copyOf(typical, 9999)] };
  await scratch.getByLabel('Import offers from a file').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
  await scratch.getByText('Imported 1 offer.').waitFor();
  const perOffer = await scratch.evaluate(() => {
    const key = 'golive:offer:o-bench-9999';
    return key.length + localStorage.getItem(key).length;
  });
  await scratch.context().close();
  // As many as the app's storage holds beside its clock and the list of offers (whose
  // entries take about as much as their quoted identity), with a little room to spare for
  // copies whose names are a few characters longer.
  const count = Math.floor((QUOTA_UNITS - 1_000) / (perOffer + 20));
  const page = await openPage(browser, server.url);
  const { stored } = await fillStorage(page, typical, count);
  assert.equal(stored, count, 'the copies fit as the benchmark packs them too');
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
  backup = { path, count: stored, bytes: (await readFile(path)).length, perOffer };
  await page.context().close();
  return backup;
}

test('an export of a full quota of typical offers imports back whole into an empty browser, with progress shown', async () => {
  const { path, count, bytes, perOffer } = await fullBackup();
  const page = await openPage(browser, server.url);
  await page.getByText('No offers yet', { exact: false }).first().waitFor();
  // Every progress line shown, and the longest task while the import runs (for the log:
  // the work goes in slices).
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask' });
    window.progressLines = [];
    new MutationObserver(() => {
      const line = document.querySelector('.import-progress');
      const bar = line?.querySelector('progress');
      if (line) window.progressLines.push(`${line.innerText.trim()} [${bar?.getAttribute('value')}/${bar?.getAttribute('max')}]`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByLabel('Import offers from a file').setInputFiles(path);
  await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`Imported ${count.toLocaleString('en-US')} offers\\.`) })
    .waitFor({ state: 'attached', timeout: 180_000 });
  assert.equal(await page.getByRole('progressbar').count(), 0, 'the progress bar goes once done');
  const lines = await page.evaluate(() => window.progressLines);
  for (const stage of [/^Checking the offers in the file: [\d,]+ of [\d,]+/, /^Measuring the room they need: [\d,]+ of [\d,]+/, /^Saving the offers: [\d,]+ of [\d,]+/]) {
    assert.ok(lines.some((line) => stage.test(line)), `${stage} was shown: ${lines.slice(0, 5).join(' | ')}`);
  }
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('golive:offer:')).length);
  assert.equal(keys, count, 'every offer of the file is stored');
  await page.reload();
  await page.getByText(new RegExp(`${count.toLocaleString('en-US')} offers`)).first().waitFor({ timeout: 60_000 });
  const longest = await page.evaluate(() => window.longest ?? 0);
  console.log(`# backup: ${count} offers of ${perOffer} units each as stored, a ${(bytes / 1048576).toFixed(1)} MB file; longest task during import ${longest.toFixed(0)} ms`);
  assert.deepEqual(page.errors, []);
});

test('an import that would not fit says how much room it needs, before writing anything', async () => {
  const { path } = await fullBackup();
  const typical = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/typical-offer.json'), 'utf8'));
  const page = await openPage(browser, server.url);
  await fillStorage(page, typical, 300, null, 'o-here');
  await page.reload();
  await page.getByText(/300 offers/).first().waitFor();
  const before = await storageSnapshot(page);
  await page.getByLabel('Import offers from a file').setInputFiles(path);
  const alert = page.getByRole('alert').filter({ hasText: /need .* of this browser's storage, but only .* is free/ });
  await alert.waitFor({ timeout: 120_000 });
  assert.match(await alert.innerText(), /Nothing was imported and nothing here changed/);
  assert.deepEqual(await storageSnapshot(page), before, 'storage is exactly as it was');
  assert.deepEqual(page.errors, []);
});
