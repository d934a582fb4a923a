// The in-browser half of `make bench`: one page, one CSV, five readers.
//
//   Papa Parse:    TextDecoder + Papa.parse(text, { header: true, skipEmptyLines: true })
//                  (strings only, no dynamicTyping) — what most sites do with a CSV today.
//   uDSV typed:    TextDecoder + inferSchema + initParser + parser.typedObjs(text): the fastest
//                  JavaScript CSV parser, its typed mode (strings, and `+cell` numbers: `2.1k`
//                  becomes NaN).
//   uDSV strings:  the same, parser.stringArrs(text): string tuples, no objects.
//   d3-dsv:        TextDecoder + d3.csvParse(text): objects of strings.
//   Tierwise:      bench_analyze(new Uint8Array(buf)) — copy into wasm memory, parse, numbers,
//                  classify, engagement; returns a JSON summary.
//
// Rounds are interleaved, the order rotating each round, so that no reader always runs on a
// warmer or fuller heap. Between runs the page calls gc() when Chromium was started with
// --js-flags=--expose-gc (bench/run.mjs does), untimed.

import { inferSchema, initParser } from './udsv.mjs';
import { csvParse } from './d3-dsv.mjs';
import init, { bench_analyze } from './pkg/tierwise.js';
import { median } from './stats.mjs';

const log = (msg) => {
  console.log(msg);
  const el = document.getElementById('log');
  if (el) el.textContent += msg + '\n';
};

window.benchReady = init().then(() => true);

const MiB = 2 ** 20;
const collect = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);

function runPapa(buf) {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(buf);
  const res = Papa.parse(text, { header: true, skipEmptyLines: true });
  const ms = performance.now() - t0;
  return { ms, rows: res.data.length, errors: res.errors.length };
}

/** uDSV in one of its modes: `typedObjs` or `stringArrs`. */
function runUdsv(buf, mode) {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(buf);
  const rows = initParser(inferSchema(text))[mode](text);
  const ms = performance.now() - t0;
  return { ms, rows: rows.length };
}

function runD3(buf) {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(buf);
  const rows = csvParse(text);
  const ms = performance.now() - t0;
  return { ms, rows: rows.length };
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

/** The readers, by the key the driver reports them under. */
const READERS = {
  papa: runPapa,
  udsvTyped: (buf) => runUdsv(buf, 'typedObjs'),
  udsvStrings: (buf) => runUdsv(buf, 'stringArrs'),
  d3: runD3,
  tierwise: runTierwise,
};

/**
 * Times every reader `rounds` times on the file at `url`, or on its first `bytes` bytes (cut
 * after a newline) when given; returns each reader's runs and medians.
 */
window.runBench = async ({ url = 'roster.csv', rounds = 3, bytes = 0 } = {}) => {
  await window.benchReady;
  const tf = performance.now();
  let buf = await (await fetch(url)).arrayBuffer();
  if (bytes > 0) buf = prefix(buf, bytes);
  log(`fetched ${url}: ${(buf.byteLength / MiB).toFixed(1)} MiB in ${(performance.now() - tf).toFixed(0)} ms`);

  // Warm-up on ~1 MiB (JIT for the JavaScript readers, wasm tier-up for Tierwise), untimed.
  const warm = prefix(buf, MiB);
  for (const run of Object.values(READERS)) run(warm);
  collect();

  const names = Object.keys(READERS);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const which of order) {
      const res = READERS[which](buf);
      runs[which].push(res);
      log(`round ${r + 1} ${which}: ${res.ms.toFixed(0)} ms, ${(buf.byteLength / MiB / (res.ms / 1000)).toFixed(1)} MiB/s, ${res.rows} rows`);
      collect();
    }
  }

  const summary = (rs) => {
    const ms = median(rs.map((x) => x.ms));
    return { runs: rs, medianMs: ms, mibPerSec: buf.byteLength / MiB / (ms / 1000) };
  };
  return {
    bytes: buf.byteLength,
    rounds,
    gc: typeof globalThis.gc === 'function',
    userAgent: navigator.userAgent,
    ...Object.fromEntries(names.map((n) => [n, summary(runs[n])])),
  };
};
