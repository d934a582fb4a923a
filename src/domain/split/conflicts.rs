//! Why there is no plan: the [`Conflict`]s visible without a search (`plain_conflicts`), and
//! for a model the solver proved has none, which single constraint's removal would allow one
//! and how far it is from holding ([`Relaxation`], `diagnose`).

use serde::{Deserialize, Serialize};

use super::candidates::Candidate;
use super::model::{Item, Limits, Solution};
use super::settings::{platform_index, tier_index, BandOf, Bands, Mix, Objective, SplitSettings};
use super::solver;
use super::to_model::{band_cents, bands_of, build, cents, limits_of, reported, sum_cents};

/// Percentages of the budget this close are taken as equal (rounding in their sums).
const PCT_ROUNDING: f64 = 1e-9;

/// A constraint that cannot hold, with the figures that show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Conflict {
    /// The objective needs figures no candidate has (conversions without a column or rate).
    NoObjectiveFigures {
        /// The objective asked for.
        objective: Objective,
    },
    /// No creator of the roster can be a candidate: every one was skipped (see [`Skip`](super::Skip)).
    NoCandidates,
    /// The minimum shares add up to more than the whole budget.
    MinimumsOverBudget {
        /// The tiers' or the platforms' bands.
        what: Bands,
        /// Their minimums added up, in percent of the budget.
        total_pct: f64,
    },
    /// A band is empty (min above max).
    BandReversed {
        /// The band.
        what: BandOf,
        /// Its minimum, in percent of the budget.
        min_pct: f64,
        /// Its maximum, in percent of the budget.
        max_pct: f64,
    },
    /// Even every candidate of a tier (platform) at its most posts cannot reach the minimum.
    BandOutOfReach {
        /// The band.
        what: BandOf,
        /// The band's minimum, in cents.
        need_cents: u64,
        /// What all its candidates at their most posts cost, in cents.
        most_cents: u64,
    },
    /// The minimum number of creators is above the maximum.
    MinOverMaxCreators {
        /// The minimum number of creators.
        min: u32,
        /// The maximum number of creators.
        max: u32,
    },
    /// Fewer candidates than the minimum number of creators.
    TooFewCandidates {
        /// The minimum number of creators.
        min: u32,
        /// How many candidates there are.
        available: u32,
    },
    /// The cheapest `min` creators at their fewest posts already cost more than the budget.
    MinCreatorsOverBudget {
        /// The minimum number of creators.
        min: u32,
        /// What the cheapest `min` of them cost at their fewest posts, in cents.
        cheapest_cents: u64,
        /// The budget, in cents.
        budget_cents: u64,
    },
    /// The forced creators at their fewest posts cost more than the budget.
    ForcedOverBudget {
        /// What they cost, in cents.
        spend_cents: u64,
        /// The budget, in cents.
        budget_cents: u64,
    },
    /// More forced creators than the maximum number of creators.
    ForcedOverMaxCreators {
        /// How many creators are forced.
        forced: u32,
        /// The maximum number of creators.
        max: u32,
    },
    /// The forced creators of a band at their fewest posts cost more than its maximum.
    ForcedOverBand {
        /// The band.
        what: BandOf,
        /// What they cost, in cents.
        spend_cents: u64,
        /// The band's maximum, in cents.
        max_cents: u64,
    },
    /// A forced creator's fewest posts cost more than one creator may get: the least of
    /// the cap, the budget and the maximum of their tier's and platform's bands.
    ForcedOverCap {
        /// The creator, as an index into the roster.
        creator: usize,
        /// What their fewest posts cost, in cents.
        spend_cents: u64,
        /// The most one creator may get, in cents.
        cap_cents: u64,
    },
    /// A forced creator who cannot be in any plan: left out too, or without a follower
    /// count, a price or figures for the objective.
    ForcedNotPlannable {
        /// The creator, as an index into the roster.
        creator: usize,
    },
    /// The constraints hold one by one but not together; dropping one of these would allow
    /// a plan (what that plan then reaches is given).
    Together {
        /// One per constraint whose removal allows a plan; empty when none alone does.
        relaxations: Vec<Relaxation>,
    },
    /// The search stopped before finding a plan or proving there is none.
    GaveUp,
    /// A plan was made but holds nobody: not even the cheapest candidate's fewest posts fit
    /// (the budget, or the cap per creator). Said by the [`PlanReport`](super::PlanReport),
    /// not the solver: an empty plan is no plan.
    NothingFits {
        /// What the cheapest candidate's post costs, in cents.
        cheapest_cents: u64,
        /// The budget, in cents.
        budget_cents: u64,
    },
}

/// How far one constraint is from holding while all the others do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Relaxation {
    /// With every other constraint kept, the band gets at most `most_pct` of the budget.
    BandShort {
        /// The band.
        what: BandOf,
        /// The most it can get, in percent of the budget.
        most_pct: f64,
        /// Its minimum, in percent of the budget.
        min_pct: f64,
    },
    /// With every other constraint kept, at most `most` creators fit.
    CountShort {
        /// The most creators a plan can have.
        most: u32,
        /// The minimum number of creators.
        min: u32,
    },
    /// Without the maximum number of creators a plan needs `reached`.
    MaxCreators {
        /// The creators in the plan found without the maximum.
        reached: u32,
        /// The maximum number of creators.
        max: u32,
    },
    /// Without the cap there is a plan whose largest creator gets this much.
    Cap {
        /// What the best-paid creator of that plan gets, in cents.
        largest_cents: u64,
    },
}

/// Conflicts visible without a search.
pub(super) fn plain_conflicts(
    pool: &[Candidate],
    s: &SplitSettings,
    objective: Objective,
) -> Vec<Conflict> {
    let mut out = Vec::new();
    if pool.is_empty() {
        out.push(Conflict::NoCandidates);
        return out;
    }
    if pool.iter().all(|c| c.outcome(objective).is_none()) {
        out.push(Conflict::NoObjectiveFigures { objective });
    }
    let built = build(pool, s, objective);
    let m = &built.model;
    let lim = limits_of(s);
    for (what, mixes) in [
        (
            Bands::Tiers,
            s.tier_mix
                .iter()
                .map(|(t, m)| (BandOf::Tier(*t), *m))
                .collect::<Vec<_>>(),
        ),
        (
            Bands::Platforms,
            s.platform_mix
                .iter()
                .map(|(p, m)| (BandOf::Platform(*p), *m))
                .collect(),
        ),
    ] {
        let total: f64 = mixes.iter().map(|(_, m)| m.min_pct).sum();
        if total > 100.0 + PCT_ROUNDING {
            out.push(Conflict::MinimumsOverBudget {
                what,
                total_pct: total,
            });
        }
        for (of, mix) in &mixes {
            if mix.min_pct > mix.max_pct {
                out.push(Conflict::BandReversed {
                    what: *of,
                    min_pct: mix.min_pct,
                    max_pct: mix.max_pct,
                });
                continue;
            }
            let band = band_cents(lim.budget, *mix);
            let member = |it: &Item| match of {
                BandOf::Tier(t) => it.group == tier_index(*t),
                BandOf::Platform(p) => it.platform == platform_index(*p),
            };
            let most = sum_cents(
                m.items
                    .iter()
                    .filter(|it| member(it))
                    .map(|it| it.price * u64::from(it.hi)),
            );
            if most < u128::from(band.min) {
                out.push(Conflict::BandOutOfReach {
                    what: *of,
                    need_cents: band.min,
                    most_cents: reported(most),
                });
            }
            let forced = sum_cents(
                m.items
                    .iter()
                    .filter(|it| it.forced && member(it))
                    .map(|it| it.price * u64::from(it.lo)),
            );
            if forced > u128::from(band.max) {
                out.push(Conflict::ForcedOverBand {
                    what: *of,
                    spend_cents: reported(forced),
                    max_cents: band.max,
                });
            }
        }
    }
    if m.min_count > m.max_count {
        out.push(Conflict::MinOverMaxCreators {
            min: m.min_count,
            max: m.max_count,
        });
    }
    let available = m.items.len() as u32;
    if m.min_count > available {
        out.push(Conflict::TooFewCandidates {
            min: m.min_count,
            available,
        });
    } else if m.min_count > 0 {
        let mut entry: Vec<u64> = m
            .items
            .iter()
            .map(|it| it.price * u64::from(it.lo))
            .collect();
        entry.sort_unstable();
        let cheapest = sum_cents(entry.iter().take(m.min_count as usize).copied());
        if cheapest > u128::from(m.budget) {
            out.push(Conflict::MinCreatorsOverBudget {
                min: m.min_count,
                cheapest_cents: reported(cheapest),
                budget_cents: m.budget,
            });
        }
    }
    let forced: Vec<&Item> = m.items.iter().filter(|it| it.forced).collect();
    let forced_spend = sum_cents(forced.iter().map(|it| it.price * u64::from(it.lo)));
    if forced_spend > u128::from(m.budget) {
        out.push(Conflict::ForcedOverBudget {
            spend_cents: reported(forced_spend),
            budget_cents: m.budget,
        });
    }
    if forced.len() as u32 > m.max_count {
        out.push(Conflict::ForcedOverMaxCreators {
            forced: forced.len() as u32,
            max: m.max_count,
        });
    }
    let lo = u64::from(s.posts.0.max(1));
    let band_max = |mixes: &[(BandOf, Mix)], of: BandOf| {
        mixes
            .iter()
            .find(|(x, _)| *x == of)
            .map_or(u64::MAX, |(_, mix)| band_cents(lim.budget, *mix).max)
    };
    let bands = bands_of(s);
    for &f in &s.forced {
        let Some(c) = pool.iter().find(|c| c.creator == f) else {
            out.push(Conflict::ForcedNotPlannable { creator: f });
            continue;
        };
        if s.excluded.contains(&f) || c.outcome(objective).is_none() {
            out.push(Conflict::ForcedNotPlannable { creator: f });
            continue;
        }
        let most = lim
            .cap
            .min(lim.budget)
            .min(band_max(&bands, BandOf::Tier(c.tier)))
            .min(band_max(&bands, BandOf::Platform(c.platform)));
        // Exact: a price near u64::MAX cents times the fewest posts is more than any cap.
        let spend = c.posts_cost(lo);
        if spend > u128::from(most) {
            out.push(Conflict::ForcedOverCap {
                creator: c.creator,
                spend_cents: reported(spend),
                cap_cents: most,
            });
        }
    }
    out
}

/// Conflicts for a model the solver found no plan for: the plain ones, else which single
/// constraint's removal allows a plan.
pub(super) fn diagnose(
    pool: &[Candidate],
    s: &SplitSettings,
    objective: Objective,
    proven: bool,
) -> Vec<Conflict> {
    let plain = plain_conflicts(pool, s, objective);
    if !plain.is_empty() {
        return plain;
    }
    if !proven {
        return vec![Conflict::GaveUp];
    }
    let quick = Limits {
        rel_gap: 0.0,
        max_nodes: 50_000,
        max_dual_steps: 300,
        max_knapsack_work: 0,
        max_exchange_checks: 0,
        max_lp_work: 20_000_000,
        max_tree_work: 10_000_000,
    };
    let mut relaxations = Vec::new();
    let budget = cents(s.budget).max(1) as f64;
    // The most of something the other constraints allow: `value` per post of each item.
    let most = |t: &SplitSettings, value: &dyn Fn(&Item) -> f64, lo_only: bool| -> Option<f64> {
        let mut b = build(pool, t, objective);
        for it in &mut b.model.items {
            it.value = value(it);
            if lo_only {
                it.hi = it.lo;
            }
        }
        match solver::solve(&b.model, &quick) {
            Solution::Plan(p) => Some(p.objective),
            Solution::NoPlan { .. } => None,
        }
    };
    for (what, mix) in bands_of(s) {
        if mix.min_pct <= 0.0 {
            continue;
        }
        let mut t = s.clone();
        let member: Box<dyn Fn(&Item) -> bool> = match what {
            BandOf::Tier(tier) => {
                if let Some((_, m)) = t.tier_mix.iter_mut().find(|(x, _)| *x == tier) {
                    m.min_pct = 0.0;
                }
                Box::new(move |it: &Item| it.group == tier_index(tier))
            }
            BandOf::Platform(pl) => {
                if let Some((_, m)) = t.platform_mix.iter_mut().find(|(x, _)| *x == pl) {
                    m.min_pct = 0.0;
                }
                Box::new(move |it: &Item| it.platform == platform_index(pl))
            }
        };
        if let Some(spend) = most(
            &t,
            &|it| if member(it) { it.price as f64 } else { 0.0 },
            false,
        ) {
            let most_pct = spend / budget * 100.0;
            if most_pct + PCT_ROUNDING < mix.min_pct {
                relaxations.push(Relaxation::BandShort {
                    what,
                    most_pct,
                    min_pct: mix.min_pct,
                });
            }
        }
    }
    if s.min_creators > 0 {
        // The most creators the other constraints allow: the largest minimum that still
        // has a plan (plans exist for every smaller minimum too), by bisection.
        let feasible = |k: u32| {
            let t = SplitSettings {
                min_creators: k,
                ..s.clone()
            };
            matches!(
                solver::solve(&build(pool, &t, objective).model, &quick),
                Solution::Plan(_)
            )
        };
        if feasible(0) {
            let (mut lo, mut hi) = (0u32, s.min_creators);
            while lo + 1 < hi {
                let mid = lo + (hi - lo) / 2;
                if feasible(mid) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            relaxations.push(Relaxation::CountShort {
                most: lo,
                min: s.min_creators,
            });
        }
    }
    // The plan without one constraint: (its items, posts).
    let without = |t: SplitSettings| {
        let b = build(pool, &t, objective);
        match solver::solve(&b.model, &quick) {
            Solution::Plan(p) => Some((b.model.items, p.posts)),
            Solution::NoPlan { .. } => None,
        }
    };
    if let Some(max) = s.max_creators {
        if let Some((_, posts)) = without(SplitSettings {
            max_creators: None,
            ..s.clone()
        }) {
            relaxations.push(Relaxation::MaxCreators {
                reached: posts.iter().filter(|k| **k > 0).count() as u32,
                max,
            });
        }
    }
    if relaxations.is_empty() && s.cap.is_some() {
        if let Some((items, posts)) = without(SplitSettings {
            cap: None,
            ..s.clone()
        }) {
            relaxations.push(Relaxation::Cap {
                largest_cents: items
                    .iter()
                    .zip(&posts)
                    .map(|(it, k)| it.price * u64::from(*k))
                    .max()
                    .unwrap_or(0),
            });
        }
    }
    vec![Conflict::Together { relaxations }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roster::Platform;
    use crate::domain::split::testgen::candidate;
    use crate::domain::tier::Tier;

    fn mix(min_pct: f64, max_pct: f64) -> Mix {
        Mix { min_pct, max_pct }
    }

    #[test]
    fn reversed_bands_and_minimums_past_the_budget_are_plain() {
        let pool = [candidate(0, Tier::Micro, Platform::Instagram, 1_000, 5.0)];
        let s = SplitSettings {
            budget: 100.0,
            tier_mix: vec![
                (Tier::Micro, mix(70.0, 60.0)),
                (Tier::Nano, mix(40.0, 50.0)),
            ],
            ..SplitSettings::default()
        };
        let c = plain_conflicts(&pool, &s, Objective::Engagements);
        assert!(c.contains(&Conflict::MinimumsOverBudget {
            what: Bands::Tiers,
            total_pct: 110.0
        }));
        assert!(c.contains(&Conflict::BandReversed {
            what: BandOf::Tier(Tier::Micro),
            min_pct: 70.0,
            max_pct: 60.0
        }));
        // No nano candidate can reach the nano minimum.
        assert!(c.iter().any(|c| matches!(
            c,
            Conflict::BandOutOfReach {
                what: BandOf::Tier(Tier::Nano),
                ..
            }
        )));
    }

    #[test]
    fn an_empty_pool_is_the_only_conflict_it_has() {
        let c = plain_conflicts(&[], &SplitSettings::default(), Objective::Reach);
        assert_eq!(c, vec![Conflict::NoCandidates]);
    }

    #[test]
    fn the_cheapest_creators_of_a_minimum_count_past_the_budget_are_plain() {
        // Three creators at $40 a post in a $100 budget: two fit, not three.
        let pool: Vec<_> = (0..3)
            .map(|i| candidate(i, Tier::Micro, Platform::Instagram, 4_000, 5.0))
            .collect();
        let s = SplitSettings {
            budget: 100.0,
            posts: (1, 1),
            min_creators: 3,
            ..SplitSettings::default()
        };
        assert!(plain_conflicts(&pool, &s, Objective::Engagements)
            .iter()
            .any(|c| matches!(c, Conflict::MinCreatorsOverBudget { .. })));
    }

    #[test]
    fn a_band_whole_posts_cannot_land_in_is_diagnosed_with_how_far_it_gets() {
        // $40 posts and a band of $50–55: one post is too little, two too much. Nothing is
        // visible before the search; without the band's minimum, it gets 40%.
        let pool: Vec<_> = (0..3)
            .map(|i| candidate(i, Tier::Micro, Platform::Instagram, 4_000, 5.0))
            .collect();
        let s = SplitSettings {
            budget: 100.0,
            tier_mix: vec![(Tier::Micro, mix(50.0, 55.0))],
            ..SplitSettings::default()
        };
        assert_eq!(plain_conflicts(&pool, &s, Objective::Engagements), vec![]);
        let c = diagnose(&pool, &s, Objective::Engagements, true);
        let [Conflict::Together { relaxations }] = c.as_slice() else {
            panic!("{c:?}");
        };
        assert_eq!(
            relaxations,
            &vec![Relaxation::BandShort {
                what: BandOf::Tier(Tier::Micro),
                most_pct: 40.0,
                min_pct: 50.0
            }]
        );
        assert_eq!(
            diagnose(&pool, &s, Objective::Engagements, false),
            vec![Conflict::GaveUp]
        );
    }
}
