// (d) The sample roster: loads ~40 creators, a different tier scheme changes the
// summary, and the "Creators" table sorts by a column header button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, sampleButton, tierSchemeSelect, creatorsTable, tierCounts, statusCounts,
  readTable, bodyRowCount, findHeader, parseShownNumber, eventually, T,
} from './helpers.mjs';

let app;
before(async () => {
  app = await openApp();
  await sampleButton(app.page).click();
  // Wait for the sample to be read and the table filled.
  await eventually(async () => {
    const s = await statusCounts(app.page);
    assert.ok(s.creators > 0, s.text);
    assert.equal(await bodyRowCount(creatorsTable(app.page)), s.creators);
  }, { timeout: 20_000 });
}, T);
after(async () => {
  await app?.close();
}, T);

// static/sample-roster.csv, per tests/fixtures/README.md: 40 creators, 0 problems,
// tiers (default scheme) emerging 6, nano 8, micro 10, macro 9, mega 7.
const SAMPLE_CREATORS = 40;
const SAMPLE_TIERS = { Emerging: 6, Nano: 8, Micro: 10, Macro: 9, Mega: 7 };

const sum = (o) => Object.values(o).reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);

test('"Try a sample roster" fills the Creators table with its 40 creators', T, async () => {
  const { page } = app;
  const rows = await bodyRowCount(creatorsTable(page));
  assert.equal(rows, SAMPLE_CREATORS, `Creators table rows`);
  const status = await statusCounts(page);
  assert.equal(status.creators, SAMPLE_CREATORS, status.text);
  assert.equal(status.problems, 0, status.text);
  const counts = await tierCounts(page);
  for (const [tier, n] of Object.entries(SAMPLE_TIERS)) {
    assert.equal(counts[tier] ?? 0, n, `sample creators in tier ${tier} (page shows ${JSON.stringify(counts)})`);
  }
  assert.equal(sum(counts), rows, 'tier summary adds up to the creators read');
});

test('another tier scheme changes the tier summary, not the total', T, async () => {
  const { page } = app;
  const select = tierSchemeSelect(page);
  const before = await tierCounts(page);
  const initial = await select.inputValue();
  const options = await select.getByRole('option').all();
  assert.ok(options.length >= 2, `Tier scheme offers ${options.length} option(s)`);

  let changed = null;
  for (const option of options) {
    const label = ((await option.textContent()) ?? "").trim();
    const value = await option.getAttribute('value');
    if ((value ?? label) === initial) continue;
    await select.selectOption({ label });
    const after = await eventually(async () => {
      const c = await tierCounts(page);
      assert.notDeepEqual(c, before);
      return c;
    }, { timeout: 3_000 }).catch(() => null);
    if (after) {
      changed = { label, after };
      break;
    }
  }
  assert.ok(changed, `no other tier scheme changed the summary ${JSON.stringify(before)}`);
  assert.equal(sum(changed.after), sum(before), `scheme "${changed.label}" lost or gained creators`);

  await select.selectOption(initial);
  await eventually(async () => assert.deepEqual(await tierCounts(page), before));
});

test('the "Followers" column header button orders the Creators table, and a second click reverses it', T, async () => {
  const { page } = app;
  const table = creatorsTable(page);
  // The column header "Followers" holds a button of the same name (the W3C sortable-table
  // pattern); its aria-sort says the order.
  const header = table.getByRole('columnheader', { name: 'Followers', exact: true });
  const button = header.getByRole('button', { name: 'Followers', exact: true });

  const followers = async () => {
    const { headers, rows } = await readTable(table);
    const key = findHeader(headers, 'Followers');
    return rows.map((r) => parseShownNumber(r[key])).filter((n) => !Number.isNaN(n));
  };
  const direction = (xs) => {
    const asc = xs.every((x, i) => i === 0 || xs[i - 1] <= x);
    const desc = xs.every((x, i) => i === 0 || xs[i - 1] >= x);
    return asc && desc ? 'flat' : asc ? 'ascending' : desc ? 'descending' : 'unsorted';
  };

  await button.click();
  const first = await eventually(async () => {
    const xs = await followers();
    const d = direction(xs);
    assert.ok(d === 'ascending' || d === 'descending', `followers after one click: ${d} ${xs.join(', ')}`);
    return { xs, d };
  });
  assert.ok(first.xs.length >= 30, `only ${first.xs.length} follower counts read`);
  const ariaSort = await header.getAttribute('aria-sort');
  if (ariaSort && ariaSort !== 'none') assert.equal(ariaSort, first.d, 'aria-sort tells the order shown');

  await button.click();
  await eventually(async () => {
    const xs = await followers();
    const want = first.d === 'ascending' ? 'descending' : 'ascending';
    assert.equal(direction(xs), want, `followers after a second click: ${xs.join(', ')}`);
    const aria = await header.getAttribute('aria-sort');
    if (aria && aria !== 'none') assert.equal(aria, want);
  });
});
