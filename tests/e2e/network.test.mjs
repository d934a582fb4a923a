// (f) Privacy: the roster never leaves the machine. During a whole session (load,
// sample, paste, upload, change settings, split a budget, export the plan) no request
// goes anywhere but the page's own built files, and the page raises no uncaught error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, pasteBox, sampleButton, uploadInput, tierSchemeSelect, creatorsTable,
  statusCounts, readFixture, fixturePath, isLocal, eventually, T, DIST,
  planSettled,
} from './helpers.mjs';
import { readdirSync } from 'node:fs';

const ctx = useApp();

test('no request leaves 127.0.0.1 during a session', T, async () => {
  const { page } = ctx.app;

  await sampleButton(page).click();
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));

  const select = tierSchemeSelect(page);
  const values = await select.getByRole('option').evaluateAll((os) => os.map((o) => o.value));
  for (const v of values) await select.selectOption(v);

  const sortButtons = await creatorsTable(page).getByRole('columnheader').getByRole('button').all();
  for (const b of sortButtons.slice(0, 3)) await b.click();

  // Split a budget and export the plan.
  await page.getByLabel('Total budget', { exact: true }).fill('1500');
  await page.getByLabel('Micro: minimum % of budget').fill('50');
  await planSettled(page);
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the plan (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);

  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await uploadInput(page).setInputFiles(fixturePath('european_excel.csv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: 30_000 });

  assert.ok(ctx.app.requests.length > 0, 'no request recorded at all: the recorder is broken');
  const outside = ctx.app.requests.filter((u) => !isLocal(u));
  assert.deepEqual(outside, [], 'requests that left 127.0.0.1');
  // And on 127.0.0.1, only the built files themselves (or URLs the page made itself).
  const built = new Set(['', ...readdirSync(DIST)]);
  const foreign = ctx.app.requests.filter((u) => {
    if (/^(blob|data):/.test(u)) return false;
    const name = decodeURIComponent(new URL(u).pathname.replace(/^\//, ''));
    return !built.has(name);
  });
  assert.deepEqual(foreign, [], 'requests for anything but the page\'s own files');
});

test('no uncaught errors on the page', T, () => {
  assert.deepEqual(ctx.app.pageErrors, [], 'uncaught page errors');
});
