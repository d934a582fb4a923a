//! The seed-001 comparison: the whole budget on one mega creator against 30–40 micro
//! creators, each as the optimal plan of its own pool ([`mega_vs_micro`]).

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::candidates::Candidate;
use super::model::Limits;
use super::plans::Plan;
use super::settings::SplitSettings;
use super::strategies::optimal;
use super::to_model::cents;
use crate::domain::tier::Tier;

/// The seed-001 comparison: the whole budget on one mega creator vs 30–40 micro creators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
                l.candidate = sub[l.candidate].creator;
            }
            let at = first_of(pool, p.lines.iter().map(|l| l.candidate));
            for l in &mut p.lines {
                l.candidate = at.get(&l.candidate).copied().unwrap_or(0);
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

/// The index in `pool` of the first candidate of each of these creators (those not in it
/// left out), found in one walk that stops when all are: the plans' lines are few, the pool
/// may hold a million candidates.
fn first_of(pool: &[Candidate], creators: impl Iterator<Item = usize>) -> FxHashMap<usize, usize> {
    let mut wanted: FxHashMap<usize, Option<usize>> = creators.map(|c| (c, None)).collect();
    let mut left = wanted.len();
    for (j, c) in pool.iter().enumerate() {
        if left == 0 {
            break;
        }
        if let Some(at @ None) = wanted.get_mut(&c.creator) {
            *at = Some(j);
            left -= 1;
        }
    }
    wanted
        .into_iter()
        .filter_map(|(c, at)| Some((c, at?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roster::Platform;
    use crate::domain::split::testgen::candidate;

    #[test]
    fn one_mega_against_the_micro_creators_the_budget_can_pay() {
        let mut pool = vec![
            candidate(7, Tier::Mega, Platform::Instagram, 90_000, 5_000.0),
            candidate(8, Tier::Mega, Platform::Instagram, 200_000, 9_000.0),
        ];
        // Micro creators at $100 a post, one of them past the $1,000 budget.
        pool.extend((0..5).map(|i| candidate(i, Tier::Micro, Platform::TikTok, 10_000, 400.0)));
        pool.push(candidate(
            20,
            Tier::Micro,
            Platform::TikTok,
            150_000,
            9_000.0,
        ));
        let s = SplitSettings {
            budget: 1_000.0,
            ..SplitSettings::default()
        };
        let c = mega_vs_micro(&pool, &s);
        assert_eq!(c.micro_available, 5);
        let mega = c.one_mega.expect("the $900 mega post");
        assert_eq!(mega.lines.len(), 1);
        // Lines index the whole pool.
        assert_eq!(mega.lines[0].candidate, 0);
        let micro = c.micro.expect("the micro team");
        assert_eq!(micro.totals.creators, 5);
        assert!(micro.lines.iter().all(|l| (2..7).contains(&l.candidate)));
        assert_eq!(micro.totals.engagements.expected, 4_000.0);
    }

    #[test]
    fn each_creator_is_found_at_its_first_candidate() {
        let pool: Vec<Candidate> = [5, 3, 9, 3, 5, 12]
            .into_iter()
            .map(|c| candidate(c, Tier::Micro, Platform::TikTok, 1_000, 10.0))
            .collect();
        let at = first_of(&pool, [3, 12, 5, 3, 40].into_iter());
        let mut got: Vec<(usize, usize)> = at.into_iter().collect();
        got.sort_unstable();
        // Creator 40 is not in the pool; 3 and 5 are found where they first are.
        assert_eq!(got, vec![(3, 1), (5, 0), (12, 5)]);
        assert!(first_of(&pool, std::iter::empty()).is_empty());
    }

    #[test]
    fn no_mega_creator_no_mega_plan() {
        let pool = [candidate(0, Tier::Micro, Platform::TikTok, 100, 1.0)];
        let c = mega_vs_micro(&pool, &SplitSettings::default());
        assert!(c.one_mega.is_none());
        assert!(c.micro.is_some());
    }
}
