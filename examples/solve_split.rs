//! Solves budget-split benchmark instances (see bench/split/instances.py) natively and prints
//! one JSON line each: `tierwise` side of the HiGHS comparison.
use std::time::Instant;
use tierwise::domain::split::solver::{solve, Limits, Model, Solution};

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable instance");
        let model: Model = serde_json::from_str(&text).expect("an instance");
        let start = Instant::now();
        let sol = solve(&model, &Limits::default());
        let secs = start.elapsed().as_secs_f64();
        match sol {
            Solution::Plan(s) => println!(
                "{{\"name\":\"{path}\",\"objective\":{},\"bound\":{},\"gap\":{},\"proven\":{},\"nodes\":{},\"steps\":{},\"seconds\":{secs},\"posts\":{:?}}}",
                s.objective, s.upper_bound, s.gap(), s.proven, s.nodes, s.dual_steps, s.posts
            ),
            Solution::NoPlan { proven } => println!("{{\"name\":\"{path}\",\"no_plan\":true,\"proven\":{proven},\"seconds\":{secs}}}"),
        }
    }
}
