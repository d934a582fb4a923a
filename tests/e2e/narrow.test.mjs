// On a phone-sized screen (a blog read on a phone), the page never scrolls sideways:
// wide tables scroll inside their own boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, sampleButton, statusCounts, eventually, T } from './helpers.mjs';

const ctx = useApp({ viewport: { width: 390, height: 844 } });

test('at 390 px wide the page does not scroll sideways', T, async () => {
  const { page } = ctx.app;
  await sampleButton(page).click();
  await eventually(async () => assert.equal((await statusCounts(page)).creators, 40));
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
});
