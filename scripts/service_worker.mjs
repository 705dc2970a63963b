// Writes DIR/sw.js: assets/sw.js with the build's file list and version above it.
// Release builds get the caching worker; development builds (`trunk serve`) a worker that
// removes itself and its caches, so that a release build once served on the same address
// cannot go on answering for the development one.
// Usage: node scripts/service_worker.mjs DIR [--debug]   (Trunk's post-build hook runs it)
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');
const debug = process.argv.includes('--debug');

/** Every file under `root`, as paths relative to it with forward slashes. */
async function files(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(root, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));
  }
  return out.sort();
}

if (debug) {
  await writeFile(
    join(dir, 'sw.js'),
    `// Development build: no offline copy. Removes a release build's worker and caches.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('golive ')) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
`,
  );
  process.exit(0);
}

const kept = (await files(dir)).filter((name) => name !== 'sw.js' && !/\.(br|gz)$/.test(name));
const digest = createHash('sha256');
const list = [];
for (const name of kept) {
  const content = await readFile(join(dir, name));
  digest.update(`${name}\0${createHash('sha256').update(content).digest('hex')}\0`);
  list.push({
    // The page itself is kept under the address it is visited at.
    path: name === 'index.html' ? './' : `./${name}`,
    // Trunk's content hash (name-0123456789abcdef.ext: a u64 in hex, shorter when it starts
    // with a zero, as golive-2432e3c7a0dbf02.js did) or this build's (scripts/split.mjs).
    hashed: /-[0-9a-f]{12,16}[._]/.test(name),
  });
}
const build = { version: digest.digest('hex').slice(0, 16), files: list };
const source = await readFile(resolve(import.meta.dirname, '../assets/sw.js'), 'utf8');
await writeFile(join(dir, 'sw.js'), `const BUILD = ${JSON.stringify(build, null, 1)};\n\n${source}`);
console.log(`sw.js: build ${build.version}, ${list.length} files kept for offline use`);
