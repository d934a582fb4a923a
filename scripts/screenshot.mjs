// The README's pictures: the built page (dist/) with the sample roster loaded, the first
// screenful once the page has brought the answer into view (the summary band and the charts).
//
//   node scripts/screenshot.mjs [--dist dist] [--out docs/screenshot.png] [--width 1280]
//                               [--height 900] [--lang ar]          (make screenshot)

import { mkdirSync, existsSync, readFileSync } from 'node:fs';
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
    height: { type: 'string', default: '900' },
    lang: { type: 'string', default: 'en' },
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
  const page = await browser.newPage({ viewport: { width: Number(opts.width), height: Number(opts.height) }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}?lang=${opts.lang}`);
  // The sample button, named in the page's language (its message in src/i18n/<lang>/main.ftl).
  const ftl = readFileSync(path.join(ROOT, 'src/i18n', opts.lang, 'main.ftl'), 'utf8');
  const sample = /^input-sample = (.+)$/m.exec(ftl)[1].trim();
  await page.getByRole('button', { name: sample, exact: true }).click();
  await page.locator('svg.scatter circle.pt').first().waitFor({ state: 'visible' });
  // Fonts and the last layout pass, then the shot.
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  mkdirSync(path.dirname(out), { recursive: true });
  // The first screenful: the summary band and the charts.
  await page.screenshot({ path: out, fullPage: false });
  console.log(`screenshot: wrote ${path.relative(ROOT, out)}`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
