// (b) A European Excel export (";" separated, decimal commas) uploaded through the
// file input is read whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, fixturePath, uploadInput, statusCounts, tierCounts, eventually, T } from './helpers.mjs';

// The "european_excel.csv" row of the table in tests/fixtures/README.md: 10 creators
// (BOM, CRLF, `;`, `10.000`, `1.234.567`, `10 000` with U+00A0), 0 problems, and
// their tiers under the default scheme. Keep the two in step.
const EXPECTED_CREATORS = 10;
const EXPECTED_PROBLEMS = 0;
const EXPECTED_TIERS = { Emerging: 1, Nano: 2, Micro: 3, Macro: 2, Mega: 2 };

let app;
before(async () => {
  app = await openApp();
}, T);
after(async () => {
  await app?.close();
}, T);

test('uploading european_excel.csv reads every creator', T, async () => {
  const { page } = app;
  await uploadInput(page).setInputFiles(fixturePath('european_excel.csv'));
  const status = await eventually(async () => {
    const s = await statusCounts(page);
    assert.equal(s.creators, EXPECTED_CREATORS, s.text);
    return s;
  });
  assert.equal(status.problems, EXPECTED_PROBLEMS, status.text);

  // Decimal commas and dot grouping read right: the tiers come out as in the README.
  const counts = await tierCounts(page);
  for (const [tier, n] of Object.entries(EXPECTED_TIERS)) {
    assert.equal(counts[tier] ?? 0, n, `creators in tier ${tier} (page shows ${JSON.stringify(counts)})`);
  }
});
