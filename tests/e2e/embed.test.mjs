// Embedding, in a real browser: the demo blog article (docs/embed-demo/), served from another
// port (another origin) than the app, embeds it with the Embed dialog's snippet; the app
// loads and works inside the iframe, and the iframe grows and shrinks to its content. The
// dialog itself makes the snippet for the chosen options, and the options work: compact,
// dark theme, language (number format) and preset scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startStaticServer } from '../../scripts/static_server.mjs';
import {
  appTest, launchBrowser, pasteBox, sampleButton, statusCounts, tierSchemeSelect, openSettings, readFixture,
  eventually, isLocal, pasteInto, ROOT, DIST, T, APP_TIMEOUT,
} from './helpers.mjs';

const TITLE = 'Tierwise: influencer roster calculator';

/** The app and the blog on two free ports; the blog's snippet points at the app's. */
async function servers() {
  const app = await startStaticServer(DIST);
  const blog = await startStaticServer(path.join(ROOT, 'docs/embed-demo'), {
    rewrite: (html) => html.replaceAll('http://127.0.0.1:8080', app.url.replace(/\/$/, '')),
  });
  return { app, blog, close: () => Promise.all([app.close(), blog.close()]) };
}

/** The iframe's height on the blog page, and its document's own height. */
async function heights(page, frame) {
  const outer = await page.getByTitle(TITLE).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
  return { outer, inner };
}

test('the blog article embeds the app from another origin; it works there and the iframe fits its content', T, async () => {
  const s = await servers();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(s.blog.url);
    assert.notEqual(new URL(s.blog.url).origin, new URL(s.app.url).origin);

    const iframe = page.getByTitle(TITLE);
    await iframe.waitFor();
    const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
    await pasteBox(frame).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    // Compact: no page banner, but the heading is still there for screen readers.
    assert.equal(await frame.getByRole('heading', { name: 'Tierwise', level: 1 }).count(), 1);
    assert.equal(await frame.locator('header.top').evaluate((h) => h.getBoundingClientRect().height <= 1), true);

    // The snippet's 900 px give way to the page's own height.
    const empty = await eventually(async () => {
      const h = await heights(page, frame);
      assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer}px, content ${h.inner}px`);
      return h;
    });

    // It works inside: paste a roster, read tiers; the iframe grows with the results.
    await pasteInto(pasteBox(frame), readFixture('sheets_copy.tsv'));
    await eventually(async () => assert.ok((await statusCounts(frame)).creators > 0));
    const full = await eventually(async () => {
      const h = await heights(page, frame);
      assert.ok(h.outer > empty.outer + 300, `iframe ${h.outer}px after the results (was ${empty.outer}px)`);
      assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer}px, content ${h.inner}px`);
      return h;
    });
    // No scroll bar inside the frame: the blog page scrolls, as a reader expects.
    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    assert.ok(inner <= 2, `the frame scrolls by ${inner}px`);
    // The article's text below the calculator moved down with it.
    const below = await page.getByRole('heading', { name: 'What the numbers say' }).boundingBox();
    const frameBox = await iframe.boundingBox();
    assert.ok(below.y > frameBox.y + full.outer - 1);

    // Inside a blog there is no Embed button, and a share link opens the whole app (the
    // embed's query is not in it).
    assert.equal(await frame.getByRole('button', { name: 'Embed on your site…' }).count(), 0);
    await frame.getByRole('button', { name: 'Copy a share link' }).click();
    const link = await frame.getByRole('textbox', { name: 'Share link' }).inputValue();
    assert.ok(link.startsWith(`${s.app.url}#share=1.`), link.slice(0, 80));
    await frame.getByRole('status').filter({ hasText: /^Link (copied|made) \([\d,]+ characters\)/ }).waitFor();

    // And shrinks again when the roster is cleared.
    await frame.getByRole('button', { name: 'Clear', exact: true }).click();
    await eventually(async () => {
      const h = await heights(page, frame);
      assert.ok(h.outer < full.outer - 300, `iframe ${h.outer}px after clearing (was ${full.outer}px)`);
    });

    assert.deepEqual(requests.filter((u) => !isLocal(u)), [], 'requests that left 127.0.0.1');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await s.close();
  }
});

appTest('the Embed dialog makes the snippet for the chosen options, by keyboard, and copies it', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }, async (app) => {
  const { page } = app;
  await openSettings(page);
  await tierSchemeSelect(page).selectOption('hypeauditor');
  const open = page.getByRole('button', { name: 'Embed on your site…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed Tierwise on your site' });
  await dialog.waitFor();
  const snippet = dialog.getByRole('textbox', { name: 'Snippet to paste' });
  const origin = app.url.replace(/\/$/, '');
  assert.match(await snippet.inputValue(), new RegExp(`<iframe src="${origin}/\\?embed=compact&amp;scheme=hypeauditor" title="${TITLE}"`));
  assert.match(await snippet.inputValue(), new RegExp(`var origin = "${origin}";`));

  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('combobox', { name: 'Language and number format' }).selectOption('de-DE');
  await dialog.getByRole('checkbox', { name: 'Compact (no page header)' }).uncheck();
  await dialog.getByRole('combobox', { name: 'Tier scheme to start with' }).selectOption('hootsuite');
  const code = await snippet.inputValue();
  assert.match(code, /src="[^"]*\?embed=full&amp;theme=dark&amp;lang=de-DE&amp;scheme=hootsuite"/);

  await dialog.getByRole('button', { name: 'Copy the snippet' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Snippet copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

  // Escape closes it and gives the focus back.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await open.evaluate((b) => b === document.activeElement), true);

  // The address the snippet points at shows what was chosen.
  // (for a reader with nothing kept: their own saved scheme would win over the preset).
  const src = /src="([^"]*)"/.exec(code)[1].replaceAll('&amp;', '&');
  await page.evaluate(() => localStorage.clear());
  await page.goto(src);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await openSettings(page);
  assert.equal(await tierSchemeSelect(page).inputValue(), 'hootsuite');
  const bg = await page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background, got ${bg}`);
  // German number format: 1.234,5.
  await sampleButton(page).click();
  await eventually(async () => assert.match((await statusCounts(page)).text, /^40 creators/));
  const followers = page.getByRole('table', { name: /^Creators/ }).getByRole('cell', { name: /^8\.700\.000$/ });
  // The table's rows come from the engine, a moment after the status line.
  await followers.waitFor();
  assert.equal(await followers.count(), 1);
  // Not compact: the page banner shows.
  assert.ok(await page.locator('header.top').evaluate((h) => h.getBoundingClientRect().height > 20));
  assert.deepEqual(app.pageErrors, []);
});

appTest('with no theme asked for, the page follows the system\'s light or dark setting', { contextOptions: { colorScheme: 'dark' } }, async (app) => {
  const { page } = app;
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await eventually(async () => assert.equal(await theme(), 'light'));
  const bg = await page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b > 600, `light background, got ${bg}`);
});
