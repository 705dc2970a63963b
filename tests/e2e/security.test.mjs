// The release build under its Content-Security-Policy: no 'unsafe-inline', and no
// violation on any tab or in the Inbox dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './support.mjs';

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
    await page.evaluate(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
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
    await page.getByRole('dialog', { name: 'Inbox' }).waitFor();
    await page.keyboard.press('Escape');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, [], 'no console errors (a CSP refusal logs one)');
  } finally {
    await server.close();
  }
});
