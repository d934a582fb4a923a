// The in-browser half of `make bench`: one page, one CSV, two parsers.
//
//   (i)  Papa Parse: TextDecoder + Papa.parse(text, { header: true, skipEmptyLines: true })
//        (strings only, no dynamicTyping) — what most sites do with a CSV today.
//   (ii) Tierwise:   bench_analyze(new Uint8Array(buf)) — copy into wasm memory, parse,
//        classify, engagement; returns a JSON summary.
//
// Rounds are interleaved (Papa, Tierwise, Tierwise, Papa, …) so that neither side
// always runs on a warmer or fuller heap. Between runs the page calls gc() when
// Chromium was started with --js-flags=--expose-gc (bench/run.mjs does), untimed.

import init, { bench_analyze } from './pkg/tierwise.js';

const log = (msg) => {
  console.log(msg);
  const el = document.getElementById('log');
  if (el) el.textContent += msg + '\n';
};

window.benchReady = init().then(() => true);

const MiB = 2 ** 20;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const collect = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);

function runPapa(buf) {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(buf);
  const res = Papa.parse(text, { header: true, skipEmptyLines: true });
  const ms = performance.now() - t0;
  return { ms, rows: res.data.length, errors: res.errors.length };
}

function runTierwise(buf) {
  const t0 = performance.now();
  const json = bench_analyze(new Uint8Array(buf));
  const ms = performance.now() - t0;
  const out = JSON.parse(json);
  return { ms, rows: out.creators, problems: out.problems, bytes: out.bytes };
}

/** A prefix of about `n` bytes cut after a newline, for warming both sides up. */
function prefix(buf, n) {
  const bytes = new Uint8Array(buf);
  let end = Math.min(n, bytes.length);
  while (end < bytes.length && bytes[end - 1] !== 0x0a) end++;
  return buf.slice(0, end);
}

window.runBench = async ({ url = 'roster.csv', rounds = 3 } = {}) => {
  await window.benchReady;
  const tf = performance.now();
  const buf = await (await fetch(url)).arrayBuffer();
  log(`fetched ${url}: ${(buf.byteLength / MiB).toFixed(1)} MiB in ${(performance.now() - tf).toFixed(0)} ms`);

  // Warm-up on ~1 MiB (JIT for Papa, wasm tier-up for Tierwise), untimed.
  const warm = prefix(buf, MiB);
  runPapa(warm);
  runTierwise(warm);
  collect();

  const papa = [];
  const tierwise = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['papa', 'tierwise'] : ['tierwise', 'papa'];
    for (const which of order) {
      const res = which === 'papa' ? runPapa(buf) : runTierwise(buf);
      (which === 'papa' ? papa : tierwise).push(res);
      log(`round ${r + 1} ${which}: ${res.ms.toFixed(0)} ms, ${(buf.byteLength / MiB / (res.ms / 1000)).toFixed(1)} MiB/s, ${res.rows} rows`);
      collect();
    }
  }

  const summary = (runs) => {
    const ms = median(runs.map((x) => x.ms));
    return { runs, medianMs: ms, mibPerSec: buf.byteLength / MiB / (ms / 1000) };
  };
  return {
    bytes: buf.byteLength,
    rounds,
    gc: typeof globalThis.gc === 'function',
    userAgent: navigator.userAgent,
    papa: summary(papa),
    tierwise: summary(tierwise),
  };
};
