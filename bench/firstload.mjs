// The first visit, measured for `make bench`: what the page downloads before it can draw,
// compressed as a host sends it; which crates the app's wasm is made of; and Lighthouse's
// scores for the built site served with compression (mobile and desktop presets).
//
//   node bench/firstload.mjs [--dist dist] [--names target/wasm32-unknown-unknown/release/tierwise-app.wasm]
//                            [--lighthouse] [--out docs/benchmarks.md]
//
// --names: the app's wasm as rustc wrote it (before wasm-bindgen and wasm-opt strip the
// function names): each function's size is put to the crate its name starts with (twiggy,
// `cargo install twiggy`). The share is of that module; wasm-opt shrinks all of it later.
// --lighthouse: runs the `lighthouse` npm package (installed by `make bench` when missing)
// against the dist/ served by scripts/static_server.mjs, which sends the .br/.gz copies.

import { readFileSync, existsSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeSection } from './page.mjs';
import { startStaticServer } from '../scripts/static_server.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { median, fmt } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHELL_GOAL_KIB = 250; // issue 13: the UI shell (wasm + js + css) ≤ 250 KB gzipped
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    names: { type: 'string', default: 'target/wasm32-unknown-unknown/release/tierwise-app.wasm' },
    lighthouse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const dist = path.resolve(ROOT, opts.dist);
const START = '<!-- firstload:start -->';
const END = '<!-- firstload:end -->';

// ---- sizes ----------------------------------------------------------------------------
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const linked = (re) => [...html.matchAll(re)].map((m) => m[1]);
const appJs = linked(/<script[^>]+type="module"[^>]*>[\s\S]*?from '\.\/([^']+\.js)'/g)[0]
  ?? linked(/import init[^;]*from '\.\/([^']+\.js)'/g)[0];
const appWasm = linked(/'\.\/([^']+_bg\.wasm)'/g)[0];
const css = linked(/href="\.\/([^"]+\.css)"/g);
const scripts = linked(/<script src="\.\/([^"]+\.js)"/g);
if (!appJs || !appWasm) {
  console.error('bench/firstload.mjs: cannot find the app js and wasm in dist/index.html: run `make build-dist`');
  process.exit(1);
}
const size = (f) => {
  const p = path.join(dist, f);
  const one = (q) => (existsSync(q) ? statSync(q).size : NaN);
  return { file: f, raw: one(p), gz: one(`${p}.gz`), br: one(`${p}.br`) };
};
const shell = [size(appWasm), size(appJs), ...css.map(size)];
const page = [size('index.html'), ...scripts.map(size)];
const sum = (rows, k) => rows.reduce((a, r) => a + r[k], 0);
const workbook = ['workbook_bg.wasm', 'workbook.js'].filter((f) => existsSync(path.join(dist, f))).map(size);
const KiB = 1024;
const kib = (n) => fmt(n / KiB, 0);
const sizeRow = (r) => `| \`${r.file}\` | ${kib(r.raw)} | ${kib(r.gz)} | ${kib(r.br)} |`;
const shellGz = sum(shell, 'gz');

// ---- each crate's share of the app's wasm ------------------------------------------
function crateShares(wasm) {
  if (!existsSync(wasm)) return null;
  let json;
  try {
    json = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', wasm], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
  const NAMES = 'names and custom sections';
  const items = JSON.parse(json);
  const names = items.filter((i) => owner(i.name) === NAMES).reduce((a, i) => a + i.shallow_size, 0);
  const kept = items.filter((i) => owner(i.name) !== NAMES);
  const total = kept.reduce((a, i) => a + i.shallow_size, 0);
  const by = new Map();
  for (const { name, shallow_size: bytes } of kept) by.set(owner(name), (by.get(owner(name)) ?? 0) + bytes);
  return { total, names, rows: [...by.entries()].sort((a, b) => b[1] - a[1]) };
}

/** Who a wasm item belongs to: a crate (tierwise split by top module), data or names. */
function owner(name) {
  if (/^data segment/.test(name)) return 'data (string tables, translations, constants)';
  if (/names" subsection|^custom section|producers/.test(name)) return 'names and custom sections';
  if (/^(type|import|export|elem|table|memory|global|code section|func\b)/.test(name)) return 'wasm sections';
  // The crate of the first path in the name: `<yew::…>` → yew, `core::ptr::drop_in_place<tierwise::…>` → tierwise.
  // Paths start at the name's start or after `<`, a space, `(`, `,`, `&` or `*`.
  const paths = [...name.matchAll(/(?:^|[<\s(,&*])([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::([a-z_][a-z0-9_]*)/g)];
  const generic = paths.find(([, c]) => !['core', 'alloc', 'std'].includes(c));
  const hit = generic ?? paths[0];
  if (!hit) return 'other';
  const [, crate, module] = hit;
  if (crate === 'tierwise') return `tierwise::${module}`;
  return crate;
}

const shares = crateShares(path.resolve(ROOT, opts.names));

// ---- Lighthouse --------------------------------------------------------------------
async function lighthouse() {
  const bin = path.join(ROOT, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) return { error: 'the lighthouse npm package is not installed' };
  const server = await startStaticServer(dist);
  const runs = Number(opts.runs);
  const out = {};
  try {
    for (const preset of ['mobile', 'desktop']) {
      const scores = [];
      for (let r = 0; r < runs; r++) {
        const tmp = mkdtempSync(path.join(os.tmpdir(), 'tierwise-lh-'));
        try {
          const args = [
            server.url,
            '--quiet',
            '--output=json',
            `--output-path=${path.join(tmp, 'report.json')}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir=${tmp}/profile`,
            ...(preset === 'desktop' ? ['--preset=desktop'] : []),
          ];
          // Asynchronously: the server answering Lighthouse's Chromium runs in this process.
          await promisify(execFile)(bin, args, {
            env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM },
            timeout: 300_000,
          });
          const report = JSON.parse(readFileSync(path.join(tmp, 'report.json'), 'utf8'));
          const c = report.categories;
          const a = report.audits;
          scores.push({
            performance: c.performance.score * 100,
            accessibility: c.accessibility.score * 100,
            bestPractices: c['best-practices'].score * 100,
            seo: c.seo.score * 100,
            fcp: a['first-contentful-paint'].numericValue,
            lcp: a['largest-contentful-paint'].numericValue,
            tbt: a['total-blocking-time'].numericValue,
            transfer: a['total-byte-weight'].numericValue,
          });
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      }
      out[preset] = Object.fromEntries(Object.keys(scores[0]).map((k) => [k, median(scores.map((s) => s[k]))]));
      out[preset].runs = scores.map((s) => s.performance);
      out.version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    }
  } catch (e) {
    return { error: `lighthouse failed: ${String(e.message ?? e).split('\n')[0]}` };
  } finally {
    await server.close();
  }
  return out;
}
const lh = opts.lighthouse ? await lighthouse() : { error: 'not run (`--lighthouse`)' };

// ---- the section -------------------------------------------------------------------
const lhRow = (name, r) =>
  `| ${name} | **${fmt(r.performance, 0)}** (runs ${r.runs.map((x) => fmt(x, 0)).join(', ')}) | ${fmt(r.accessibility, 0)} | ${fmt(r.bestPractices, 0)} | ${fmt(r.seo, 0)} | ${fmt(r.fcp / 1000, 1)} | ${fmt(r.lcp / 1000, 1)} | ${fmt(r.tbt, 0)} | ${kib(r.transfer)} |`;
const section = `${START}
## First load

Generated by \`make bench\` (bench/firstload.mjs) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, from \`${opts.dist}/\` as
\`make build-dist\` writes it (\`trunk build --release\`, wasm-opt \`-Oz\`; .br and .gz copies by
scripts/post_build.mjs).

### What the page downloads before it draws

The UI shell (what issue 13's goal of ≤ ${SHELL_GOAL_KIB} KiB gzipped counts: the app's wasm, its JavaScript and CSS):

| file | KiB | gzip KiB | brotli KiB |
|---|---:|---:|---:|
${shell.map(sizeRow).join('\n')}
| **shell** | **${kib(sum(shell, 'raw'))}** | **${kib(shellGz)}** | **${kib(sum(shell, 'br'))}** |

Goal ≤ ${SHELL_GOAL_KIB} KiB gzipped: ${shellGz / KiB <= SHELL_GOAL_KIB ? '**met**' : `**not met** (${fmt(shellGz / KiB / SHELL_GOAL_KIB, 1)}× the goal)`}.
The page itself and its small scripts: ${page.map((r) => `\`${r.file}\` ${fmt(r.gz / KiB, 1)}`).join(', ')} KiB gzipped.
Loaded only when a workbook arrives: ${workbook.map((r) => `\`${r.file}\` ${kib(r.gz)}`).join(', ')} KiB gzipped.

### What the app's wasm is made of

${
  shares
    ? `\`${opts.names}\`: ${kib(shares.total)} KiB of code and data before wasm-bindgen and wasm-opt
(plus ${kib(shares.names)} KiB of function names and custom sections, which they strip), by the crate each
function's name starts with (twiggy, shallow sizes; generic code is put to the crate of its type
parameter when that is not core/alloc/std):

| part | KiB | share |
|---|---:|---:|
${shares.rows
  .slice(0, 20)
  .map(([k, v]) => `| ${k} | ${kib(v)} | ${fmt((100 * v) / shares.total, 1)}% |`)
  .join('\n')}
| everything else | ${kib(shares.rows.slice(20).reduce((a, [, v]) => a + v, 0))} | |`
    : `Not measured: \`twiggy\` (\`cargo install twiggy\`) or \`${opts.names}\` is missing.`
}

### Lighthouse

${
  lh.error
    ? `Not measured: ${lh.error}.`
    : `Lighthouse ${lh.version}, on dist/ served by scripts/static_server.mjs from 127.0.0.1 with brotli,
headless Chromium (\`CHROME_PATH\`), median of ${opts.runs} runs per preset (mobile: Lighthouse's default
throttling of a mid-range phone on a slow 4G link; desktop: \`--preset=desktop\`).

| preset | performance | accessibility | best practices | SEO | FCP s | LCP s | TBT ms | transferred KiB |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${lhRow('mobile', lh.mobile)}
${lhRow('desktop', lh.desktop)}

Goals: mobile performance ≥ 90, desktop 100, the other three 100.`
}
${END}
`;
writeSection(path.resolve(ROOT, opts.out), START, END, section);
console.log(
  `firstload: shell ${kib(shellGz)} KiB gzipped (goal ≤ ${SHELL_GOAL_KIB})` +
    (lh.error ? `; lighthouse ${lh.error}` : `; lighthouse mobile ${fmt(lh.mobile.performance, 0)}, desktop ${fmt(lh.desktop.performance, 0)}`),
);
