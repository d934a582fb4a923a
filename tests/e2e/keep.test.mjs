// Kept work is never lost by accident (found by an independent review, each a real loss
// before it was fixed): a rate-card range that is not one is refused, not kept to be thrown
// out on reload; "Clear" over a shared view leaves the user's kept work alone; a big roster
// coming back from IndexedDB never replaces what the user pasted meanwhile, and is not
// written again just because the page opened; an embed's preset scheme keeps nothing for a
// reader who does nothing; a shared file over one's own work asks first; the focus does
// not fall to the page when the share banner goes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  appTest, pasteBox, sampleButton, statusCounts, tierSchemeSelect, openSettings, readFixture, eventually,
  uploadInput, pasteInto, kept, afterAutosave, autosaveSettled, APP_TIMEOUT,
} from './helpers.mjs';

const keys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tierwise:')).sort());

async function reload(page) {
  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
}

appTest('a rate-card "to" below "from" is refused and said; the roster survives a reload', async (app) => {
  const { page } = app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  await tierSchemeSelect(page).selectOption('hootsuite');
  await page.locator('details.rate-card summary').click();
  const to = page.getByLabel('Instagram Nano: to ($)', { exact: true });
  const before = await to.inputValue();
  await to.fill('1');
  await to.press('Tab');
  const alert = page.getByRole('alert').filter({ hasText: /Instagram Nano: “to” \(\$[\d,.]+\) must be at least “from”/ });
  await alert.waitFor();
  assert.equal(await to.getAttribute('aria-invalid'), 'true');
  await eventually(async () => {
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
    assert.equal(kept.scheme.id, 'hootsuite');
    const nano = kept.rate_card.rows.find(([p]) => p === 'instagram')[1][0];
    assert.equal(String(nano.high), before);
  });
  await reload(page);
  assert.equal((await statusCounts(page)).creators, 40);
  assert.equal(await tierSchemeSelect(page).inputValue(), 'hootsuite');
  // Raising a range "from" first: refused until "to" follows, then both apply.
  await page.locator('details.rate-card summary').click();
  const from = page.getByLabel('Instagram Nano: from ($)', { exact: true });
  const upTo = page.getByLabel('Instagram Nano: to ($)', { exact: true });
  await from.fill('900');
  await from.press('Tab');
  await alert.waitFor();
  await upTo.fill('1200');
  await upTo.press('Tab');
  await alert.waitFor({ state: 'detached' });
  await eventually(async () => {
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
    const nano = kept.rate_card.rows.find(([p]) => p === 'instagram')[1][0];
    assert.deepEqual(nano, { low: 900, high: 1200 });
  });
});

appTest('"Clear" on a shared view leaves the user\'s kept work alone, and the banner\'s buttons keep the focus in the page', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }, async (app) => {
  const { page } = app;
  // Someone else's link…
  await pasteInto(pasteBox(page), readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  // …opened by a person with work of their own.
  const other = await (await app.browser.newContext()).newPage();
  await other.goto(app.url);
  await pasteBox(other).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await sampleButton(other).click();
  await eventually(async () => assert.equal((await statusCounts(other)).creators, 40));
  // Kept (autosave has looked at the change) before the link is opened.
  await afterAutosave(other, () => tierSchemeSelect(other).selectOption('later-fohr'));
  await other.goto(link);
  await pasteBox(other).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  const banner = other.getByRole('status').filter({ hasText: 'You opened shared work' });
  await banner.waitFor();
  assert.equal(await afterAutosave(other, () => other.getByRole('button', { name: 'Clear', exact: true }).click()), 'paused');
  await banner.waitFor();
  const kept = await other.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
  assert.equal(kept.scheme.id, 'later-fohr');
  await banner.getByRole('button', { name: 'Back to my roster' }).click();
  await eventually(async () => assert.equal((await statusCounts(other)).creators, 40));
  assert.equal(await other.evaluate(() => document.activeElement?.id), 'results');
  await other.context().close();
});

appTest('a shared file opened over one\'s own work asks before replacing what is kept', async (app) => {
  const { page } = app;
  await pasteInto(pasteBox(page), readFixture('sheets_copy.tsv'));
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await tierSchemeSelect(page).selectOption('hypeauditor');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  const file = readFileSync(await download.path());
  // Now the user's own, different work…
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  await tierSchemeSelect(page).selectOption('hootsuite');
  // …and the file opened over it.
  await uploadInput(page).setInputFiles({ name: 'tierwise-roster.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('status').filter({ hasText: 'You opened shared work' }).waitFor();
  assert.equal(await tierSchemeSelect(page).inputValue(), 'hypeauditor');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
  assert.equal(kept.scheme.id, 'hootsuite');
});

appTest('a big roster coming back from IndexedDB never replaces a paste made meanwhile, and opening the page writes nothing', {
  initScript: () => {
    window.__puts = 0;
    // The sizes of what the page itself reads of files.
    window.__pageReads = [];
    const read = FileReader.prototype.readAsArrayBuffer;
    FileReader.prototype.readAsArrayBuffer = function (blob) {
      window.__pageReads.push(blob.size);
      return read.call(this, blob);
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      window.__puts += 1;
      return put.apply(this, args);
    };
    // A slow disk once a roster is kept there: IndexedDB answers 2 s late.
    if (sessionStorage.getItem('slow') !== '1') return;
    const d = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
    Object.defineProperty(IDBRequest.prototype, 'onsuccess', {
      configurable: true,
      get: d.get,
      set(fn) {
        d.set.call(this, fn && ((e) => setTimeout(() => fn.call(this, e), 2000)));
      },
    });
  },
}, async (app) => {
  const { page } = app;
  const lines = ['handle,platform,followers'];
  for (let i = 0; i < 90_000; i += 1) lines.push(`@creator_${i},instagram,${1000 + i * 13}`);
  await uploadInput(page).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 90_000), { timeout: 60_000 });
  const size = `${lines.join('\n')}\n`.length;
  // Written for good (the transaction complete), once.
  await eventually(async () => assert.equal((await kept(page)).bigChars, size));
  // Kept as the file itself: the page neither copies a big file, decodes it nor makes it a
  // string (IndexedDB keeps the blob).
  assert.equal((await kept(page)).bigKind, 'blob');
  // The page read the file's head only (to know it is text): the engine's worker read it.
  assert.ok(Math.max(...await page.evaluate(() => window.__pageReads)) <= 64 * 1024, 'the page read no more than the head');
  assert.equal(await page.evaluate(() => window.__puts), 1);

  // A plain reload brings it back without writing it again.
  await reload(page);
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 90_000), { timeout: 60_000 });
  await autosaveSettled(page, 'saved');
  assert.equal(await page.evaluate(() => window.__puts), 0);

  // With a slow disk, a paste made while it comes back wins.
  await page.evaluate(() => sessionStorage.setItem('slow', '1'));
  await reload(page);
  await page.getByRole('status').filter({ hasText: 'Restoring your kept roster' }).waitFor();
  await pasteInto(pasteBox(page), 'handle,followers\n@mine,5000\n');
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 1));
  // The slow answer arrives, and is not shown over the paste.
  await page.waitForFunction(() => window.tierwiseRestored === true, null, { timeout: 30_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal((await statusCounts(page)).creators, 1);
  assert.equal(await pasteBox(page).inputValue(), 'handle,followers\n@mine,5000\n');
});

appTest('an embed\'s preset scheme keeps nothing for a reader who does nothing', async (app) => {
  const { page } = app;
  await page.goto(`${app.url}?embed=compact&scheme=hypeauditor`);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await openSettings(page);
  assert.equal(await tierSchemeSelect(page).inputValue(), 'hypeauditor');
  await autosaveSettled(page, 'nothing');
  assert.deepEqual(await keys(page), []);
  // The blog changes its preset: the reader gets the new one.
  await page.goto(`${app.url}?embed=compact&scheme=hootsuite`);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await openSettings(page);
  assert.equal(await tierSchemeSelect(page).inputValue(), 'hootsuite');
});

appTest('a big roster kept by an earlier version (as bytes, or as text) still comes back', async (app) => {
  const { page } = app;
  // A settings record as this version keeps it, from a small roster of the user's.
  await pasteInto(pasteBox(page), 'handle,followers\n@mine,5000\n');
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 1));
  await autosaveSettled(page, 'saved-roster');
  const roster = 'handle,platform,followers\n@ana,instagram,12000\n@bo,tiktok,340000\n@cy,youtube,2100000\n';
  for (const kind of ['bytes', 'text']) {
    // What an earlier version left: the record says "in IndexedDB", the roster is there.
    await page.evaluate(async ({ roster, kind }) => {
      localStorage.removeItem('tierwise:input');
      localStorage.setItem('tierwise:input-in', 'indexeddb');
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('tierwise', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('kept');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const value = kind === 'bytes' ? new TextEncoder().encode(roster) : roster;
      await new Promise((resolve, reject) => {
        const tx = db.transaction('kept', 'readwrite');
        tx.objectStore('kept').put(value, 'input');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { roster, kind });
    await reload(page);
    await eventually(async () => assert.equal((await statusCounts(page)).creators, 3, kind), { timeout: 30_000 });
  }
  assert.deepEqual(app.pageErrors, []);
});
