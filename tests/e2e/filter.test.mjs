// The creators table's filter, used as a planner would: a part of a handle, a tier, a
// platform, flagged only; the caption says how many match; "Show everyone" undoes it.
import assert from 'node:assert/strict';
import { appTest, sampleButton, creatorsTable, readTable, findHeader, eventually, clean } from './helpers.mjs';

async function shown(page) {
  const t = await readTable(creatorsTable(page));
  return { rows: t.rows, h: (label) => findHeader(t.headers, label) };
}

appTest('the creators table filters by handle, tier, platform and flags', async ({ page }) => {
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await shown(page)).rows.length, 40));
  const find = page.getByRole('search', { name: 'Find creators' });

  await find.getByRole('searchbox', { name: 'Handle or name' }).fill('ANA');
  await eventually(async () => {
    const { rows, h } = await shown(page);
    assert.ok(rows.length > 0 && rows.length < 40, `${rows.length}`);
    for (const r of rows) assert.match(r[h('Handle')].toLowerCase(), /ana/);
  });
  assert.match(clean(await creatorsTable(page).locator('caption').innerText()), /of 40 creators match the filter/);
  await find.getByRole('searchbox', { name: 'Handle or name' }).fill('');

  await find.getByRole('combobox', { name: 'Tier' }).selectOption({ label: 'Micro' });
  await find.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'TikTok' });
  await eventually(async () => {
    const { rows, h } = await shown(page);
    assert.ok(rows.length > 0, 'some micro TikTok creators');
    for (const r of rows) {
      assert.equal(r[h('Tier')], 'Micro');
      assert.equal(r[h('Platform')], 'TikTok');
    }
  });

  await find.getByRole('button', { name: 'Show everyone' }).click();
  await find.getByRole('checkbox', { name: 'Flagged only' }).check();
  await eventually(async () => {
    const { rows, h } = await shown(page);
    // The summary band counts the same flagged creators.
    const flagged = Number(clean(await page.getByRole('region', { name: 'At a glance' }).locator('.tile-look .tile-value').innerText()));
    assert.equal(rows.length, flagged);
    for (const r of rows) assert.notEqual(r[h('Flags')], '');
  });
  await find.getByRole('button', { name: 'Show everyone' }).click();
  await eventually(async () => assert.equal((await shown(page)).rows.length, 40));
});
