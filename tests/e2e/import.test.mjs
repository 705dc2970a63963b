// Export and import on the release build: every kind of bad file is explained and changes
// nothing in localStorage; a good export comes back with Replace, Keep both, or a choice
// per offer, through an accessible dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, screenshot, storedOffers, waitForStoredOffers, storageSnapshot } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';

launchAndServe('/');

/** A page with two named offers, on All offers. */
async function twoOffers() {
  const page = await openPage(browser, server.url);
  for (const name of ['Contoso VM', 'Fabrikam VM']) {
    await page.getByRole('button', { name: 'New offer' }).click();
    const field = page.getByRole('textbox', { name: 'Name' });
    await field.waitFor();
    await field.fill(name);
    await page.getByRole('tab', { name: 'All offers' }).click();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
  }
  // The debounced writes have landed.
  await waitForStoredOffers(page, (offers) => {
    const all = Object.values(offers);
    return all.length === 2 && all.every((offer) => !offer.draft.settings.name.includes('Untitled'));
  });
  return page;
}

/** Clicks Export all offers and returns the downloaded file's text. */
async function exportAll(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all offers' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'golive-offers.json');
  return readFile(await download.path(), 'utf8');
}

const importInput = (page) => page.getByLabel('Import offers from a file');

/** Imports `text`, or the file at `{ path }` (for files too large to pass as a buffer). */
async function importText(page, text, name = 'offers.json') {
  if (typeof text === 'object') return importInput(page).setInputFiles(text.path);
  await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A file one byte over the import's limit (128 MiB), on disk. */
async function tooLargeFile() {
  const path = join(tmpdir(), 'golive-too-large.json');
  await writeFile(path, Buffer.alloc(128 * 1024 * 1024 + 1, 0x20));
  return { path };
}

test('each kind of bad file says what is wrong and changes nothing', async () => {
  const page = await twoOffers();
  const good = JSON.parse(await exportAll(page));
  assert.equal(good.format, 'golive-export');
  assert.equal(good.version, 3);
  assert.equal(good.exported_offers.length, 2);

  const invalidOffer = structuredClone(good);
  invalidOffer.exported_offers[1].draft = 'not a form';
  const duplicate = structuredClone(good);
  duplicate.exported_offers[1] = duplicate.exported_offers[0];
  const cases = [
    ['not JSON', 'this is { not json', /not valid JSON/],
    ['wrong format version', JSON.stringify({ ...good, version: 99 }), /format version 99.*reads version 3/],
    ['not an export', JSON.stringify({ hello: 'world' }), /not a golive export/],
    ['invalid offer', JSON.stringify(invalidOffer), /Offer 2 in the file cannot be used/],
    ['too large', await tooLargeFile(), /too large \(128\.0 MB; at most 128\.0 MB\)/],
    ['duplicate identities', JSON.stringify(duplicate), /same identity \(o-/],
  ];
  const before = await storageSnapshot(page);
  for (const [kind, text, message] of cases) {
    await importText(page, text);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: message }).waitFor({ timeout: 5000 }).catch(() => {});
    const shown = await alert.innerText();
    assert.match(shown, message, `${kind}: ${shown}`);
    assert.match(shown, /Nothing was imported/, kind);
    assert.deepEqual(await storageSnapshot(page), before, `${kind}: localStorage unchanged`);
    assert.equal(await page.getByRole('row').count(), 3, `${kind}: still two offers`);
  }
  await screenshot(page, 'import-bad-file');
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.context().close();
});

test('an export comes back with Replace, Keep both, or a choice per offer', async () => {
  const page = await twoOffers();
  const file = await exportAll(page);

  // Rename Contoso here, so that Replace visibly brings the exported name back.
  await page.getByRole('button', { name: 'Contoso VM', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Contoso renamed');
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('row', { name: /Contoso renamed/ }).waitFor();
  const beforeEscape = await waitForStoredOffers(page, (offers) =>
    Object.values(offers).some((offer) => offer.draft.settings.name === 'Contoso renamed'),
  );
  assert.ok(beforeEscape);

  // The dialog: named, modal, focus inside; Escape imports nothing and returns focus.
  const before = await storageSnapshot(page);
  await importText(page, file);
  const dialog = page.getByRole('dialog', { name: 'Offers that already exist' });
  await dialog.waitFor();
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  assert.equal(await dialog.getByRole('group').count(), 2, 'one choice per conflicting offer');
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is in the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // The dialog's close event, which moves focus back, comes a task after it hides.
  await assert.doesNotReject(
    page.waitForFunction(() => document.activeElement?.id === 'import-file', null, { timeout: 5000 }),
    'focus returns to the file input',
  );
  assert.deepEqual(await storageSnapshot(page), before, 'Escape changes nothing');

  // Replace all: the exported versions come back, no offer is added.
  await importText(page, file);
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Replace all' }).click();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('status').filter({ hasText: 'Imported 2 offers.' }).waitFor();
  await page.getByRole('row', { name: /Contoso VM/ }).waitFor();
  assert.equal(await page.getByRole('row', { name: /Contoso renamed/ }).count(), 0);
  assert.equal(await page.getByRole('row').count(), 3, 'still two offers');
  const replaced = await storageSnapshot(page);
  assert.equal(JSON.parse(replaced['golive:index']).data.length, 2);
  const names = Object.values(await storedOffers(page)).map((offer) => offer.draft.settings.name);
  assert.ok(
    names.includes('Contoso VM') && !names.includes('Contoso renamed'),
    'storage holds the imported version',
  );

  // Keep both for all: two more offers, under new identities.
  await importText(page, file);
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Keep both for all' }).click();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.querySelectorAll('table.offers tbody tr').length === 4);
  const kept = await storageSnapshot(page);
  assert.equal(JSON.parse(kept['golive:index']).data.length, 4);
  assert.equal(Object.keys(kept).filter((k) => k.startsWith('golive:offer:')).length, 4);

  // A choice per offer: Replace for the first conflict, Keep both for the second.
  await importText(page, file);
  await dialog.waitFor();
  const groups = dialog.getByRole('group');
  await groups.nth(0).getByRole('radio', { name: 'Replace' }).check();
  await groups.nth(1).getByRole('radio', { name: 'Keep both' }).check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.querySelectorAll('table.offers tbody tr').length === 5);
  const mixed = await storageSnapshot(page);
  assert.equal(JSON.parse(mixed['golive:index']).data.length, 5);
  await screenshot(page, 'import-round-trip');
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.context().close();
});

test('Export on a row saves that offer alone', async () => {
  const page = await twoOffers();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Fabrikam VM' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.exported_offers.length, 1);
  assert.equal(file.exported_offers[0].draft.settings.name, 'Fabrikam VM');
  await page.context().close();
});
