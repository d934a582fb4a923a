// Trunk post_build hook, on the build in TRUNK_STAGING_DIR (before trunk moves it to dist/):
// 1. writes the page's Content-Security-Policy into index.html;
// 2. writes the list of every built file and a version (a hash of their contents) into
//    sw.js, the service worker that keeps the app working offline;
// 3. writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file.
//
// Scripts: only the page's own files, plus trunk's one inline module script, allowed by
// its SHA-256 (the file names inside change every build, so the hash is computed here);
// 'wasm-unsafe-eval' lets WebAssembly compile (it allows no JavaScript eval).
// Connections, styles, images, fonts: the page's own origin only (images also data: and
// blob: URLs the page makes). Inline style attributes are allowed: Yew sets a few CSS
// variables through them (bar widths); they cannot run code. No plugins, no <base>
// change, no form posts anywhere.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/g, '');
// Right after the charset (which must come first), before anything it governs.
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (!/<meta charset="utf-8">/.test(html)) {
  console.error('post_build: no <meta charset="utf-8"> in index.html to put the policy after');
  process.exit(1);
}
html = html.replace(/<meta charset="utf-8">/, `<meta charset="utf-8">\n  ${meta}`);
writeFileSync(file, html);
console.log(`post_build: Content-Security-Policy with ${hashes.length} inline script hash(es)`);

// ---- the service worker's file list and version ------------------------------------
const swFile = path.join(dir, 'sw.js');
const files = readdirSync(dir)
  .filter((f) => f !== 'sw.js' && statSync(path.join(dir, f)).isFile())
  .sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(readFileSync(path.join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
let sw = readFileSync(swFile, 'utf8');
if (!sw.includes('/*__TIERWISE_FILES__*/ []') || !sw.includes('__TIERWISE_VERSION__')) {
  console.error('post_build: sw.js has no placeholders to fill');
  process.exit(1);
}
sw = sw
  .replace('/*__TIERWISE_FILES__*/ []', JSON.stringify(['./', ...files.map((f) => `./${f}`)]))
  .replace('__TIERWISE_VERSION__', version);
writeFileSync(swFile, sw);
console.log(`post_build: sw.js precaches ${files.length + 1} files, version ${version}`);

// ---- precompressed copies, for hosts that serve them ------------------------------
// Written last, after sw.js and index.html are final and after the service worker's list is
// made (the worker fetches through the browser, which asks for and decodes a compressed
// copy itself; listing the copies too would download the app three times). A host that
// serves `file.br` / `file.gz` for `file` (nginx gzip_static/brotli_static, Netlify, our
// scripts/static_server.mjs) sends the small one; any other host ignores them.
const COMPRESS = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.webmanifest', '.csv']);
let raw = 0;
let br = 0;
let gz = 0;
for (const f of readdirSync(dir).sort()) {
  const p = path.join(dir, f);
  if (!statSync(p).isFile() || !COMPRESS.has(path.extname(f))) continue;
  const body = readFileSync(p);
  const b = brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const g = gzipSync(body, { level: 9 });
  writeFileSync(`${p}.br`, b);
  writeFileSync(`${p}.gz`, g);
  raw += body.length;
  br += b.length;
  gz += g.length;
}
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`post_build: .br and .gz beside each text and wasm file: ${kib(raw)} → ${kib(br)} brotli, ${kib(gz)} gzip`);
