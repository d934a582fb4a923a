// The pictures and the summary band, found as a person (or a screen reader) finds them: each
// chart by the accessible name that states its finding, what it draws checked in numbers
// from the DOM for a roster whose figures are worked out here by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  appTest, pasteBox, pasteInto, sampleButton, creatorsTable, eventually, readTable, findHeader, clean,
  parseShownNumber, planSettled,
} from './helpers.mjs';

// ER = (likes + comments) / followers (the default interactions and basis):
//   a  2,000 Instagram   8%      band 1K-10K 5-8% (passo)         within
//   b  20,000 Instagram  3.6%    band 10K-100K 3-5.5%             within
//   f  30,000 Instagram  0.137%  band 10K-100K 3-5.5%             below, far below: flagged
//   d  50,000 TikTok     10.4%   band 10K-100K 8.43% (TIMF)       above
//   c  250,000 Instagram 0.84%   band 100K-500K 1.8-3%            below
//   e  no follower count: not drawn
const ROSTER = `handle,platform,followers,likes,comments,price
a,instagram,2000,154,6,100
b,instagram,20000,700,20,400
c,instagram,250000,2040,60,2500
d,tiktok,50000,5000,200,800
e,instagram,,10,1,50
f,instagram,30000,40,1,300
`;

const scatter = (page) => page.getByRole('img', { name: /^Engagement rate against followers: / });
const tierMix = (page) => page.getByRole('img', { name: /^Tier mix: / });

async function paste(page) {
  await pasteInto(pasteBox(page), ROSTER);
  await scatter(page).waitFor();
}

appTest('the scatter draws every creator, its benchmark band and the finding', async ({ page }) => {
  await paste(page);
  const img = scatter(page);
  const name = await img.getAttribute('aria-label');
  assert.match(name, /2 of 5 creators sit below their benchmark band and 1 above it/);
  assert.match(name, /from 8% \(Nano\) to 0\.84% \(Macro\)/);
  const points = await img.locator('circle.pt').evaluateAll((els) => els.map((e) => ({
    followers: Number(e.dataset.followers),
    er: Number(e.dataset.er),
    flagged: e.classList.contains('flagged'),
    platform: [...e.classList].find((c) => c.startsWith('pf-')),
  })));
  assert.deepEqual(points.map((p) => p.followers), [2000, 20000, 30000, 50000, 250000]);
  const expected = [8, 3.6, 41 / 300, 10.4, 0.84];
  points.forEach((p, i) => assert.ok(Math.abs(p.er - expected[i]) < 1e-9, `${p.er} vs ${expected[i]}`));
  assert.deepEqual(points.map((p) => p.flagged), [false, false, true, false, false]);
  assert.equal(points[3].platform, 'pf-tiktok');
  // The bands come from the same tables as the Benchmark column.
  const band = await img.locator('rect.band[data-platform="instagram"][data-min="10000"]').evaluate((e) => [e.dataset.low, e.dataset.high, e.dataset.max]);
  assert.deepEqual(band, ['3', '5.5', '100000']);
  const tiktok = await img.locator('rect.band[data-platform="tiktok"][data-min="10000"]').evaluate((e) => [e.dataset.low, e.dataset.high]);
  assert.deepEqual(tiktok, ['8.43', '8.43']);
  // The follower axis spans whole decades around the data: 1K to 1M.
  assert.equal(await img.getAttribute('data-decades'), '3 6');
  const svgBox = await img.boundingBox();
  const xs = await img.locator('circle.pt').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
  assert.ok(xs.every((x, i) => i === 0 || x > xs[i - 1]), `points run left to right by followers: ${xs}`);
  assert.ok(xs.every((x) => x >= 0 && x <= svgBox.width + 1));
  // One creator without followers is said, not silently dropped.
  await page.getByText('One creator without a follower count or a rate is not drawn.').waitFor();
});

appTest('the scatter works by keyboard and pointer, and selects the row in the table', async ({ page }) => {
  await paste(page);
  const img = scatter(page);
  await img.focus();
  await page.keyboard.press('ArrowRight');
  const detail = page.locator('#chart-engagement .chart-detail');
  await eventually(async () => assert.match(await detail.innerText(), /^a · Instagram · 2,000 followers · ER 8% · Nano · benchmark 5–8%: within$/));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.match(await detail.innerText(), /^f · .* · flagged$/));
  await page.keyboard.press('End');
  await eventually(async () => assert.match(await detail.innerText(), /^c · Instagram · 250,000 followers/));
  await page.keyboard.press('Enter');
  const table = creatorsTable(page);
  const selected = table.locator('tr[aria-current="true"]');
  await eventually(async () => assert.equal(clean(await selected.getByRole('rowheader').innerText()), 'c'));
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.getAttribute('aria-current')), 'true'));
  // A click on a point selects that creator instead.
  await img.scrollIntoViewIfNeeded();
  await img.locator('circle.pt').nth(3).click();
  await eventually(async () => assert.equal(clean(await selected.getByRole('rowheader').innerText()), 'd'));
});

appTest('every chart shows its data as a table and downloads as SVG and PNG', async ({ page }) => {
  await paste(page);
  const figure = page.locator('#chart-engagement');
  const show = figure.getByRole('button', { name: 'Show the data' });
  await show.click();
  const points = page.getByRole('table', { name: 'Creators on the chart' });
  const rows = await readTable(points);
  assert.deepEqual(rows.rows.map((r) => r[findHeader(rows.headers, 'Handle')]), ['a', 'b', 'f', 'd', 'c']);
  assert.equal(await figure.getByRole('button', { name: 'Hide the data' }).getAttribute('aria-expanded'), 'true');
  const bands = await readTable(page.getByRole('table', { name: 'Benchmark bands behind the points' }));
  const [f, lo, hi] = ['Followers', 'Low', 'High'].map((h) => findHeader(bands.headers, h));
  assert.ok(bands.rows.some((r) => r[f] === '10,000–99,999' && r[lo] === '3%' && r[hi] === '5.5%'), JSON.stringify(bands.rows));

  const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download SVG' }).click()]);
  assert.equal(svg.suggestedFilename(), 'tierwise-chart-engagement.svg');
  const text = readFileSync(await svg.path(), 'utf8');
  assert.match(text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((text.match(/<circle /g) || []).length, 5);
  // The page's colours are written into the file: it looks the same on its own.
  assert.match(text, /fill:rgb\(/);
  assert.doesNotMatch(text, /class="/);
  const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download PNG' }).click()]);
  assert.equal(png.suggestedFilename(), 'tierwise-chart-engagement.png');
  const bytes = readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

appTest('the tier mix draws each scheme\'s shares', async ({ page }) => {
  await paste(page);
  const img = tierMix(page);
  const name = await img.getAttribute('aria-label');
  // Shopify: a nano; b, d, f micro; c macro. HypeAuditor: b, d, f mid.
  assert.match(name, /Micro holds the most creators \(60%\), Macro the most followers \(71%\)/);
  assert.match(name, /under HypeAuditor .*, Mid holds the most creators \(60%\)/);
  const panels = await img.locator('g.tier-panel').evaluateAll((ps) => ps.map((p) => Object.fromEntries(
    [...p.querySelectorAll('g.tier-row')].map((r) => [r.dataset.tier, [Number(r.dataset.creators), Number(r.dataset.creatorsShare), Number(r.dataset.followersShare)]]))));
  assert.equal(panels.length, 2);
  assert.deepEqual(panels[0].micro.slice(0, 2), [3, 0.6]);
  assert.ok(Math.abs(panels[0].macro[2] - 250000 / 352000) < 1e-12);
  assert.equal(panels[0].emerging[0], 0);
  assert.deepEqual(panels[1].mid.slice(0, 2), [3, 0.6]);
  const sum = Object.values(panels[0]).reduce((s, v) => s + v[1], 0);
  assert.ok(Math.abs(sum - 1) < 1e-12);
  // A change of comparison redraws: without one, one panel.
  await page.getByRole('combobox', { name: 'Compare with scheme' }).selectOption({ label: 'No comparison' });
  await eventually(async () => assert.equal(await tierMix(page).locator('g.tier-panel').count(), 1));
});

appTest('the plan\'s pictures tell the same story as its tables', async ({ page }) => {
  await paste(page);
  await page.getByLabel('Total budget', { exact: true }).fill('2000');
  await page.getByLabel('Micro: minimum % of budget').fill('40');
  await page.getByLabel('Micro: maximum % of budget').fill('80');
  await planSettled(page);
  const spend = page.getByRole('img', { name: /^Spend per tier against the targets: Optimal: / });
  await spend.waitFor();
  const plan = await readTable(page.getByRole('table', { name: /^Plan \(Optimal\)/ }));
  const tierCol = findHeader(plan.headers, 'Tier');
  const spendCol = findHeader(plan.headers, 'Spend');
  const byTier = {};
  const creatorCol = plan.headers[0];
  for (const r of plan.rows.filter((r) => r[creatorCol] !== 'Total')) {
    byTier[r[tierCol].toLowerCase()] = (byTier[r[tierCol].toLowerCase()] ?? 0) + parseShownNumber(r[spendCol]);
  }
  const drawn = await spend.locator('g.spend-row').evaluateAll((rs) => rs.map((r) => [r.dataset.tier, Number(r.dataset.share), r.dataset.min, r.dataset.max, r.classList.contains('off-target')]));
  for (const [tier, share, min, max, off] of drawn) {
    assert.ok(Math.abs(share - (byTier[tier] ?? 0) / 2000 * 100) < 0.01, `${tier}: drawn ${share}%, table ${byTier[tier]}`);
    if (tier === 'micro') {
      assert.deepEqual([min, max], ['40', '80']);
      assert.equal(off, false);
      assert.ok(share >= 40 && share <= 80);
    }
  }
  // The strategies chart shows the same expected totals as the strategies table.
  const strategies = page.getByRole('img', { name: /^The strategies compared on engagements: / });
  const table = await readTable(page.getByRole('table', { name: 'Strategies side by side' }));
  const objective = findHeader(table.headers, 'Expected engagements');
  const strategy = table.headers[0];
  const expected = Object.fromEntries(table.rows.filter((r) => /\d/.test(r[objective])).map((r) => [r[strategy], parseShownNumber(r[objective].split('(')[0])]));
  const bars = await strategies.locator('g.range-row').evaluateAll((rs) => rs.map((r) => [r.querySelector('.label').textContent, Number(r.dataset.expected)]));
  assert.ok(bars.length >= 2);
  for (const [label, value] of bars) assert.equal(Math.round(value), expected[label], label);
  assert.match(await strategies.getAttribute('aria-label'), /Optimal brings the most engagements/);
});

appTest('a sample brings the answer into view and focus to it; typing is not interrupted', async ({ page }) => {
  // Before a roster the settings wait folded.
  const settingsOpen = () => page.evaluate(() => document.querySelector('details.settings').open);
  assert.equal(await settingsOpen(), false);
  await sampleButton(page).click();
  const band = page.getByRole('region', { name: 'At a glance' });
  await band.waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'glance'));
  const box = await band.boundingBox();
  assert.ok(box.y >= 0 && box.y < 100, `the band is at the top of the window: ${box.y}`);
  const text = clean(await band.innerText());
  assert.match(text, /Creators read 40 from 40 rows/);
  // The plan comes from the engine's worker a moment later.
  await eventually(async () => assert.match(clean(await band.innerText()), /Best plan for \$2,000/));
  assert.equal(await settingsOpen(), true);
  // The scatter is on the first screen too.
  const img = await scatter(page).boundingBox();
  assert.ok(img.y < 900, `the scatter starts on screen: ${img.y}`);

  // Typing in the paste box keeps the focus (and the place) there.
  const boxEl = pasteBox(page);
  await boxEl.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nzz.new,instagram,5000,200,10');
  await eventually(async () => assert.match(clean(await band.innerText()), /Creators read 41/));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'roster-text');
});
