// Accessibility plumbing for the end-to-end tests: axe-core run inside the page, the app's
// six locales, and a set of offers in the states worth looking at (built once through the
// Editor, then shown in every locale).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createCompleteOffer, publish, skipUntil, skip, goLive, BAD_SAS } from './journey.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

export const LOCALES = ['en', 'fr', 'pt-BR', 'ru', 'zh-Hans', 'zh-Hant'];
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The official step names of each language (docs/PRODUCT.md). */
export const STEP_NAMES = {
  en: ['Validate Pre-Requisites', 'Certification', 'Provisioning', 'Packaging and Lead Generation Registration',
    'Offer Available in Preview', 'Publisher Signoff', 'Live'],
  fr: ['Valider les conditions préalables', 'Certification', 'Approvisionnement',
    'Empaquetage et référencement de génération de prospects', 'Offre disponible en version préliminaire',
    "Validation de l'éditeur", 'En direct'],
  'pt-BR': ['Validar os pré-requisitos', 'Certificação', 'Provisionamento',
    'Empacotamento e registro de geração de cliente potencial', 'Oferta disponível em visualização',
    'Aprovação do publicador', 'Ativa'],
  ru: ['Проверка необходимых компонентов', 'Сертификация', 'Подготовка',
    'Создание пакета и регистрация для создания интересов', 'Предложение доступно в режиме предварительного просмотра',
    'Утверждение издателя', 'Опубликовано'],
  'zh-Hans': ['验证先决条件', '认证', '预配', '打包以及潜在顾客开发注册', '产品/服务以预览版形式提供', '发布者签收', '推出'],
  'zh-Hant': ['驗證必要元件', '認證', '佈建', '封裝和潛在客戶開發註冊', '供應項目可供預覽', '發行者登出', '上線'],
};

/** A context whose pages accept axe's injected script despite the release build's CSP. */
export async function auditContext(browser, options = {}) {
  return browser.newContext({ bypassCSP: true, ...options });
}

/** The WCAG A and AA violations axe finds in the page as it is now, each as one line
 * (rule, impact, the first nodes' selectors and axe's summary of what fails). */
export async function violations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG,
  );
  // A page where axe found nothing to check would pass vacuously.
  if (result.passes.length < 10) throw new Error(`${where}: axe checked only ${result.passes.length} rules`);
  return result.violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})`);
    return `${where}: ${v.id} [${v.impact}] ×${v.nodes.length}: ${nodes.join('; ')}`;
  });
}

/** The offer open in the page's URL. */
export const openOffer = (page) => new URL(page.url()).searchParams.get('offer');

/** Opens `tab` (editor, status, offers, or the guide) of `offer` by URL, as a shared link would. */
export async function visit(page, base, tab, offer) {
  const query = new URLSearchParams({ tab, ...(offer ? { offer } : {}) });
  await page.goto(`${base}?${query}`);
  await page.locator(tab === 'guide' ? '#guide-title' : `#panel-${tab}`).waitFor();
  // The saved language is applied once its strings are in (on the first animation frame for
  // English), and the tab's part may still be downloading.
  await page.waitForFunction(
    () => document.documentElement.lang !== '' && document.querySelector('[role="tab"]') && !document.querySelector('.part-loading'),
  );
}

/** Chooses a language with the header's picker, by its code. */
export async function chooseLocale(page, locale) {
  await page.locator('select:has(option[value="zh-Hant"])').selectOption(locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

/** One page in an axe-ready context, page errors collected, with the offers of `buildOffers`. */
export async function openAuditedOffers(browser, url) {
  const context = await auditContext(browser);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(url);
  return { page, ids: await buildOffers(page) };
}

/**
 * Builds, in English, the offers every locale is then looked at in:
 * `draft` (empty, never published), `ready` (complete, not published), `running` (at
 * Certification), `signoff` (waiting for Go Live), `failed` (Certification refused the SAS
 * URI) and `live`. Returns their IDs.
 */
export async function buildOffers(page) {
  const ids = {};
  await createCompleteOffer(page, { name: 'Contoso Live' });
  await publish(page);
  await skipUntil(page, 'Publisher Signoff');
  await goLive(page);
  ids.live = openOffer(page);

  await createCompleteOffer(page, { name: 'Contoso Signoff' });
  await publish(page);
  await skipUntil(page, 'Publisher Signoff');
  ids.signoff = openOffer(page);

  await createCompleteOffer(page, { name: 'Contoso Failed', osVhdUrl: BAD_SAS('contoso-os.vhd') });
  await publish(page);
  await skipUntil(page, 'Certification');
  await skip(page);
  await page.locator('section.failure').waitFor();
  ids.failed = openOffer(page);

  await createCompleteOffer(page, { name: 'Contoso Running' });
  await publish(page);
  await skipUntil(page, 'Certification');
  ids.running = openOffer(page);

  await createCompleteOffer(page, { name: 'Contoso Ready' });
  ids.ready = openOffer(page);

  await page.getByRole('tab', { name: 'All offers' }).click();
  await page.getByRole('button', { name: 'New offer' }).click();
  await page.locator('#panel-editor').waitFor();
  ids.draft = openOffer(page);
  return ids;
}
