// (b) A European Excel export (";" separated, decimal commas) uploaded through the
// file input is read whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, fixturePath, uploadInput, statusCounts, tierCounts, tierSchemeSelect, eventually, T,
} from './helpers.mjs';

// The "european_excel.csv" row of the table in tests/fixtures/README.md: 10 creators
// (BOM, CRLF, `;`, `10.000`, `1.234.567`, `10 000` with U+00A0), 0 problems, and
// their tiers under the default scheme. Keep the two in step.
const EXPECTED_CREATORS = 10;
const EXPECTED_PROBLEMS = 0;
const EXPECTED_TIERS = { Emerging: 1, Nano: 2, Micro: 3, Macro: 2, Mega: 2 };

const ctx = useApp();

test('uploading european_excel.csv reads every creator', T, async () => {
  const { page } = ctx.app;
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

// A large roster (200,000 generated rows, ~13 MB): the page says it is reading, then shows
// every creator, and still answers a setting change.
test('a 200,000-row upload shows "Reading…" and then every creator', T, async () => {
  const { page } = ctx.app;
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = (await import('node:path')).default;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tierwise-')), 'big-roster.csv');
  execFileSync('python3', ['scripts/gen_roster.py', '--rows', '200000', '--out', file], { stdio: 'ignore' });
  await uploadInput(page).setInputFiles(file);
  await eventually(async () => {
    // The page's main status line (others say what autosave or a copy did).
    const text = await page.getByRole('status').filter({ hasText: /Reading big-roster\.csv|creators? read/ }).first().innerText();
    assert.ok(/Reading big-roster\.csv|200,000 creators read/.test(text), text);
  });
  const status = await eventually(async () => {
    const s = await statusCounts(page);
    assert.equal(s.creators, 200_000, s.text);
    return s;
  }, { timeout: 60_000 });
  assert.equal(status.problems, 0, status.text);
  await tierSchemeSelect(page).selectOption('hypeauditor');
  await eventually(async () => {
    const counts = await tierCounts(page);
    assert.ok((counts.Mid ?? 0) > 0, JSON.stringify(counts));
  }, { timeout: 60_000 });
});
