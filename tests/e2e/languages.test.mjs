// Every language, used as its reader would: the browser's language (or ?lang=) chooses
// it, the page says so (lang, dir), headings, plurals and numbers follow it, a plan can be
// made, and the language menu switches at once and is kept. Expected texts come from the
// translation files themselves, rendered by Mozilla's Fluent library (@fluent/bundle), so
// the test checks the app's tables and formatter against the reference implementation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource, FluentNumber } from '@fluent/bundle';
import { openApp, eventually, clean, ROOT, T } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'target/e2e-screens');
mkdirSync(SHOTS, { recursive: true });

/** The messages of `code`, numbers formatted as in `locale` (the page's number locale). */
function bundle(code, locale = code) {
  const b = new FluentBundle(locale, { useIsolating: code === 'ar' });
  const dir = path.join(ROOT, 'src/i18n', code);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const errors = b.addResource(new FluentResource(text));
    assert.deepEqual(errors, [], `${code}/${file} reads whole`);
  }
  return b;
}

/** The text of message `id` in `code`, values filled in (numbers as FluentNumber). */
function msg(b, id, args = {}) {
  const m = b.getMessage(id);
  assert.ok(m && m.value, `${id} exists`);
  const errors = [];
  const s = b.formatPattern(m.value, args, errors);
  assert.deepEqual(errors, [], `${id} formats`);
  return s;
}

/** What Intl writes for `n` in the page's number locale. */
const shown = (tag, n) => new Intl.NumberFormat(tag).format(n);

const LANGS = [
  // code, browser locale, number locale the page uses, a grouped number's pattern
  { code: 'ar', locale: 'ar-EG', dir: 'rtl', digits: /[٠-٩]/ },
  { code: 'vi', locale: 'vi-VN', dir: 'ltr', digits: /\d{1,3}(\.\d{3})+/ },
  { code: 'pl', locale: 'pl-PL', dir: 'ltr', digits: /\d{1,3}(\u00a0\d{3})+/ },
  { code: 'th', locale: 'th-TH', dir: 'ltr', digits: /\d{1,3}(,\d{3})+/ },
];

for (const L of LANGS) {
  test(`${L.code}: the browser's language chooses it, from paste to plan`, T, async () => {
    const b = bundle(L.code, L.locale);
    const app = await openApp({
      contextOptions: { locale: L.locale },
      ready: (page) => page.getByRole('textbox', { name: msg(b, 'input-paste'), exact: true }),
    });
    try {
      const { page } = app;
      const [lang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.equal(lang, L.code);
      assert.equal(dir, L.dir);
      assert.equal(await page.title(), msg(b, 'app-page_title'));
      await page.getByRole('heading', { name: msg(b, 'input-heading'), exact: true }).waitFor();
      await page.getByRole('button', { name: msg(b, 'input-sample'), exact: true }).click();
      // The plural form of "40 creators", as CLDR's rules for the language choose it.
      const forty = msg(b, 'count-creators', { n: new FluentNumber(40) });
      const status = page.getByRole('status').filter({ hasText: forty });
      await eventually(async () => assert.ok(await status.count() > 0, `no status says ${forty}`));
      assert.ok(forty.includes(shown(L.locale, 40)), `${forty} shows 40 as ${shown(L.locale, 40)}`);
      // A follower count in the table in the locale's format.
      const summary = page.getByRole('table', { name: new RegExp(`^${msg(b, 'summary-caption')}`) });
      await summary.waitFor();
      // Not clean(): the no-break spaces of Polish groups are the point.
      const cells = (await page.locator('table').allInnerTexts()).join(' ');
      assert.match(cells, L.digits, 'numbers in the locale format');
      // A budget plan.
      await page.getByLabel(msg(b, 'budget-amount'), { exact: true }).fill('2000');
      const strategies = page.getByRole('table', { name: new RegExp(`^${msg(b, 'budget-strategies')}`) });
      await strategies.waitFor();
      await eventually(async () => assert.ok((await strategies.getByRole('row').count()) >= 5));
      await page.screenshot({ path: path.join(SHOTS, `lang-${L.code}.png`), fullPage: true });
      // Nothing runs past the page's edge.
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `page is ${scroll}px wide in ${client}px`);
    } finally {
      await app.close();
    }
  });
}

test('the Arabic page does not scroll sideways at 390 px', T, async () => {
  const b = bundle('ar', 'ar-EG');
  const app = await openApp({
    viewport: { width: 390, height: 844 },
    path: '?lang=ar',
    ready: (page) => page.getByRole('textbox', { name: msg(b, 'input-paste'), exact: true }),
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: msg(b, 'input-sample'), exact: true }).click();
    await page.getByRole('table', { name: new RegExp(`^${msg(b, 'summary-caption')}`) }).waitFor();
    await page.getByLabel(msg(b, 'budget-amount'), { exact: true }).fill('2000');
    await page.getByRole('table', { name: new RegExp(`^${msg(b, 'budget-strategies')}`) }).waitFor();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    await page.screenshot({ path: path.join(SHOTS, 'lang-ar-390.png'), fullPage: true });
    assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
  } finally {
    await app.close();
  }
});

test('the language menu switches at once, keeps the roster, and is remembered', T, async () => {
  const en = bundle('en');
  const pl = bundle('pl');
  const app = await openApp();
  try {
    const { page, url } = app;
    await page.getByRole('button', { name: msg(en, 'input-sample'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: msg(en, 'count-creators', { n: new FluentNumber(40) }) }).waitFor();
    await page.getByRole('combobox', { name: msg(en, 'app-language'), exact: true }).selectOption('pl');
    await page.getByRole('heading', { name: msg(pl, 'input-heading'), exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
    // The roster is still there, now counted in Polish (40: the "many" form).
    await page.getByRole('status').filter({ hasText: msg(pl, 'count-creators', { n: new FluentNumber(40) }) }).waitFor();
    // Kept: a reload (an English browser) opens in Polish.
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('heading', { name: msg(pl, 'input-heading'), exact: true }).waitFor();
    await page.getByRole('combobox', { name: msg(pl, 'app-language'), exact: true }).selectOption('en');
    await page.getByRole('heading', { name: msg(en, 'input-heading'), exact: true }).waitFor();
  } finally {
    await app.close();
  }
});

test('the pseudo-locale finds no text that bypasses the table', T, async () => {
  const app = await openApp({ path: '?lang=en-XA', ready: (page) => page.locator('#roster-text') });
  try {
    const { page } = app;
    await page.getByRole('button').nth(1).click(); // the sample
    await page.getByRole('table').first().waitFor();
    // Every heading, label, button, caption and option (the page's own words) comes from
    // the table: in en-XA each is wrapped in ⟦…⟧. Data (handles, numbers) is not checked.
    const bare = await page.evaluate(() => {
      const els = document.querySelectorAll('h1, h2, h3, h4, label, button, caption, legend, summary, option, th[scope=col], .hint');
      const out = [];
      for (const el of els) {
        if (el.closest('.lang-picker')) continue; // languages are named in themselves
        const text = el.innerText.trim();
        if (/[A-Za-z]{3,}/.test(text) && !text.includes('⟦')) out.push(`${el.tagName}: ${text.slice(0, 80)}`);
      }
      return out;
    });
    assert.deepEqual(bare, [], 'texts outside the translation table');
    // Then every text on the page, with a plan made and every disclosure open: a word
    // outside ⟦…⟧ is either the roster's own (handles, names, cells of the sample), a
    // brand or an abbreviation, or it bypassed the table.
    await page.getByLabel(/^⟦Tötàl büdgét/).first().fill('2000');
    await page.getByRole('table', { name: /^⟦Štràtégîéš/ }).waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const sample = readFileSync(path.join(ROOT, 'static/sample-roster.csv'), 'utf8');
    const data = [...new Set(sample.split(/[\n,]/).map((x) => x.trim()).filter(Boolean))];
    const stray = await page.evaluate((data) => {
      const brands = /^(Instagram|TikTok|YouTube|Tierwise|HypeAuditor|Shopify|Hootsuite|Later|Fohr|Markerly|Digiday|Modash|SociaVault|passo\.co|Upfluence|Flowbox|InfluencerDB|HHI|CPM|CPE|CPV|CPA|ER|USD|CSV|JSON|TSV)$/;
      const out = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent.trim();
        const el = n.parentElement;
        if (!/[A-Za-z]{3,}/.test(text) || el.closest('script, style, textarea, .lang-picker')) continue;
        if (!el.checkVisibility()) continue;
        const sentence = el.closest('p, li, td, th, dd, dt, label, button, caption, h1, h2, h3, h4, summary, option, div, span') ?? el;
        if (sentence.innerText.includes('⟦')) continue;
        if (data.includes(text) || data.includes(text.replace(/^@/, ''))) continue;
        const words = (text.match(/[A-Za-z][A-Za-z.]{2,}/g) ?? []).filter((w) => !brands.test(w) && !data.some((d) => d.includes(w)));
        if (words.length) out.push(`${el.tagName}: ${text.slice(0, 80)}`);
      }
      return [...new Set(out)];
    }, data);
    assert.deepEqual(stray, [], 'words on the page outside the translation table');
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `longer words push the page to ${scroll}px in ${client}px`);
  } finally {
    await app.close();
  }
});

test('counts read in every plural form Polish and Arabic have', T, async () => {
  // 1, 2, 3, 5, 11 creators: Polish one/few/many, Arabic one/two/few/many.
  const roster = (n) => ['handle,followers', ...Array.from({ length: n }, (_, i) => `creator${i + 1},${(i + 1) * 1500}`)].join('\n');
  for (const [code, locale] of [['pl', 'pl-PL'], ['ar', 'ar-EG']]) {
    const b = bundle(code, locale);
    const app = await openApp({
      contextOptions: { locale },
      ready: (page) => page.getByRole('textbox', { name: msg(b, 'input-paste'), exact: true }),
    });
    try {
      const { page } = app;
      const seen = new Set();
      for (const n of [1, 2, 3, 5, 11]) {
        await page.getByRole('textbox', { name: msg(b, 'input-paste'), exact: true }).fill(roster(n));
        const said = msg(b, 'count-creators', { n: new FluentNumber(n) });
        seen.add(said.replace(/[\d٠-٩\u2068\u2069\s]/g, ''));
        await eventually(async () => {
          const texts = (await page.getByRole('status').allInnerTexts()).join(' ').replace(/[\u2068\u2069]/g, '');
          assert.ok(texts.includes(said.replace(/[\u2068\u2069]/g, '')), `${code}: no status says ${said} (${texts.slice(0, 200)})`);
        });
      }
      // Different words, not one word after every number.
      assert.ok(seen.size >= (code === 'ar' ? 4 : 3), `${code} forms: ${[...seen].join(' | ')}`);
    } finally {
      await app.close();
    }
  }
});
