// (e) Keyboard and names: Tab reaches the main controls, and every control on the
// page has an accessible name (what a screen reader announces).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, pasteBox, sampleButton, tierSchemeSelect, settingsToggle, creatorsTable, statusCounts,
  controlNames, describeNode, eventually, T,
} from './helpers.mjs';

const ctx = useApp();

async function tabReaches(page, targets, maxPresses = 150) {
  const reached = new Map(Object.keys(targets).map((k) => [k, false]));
  const check = async () => {
    for (const [name, locator] of Object.entries(targets)) {
      if (reached.get(name) || (await locator.count()) === 0) continue;
      if (await locator.first().evaluate((el) => el === document.activeElement)) reached.set(name, true);
    }
  };
  // Starts on a freshly loaded page, as a keyboard user arriving on it (an
  // autofocused control counts as reached).
  await check();
  for (let i = 0; i < maxPresses && [...reached.values()].includes(false); i++) {
    await page.keyboard.press('Tab');
    await check();
  }
  return [...reached].filter(([, ok]) => !ok).map(([name]) => name);
}

test('Tab reaches "Paste a roster", "Try a sample roster" and the settings; Enter opens them', T, async () => {
  const { page } = ctx.app;
  const missed = await tabReaches(page, {
    'textbox "Paste a roster"': pasteBox(page),
    'button "Try a sample roster"': sampleButton(page),
    'the settings': settingsToggle(page),
  });
  assert.deepEqual(missed, [], `not reachable with Tab: ${missed.join(', ')}`);
  // Folded before a roster exists; Enter on the focused heading opens them.
  await settingsToggle(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await tierSchemeSelect(page).evaluate((el) => el === document.activeElement), true);
  await settingsToggle(page).focus();
  await page.keyboard.press('Enter');
});

test('pressing Enter on the focused "Try a sample roster" button loads it', T, async () => {
  const { page } = ctx.app;
  await sampleButton(page).focus();
  await page.keyboard.press('Enter');
  await eventually(async () => {
    const s = await statusCounts(page);
    assert.ok(s.creators > 0, s.text);
  }, { timeout: 20_000 });
});

async function assertAllNamed(page, when) {
  const controls = await controlNames(page);
  assert.ok(controls.length >= 5, `only ${controls.length} controls in the accessibility tree ${when}`);
  const unnamed = controls.filter((c) => c.name === '');
  const described = [];
  for (const c of unnamed) described.push(`${c.role}: ${await describeNode(page, c.backendDOMNodeId)}`);
  assert.deepEqual(described, [], `controls without an accessible name ${when}`);
}

test('every button, input and select has a non-empty accessible name', T, async () => {
  const { page } = ctx.app;
  // With a roster loaded (previous test), so the results' controls are there too:
  // sort buttons, cut-off spinbuttons, comparison selects.
  await creatorsTable(page).waitFor({ state: 'visible' });
  await assertAllNamed(page, 'with the sample roster loaded');
  await page.reload();
  await pasteBox(page).waitFor({ state: 'visible', timeout: 30_000 });
  await assertAllNamed(page, 'on the empty page');
});
