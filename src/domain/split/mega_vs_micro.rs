//! The seed-001 comparison: the whole budget on one mega creator against 30–40 micro
//! creators, each as the optimal plan of its own pool ([`mega_vs_micro`]).

use serde::Serialize;

use super::candidates::Candidate;
use super::model::Limits;
use super::plans::Plan;
use super::settings::SplitSettings;
use super::strategies::optimal;
use super::to_model::cents;
use crate::domain::tier::Tier;

/// The seed-001 comparison: the whole budget on one mega creator vs 30–40 micro creators.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MegaVsMicro {
    /// `None` when the roster has no mega creator the budget can pay.
    pub one_mega: Option<Plan>,
    /// `None` when the roster has no micro creator the budget can pay.
    pub micro: Option<Plan>,
    /// Micro creators whose single post fits the budget.
    pub micro_available: u32,
}

/// The seed-001 comparison for these settings.
pub fn mega_vs_micro(pool: &[Candidate], s: &SplitSettings) -> MegaVsMicro {
    let budget = cents(s.budget);
    let objective = s.objective;
    // One mega creator: the one whose affordable posts (up to the most posts) reach most.
    let plain = SplitSettings {
        budget: s.budget,
        objective,
        conversion_rate_pct: s.conversion_rate_pct,
        posts: s.posts,
        ..SplitSettings::default()
    };
    let megas: Vec<Candidate> = pool
        .iter()
        .filter(|c| c.tier == Tier::Mega)
        .cloned()
        .collect();
    let one = SplitSettings {
        max_creators: Some(1),
        min_creators: 1,
        ..plain.clone()
    };
    let one_mega = (!megas.is_empty())
        .then(|| optimal(&megas, &one, objective, &Limits::default()))
        .and_then(|o| o.plan().cloned());
    let micros: Vec<Candidate> = pool
        .iter()
        .filter(|c| {
            c.tier == Tier::Micro && c.posts_cost(u64::from(s.posts.0.max(1))) <= u128::from(budget)
        })
        .cloned()
        .collect();
    let available = micros.len() as u32;
    // As many of the 30 as the budget can pay at their fewest posts.
    let mut entry: Vec<u64> = micros
        .iter()
        .map(|c| c.price().saturating_mul(u64::from(s.posts.0.max(1))))
        .collect();
    entry.sort_unstable();
    let mut paid = 0u64;
    let payable = entry
        .iter()
        .take_while(|c| {
            paid = paid.saturating_add(**c);
            paid <= budget
        })
        .count() as u32;
    let team = SplitSettings {
        min_creators: payable.min(30),
        max_creators: Some(40),
        ..plain
    };
    let micro = (!micros.is_empty())
        .then(|| optimal(&micros, &team, objective, &Limits::default()))
        .and_then(|o| o.plan().cloned());
    // Plans index their own pools: map back to the full pool's indices.
    let remap = |plan: Option<Plan>, sub: &[Candidate]| {
        plan.map(|mut p| {
            for l in &mut p.lines {
                let creator = sub[l.candidate].creator;
                l.candidate = pool.iter().position(|c| c.creator == creator).unwrap_or(0);
            }
            p
        })
    };
    MegaVsMicro {
        one_mega: remap(one_mega, &megas),
        micro: remap(micro, &micros),
        micro_available: available,
    }
}
