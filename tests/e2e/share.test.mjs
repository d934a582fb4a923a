// Share links and shared files, in a real browser: a link carries the roster and settings in
// its fragment (never sent to the server) and opening it elsewhere shows the same view; a
// damaged link says so and changes nothing; opening a link never overwrites the user's own
// kept work without asking; a roster too big for a link goes into a file that opens the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  appTest, pasteBox, sampleButton, statusCounts, tierSchemeSelect, readFixture, eventually,
  uploadInput, pasteInto, afterAutosave, planSettled, APP_TIMEOUT,
} from './helpers.mjs';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** What a person sees of the view: status line, scheme, budget boxes and the plan. */
async function view(page) {
  // The settled view: budget edits are planned once typing pauses.
  await planSettled(page);
  return {
    status: (await statusCounts(page)).text,
    scheme: await tierSchemeSelect(page).inputValue(),
    budget: await page.getByLabel('Total budget', { exact: true }).inputValue(),
    fewest: await page.getByLabel('Fewest creators', { exact: true }).inputValue(),
    plan: await page.getByRole('table', { name: /^Plan \(/ }).innerText(),
  };
}

async function makeView(page, roster) {
  await pasteInto(pasteBox(page), roster);
  await eventually(async () => assert.ok((await statusCounts(page)).creators > 0));
  await tierSchemeSelect(page).selectOption('hypeauditor');
  await page.getByLabel('Total budget', { exact: true }).fill('3200');
  await page.getByLabel('Fewest creators', { exact: true }).fill('2');
  await page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
}

/** Opens `url` in a fresh browser context (another person, nothing kept). */
async function openElsewhere(app, url, { storage } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (storage) {
    // This person has their own work kept from an earlier visit.
    await page.goto(app.url);
    await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await storage(page);
  }
  await page.goto(url);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  return { page, context, errors };
}

appTest('a share link opens the same roster, scheme and budget plan elsewhere, and its data never reaches the server', { contextOptions: CLIPBOARD }, async (app) => {
  const { page } = app;
  await makeView(page, readFixture('sheets_copy.tsv'));
  const before = await view(page);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=1\.[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.getByRole('status').filter({ hasText: /^Link copied \([\d,]+ characters\)/ }).waitFor();

  const other = await openElsewhere(app, link);
  try {
    await other.page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
    assert.deepEqual(await view(other.page), before);
    assert.equal(await pasteBox(other.page).inputValue(), readFixture('sheets_copy.tsv'));
    await other.page.getByRole('status').filter({ hasText: 'Opened from a shared link' }).waitFor();
    // The fragment is taken out of the address, so a reload shows later edits, not the link.
    assert.equal(new URL(other.page.url()).hash, '');
    await other.page.getByLabel('Total budget', { exact: true }).fill('4100');
    await eventually(async () => {
      const kept = await other.page.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
      assert.equal(kept.budget.budget, '4100');
    });
    await other.page.reload();
    await pasteBox(other.page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.equal(await other.page.getByLabel('Total budget', { exact: true }).inputValue(), '4100');
    assert.deepEqual(other.errors, []);
  } finally {
    await other.context.close();
  }
  // The server saw the page's files, never the data after "#".
  assert.ok(app.server.received.length > 0, 'the server log is empty: the recorder is broken');
  assert.deepEqual(app.server.received.filter((u) => u.includes('share=') || u.includes('#')), []);
});

appTest('opening a link keeps the user\'s own work until they choose, and "Back to my roster" restores it', { contextOptions: CLIPBOARD }, async (app) => {
  const { page } = app;
  await makeView(page, readFixture('sheets_copy.tsv'));
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();

  const own = async (p) => {
    await sampleButton(p).click();
    await eventually(async () => assert.equal((await statusCounts(p)).creators, 40));
    await tierSchemeSelect(p).selectOption('hootsuite');
  };
  const other = await openElsewhere(app, link, { storage: own });
  try {
    const p = other.page;
    const banner = p.getByRole('status').filter({ hasText: 'You opened shared work' });
    await banner.waitFor();
    assert.equal(await tierSchemeSelect(p).inputValue(), 'hypeauditor');
    // Edits to the shared view do not touch what is kept.
    assert.equal(await afterAutosave(p, () => p.getByLabel('Total budget', { exact: true }).fill('999')), 'paused');
    const kept = await p.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
    assert.equal(kept.scheme.id, 'hootsuite');
    assert.match(await p.evaluate(() => localStorage.getItem('tierwise:input')), /^handle,name,platform/);

    await banner.getByRole('button', { name: 'Back to my roster' }).click();
    await eventually(async () => assert.equal((await statusCounts(p)).creators, 40));
    assert.equal(await tierSchemeSelect(p).inputValue(), 'hootsuite');
    assert.equal(await banner.count(), 0);
  } finally {
    await other.context.close();
  }

  // The other choice: keep the shared roster, which then replaces the kept one.
  const third = await openElsewhere(app, link, { storage: own });
  try {
    const p = third.page;
    await p.getByRole('button', { name: 'Keep the shared roster (replaces mine)' }).click();
    await eventually(async () => {
      const kept = await p.evaluate(() => JSON.parse(localStorage.getItem('tierwise:state')));
      assert.equal(kept.scheme.id, 'hypeauditor');
    });
    await p.reload();
    await pasteBox(p).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.equal(await pasteBox(p).inputValue(), readFixture('sheets_copy.tsv'));
  } finally {
    await third.context.close();
  }
});

appTest('a damaged link says so and changes nothing', async (app) => {
  const { page } = app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  // A link cut off by a mail app.
  await page.goto(`${app.url}#share=1.bVHLbtswELz7FQsjQBNAtZ0CvbQ9JY`);
  await pasteBox(page).waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  const notice = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /damaged or cut off/);
  assert.equal((await statusCounts(page)).creators, 40);
  assert.deepEqual(app.pageErrors, []);
});

appTest('a roster too big for a link is offered as a file, which opens the same view', async (app) => {
  const { page } = app;
  // 3,000 creators with varied handles, names and numbers: over 65,536 characters even
  // compressed.
  const lines = ['handle,name,platform,followers,avg_likes,avg_comments,price'];
  let x = 12345;
  for (let i = 0; i < 3000; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const y = (x * 2654435761) % 4294967296;
    lines.push(`@c${x.toString(36)},Creator ${y.toString(36)},${['instagram', 'tiktok', 'youtube'][i % 3]},${1000 + (x % 900000)},${x % 5000},${x % 97},${100 + (x % 4000)}`);
  }
  const roster = `${lines.join('\n')}\n`;
  await makeView(page, roster);
  const before = await view(page);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const too = page.getByRole('status').filter({ hasText: /links over 65,536 characters break/ });
  await too.waitFor();
  assert.match(await too.innerText(), /makes a link of [\d,]+ characters/);
  assert.equal(await page.getByRole('textbox', { name: 'Share link' }).count(), 0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'tierwise-roster.json');
  const file = await download.path();
  const record = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(record.tierwise_share, 1);
  assert.equal(record.roster, roster);

  const other = await openElsewhere(app, app.url);
  try {
    await uploadInput(other.page).setInputFiles({
      name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(file),
    });
    await other.page.getByRole('heading', { name: 'Plan: Optimal' }).waitFor();
    await other.page.getByRole('status').filter({ hasText: 'Opened tierwise-roster.json' }).waitFor();
    assert.deepEqual(await view(other.page), before);
    // A damaged file is reported, and the page keeps what it had.
    await uploadInput(other.page).setInputFiles({
      name: 'broken.json', mimeType: 'application/json',
      buffer: Buffer.from('{"tierwise_share": 1, "state": {"version": 1}, "roster": "x"}'),
    });
    await other.page.getByRole('alert').filter({ hasText: 'broken.json looks like a Tierwise file but could not be opened' }).waitFor();
    assert.deepEqual(await view(other.page), before);
  } finally {
    await other.context.close();
  }
});
