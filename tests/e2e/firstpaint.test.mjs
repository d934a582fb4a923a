// The first paint: static/boot.js draws the page header in the page's language before the
// wasm arrives, and the app keeps it (src/ui/shell.rs). The page's first largest contentful
// paint is that header (never painted again), nothing shifts when the app arrives, there is one header with the
// language picker in it, the skip link comes first, and the header follows a change of
// language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openApp, ROOT, T } from './helpers.mjs';

const message = (lang, id) => {
  const text = readFileSync(path.join(ROOT, `src/i18n/${lang}/main.ftl`), 'utf8');
  return new RegExp(`^${id} = (.+)$`, 'm').exec(text)[1].trim();
};

// Records, from before the page's first script, its largest-contentful-paint candidates
// and its layout shifts.
const observe = () => {
  window.__paints = [];
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__paints.push({ shell: !!e.element?.closest('#boot-shell'), tag: e.element?.tagName ?? null, cls: e.element?.className ?? '' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

for (const [lang, viewport] of [['en', { width: 1280, height: 900 }], ['ar', { width: 390, height: 844 }]]) {
  test(`${lang}: the header boot.js paints first is the one the app keeps, and nothing shifts`, T, async () => {
    const { page, close, pageErrors } = await openApp({
      viewport,
      path: `?lang=${lang}`,
      initScript: observe,
      ready: (p) => p.locator('textarea#roster-text'),
      // The app's wasm arrives a moment after the page, as it does over any network (from
      // 127.0.0.1 it can come before the first frame, when nothing of boot.js is painted).
      beforeGoto: (p) => p.route(/\.wasm$/, async (route) => {
        await new Promise((r) => setTimeout(r, 500));
        await route.continue();
      }),
    });
    try {
      const tagline = message(lang, 'app-tagline');
      const headers = page.locator('header.top');
      assert.equal(await headers.count(), 1, 'one page header');
      const header = headers.first();
      assert.equal(await header.locator('p.tagline').innerText(), tagline);
      assert.equal(await header.locator('xpath=ancestor::*[@id="boot-shell"]').count(), 1, 'the header is boot.js\'s');
      await header.getByRole('combobox', { name: message(lang, 'app-language') }).waitFor();
      assert.equal(await page.locator('#boot-loading').count(), 0, 'the loading line is gone');
      // A frame after the app drew, so every paint and shift is reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { paints, shift } = await page.evaluate(() => ({ paints: window.__paints, shift: window.__shift }));
      // The first largest paint is boot.js's tagline, before the app; the app's own content
      // may be larger on some pages (the paste box on a phone), but the header is never
      // painted again by the app.
      assert.deepEqual(paints[0], { shell: true, tag: 'P', cls: 'tagline' }, `the first largest paint: ${JSON.stringify(paints)}`);
      assert.ok(paints.slice(1).every((p) => !p.shell && p.cls !== 'tagline'), JSON.stringify(paints));
      assert.equal(shift, 0, 'nothing moved when the app arrived');
      // The skip link is the page's first stop for the keyboard.
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent.trim()),
        message(lang, 'app-skip'),
      );
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });
}

test('the kept header speaks the language chosen in the picker', T, async () => {
  const { page, close } = await openApp({});
  try {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
    const header = page.locator('header.top');
    await header.locator('p.tagline', { hasText: message('pl', 'app-tagline') }).waitFor();
    assert.equal(await page.locator('header.top').count(), 1);
    assert.equal(await header.getByRole('combobox').inputValue(), 'pl');
  } finally {
    await close();
  }
});
