// The creators table draws a window of rows and stands in for the rest by their height:
// a long roster scrolls through every creator, in order, with the row under the header
// always a real one, by mouse wheel, by keyboard and by dragging the bar; sorting starts
// again from the top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, uploadInput, creatorsTable, readStatus, eventually, T } from './helpers.mjs';

const ROWS = 5000;

function roster() {
  const lines = ['handle,platform,followers,avg_likes,avg_comments'];
  for (let i = 0; i < ROWS; i++) lines.push(`c${i},instagram,${1000 + i},${50 + (i % 40)},${i % 9}`);
  return `${lines.join('\n')}\n`;
}

/** What the table's scroll box shows now: the row under the sticky header, and the ends. */
async function view(page) {
  return page.locator('.table-wrap:has(> table.creators)').evaluate((wrap) => {
    const head = wrap.querySelector('thead th').getBoundingClientRect(); // the cells stick, not the thead
    const box = wrap.getBoundingClientRect();
    const x = box.left + 40;
    // The handle column is sticky: look at the line number cell's column (the first).
    const atTop = document.elementFromPoint(x, head.bottom + 2)?.closest('tr');
    // The last line of the box's content (above its padding and any scroll bar).
    const inner = box.top + wrap.clientTop + wrap.clientHeight - parseFloat(getComputedStyle(wrap).paddingBottom);
    const atBottom = document.elementFromPoint(x, inner - 2)?.closest('tr');
    const row = (tr) => (tr && tr.dataset.pos !== undefined
      ? { pos: Number(tr.dataset.pos), index: Number(tr.getAttribute('aria-rowindex')), handle: tr.querySelector('th.handle').textContent.trim() }
      : { standIn: tr ? tr.className : 'none' });
    return {
      top: row(atTop),
      bottom: row(atBottom),
      drawn: wrap.querySelectorAll('tbody tr[data-pos]').length,
      scrollTop: wrap.scrollTop,
      scrollMax: wrap.scrollHeight - wrap.clientHeight,
      rowcount: Number(wrap.querySelector('table').getAttribute('aria-rowcount')),
    };
  });
}

test('a 5,000-creator table scrolls through everyone in order, by wheel, keyboard and scroll bar', T, async () => {
  const { page, close, pageErrors } = await openApp({ viewport: { width: 1280, height: 900 } });
  try {
    await uploadInput(page).setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(roster()) });
    await readStatus(page).filter({ hasText: '5,000 creators read' }).waitFor();
    const table = creatorsTable(page);
    await table.waitFor();
    // The rows come from the engine, a moment after the status line.
    await table.locator('tbody tr[data-pos]').first().waitFor();
    const wrap = page.locator('.table-wrap:has(> table.creators)');
    // The table's box at the top of the page (it is at most 85% of the window high).
    await wrap.evaluate((w) => w.scrollIntoView({ block: 'start' }));
    let v = await view(page);
    assert.equal(v.rowcount, ROWS + 1, 'aria-rowcount counts every creator and the header row');
    assert.ok(v.drawn <= 120, `only a window is drawn (${v.drawn} rows)`);
    assert.deepEqual(v.top, { pos: 0, index: 2, handle: 'c0' });

    // The wheel, a screenful at a time: the row under the header is always a real one, the
    // next in order (no jump back, no blank), well past the first window.
    await wrap.hover();
    let last = 0;
    for (let step = 0; step < 40; step++) {
      await page.mouse.wheel(0, 600);
      v = await eventually(async () => {
        const now = await view(page);
        assert.ok(now.top.pos !== undefined, `step ${step}: a drawn row under the header, not ${JSON.stringify(now.top)}`);
        assert.ok(now.bottom.pos !== undefined, `step ${step}: a drawn row at the bottom, not ${JSON.stringify(now.bottom)}`);
        return now;
      });
      assert.equal(v.top.handle, `c${v.top.pos}`, 'the row drawn at a position is the creator there');
      assert.equal(v.top.index, v.top.pos + 2);
      assert.ok(v.top.pos >= last, `step ${step}: ${v.top.pos} after ${last}`);
      last = v.top.pos;
    }
    assert.ok(last > 300, `forty screens down is past the first window (row ${last})`);

    // The scroll bar dragged to the middle, then to the end.
    await wrap.evaluate((w) => { w.scrollTop = (w.scrollHeight - w.clientHeight) / 2; });
    v = await eventually(async () => {
      const now = await view(page);
      assert.ok(now.top.pos !== undefined && Math.abs(now.top.pos - ROWS / 2) < ROWS / 10, JSON.stringify(now.top));
      return now;
    });
    assert.equal(v.top.handle, `c${v.top.pos}`);
    await wrap.evaluate((w) => { w.scrollTop = w.scrollHeight; });
    await eventually(async () => {
      const now = await view(page);
      assert.equal(now.bottom.handle, `c${ROWS - 1}`, 'the last creator is at the bottom');
    });

    // By keyboard: Home in the focused table goes back to the first creator.
    await wrap.focus();
    await page.keyboard.press('Home');
    await eventually(async () => assert.equal((await view(page)).top.handle, 'c0'));

    // Sorting by followers, largest first, starts again from the top of the new order.
    await page.keyboard.press('End');
    await eventually(async () => assert.equal((await view(page)).bottom.handle, `c${ROWS - 1}`));
    await table.getByRole('button', { name: 'Followers', exact: true }).click();
    await eventually(async () => assert.equal((await view(page)).top.handle, `c${ROWS - 1}`));
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});
