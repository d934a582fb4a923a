// Accessibility checked by axe-core (WCAG 2.1 A and AA rules) on the page a new user sees:
// empty, then with the sample roster loaded (summary band, charts, tables, budget plan), in
// the light and dark themes and right to left.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { appTest, sampleButton, openSettings } from './helpers.mjs';

async function violations(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n  ')}`);
}

async function loaded(page, sample = sampleButton(page)) {
  await sample.click();
  await page.locator('svg.scatter circle.pt').first().waitFor();
  // The charts' data tables and the settings open too: everything a user can reach.
  const show = page.getByRole('button', { name: 'Show the data' });
  while ((await show.count()) > 0) await show.first().click();
  await openSettings(page);
}

appTest('the empty page and the loaded page pass axe', async ({ page }) => {
  assert.deepEqual(await violations(page), []);
  await loaded(page);
  assert.deepEqual(await violations(page), []);
});

appTest('the dark theme passes axe', { path: '?theme=dark' }, async ({ page }) => {
  await loaded(page);
  assert.deepEqual(await violations(page), []);
});

appTest('the Arabic page passes axe', {
  path: '?lang=ar',
  ready: (page) => page.getByRole('button', { name: 'جرّب قائمة نموذجية', exact: true }),
}, async ({ page }) => {
  await page.getByRole('button', { name: 'جرّب قائمة نموذجية', exact: true }).click();
  await page.locator('svg.scatter circle.pt').first().waitFor();
  assert.deepEqual(await violations(page), []);
});
