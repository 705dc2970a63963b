// Every tab, section and dialog of the app in all six languages (Certification's check list
// included, on the running and failed offers): axe-core finds no WCAG 2.0,
// 2.1 or 2.2 A/AA violation, no translation key shows as raw text, no step keeps its English
// name, and every dialog keeps focus inside, closes on Escape and gives focus back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storedOffers } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { LOCALES, STEP_NAMES, violations, visit, chooseLocale, openAuditedOffers } from './a11y.mjs';

let page;
let ids;
launchAndServe('/', async () => {
  ({ page, ids } = await openAuditedOffers(browser, server.url));
});

/** Raw translation keys (`status.step_1`, `common.tab_editor`) in the visible text. */
const RAW_KEY = /\b(common|offers|editor|status|inbox|data|guide)\.[a-z][a-z0-9_]+\b/;

/** Visits every view and dialog of the app in the current language; `look(where)` is
 * called on each, with the page showing it. */
async function everyView(look) {
  await visit(page, server.url, 'offers');
  await look('All offers');
  // "A new version is ready", as assets/offline.js announces a waiting deployment.
  await page.evaluate(() => window.dispatchEvent(new Event('golive-update-ready')));
  await page.locator('.update-notice').waitFor();
  await look('All offers, a new version is ready');
  // Delete shows an undo notice; Undo brings the offer back.
  await page.locator('td.actions').first().locator('button').last().click(); // Delete
  await page.locator('.undo button').waitFor();
  await look('All offers, deleted with undo');
  await page.locator('.undo button').click();

  await visit(page, server.url, 'editor', ids.draft);
  const sections = page.locator('.section-tabs [role="tab"]');
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).click();
    await look(`Editor, section ${i + 1}`);
  }
  await page.locator('.publish-bar button.primary').click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await look('Editor, problems after Publish');

  await visit(page, server.url, 'editor', ids.ready);
  await page.locator('.publish-bar button.primary').click();
  await page.locator('dialog.email-dialog[open]').waitFor();
  await look('Notification email dialog');
  await page.locator('#notification-email').fill('not-an-address');
  await page.locator('dialog.email-dialog button[type="submit"]').click();
  await page.locator('#notification-email-problem').waitFor();
  await look('Notification email dialog, refused address');
  await page.keyboard.press('Escape');

  for (const state of ['draft', 'running', 'signoff', 'failed', 'live']) {
    await visit(page, server.url, 'status', ids[state]);
    await look(`Status, ${state}`);
  }
  await visit(page, server.url, 'status', ids.signoff);
  await page.locator('details.scenario summary').click();
  await look('Status, plan a failure');
  await page.locator('.action-buttons button[aria-haspopup="dialog"]').click();
  await page.locator('dialog.cancel-dialog[open]').waitFor();
  await look('Cancel publishing dialog');
  await page.keyboard.press('Escape');
  // Every step's About this step, open.
  await visit(page, server.url, 'status', ids.running);
  for (const about of await page.locator('ol.steps button.disclosure').all()) await about.click();
  await look('Status, About this step open on every step');
  // The Guide, with an offer open (its buttons lead into it) and without.
  await visit(page, server.url, 'guide', ids.signoff);
  await look('Guide');
  await visit(page, server.url, 'guide');
  await look('Guide, no offer open');
  await visit(page, server.url, 'status', ids.failed);
  await page.locator('section.failure button[aria-haspopup="dialog"]').click();
  await page.locator('dialog.support-dialog[open]').waitFor();
  await look('Support request dialog');
  await page.keyboard.press('Escape');

  await page.locator('.inbox-button').click();
  await page.locator('dialog.inbox[open] ul.emails').waitFor();
  await look('Inbox');
  await page.keyboard.press('Escape');
}

test('axe finds no WCAG A/AA violation on any tab, section or dialog, in any language', async () => {
  const found = {};
  for (const locale of LOCALES) {
    await visit(page, server.url, 'offers');
    await chooseLocale(page, locale);
    found[locale] = [];
    await everyView(async (where) => found[locale].push(...(await violations(page, where))));
  }
  // The dark theme has its own colours: its contrast is checked too (in two scripts).
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const locale of ['en', 'zh-Hant']) {
    await visit(page, server.url, 'offers');
    await chooseLocale(page, locale);
    found[`${locale} dark`] = [];
    await everyView(async (where) => found[`${locale} dark`].push(...(await violations(page, where))));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const counts = Object.fromEntries(Object.entries(found).map(([locale, list]) => [locale, list.length]));
  console.log('axe violations per locale:', JSON.stringify(counts));
  assert.deepEqual(found, Object.fromEntries(Object.keys(found).map((l) => [l, []])));
  assert.deepEqual(page.errors, []);
});

/** The visible text nodes of the page (or of its open dialog), each trimmed. */
const visibleTexts = () =>
  page.evaluate(() => {
    const root = document.querySelector('dialog[open]') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const owner = node.parentElement.closest('select') ?? node.parentElement;
      // Each language's own name in the picker is marked with its lang, and is meant so.
      const foreign = node.parentElement.closest('[lang]') !== document.documentElement;
      if (text && !foreign && owner.checkVisibility() && !owner.closest('.sr-text')) texts.push(text);
    }
    return texts;
  });

/** English words that any language may keep: data typed into (or stored with) the offers (the test
 * description's script, shown as text beside its formatted paragraph), product names
 * and tokens (the same as scripts/check_locales.py allows). */
const KEPT = /contoso|nginx|window\.pwned|ubuntu|hardened|untitled offer \d|@|https?:|standard_|^(golive|windows|linux|lun|url|sku|skus|azure table|dynamics crm online|marketo|salesforce|test drive|azure marketplace|marketplace|compute|editor|status|email|description|support|actions|logos|version|pause|certification)$/i;

test('every view in every language: no raw key, no English left, the official step names', async () => {
  const english = new Map();
  for (const locale of LOCALES) {
    await visit(page, server.url, 'offers');
    await chooseLocale(page, locale);
    await everyView(async (where) => {
      const texts = await visibleTexts();
      assert.doesNotMatch(texts.join('\n'), RAW_KEY, `${locale}, ${where}: a raw key`);
      // Text that reads the same as in English, with at least one word of letters, means a
      // string was not translated or not re-rendered in the chosen language.
      const words = texts.filter((t) => /[A-Za-z]{3,}/.test(t) && !KEPT.test(t));
      if (locale === 'en') english.set(where, new Set(words));
      else {
        const left = [...new Set(words.filter((t) => english.get(where)?.has(t)))];
        assert.deepEqual(left, [], `${locale}, ${where}: English left`);
      }
    });
    await visit(page, server.url, 'status', ids.signoff);
    const names = await page.locator('ol.steps h3').evaluateAll((hs) => hs.map((h) => h.innerText.replace(/^\d+\.\s*/, '').trim()));
    assert.equal(names.length, 7, `${locale}: seven steps`);
    // The official names; where the official name differs from the English one (all but
    // French "Certification"), showing the English one means the translation was lost.
    assert.deepEqual(names, STEP_NAMES[locale], `${locale}: the official step names`);
    for (const [i, name] of names.entries()) {
      if (STEP_NAMES[locale][i] !== STEP_NAMES.en[i]) assert.notEqual(name, STEP_NAMES.en[i], `${locale}: step ${i + 1} in English`);
    }
  }
});

/** Tabs through `count` presses and returns whether focus stayed inside `dialog`. */
async function focusStaysIn(dialog, key, count) {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(key);
    const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
    if (!inside) return false;
  }
  return true;
}

test('every dialog keeps focus inside, closes on Escape and gives focus back to its opener', async () => {
  await visit(page, server.url, 'offers');
  await chooseLocale(page, 'en');
  const dialogs = [
    {
      name: 'Notification email',
      open: async () => {
        await visit(page, server.url, 'editor', ids.ready);
        return page.locator('.publish-bar button.primary');
      },
      dialog: 'dialog.email-dialog',
    },
    {
      name: 'Support request',
      open: async () => {
        await visit(page, server.url, 'status', ids.failed);
        return page.locator('section.failure button[aria-haspopup="dialog"]');
      },
      dialog: 'dialog.support-dialog',
    },
    {
      name: 'Cancel publishing',
      open: async () => {
        await visit(page, server.url, 'status', ids.signoff);
        return page.locator('.action-buttons button[aria-haspopup="dialog"]');
      },
      dialog: 'dialog.cancel-dialog',
    },
    {
      name: 'Inbox',
      open: async () => page.locator('.inbox-button'),
      dialog: 'dialog.inbox',
    },
  ];
  for (const { name, open, dialog: selector } of dialogs) {
    const opener = await open();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator(`${selector}[open]`);
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `${name}: focus moves into the dialog`);
    assert.ok(await focusStaysIn(dialog, 'Tab', 12), `${name}: Tab stays in the dialog`);
    assert.ok(await focusStaysIn(dialog, 'Shift+Tab', 12), `${name}: Shift+Tab stays in the dialog`);
    await page.keyboard.press('Escape');
    await page.locator(selector).waitFor({ state: 'hidden' });
    assert.ok(await opener.evaluate((el) => el === document.activeElement), `${name}: focus back on its opener`);
  }
});

/** The CLDR plural category of `n` in `locale`, as the browser's Intl.PluralRules says. */
const category = (locale, n) => page.evaluate(([l, n]) => new Intl.PluralRules(l).select(n), [locale, n]);

test('counts take the plural form of the language (Russian one/few/many) and durations spell out units', async () => {
  await visit(page, server.url, 'offers');
  await chooseLocale(page, 'ru');
  // Problems per section after Publish on the empty offer: "(1 проблема)", "(3 проблемы)", "(7 проблем)".
  await visit(page, server.url, 'editor', ids.draft);
  await page.locator('.publish-bar button.primary').click();
  const RU_PROBLEM = { one: 'проблема', few: 'проблемы', many: 'проблем' };
  const badges = await page.locator('.tab-problems').allInnerTexts();
  assert.ok(badges.length >= 3, `problem counts on the section tabs: ${badges}`);
  const seen = new Set();
  for (const badge of badges) {
    const [, n, word] = badge.match(/(\d+)\s+(\S+)\)/) ?? [];
    assert.ok(n, `a count and a word in ${badge}`);
    const form = await category('ru', Number(n));
    seen.add(form);
    assert.equal(word, RU_PROBLEM[form], `${badge}: the ${form} form`);
  }
  const heading = await page.locator('.problem-summary h2, .problem-summary h3').first().innerText();
  const total = Number(heading.match(/\d+/)[0]);
  const RU_PROBLEM_ACC = { one: 'проблему', few: 'проблемы', many: 'проблем' };
  assert.ok(heading.endsWith(`${total} ${RU_PROBLEM_ACC[await category('ru', total)]}`), heading);

  // A stored logo's size with Intl's unit, not a hand-made "B" or "kB".
  await visit(page, server.url, 'editor', ids.ready);
  await page.locator('.section-tabs [role="tab"]').nth(2).click();
  const meta = await page.locator('[id="meta-marketplace.logos.medium"]').innerText();
  const bytes = (await storedOffers(page))[`golive:offer:${ids.ready}`].draft.marketplace.logos.medium.bytes;
  const size = await page.evaluate(
    (bytes) => new Intl.NumberFormat('ru', { style: 'unit', unit: 'byte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes),
    bytes,
  );
  assert.ok(meta.includes(size), `${meta} has ${size}`);

  // All offers: "Показано 6 из 6 предложений" (many), after "из" the genitive.
  await visit(page, server.url, 'offers');
  const count = await page.locator('p.count').innerText();
  const offers = Number(count.match(/из (\d+)/)[1]);
  const RU_OF_OFFERS = { one: 'предложения', few: 'предложений', many: 'предложений' };
  assert.equal(count, `Показано ${offers} из ${offers} ${RU_OF_OFFERS[await category('ru', offers)]}`);

  // The Inbox button says the unread count in words: "2 непрочитанных письма".
  const inbox = (await page.locator('.inbox-button .sr-text').innerText()).trim();
  const unread = Number(inbox.match(/\d+/)[0]);
  const RU_UNREAD = { one: 'непрочитанное письмо', few: 'непрочитанных письма', many: 'непрочитанных писем' };
  assert.equal(inbox, `${unread} ${RU_UNREAD[await category('ru', unread)]}`);

  // A running step's time left, in words from Intl, in Russian and in English.
  await visit(page, server.url, 'status', ids.running);
  const left = await page.locator('[aria-current="step"] .timing').innerText();
  assert.match(left, /(день|дня|дней|час|часа|часов|минут)/, `Russian unit names: ${left}`);
  assert.doesNotMatch(left, /\b\d+ ?(d|h|min|д|ч)\b/, `no abbreviation: ${left}`);
  await chooseLocale(page, 'en');
  const leftEn = await page.locator('[aria-current="step"] .timing').innerText();
  // Intl.DurationFormat leaves out a zero unit and the largest two are shown, so by how far the simulated
  // clock has run this reads "About 4 days, 3 hours left", "About 4 days left" or "About 20 hours, 55 minutes left".
  assert.match(leftEn, /^About \d+ (days?|hours?|minutes?)(, \d+ (hours?|minutes?))? left$/, leftEn);
  assert.ok(seen.size >= 2, `several plural forms met: ${[...seen]}`);
});

test('switching the language with the picker re-renders labels built as plain strings', async () => {
  await visit(page, server.url, 'offers');
  await chooseLocale(page, 'en');
  await visit(page, server.url, 'editor', ids.ready);
  await page.locator('.section-tabs [role="tab"]').nth(2).click();
  const medium = page.locator('label[for="field-marketplace.logos.medium"]');
  assert.equal((await medium.innerText()).trim(), 'Medium logo');
  await chooseLocale(page, 'ru');
  await page.waitForFunction(() => document.querySelector('label[for="field-marketplace.logos.medium"]')?.textContent.trim() === 'Средний логотип');
  await chooseLocale(page, 'en');
});
