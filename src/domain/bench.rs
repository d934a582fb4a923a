//! The unit of work `make bench` times, shared by the native CLI and the wasm build so both
//! measure exactly the same thing: read the roster, classify and analyse every creator.

use super::analysis::{analyze, Settings};
use super::read::{read_roster, ReadOptions};

/// What a benchmark run produced (returned so the work cannot be optimised away).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BenchSummary {
    /// The input's size, in bytes.
    pub bytes: usize,
    /// Creators read.
    pub creators: usize,
    /// Problems found ([`crate::domain::Roster::problem_count`]).
    pub problems: usize,
    /// Creators per tier of the scheme, in tier order (then those without a tier, if any).
    pub tiers: Vec<usize>,
}

/// Reads `input`, analyses every creator under `settings` and sums up the result.
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
