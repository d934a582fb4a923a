// Trunk post_build hook: writes the page's Content-Security-Policy into the built
// index.html (in TRUNK_STAGING_DIR, before trunk moves it to dist/).
//
// Scripts: only the page's own files, plus trunk's one inline module script, allowed by
// its SHA-256 (the file names inside change every build, so the hash is computed here);
// 'wasm-unsafe-eval' lets WebAssembly compile (it allows no JavaScript eval).
// Connections, styles, images, fonts: the page's own origin only (images also data: and
// blob: URLs the page makes). Inline style attributes are allowed: Yew sets a few CSS
// variables through them (bar widths); they cannot run code. No plugins, no <base>
// change, no form posts anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

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
