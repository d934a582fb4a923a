//! The four strategies: equal and proportional shares over the best teams, the tier mix
//! (the middle of each tier's band), and the optimal plan from the [`super::solver`] or the
//! conflicts that keep it from existing ([`optimal`]); [`plan_one`] runs one of them.

use super::candidates::Candidate;
use super::conflicts::{diagnose, plain_conflicts, Conflict};
use super::model::{Band, Limits, Model, Solution};
use super::plans::{assess, Outcomes, Proof};
use super::settings::{Objective, SplitSettings, Strategy};
use super::solver;
use super::to_model::{build, reported, sum_cents, Built};

/// Model items in order of value per cent (best first; forced ones before all; the lower
/// index on a tie).
fn by_efficiency(m: &Model) -> Vec<usize> {
    // Sorted with their keys beside them (not looked up per comparison): the same order,
    // as no two items compare equal.
    let mut keyed: Vec<(bool, f64, usize)> = m
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.forced, it.value / it.price as f64, i))
        .collect();
    keyed.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(y.1.total_cmp(&x.1)).then(x.2.cmp(&y.2)));
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// Numbers of creators a simple split tries: the best of these is kept.
fn team_sizes(min: u32, max: u32) -> Vec<u32> {
    let mut out: Vec<u32> = vec![min.max(1), max];
    let mut k = 1u32;
    while k <= max {
        out.push(k);
        k = if k < 10 { k + 1 } else { k + k / 4 };
    }
    out.retain(|k| *k >= min.max(1) && *k <= max);
    out.sort_unstable();
    out.dedup();
    out
}

/// Equal or proportional over teams of `k`: the `k` most efficient creators share the
/// budget (equally, or in proportion to their outcome per post); whoever cannot buy their
/// fewest posts with their share leaves the team and the rest share again. Each buys as many
/// whole posts as the share pays for. The best `k` wins.
fn simple_split(built: &Built, proportional: bool) -> Vec<u32> {
    let m = &built.model;
    let order = by_efficiency(m);
    let max_k = m.max_count.min(m.items.len() as u32);
    let mut best: (f64, Vec<u32>) = (-1.0, vec![0; m.items.len()]);
    let finite = m.items.iter().all(|it| it.value.is_finite());
    for k in team_sizes(m.min_count, max_k) {
        let mut team: Vec<usize> = order.iter().copied().take(k as usize).collect();
        // Each member's share of the budget, from the team's size and total outcome per
        // post (summed once per team, not once per member: teams reach a million).
        let shares = |team: &[usize]| {
            let weight: f64 = team.iter().map(|&j| m.items[j].value).sum();
            let size = team.len().max(1) as f64;
            move |i: usize| -> f64 {
                if proportional && weight > 0.0 {
                    m.budget as f64 * m.items[i].value / weight
                } else {
                    m.budget as f64 / size
                }
            }
        };
        loop {
            let share = shares(&team);
            let keep: Vec<usize> = team
                .iter()
                .copied()
                .filter(|&i| {
                    let it = &m.items[i];
                    it.forced || share(i) >= (it.price * u64::from(it.lo)) as f64
                })
                .collect();
            if keep.len() == team.len() {
                break;
            }
            team = keep;
        }
        let share = shares(&team);
        let mut bought: Vec<(usize, u32)> = Vec::with_capacity(team.len());
        let mut spend = 0u64;
        for &i in &team {
            let it = &m.items[i];
            let afford = (share(i) / it.price as f64).floor() as u64;
            let p = afford.clamp(u64::from(it.lo), u64::from(it.hi)) as u32;
            let cost = it.price * u64::from(p);
            if let Some(after) = spend.checked_add(cost).filter(|s| *s <= m.budget) {
                bought.push((i, p));
                spend = after;
            }
        }
        // The value in item order: over the team's posts only when every value is finite
        // (the others add zeros, which change no comparison), else over every item (an
        // infinite value without posts makes the sum not a number, as it always has).
        bought.sort_unstable_by_key(|&(i, _)| i);
        let value: f64 = if finite {
            bought
                .iter()
                .map(|&(i, k)| f64::from(k) * m.items[i].value)
                .sum()
        } else {
            let mut posts = vec![0u32; m.items.len()];
            bought.iter().for_each(|&(i, k)| posts[i] = k);
            posts
                .iter()
                .zip(&m.items)
                .map(|(k, it)| f64::from(*k) * it.value)
                .sum()
        };
        if value > best.0 {
            let mut posts = vec![0u32; m.items.len()];
            bought.iter().for_each(|&(i, k)| posts[i] = k);
            best = (value, posts);
        }
    }
    best.1
}

/// Tier mix: each banded tier gets the middle of its band (scaled to fit the budget), the
/// rest goes to unbanded tiers; inside a tier, the most efficient creators first.
fn tier_mix_split(built: &Built) -> Vec<u32> {
    let m = &built.model;
    let order = by_efficiency(m);
    let banded: Vec<bool> = m.groups.iter().map(|b| *b != Band::ANY).collect();
    let mids: Vec<f64> = m
        .groups
        .iter()
        .zip(&banded)
        .map(|(b, on)| {
            if *on {
                (b.min as f64 + b.max as f64) / 2.0
            } else {
                0.0
            }
        })
        .collect();
    let total: f64 = mids.iter().sum();
    let budget = m.budget as f64;
    let scale = if total > budget { budget / total } else { 1.0 };
    let mut targets: Vec<u64> = mids.iter().map(|x| (x * scale).floor() as u64).collect();
    let rest = m
        .budget
        .saturating_sub(reported(sum_cents(targets.iter().copied())));
    let unbanded = banded.iter().filter(|b| !**b).count() as u64;
    let has_members = |g: usize| m.items.iter().any(|it| it.group == g);
    let open: Vec<usize> = (0..m.groups.len())
        .filter(|g| !banded[*g] && has_members(*g))
        .collect();
    if unbanded > 0 && !open.is_empty() {
        for g in &open {
            targets[*g] = rest / open.len() as u64;
        }
    }
    let mut posts = vec![0u32; m.items.len()];
    let mut spent = vec![0u64; m.groups.len()];
    // The targets are rounded in floating point: the budget itself is kept exactly.
    let mut left = m.budget;
    let mut count = 0u32;
    for &i in &order {
        let it = &m.items[i];
        if count >= m.max_count {
            break;
        }
        let room = targets[it.group].saturating_sub(spent[it.group]).min(left);
        let p = (room / it.price).min(u64::from(it.hi)) as u32;
        if p >= it.lo {
            let cost = it.price * u64::from(p);
            posts[i] = p;
            spent[it.group] += cost;
            left -= cost;
            count += 1;
        }
    }
    posts
}

/// The optimal plan for settings, or the conflicts.
pub(super) fn optimal(
    pool: &[Candidate],
    s: &SplitSettings,
    objective: Objective,
    limits: &Limits,
) -> Outcomes {
    let plain = plain_conflicts(pool, s, objective);
    if !plain.is_empty() {
        return Outcomes::Conflicts { conflicts: plain };
    }
    let built = build(pool, s, objective);
    match solver::solve(&built.model, limits) {
        Solution::Plan(sol) => {
            let mut plan = assess(pool, &built, s, &sol.posts);
            plan.proof = Some(Proof {
                upper_bound: sol.upper_bound,
                gap_pct: sol.gap() * 100.0,
                proven: sol.proven,
            });
            Outcomes::Plan(Box::new(plan))
        }
        Solution::NoPlan { proven } => Outcomes::Conflicts {
            conflicts: diagnose(pool, s, objective, proven),
        },
    }
}

/// One strategy's plan.
pub fn plan_one(pool: &[Candidate], s: &SplitSettings, strategy: Strategy) -> Outcomes {
    let objective = s.objective;
    if pool.iter().all(|c| c.outcome(objective).is_none()) {
        return Outcomes::Conflicts {
            conflicts: vec![Conflict::NoObjectiveFigures { objective }],
        };
    }
    let built = build(pool, s, objective);
    let posts = match strategy {
        Strategy::Optimal => return optimal(pool, s, objective, &Limits::default()),
        Strategy::Equal => simple_split(&built, false),
        Strategy::Proportional => simple_split(&built, true),
        Strategy::TierMix => {
            if s.tier_mix.is_empty() {
                return Outcomes::NeedsTierMix;
            }
            tier_mix_split(&built)
        }
    };
    Outcomes::Plan(Box::new(assess(pool, &built, s, &posts)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roster::Platform;
    use crate::domain::split::testgen::candidate;
    use crate::domain::tier::Tier;

    #[test]
    fn simple_splits_try_every_small_team_then_fewer() {
        assert_eq!(team_sizes(0, 12), vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
        assert_eq!(team_sizes(3, 5), vec![3, 4, 5]);
        assert_eq!(team_sizes(0, 0), Vec::<u32>::new());
    }

    #[test]
    fn every_strategy_keeps_the_budget_and_the_tier_mix_needs_one() {
        let pool: Vec<Candidate> = (0..6)
            .map(|i| {
                let tier = if i % 2 == 0 { Tier::Micro } else { Tier::Nano };
                candidate(
                    i,
                    tier,
                    Platform::Instagram,
                    700 + 300 * i as u64,
                    10.0 + i as f64,
                )
            })
            .collect();
        let s = SplitSettings {
            budget: 50.0,
            ..SplitSettings::default()
        };
        assert_eq!(
            plan_one(&pool, &s, Strategy::TierMix),
            Outcomes::NeedsTierMix
        );
        let plan = |k: Strategy| match plan_one(&pool, &s, k) {
            Outcomes::Plan(p) => p,
            other => panic!("{k:?}: {other:?}"),
        };
        let best = plan(Strategy::Optimal);
        assert!(best.proof.is_some_and(|x| x.proven));
        for k in [Strategy::Equal, Strategy::Proportional, Strategy::Optimal] {
            let p = plan(k);
            assert!(p.totals.spend_cents <= 5_000, "{k:?}");
            assert!(p.broken.is_empty(), "{k:?}");
            assert!(
                p.totals.engagements.expected <= best.totals.engagements.expected,
                "{k:?}"
            );
        }
    }

    #[test]
    fn a_team_is_valued_over_every_item_when_a_value_is_infinite() {
        // Two creators with infinite engagements (a roster's 1e308 likes) and one creator
        // at most: the team of one leaves the other infinite one without posts, and
        // infinity times no posts is not a number, so no team is kept (as always). Summed
        // over the team alone, the team of one would be.
        let pool = [
            candidate(0, Tier::Micro, Platform::Instagram, 1_000, f64::INFINITY),
            candidate(1, Tier::Micro, Platform::Instagram, 1_000, f64::INFINITY),
            candidate(2, Tier::Micro, Platform::Instagram, 1_000, 10.0),
        ];
        let s = SplitSettings {
            budget: 100.0,
            max_creators: Some(1),
            ..SplitSettings::default()
        };
        for k in [Strategy::Equal, Strategy::Proportional] {
            let lines = plan_one(&pool, &s, k).plan().map(|p| p.lines.len());
            assert_eq!(lines, Some(0), "{k:?}");
        }
        // With finite figures the team of one is the best creator's.
        let pool = [
            candidate(0, Tier::Micro, Platform::Instagram, 1_000, 1e300),
            candidate(1, Tier::Micro, Platform::Instagram, 1_000, 1e300),
            candidate(2, Tier::Micro, Platform::Instagram, 1_000, 10.0),
        ];
        let plan = plan_one(&pool, &s, Strategy::Equal);
        let lines: Vec<usize> = plan
            .plan()
            .map_or(vec![], |p| p.lines.iter().map(|l| l.candidate).collect());
        assert_eq!(lines, vec![0]);
    }

    #[test]
    fn an_objective_no_candidate_has_figures_for_is_a_conflict() {
        let pool = [candidate(0, Tier::Micro, Platform::Instagram, 100, 1.0)];
        let s = SplitSettings {
            objective: Objective::Conversions,
            ..SplitSettings::default()
        };
        assert_eq!(
            plan_one(&pool, &s, Strategy::Equal),
            Outcomes::Conflicts {
                conflicts: vec![Conflict::NoObjectiveFigures {
                    objective: Objective::Conversions
                }]
            }
        );
    }
}
