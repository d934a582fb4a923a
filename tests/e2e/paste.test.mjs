// (a) A spreadsheet copy pasted into "Paste a roster" lands in the right tiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, readFixture, pasteBox, tierCounts, statusCounts, eventually, T } from './helpers.mjs';

// Expected tier counts for tests/fixtures/sheets_copy.tsv under the default (seeds)
// tier scheme: the "sheets_copy.tsv" row of the table in tests/fixtures/README.md
// (12 creators: lines 2-3 are one record whose name holds a line break; 0 problems).
// Keep the two in step.
const EXPECTED_TIERS = {
  Emerging: 1,
  Nano: 3,
  Micro: 2,
  Macro: 3,
  Mega: 3,
};
const EXPECTED_CREATORS = Object.values(EXPECTED_TIERS).reduce((a, b) => a + b, 0);

const ctx = useApp();

test('pasting a Google Sheets copy (tab-separated) fills the tier summary', T, async () => {
  const { page } = ctx.app;
  const tsv = readFixture('sheets_copy.tsv');
  await pasteBox(page).fill(tsv);

  // Results update as you type/paste: no need to press "Analyse".
  const counts = await eventually(async () => {
    const c = await tierCounts(page);
    const total = Object.values(c).reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);
    assert.equal(total, EXPECTED_CREATORS, `tier summary total ${JSON.stringify(c)}`);
    return c;
  });
  for (const [tier, n] of Object.entries(EXPECTED_TIERS)) {
    assert.equal(counts[tier] ?? 0, n, `creators in tier ${tier} (page shows ${JSON.stringify(counts)})`);
  }
  // Tiers the fixture has none of are either absent or 0.
  for (const [tier, n] of Object.entries(counts)) {
    if (!(tier in EXPECTED_TIERS)) assert.equal(n, 0, `unexpected creators in tier ${tier}`);
  }

  const status = await statusCounts(page);
  assert.equal(status.creators, EXPECTED_CREATORS, status.text);
  assert.equal(status.problems, 0, status.text);
});
