// The thin slice end to end on the release build: create an offer, rename it, reload,
// find it again; once from the site root and once from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const base of ['/', '/golive/']) {
  test(`an offer created and renamed is there after a reload (served from ${base})`, async () => {
    const server = await serve(base);
    try {
      const page = await openPage(browser, server.url);

      await assert.doesNotReject(
        page.getByRole('tab', { name: 'All offers', selected: true }).waitFor(),
        'All offers is the first view',
      );
      for (const name of ['Editor', 'Status', 'All offers']) {
        assert.equal(await page.getByRole('tab', { name }).count(), 1, `a tab named ${name}`);
      }

      await page.getByRole('button', { name: 'New offer' }).click();
      const nameField = page.getByRole('textbox', { name: 'Name' });
      await nameField.waitFor();
      assert.equal(await nameField.inputValue(), 'Untitled offer 1');
      assert.equal(await page.getByRole('tab', { name: 'Editor' }).getAttribute('aria-selected'), 'true');

      await nameField.fill('Contoso Hardened Ubuntu');
      const editorUrl = page.url();
      assert.match(editorUrl, /\?tab=editor&offer=o-/, 'the URL names the tab and the offer');

      await page.reload();
      await assert.doesNotReject(
        page.getByRole('textbox', { name: 'Name' }).waitFor(),
        'the reload opens the same offer in the Editor',
      );
      assert.equal(await page.getByRole('textbox', { name: 'Name' }).inputValue(), 'Contoso Hardened Ubuntu');

      await page.getByRole('tab', { name: 'All offers' }).click();
      const row = page.getByRole('row', { name: /Contoso Hardened Ubuntu/ });
      await row.waitFor();
      assert.match(await row.innerText(), /Draft/);
      await screenshot(page, `offers${base.replaceAll('/', '_')}`);

      assert.deepEqual(page.errors, [], 'no console errors');
    } finally {
      await server.close();
    }
  });
}

test('the tabs follow the WAI-ARIA pattern: arrow keys move and select', async () => {
  const server = await serve('/');
  try {
    const page = await openPage(browser, server.url);
    const offersTab = page.getByRole('tab', { name: 'All offers' });
    await offersTab.focus();
    await page.keyboard.press('ArrowRight');
    const editorTab = page.getByRole('tab', { name: 'Editor' });
    assert.equal(await editorTab.getAttribute('aria-selected'), 'true', 'ArrowRight wraps to Editor');
    assert.equal(await editorTab.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('End');
    assert.equal(await offersTab.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByRole('tabpanel', { name: 'Status' }).count(), 1, 'the panel is labelled by its tab');
    assert.match(page.url(), /\?tab=status/);
    await page.goBack();
    assert.equal(await offersTab.getAttribute('aria-selected'), 'true', 'Back returns to the previous tab');
  } finally {
    await server.close();
  }
});
