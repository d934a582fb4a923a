// Autosave, in a real browser: a reload restores exactly what was there (roster, scheme,
// budget plan); a roster too big for local storage (or refused by it) goes to IndexedDB and
// comes back too; "Clear my data" removes it all; a browser that refuses to store says so
// and loses nothing on screen.
import assert from 'node:assert/strict';
import {
  appTest, pasteBox, statusCounts, tierSchemeSelect, readFixture, eventually, uploadInput, kept,
  APP_TIMEOUT, planSettled,
} from './helpers.mjs';

appTest('a reload restores the roster, the settings and the budget plan', async (app) => {
  const { page } = app;
  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await tierSchemeSelect(page).selectOption('hypeauditor');
  await page.getByLabel('Total budget', { exact: true }).fill('3200');
  await page.getByLabel('Fewest creators', { exact: true }).fill('2');
  await planSettled(page);
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
  // A roster this size lives in local storage: no IndexedDB database is even created.
  assert.equal((await kept(page)).database, false);
});

appTest('"Clear my data" removes everything kept and clears the page', async (app) => {
  const { page } = app;
  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await eventually(async () => assert.equal(await pasteBox(page).inputValue(), ''));
  assert.deepEqual(await kept(page), { local: [], where: null, bigChars: 0, database: false });
  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  assert.equal(await pasteBox(page).inputValue(), '');
  assert.equal(await page.getByRole('heading', { name: 'Budget plan' }).count(), 0);
});

/** Local storage "full" for rosters: the browser refuses `tierwise:input`. */
function refuseLocalRoster() {
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'tierwise:input') throw new DOMException('full', 'QuotaExceededError');
    return set.call(this, key, value);
  };
}

appTest('a roster too big for local storage is kept in IndexedDB and comes back after a reload', async (app) => {
  const { page } = app;
  // 60,000 creators, about 2.6 million characters: over what local storage is given.
  const lines = ['handle,platform,followers,avg_likes,avg_comments'];
  for (let i = 0; i < 60_000; i += 1) {
    lines.push(`@creator_${i},${['instagram', 'tiktok', 'youtube'][i % 3]},${1_000 + ((i * 7_919) % 2_000_000)},${(i * 31) % 9_000},${i % 211}`);
  }
  const text = `${lines.join('\n')}\n`;
  assert.ok(text.length > 2_000_000);
  await uploadInput(page).setInputFiles({ name: 'big-roster.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 60_000), { timeout: 60_000 });
  await tierSchemeSelect(page).selectOption('later-fohr');
  await eventually(async () => {
    const k = await kept(page);
    assert.equal(k.where, 'indexeddb');
    assert.equal(k.bigChars, text.length);
    assert.ok(!k.local.includes('tierwise:input'), 'no second copy in local storage');
  });
  const before = await statusCounts(page);

  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await eventually(async () => assert.deepEqual(await statusCounts(page), before), { timeout: 60_000 });
  assert.equal(await tierSchemeSelect(page).inputValue(), 'later-fohr');
  assert.match(await page.getByText('big-roster.csv').first().innerText(), /big-roster\.csv/);

  // A small roster after it replaces it in local storage, and the big copy is deleted.
  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => {
    const k = await kept(page);
    assert.equal(k.where, null);
    assert.equal(k.database, false, 'the big copy is deleted');
    assert.ok(k.local.includes('tierwise:input'));
  });
  // And "Clear my data" leaves nothing anywhere.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await eventually(async () => assert.deepEqual(await kept(page), { local: [], where: null, bigChars: 0, database: false }));
  assert.deepEqual(app.pageErrors, []);
});

appTest('a roster local storage refuses goes to IndexedDB instead, and nothing is lost', { initScript: refuseLocalRoster }, async (app) => {
  const { page } = app;
  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await eventually(async () => assert.equal((await kept(page)).where, 'indexeddb'));
  assert.equal(await page.getByRole('status').filter({ hasText: /Autosave/ }).count(), 0);
  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await eventually(async () => assert.equal(await pasteBox(page).inputValue(), readFixture('sheets_copy.tsv')));
});

  // Local storage refuses the roster, and IndexedDB's transaction aborts (as on a full disk).
appTest('when the browser refuses to store the roster anywhere, it says so and nothing on screen is lost', {
  initScript: () => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'tierwise:input') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    };
  },
}, async (app) => {
  const { page } = app;
  await pasteBox(page).fill(readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  const notice = page.getByRole('status').filter({ hasText: /refused to store this roster/ });
  await notice.waitFor();
  assert.match(await notice.innerText(), /Everything on screen stays/);
  assert.equal(await pasteBox(page).inputValue(), readFixture('sheets_copy.tsv'));
  assert.equal((await kept(page)).where, null, 'no marker pointing at a roster that is not there');
  // Settings are still kept.
  await tierSchemeSelect(page).selectOption('hootsuite');
  await eventually(async () => {
    const state = await page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
    assert.equal(state.scheme.id, 'hootsuite');
  });
});
