//! The wasm entry point `make bench` calls from a page: the same work as `tierwise bench`.

use wasm_bindgen::prelude::*;

use crate::domain::{bench_summary, ReadOptions, Settings};

/// Reads and analyses a roster given as bytes; returns a JSON summary.
#[wasm_bindgen]
pub fn bench_analyze(input: &[u8]) -> String {
    let summary = bench_summary(input, &ReadOptions::default(), &Settings::default());
    serde_json::to_string(&summary).unwrap_or_default()
}
