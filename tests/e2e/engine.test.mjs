// Plans and big sorts are made by the engine, in a worker of its own: the page stays free
// while a big roster is planned, "Cancel" stops a plan at once, a newer request wins, and
// the engine started again after "Cancel" still knows the roster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, uploadInput, creatorsTable, readStatus, sampleButton, eventually, T } from './helpers.mjs';

const followersOf = (i) => 1_500 + ((i * 7_919) % 2_400_000);

/** A roster of `rows` creators with prices, shaped like an agency's export. */
function roster(rows) {
  const lines = ['handle,platform,followers,avg_likes,avg_comments,price'];
  for (let i = 0; i < rows; i++) {
    const followers = followersOf(i);
    const likes = Math.round(followers / (18 + (i % 37)));
    lines.push(`c${i},${['instagram', 'tiktok', 'youtube'][i % 3]},${followers},${likes},${i % 90},${40 + Math.round(followers / 700) * (1 + (i % 4))}`);
  }
  return `${lines.join('\n')}\n`;
}

const firstHandle = (page) => page.evaluate(() => document.querySelector('table.creators tbody tr[data-pos] th.handle')?.textContent.trim());
const planStatus = (page) => page.locator('.budget .plan-updating');

test('the sample roster is planned by the engine worker, and a budget edit plans again', T, async () => {
  const { page, close, pageErrors } = await openApp();
  try {
    await sampleButton(page).click();
    await page.getByLabel('Total budget', { exact: true }).fill('5000');
    const outcome = page.locator('.budget-outcome[aria-busy="false"] table').first();
    await outcome.waitFor();
    // The page started the engine's worker (and the workbook reader only when a workbook came).
    const workers = page.workers().map((w) => w.url());
    assert.ok(workers.some((u) => u.endsWith('/engine_loader.js')), `workers: ${workers}`);
    const spend = async () => (await page.locator('.budget-outcome').innerText()).match(/\$[\d,]+/g)?.join(' ');
    const before = await spend();
    await page.getByLabel('Total budget', { exact: true }).fill('900');
    await eventually(async () => assert.notEqual(await spend(), before));
    await page.locator('.budget-outcome[aria-busy="false"]').waitFor();
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});

test('a big roster is planned off the page: "Cancel" stops the plan at once and the engine still knows the roster', T, async () => {
  const ROWS = 250_000;
  // A message the ended worker had already posted can still be dispatched on the page after
  // `terminate()`: here one always is, and it must find the worker's handler unhooked, not a
  // dropped closure (seen in CI as "closure invoked recursively or after being dropped").
  const initScript = () => {
    const terminate = Worker.prototype.terminate;
    Worker.prototype.terminate = function () {
      terminate.call(this);
      const late = () => this.dispatchEvent(new MessageEvent('message', { data: 'ready' }));
      late();
      setTimeout(late, 0);
    };
  };
  const { page, close, pageErrors } = await openApp({ initScript });
  try {
    await uploadInput(page).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(roster(ROWS)) });
    await readStatus(page).filter({ hasText: '250,000 creators read' }).waitFor({ timeout: 60_000 });
    await creatorsTable(page).waitFor();
    await page.getByLabel('Total budget', { exact: true }).fill('20000');
    const make = page.getByRole('button', { name: 'Make the plan', exact: true });
    await make.click();
    // The click returns at once (the plan is made in the worker): the page says so and
    // offers "Cancel" while it takes.
    await planStatus(page).filter({ hasText: 'Making the plan…' }).waitFor();
    // "Cancel" is there while the plan is made; it shows itself only once a plan takes 0.4 s
    // (so that a quick one does not flash it), and it is pressed at once here, however fast the
    // machine plans.
    const hidden = page.locator('.budget .plan-updating button');
    assert.equal(await hidden.textContent(), 'Cancel');
    await hidden.evaluate((b) => b.click());
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    // Cancelled: no plan, no "making" status, and the roster waits for "Make the plan" again.
    await make.waitFor({ timeout: 5_000 });
    assert.equal(await planStatus(page).innerText(), '');
    assert.equal(await page.locator('.budget-outcome table').count(), 0);
    assert.equal(await cancel.count(), 0);

    // The worker started again knows the roster: it sorts it (largest first).
    // The rows the first worker was still to send come from the new one.
    await eventually(async () => assert.equal(await firstHandle(page), 'c0'), { timeout: 30_000 });
    await creatorsTable(page).getByRole('button', { name: 'Followers', exact: true }).click();
    let most = 0;
    for (let i = 1; i < ROWS; i++) if (followersOf(i) > followersOf(most)) most = i;
    await eventually(async () => assert.equal(await firstHandle(page), `c${most}`), { timeout: 30_000 });
    assert.equal(await page.locator('.table-status').innerText(), '');
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});

test('a big upload shows how far reading has come, and "Stop reading" stops it at once', T, async () => {
  // Big enough that reading takes seconds even in the release build on a fast machine.
  const ROWS = 2_000_000;
  const { page, close, pageErrors } = await openApp();
  try {
    // (Past 50 MB the browser is handed a file by its path.)
    const buffer = Buffer.from(roster(ROWS));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tierwise-')), 'huge.csv');
    writeFileSync(file, buffer);
    await uploadInput(page).setInputFiles(file);
    // The engine says how far it has come while it reads: bytes and rows (looked at every
    // frame: the bar is there from the start, shown once reading takes 0.4 s).
    await page.waitForFunction(() => Number(document.querySelector('.reading-progress progress')?.value) > 0, null, { polling: 'raf', timeout: 60_000 });
    const bar = page.getByRole('progressbar', { name: 'Reading the roster' });
    await bar.waitFor();
    const max = Number(await bar.getAttribute('max'));
    assert.equal(max, buffer.length, 'of the whole text');
    assert.match(await page.locator('.reading-progress').innerText(), /of \d+(\.\d)? MB read · [\d,]+ rows/);
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Stop reading' }).click();
    await page.getByText('Reading stopped: nothing from that roster was kept.').waitFor();
    const took = Date.now() - clicked;
    assert.equal(await bar.count(), 0);
    assert.match(await page.getByRole('status').filter({ hasText: /Paste a roster/ }).innerText(), /Paste a roster/);
    assert.ok(took < 2_000, `stopped in ${took} ms`);
    // The engine started again reads the next roster.
    await sampleButton(page).click();
    await readStatus(page).filter({ hasText: '40 creators read' }).waitFor();
    await page.locator('table.creators tbody tr[data-pos]').first().waitFor();
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});

test('when the engine\'s worker cannot start, the page says so (it carries no engine of its own)', T, async () => {
  const { page, close, pageErrors } = await openApp({
    // No service worker to serve the loader from its cache…
    contextOptions: { serviceWorkers: 'block' },
    // …and the worker's loader is not served (a host that left it out, a blocked script).
    beforeGoto: (p) => p.context().route('**/engine_loader.js', (r) => r.fulfill({ status: 404, body: '' })),
  });
  try {
    await sampleButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not start the part of the page that reads rosters' });
    await alert.waitFor();
    // Nothing is left waiting for an answer that will not come.
    await page.locator('p.status[aria-busy="false"]').waitFor();
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});
