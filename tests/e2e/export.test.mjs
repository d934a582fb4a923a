// Exports, in a real browser: the results as CSV and JSON, the plan as JSON, and both as a
// tab-separated table on the clipboard that pastes cleanly into a spreadsheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useApp, appTest, sampleButton, statusCounts, readTable, eventually, T, planSettled,
} from './helpers.mjs';

const ctx = useApp({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });

async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('the results export as CSV and JSON, one record per creator', T, async () => {
  const { page } = ctx.app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  const csv = await download(page, 'Export results (CSV)');
  assert.equal(csv.name, 'tierwise-results.csv');
  // A byte order mark (Excel then reads UTF-8), English columns and words, `,` and `.`.
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte order mark');
  const lines = csv.text.slice(1).trim().split('\n');
  assert.match(lines[0], /^Line,Handle,Name,Platform,Followers,Tier,/);
  assert.equal(lines.length, 41);
  assert.doesNotMatch(csv.text, /[\u2066-\u2069]/);
  const json = await download(page, 'Export results (JSON)');
  const records = JSON.parse(json.text);
  assert.equal(records.length, 40);
  assert.ok(records.every((r) => typeof r.handle === 'string' && 'tier' in r && 'er_followers_pct' in r));
  assert.equal(records.filter((r) => r.price_estimated).length, lines.filter((l) => l.includes(',yes,')).length);
});

test('the results copy as a table that pastes into a spreadsheet', T, async () => {
  const { page } = ctx.app;
  await page.getByRole('button', { name: 'Copy results as a table' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied 40 rows' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const rows = text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 41);
  assert.ok(rows.every((r) => r.length === rows[0].length), 'same number of cells on every row');
  assert.equal(rows[0][1], 'Handle');
});

appTest('in Polish the results export for a Polish spreadsheet: semicolons, decimal commas, Polish columns', {
  path: '?lang=pl',
  ready: (page) => page.getByRole('button', { name: 'Wypróbuj przykładową listę', exact: true }),
  contextOptions: { locale: 'pl-PL', permissions: ['clipboard-read', 'clipboard-write'] },
}, async (app) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Wypróbuj przykładową listę', exact: true }).click();
  const csv = await download(page, 'Eksportuj wyniki (CSV)');
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte order mark');
  const lines = csv.text.slice(1).trim().split('\n');
  assert.match(lines[0], /^Wiersz;Konto;Nazwa;Platforma;Obserwujący;Poziom;/);
  assert.equal(lines.length, 41);
  const cells = lines.slice(1).map((l) => l.split(';'));
  // Followers: plain digits, never grouped; prices with a decimal comma, never a point.
  assert.ok(cells.every((r) => /^\d*$/.test(r[4])), JSON.stringify(cells.map((r) => r[4])));
  assert.ok(cells.every((r) => /^(\d+(,\d+)?)?$/.test(r[12])), JSON.stringify(cells.map((r) => r[12])));
  assert.ok(cells.some((r) => r[12].includes(',')), 'some price has decimals');
  await page.getByRole('button', { name: 'Kopiuj wyniki jako tabelę' }).click();
  await eventually(async () => {
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const rows = text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    assert.equal(rows[0][1], 'Konto');
    assert.ok(rows.slice(1).every((r) => !r[12].includes('.')), 'no decimal point in a Polish paste');
  });
});

test('the plan exports as JSON and copies as a table', T, async () => {
  const { page } = ctx.app;
  await page.getByLabel('Total budget', { exact: true }).fill('1800');
  await planSettled(page);
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
  const plan = await readTable(page.getByRole('table', { name: /^Plan \(/ }));
  const lines = plan.rows.filter((r) => r.Creator !== 'Total');
  const json = JSON.parse((await download(page, 'Export the plan (JSON)')).text);
  assert.equal(json.strategy, 'optimal');
  assert.equal(json.plan.length, lines.length);
  assert.deepEqual(json.plan.map((p) => `@${p.handle}`), lines.map((r) => r.Creator));
  assert.ok(json.totals.spend <= 1800 && json.upper_bound >= json.objective);
  await page.getByRole('button', { name: 'Copy the plan as a table' }).click();
  await page.getByRole('status').filter({ hasText: `Copied ${lines.length} rows` }).waitFor();
  const rows = (await page.evaluate(() => navigator.clipboard.readText())).trim().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, lines.length + 1);
  // `@handle` would start a formula in some spreadsheets: it is copied as `'@handle`, which a
  // spreadsheet shows as @handle (OWASP's advice on CSV injection).
  assert.ok(rows.slice(1).every((r) => r[0].startsWith("'@")), JSON.stringify(rows));
  assert.deepEqual(rows.slice(1).map((r) => r[0].slice(1)), lines.map((r) => r.Creator));
  const spend = rows.slice(1).reduce((a, r) => a + Number(r[5]), 0);
  assert.ok(Math.abs(spend - json.totals.spend) < 0.005, `${spend} vs ${json.totals.spend}`);
});

  // As in an iframe without clipboard-write, or a browser that asks and is told no.
appTest('a refused copy says so instead of claiming it worked', {
  initScript: () => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
  },
}, async (app) => {
  const { page } = app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  await page.getByRole('button', { name: 'Copy results as a table' }).click();
  await page.getByRole('status').filter({ hasText: 'This browser does not allow copying here' }).waitFor();
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await page.getByRole('status').filter({ hasText: /^Link made \([\d,]+ characters\): copy it from the box/ }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: /copied/i }).count(), 0);
});
