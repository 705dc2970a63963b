// Two tabs of the app on the same offer: each shows the other's changes, neither loses its
// own, and two tabs ticking the same run send each email once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstStoredOffer } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { createCompleteOffer, publish, skipUntil } from './journey.mjs';

launchAndServe('/');

const field = (page, path) => page.locator(`[id="field-${path}"]`);

test('two tabs editing one offer keep both changes, field by field', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(server.url);
  await a.getByRole('button', { name: 'New offer' }).click();
  await field(a, 'settings.name').waitFor();
  const url = a.url();
  const b = await context.newPage();
  await b.goto(url);
  await field(b, 'settings.name').waitFor();

  // A change in one tab appears in the other.
  await field(a, 'settings.name').fill('Renamed in A');
  await b.waitForFunction(() => document.getElementById('field-settings.name')?.value === 'Renamed in A');

  // Both tabs type at once into different fields: B's write lands while A's is pending.
  await field(b, 'settings.offer_id').fill('typed-in-b');
  await field(a, 'settings.publisher_id').fill('typed-in-a');
  for (const page of [a, b]) {
    await page.waitForFunction(() =>
      document.getElementById('field-settings.offer_id')?.value === 'typed-in-b' &&
      document.getElementById('field-settings.publisher_id')?.value === 'typed-in-a');
  }
  const stored = (await firstStoredOffer(a)).draft.settings;
  assert.deepEqual(
    { name: stored.name, offer_id: stored.offer_id, publisher_id: stored.publisher_id },
    { name: 'Renamed in A', offer_id: 'typed-in-b', publisher_id: 'typed-in-a' },
  );
  await context.close();
});

test('two tabs changing the same field at once: the value saved first stays, the other tab says so and can keep its own', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(server.url);
  await a.getByRole('button', { name: 'New offer' }).click();
  await field(a, 'settings.name').waitFor();
  const b = await context.newPage();
  await b.goto(a.url());
  await field(b, 'settings.name').waitFor();

  // Both type into Name within the same 300 ms write delay: A's write lands first, so B's
  // change meets it, the field changed on both sides.
  await field(a, 'settings.name').fill('Name typed in A');
  await field(b, 'settings.name').fill('Name typed in B');
  const notice = b.locator('.conflict-notice');
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    /another tab changed Offer settings › Name while you were changing it here\. Its value was kept: “Name typed in A”\. Yours was: “Name typed in B”/,
  );
  for (const page of [a, b]) {
    await page.waitForFunction(() => document.getElementById('field-settings.name')?.value === 'Name typed in A');
  }
  assert.equal((await firstStoredOffer(a)).draft.settings.name, 'Name typed in A');
  // The tab whose value stayed has nothing to be told.
  assert.equal(await a.locator('.conflict-notice').count(), 0);

  // Keep mine: B's value comes back, is saved, and shows in A; the notice goes.
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  for (const page of [a, b]) {
    await page.waitForFunction(() => document.getElementById('field-settings.name')?.value === 'Name typed in B');
  }
  await b.locator('.conflict-notice').waitFor({ state: 'detached' });
  assert.equal((await firstStoredOffer(a)).draft.settings.name, 'Name typed in B');
  await context.close();
});

test('two tabs ticking the same run reach the same step and send each email once', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(server.url);
  await createCompleteOffer(a);
  await publish(a);
  const b = await context.newPage();
  await b.goto(a.url());
  await skipUntil(a, 'Publisher Signoff');
  await b.locator('ol.steps > li[aria-current="step"]').filter({ hasText: 'Publisher Signoff' }).waitFor();
  await b.waitForTimeout(1000); // several ticks of both tabs
  const emails = (await firstStoredOffer(a)).notifications.map((n) => n.kind);
  assert.deepEqual(emails, ['PreviewReady']);
  await context.close();
});
