// Arabic reads from the right: the tier summary's bars and number cells follow the page,
// the numbers inside keep their own order (isolated), the share link stays left to right,
// and the phone-wide page does not scroll sideways. Names come from the translation files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { openApp, launchBrowser, DIST, ROOT, T } from './helpers.mjs';
import { startStaticServer } from '../../scripts/static_server.mjs';

const SHOTS = path.join(ROOT, 'target/e2e-screens');
mkdirSync(SHOTS, { recursive: true });

const ar = new FluentBundle('ar', { useIsolating: true });
for (const file of readdirSync(path.join(ROOT, 'src/i18n/ar')).filter((f) => f.endsWith('.ftl'))) {
  ar.addResource(new FluentResource(readFileSync(path.join(ROOT, 'src/i18n/ar', file), 'utf8')));
}
const msg = (id) => ar.formatPattern(ar.getMessage(id).value, {}, []);

for (const width of [1280, 390]) {
  test(`Arabic at ${width} px: bars and number cells read from the right, numbers isolated`, T, async () => {
    const app = await openApp({
      viewport: { width, height: 900 },
      path: '?lang=ar',
      ready: (page) => page.getByRole('textbox', { name: msg('input-paste'), exact: true }),
    });
    try {
      const { page } = app;
      await page.getByRole('button', { name: msg('input-sample'), exact: true }).click();
      const summary = page.getByRole('table', { name: new RegExp(`^${msg('summary-caption')}`) });
      await summary.waitFor();
      assert.equal(await page.getByText(msg('layout-loading')).isVisible(), false, 'the loading line is gone');
      // The share cell holds the bar and the percentage.
      const cell = summary.locator('td.num', { has: page.locator('.bar') }).first();
      const style = await cell.evaluate((td) => {
        const bar = td.querySelector('.bar');
        const number = td.querySelector('bdi');
        const cs = getComputedStyle(td);
        const b = bar.getBoundingClientRect();
        const n = number.getBoundingClientRect();
        return {
          direction: cs.direction,
          barDirection: getComputedStyle(bar).direction,
          isolated: getComputedStyle(number).unicodeBidi,
          // The bar comes first in reading order, so it stands right of the number.
          barRightOfNumber: b.left >= n.right - 1,
        };
      });
      assert.equal(style.direction, 'rtl', 'the number cell follows the page');
      assert.equal(style.barDirection, 'rtl', 'the bar reads from the right');
      assert.equal(style.isolated, 'isolate', 'the number inside is isolated');
      assert.ok(style.barRightOfNumber, 'the bar stands at the start (right) of its cell');

      await page.getByRole('button', { name: msg('share-link'), exact: true }).click();
      const link = page.getByRole('textbox', { name: msg('share-link_label'), exact: true });
      await link.waitFor();
      assert.equal(await link.getAttribute('dir'), 'ltr', 'the share link reads left to right');

      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      await page.screenshot({ path: path.join(SHOTS, `rtl-ar-${width}.png`), fullPage: true });
      assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
    } finally {
      await app.close();
    }
  });
}

test('before the wasm loads, the page is already Arabic (static/boot.js)', T, async () => {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The app never arrives: what is seen is the boot state.
    await page.route(/\.wasm(\?|$)/, (route) => route.abort());
    await page.goto(`${server.url}?lang=ar`, { waitUntil: 'domcontentloaded' });
    const status = page.getByRole('status');
    await status.waitFor();
    assert.equal(await status.textContent(), msg('layout-loading'));
    const [lang, dir, title] = await page.evaluate(() => [
      document.documentElement.lang,
      document.documentElement.dir,
      document.title,
    ]);
    assert.deepEqual([lang, dir, title], ['ar', 'rtl', msg('app-page_title')]);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the compact embed leaves no hidden control to tab to', T, async () => {
  const app = await openApp({
    path: '?embed=compact&lang=ar',
    ready: (page) => page.getByRole('textbox', { name: msg('input-paste'), exact: true }),
  });
  try {
    const unseen = await app.page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, select, input, textarea, [tabindex]')]
        .filter((el) => !el.disabled && el.tabIndex >= 0 && !el.closest('[inert], dialog:not([open])') && el.type !== 'hidden')
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width <= 1 || r.height <= 1;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    // A file input may be drawn by its label; every other control is seen where it is focused.
    assert.deepEqual(unseen.filter((h) => !h.includes('type="file"')), []);
  } finally {
    await app.close();
  }
});
