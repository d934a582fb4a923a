// Times (and with --profile, profiles) `bench_analyze` on DIR/roster.csv in headless
// Chromium, for work on reading speed (not part of `make bench`):
//
//   make bench-wasm                                   # target/bench: page, pkg, roster.csv
//   node bench/profile.mjs target/bench --runs 5 --profile
//
// Prints the run times and, with --profile, the functions taking most of the time (names
// need a module with its name section: `wasm-bindgen --keep-debug`, no wasm-opt).
import { parseArgs } from 'node:util';
import { inBenchPage } from './page.mjs';
import { median } from './stats.mjs';
const { values: opts, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, profile: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [dir] = positionals;
const runs = Number(opts.runs) || 5;
const { profile } = opts;
const { value } = await inBenchPage(dir, '/bench.html', async (page) => {
  await page.waitForFunction(() => window.benchReady);
  await page.evaluate(async () => {
    await window.benchReady;
    window.buf = await (await fetch('roster.csv')).arrayBuffer();
    const { bench_analyze } = await import('./pkg/tierwise.js');
    window.ba = bench_analyze;
    ba(new Uint8Array(buf));
  });
  const cdp = await page.context().newCDPSession(page);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const times = await page.evaluate((n) => {
    const r = [];
    for (let i = 0; i < n; i++) { const t0 = performance.now(); ba(new Uint8Array(buf)); r.push(Math.round(performance.now() - t0)); }
    return r;
  }, runs);
  let out = `runs ms ${times.join(' ')}; min ${Math.min(...times)} median ${median(times)}`;
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const self = new Map(); const byId = new Map(p.nodes.map((n) => [n.id, n]));
    let total = 0;
    p.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url; self.set(k, (self.get(k) || 0) + p.timeDeltas[i]); total += p.timeDeltas[i]; });
    out += '\n' + [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(100 * v / total).toFixed(1)}%  ${k}`).join('\n');
  }
  return out;
}, ['--js-flags=--expose-gc']);
console.log(value);
