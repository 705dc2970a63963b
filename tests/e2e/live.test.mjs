// A live offer beside its draft (issue 14): the Editor says it edits a draft; Compare with
// live shows the old and the new value by section, each a link to its field; View live
// version is read-only; Discard draft asks first and brings back the live text; an update
// that fails leaves the offer Live in All offers and on the Status tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './support.mjs';
import { auditContext, violations } from './a11y.mjs';
import { createCompleteOffer, publish, skipUntil, goLive, skip, BAD_SAS } from './journey.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const OLD = 'A hardened Nginx web server on Ubuntu.';
const NEW = 'A faster web server, now with HTTP/3.';

test('a live offer: Compare, View live version, Discard draft, and an update that fails stays Live', async () => {
  const server = await serve('/');
  try {
    // axe is injected, so the page's CSP is bypassed here (the security tests check it).
    const context = await auditContext(browser);
    const page = await context.newPage();
    page.errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.errors.push(msg.text());
    });
    page.on('pageerror', (err) => page.errors.push(String(err)));
    await page.goto(server.url);
    await createCompleteOffer(page, { name: 'Contoso Live' });
    await publish(page);
    await skipUntil(page, 'Publisher Signoff');
    await goLive(page);

    await page.getByRole('tab', { name: 'Editor' }).click();
    const bar = page.getByRole('region', { name: 'Draft of a live offer' });
    await bar.getByText('The draft is the same as the live version.').waitFor();
    await page.getByRole('tab', { name: /^Marketplace/ }).click();
    const summary = page.locator('[id="field-marketplace.summary"]');
    await summary.fill(NEW);
    await bar.getByText('Fields changed from the live version: 1.').waitFor();

    // Compare: the old and the new Summary side by side, under Marketplace, linked.
    const compare = bar.getByRole('button', { name: 'Compare with live' });
    await compare.click();
    assert.equal(await compare.getAttribute('aria-expanded'), 'true');
    const changes = bar.getByRole('region', { name: 'Changes from the live version' });
    await changes.getByRole('heading', { name: 'Marketplace' }).waitFor();
    const change = changes.locator('li.change');
    assert.equal(await change.count(), 1);
    assert.equal((await change.locator('.live-value .value').innerText()).trim(), OLD);
    assert.equal((await change.locator('.draft-value .value').innerText()).trim(), NEW);
    await screenshot(page, 'live-compare-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'live-compare-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: /^Offer settings/ }).click();
    await change.getByRole('button', { name: /Summary/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-marketplace.summary');

    // View live version: the live text, read-only.
    await bar.getByRole('button', { name: 'View live version' }).click();
    const live = bar.getByRole('region', { name: 'Live version (read-only)' });
    await live.getByText(OLD, { exact: true }).waitFor();
    assert.equal(await live.locator('input, textarea, select').count(), 0, 'nothing to edit');
    assert.deepEqual(await violations(page, 'Compare and View live version open'), []);

    // Discard draft asks first: Escape keeps the draft.
    const discard = bar.getByRole('button', { name: 'Discard draft' });
    await discard.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Discard this draft?' });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Keep the draft' }).evaluate((b) => b === document.activeElement), true, 'the safe choice is focused');
    assert.deepEqual(await violations(page, 'Discard draft dialog'), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await summary.inputValue(), NEW, 'nothing changed');
    // Confirmed with the keyboard: the live text comes back.
    await discard.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await bar.getByText('Draft discarded: the form is the live version again.').waitFor();
    assert.equal(await summary.inputValue(), OLD);
    assert.equal(await discard.getAttribute('aria-disabled'), 'true', 'nothing left to discard');

    // An update whose Certification fails: the offer stays Live for customers.
    await page.getByRole('tab', { name: /^SKUs/ }).click();
    await page.locator('[id="field-skus[0].disk_versions[0].os_vhd_url"]').fill(BAD_SAS('contoso-os-2.vhd'));
    await publish(page);
    assert.match(await page.locator('main').innerText(), /Live · update at Validate Pre-Requisites/);
    await skipUntil(page, 'Certification');
    await skip(page);
    await page.getByRole('button', { name: 'Open a support request' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Live · update failed at Certification/);
    await page.getByRole('tab', { name: 'All offers' }).click();
    const status = page.getByRole('row', { name: /Contoso Live/ }).getByRole('button', { name: /^Status of/ });
    assert.equal((await status.innerText()).trim(), 'Live · update failed at Certification');
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});
