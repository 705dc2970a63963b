// Where the wasm bundle's bytes go: the release wasm, optimised as Trunk does but keeping
// function names, is split into groups of functions by crate (the Leptos view layer, the
// reactive system, the app's own UI, domain and store, serde, the standard library, ...)
// plus its data segment. For each group: raw bytes, its brotli size alone, and what it adds
// to the brotli size of the whole (the whole's size minus the size of everything else).
// With --headless, also the size of the same build of examples/headless.rs: the app's rules
// and storage with no interface.
// Usage: node bench/breakdown.mjs <wasm with a name section> [--headless <wasm> <js>] [--smoke]
//   (see breakdown.sh)
// --smoke compresses at brotli quality 5 instead of 11: quicker, figures a little larger.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const QUALITY = process.argv.includes('--smoke') ? 5 : 11;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY } }).length;

/** Reads an unsigned LEB128 number at `at`; returns it and the offset after it. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The module's sections, function names, function bodies (by function index) and data. */
function parse(bytes) {
  const sections = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id, start, size });
    at = start + size;
  }
  let imported = 0;
  for (const { start } of sections.filter((s) => s.id === 2)) {
    let [count, at] = leb(bytes, start);
    for (let i = 0; i < count; i++) {
      for (let name = 0; name < 2; name++) {
        const [length, next] = leb(bytes, at);
        at = next + length;
      }
      const kind = bytes[at++];
      if (kind === 0) {
        imported += 1;
        [, at] = leb(bytes, at);
      } else if (kind === 1) {
        at += 1; // element type
        const flags = bytes[at++];
        [, at] = leb(bytes, at);
        if (flags & 1) [, at] = leb(bytes, at);
      } else if (kind === 2) {
        const flags = bytes[at++];
        [, at] = leb(bytes, at);
        if (flags & 1) [, at] = leb(bytes, at);
      } else {
        at += 2; // global: type and mutability
      }
    }
  }
  const names = new Map();
  const decoder = new TextDecoder();
  for (const { start, size } of sections.filter((s) => s.id === 0)) {
    let [length, at] = leb(bytes, start);
    if (decoder.decode(bytes.subarray(at, at + length)) !== 'name') continue;
    at += length;
    while (at < start + size) {
      const sub = bytes[at];
      const [subSize, body] = leb(bytes, at + 1);
      if (sub === 1) {
        let [count, p] = leb(bytes, body);
        for (let i = 0; i < count; i++) {
          const [index, q] = leb(bytes, p);
          const [nameLength, r] = leb(bytes, q);
          names.set(index, decoder.decode(bytes.subarray(r, r + nameLength)));
          p = r + nameLength;
        }
      }
      at = body + subSize;
    }
  }
  const functions = [];
  let data = new Uint8Array();
  for (const { id, start, size } of sections) {
    if (id === 10) {
      let [count, at] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [length, body] = leb(bytes, at);
        functions.push({ name: names.get(imported + i) ?? '?', body: bytes.subarray(body, body + length) });
        at = body + length;
      }
    } else if (id === 11) {
      data = bytes.subarray(start, start + size);
    }
  }
  return { functions, data };
}

/** The group a function belongs to, by the crate and module in its (demangled) name. */
function group(name) {
  const has = (...parts) => parts.some((p) => name.includes(p));
  if (has('serde', 'Deserial', 'Visitor')) return 'serde and serde_json';
  if (has('i18n')) return 'leptos_i18n and translations code';
  if (has('icu', 'tinystr', 'zerovec', 'writeable', 'litemap')) return 'icu (plural rules)';
  if (has('tachys')) return 'tachys (Leptos views)';
  if (has('reactive_graph')) return 'reactive_graph (Leptos signals)';
  if (name.startsWith('leptos') || has('<leptos')) return 'leptos';
  if (name.startsWith('golive::ui') || name.startsWith('golive::main')) return 'app: ui';
  if (name.startsWith('golive::domain') || has('<golive::domain')) return 'app: domain';
  if (name.startsWith('golive::store') || has('<golive::store')) return 'app: store';
  if (has('miniz')) return 'miniz_oxide (deflate)';
  if (has('wasm_bindgen', 'js_sys', 'web_sys', 'wbg', 'wbindgen')) return 'wasm-bindgen, js-sys, web-sys';
  if (has('fmt')) return 'core::fmt';
  if (has('alloc', 'dlmalloc', 'hashbrown', 'indexmap')) return 'alloc and collections';
  return 'core, std and the rest';
}

const bytes = new Uint8Array(readFileSync(process.argv[2]));
const { functions, data } = parse(bytes);
const groups = new Map([['data segment (strings, tables)', [data]]]);
for (const f of functions) {
  const g = group(f.name);
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g).push(f.body);
}
const join = (parts) => Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
const all = [...groups.values()].flat();
const whole = brotli(join(all));
const rows = [...groups.entries()].map(([name, parts]) => {
  const raw = parts.reduce((n, p) => n + p.length, 0);
  const others = [...groups.entries()].filter(([n]) => n !== name).flatMap(([, p]) => p);
  return { name, count: name.startsWith('data') ? '' : parts.length, raw, alone: brotli(join(parts)), adds: whole - brotli(join(others)) };
});
rows.sort((a, b) => b.adds - a.adds);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`| group | functions | raw KB | brotli KB alone | adds to the whole, brotli KB |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.name} | ${r.count} | ${kb(r.raw)} | ${kb(r.alone)} | ${kb(r.adds)} |`);
console.log(`| code and data together | ${functions.length} | ${kb(all.reduce((n, p) => n + p.length, 0))} | ${kb(whole)} | |`);
// The interface layer together: the components and what Leptos instantiates for them.
const ui = ['app: ui', 'tachys (Leptos views)', 'reactive_graph (Leptos signals)', 'leptos'];
const rest = [...groups.entries()].filter(([n]) => !ui.includes(n)).flatMap(([, p]) => p);
console.log(`\nThe interface layer (${ui.join(', ')}) adds ${kb(whole - brotli(join(rest)))} KB brotli to the whole.`);
const headless = process.argv.indexOf('--headless');
if (headless > 0) {
  const [wasm, js] = process.argv.slice(headless + 1, headless + 3).map((file) => readFileSync(file));
  console.log(
    `The rules and storage with no interface (examples/headless.rs), built alike: wasm ${kb(brotli(wasm))} KB and JS ${kb(brotli(js))} KB brotli, ${kb(brotli(wasm) + brotli(js))} KB in all.`,
  );
}
