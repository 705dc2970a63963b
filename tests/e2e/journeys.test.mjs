// The whole journey on the release build, found by role and accessible name: an empty
// offer refused, a complete one taken to Live, a certification failure fixed, cancel at
// sign-off, staging refused, a reload mid-step, and five states side by side.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { createCompleteOffer, publish, currentStep, skipUntil, goLive, press, skip, BAD_SAS, SAS } from './journey.mjs';

launchAndServe('/');
let page;
beforeEach(async () => {
  page = await openPage(browser, server.url);
});
afterEach(async () => {
  await page.context().close();
});

test('an empty offer: Publish warns beside each required field and starts nothing', async () => {
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const offerId = page.getByRole('textbox', { name: 'Offer ID' });
  assert.equal(await offerId.getAttribute('aria-invalid'), 'true');
  const describedBy = (await offerId.getAttribute('aria-describedby')).split(' ');
  const messages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
  assert.ok(messages.some((m) => /required/i.test(m)), `a message beside Offer ID: ${messages}`);
  assert.equal(await offerId.evaluate((el) => el === document.activeElement), true, 'focus on the first problem');
  const invalid = await page.locator('[aria-invalid="true"]').count();
  assert.ok(invalid >= 3, `several fields marked, got ${invalid}`);
  assert.equal(await page.getByRole('dialog').count(), 0, 'no email dialog');
  await page.getByRole('tab', { name: 'Status' }).click();
  // Status says what to do next: fill in what Publish found, then press Publish.
  await page.getByText(/Publish would find \d+ problems in the form/).waitFor();
  await screenshot(page, 'editor-empty-publish');
  assert.deepEqual(page.errors, []);
});

test('a complete offer goes to Live through every step, with preview-ready and live emails', async () => {
  await createCompleteOffer(page);
  await publish(page);
  assert.equal(await currentStep(page), 'Validate Pre-Requisites');
  await skipUntil(page, 'Publisher Signoff');
  // Every step before sign-off is complete, in order.
  for (const name of ['Validate Pre-Requisites', 'Certification', 'Provisioning', 'Packaging and Lead Generation Registration', 'Offer Available in Preview']) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) }).first();
    assert.match(await item.innerText(), /Complete/i, `${name} complete`);
  }
  await screenshot(page, 'status-signoff');
  await goLive(page);
  await page.getByRole('tab', { name: 'All offers' }).click();
  assert.match(await page.getByRole('row', { name: /Contoso Web Server/ }).innerText(), /Live/);

  await page.getByRole('button', { name: /^Inbox/ }).click();
  const inbox = page.getByRole('dialog', { name: 'Inbox' });
  // The emails are a part of their own, downloaded when the Inbox first opens.
  await inbox.locator('ul.emails').waitFor();
  const text = await inbox.innerText();
  assert.match(text, /Contoso Web Server is ready to preview/, 'a preview-ready email');
  assert.match(text, /Contoso Web Server is live/, 'a live email');
  await screenshot(page, 'inbox');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script from the description ran');
  assert.deepEqual(page.errors, []);
});

test('a bad SAS URI fails Certification with its reason; after the fix Publish restarts at step 1', async () => {
  await createCompleteOffer(page, { osVhdUrl: BAD_SAS('contoso-os.vhd') });
  await publish(page);
  await skipUntil(page, 'Certification');
  await skip(page);
  await page.getByRole('button', { name: 'Open a support request' }).waitFor();
  const failure = await page.locator('main').innerText();
  assert.match(failure, /needs to read and list \(sp=rl\)/, 'the reason names the missing list permission');
  assert.match(failure, /Read and List permissions/, 'and says what to do');
  await screenshot(page, 'status-certification-failed');

  await page.getByRole('button', { name: /^Fix .* in the Editor/ }).first().click();
  const vhd = page.locator('[id="field-skus[0].disk_versions[0].os_vhd_url"]');
  await vhd.waitFor();
  assert.equal(await vhd.evaluate((el) => el === document.activeElement), true, 'the fix link focuses the field');
  await vhd.fill(SAS('contoso-os.vhd'));
  await publish(page);
  assert.equal(await currentStep(page), 'Validate Pre-Requisites', 'the new run starts at step 1');
  assert.deepEqual(page.errors, []);
});

test('Cancel publishing is refused before Publisher Signoff and, confirmed, returns the offer to step 1 there', async () => {
  await createCompleteOffer(page);
  await publish(page);
  await skipUntil(page, 'Certification');
  const cancel = page.getByRole('button', { name: 'Cancel publishing' });
  assert.equal(await cancel.getAttribute('aria-disabled'), 'true');
  await press(cancel);
  await page.getByText(/only possible at Publisher Signoff/i).first().waitFor();
  assert.equal(await currentStep(page), 'Certification', 'nothing changed');

  await skipUntil(page, 'Publisher Signoff');
  assert.notEqual(await cancel.getAttribute('aria-disabled'), 'true');
  await cancel.click();
  // It asks first (tests/e2e/flow.test.mjs looks at the dialog in detail).
  await page.getByRole('dialog', { name: 'Cancel publishing?' }).getByRole('button', { name: 'Yes, cancel publishing' }).click();
  assert.equal(await currentStep(page), 'Validate Pre-Requisites');
  await page.getByRole('tab', { name: 'All offers' }).click();
  assert.match(await page.getByRole('row', { name: /Contoso Web Server/ }).innerText(), /Canceled/);
  assert.deepEqual(page.errors, []);
});

test('Deploy to staging with a subscription not on the allow-list is refused', async () => {
  await createCompleteOffer(page);
  await publish(page);
  await skipUntil(page, 'Publisher Signoff');
  await page.getByRole('textbox', { name: 'Subscription ID', exact: true }).fill('00000000-0000-4000-8000-000000000000');
  await page.getByRole('button', { name: 'Deploy to staging' }).click();
  await page.getByText("This subscription is not on the offer's preview list").waitFor();
  assert.deepEqual(page.errors, []);
});

test('a reload during Certification keeps the step and its remaining simulated time', async () => {
  await createCompleteOffer(page);
  await publish(page);
  await skipUntil(page, 'Certification');
  await page.getByRole('button', { name: 'Pause' }).click();
  const timing = async () => (await page.locator('[aria-current="step"] .timing').innerText()).trim();
  const before = await timing();
  assert.match(before, /left/i);
  await page.reload();
  assert.equal(await currentStep(page), 'Certification');
  assert.equal(await timing(), before, 'the same remaining time after the reload');
  await page.getByRole('button', { name: 'Resume' }).click();
  assert.deepEqual(page.errors, []);
});

test('the All offers status column is right for five offers in five states at once', async () => {
  // Live
  await createCompleteOffer(page, { name: 'Offer Live' });
  await publish(page);
  await skipUntil(page, 'Publisher Signoff');
  await goLive(page);
  // Waiting for sign-off
  await createCompleteOffer(page, { name: 'Offer Signoff' });
  await publish(page);
  await skipUntil(page, 'Publisher Signoff');
  // Attention needed (certification failed)
  await createCompleteOffer(page, { name: 'Offer Failed', osVhdUrl: BAD_SAS('os.vhd') });
  await publish(page);
  await skipUntil(page, 'Certification');
  await skip(page);
  await page.getByRole('button', { name: 'Open a support request' }).waitFor();
  // In progress (Provisioning)
  await createCompleteOffer(page, { name: 'Offer Running' });
  await publish(page);
  await skipUntil(page, 'Provisioning');
  await page.getByRole('button', { name: 'Pause' }).click();
  // Draft
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'New offer' }).click();

  await page.getByRole('tab', { name: 'All offers' }).click();
  const status = async (name) => {
    const row = page.getByRole('row', { name: new RegExp(name) });
    return (await row.getByRole('button', { name: /^Status of/ }).innerText()).trim();
  };
  assert.equal(await status('Offer Live'), 'Live');
  assert.equal(await status('Offer Signoff'), 'Waiting for sign-off');
  assert.match(await status('Offer Failed'), /^Attention needed: Certification/);
  assert.match(await status('Offer Running'), /^In progress: Provisioning/);
  assert.equal(await status('Untitled offer'), 'Draft');
  await screenshot(page, 'all-offers-five-states');

  // Clicking a status opens that offer's Status tab.
  await page.getByRole('row', { name: /Offer Signoff/ }).getByRole('button', { name: /^Status of/ }).click();
  assert.equal(await currentStep(page), 'Publisher Signoff');
  assert.deepEqual(page.errors, []);
});

test('a trainer plans a Provisioning failure; the run stops there with that reason', async () => {
  await createCompleteOffer(page);
  await publish(page);
  await page.getByText('Trainer: plan a failure').click();
  await page.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Provisioning' });
  await page.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Copying the image to one of the Azure regions failed.' });
  await page.getByRole('button', { name: 'Plan failure' }).click();
  await page.getByText(/^Planned: Provisioning will fail/).waitFor();
  await skipUntil(page, 'Provisioning');
  await skip(page);
  await page.getByRole('button', { name: 'Open a support request' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Copying the image to one of the Azure regions failed\./);
  await page.getByRole('tab', { name: 'All offers' }).click();
  assert.match(await page.getByRole('row', { name: /Contoso Web Server/ }).innerText(), /Attention needed: Provisioning/);
  assert.deepEqual(page.errors, []);
});
