// Shared helpers for the end-to-end tests: serve dist/ on a free 127.0.0.1 port,
// drive the system Chromium with playwright-core, and read the page the way a
// screen-reader user would: by role and accessible name (docs/contract.md).
//
// Run with `node --test tests/e2e/` after `make build` (or `make test`).
// TIERWISE_DIST=path overrides the directory served (default: dist/).

import { before, after, test } from 'node:test';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/static_server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(ROOT, process.env.TIERWISE_DIST ?? 'dist');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/** How long to wait for the wasm app to start, and for results to appear. */
export const APP_TIMEOUT = 30_000;
export const STEP_TIMEOUT = 15_000;
/** Upper bound for one test or hook, so a hung browser fails the run instead of CI. */
export const TEST_TIMEOUT = 120_000;
/** node:test options for every test and hook. */
export const T = { timeout: TEST_TIMEOUT };

/**
 * Opens the app before this file's tests and closes it after them.
 * Returns an object whose `app` is set once the app is open.
 */
export function useApp(options) {
  const ctx = { app: undefined };
  before(async () => {
    ctx.app = await openApp(options);
  }, T);
  after(async () => {
    await ctx.app?.close();
  }, T);
  return ctx;
}

export function fixturePath(name) {
  return path.join(FIXTURES, name);
}

export function readFixture(name) {
  const p = fixturePath(name);
  if (!existsSync(p)) throw new Error(`missing fixture ${path.relative(ROOT, p)}`);
  return readFileSync(p, 'utf8');
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Start the server and a browser, open the app (at `path`, e.g. `?lang=pl`) and wait
 * until it has rendered (`ready(page)`, by default the "Paste a roster" textbox, is visible). Everything a test needs to inspect
 * afterwards is recorded: every request (page and context, incl. workers),
 * uncaught page errors, console errors, websockets.
 *
 * `beforeGoto(page)`, when given, runs before the page is opened (to route its requests).
 *
 * Returns { page, context, browser, server, url, requests, pageErrors,
 *           consoleErrors, close() }.
 */
export async function openApp({ viewport = { width: 1280, height: 900 }, initScript, contextOptions = {}, path: start = '', ready = pasteBox, beforeGoto } = {}) {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${path.relative(ROOT, DIST)}/index.html is missing: run \`make build\` first`);
  }
  const server = await startStaticServer(DIST);
  let browser;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport, ...contextOptions });
    const requests = [];
    const pageErrors = [];
    const consoleErrors = [];
    const seen = new Set();
    const record = (req) => {
      // page.on and context.on both fire for page requests; keep one of each.
      if (seen.has(req)) return;
      seen.add(req);
      requests.push(req.url());
    };
    context.on('request', record);
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    page.on('request', record);
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('pageerror', (err) => pageErrors.push(String(err && err.stack ? err.stack : err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.setDefaultTimeout(STEP_TIMEOUT);
    if (beforeGoto) await beforeGoto(page);
    await page.goto(server.url + start, { waitUntil: 'load' });
    await ready(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    return {
      page,
      context,
      browser,
      server,
      url: server.url,
      requests,
      pageErrors,
      consoleErrors,
      close: async () => {
        await browser.close().catch(() => {});
        await server.close();
      },
    };
  } catch (err) {
    if (browser) await browser.close().catch(() => {});
    await server.close();
    throw err;
  }
}

// ---- the page's parts, by role and accessible name (docs/contract.md) -------------

export const pasteBox = (page) => page.getByRole('textbox', { name: 'Paste a roster', exact: true });
export const analyseButton = (page) => page.getByRole('button', { name: 'Analyse', exact: true });
export const sampleButton = (page) => page.getByRole('button', { name: 'Try a sample roster', exact: true });
export const uploadInput = (page) => page.getByLabel('Upload a roster file', { exact: true });
export const tierSchemeSelect = (page) => page.getByRole('combobox', { name: 'Tier scheme', exact: true });
/** The settings' disclosure: folded until a roster is on screen. */
export const settingsToggle = (page) => page.locator('details.settings > summary');
/** Opens the settings, as a person clicks their heading, when they are folded. */
export async function openSettings(page) {
  if (!(await page.locator('details.settings').evaluate((d) => d.open))) await settingsToggle(page).click();
}
/**
 * A table by its caption. The caption may go on after a dash with a description
 * ("Creators — Showing 40 of 40 creators"), which lands in the accessible name too.
 */
export const tableByCaption = (page, caption) =>
  page.getByRole('table', { name: new RegExp(`^${caption}(?:$|\\s+[—–-]\\s)`) });
export const tierSummaryTable = (page) => tableByCaption(page, 'Tier summary');
export const creatorsTable = (page) => tableByCaption(page, 'Creators');
export const problemsRegion = (page) => page.getByRole('region', { name: /^Problems\b/ });
/** The status line "N creators read, M problems" (other statuses may exist). */
export const readStatus = (page) =>
  page.getByRole('status').filter({ hasText: /\bcreators?\s+read\b/i });

// ---- waiting without sleeping -------------------------------------------------------

/**
 * Retry `fn` until it returns without throwing (its value is returned), or throw
 * its last error after `timeout` ms. For "the results update as you type".
 */
export async function eventually(fn, { timeout = STEP_TIMEOUT, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

// ---- reading what the page shows ----------------------------------------------------

/** Text as a person reads it: whitespace collapsed (incl. no-break spaces). */
export function clean(s) {
  return String(s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A header's label without sort arrows or other decoration: "Followers ▲" → "Followers". */
export function headerLabel(s) {
  return clean(s).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%)]+$/gu, '');
}

/**
 * Parse a number the way the page may display it: "1,234", "1 234", "12.5K",
 * "3.4M", "4.5%", "$1,200", "—" (→ NaN).
 */
export function parseShownNumber(s) {
  const t = clean(s).replace(/[\s$€£%]/g, '').replace(/zł/gi, '');
  const m = /^(-?[\d.,]+)\s*([kmb])?$/i.exec(t);
  if (!m) return NaN;
  let digits = m[1];
  // "1,234" / "1,234,567": thousands separators; "12.5": decimal point.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(digits)) digits = digits.replace(',', '.');
  const n = Number(digits);
  const mult = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return n * mult;
}

/**
 * Read a table into { headers: [...], rows: [{ header: text, ... }] } using only
 * ARIA roles: columnheader for the header row, rowheader + cell for body rows.
 * Rows that hold column headers are skipped.
 */
export async function readTable(table) {
  // A table that says it is busy (the creators table while its rows come from the engine)
  // is read once it is not.
  await eventually(async () => {
    if ((await table.getAttribute('aria-busy')) === 'true') throw new Error('the table is still busy');
  });
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(headerLabel);
  const rows = [];
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('columnheader').count()) > 0) continue;
    const texts = (await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts()).map(clean);
    const obj = {};
    texts.forEach((t, i) => {
      obj[headers[i] ?? `#${i}`] = t;
    });
    rows.push(obj);
  }
  return { headers, rows };
}

/** The number of body rows (rows without column headers) of a table. */
export async function bodyRowCount(table) {
  let n = 0;
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('columnheader').count()) === 0) n += 1;
  }
  return n;
}

/** Header key matching `label` case-insensitively ("Creators", "Sort by Creators" …). */
export function findHeader(headers, label) {
  const want = label.toLowerCase();
  const h =
    headers.find((x) => x.toLowerCase() === want) ??
    headers.find((x) => x.toLowerCase().replace(/^sort by\s+/, '') === want) ??
    headers.find((x) => x.toLowerCase().startsWith(want));
  if (!h) throw new Error(`no column "${label}" in [${headers.join(' | ')}]`);
  return h;
}

/** Tier summary as { Emerging: n, Nano: n, ... } (tiers the page lists). */
export async function tierCounts(page) {
  const { headers, rows } = await readTable(tierSummaryTable(page));
  const tierKey = findHeader(headers, 'Tier');
  const countKey = findHeader(headers, 'Creators');
  const out = {};
  for (const r of rows) {
    const tier = r[tierKey];
    if (!tier || /^total\b/i.test(tier)) continue;
    out[tier] = parseShownNumber(r[countKey]);
  }
  return out;
}

/** "N creators read, M problems" → { creators: N, problems: M }. */
export async function statusCounts(page) {
  // While the engine reads (the status says it is busy) the counts are the roster's before.
  // (A locator's wait: `page` may be a page, a frame or a frame's locator.)
  await page.locator('p.status[role=status][aria-busy="true"]').waitFor({ state: 'detached' });
  const text = clean(await readStatus(page).first().innerText());
  const NUM = String.raw`(\d(?:[\d,.\u00a0\u202f ]*\d)?)`;
  const c = new RegExp(`${NUM}\\s+creators?\\s+read`, 'i').exec(text);
  const p = new RegExp(`${NUM}\\s+problems?\\b`, 'i').exec(text);
  if (!c) throw new Error(`status "${text}" does not say how many creators were read`);
  return {
    text,
    creators: parseShownNumber(c[1]),
    problems: p ? parseShownNumber(p[1]) : 0,
  };
}

/**
 * The accessible role and name of every focusable control Chromium exposes,
 * from its own accessibility tree (the computed names a screen reader gets).
 */
export async function controlNames(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = new Set([
      'button', 'textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'checkbox',
      'radio', 'slider', 'switch', 'menuitem', 'tab', 'link',
    ]);
    return nodes
      .filter((n) => !n.ignored && roles.has(n.role?.value))
      .map((n) => ({
        role: n.role.value,
        name: clean(n.name?.value ?? ''),
        backendDOMNodeId: n.backendDOMNodeId,
      }));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Describe a node for an error message (tag, id, class, a bit of markup). */
export async function describeNode(page, backendNodeId) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { backendNodeId });
    return outerHTML.slice(0, 200);
  } catch {
    return `(node ${backendNodeId})`;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** True when a request URL stays on this machine (127.0.0.1) or never leaves the page. */
export function isLocal(url) {
  if (/^(data|blob|about|chrome-extension|chrome):/i.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Pastes `text` into a text box the way a browser delivers a paste: the whole value and one
 * `input` event (insertFromPaste). Playwright's fill() types a multi-line text as one input
 * event per line, which re-reads a big roster once per line.
 */
export async function pasteInto(box, text) {
  await box.focus();
  await box.evaluate((el, value) => {
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/**
 * Runs `action`, then waits until autosave has looked at what it changed (the app says so on
 * `window.tierwiseAutosave`), and returns what autosave did: `paused`, `nothing`, `saved` or
 * `saved-roster`. A test that checks nothing was kept waits for this, not for a while.
 */
export async function afterAutosave(page, action) {
  const before = await page.evaluate(() => window.tierwiseAutosave?.runs ?? 0);
  await action();
  await page.waitForFunction((n) => (window.tierwiseAutosave?.runs ?? 0) > n, before);
  return page.evaluate(() => window.tierwiseAutosave.last);
}

/** Waits until autosave's last look at the page ended in `last` (see afterAutosave). */
export const autosaveSettled = (page, last) =>
  page.waitForFunction((l) => window.tierwiseAutosave?.last === l, last);

/**
 * Waits until the budget plan on screen is for what the form holds: budget edits are planned
 * once typing pauses, and meanwhile the earlier plan is marked busy.
 */
export const planSettled = (page) => page.locator('.budget-outcome[aria-busy="false"]').waitFor();

/** What is kept where: the local storage keys and the IndexedDB record. */
export async function kept(page) {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage).filter((k) => k.startsWith('tierwise:')).sort();
    const where = localStorage.getItem('tierwise:input-in');
    // Looking must not create the database.
    if (!(await indexedDB.databases()).some((d) => d.name === 'tierwise')) {
      return { local, where, bigChars: 0, database: false };
    }
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('tierwise', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('kept');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const big = await new Promise((resolve) => {
      const r = db.transaction('kept').objectStore('kept').get('input');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => resolve(undefined);
    });
    db.close();
    // The record's size: the file itself, as a blob (its bytes, or a text, by versions
    // before).
    const bigKind = big instanceof Blob ? 'blob' : big instanceof Uint8Array ? 'bytes' : typeof big;
    return { local, where, bigChars: big?.size ?? big?.length ?? 0, bigKind, database: true };
  });
}

/**
 * A test with its own app (a fresh browser profile): `fn(app)` runs with the app open, and
 * the app is closed afterwards whatever happens. `options` as for openApp.
 */
export function appTest(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  test(name, T, async () => {
    const app = await openApp(options);
    try {
      await fn(app);
    } finally {
      await app.close();
    }
  });
}
