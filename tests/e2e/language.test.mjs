// The language picker: the whole interface follows it, the official step names come from
// the published translations, and the choice survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './support.mjs';
import { createCompleteOffer, publish } from './journey.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('choosing Français translates tabs, steps and dates, and is kept after a reload', async () => {
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    await createCompleteOffer(page);
    await publish(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await page.getByRole('tab', { name: 'Éditeur' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    for (const name of ['Valider les conditions préalables', 'Empaquetage et référencement de génération de prospects', "Validation de l'éditeur", 'En direct']) {
      assert.equal(await page.getByRole('heading', { name }).count(), 1, `step named ${name}`);
    }
    await screenshot(page, 'status-fr');

    await page.reload();
    await page.getByRole('tab', { name: 'Toutes les offres' }).click();
    await page.getByRole('button', { name: 'Nouvelle offre' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Langue' }).inputValue(), 'fr');
    assert.deepEqual(page.errors, []);
  } finally {
    await server.close();
  }
});

test('a first visit follows the browser language (zh-TW reads Traditional Chinese)', async () => {
  const server = await serve('/');
  try {
    const context = await browser.newContext({ locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('tab', { name: '所有供應項目' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
    await context.close();
  } finally {
    await server.close();
  }
});
