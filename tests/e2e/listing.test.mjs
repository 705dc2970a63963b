// The listing preview as on the marketplace (issue 14): the images the publisher picked,
// shown from the copies the app keeps, and the description's simple HTML formatted from an
// allow-list, with everything else (scripts, event attributes, javascript: and data: links,
// unclosed tags) shown as text or dropped, under the release build's strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, watchCsp, screenshot } from './support.mjs';
import { createCompleteOffer, publish, skipUntil } from './journey.mjs';
import { png, noisyPng } from './png.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const DESCRIPTION = [
  '<p>A <b>secure</b> and <i>fast</i> <u>server</u>.<br>Two lines.</p>',
  '<ul><li>Hardened Nginx</li><li>Monitoring</li></ul>',
  '<ol><li>Deploy</li><li>Browse</li></ol>',
  '<a href="javascript:window.pwned=10">run me</a> ',
  '<a href="data:text/html,<script>window.pwned=11</script>">data link</a> ',
  '<a href="https://learn.contoso.com/docs" onclick="window.pwned=12">Documentation</a> ',
  '<b onmouseover="window.pwned=13">hover</b> ',
  '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><svg onload="window.pwned=3">',
  '<p>unclosed <i>italic <b>bold',
].join('');

test('the preview shows the picked images and the description formatted from the allow-list only', async () => {
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    await watchCsp(page);
    await createCompleteOffer(page);
    await page.getByRole('tab', { name: /^Marketplace/ }).click();
    await page.locator('[id="field-marketplace.description"]').fill(DESCRIPTION);
    await page
      .locator('[id="field-marketplace.screenshots"]')
      .setInputFiles({ name: 'dashboard.png', mimeType: 'image/png', buffer: png(533, 324, [30, 120, 60]) });
    await page.locator('[id="field-marketplace.screenshots[0]"]').waitFor();
    await publish(page);
    await skipUntil(page, 'Publisher Signoff');

    const listing = page.locator('.listing-preview');
    await listing.waitFor();
    // The four logos and the screenshot, as images with their text alternative, drawn.
    for (const alt of ['Small logo', 'Medium logo', 'Large logo', 'Wide logo', 'Screenshot 1']) {
      const image = listing.getByRole('img', { name: alt, exact: true });
      await image.waitFor();
      assert.match(await image.getAttribute('src'), /^blob:/, `${alt} from its kept copy`);
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await image.elementHandle());
    }

    const description = listing.locator('.listing-description');
    assert.equal(await description.locator('b').first().innerText(), 'secure');
    assert.equal(await description.locator('i').first().innerText(), 'fast');
    assert.equal(await description.locator('u').innerText(), 'server');
    assert.equal(await description.locator('br').count(), 1);
    assert.deepEqual(await description.locator('ul > li').allInnerTexts(), ['Hardened Nginx', 'Monitoring']);
    assert.deepEqual(await description.locator('ol > li').allInnerTexts(), ['Deploy', 'Browse']);

    // Only the https link is a link, opened in a new tab without referrer; the others are text.
    const links = description.locator('a');
    assert.equal(await links.count(), 1);
    assert.equal(await links.getAttribute('href'), 'https://learn.contoso.com/docs');
    assert.equal(await links.getAttribute('target'), '_blank');
    assert.equal(await links.getAttribute('rel'), 'noopener noreferrer');
    const text = await description.innerText();
    assert.ok(text.includes('<a href="javascript:window.pwned=10">run me'), 'javascript: link shown as text');
    assert.ok(text.includes('<a href="data:text/html,'), 'data: link shown as text');
    assert.ok(text.includes('<script>window.pwned=2</script>'), 'script shown as text');

    // Nothing outside the allow-list became an element or an attribute.
    const outside = await description.evaluate((root) => {
      const allowed = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'P', 'BR', 'UL', 'OL', 'LI', 'A']);
      const found = [];
      for (const el of root.querySelectorAll('*')) {
        if (!allowed.has(el.tagName)) found.push(el.tagName);
        for (const attr of el.getAttributeNames()) {
          if (!(el.tagName === 'A' && ['href', 'target', 'rel'].includes(attr))) found.push(`${el.tagName}[${attr}]`);
        }
      }
      return found;
    });
    assert.deepEqual(outside, []);
    // The unclosed tags close at the end: the last words are italic and bold.
    assert.equal(await description.locator('p i b').last().innerText(), 'bold');

    await description.locator('b', { hasText: 'hover' }).hover();
    await description.locator('a').focus();
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no payload ran');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);

    await listing.scrollIntoViewIfNeeded();
    await screenshot(page, 'listing-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await listing.scrollIntoViewIfNeeded();
    await screenshot(page, 'listing-360');
  } finally {
    await server.close();
  }
});

test('an image that would break the offer budget is refused with a message and nothing is kept', async () => {
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    await page.getByRole('tab', { name: 'All offers' }).click();
    await page.getByRole('button', { name: 'New offer' }).click();
    await page.getByRole('tab', { name: /^Marketplace/ }).click();
    // Noise does not compress: 533 x 324 RGB noise is about 518 KB as PNG.
    await page
      .locator('[id="field-marketplace.screenshots"]')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: noisyPng(533, 324) });
    const alert = page.locator('#refusal-add-screenshot');
    await alert.getByText(/Not kept/).waitFor();
    assert.match(await alert.innerText(), /at most 48(\.0)? ?kB per image/i);
    assert.equal(await page.locator('[id="field-marketplace.screenshots[0]"]').count(), 0, 'nothing kept');
  } finally {
    await server.close();
  }
});
