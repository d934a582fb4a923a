// docs/screenshot.png for the README: the built page (dist/) with the sample
// roster loaded, 1280 × 1500 px (the first screenful).
//
//   node scripts/screenshot.mjs [--dist dist] [--out docs/screenshot.png]   (make screenshot)

import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static_server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    width: { type: 'string', default: '1280' },
  },
});
const dist = path.resolve(ROOT, opts.dist);
const out = path.resolve(ROOT, opts.out);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`screenshot: ${opts.dist}/index.html is missing: run \`make build\``);
  process.exit(1);
}

const server = await startStaticServer(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(opts.width), height: 1500 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(30_000);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Try a sample roster', exact: true }).click();
  // Caption "Creators", possibly followed by " — Showing N of M creators".
  const table = page.getByRole('table', { name: /^Creators(?:$|\s+[—–-]\s)/ });
  await table.getByRole('row').nth(5).waitFor({ state: 'visible' });
  // Fonts and the last layout pass, then the shot.
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  mkdirSync(path.dirname(out), { recursive: true });
  // The first screenful: input, settings, tier summary, comparison and the first creators.
  await page.screenshot({ path: out, fullPage: false });
  console.log(`screenshot: wrote ${path.relative(ROOT, out)}`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
