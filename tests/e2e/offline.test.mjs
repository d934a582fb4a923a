// Offline and deployment, in a real browser: after one visit the app loads and works with the
// server gone (paste, analyse, split, export); a new deploy is offered as "A new version …
// Reload" and switches cleanly to the new cache; the built site works from a sub-path; its
// files go to the browser compressed (the .br copies the build writes).
// Each test serves its own copy of dist/, so it can change or stop it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../scripts/static_server.mjs';
import {
  DIST, launchBrowser, pasteBox, sampleButton, statusCounts, eventually, readFixture, T,
  APP_TIMEOUT,
} from './helpers.mjs';

/** A copy of dist/ at `sub` inside a fresh temporary root. */
function copyOfDist(sub = '') {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tierwise-dist-'));
  const dir = path.join(root, sub);
  mkdirSync(dir, { recursive: true });
  cpSync(DIST, dir, { recursive: true });
  return { root, dir };
}

/** Opens `url` and waits until the service worker controls the page. */
async function openControlled(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  // (Not `await navigator.serviceWorker.ready`: without a worker it never settles.)
  await eventually(async () => {
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'no controlling worker yet');
  });
  return { context, page };
}

test('after one visit the app works with the server gone', T, async () => {
  const { root } = copyOfDist();
  const server = await startStaticServer(root);
  const browser = await launchBrowser();
  try {
    const { context, page } = await openControlled(browser, server.url);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
    await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
    await sampleButton(page).click();
    await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the plan (CSV)' }).click(),
    ]);
    assert.match(readFileSync(await download.path(), 'utf8'), /#ad/);
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }
});

test('a new deploy is offered, and Reload switches to it cleanly', T, async () => {
  const { root } = copyOfDist();
  const server = await startStaticServer(root);
  const browser = await launchBrowser();
  try {
    const { page } = await openControlled(browser, server.url);
    const oldCaches = await page.evaluate(() => caches.keys());
    assert.equal(oldCaches.length, 1, JSON.stringify(oldCaches));
    // "Deploy" a new build: another page and another version in sw.js.
    const index = path.join(root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n  <meta name="tierwise-build" content="2">'));
    const sw = path.join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '[^']+'/, "const VERSION = 'second-build'"));
    await page.evaluate(() => window.tierwiseRegistration.update());
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Tierwise is available.' });
    await banner.waitFor();
    // Until the user says so, the page keeps the old build.
    assert.equal(await page.locator('meta[name="tierwise-build"]').count(), 0);
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.equal(await page.locator('meta[name="tierwise-build"]').getAttribute('content'), '2');
    await eventually(async () => {
      assert.deepEqual(await page.evaluate(() => caches.keys()), ['tierwise-second-build']);
    });
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }
});

test('the built site works from a sub-path', T, async () => {
  const { root } = copyOfDist('tools/tierwise');
  const server = await startStaticServer(root);
  const browser = await launchBrowser();
  try {
    const { page } = await openControlled(browser, new URL('tools/tierwise/', server.url).href);
    const scope = await page.evaluate(() => navigator.serviceWorker.controller && window.tierwiseRegistration.scope);
    assert.match(scope, /\/tools\/tierwise\/$/);
    await sampleButton(page).click();
    await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }
});

test('the built files go to the browser compressed, and decompress to the files themselves', T, async () => {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const encodings = new Map();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding'] ?? null));
    await page.goto(server.url);
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const wasm = [...encodings.keys()].find((p) => p.endsWith('_bg.wasm'));
    assert.ok(wasm, `no wasm among ${JSON.stringify([...encodings.keys()])}`);
    for (const p of ['/', wasm, ...[...encodings.keys()].filter((k) => /\.(js|css)$/.test(k))]) {
      assert.equal(encodings.get(p), 'br', `${p} was sent ${encodings.get(p) ?? 'uncompressed'}`);
    }
    // What the browser used is the built file, byte for byte.
    const file = path.join(DIST, wasm);
    assert.ok(existsSync(`${file}.br`));
    assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));
    const sizes = await page.evaluate((name) => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(name));
      return e && { encoded: e.encodedBodySize, decoded: e.decodedBodySize };
    }, wasm);
    assert.ok(sizes && sizes.encoded > 0 && sizes.encoded < sizes.decoded / 2, JSON.stringify(sizes));
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
});
