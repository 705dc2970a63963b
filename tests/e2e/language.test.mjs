// The language picker: the whole interface follows it, the official step names come from
// the published translations, and the choice survives a reload. The release build carries
// English only; each other language downloads when first needed (issue 16), never shows a
// page of blank or English text meanwhile, and a language that cannot download says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './support.mjs';
import { auditContext, violations } from './a11y.mjs';
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

/** The languages' files the server was asked for since `from`, by tag. */
const languagesAsked = (server, from = 0) =>
  server.requests.slice(from).map((path) => /\/lang-([A-Za-z-]+)-[0-9a-f]{16}\.json$/.exec(path)?.[1]).filter(Boolean);

test('English needs no language file; a French first visit downloads French only and never shows English', async () => {
  const server = await serve('/');
  try {
    const english = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await english.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New offer' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(languagesAsked(server), [], 'an English visit downloads no language');
    await english.close();

    const from = server.requests.length;
    const french = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
    const fr = await french.newPage();
    // Records whether the English interface ever reached the page.
    await fr.addInitScript(() => {
      window.sawEnglish = false;
      new MutationObserver(() => {
        if (/All offers|New offer/.test(document.body?.innerText ?? '')) window.sawEnglish = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await fr.goto(server.url);
    await fr.getByRole('button', { name: 'Nouvelle offre' }).first().waitFor();
    assert.equal(await fr.getAttribute('html', 'lang'), 'fr');
    assert.equal(await fr.locator('#loading').count(), 0, 'the loading message is gone');
    assert.equal(await fr.evaluate(() => window.sawEnglish), false, 'no English text was shown before French');
    await fr.waitForLoadState('networkidle');
    assert.deepEqual(languagesAsked(server, from), ['fr']);
    await french.close();
  } finally {
    await server.close();
  }
});

test('a language that cannot download says so, keeps the page and the saved choice; Try again brings it', async () => {
  const server = await serve('/');
  try {
    const context = await auditContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (err) => page.errors.push(String(err)));
    let refuse = true;
    await page.route('**/lang-ru-*.json', (route) => (refuse ? route.abort() : route.continue()));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New offer' }).first().waitFor();

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
    const notice = page.locator('.language-notice');
    await notice.getByText('Русский could not be downloaded, so the page stays in this language').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: 'New offer' }).first().waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en', 'the picker shows the page language again');
    assert.equal(await page.evaluate(() => localStorage.getItem('golive:language')), null, 'the choice is not saved');
    await screenshot(page, 'language-failed-1280-light');
    assert.deepEqual(await violations(page, 'language download failed'), []);

    refuse = false;
    await notice.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('tab', { name: 'Все предложения' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.equal(await notice.count(), 0, 'the notice goes once the language is in');
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('golive:language'))).data, 'ru');
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});
