// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to each file of the
// release build that compresses, for static hosts that serve precompressed files (see the
// README's static hosting recipe). Usage: node scripts/compress.mjs DIR
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = resolve(process.argv[2] ?? 'dist');
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
let plain = 0;
let brotli = 0;
let gzip = 0;
for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const body = await readFile(file);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gz);
  plain += body.length;
  brotli += br.length;
  gzip += gz.length;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`compressed copies: ${kb(plain)} KB -> ${kb(brotli)} KB brotli, ${kb(gzip)} KB gzip`);
