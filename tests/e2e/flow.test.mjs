// The publishing flow's honesty, on the release build, by role and accessible name: the
// image checks Certification runs (a SAS URI off Azure Storage fails one, named), a skipped
// step that keeps its planned duration, Cancel publishing that asks first and sends its email,
// Publish offering the last address again, and a trainer's lead failure that names the
// offer's own CRM field and leads to it.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, firstStoredOffer } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { createCompleteOffer, publish, currentStep, skipUntil, skip, SAS } from './journey.mjs';

launchAndServe('/');
let page;
beforeEach(async () => {
  page = await openPage(browser, server.url);
});
afterEach(async () => {
  await page.context().close();
});

/** The Status tab's list item of a step, by its official name. */
const stepItem = (name) =>
  page.getByRole('list', { name: 'Publishing steps' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

/** Milliseconds in a duration as the app writes it ("3 days, 4 hours", "5 hours, 2 minutes"). */
function parseDuration(text) {
  const units = { day: 86_400_000, hour: 3_600_000, minute: 60_000 };
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)\s+(day|hour|minute)s?/g)) ms += Number(n) * units[unit];
  return ms;
}

test('a SAS URI on a non-Azure host fails Certification, with that check named among the checks it runs', async () => {
  const offHost = SAS('contoso-os.vhd').replace('contosostorage.blob.core.windows.net', 'example.com');
  await createCompleteOffer(page, { osVhdUrl: offHost });
  await publish(page);
  await skipUntil(page, 'Certification');
  // While the step runs, the list says what is checked, each check not run yet or done.
  const checks = page.getByRole('region', { name: 'Image checks' });
  const osDisk = checks.getByRole('list', { name: 'OS disk' });
  for (const name of ['A SAS URI', 'On Azure Storage', 'Read and list permissions (sp=rl)', 'Container SAS (sr=c)',
    'Start and expiry times', 'Valid for at least 21 days after submission', 'VHD name: no spaces, ends in .vhd',
    'OS disk size for Linux: 30 to 1023 GB']) {
    assert.equal(await osDisk.getByRole('listitem').filter({ hasText: name }).count(), 1, `${name} is listed`);
  }
  assert.match(await checks.innerText(), /checks? done so far/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await screenshot(page, 'status-checks-running');
  await page.getByRole('button', { name: 'Resume' }).click();

  await skip(page);
  await page.getByRole('button', { name: 'Open a support request' }).waitFor();
  const host = osDisk.getByRole('listitem').filter({ hasText: 'On Azure Storage' });
  const row = await host.innerText();
  assert.match(row, /Failed/, 'the host check failed');
  assert.match(row, /The VHD is on example\.com, which is not an Azure Storage blob address/);
  const read = await osDisk.getByRole('listitem').filter({ hasText: 'Read and list permissions' }).innerText();
  assert.match(read, /Passed/, 'the other checks passed');
  assert.match(await checks.innerText(), /1 of 8 checks failed/);
  const failure = await page.locator('section.failure').innerText();
  assert.match(failure, /example\.com/, 'the error names the host');
  assert.match(failure, /Upload the VHD to an Azure Storage account/, 'and says what to do');
  await screenshot(page, 'status-checks-failed');
  assert.deepEqual(page.errors, []);
});

test('a skipped Certification shows the duration it was planned to take, never a shorter one', async () => {
  await createCompleteOffer(page);
  await publish(page);
  await skipUntil(page, 'Certification');
  const before = (await firstStoredOffer(page)).run.steps[1];
  const planned = before.due - before.started;
  await skip(page);
  await stepItem('Certification').filter({ hasText: 'skipped' }).waitFor();
  const timing = (await stepItem('Certification').locator('.timing').innerText()).trim();
  assert.match(timing, /^Planned .+ · skipped$/, timing);
  const shown = parseDuration(timing);
  assert.ok(shown <= planned && planned - shown < 3_600_000, `shows ${timing} for ${planned} ms planned`);
  const after = (await firstStoredOffer(page)).run.steps[1];
  assert.equal(after.skipped, true);
  assert.ok(after.ended - after.started < shown, 'it ended earlier than it shows, as skipped');
  assert.doesNotMatch(await stepItem('Certification').innerText(), /Took/);
  const history = await page.getByRole('region', { name: 'History' }).first().innerText();
  assert.match(history, /skipped to the end of Certification, which was planned to take \d+ (day|hour)s?\b/);
  await screenshot(page, 'status-skipped');
  assert.deepEqual(page.errors, []);
});

test('Cancel publishing asks first: dismissing changes nothing, confirming goes back to step 1 with no step Complete and an email', async () => {
  await createCompleteOffer(page);
  await publish(page, 'dana@contoso.com');
  await skipUntil(page, 'Publisher Signoff');
  const cancel = page.getByRole('button', { name: 'Cancel publishing' });
  await cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel publishing?' });
  await dialog.waitFor();
  const said = await dialog.innerText();
  assert.match(said, /run 1 stops at Publisher Signoff/);
  assert.match(said, /goes back to step 1/);
  assert.match(said, /nothing goes live/);
  assert.match(said, /Publish in the Editor starts a new run from step 1/);
  const keep = dialog.getByRole('button', { name: 'Keep publishing' });
  assert.equal(await keep.evaluate((el) => el === document.activeElement), true, 'focus on the safe choice');
  await screenshot(page, 'cancel-dialog');
  await keep.click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await currentStep(page), 'Publisher Signoff', 'nothing changed');
  assert.equal(await cancel.evaluate((el) => el === document.activeElement), true, 'focus back on the button');
  // Escape dismisses it too.
  await cancel.click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await currentStep(page), 'Publisher Signoff', 'still nothing changed');

  await cancel.click();
  await dialog.getByRole('button', { name: 'Yes, cancel publishing' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await currentStep(page), 'Validate Pre-Requisites');
  const steps = page.getByRole('list', { name: 'Publishing steps' }).getByRole('listitem');
  assert.equal(await steps.count(), 7);
  for (const text of await steps.allInnerTexts()) assert.doesNotMatch(text, /Complete/, text);
  assert.match(await page.getByRole('region', { name: 'History' }).first().innerText(), /Certification complete/, 'History keeps what happened');
  await screenshot(page, 'status-after-cancel');

  await page.getByRole('button', { name: /^Inbox/ }).click();
  const inbox = page.getByRole('dialog', { name: 'Inbox' });
  await inbox.getByText('Contoso Web Server: publishing canceled').waitFor();
  await page.keyboard.press('Escape');

  // Publish again: the dialog says which emails will come and offers the last address.
  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Where should the publishing emails go?' });
  await ask.waitFor();
  const email = ask.getByRole('textbox', { name: 'Notification email' });
  assert.equal(await email.inputValue(), 'dana@contoso.com');
  const listed = await ask.innerText();
  for (const when of [/certification rejects the image/, /any later step fails/, /ready to preview/, /the offer is live/, /publishing is canceled/]) {
    assert.match(listed, when);
  }
  await screenshot(page, 'email-dialog-prefilled');
  await ask.getByRole('button', { name: 'Submit' }).click();
  assert.equal(await currentStep(page), 'Validate Pre-Requisites');
  assert.deepEqual(page.errors, []);
});

test('a trainer lead failure for a Salesforce offer names the organization ID, and its fix link focuses it', async () => {
  await createCompleteOffer(page);
  // Without a lead destination, no lead failure is offered.
  await page.getByRole('tab', { name: 'Status' }).click();
  await page.getByText('Trainer: plan a failure').click();
  await page.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Packaging and Lead Generation Registration' });
  const reasons = page.getByRole('combobox', { name: 'Reason' });
  assert.deepEqual(await reasons.locator('option').allInnerTexts(), ['The marketing content could not be combined into the product page.']);

  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.getByRole('tab', { name: /^Lead destination/ }).click();
  await page.getByRole('combobox', { name: 'Lead destination' }).selectOption({ label: 'Salesforce' });
  await page.getByRole('textbox', { name: 'Organization ID' }).fill('00D000000000001');
  await publish(page);
  await page.getByText('Trainer: plan a failure').click();
  await page.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Packaging and Lead Generation Registration' });
  const offered = await reasons.locator('option').allInnerTexts();
  assert.equal(offered.length, 2, offered.join(' | '));
  assert.match(offered[0], /^Salesforce refused the test lead: it does not accept the organization ID given\.$/);
  await reasons.selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Plan failure' }).click();
  await page.getByText(/^Planned: Packaging and Lead Generation Registration will fail/).waitFor();
  await skipUntil(page, 'Packaging and Lead Generation Registration');
  await skip(page);
  await page.getByRole('button', { name: 'Open a support request' }).waitFor();
  const failure = await page.locator('section.failure').innerText();
  assert.match(failure, /Lead destination › Organization ID: Salesforce refused the test lead/);
  assert.doesNotMatch(failure, /Marketplace ›/);
  await screenshot(page, 'status-lead-failure');
  // The failure's own link (What to do next at the top offers the same field).
  await page.locator('section.failure').getByRole('button', { name: 'Fix Lead destination › Organization ID in the Editor' }).click();
  const org = page.getByRole('textbox', { name: 'Organization ID' });
  await org.waitFor();
  assert.equal(await org.evaluate((el) => el.id), 'field-marketplace.lead_destination.org_id');
  assert.equal(await org.evaluate((el) => el === document.activeElement), true, 'the fix link focuses the field');
  assert.deepEqual(page.errors, []);
});

test('a file that is not a PNG picked for a logo says so, not "0 × 0 pixels"', async () => {
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.getByRole('tab', { name: /^Marketplace/ }).click();
  const small = page.locator('[id="field-marketplace.logos.small"]');
  await small.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  const meta = page.locator('[id="meta-marketplace.logos.small"]');
  await meta.getByText(/not a PNG image/).waitFor();
  assert.doesNotMatch(await meta.innerText(), /0 × 0/);
  const problem = await page.locator('[id="problem-marketplace.logos.small"]').innerText();
  assert.match(problem, /not a PNG image/);
  assert.doesNotMatch(problem, /0 × 0|pixels/);
  assert.deepEqual(page.errors, []);
});
