// Spreadsheet workbooks are read as a new user drops them: .xlsx (first sheet that holds
// anything, a sheet picker for the others), .xls and .ods; a picture is named, not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, fixturePath, uploadInput, statusCounts, tierCounts, eventually, T, creatorsTable, readTable, findHeader,
} from './helpers.mjs';

// tests/fixtures/README.md, "workbooks/": 8 creators, 0 problems.
const EXPECTED_TIERS = { Emerging: 1, Nano: 1, Micro: 3, Macro: 1, Mega: 2 };

const ctx = useApp();

for (const file of ['creators.xlsx', 'creators.xls', 'creators.ods']) {
  test(`uploading ${file} reads its creators sheet`, T, async () => {
    const { page } = ctx.app;
    await uploadInput(page).setInputFiles(fixturePath(`workbooks/${file}`));
    const status = await eventually(async () => {
      const s = await statusCounts(page);
      assert.equal(s.creators, 8, s.text);
      return s;
    });
    assert.equal(status.problems, 0, status.text);
    const counts = await tierCounts(page);
    for (const [tier, n] of Object.entries(EXPECTED_TIERS)) {
      assert.equal(counts[tier] ?? 0, n, `${tier}: ${JSON.stringify(counts)}`);
    }
    // Numeric cells and text typed as `12.5K` both read: bo.fit has 12,500 followers.
    const { headers, rows } = await readTable(creatorsTable(page));
    const handle = findHeader(headers, 'Handle');
    const followers = findHeader(headers, 'Followers');
    const bo = rows.find((r) => r[handle].includes('bo.fit'));
    assert.ok(bo, JSON.stringify(rows.map((r) => r[handle])));
    assert.match(bo[followers], /12,500|12\.5K/);
  });
}

test('a workbook with several sheets says which one it read and offers the others', T, async () => {
  const { page } = ctx.app;
  await uploadInput(page).setInputFiles(fixturePath('workbooks/creators.xlsx'));
  const said = page.getByText(/Read sheet “Creators” of creators\.xlsx \(2 of 3\)/);
  await said.waitFor();
  assert.match(await said.innerText(), /sheets before it are empty/);
  const picker = page.getByRole('combobox', { name: 'Sheet', exact: true });
  assert.deepEqual(await picker.locator('option').allInnerTexts(), ['Summary', 'Creators', 'Notes (hidden)']);
  await picker.selectOption({ label: 'Notes (hidden)' });
  await eventually(async () => {
    const s = await statusCounts(page);
    assert.equal(s.creators, 0, s.text);
  });
  await page.getByText(/Read sheet “Notes” of creators\.xlsx \(3 of 3\)/).waitFor();
  await picker.selectOption({ label: 'Creators' });
  await eventually(async () => {
    const s = await statusCounts(page);
    assert.equal(s.creators, 8, s.text);
  });
});

test('a picture is named in one sentence, not read as a roster', T, async () => {
  const { page } = ctx.app;
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2048, 7)]);
  await uploadInput(page).setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: png });
  const alert = page.getByRole('alert').filter({ hasText: 'holiday.png' });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /holiday\.png looks like a PNG image, not a roster/);
  assert.ok(text.length < 200, text);
});
