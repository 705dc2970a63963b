// Splits the app's wasm (built by Trunk with the `split` feature) into the main module and the
// parts loaded on demand (src/ui/parts.rs), and puts them in place of Trunk's single module:
// wasm-split-cli on the linked wasm (it needs the relocations build.rs asks the linker for),
// wasm-bindgen on the main module (keeping the exports the parts import), wasm-opt on each
// (release), the parts and their loader named by content hash (a page can never fetch a part
// of another build under the same name), and the integrity attributes of index.html renewed.
// It also brings in the other languages' strings that build.rs took out of the wasm
// (lang-<tag>-<hash>.json, build/languages.rs).
// Usage: node scripts/split.mjs STAGING_DIR PROFILE   (scripts/post_build.sh runs it)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const staging = resolve(process.argv[2] ?? 'dist');
const profile = process.argv[3] ?? 'release';
const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const linked = join(target, 'wasm32-unknown-unknown', profile === 'release' ? 'release' : 'debug', 'golive.wasm');
// wasm-opt's level and the wasm features rustc 1.95 emits by default (wasm-opt must be told);
// one line, read by bench/breakdown.sh too.
const WASM_OPT = (await readFile(join(ROOT, 'scripts/wasm-opt.args'), 'utf8')).trim().split(/\s+/);

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// Trunk's names for the module (golive-<hash>.js and golive-<hash>_bg.wasm) are kept: its
// bootstrap script in index.html imports them.
const stem = (await readdir(staging)).map((name) => /^(golive-[0-9a-f]+)\.js$/.exec(name)?.[1]).find(Boolean);
if (!stem) throw new Error(`split: no golive-<hash>.js in ${staging}`);

const work = await mkdtemp(join(tmpdir(), 'golive-split-'));
try {
  const split = join(work, 'split');
  run('wasm-split-cli', [linked, split, '--out-name', stem]);
  const bound = join(work, 'bound');
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-name', stem, '--out-dir', bound, join(split, `${stem}.wasm`)]);

  const parts = (await readdir(split)).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`);
  const wasm = [join(bound, `${stem}_bg.wasm`), ...parts.map((name) => join(split, name))];
  if (profile === 'release') for (const file of wasm) run('wasm-opt', [...WASM_OPT, file, '-o', file]);

  let loader = await readFile(join(split, '__wasm_split.js'), 'utf8');
  for (const name of parts) {
    const bytes = await readFile(join(split, name));
    const hashed = name.replace(/\.wasm$/, `-${hash(bytes)}.wasm`);
    loader = loader.replaceAll(`"./${name}"`, `"./${hashed}"`);
    await writeFile(join(staging, hashed), bytes);
  }
  const loaderName = `__wasm_split-${hash(loader)}.js`;
  await writeFile(join(staging, loaderName), loader);
  // Only the module imports: the same string also names the wasm's import module.
  const glue = (await readFile(join(bound, `${stem}.js`), 'utf8')).replaceAll(/^(import .* from )"\.\/__wasm_split\.js"/gm, `$1"./${loaderName}"`);
  await writeFile(join(staging, `${stem}.js`), glue);
  await copyFile(join(bound, `${stem}_bg.wasm`), join(staging, `${stem}_bg.wasm`));

  // Trunk's preload links carry the integrity of the files just replaced.
  let html = await readFile(join(staging, 'index.html'), 'utf8');
  for (const file of [`${stem}.js`, `${stem}_bg.wasm`]) {
    const integrity = sri(await readFile(join(staging, file)));
    html = html.replace(new RegExp(`(href="\\./${file.replace('.', '\\.')}"[^>]*integrity=")[^"]*"`), `$1${integrity}"`);
  }
  await writeFile(join(staging, 'index.html'), html);

  // build.rs empties this folder each time it writes it, so only this build's files are in.
  const languages = (await readdir(join(dirname(linked), 'golive-languages'))).filter((name) => /^lang-[A-Za-z-]+-[0-9a-f]{16}\.json$/.test(name));
  if (languages.length !== 5) throw new Error(`split: expected the strings of 5 languages, found ${languages.join(', ')}`);
  for (const name of languages) await copyFile(join(dirname(linked), 'golive-languages', name), join(staging, name));
  console.log(`split: ${basename(linked)} -> ${stem}_bg.wasm and ${parts.length} parts (${parts.join(', ')}); ${languages.length} languages`);
} finally {
  await rm(work, { recursive: true, force: true });
}
