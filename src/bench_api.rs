//! The wasm entry point `make bench` calls from a page: the same work as `tierwise bench`.

use wasm_bindgen::prelude::*;

use crate::domain::{bench_summary, ReadOptions, Settings};

/// Reads and analyses a roster given as bytes; returns a JSON summary.
#[wasm_bindgen]
pub fn bench_analyze(input: &[u8]) -> String {
    let summary = bench_summary(input, &ReadOptions::default(), &Settings::default());
    serde_json::to_string(&summary).unwrap_or_default()
}

thread_local! {
    static SPLIT_MODEL: std::cell::RefCell<Option<crate::domain::split::solver::Model>> =
        const { std::cell::RefCell::new(None) };
}

/// Loads a budget-split instance (bench/split/instances.py's JSON) so that the page can time
/// [`bench_split_solve`] alone. Returns the number of candidates, or -1 if it is not one.
#[wasm_bindgen]
pub fn bench_split_load(json: &str) -> i32 {
    match serde_json::from_str::<crate::domain::split::solver::Model>(json) {
        Ok(m) => {
            let n = m.items.len() as i32;
            SPLIT_MODEL.with(|c| *c.borrow_mut() = Some(m));
            n
        }
        Err(_) => -1,
    }
}

/// Solves the loaded instance with the app's limits; returns a JSON summary.
#[wasm_bindgen]
pub fn bench_split_solve() -> String {
    use crate::domain::split::solver::{solve, Limits, Solution};
    SPLIT_MODEL.with(|c| match c.borrow().as_ref() {
        Some(m) => match solve(m, &Limits::default()) {
            Solution::Plan(s) => serde_json::json!({
                "objective": s.objective,
                "upper_bound": s.upper_bound,
                "gap_pct": s.gap() * 100.0,
                "proven": s.proven,
                "nodes": s.nodes,
                "dual_steps": s.dual_steps,
                "creators": s.posts.iter().filter(|k| **k > 0).count(),
            })
            .to_string(),
            Solution::NoPlan { proven } => {
                serde_json::json!({ "no_plan": true, "proven": proven }).to_string()
            }
        },
        None => "{\"error\":\"no instance loaded\"}".to_string(),
    })
}
