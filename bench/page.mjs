// Opens one bench page in headless Chromium, served from DIR on 127.0.0.1, runs `fn(page)`
// and closes everything; returns { value, chromiumVersion }. Used by both bench drivers.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static_server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

export async function inBenchPage(dir, pagePath, fn, extraArgs = []) {
  const server = await startStaticServer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
  try {
    const chromiumVersion = browser.version();
    const page = await browser.newPage();
    page.on('console', (m) => console.log(`  [page] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`  [page error] ${e}`));
    await page.goto(new URL(pagePath, server.url).href);
    return { value: await fn(page), chromiumVersion };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

/**
 * Puts `section` (which starts with the `start` marker and ends with the `end` one) at the
 * end of the Markdown file `out`, replacing an earlier section between the same markers.
 */
export function writeSection(out, start, end, section) {
  let md = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n';
  const a = md.indexOf(start);
  const b = md.indexOf(end);
  if (a >= 0 && b > a) {
    md = md.slice(0, a) + md.slice(b + end.length).replace(/^\n/, '');
  }
  writeFileSync(out, `${md.trimEnd()}\n\n${section}`);
}
