//! The optimal split as a mathematical problem: choose a whole number of posts for every candidate
//! to maximise the expected outcome, subject to the budget, a spend band per group (tier) and per
//! platform, a number of posts per chosen candidate (which carries the cap) and a minimum and
//! maximum number of candidates chosen.
//!
//! It is a multiple-choice knapsack with a handful of coupling rows, and the method uses that:
//!
//! 1. **Bound** (`lagrange`). The coupling rows (budget, bands, counts) are moved into the
//!    objective with multipliers (Lagrangian relaxation). For fixed multipliers each candidate is
//!    then decided on its own, in O(n), and the result is an upper bound on every plan. The
//!    multipliers are tuned by projected subgradient steps; any of them gives a valid bound, the
//!    best is kept. Because a candidate's options are 0 or `lo..=hi` posts, this bound equals the
//!    linear relaxation's.
//! 2. **Plans** (`greedy`). The multipliers price every constraint, so a greedy that first meets
//!    the minimums (group spends, creator count) and then fills by priced efficiency gives good
//!    plans; it runs on the way.
//! 3. **Proof** (`dfs`). With a plan worth `z` and the bound `U`, any option whose own loss against
//!    the multipliers exceeds `U - z` cannot be in a better plan, so it is dropped (reduced-cost
//!    fixing). The few candidates left undecided are searched depth first, a branch being cut when
//!    its bound falls to `z` or it can no longer meet a constraint. A finished search proves the
//!    plan optimal (within `rel_gap`); a search stopped by `max_nodes` still reports the proven gap
//!    `U - z`.
//! 4. **A closer bound when the search stops** (`knapsack`). A few big posts can leave the linear
//!    bound well above every plan (it may buy a fraction of a $20,000 post). Without spend bands,
//!    the budget is then kept as a hard constraint and the knapsack that remains is solved exactly
//!    by dynamic programming over money (prices rounded down to a grid, which only loosens it);
//!    that bound replaces `U` when lower.
//! 5. **Exchanges** (`local_search`). A plan the search could not prove optimal is improved by
//!    local search: the best change of one candidate's posts, exchange of posts between two, or
//!    raise of one that drops the weakest posts per cent to make room, until none helps.
//!
//! 6. **Branch and bound with linear programming bounds** ([`bnb`], over [`lp`]). What is still
//!    unproven (or has no plan yet, as when tight bands must be met by lumpy posts) is searched
//!    over the items reduced-cost fixing leaves open, each node's bound from its own linear
//!    program, within a work limit. It proves the plan optimal, or no plan possible, or leaves a
//!    closer bound. When it finds the first plan, stages 5 and 6 run again from it (fixing leaves
//!    fewer items open then). When the model is too big for it and has no plan yet, it searches a
//!    restricted set (a few items of every tier and platform) for one.
//!
//! Before all this, a band that no combination of its own items' whole posts can land in (`reach`)
//! means no plan, proven at once.
//!
//! Each technique is a module of its own, over the vocabulary of `split::model` (the [`Model`],
//! [`Limits`], [`Solution`], [`Tally`]); [`solve`], here, is the pipeline that composes them:
//! `price` (stages 1 and 2), the search (3), `exchanges_and_knapsack` (5, then 4) and
//! `lp_stage` (6), with `restricted_plan` when there is no plan yet.
//!
//! Money is in whole cents, so "spend never exceeds the budget" is checked exactly.

pub mod bnb;
mod dfs;
mod greedy;
mod knapsack;
mod lagrange;
mod local_search;
pub mod lp;
mod ranked;
mod reach;

pub use super::model::{Band, Item, Limits, Model, Solution, Solved, Tally, MAX_VALUE};
pub(crate) use reach::{band_unreachable, obviously_infeasible};

use super::model::{
    beaten_above, floor_without_plan, plan_value, proven_within, sane_value, Incumbent,
};
use dfs::{options_within, search};
use knapsack::knapsack_bound;
use lagrange::{Duals, Scaled};
use local_search::improve;

/// Solves the model. Deterministic: the same model gives the same plan. Values are taken
/// within `0..=`[`MAX_VALUE`].
pub fn solve(m: &Model, limits: &Limits) -> Solution {
    // Posts no budget can pay are taken out first: each candidate's posts stop at what the
    // budget buys, candidates whose fewest posts it cannot buy are left out, and the budget
    // stops at what every candidate's most posts cost together. Then no sum of spends in the
    // search can overflow, and the numbers keep a sane scale.
    const MAX_OPTIONS: u64 = 5_000_000;
    let mut keep: Vec<usize> = Vec::with_capacity(m.items.len());
    let mut items: Vec<Item> = Vec::with_capacity(m.items.len());
    let mut total = 0u64;
    let mut options = 0u64;
    for (i, it) in m.items.iter().enumerate() {
        let affordable = m.budget.checked_div(it.price).unwrap_or(u64::MAX);
        if u64::from(it.lo) > affordable {
            if it.forced {
                return Solution::NoPlan { proven: true };
            }
            continue;
        }
        let hi = u64::from(it.hi).min(affordable) as u32;
        let sum = it
            .price
            .checked_mul(u64::from(hi))
            .and_then(|most| total.checked_add(most));
        let Some(sum) = sum else {
            return Solution::NoPlan { proven: false }; // sums past 2^64 cents: not searched
        };
        total = sum;
        options += u64::from(hi - it.lo) + 2;
        keep.push(i);
        items.push(Item {
            hi,
            value: sane_value(it.value),
            ..it.clone()
        });
    }
    if options > MAX_OPTIONS {
        return Solution::NoPlan { proven: false }; // too many post options to search
    }
    if keep.len() == m.items.len() && total >= m.budget && items == m.items {
        return solve_normal(m, limits);
    }
    let sub = Model {
        items,
        budget: m.budget.min(total),
        ..m.clone()
    };
    match solve_normal(&sub, limits) {
        Solution::Plan(mut p) => {
            let mut posts = vec![0u32; m.items.len()];
            for (&i, k) in keep.iter().zip(&p.posts) {
                posts[i] = *k;
            }
            p.posts = posts;
            Solution::Plan(p)
        }
        none => none,
    }
}

/// [`solve`] for a model whose every candidate's posts the budget can pay.
fn solve_normal(m: &Model, limits: &Limits) -> Solution {
    if obviously_infeasible(m) || band_unreachable(m) {
        return Solution::NoPlan { proven: true };
    }
    let s = Scaled::new(m);
    let tol = limits.rel_gap.max(0.0);
    let Priced {
        best,
        bound,
        duals: best_duals,
        steps,
    } = match price(&s, limits) {
        Ok(priced) => priced,
        Err(none) => return none,
    };
    let solution = search(&s, &best_duals, bound, best, limits, steps);
    // A search that stopped leaves a plan a few exchanges can still improve.
    let solution = exchanges_and_knapsack(&s, &best_duals, solution, limits);
    // The work the branch and bound stages below share.
    let mut work = bnb::Work {
        lp: limits.max_lp_work,
        tree: limits.max_tree_work,
    };
    match solution {
        Solution::Plan(p) if p.proven => Solution::Plan(p),
        Solution::NoPlan { proven: true } => solution,
        _ if limits.max_lp_work == 0 => solution,
        unproven => match lp_stage(&s, &best_duals, bound, unproven.clone(), limits, &mut work) {
            // The branch and bound found the first plan: with it, reduced-cost fixing leaves
            // fewer candidates open, so the stages run again from it.
            Solution::Plan(p) if !p.proven && matches!(unproven, Solution::NoPlan { .. }) => {
                match exchanges_and_knapsack(&s, &best_duals, Solution::Plan(p), limits) {
                    Solution::Plan(p) if !p.proven => {
                        lp_stage(&s, &best_duals, bound, Solution::Plan(p), limits, &mut work)
                    }
                    other => other,
                }
            }
            Solution::NoPlan { proven: false } => {
                // Still no plan: look for one among a few candidates of every tier and
                // platform, then let the whole model's stages improve and bound it.
                match restricted_plan(m, limits, &mut work) {
                    Some(posts) => {
                        let mut posts = posts;
                        let z = improve(m, &mut posts, limits.max_exchange_checks);
                        let p = Solved {
                            posts,
                            objective: z,
                            upper_bound: bound.max(z),
                            proven: proven_within(z, bound, tol),
                            nodes: 0,
                            dual_steps: steps,
                        };
                        match exchanges_and_knapsack(&s, &best_duals, Solution::Plan(p), limits) {
                            Solution::Plan(p) if !p.proven => lp_stage(
                                &s,
                                &best_duals,
                                bound,
                                Solution::Plan(p),
                                limits,
                                &mut work,
                            ),
                            other => other,
                        }
                    }
                    None => Solution::NoPlan { proven: false },
                }
            }
            other => other,
        },
    }
}

/// Bounds in the solver's units (about 1) this close are taken as equal: the slack of the
/// test that the greedy's plan is proven, and the least relative fall of the bound that
/// counts as progress.
const BOUND_TOL: f64 = 1e-12;

/// Subgradient steps without a better bound after which the step length is halved.
const STALE_STEPS: u32 = 20;

/// The step length (a fraction of the first) below which the steps stop.
const MIN_THETA: f64 = 1e-6;

/// What stages 1 and 2 leave: the best plan the greedy built, the best bound (in objective
/// units) with the multipliers that gave it, and the subgradient steps taken.
struct Priced {
    best: Incumbent,
    bound: f64,
    duals: Duals,
    steps: u32,
}

/// Stages 1 and 2: the multipliers tuned by projected subgradient steps from the fractional
/// knapsack's budget price, greedy plans built with them on the way, and the greedy's
/// restarts when that is not yet proven. `Err` with the solution when the bound alone
/// proves there is no plan.
fn price(s: &Scaled, limits: &Limits) -> Result<Priced, Solution> {
    let mut d = s.zero_duals();
    // Start the budget multiplier at the fractional knapsack's critical efficiency.
    d.budget = {
        let mut room = 1.0;
        let mut at = 0.0;
        for &i in &s.plain().order {
            at = s.value[i] / s.price[i];
            room -= s.price[i] * f64::from(s.m.items[i].hi);
            if room <= 0.0 {
                break;
            }
        }
        if room > 0.0 {
            0.0
        } else {
            at
        }
    };
    let mut best: Incumbent = s.construct(&d);
    let mut best_bound = f64::INFINITY;
    let mut best_duals = d.clone();
    let mut theta = 1.0;
    let mut stale = 0;
    let mut steps = 0;
    let tol = limits.rel_gap.max(0.0);
    let done = |bound: f64, best: &Incumbent| {
        best.as_ref()
            .is_some_and(|(_, z)| bound - z / s.value_scale <= tol * bound + BOUND_TOL)
    };
    while steps < limits.max_dual_steps {
        steps += 1;
        let r = s.relax(&d);
        if !best_bound.is_finite() || r.bound < best_bound - BOUND_TOL * best_bound.abs() {
            best_bound = r.bound;
            best_duals = d.clone();
            stale = 0;
        } else {
            stale += 1;
            if stale >= STALE_STEPS {
                theta /= 2.0;
                stale = 0;
            }
        }
        if best_bound < floor_without_plan(1.0) {
            // Every plan is worth at least 0, so a negative bound means no plan exists.
            return Err(Solution::NoPlan { proven: true });
        }
        if stale == 0 || steps % 8 == 0 {
            if let Some((p, z)) = s.construct(&d) {
                if best.as_ref().is_none_or(|(_, b)| z > *b) {
                    best = Some((p, z));
                }
            }
        }
        if done(best_bound, &best) || theta < MIN_THETA {
            break;
        }
        let target = match &best {
            Some((_, z)) => z / s.value_scale,
            None => best_bound - 0.1 * best_bound.abs().max(0.01),
        };
        if !s.step(&mut d, &r, target.min(best_bound), theta) {
            break;
        }
    }
    if !done(best_bound, &best) {
        s.restarts(&best_duals, &mut best);
    }
    Ok(Priced {
        best,
        bound: best_bound * s.value_scale,
        duals: best_duals,
        steps,
    })
}

/// For a plan not proven: the local search, then the bound that keeps the budget whole (and
/// the plan it points to).
fn exchanges_and_knapsack(s: &Scaled, d: &Duals, solution: Solution, limits: &Limits) -> Solution {
    let m = s.m;
    let tol = limits.rel_gap.max(0.0);
    let solution = match solution {
        Solution::Plan(mut p) if !p.proven && limits.max_exchange_checks > 0 => {
            let z = improve(m, &mut p.posts, limits.max_exchange_checks);
            if z > p.objective {
                p.objective = z;
                p.upper_bound = p.upper_bound.max(z);
            }
            p.proven = proven_within(p.objective, p.upper_bound, tol);
            Solution::Plan(p)
        }
        other => other,
    };
    match solution {
        Solution::Plan(mut p)
            if !p.proven && limits.max_knapsack_work > 0 && s.some_free_tier() =>
        {
            // Few big posts can leave the linear bound far above every plan: a bound that
            // keeps the budget whole is much closer. (It keeps the posts of tiers without a
            // band whole, so it is tried only when there are some.)
            if let Some((kb, seeds)) = knapsack_bound(s, d, limits.max_knapsack_work) {
                // The free tiers' posts that bound chose, completed by the greedy, may beat
                // the plan (a big post the greedy would not place).
                if let Some((mut posts, _)) =
                    seeds.and_then(|seeds| s.build_plan(&s.greedy_order(d), &seeds))
                {
                    let z = improve(m, &mut posts, limits.max_exchange_checks);
                    if z > p.objective {
                        p.posts = posts;
                        p.objective = z;
                    }
                }
                p.upper_bound = p.upper_bound.min(kb).max(p.objective);
                if proven_within(p.objective, p.upper_bound, tol) {
                    p.proven = true;
                }
            }
            Solution::Plan(p)
        }
        other => other,
    }
}

/// A plan of `m` found by the branch and bound over a restricted set of candidates: in each
/// tier and platform, the best value per cent and a spread of prices from the cheapest (to
/// land in bands), and every forced one. `None` if that set has none within half the work.
fn restricted_plan(m: &Model, limits: &Limits, work: &mut bnb::Work) -> Option<Vec<u32>> {
    const KEEP: usize = 160;
    let cells: Vec<(usize, usize)> = {
        let mut c: Vec<(usize, usize)> = m.items.iter().map(|it| (it.group, it.platform)).collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let per = (KEEP / (2 * cells.len().max(1))).max(2);
    let mut keep = vec![false; m.items.len()];
    for &(g, p) in &cells {
        let mut members: Vec<usize> = (0..m.items.len())
            .filter(|&i| m.items[i].group == g && m.items[i].platform == p)
            .collect();
        let eff = |i: usize| m.items[i].value / m.items[i].price as f64;
        members.sort_by(|&a, &b| eff(b).total_cmp(&eff(a)).then(a.cmp(&b)));
        members.iter().take(per).for_each(|&i| keep[i] = true);
        members.sort_by_key(|&i| (m.items[i].price, i));
        let step = members.len().div_ceil(per).max(1);
        members.iter().step_by(step).for_each(|&i| keep[i] = true);
    }
    let chosen: Vec<usize> = (0..m.items.len())
        .filter(|&i| keep[i] || m.items[i].forced)
        .collect();
    if chosen.len() == m.items.len() {
        return None; // the whole model: the stages before have tried it
    }
    let sub = Model {
        items: chosen.iter().map(|&i| m.items[i].clone()).collect(),
        ..m.clone()
    };
    let out = bnb::search(&sub, None, limits.rel_gap, work.half(), 0)?;
    *work = work.less(out.work);
    let (posts, _) = out.best?;
    let mut all = vec![0u32; m.items.len()];
    for (&i, k) in chosen.iter().zip(posts) {
        all[i] = k;
    }
    Tally::of(m, &all).feasible(m).then_some(all)
}

/// The last stage for a plan not proven (or no plan found): branch and bound with linear
/// programming bounds over the items reduced-cost fixing leaves open (see [`bnb`]). Keeps the
/// solution as it is when that part is too big. Takes its work from `work`.
fn lp_stage(
    s: &Scaled,
    d: &Duals,
    root_bound: f64,
    solution: Solution,
    limits: &Limits,
    work: &mut bnb::Work,
) -> Solution {
    let m = s.m;
    let vs = s.value_scale;
    let tol = limits.rel_gap.max(0.0);
    let incumbent = match &solution {
        Solution::Plan(p) => Some(p.objective),
        Solution::NoPlan { .. } => None,
    };
    let threshold = incumbent.map_or(floor_without_plan(vs), |z| beaten_above(z, tol));
    let (r, c) = s.reduced(d);
    let (options, max_dropped) = options_within(s, &r, c, root_bound, root_bound - threshold);
    // The fixed items, and the rest as a smaller model whose constraints are what the fixed
    // ones leave.
    let mut fixed = vec![0u32; m.items.len()];
    let mut core: Vec<usize> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    for (i, opts) in options.iter().enumerate() {
        match opts.as_slice() {
            [] => return solution, // no option is left: no better plan (kept as found)
            [(k, _)] => fixed[i] = *k,
            _ => {
                let lo = opts.iter().map(|o| o.0).filter(|&k| k > 0).min();
                let hi = opts.iter().map(|o| o.0).max();
                let (Some(lo), Some(hi)) = (lo, hi) else {
                    return solution;
                };
                core.push(i);
                items.push(Item {
                    lo,
                    hi,
                    forced: opts.iter().all(|o| o.0 > 0),
                    ..m.items[i].clone()
                });
            }
        }
    }
    let t = Tally::of(m, &fixed);
    let left = |b: &Band, used: u64| -> Option<Band> {
        (used <= b.max).then(|| Band {
            min: b.min.saturating_sub(used),
            max: b.max - used,
        })
    };
    let left_all = |bands: &[Band], used: &[u64]| -> Option<Vec<Band>> {
        bands.iter().zip(used).map(|(b, &u)| left(b, u)).collect()
    };
    let sub = (|| {
        Some(Model {
            items,
            budget: m.budget.checked_sub(t.spend)?,
            groups: left_all(&m.groups, &t.groups)?,
            platforms: left_all(&m.platforms, &t.platforms)?,
            min_count: m.min_count.saturating_sub(t.count),
            max_count: m.max_count.checked_sub(t.count)?,
        })
    })();
    let Some(sub) = sub else {
        // The items every better plan needs already break a constraint: there is none.
        return match solution {
            Solution::Plan(mut p) => {
                p.upper_bound = p.upper_bound.min(p.objective.max(max_dropped));
                p.proven = proven_within(p.objective, p.upper_bound, tol);
                Solution::Plan(p)
            }
            Solution::NoPlan { .. } => Solution::NoPlan { proven: true },
        };
    };
    let floor = incumbent.map(|z| z - t.value);
    let Some(out) = bnb::search(&sub, floor, tol, *work, limits.max_exchange_checks / 10) else {
        return solution;
    };
    *work = work.less(out.work);
    let found = out.best.map(|(posts, _)| {
        let mut all = fixed.clone();
        for (&i, k) in core.iter().zip(posts) {
            all[i] = k;
        }
        let z = plan_value(m, &all);
        (all, z)
    });
    let ub_found = out.open + t.value;
    match (solution, found) {
        (Solution::Plan(mut p), found) => {
            if let Some((posts, z)) = found.filter(|(_, z)| *z > p.objective) {
                p.posts = posts;
                p.objective = z;
            }
            let ub = p.objective.max(max_dropped).max(ub_found);
            p.upper_bound = p.upper_bound.min(ub).max(p.objective);
            p.proven = proven_within(p.objective, p.upper_bound, tol);
            p.nodes += out.nodes;
            Solution::Plan(p)
        }
        (Solution::NoPlan { .. }, Some((posts, z))) => {
            let ub = z.max(max_dropped).max(ub_found).min(root_bound.max(z));
            Solution::Plan(Solved {
                posts,
                objective: z,
                upper_bound: ub,
                proven: proven_within(z, ub, tol),
                nodes: out.nodes,
                dual_steps: 0,
            })
        }
        (Solution::NoPlan { .. }, None) => Solution::NoPlan {
            proven: out.complete,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::{assert_no_plan, enumerate, item, model, plan_of};

    #[test]
    fn knapsack_takes_the_best_value_per_cent_in_whole_posts() {
        // $100 budget. A: $40/post worth 50; B: $30/post worth 30; C: $25/post worth 20.
        let m = model(
            vec![
                item(4000, 50.0, 0),
                item(3000, 30.0, 0),
                item(2500, 20.0, 0),
            ],
            10_000,
            vec![Band::ANY],
        );
        let s = plan_of(&m);
        // 2×A = $80 → 100 (and $20 idle); A + 2×B = $100 → 110; 2×A + nothing else fits.
        assert_eq!(s.objective, 110.0);
        assert_eq!(s.posts, vec![1, 2, 0]);
        assert!(s.proven);
        assert!(s.gap() < 1e-6);
    }

    #[test]
    fn group_minimum_forces_spend_in_a_weaker_group() {
        // Group 1 must get at least $50 of the $100 though group 0 is better value.
        let m = model(
            vec![
                item(2000, 40.0, 0),
                item(2000, 40.0, 0),
                item(2500, 10.0, 1),
                item(1000, 3.0, 1),
            ],
            10_000,
            vec![
                Band::ANY,
                Band {
                    min: 5000,
                    max: 10_000,
                },
            ],
        );
        let s = plan_of(&m);
        let t = Tally::of(&m, &s.posts);
        assert!(t.groups[1] >= 5000, "{t:?}");
        assert!(t.spend <= 10_000);
        // Group 1 needs $50 at 0.3–0.4 a dollar; group 0 then gets $40 in $20 posts (80):
        // 2×C + 1×D = $60 → 23, the best use of the other $60. Total 103.
        assert_eq!(s.objective, 103.0);
    }

    #[test]
    fn min_count_spreads_the_money() {
        let mut items = vec![item(5000, 100.0, 0)];
        items.extend((0..6).map(|_| item(1000, 10.0, 0)));
        let mut m = model(items, 10_000, vec![Band::ANY]);
        m.min_count = 5;
        let s = plan_of(&m);
        assert!(Tally::of(&m, &s.posts).count >= 5);
        // The $50 creator and five at $10, one of them twice: 100 + 50.
        assert_eq!(s.objective, 150.0);
    }

    #[test]
    fn impossible_minimum_is_reported_as_no_plan() {
        // Group 1 needs $80 but holds one creator at $10 × 3 posts at most.
        let m = model(
            vec![item(2000, 40.0, 0), item(1000, 3.0, 1)],
            10_000,
            vec![
                Band::ANY,
                Band {
                    min: 8000,
                    max: 10_000,
                },
            ],
        );
        assert_no_plan(&m);
    }

    #[test]
    fn forced_item_is_in_the_plan_even_when_poor_value() {
        let mut poor = item(5000, 1.0, 0);
        poor.forced = true;
        let m = model(
            vec![poor, item(1000, 50.0, 0), item(1000, 50.0, 0)],
            10_000,
            vec![Band::ANY],
        );
        let s = plan_of(&m);
        assert!(s.posts[0] >= 1);
        // One forced post (1), then $50 on the others: five posts of 50.
        assert_eq!(s.objective, 251.0);
    }

    // ---- found by an independent review ------------------------------------------------

    #[test]
    fn a_huge_value_out_of_reach_does_not_prove_a_short_plan() {
        // A candidate worth 1e10 that the second tier's 0..0 band keeps out once made the
        // rounding slack 10 (1e-9 of every candidate's value): a plan worth 1.0 was "proven"
        // against a bound of 10.1 while 1.5 was possible.
        let it = |price, value, group, lo, hi| Item {
            lo,
            hi,
            ..item(price, value, group)
        };
        let m = Model {
            min_count: 1,
            ..model(
                vec![
                    it(9, 0.5, 0, 1, 1),
                    it(11, 0.2, 0, 2, 2),
                    it(30, 50.0, 0, 3, 4),
                    it(3, 0.0, 0, 1, 1),
                    it(11, 0.5, 0, 1, 2),
                    it(33, 1e10, 1, 1, 1),
                ],
                33,
                vec![Band::ANY, Band { min: 0, max: 0 }],
            )
        };
        let best = enumerate(&m).expect("a plan");
        let p = plan_of(&m);
        assert!(
            !p.proven || (p.objective - best).abs() < 1e-9,
            "{p:?}, best {best}"
        );
        assert!(p.upper_bound >= best - 1e-9);
    }

    #[test]
    fn prices_and_budgets_near_the_top_of_u64_neither_overflow_nor_panic() {
        // A price of u64::MAX cents wrapped the spend to 0: both posts "fit" a $0.05 budget.
        let mut m = model(
            vec![item(u64::MAX, 1.0, 0), item(1, 1.0, 0)],
            5,
            vec![Band::ANY],
        );
        m.items.iter_mut().for_each(|it| it.hi = 1);
        let p = plan_of(&m);
        assert_eq!(p.posts, vec![0, 1]);
        assert!(Tally::of(&m, &p.posts).feasible(&m));
        // A budget of u64::MAX with a band from 1 cent: the reachability check overflowed.
        let m = model(
            vec![Item {
                hi: 1,
                ..item(1, 1.0, 0)
            }],
            u64::MAX,
            vec![Band {
                min: 1,
                max: u64::MAX,
            }],
        );
        assert!(!band_unreachable(&m));
        assert_eq!(plan_of(&m).posts, vec![1]);
        // Half of u64::MAX per post, three posts: the most a candidate's posts cost
        // overflows; the budget buys one.
        let m = model(
            vec![
                item(u64::MAX / 2, 2.0, 0),
                Item {
                    hi: 1,
                    ..item(1, 1.0, 0)
                },
            ],
            u64::MAX,
            vec![Band::ANY],
        );
        let p = plan_of(&m);
        assert_eq!(p.posts, vec![2, 1]);
        assert!(p.proven);
    }
}
