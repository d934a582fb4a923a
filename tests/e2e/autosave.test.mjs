// Autosave, in a real browser: a reload restores exactly what was there (roster, scheme,
// budget plan); "Clear my data" removes it; a browser that refuses to store says so and
// loses nothing on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, pasteBox, statusCounts, tierSchemeSelect, readFixture, eventually, T, APP_TIMEOUT,
} from './helpers.mjs';

test('a reload restores the roster, the settings and the budget plan', T, async () => {
  const app = await openApp();
  try {
    const { page } = app;
    await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
    await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
    await tierSchemeSelect(page).selectOption('hypeauditor');
    await page.getByLabel('Total budget', { exact: true }).fill('3200');
    await page.getByLabel('Fewest creators', { exact: true }).fill('2');
    await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
    const before = await statusCounts(page);
    assert.match(before.text, /HypeAuditor/);
    const planBefore = await page.getByRole('table', { name: /^Plan \(/ }).innerText();

    await page.reload();
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.equal(await pasteBox(page).inputValue(), readFixture('sheets_copy.tsv'));
    const after = await statusCounts(page);
    assert.deepEqual(after, before);
    assert.equal(await tierSchemeSelect(page).inputValue(), 'hypeauditor');
    assert.equal(await page.getByLabel('Total budget', { exact: true }).inputValue(), '3200');
    assert.equal(await page.getByLabel('Fewest creators', { exact: true }).inputValue(), '2');
    assert.equal(await page.getByRole('table', { name: /^Plan \(/ }).innerText(), planBefore);
  } finally {
    await app.close();
  }
});

test('"Clear my data" removes everything kept and clears the page', T, async () => {
  const app = await openApp();
  try {
    const { page } = app;
    await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
    await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Clear my data' }).click();
    await eventually(async () => assert.equal(await pasteBox(page).inputValue(), ''));
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tierwise:')));
    assert.deepEqual(kept, []);
    await page.reload();
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.equal(await pasteBox(page).inputValue(), '');
    assert.equal(await page.getByRole('heading', { name: 'Budget plan' }).count(), 0);
  } finally {
    await app.close();
  }
});

test('a refused save is said, and nothing on screen is lost', T, async () => {
  // The browser's storage is "full" for rosters.
  const app = await openApp({
    initScript: () => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'tierwise:input') throw new DOMException('full', 'QuotaExceededError');
        return set.call(this, key, value);
      };
    },
  });
  try {
    const { page } = app;
    await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
    await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
    const notice = page.getByRole('status').filter({ hasText: /too large for this browser's local storage/ });
    await notice.waitFor();
    assert.match(await notice.innerText(), /Everything on screen stays/);
    assert.equal(await pasteBox(page).inputValue(), readFixture('sheets_copy.tsv'));
    // Settings are still kept.
    await tierSchemeSelect(page).selectOption('hootsuite');
    await eventually(async () => {
      const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
      assert.equal(kept.scheme.id, 'hootsuite');
    });
  } finally {
    await app.close();
  }
});
