// Print / Save as PDF: the report shows the results, the plan and every formula and source,
// and leaves the controls out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, sampleButton, statusCounts, pasteBox, eventually, T } from './helpers.mjs';

const ctx = useApp();

test('the printed page is a report: results, plan, sources; no controls', T, async () => {
  const { page } = ctx.app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
  const sourceLine = page.getByText(/Instagram by followers \(passo/).first();
  assert.equal(await sourceLine.isVisible(), false, 'the sources start folded on screen');
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await pasteBox(page).isVisible(), false, 'the paste box is not printed');
    assert.equal(await page.getByRole('button', { name: 'Export the plan (CSV)' }).isVisible(), false);
    assert.equal(await page.getByLabel('Total budget', { exact: true }).isVisible(), false);
    assert.ok(await page.getByRole('table', { name: /^Tier summary/ }).isVisible());
    assert.ok(await page.getByRole('table', { name: /^Plan \(/ }).isVisible());
    assert.ok(await page.getByRole('table', { name: 'Strategies side by side' }).isVisible());
    assert.ok(await sourceLine.isVisible(), 'the benchmark sources are printed');
    // Names that live on buttons (strategies, sortable column headers) are still printed.
    assert.ok(await page.getByRole('button', { name: 'Optimal', exact: true }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'Followers', exact: true }).first().isVisible());
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
