// Draws the web app manifest's icons from assets/favicon.svg's design with headless Chromium
// (run once, by hand, when the design changes; the PNGs are committed):
// assets/icon-192.png, assets/icon-512.png (rounded, as the favicon) and
// assets/icon-maskable-512.png (full bleed, the mark inside the 80 % safe zone).
// Usage: node scripts/make_icons.mjs
import { resolve, join } from 'node:path';
import { launch } from '../tests/e2e/support.mjs';

const ASSETS = resolve(import.meta.dirname, '../assets');
const mark = '<path d="M9 17l5 5 9-12" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>';
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/>${mark}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/><g transform="translate(3.2 3.2) scale(0.8)">${mark}</g></svg>`;

const browser = await launch();
try {
  for (const [name, svg, size] of [
    ['icon-192.png', rounded, 192],
    ['icon-512.png', rounded, 512],
    ['icon-maskable-512.png', maskable, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(ASSETS, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
