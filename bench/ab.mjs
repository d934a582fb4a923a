// A/B timing of two wasm builds of `bench_analyze` in one headless Chromium page, runs
// interleaved so that both see the same machine (not part of `make bench`):
//
//   DIR holds bench.html, bench.mjs, papaparse.min.js and roster.csv (as target/bench
//   does after `make bench-wasm`), plus pkgA/ and pkgB/, each the `wasm-bindgen --target
//   web` output of one build.
//   node bench/ab.mjs DIR --runs 10
//
// On a shared machine single times are noise; compare the medians and minimums printed.
import { parseArgs } from 'node:util';
import { inBenchPage } from './page.mjs';
const { values: opts, positionals } = parseArgs({ options: { runs: { type: 'string', default: '6' } }, allowPositionals: true });
const [dir] = positionals;
const runs = Number(opts.runs) || 6;
const { value } = await inBenchPage(dir, '/bench.html', async (page) => {
  await page.waitForFunction(() => window.benchReady);
  return page.evaluate(async (n) => {
    const buf = await (await fetch('roster.csv')).arrayBuffer();
    const mods = {};
    for (const k of ['A', 'B']) {
      const m = await import(`./pkg${k}/tierwise.js`);
      await m.default();
      m.bench_analyze(new Uint8Array(buf));
      mods[k] = m;
    }
    const t = { A: [], B: [] };
    for (let i = 0; i < n; i++) {
      for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) {
        const t0 = performance.now();
        mods[k].bench_analyze(new Uint8Array(buf));
        t[k].push(Math.round(performance.now() - t0));
      }
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const min = (xs) => Math.min(...xs);
    return `A ${t.A.join(" ")} median ${med(t.A)} min ${min(t.A)}\nB ${t.B.join(" ")} median ${med(t.B)} min ${min(t.B)}\nB/A median ${(med(t.B) / med(t.A)).toFixed(3)} min ${(min(t.B) / min(t.A)).toFixed(3)}`;
  }, runs);
}, ['--js-flags=--expose-gc']);
console.log(value);
