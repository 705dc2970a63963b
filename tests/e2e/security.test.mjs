// The release build under its Content-Security-Policy: no 'unsafe-inline', and no
// violation on any tab or in the Inbox dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, watchCsp } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the release build carries a strict CSP and violates it nowhere', async () => {
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    await watchCsp(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'sha256-[^']+' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.match(policy, /default-src 'none'/);

    await page.getByRole('button', { name: 'New offer' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    for (const name of ['Marketplace', 'SKUs', 'Support', 'Lead destination']) {
      await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
    }
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByRole('tab', { name: 'All offers' }).click();
    await page.getByRole('button', { name: /^Inbox/ }).click();
    // The emails are a part of their own: its module and view run under the CSP too.
    const inbox = page.getByRole('dialog', { name: 'Inbox' });
    await inbox.waitFor();
    await inbox.locator('.part-loading').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, [], 'no console errors (a CSP refusal logs one)');
  } finally {
    await server.close();
  }
});

test('an XSS payload in every free-text field runs no script on any tab', async () => {
  const { createCompleteOffer, publish, skipUntil } = await import('./journey.mjs');
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    const payload = '<img src=x onerror="window.pwned=1">';
    const long = `${payload}<script>window.pwned=2</script><svg onload="window.pwned=3">`;
    await createCompleteOffer(page, { name: payload });
    const fill = (path, value) => page.locator(`[id="field-${path}"]`).fill(value);
    await page.getByRole('tab', { name: /^SKUs/ }).click();
    await fill('skus[0].title', payload);
    await fill('skus[0].summary', payload);
    await fill('skus[0].description', long);
    await fill('skus[0].os_type', payload);
    await fill('skus[0].os_friendly_name', payload);
    await page.getByRole('tab', { name: /^Marketplace/ }).click();
    await fill('marketplace.title', payload);
    await fill('marketplace.summary', payload);
    await fill('marketplace.long_summary', long);
    await fill('marketplace.description', long);
    await fill('marketplace.categories[0]', payload);
    await fill('marketplace.terms_of_use', long);
    await page.getByRole('tab', { name: /^Support/ }).click();
    await fill('support.engineering.name', payload);
    await fill('support.customer.name', payload);

    await publish(page);
    await skipUntil(page, 'Publisher Signoff');
    await page.getByRole('tab', { name: 'All offers' }).click();
    await page.getByRole('button', { name: /^Inbox/ }).click();
    await page.getByRole('dialog', { name: 'Inbox' }).getByRole('button').filter({ hasText: 'ready to preview' }).first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Status' }).click();
    const heading = page.getByRole('heading', { name: /^Publishing status of/ });
    assert.match(await heading.innerText(), /<img src=x onerror="window.pwned=1">/, 'shown as text');
    assert.ok((await page.locator('main').innerText()).includes('<script>window.pwned=2</script>'), 'preview shows markup as text');

    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no payload ran');
    assert.equal(await page.locator('main img[src="x"], main svg[onload]').count(), 0, 'no payload became markup');
    assert.deepEqual(page.errors, []);
  } finally {
    await server.close();
  }
});
