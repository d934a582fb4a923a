// The in-browser half of the split benchmark: loads each instance into wasm memory
// (untimed), then times bench_split_solve() — the optimal split with the app's limits.
import init, { bench_split_load, bench_split_solve } from '../pkg/tierwise.js';
import { median } from '../stats.mjs';

window.splitReady = init().then(() => true);


window.runSplit = async ({ names, rounds }) => {
  const out = [];
  for (const name of names) {
    const text = await (await fetch(`instances/${name}.json`)).text();
    const n = bench_split_load(text);
    const runs = [];
    let result;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      result = JSON.parse(bench_split_solve());
      runs.push(performance.now() - t0);
    }
    out.push({ name, n, runs, medianMs: median(runs), ...result });
    console.log(`split ${name}: n=${n} ${median(runs).toFixed(1)} ms objective ${result.objective}`);
  }
  return out;
};
