// The before/after pair every end-to-end file needs: Chromium launched and the release build
// served once for the file, both closed at the end. Kept apart from support.mjs, which the
// benchmark imports too and which must not pull in node:test.
import { before, after } from 'node:test';
import { serve, launch } from './support.mjs';

/** The file's Chromium and server; live bindings, set once the `before` hook has run. */
export let browser;
export let server;

/**
 * Registers the hooks that launch Chromium and serve the release build under `base`, then
 * run `setUp` (the file's own preparation). It runs inside the same hook because Node 20
 * starts a file's `before` hooks together, not one after another.
 */
export function launchAndServe(base = '/', setUp = async () => {}) {
  before(async () => {
    browser = await launch();
    server = await serve(base);
    await setUp();
  });
  after(async () => {
    // Closing the browser closes every context and page left open.
    await server?.close();
    await browser?.close();
  });
}

