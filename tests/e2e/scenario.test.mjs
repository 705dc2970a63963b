// Scenario links and files on the release build: a link made with Share as scenario in one
// browser context adds the same offer, with the same planned failure, in a fresh one; the
// file does the same with its image copies; five kinds of bad link are each explained and
// change nothing; Don't add changes nothing; axe and the keyboard on both dialogs;
// screenshots at 1280 and 360 px, light and dark, English and French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync, crc32 } from 'node:zlib';
import { ARTIFACTS, storedOffers, waitForStoredOffers, storageSnapshot } from './support.mjs';
import { auditContext, chooseLocale, violations } from './a11y.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';

let link; // the scenario link made in the first context
let sharedDraft; // the draft it was made from, as stored there
let scenarioFile; // the downloaded scenario file's path

launchAndServe('/', async () => {
  const page = await fresh();
  await page.goto(server.url);
  // The sample offer (logos and a screenshot kept as image copies), a planned failure and
  // a speed of the trainer's choosing.
  await page.getByRole('button', { name: 'Start with a sample offer' }).last().click();
  await page.getByRole('tab', { name: 'Editor', selected: true }).waitFor();
  await page.getByRole('combobox', { name: 'Simulation speed' }).selectOption({ label: '1 hour per minute' });
  await page.getByRole('tab', { name: 'Status' }).click();
  await page.getByText('Trainer: plan a failure').click();
  await page.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Provisioning' });
  await page.getByRole('button', { name: 'Plan failure' }).click();
  await page.getByText(/^Planned: Provisioning will fail/).waitFor();
  const offers = await waitForStoredOffers(page, (all) => Object.values(all).some((o) => o.fault));
  sharedDraft = Object.values(offers)[0].draft;

  await page.getByRole('button', { name: 'Share as scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share as scenario' });
  await dialog.waitFor();
  link = await dialog.getByRole('textbox', { name: 'Scenario link' }).inputValue();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download scenario file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.golive-scenario\.json$/);
  // Kept outside the context, which deletes its downloads when it closes.
  scenarioFile = join(await mkdtemp(join(tmpdir(), 'golive-scenario-')), download.suggestedFilename());
  await download.saveAs(scenarioFile);
  await page.context().close();
});

/** A fresh browser context (nothing stored), axe-ready, page errors collected. */
async function fresh() {
  const context = await auditContext(browser);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  return page;
}

/** What the viewport shows (a modal dialog sits in the viewport, not at the page's end). */
async function shot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** `value` with every image copy (`png`) taken out. */
function withoutCopies(value) {
  return JSON.parse(JSON.stringify(value, (key, item) => (key === 'png' ? undefined : item)));
}

/** A link holding `json` in a valid frame (length, deflate, CRC-32, base64url), as the app
 * makes them: how a foreign or unacceptable document passes the checksum. */
function framed(json) {
  const deflated = deflateRawSync(Buffer.from(json));
  const body = Buffer.concat([Buffer.from([deflated.length >> 8, deflated.length & 0xff]), deflated]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return `${server.url}#scenario=1.${Buffer.concat([body, crc]).toString('base64url')}`;
}

/** The scenario's JSON document, read from the link itself, with `change` applied. */
function documentOf(change) {
  const data = Buffer.from(link.split('#scenario=1.')[1], 'base64url');
  const doc = JSON.parse(
    // Bytes 0-1: length; last 4: checksum.
    inflateRawSync(data.subarray(2, data.length - 4)).toString('utf8'),
  );
  change(doc);
  return JSON.stringify(doc);
}

test('a link made in one context adds the same offer with the same failure in a fresh one', async () => {
  assert.ok(link.includes('#scenario=1.'), link);
  assert.ok(link.length <= 8000, `${link.length}`);
  const page = await fresh();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Add this scenario?' });
  await dialog.waitFor();
  const text = await dialog.innerText();
  assert.match(text, /Provisioning: /);
  assert.match(text, /1 hour per minute/);
  assert.match(text, /A link carries no image copies/);
  assert.deepEqual(await violations(page, 'open dialog'), []);
  await dialog.getByRole('button', { name: 'Add as a new offer' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  assert.equal(new URL(page.url()).hash, '');
  const offers = await waitForStoredOffers(page, (all) => Object.keys(all).length === 1);
  const added = Object.values(offers)[0];
  assert.deepEqual(withoutCopies(added.draft), withoutCopies(sharedDraft));
  assert.equal(added.fault.step, 'Provisioning');
  assert.equal(added.fault.reason, 'ReplicationFailed');
  // The scenario's speed was left checked: the visitor's clock runs at it now.
  assert.equal(await page.getByRole('combobox', { name: 'Simulation speed' }).inputValue(), 'hour-per-minute');
  // A reload does not ask again.
  await page.reload();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the scenario file adds the offer with its image copies; unchecked speed is not applied', async () => {
  const file = JSON.parse(await readFile(scenarioFile, 'utf8'));
  assert.equal(file.format, 'golive-scenario');
  assert.equal(file.version, 1);
  const page = await fresh();
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'All offers', selected: true }).waitFor();
  const before = await page.getByRole('combobox', { name: 'Simulation speed' }).inputValue();
  await page.getByLabel('Open a scenario file').setInputFiles(scenarioFile);
  const dialog = page.getByRole('dialog', { name: 'Add this scenario?' });
  await dialog.waitFor();
  assert.doesNotMatch(await dialog.innerText(), /A link carries no image copies/);
  await dialog.getByRole('checkbox', { name: /Use this scenario's speed/ }).uncheck();
  await dialog.getByRole('button', { name: 'Add as a new offer' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  const offers = await waitForStoredOffers(page, (all) => Object.keys(all).length === 1);
  const added = Object.values(offers)[0];
  assert.deepEqual(added.draft, sharedDraft, 'the file keeps the image copies');
  assert.equal(added.fault.step, 'Provisioning');
  assert.equal(await page.getByRole('combobox', { name: 'Simulation speed' }).inputValue(), before);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('five kinds of bad link are each explained and leave storage as it was', async () => {
  const page = await fresh();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Mine');
  await waitForStoredOffers(page, (all) => Object.values(all).some((o) => o.draft.settings.name === 'Mine'));
  const data = link.split('#scenario=1.')[1];
  const middle = Math.floor(data.length / 2);
  const changed = data.slice(0, middle) + (data[middle] === 'A' ? 'B' : 'A') + data.slice(middle + 1);
  const bad = [
    ['tampered', `${server.url}#scenario=1.${changed}`, /was changed after it was made/],
    ['truncated', link.slice(0, link.length - 25), /was cut short/],
    ['too long', `${server.url}#scenario=1.${'A'.repeat(8_100)}`, /The link is too long/],
    ['foreign', framed('{"app":"another","level":3}'), /not a golive scenario/],
    ['newer', `${server.url}#scenario=2.${data}`, /newer version of golive/],
    ['invalid', framed(documentOf((doc) => (doc.speed = 'Warp'))), /simulation speed cannot be read/],
    ['invalid', framed(documentOf((doc) => (doc.fault = { step: 'ValidatePrerequisites', reason: 'ReplicationFailed' }))), /cannot happen at Validate Pre-Requisites/],
  ];
  for (const [kind, url, message] of bad) {
    const before = await storageSnapshot(page);
    await page.goto(url);
    const alert = page.getByRole('alertdialog', { name: 'This scenario cannot be opened' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, message, kind);
    assert.match(text, /Nothing was added or changed\./, kind);
    if (kind === 'tampered') {
      assert.deepEqual(await violations(page, 'refused link'), []);
      await shot(page, 'scenario-refused-1280-light-en');
    }
    await alert.getByRole('button', { name: 'Close' }).click();
    await alert.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).hash, '', kind);
    assert.deepEqual(await storageSnapshot(page), before, kind);
  }
  assert.equal(Object.keys(await storedOffers(page)).length, 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Don't add and Escape change nothing, and the link is not asked again", async () => {
  const page = await fresh();
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'All offers', selected: true }).waitFor();
  const before = await storageSnapshot(page);
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Add this scenario?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: "Don't add" }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(await storageSnapshot(page), before);
  // Escape is Don't add, and focus stays inside the dialog on Tab meanwhile.
  await page.goto(link);
  await dialog.waitFor();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog[open]')), `Tab ${i}`);
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(await storageSnapshot(page), before);
  await page.reload();
  await page.getByRole('tab', { name: 'All offers', selected: true }).waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Share as scenario by keyboard: axe, focus kept inside, Copy link, Escape; screenshots', async () => {
  const page = await fresh();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(link);
  await page.getByRole('dialog', { name: 'Add this scenario?' }).getByRole('button', { name: 'Add as a new offer' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  const share = page.getByRole('button', { name: 'Share as scenario' });
  await share.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share as scenario' });
  await dialog.waitFor();
  assert.deepEqual(await violations(page, 'share dialog'), []);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog[open]')), `Tab ${i}`);
  }
  const made = await dialog.getByRole('textbox', { name: 'Scenario link' }).inputValue();
  assert.match(await dialog.innerText(), new RegExp(`Length: ${made.length.toLocaleString('en')} characters`));
  await dialog.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByText('Link copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), made);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await share.evaluate((button) => button === document.activeElement), 'focus back on the button');

  // Screenshots of both dialogs: 1280 and 360 px, light and dark, English and French.
  for (const locale of ['en', 'fr']) {
    await chooseLocale(page, locale);
    const shareName = locale === 'en' ? 'Share as scenario' : 'Partager comme scénario';
    for (const [width, height] of [[1280, 900], [360, 780]]) {
      await page.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByRole('button', { name: shareName }).click();
        await page.getByRole('dialog', { name: shareName }).waitFor();
        await shot(page, `scenario-share-${width}-${scheme}-${locale}`);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: shareName }).waitFor({ state: 'hidden' });
        await page.goto(`${page.url().split('#')[0]}#${made.split('#')[1]}`);
        const open = page.locator('dialog[open]');
        await open.waitFor();
        await shot(page, `scenario-open-${width}-${scheme}-${locale}`);
        await page.keyboard.press('Escape');
        await open.waitFor({ state: 'hidden' });
      }
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
