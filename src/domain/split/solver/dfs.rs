//! Reduced-cost fixing and depth-first search: with a plan worth `z` and the bound `U`, an
//! option whose own loss against the multipliers exceeds `U - z` cannot be in a better plan
//! and is dropped ([`options_within`]); the candidates left undecided are searched depth
//! first ([`search`]), a branch cut when its bound falls to `z` or it can no longer meet a
//! constraint.

use super::super::model::{
    beaten_above, floor_without_plan, plan_value, Incumbent, Limits, Solution, Solved, Tally,
};
use super::lagrange::{Duals, Scaled};
use super::ranked::high_first;

/// Reduced-cost fixing: each item's options (posts, loss against the multipliers in objective
/// units) whose loss is below `cut`, in order of loss, and the highest bound of an option
/// left out (−∞ if none). A plan worth more than `root_bound − cut` uses only these.
pub(super) fn options_within(
    s: &Scaled,
    r: &[f64],
    c: f64,
    root_bound: f64,
    cut: f64,
) -> (Vec<Vec<(u32, f64)>>, f64) {
    let vs = s.value_scale;
    let mut max_dropped = f64::NEG_INFINITY;
    let options =
        s.m.items
            .iter()
            .enumerate()
            .map(|(i, it)| {
                let (_, best_v) = Scaled::best_option(it, r[i], c);
                let mut opts: Vec<(u32, f64)> = Vec::new();
                let mut consider = |k: u32, v: f64| {
                    let loss = (best_v - v) * vs;
                    if loss < cut {
                        opts.push((k, loss));
                    } else {
                        max_dropped = max_dropped.max(root_bound - loss);
                    }
                };
                if !it.forced {
                    consider(0, 0.0);
                }
                for k in it.lo..=it.hi {
                    consider(k, f64::from(k) * r[i] + c);
                }
                opts.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
                opts
            })
            .collect();
    (options, max_dropped)
}

/// The undecided items `core` in the order the search decides them: the most to lose
/// first (the highest loss of an item's last option, the lower index on a tie), sorted for
/// the first `reach` depths only; past them, the rest in no particular order.
fn deciding_order(core: &[usize], options: &[Vec<(u32, f64)>], reach: usize) -> Vec<usize> {
    let mut keyed: Vec<(f64, usize)> = core
        .iter()
        .map(|&i| (options[i].last().map_or(0.0, |o| o.1), i))
        .collect();
    let reach = reach.min(keyed.len());
    if reach < keyed.len() {
        keyed.select_nth_unstable_by(reach, high_first);
    }
    keyed[..reach].sort_unstable_by(high_first);
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Reduced-cost fixing and the depth-first search over what stays undecided.
pub(super) fn search(
    s: &Scaled,
    d: &Duals,
    root_bound: f64,
    mut best: Incumbent,
    limits: &Limits,
    dual_steps: u32,
) -> Solution {
    let m = s.m;
    let n = m.items.len();
    let (r, c) = s.reduced(d);
    let vs = s.value_scale;
    let tol = limits.rel_gap.max(0.0);
    let threshold = |best: &Incumbent| -> f64 {
        // Without a plan yet, a branch whose bound is below 0 still holds none (every plan
        // is worth at least 0).
        best.as_ref()
            .map_or(floor_without_plan(vs), |(_, z)| beaten_above(*z, tol))
    };
    let finished = |best: Incumbent, ub: f64, proven: bool, nodes: u64| match best {
        Some((posts, objective)) => Solution::Plan(Solved {
            posts,
            upper_bound: ub.max(objective),
            objective,
            proven,
            nodes,
            dual_steps,
        }),
        None => Solution::NoPlan { proven },
    };
    if best
        .as_ref()
        .is_some_and(|(_, z)| root_bound <= beaten_above(*z, tol))
    {
        return finished(best, root_bound, true, 0);
    }
    let cut = root_bound - threshold(&best);
    let (options, max_dropped) = options_within(s, &r, c, root_bound, cut);
    let mut fixed_posts = vec![0u32; n];
    let mut core: Vec<usize> = Vec::new();
    for (i, opts) in options.iter().enumerate() {
        if opts.len() == 1 {
            fixed_posts[i] = opts[0].0;
        } else {
            core.push(i);
        }
    }
    // Decide the items with the most to lose first: their detours are cut at once. (Each
    // depth costs a node, so the search never goes deeper than `max_nodes`: only that many
    // are ordered, the rest are a set whose sums the deepest levels use.)
    let k = core.len();
    let reach = k.min(
        usize::try_from(limits.max_nodes)
            .unwrap_or(usize::MAX)
            .saturating_add(2),
    );
    let core = deciding_order(&core, &options, reach);
    let g = m.groups.len();
    let p = m.platforms.len();
    // What the undecided suffix can still add: spend (min, max), per group and platform,
    // count; row `j` for the items from depth `j` on, up to `reach` (row `reach` holds all
    // the items past it).
    let mut min_add = vec![0u64; reach + 1];
    let mut max_add = vec![0u64; reach + 1];
    let mut gmin = vec![0u64; (reach + 1) * g];
    let mut gmax = vec![0u64; (reach + 1) * g];
    let mut pmin = vec![0u64; (reach + 1) * p];
    let mut pmax = vec![0u64; (reach + 1) * p];
    let mut cmin = vec![0u32; reach + 1];
    let mut cmax = vec![0u32; reach + 1];
    let range = |i: usize| {
        let lo = options[i].iter().map(|o| o.0).min().unwrap_or(0);
        let hi = options[i].iter().map(|o| o.0).max().unwrap_or(0);
        (lo, hi)
    };
    for &i in &core[reach..] {
        let it = &m.items[i];
        let (lo, hi) = range(i);
        let (slo, shi) = (it.price * u64::from(lo), it.price * u64::from(hi));
        min_add[reach] += slo;
        max_add[reach] += shi;
        gmin[reach * g + it.group] += slo;
        gmax[reach * g + it.group] += shi;
        pmin[reach * p + it.platform] += slo;
        pmax[reach * p + it.platform] += shi;
        cmin[reach] += u32::from(lo > 0);
        cmax[reach] += u32::from(hi > 0);
    }
    for j in (0..reach).rev() {
        let i = core[j];
        let it = &m.items[i];
        let (lo, hi) = range(i);
        let (slo, shi) = (it.price * u64::from(lo), it.price * u64::from(hi));
        min_add[j] = min_add[j + 1] + slo;
        max_add[j] = max_add[j + 1] + shi;
        for x in 0..g {
            gmin[j * g + x] = gmin[(j + 1) * g + x];
            gmax[j * g + x] = gmax[(j + 1) * g + x];
        }
        gmin[j * g + it.group] += slo;
        gmax[j * g + it.group] += shi;
        for x in 0..p {
            pmin[j * p + x] = pmin[(j + 1) * p + x];
            pmax[j * p + x] = pmax[(j + 1) * p + x];
        }
        pmin[j * p + it.platform] += slo;
        pmax[j * p + it.platform] += shi;
        cmin[j] = cmin[j + 1] + u32::from(lo > 0);
        cmax[j] = cmax[j + 1] + u32::from(hi > 0);
    }
    let mut posts = fixed_posts;
    let mut t = Tally::of(m, &posts);
    let viable = |t: &Tally, j: usize| -> bool {
        t.spend + min_add[j] <= m.budget
            && t.count + cmin[j] <= m.max_count
            && t.count + cmax[j] >= m.min_count
            && (0..g).all(|x| {
                t.groups[x] + gmin[j * g + x] <= m.groups[x].max
                    && t.groups[x] + gmax[j * g + x] >= m.groups[x].min
            })
            && (0..p).all(|x| {
                t.platforms[x] + pmin[j * p + x] <= m.platforms[x].max
                    && t.platforms[x] + pmax[j * p + x] >= m.platforms[x].min
            })
    };
    // Depth-first search; `choice[j]` is the option index tried at depth j.
    let mut choice: Vec<usize> = vec![0; k];
    let mut loss_at: Vec<f64> = vec![0.0; k + 1];
    let mut nodes: u64 = 0;
    let mut max_cut = max_dropped;
    let mut depth = 0usize;
    let mut complete = true;
    let mut thresh = threshold(&best);
    // Entering depth j means trying choice[j]; backtracking advances it.
    if k == 0 {
        if t.feasible(m) && best.as_ref().is_none_or(|(_, z)| t.value > *z) {
            best = Some((posts.clone(), plan_value(m, &posts)));
        }
    } else if viable(&t, 0) {
        choice[0] = 0;
        loop {
            // Try option choice[depth] of core[depth].
            let i = core[depth];
            let opts = &options[i];
            if choice[depth] >= opts.len() {
                // Exhausted: undo this level and go up.
                t.change(&m.items[i], posts[i], 0);
                posts[i] = 0;
                if depth == 0 {
                    break;
                }
                depth -= 1;
                choice[depth] += 1;
                continue;
            }
            nodes += 1;
            if nodes > limits.max_nodes {
                complete = false;
                break;
            }
            let (kk, loss) = opts[choice[depth]];
            let bound = root_bound - loss_at[depth] - loss;
            if bound <= thresh {
                // Options are in order of loss: the rest of this level is cut too.
                max_cut = max_cut.max(bound);
                choice[depth] = opts.len();
                continue;
            }
            t.change(&m.items[i], posts[i], kk);
            posts[i] = kk;
            if !viable(&t, depth + 1) {
                choice[depth] += 1;
                continue;
            }
            if depth + 1 == k {
                if t.feasible(m) && best.as_ref().is_none_or(|(_, b)| t.value > *b) {
                    let z = plan_value(m, &posts);
                    if best.as_ref().is_none_or(|(_, b)| z > *b) {
                        best = Some((posts.clone(), z));
                        thresh = threshold(&best);
                    }
                }
                choice[depth] += 1;
                continue;
            }
            loss_at[depth + 1] = loss_at[depth] + loss;
            depth += 1;
            choice[depth] = 0;
        }
    }
    let ub = if complete {
        best.as_ref().map_or(max_cut, |(_, z)| z.max(max_cut))
    } else {
        root_bound
    };
    finished(best, ub, complete, nodes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::model::Band;
    use crate::domain::split::testgen::{enumerate, random_model, test_random, SMALL};

    #[test]
    fn a_finished_search_finds_the_best_plan_or_proves_there_is_none() {
        let mut rnd = test_random(44);
        let limits = Limits {
            rel_gap: 0.0,
            ..Limits::default()
        };
        let (mut plans, mut none) = (0, 0);
        for _ in 0..600 {
            let m = random_model(&mut rnd, &SMALL);
            let s = Scaled::new(&m);
            // The multipliers at 0 bound every plan by all items at their most posts.
            let d = s.zero_duals();
            let root = s.relax(&d).bound * s.value_scale;
            match (search(&s, &d, root, None, &limits, 0), enumerate(&m)) {
                (Solution::Plan(p), Some(best)) => {
                    plans += 1;
                    assert!(p.proven, "{m:?}");
                    assert!((p.objective - best).abs() < 1e-9, "{p:?} vs {best}: {m:?}");
                    assert!(Tally::of(&m, &p.posts).feasible(&m));
                }
                (Solution::NoPlan { proven }, None) => {
                    none += 1;
                    assert!(proven, "{m:?}");
                }
                (found, best) => panic!("{found:?} vs {best:?}: {m:?}"),
            }
        }
        assert!(plans > 100 && none > 50, "{plans} plans, {none} without");
    }

    #[test]
    fn the_deciding_order_is_the_full_sort_s_as_deep_as_the_search_can_go() {
        let mut rnd = test_random(45);
        for n in [0, 1, 5, 300, 2_000] {
            // Losses as reduced-cost fixing leaves them: many equal (the same price and
            // figures), some items with a single option (loss 0).
            let options: Vec<Vec<(u32, f64)>> = (0..n)
                .map(|_| {
                    let last = (rnd(30) * 100) as f64 / 7.0;
                    match rnd(4) {
                        0 => vec![(1, 0.0)],
                        _ => vec![(2, 0.0), (0, last)],
                    }
                })
                .collect();
            let core: Vec<usize> = (0..n).filter(|_| rnd(5) > 0).collect();
            let mut full = core.clone();
            full.sort_by(|&a, &b| {
                let la = options[a].last().map_or(0.0, |o| o.1);
                let lb = options[b].last().map_or(0.0, |o| o.1);
                lb.total_cmp(&la).then(a.cmp(&b))
            });
            for reach in [0, 1, 7, 260, usize::MAX] {
                let got = deciding_order(&core, &options, reach);
                let r = reach.min(core.len());
                assert_eq!(got[..r], full[..r], "n {n} reach {reach}");
                let mut rest = got[r..].to_vec();
                rest.sort_unstable();
                let mut want = full[r..].to_vec();
                want.sort_unstable();
                assert_eq!(rest, want, "n {n} reach {reach}");
            }
        }
    }

    #[test]
    fn options_past_the_cut_are_dropped_and_their_best_bound_kept() {
        let m = crate::domain::split::testgen::model(
            vec![crate::domain::split::testgen::item(100, 2.0, 0)],
            1_000,
            vec![Band::ANY],
        );
        let s = Scaled::new(&m);
        let (r, c) = s.reduced(&s.zero_duals());
        // Posts 0..=3 lose 3, 2, 1, 0 posts' worth against the best (3 posts).
        let per_post = 2.0;
        let (opts, dropped) = options_within(&s, &r, c, 6.0, 1.5 * per_post);
        let kept: Vec<u32> = opts[0].iter().map(|o| o.0).collect();
        assert_eq!(kept, vec![3, 2]);
        assert!((dropped - (6.0 - 2.0 * per_post)).abs() < 1e-9, "{dropped}");
    }
}
