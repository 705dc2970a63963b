// Steps of the publisher's journey shared by the end-to-end tests: filling the offer form
// through the Editor as a person would, publishing, and moving through the steps.
import { png } from './png.mjs';

export const SAS = (blob, extra = '') =>
  `https://contosostorage.blob.core.windows.net/vhds/${blob}?sv=2017-04-17&sr=c&sp=rl` +
  `&st=2018-01-01T00%3A00%3A00Z&se=2099-12-31T00%3A00%3A00Z&sig=c2ln${extra}`;
/** A SAS URI that certification refuses: read permission only (no list). */
export const BAD_SAS = (blob) =>
  `https://contosostorage.blob.core.windows.net/vhds/${blob}?sv=2017-04-17&sr=c&sp=r` +
  `&st=2018-01-01T00%3A00%3A00Z&se=2099-12-31T00%3A00%3A00Z&sig=c2ln`;
export const PREVIEW_SUBSCRIPTION = '3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f';

const field = (page, path) => page.locator(`[id="field-${path}"]`);

async function section(page, name) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

async function fill(page, path, value) {
  await field(page, path).fill(value);
}

async function addAndFill(page, list, values) {
  for (const [i, value] of values.entries()) {
    await field(page, list).click();
    await fill(page, `${list}[${i}]`, value);
  }
}

async function image(page, path, name, width, height) {
  await field(page, path).setInputFiles({ name, mimeType: 'image/png', buffer: png(width, height) });
}

/** Creates a new offer and fills every required field through the Editor. The clock is
 * set to real time first, so that no step ends by itself while a test looks at it: every
 * step change in these tests comes from Skip to end of step, whatever the machine's load. */
export async function createCompleteOffer(page, { name = 'Contoso Web Server', osVhdUrl = SAS('contoso-os.vhd') } = {}) {
  await page.getByRole('combobox', { name: 'Simulation speed' }).selectOption({ label: 'Real time' });
  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'New offer' }).click();
  await section(page, 'Offer settings');
  await fill(page, 'settings.offer_id', 'contoso-web-server');
  await fill(page, 'settings.publisher_id', 'contoso');
  await fill(page, 'settings.name', name);

  await section(page, 'SKUs');
  await field(page, 'skus').click();
  await fill(page, 'skus[0].sku_id', 'ubuntu-lts');
  await fill(page, 'skus[0].title', 'Contoso Web Server on Ubuntu');
  await fill(page, 'skus[0].summary', 'A hardened web server.');
  await fill(page, 'skus[0].description', 'Nginx with secure defaults and monitoring.');
  await field(page, 'skus[0].os_family').selectOption('linux');
  await fill(page, 'skus[0].os_type', 'Ubuntu');
  await fill(page, 'skus[0].os_friendly_name', 'Ubuntu Server 16.04 LTS');
  await addAndFill(page, 'skus[0].vm_sizes', ['Standard_D2s_v3']);
  await field(page, 'skus[0].disk_versions').click();
  await fill(page, 'skus[0].disk_versions[0].version', '1.0.0');
  await fill(page, 'skus[0].disk_versions[0].os_vhd_url', osVhdUrl);
  await fill(page, 'skus[0].disk_versions[0].os_disk_size_gb', '30');

  await section(page, 'Marketplace');
  await fill(page, 'marketplace.title', name);
  await fill(page, 'marketplace.summary', 'A hardened Nginx web server on Ubuntu.');
  await fill(page, 'marketplace.long_summary', 'Deploy a hardened, monitored web server in minutes.');
  await fill(page, 'marketplace.description', '<p>Nginx with secure defaults.</p><script>window.pwned = 1</script>');
  await fill(page, 'marketplace.marketing_id', 'contoso-web-server');
  await addAndFill(page, 'marketplace.preview_subscription_ids', [PREVIEW_SUBSCRIPTION]);
  await addAndFill(page, 'marketplace.categories', ['Compute']);
  await image(page, 'marketplace.logos.small', 'small.png', 40, 40);
  await image(page, 'marketplace.logos.medium', 'medium.png', 90, 90);
  await image(page, 'marketplace.logos.large', 'large.png', 115, 115);
  await image(page, 'marketplace.logos.wide', 'wide.png', 255, 115);
  await fill(page, 'marketplace.privacy_policy_url', 'https://www.contoso.com/privacy');
  await fill(page, 'marketplace.terms_of_use', 'Subject to the Contoso license terms.');

  await section(page, 'Support');
  for (const [who, person] of [['engineering', 'Dana'], ['customer', 'Sam']]) {
    await fill(page, `support.${who}.name`, person);
    await fill(page, `support.${who}.email`, `${who}@contoso.com`);
    await fill(page, `support.${who}.phone`, '+1 425 555 0100');
  }
  await fill(page, 'support.support_url', 'https://support.contoso.com');
}

/** Presses Publish and gives the notification email; ends on the Status tab. */
export async function publish(page, email = 'publisher@contoso.com') {
  await page.getByRole('tab', { name: 'Editor' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Notification email' }).fill(email);
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('tab', { name: 'Status', selected: true }).waitFor();
}

/** The step the Status tab marks as current: its official name, without its number. */
export async function currentStep(page) {
  const current = page.locator('ol.steps > li[aria-current="step"]');
  await current.waitFor();
  const heading = (await current.getByRole('heading').first().innerText()).trim();
  return heading.replace(/^\d+\.\s*/, '');
}

/** Skips steps until the Status tab shows `name` as current (at most `limit` skips). */
export async function skipUntil(page, name, limit = 8) {
  for (let i = 0; i < limit; i++) {
    if ((await currentStep(page)) === name) return;
    await skip(page);
    await page.waitForTimeout(150);
  }
  throw new Error(`never reached ${name}; at ${await currentStep(page)}`);
}

/** At Publisher Signoff: presses Go Live and skips the hours to production, until Live. */
export async function goLive(page) {
  await page.getByRole('button', { name: 'Go Live' }).click();
  await skipUntil(page, 'Live');
  await skip(page);
  await page.getByText('The offer is on Azure Marketplace').first().waitFor();
}

/** Presses a button the way a keyboard user does, which also reaches an aria-disabled one. */
export async function press(locator) {
  await locator.focus();
  await locator.page().keyboard.press('Enter');
}

/** Skip to end of step, once the button is enabled: for a moment after a deadline passes
 * (until the next tick) there is nothing to skip. */
export async function skip(page) {
  const button = page.getByRole('button', { name: 'Skip to end of step' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Skip to end of step' && b.getAttribute('aria-disabled') === 'false'),
  );
  await button.click();
}
