//! The unit of work `make bench` times, shared by the native CLI and the wasm build so both
//! measure exactly the same thing: read the roster, classify and analyse every creator.

use super::analysis::{analyze, Settings};
use super::read::{read_roster, ReadOptions};

/// What a benchmark run produced (returned so the work cannot be optimised away).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BenchSummary {
    pub bytes: usize,
    pub creators: usize,
    pub problems: usize,
    /// Creators per tier of the scheme, in tier order.
    pub tiers: Vec<usize>,
}

pub fn bench_summary(input: &[u8], options: &ReadOptions, settings: &Settings) -> BenchSummary {
    let roster = read_roster(input, options);
    let analysis = analyze(&roster, settings);
    BenchSummary {
        bytes: input.len(),
        creators: roster.creators.len(),
        problems: roster.problem_count(),
        tiers: analysis.summary.iter().map(|t| t.creators).collect(),
    }
}
