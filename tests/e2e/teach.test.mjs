// The simulator teaches the flow (issue 13): a newcomer starts with a sample offer and takes
// it to Live without typing a field of the form; Status always says what to do next, shows
// the seven steps as a pipeline and explains each step; the header's Guide explains the
// whole flow; the title follows the language; All offers and the history fit a phone.
// Everything is found by role and accessible name, on the release build.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, storedOffers } from './support.mjs';
import { browser, server, launchAndServe } from './hooks.mjs';
import { publish, currentStep, skipUntil, goLive, skip, BAD_SAS, PREVIEW_SUBSCRIPTION } from './journey.mjs';
import { STEP_NAMES } from './a11y.mjs';

launchAndServe('/');
let page;
beforeEach(async () => {
  page = await openPage(browser, server.url);
  await page.getByRole('tab', { name: 'All offers' }).waitFor();
});
afterEach(async () => {
  await page.context().close();
});

/** Real time, so that no step ends by itself while a test reads it. */
async function realTime() {
  await page.getByRole('combobox', { name: 'Simulation speed' }).selectOption({ label: 'Real time' });
}

/** Chooses a language with the header's picker, by its name in that language. */
async function chooseLanguage(label) {
  await page.locator('select:has(option[value="zh-Hant"])').selectOption({ label });
}

/** The "What to do next" text of the Status tab. */
async function nextAction() {
  const region = page.getByRole('region', { name: /What to do next/ });
  return (await region.getByRole('paragraph').first().innerText()).trim();
}

/** Starts with the sample offer from All offers (the empty state's button, if empty). */
async function startWithSample() {
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'Start with a sample offer' }).last().click();
  await page.getByRole('tab', { name: 'Editor', selected: true }).waitFor();
}

test('the sample offer reaches Live with no field typed: Publish, the email, the steps, Go Live', async () => {
  await realTime();
  // The empty All offers offers it, beside its word on what it is.
  const empty = page.locator('.empty-start');
  await empty.getByText('New here? A sample offer is complete already').waitFor();
  await empty.getByRole('button', { name: 'Start with a sample offer' }).click();
  // The Editor opens on it, with Publish focused and a word on what to do.
  await page.getByRole('heading', { name: 'Edit Sample: Contoso Web Server' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'publish-button');
  await page.getByText('This sample offer is complete. Press Publish to start').waitFor();
  await screenshot(page, 'teach-sample-editor');
  const stored = Object.values(await storedOffers(page));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].draft.settings.name, 'Sample: Contoso Web Server');
  assert.equal(stored[0].draft.marketplace.logos.wide.width, 255, 'a wide logo of the right size');
  assert.equal(stored[0].draft.marketplace.screenshots[0].height, 324, 'a screenshot of the right size');

  // Nothing to type: the pop-up offers the sample's engineering contact as the address.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const emailDialog = page.getByRole('dialog');
  const address = emailDialog.getByRole('textbox', { name: 'Notification email' });
  assert.equal(await address.inputValue(), stored[0].draft.support.engineering.email);
  await emailDialog.getByText("Filled in with the engineering contact's address").waitFor();
  await emailDialog.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  assert.equal(await currentStep(page), 'Validate Pre-Requisites');
  assert.match(await nextAction(), /^Nothing to do now: Validate Pre-Requisites runs by itself/);
  await skipUntil(page, 'Publisher Signoff');
  // The test lead of step 4 reached the sample's Azure Table.
  await page.getByRole('table', { name: 'Test lead as it appears in Azure Table' }).waitFor();
  // Staging from the sample's allow-listed subscription works.
  await page.getByRole('textbox', { name: 'Subscription ID' }).fill(PREVIEW_SUBSCRIPTION);
  await page.getByRole('button', { name: 'Deploy to staging' }).last().click();
  await page.getByText(`Deployed to staging in subscription ${PREVIEW_SUBSCRIPTION}`).waitFor();
  await goLive(page);
  assert.match(await nextAction(), /^Nothing to do: the offer is live/);
  await page.getByRole('tab', { name: 'All offers' }).click();
  assert.match(await page.getByRole('row', { name: /Sample: Contoso Web Server/ }).innerText(), /Live/);

  // Afterwards it is an ordinary offer; the toolbar's button makes a second, numbered one.
  await page.getByRole('button', { name: 'Start with a sample offer' }).click();
  await page.getByRole('heading', { name: 'Edit Sample: Contoso Web Server (2)' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the sample offer is written in the chosen language and passes Publish as it is', async () => {
  await chooseLanguage('Français');
  await page.getByRole('tab', { name: 'Toutes les offres' }).click();
  await page.locator('.empty-start').getByRole('button', { name: "Partir d'une offre d'exemple" }).click();
  await page.getByRole('heading', { name: 'Modifier Exemple : serveur web Contoso' }).waitFor();
  const [offer] = Object.values(await storedOffers(page));
  assert.equal(offer.draft.marketplace.title, 'Serveur web Contoso (exemple)');
  assert.equal(offer.draft.skus[0].summary, 'Un serveur web renforcé, prêt à servir en quelques minutes.');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'E-mail de notification' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('Status says what to do next in every state, with the button that does it', async () => {
  await realTime();
  // A new, empty offer: fill in the form first.
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.getByRole('tab', { name: 'Status' }).click();
  assert.match(await nextAction(), /^Publish would find \d+ problems in the form\. Fill them in, then press Publish in the Editor\.$/);

  // The complete sample, never published: press Publish; the button goes to it.
  await startWithSample();
  await page.getByRole('tab', { name: 'Status' }).click();
  assert.equal(await nextAction(), 'The offer is complete. Press Publish in the Editor to start the first step, Validate Pre-Requisites.');
  await page.getByRole('region', { name: /What to do next/ }).getByRole('button', { name: 'Open the Editor' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'publish-button');

  // Published, the email pop-up closed without an address: give the email.
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Status' }).click();
  assert.equal(await nextAction(), 'Step 1 waits for the notification email: give the address where the publishing emails should go.');
  await page.getByRole('button', { name: 'Enter notification email' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Notification email' }).fill('newcomer@example.com');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();

  // Steps 1 to 4 run by themselves, with the time left.
  await skipUntil(page, 'Certification');
  assert.match(await nextAction(), /^Nothing to do now: Certification runs by itself, about \d+ (minutes?|hours?|days?).* left\. You may close the simulator/);

  // At Publisher Signoff: check the preview, then Go Live or cancel.
  await skipUntil(page, 'Publisher Signoff');
  assert.match(await nextAction(), /^Your turn: read the listing preview and deploy the VM to staging/);
  await page.getByRole('button', { name: 'Check the preview' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'staging-subscription');
  await page.getByRole('button', { name: 'Go to the sign-off buttons' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Go Live');
  await screenshot(page, 'teach-next-signoff');

  // Going live: wait, cancel is still possible; canceled: publish again from step 1.
  await page.getByRole('button', { name: 'Go Live', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.next-action-text')?.textContent.startsWith('Nothing to do: the offer is moving to production'));
  assert.match(await nextAction(), /Until it is live you can still cancel publishing\.$/);
  await page.getByRole('button', { name: 'Cancel publishing' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, cancel publishing' }).click();
  await page.waitForFunction(() => document.querySelector('.next-action-text')?.textContent.startsWith('Publishing was canceled'));
  assert.equal(await nextAction(), 'Publishing was canceled and the status is back at step 1. Change the offer if you need to, then press Publish in the Editor to start again.');

  // A failure: the field to fix is named, with its button, and publishing starts over at step 1.
  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.getByRole('tab', { name: /^SKUs/ }).click();
  await page.locator('[id="field-skus[0].disk_versions[0].os_vhd_url"]').fill(BAD_SAS('contoso-os.vhd'));
  await publish(page);
  await skipUntil(page, 'Certification');
  await skip(page);
  await page.getByRole('region', { name: /Publishing stopped at step 2/ }).waitFor();
  assert.equal(
    await nextAction(),
    'Certification failed. Fix SKU 1 › disk version 1 › OS VHD URL in the Editor, then press Publish again: publishing starts over at step 1. If the cause is not on your side, open a support request from the error below.',
  );
  await page.getByRole('region', { name: /What to do next/ }).getByRole('button', { name: 'Fix SKU 1 › disk version 1 › OS VHD URL in the Editor' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'field-skus[0].disk_versions[0].os_vhd_url');
  assert.deepEqual(page.errors, []);
});

test('Status shows the seven steps as a pipeline, the current one marked, in words and signs', async () => {
  await realTime();
  await startWithSample();
  await page.getByRole('tab', { name: 'Status' }).click();
  const pipeline = page.getByRole('list', { name: 'The seven steps at a glance' });
  const stages = pipeline.getByRole('listitem');
  // Status is a part loaded when first shown: wait for it before counting.
  await pipeline.waitFor();
  assert.equal(await stages.count(), 7);
  // Before Publish: nothing current, each step with how long it may take.
  assert.equal(await pipeline.locator('[aria-current]').count(), 0);
  assert.match(await stages.nth(1).innerText(), /2\. Certification\s+Not started\s+under 5 days/);
  assert.match(await stages.nth(5).innerText(), /waits for you/);
  await publish(page);
  await skipUntil(page, 'Provisioning');
  const current = pipeline.locator('[aria-current="step"]');
  assert.equal(await current.count(), 1);
  // The sign, the name, "Current step" in words, the state and the time left.
  assert.match(await current.innerText(), /◔\s+3\. Provisioning\s+Current step\s+In progress\s+About .+ left/i);
  // Skipped to its end: the duration it was planned to take, marked skipped.
  assert.match(await stages.nth(1).innerText(), /Certification\s+Complete\s+(Took |Planned .+ · skipped)/);
  assert.match(await stages.nth(0).innerText(), /✔/);
  // On a phone it stands as a column, and the page never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  const lefts = await stages.evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().left)));
  assert.equal(new Set(lefts).size, 1, `one column: ${lefts}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll');
  await screenshot(page, 'teach-pipeline-360');
  assert.deepEqual(page.errors, []);
});

/** The official English step names with the duration each should state. */
const DURATIONS = [
  ['Validate Pre-Requisites', /Under 1 day in the real portal; the API documentation says under 15 minutes\./],
  ['Certification', /Up to 5 days\./],
  ['Provisioning', /Up to 1 day\./],
  ['Packaging and Lead Generation Registration', /Up to 1 hour\./],
  ['Offer Available in Preview', /Reached at once/],
  ['Publisher Signoff', /the step waits for you/],
  ['Live', /several hours after Go Live/],
];

test('About this step on each step says what happens, how long, what to do and what can go wrong', async () => {
  await startWithSample();
  await page.getByRole('tab', { name: 'Status' }).click();
  for (const [i, [name, duration]] of DURATIONS.entries()) {
    const step = page.getByRole('listitem', { name: `${i + 1}. ${name}`, exact: true });
    const about = step.getByRole('button', { name: 'About this step' });
    assert.equal(await about.getAttribute('aria-expanded'), 'false', name);
    const panel = page.locator(`[id="${await about.getAttribute('aria-controls')}"]`);
    assert.equal(await panel.isVisible(), false, `${name}: closed at first`);
    await about.click();
    assert.equal(await about.getAttribute('aria-expanded'), 'true', name);
    const text = await panel.innerText();
    for (const term of ['What happens', 'How long it takes', 'What you do', 'What can go wrong']) {
      assert.ok(text.includes(term), `${name}: ${term}`);
    }
    assert.match(text, duration, `${name}: its duration`);
    // Keyboard: Enter closes it again.
    await about.focus();
    await page.keyboard.press('Enter');
    assert.equal(await about.getAttribute('aria-expanded'), 'false', name);
    assert.equal(await panel.isVisible(), false, `${name}: closed again`);
  }
  assert.deepEqual(page.errors, []);
});

test('the Guide, from the header of every tab, explains the seven steps with their durations and the rules', async () => {
  for (const tab of ['Editor', 'Status', 'All offers']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Guide' }).waitFor();
  }
  await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click();
  const guide = page.getByRole('article', { name: 'Guide: how a virtual machine offer goes live' });
  await guide.waitFor();
  assert.equal(new URL(page.url()).searchParams.get('tab'), 'guide', 'its own URL');
  assert.equal(await page.getByRole('banner').getByRole('link', { name: 'Guide' }).getAttribute('aria-current'), 'page');
  await page.waitForFunction(() => document.activeElement?.id === 'guide-title');
  for (const [i, [name, duration]] of DURATIONS.entries()) {
    const step = guide.getByRole('listitem', { name: new RegExp(`^${i + 1}\\. ${name}`) });
    assert.match(await step.innerText(), duration, `${name}: its duration`);
  }
  for (const part of ['When a step fails', 'Canceling publishing', 'Support requests', 'Who can see the preview', 'The test lead']) {
    await guide.getByRole('heading', { name: part }).waitFor();
  }
  const text = await guide.innerText();
  assert.match(text, /Publish starts a new run from step 1/);
  assert.match(text, /Cancel publishing is possible only from Publisher Signoff until the offer is live/);
  assert.match(text, /only these subscriptions can deploy it to staging/);
  assert.match(text, /sends it one test lead with made-up customer details/);
  await screenshot(page, 'teach-guide');

  // With no offer open, its buttons lead to All offers; a reload of its URL opens it again.
  await guide.getByRole('button', { name: 'Open All offers' }).first().click();
  await page.getByRole('tab', { name: 'All offers', selected: true }).waitFor();
  await page.goBack();
  await guide.waitFor();

  // With an offer open, each part leads into it: the allow-list in the Editor, Status.
  await guide.getByRole('button', { name: 'Start with a sample offer' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click();
  await guide.getByRole('button', { name: 'Open the preview subscription IDs of Sample: Contoso Web Server' }).click();
  await page.getByRole('tab', { name: /^Marketplace/, selected: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id.startsWith('field-marketplace.preview_subscription_ids'));
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'no problem shown by the way there');
  await page.getByRole('banner').getByRole('link', { name: 'Guide' }).click();
  await guide.getByRole('button', { name: 'Open the Status tab of Sample: Contoso Web Server' }).first().click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
  await page.goto(`${server.url}?tab=guide`);
  await guide.waitFor();
  assert.deepEqual(page.errors, []);
});

test('the Guide in French: official step names and their durations', async () => {
  await chooseLanguage('Français');
  await page.getByRole('banner').getByRole('link', { name: "Mode d'emploi" }).click();
  const guide = page.getByRole('article', { name: /^Mode d'emploi : comment une offre/ });
  await guide.waitFor();
  const durations = [/moins de 15 minutes/, /Jusqu'à 5 jours\./, /Jusqu'à 1 jour\./, /Jusqu'à 1 heure\./, /Atteinte aussitôt/, /l'étape vous attend/, /plusieurs heures après Démarrer/];
  for (const [i, name] of STEP_NAMES.fr.entries()) {
    const step = guide.getByRole('listitem', { name: new RegExp(`^${i + 1}\\. ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    assert.match(await step.innerText(), durations[i], `${name}: its duration`);
  }
  await guide.getByRole('heading', { name: 'Annuler la publication' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the page title follows the language and names the view', async () => {
  assert.equal(await page.title(), 'All offers · golive: Azure Marketplace go-live simulator');
  await page.getByRole('tab', { name: 'Status' }).click();
  await page.waitForFunction(() => document.title.startsWith('Status · golive'));
  await chooseLanguage('Français');
  await page.waitForFunction(() => document.title === 'État · golive : simulateur de mise en ligne sur la Place de marché Azure');
  await page.getByRole('link', { name: "Mode d'emploi" }).click();
  await page.waitForFunction(() => document.title.startsWith("Mode d'emploi · golive"));
  await chooseLanguage('Русский');
  await page.waitForFunction(() => document.title === 'Руководство · golive: симулятор публикации в Azure Marketplace');
  assert.deepEqual(page.errors, []);
});

test('at 360 px every row action of All offers is on screen, and history words stay whole', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await realTime();
  await startWithSample();
  await publish(page, 'a.rather.long.address.for.the.history@example.com');
  await skipUntil(page, 'Provisioning');
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.getByRole('tab', { name: 'All offers' }).click();
  for (const name of ['Sample: Contoso Web Server', 'Untitled offer 2']) {
    for (const action of ['Duplicate', 'Export', 'Delete']) {
      const button = page.getByRole('button', { name: `${action} ${name}`, exact: true });
      const box = await button.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360 && box.y >= 0, `${action} ${name} on screen: ${JSON.stringify(box)}`);
    }
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll');
  await screenshot(page, 'teach-offers-360');
  await page.getByRole('button', { name: 'Duplicate Untitled offer 2', exact: true }).click();
  await page.getByRole('row', { name: /Copy of Untitled offer 2/ }).waitFor();

  // The history, in Russian (long words): no word is cut over two lines.
  await page.getByRole('button', { name: /^Status of Sample: Contoso Web Server/ }).click();
  await chooseLanguage('Русский');
  await page.getByRole('heading', { name: 'Журнал' }).waitFor();
  const cut = await page.locator('.history table').evaluate((table) => {
    const broken = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\S+/g;
      for (let m = re.exec(node.textContent); m; m = re.exec(node.textContent)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
  assert.deepEqual(cut, [], 'words cut over two lines');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll');
  await screenshot(page, 'teach-history-360-ru');
  // French has the header's longest speed names: the header still fits.
  await chooseLanguage('Français');
  await page.getByRole('heading', { name: 'Historique' }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll in French');
  assert.deepEqual(page.errors, []);
});
