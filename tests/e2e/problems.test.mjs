// (c) A roster with bad rows: the "Problems" region names each one by its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, readFixture, pasteBox, problemsRegion, statusCounts, eventually, clean, T } from './helpers.mjs';

// The "broken.csv" section of tests/fixtures/README.md: exactly 3 bad rows, on the
// 1-based file lines 7 (followers "12,x5"), 9 (followers -500) and 10 (no handle,
// no name). A bad cell is reported and left empty, the rest of its row still read, so
// lines 7 and 9 stay as creators with no follower count: 11 creators. Keep the two in step.
const EXPECTED_PROBLEM_LINES = [7, 9, 10];
const EXPECTED_CREATORS = 11;

const ctx = useApp();

test('broken.csv: every bad row is listed with its line number', T, async () => {
  const { page } = ctx.app;
  await pasteBox(page).fill(readFixture('broken.csv'));

  const region = problemsRegion(page);
  const items = await eventually(async () => {
    const texts = (await region.getByRole('listitem').allInnerTexts()).map(clean);
    const lines = new Set(texts.flatMap((t) => [...t.matchAll(/\bLine (\d+)\b/g)].map((m) => Number(m[1]))));
    for (const n of EXPECTED_PROBLEM_LINES) assert.ok(lines.has(n), `no problem for Line ${n} in ${JSON.stringify(texts)}`);
    return texts;
  });

  // Each item names its line, as "Line N, column “…”: …".
  for (const t of items) assert.match(t, /^Line \d+\b/, `problem item without a line number: "${t}"`);
  const lines = items.map((t) => Number(/^Line (\d+)/.exec(t)[1]));
  for (const n of lines) {
    assert.ok(EXPECTED_PROBLEM_LINES.includes(n), `Line ${n} reported, but the fixture README lists no problem there`);
  }

  assert.equal(items.length, EXPECTED_PROBLEM_LINES.length, `problems listed: ${JSON.stringify(items)}`);

  // Line 7 is the contract's own example: it names the column and quotes the text.
  const line7 = items.find((t) => t.startsWith('Line 7'));
  assert.match(line7, /followers/i, line7);
  assert.ok(line7.includes('12,x5'), `"${line7}" does not quote the bad text`);

  // The heading says how many: "Problems (N)".
  const heading = clean(await region.getByRole('heading').first().innerText());
  assert.equal(heading, `Problems (${items.length})`);

  const status = await statusCounts(page);
  assert.equal(status.problems, items.length, status.text);
  assert.equal(status.creators, EXPECTED_CREATORS, status.text);
});
