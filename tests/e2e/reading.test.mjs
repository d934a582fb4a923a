// What the reader decided is on the page, as a new user sees it: uploading a TikTok top
// list (no platform column, rounded and exact twins) says the platform it took and why,
// the Columns panel says which twin feeds followers, and choosing a platform is one select.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, fixturePath, uploadInput, statusCounts, eventually, T, creatorsTable, readTable, findHeader,
} from './helpers.mjs';

const ctx = useApp();

test('a TikTok top list says what was decided about its columns and platform', T, async () => {
  const { page } = ctx.app;
  await uploadInput(page).setInputFiles(fixturePath('shapes/tiktok_top.csv'));
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 5));
  const said = page.getByText(/No platform column: 6 rows taken as TikTok, named outright in the column names \(“Tiktoker name”, “Tiktok name”\)\. That outweighs weaker hints \(YouTube: “Subscribers count”\)/);
  await said.waitFor();
  await page.getByText(/“Subscribers count \(column 4\)” is used because its figures are exact/).waitFor();
  // The Columns panel says it beside the columns themselves.
  const columns = page.getByRole('group').or(page.locator('details.columns'));
  await page.locator('details.columns summary').click();
  await page.getByText(/used rather than “Subscribers count \(column 3\)”/).waitFor();
  await page.getByText(/handles, from its cells/).waitFor();
  assert.ok(await columns.count() > 0);
  const { headers, rows } = await readTable(creatorsTable(page));
  const platform = findHeader(headers, 'Platform');
  assert.ok(rows.every((r) => r[platform] === 'TikTok'), JSON.stringify(rows.map((r) => r[platform])));
  // Choosing the platform overrides the file's words, and the notice goes.
  const select = page.getByRole('combobox', { name: 'Platform when the roster has none', exact: true });
  assert.equal(await select.inputValue(), 'auto');
  await select.selectOption('youtube');
  await eventually(async () => {
    const again = await readTable(creatorsTable(page));
    assert.ok(again.rows.every((r) => r[platform] === 'YouTube'));
  });
  assert.equal(await said.count(), 0);
  await select.selectOption('auto');
});

test('an ER from comments alone is marked partial', T, async () => {
  const { page } = ctx.app;
  const box = page.getByRole('textbox', { name: 'Paste a roster', exact: true });
  await box.fill('handle,platform,followers,likes,comments\nana,instagram,20000,,10\nbo,instagram,20000,800,30\n');
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 2));
  const badge = page.locator('abbr.partial-badge');
  await eventually(async () => assert.equal(await badge.count(), 1));
  assert.match(await badge.getAttribute('title'), /only some of the interactions/);
});
