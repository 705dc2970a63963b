// Time that behaves (issue 13): the chosen speed compresses the days a step takes, not the
// minutes a person spends typing. With nothing running, simulated time keeps to real time
// whatever the speed; once a step runs, the speed applies. The page's clock is Playwright's
// fake one, so that ten minutes pass in a moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, server, launchAndServe } from './hooks.mjs';

launchAndServe('/');

const DAY_MS = 24 * 60 * 60 * 1000;

/** The simulated time the header shows, as epoch milliseconds. */
async function shownTime(page) {
  const text = await page.locator('.sim-time').innerText();
  const match = text.match(/Simulated time: ([^(]+)/);
  assert.ok(match, text);
  const ms = Date.parse(match[1].trim());
  assert.ok(Number.isFinite(ms), `a date: ${match[1]}`);
  return ms;
}

test('ten real minutes of editing at the fastest speed with nothing running keep the simulated date within a day of the real one', async () => {
  const context = await browser.newContext();
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Simulation speed' }).selectOption({ label: '1 day per 10 seconds' });
  await page.getByText('(real time until a step runs)').waitFor();
  await page.getByRole('button', { name: 'New offer' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  for (let minute = 1; minute <= 10; minute++) {
    await name.fill(`Typed in minute ${minute}`);
    await page.clock.fastForward('01:00');
  }
  const real = await page.evaluate(() => Date.now());
  const simulated = await shownTime(page);
  assert.ok(Math.abs(simulated - real) < DAY_MS, `simulated ${new Date(simulated).toISOString()} vs real ${new Date(real).toISOString()}`);

  // Once a step runs, the speed applies: ten real seconds are about a simulated day.
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'Start with a sample offer' }).first().click();
  await page.getByRole('button', { name: 'Publish' }).click();
  const email = page.getByRole('textbox', { name: 'Notification email' });
  await email.fill('dana@contoso.com');
  await email.press('Enter');
  await page.getByText('(real time until a step runs)').waitFor({ state: 'detached' });
  const before = await shownTime(page);
  await page.clock.fastForward('00:10');
  const after = await shownTime(page);
  assert.ok(after - before > DAY_MS / 2, `a step runs: ${(after - before) / DAY_MS} simulated days in ten real seconds`);
  await context.close();
});
