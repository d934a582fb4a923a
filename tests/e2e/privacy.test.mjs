// Privacy and safety, in a real browser: the page carries a strict Content-Security-Policy
// and breaks none of it during a whole session; hostile text in a roster (script tags,
// event-handler attributes, javascript: links) is shown as text and never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, pasteBox, sampleButton, creatorsTable, statusCounts, readTable, eventually, clean, T,
  planSettled,
} from './helpers.mjs';

// Records CSP violations and anything a hostile cell manages to run.
function recorder() {
  window.__violations = [];
  window.__pwned = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}
const ctx = useApp({ initScript: recorder });

test('the page has a strict Content-Security-Policy', T, async () => {
  const { page } = ctx.app;
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(csp, 'a CSP meta element');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  const scripts = directives['script-src'];
  assert.ok(scripts.includes("'self'"));
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
    assert.ok(!scripts.includes(bad), `script-src allows ${bad}`);
  }
  assert.ok(scripts.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || /^'sha256-/.test(s)), scripts.join(' '));
  assert.deepEqual(directives['object-src'], ["'none'"]);
});

test('a whole session breaks none of the policy', T, async () => {
  const { page } = ctx.app;
  await sampleButton(page).click();
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await page.getByLabel('Total budget', { exact: true }).fill('2500');
  await page.getByLabel('Micro: minimum % of budget').fill('40');
  await planSettled(page);
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the plan (CSV)' }).click(),
  ]);
  await page.getByText('Formulas and sources').click();
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
  // The recorder works: an off-origin image is blocked (before any request) and recorded.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
    img.remove();
  });
  await eventually(async () => {
    const v = await page.evaluate(() => window.__violations);
    assert.ok(v.some((x) => x.startsWith('img-src')), JSON.stringify(v));
  });
});

test('hostile names and handles are shown as text and never run', T, async () => {
  const { page } = ctx.app;
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const hostile = [
    '<script>window.__pwned.push("script")</script>',
    '<img src=x onerror="window.__pwned.push(\'img\')">',
    'javascript:window.__pwned.push("link")',
    '"><svg onload=alert(1)>',
  ];
  const csv = ['handle,name,followers,likes,comments,price']
    .concat(hostile.map((h, i) => `"${`h${i}${h}`.replace(/"/g, '""')}","${h.replace(/"/g, '""')}",${5000 + i * 20000},${300 + i},${10 + i},${50 + i * 100}`))
    .join('\n');
  await pasteBox(page).fill(csv);
  await eventually(async () => assert.equal((await statusCounts(page)).creators, hostile.length));
  const table = await readTable(creatorsTable(page));
  const shown = table.rows.map((r) => Object.values(r).join(' '));
  for (const h of hostile) {
    assert.ok(shown.some((t) => t.includes(clean(h))), `“${h}” shown as text`);
  }
  // The plan shows the handles too.
  await page.getByLabel('Micro: minimum % of budget').fill('');
  await planSettled(page);
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
  assert.equal(await creatorsTable(page).locator('img, svg[onload], script').count(), 0, 'markup from the roster');
  assert.equal(await page.locator('section.budget').locator('img, script').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__pwned), [], 'hostile text ran');

  assert.deepEqual(dialogs, [], 'a dialog opened');

  // The same roster through a share link, opened by someone else (nothing kept): still
  // only text.
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const context = await ctx.app.browser.newContext();
  try {
    await context.addInitScript(recorder);
    const other = await context.newPage();
    other.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await other.goto(link);
    await other.getByRole('status').filter({ hasText: 'Opened from a shared link' }).waitFor();
    await eventually(async () => assert.equal((await statusCounts(other)).creators, hostile.length));
    // The table's rows come from the engine, a moment after the status line.
    await eventually(async () => assert.equal(await creatorsTable(other).locator('tbody tr[data-pos]').count(), hostile.length));
    const again = (await readTable(creatorsTable(other))).rows.map((r) => Object.values(r).join(' '));
    for (const h of hostile) {
      assert.ok(again.some((t) => t.includes(clean(h))), `“${h}” shown as text after the link`);
    }
    assert.equal(await creatorsTable(other).locator('img, svg[onload], script').count(), 0, 'markup from the link');
    assert.deepEqual(await other.evaluate(() => window.__pwned), [], 'hostile text from the link ran');
    assert.deepEqual(await other.evaluate(() => window.__violations), []);
    assert.deepEqual(dialogs, [], 'a dialog opened');
  } finally {
    await context.close();
  }
});
