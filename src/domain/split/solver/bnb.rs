//! Branch and bound with linear-programming bounds: the last stage of the optimal split, for
//! the models the Lagrangian search leaves unproven or without a plan (tight bands met by
//! lumpy posts, where the multipliers alone cannot guide a search).
//!
//! Each candidate `i` has two columns: `y_i` (chosen, 0..1) and, when it may take more than
//! its minimum posts, `z_i` (posts above the minimum, `0..=hi − lo`), with `z_i <= (hi − lo) y_i`.
//! Its posts are `lo·y_i + z_i`. The rows are the budget, the bands that can bind, and the
//! creator count. Every node re-solves the linear program from its parent's basis (only
//! bounds change), its bound is the [`Lp::safe_bound`] (valid whatever the rounding), and a
//! node is cut when that bound cannot beat the best plan. Whole-number solutions are checked
//! in exact cents before they count.

use super::super::model::{beaten_above, floor_without_plan, Band, Incumbent, Model, Tally};
use super::local_search::improve;
use super::lp::{Lp, LpStatus};

/// What the search found.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The best plan worth more than the floor: posts per item and value.
    pub best: Option<(Vec<u32>, f64)>,
    /// No plan is worth more than `max(best, floor, open)`: `open` is the highest bound of
    /// the parts of the search that were cut or left (−∞ if none).
    pub open: f64,
    /// Every node was decided: the search is a proof.
    pub complete: bool,
    /// Nodes of the search tree solved.
    pub nodes: u64,
    /// The work done, of each kind.
    pub work: Work,
}

/// Work allowed for (or done by) the search, of its two kinds. Both are counts, not time, so
/// a search stopped by them stops at the same node on every machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work {
    /// Tableau entries updated by the linear programs (a node's cost when its model is big).
    pub lp: u64,
    /// Tree bookkeeping: open nodes looked through to pick the next one, and bound changes
    /// copied into a new node (a node's cost when its model is small and the tree is big: the
    /// linear programs of a few candidates with a million posts each cost almost nothing,
    /// and one search once kept 29,000 nodes open and looked through them 174,000 times).
    pub tree: u64,
}

impl Work {
    /// Half of each kind.
    pub fn half(self) -> Work {
        Work {
            lp: self.lp / 2,
            tree: self.tree / 2,
        }
    }

    /// What is left of `self` after `done`.
    pub fn less(self, done: Work) -> Work {
        Work {
            lp: self.lp.saturating_sub(done.lp),
            tree: self.tree.saturating_sub(done.tree),
        }
    }
}

/// A linear program's value this close to a whole number is taken as that number.
const INTEGRAL_TOL: f64 = 1e-6;
/// The least branching distance a pseudo-cost is divided by (a variable moved by less is
/// counted as moved by this much), so that a tiny move does not make a huge cost.
const MIN_BRANCH_DISTANCE: f64 = 1e-6;
/// The least cost either side of a branch counts for in a candidate's score, so that a
/// side that costs nothing does not zero the product and hide the other side's cost.
const MIN_SIDE_COST: f64 = 1e-9;
/// How far (relative to the objective's scale) a whole-number solution's exact value may
/// be from the relaxation's and still count as the relaxation's optimum.
const LP_AGREEMENT: f64 = 1e-6;

/// The largest model searched: tableau entries (rows × (columns + rows)).
const MAX_TABLEAU: usize = 3_000_000;

/// Columns of item `i`: `y` and, if any, `z`.
struct Cols {
    y: Vec<usize>,
    z: Vec<Option<usize>>,
}

/// A row: (coefficients by column, lo, hi).
type Row = (Vec<(usize, f64)>, f64, f64);

/// Builds the linear program of `m`, or `None` when it would be too big.
fn build(m: &Model) -> Option<(Lp, Cols, f64)> {
    let n = m.items.len();
    let budget = m.budget.max(1) as f64;
    let value_scale = m
        .items
        .iter()
        .map(|it| it.value * f64::from(it.hi))
        .fold(0.0f64, f64::max)
        .max(1e-12);
    let mut cols = Cols {
        y: (0..n).collect(),
        z: vec![None; n],
    };
    let mut width = n;
    for (i, it) in m.items.iter().enumerate() {
        if it.hi > it.lo {
            cols.z[i] = Some(width);
            width += 1;
        }
    }
    // Rows: (coefficients by column, lo, hi).
    let mut rows: Vec<Row> = Vec::new();
    let money = |pick: &dyn Fn(usize) -> bool| -> Vec<(usize, f64)> {
        let mut r = Vec::new();
        for (i, it) in m.items.iter().enumerate() {
            if pick(i) {
                let p = it.price as f64 / budget;
                r.push((cols.y[i], p * f64::from(it.lo)));
                if let Some(z) = cols.z[i] {
                    r.push((z, p));
                }
            }
        }
        r
    };
    rows.push((money(&|_| true), f64::NEG_INFINITY, 1.0));
    let band = |b: &Band| -> Option<(f64, f64)> {
        let lo = if b.min > 0 {
            b.min as f64 / budget
        } else {
            f64::NEG_INFINITY
        };
        let hi = if b.max < m.budget {
            b.max as f64 / budget
        } else {
            f64::INFINITY
        };
        (lo.is_finite() || hi.is_finite()).then_some((lo, hi))
    };
    for (g, b) in m.groups.iter().enumerate() {
        if let Some((lo, hi)) = band(b) {
            rows.push((money(&|i| m.items[i].group == g), lo, hi));
        }
    }
    for (p, b) in m.platforms.iter().enumerate() {
        if let Some((lo, hi)) = band(b) {
            rows.push((money(&|i| m.items[i].platform == p), lo, hi));
        }
    }
    if m.min_count > 0 || (m.max_count as usize) < n {
        let lo = if m.min_count > 0 {
            f64::from(m.min_count)
        } else {
            f64::NEG_INFINITY
        };
        let hi = if (m.max_count as usize) < n {
            f64::from(m.max_count)
        } else {
            f64::INFINITY
        };
        rows.push(((0..n).map(|i| (cols.y[i], 1.0)).collect(), lo, hi));
    }
    for (i, it) in m.items.iter().enumerate() {
        if let Some(z) = cols.z[i] {
            rows.push((
                vec![(z, 1.0), (cols.y[i], -f64::from(it.hi - it.lo))],
                f64::NEG_INFINITY,
                0.0,
            ));
        }
    }
    let r = rows.len();
    if r.saturating_mul(width + r) > MAX_TABLEAU {
        return None;
    }
    let mut a = vec![0.0; r * width];
    for (k, (coef, _, _)) in rows.iter().enumerate() {
        for &(j, v) in coef {
            a[k * width + j] += v;
        }
    }
    let mut c = vec![0.0; width];
    let mut lo = vec![0.0; width];
    let mut hi = vec![0.0; width];
    for (i, it) in m.items.iter().enumerate() {
        let v = it.value / value_scale;
        c[cols.y[i]] = v * f64::from(it.lo);
        lo[cols.y[i]] = if it.forced { 1.0 } else { 0.0 };
        hi[cols.y[i]] = 1.0;
        if let Some(z) = cols.z[i] {
            c[z] = v;
            hi[z] = f64::from(it.hi - it.lo);
        }
    }
    let row_lo: Vec<f64> = rows.iter().map(|r| r.1).collect();
    let row_hi: Vec<f64> = rows.iter().map(|r| r.2).collect();
    Some((Lp::new(a, c, &lo, &hi, &row_lo, &row_hi), cols, value_scale))
}

/// A bound change on the way from the root: (column, lo, hi).
type Change = (usize, f64, f64);

/// An open node: its parent's bound and its bound changes from the root.
struct Open {
    bound: f64,
    changes: Vec<Change>,
    /// The branch that made it: (column, up, distance moved), for the pseudo-costs.
    branch: Option<(usize, bool, f64)>,
}

/// Searches for plans of `m` worth more than `floor` (any plan when `None`), within the work
/// `allowed` (tableau updates and tree bookkeeping: past either, it stops with what is still
/// open as its bound); each new best plan is polished by at most `polish` checks of the local
/// search. `None` when the model is too big for this search.
pub fn search(
    m: &Model,
    floor: Option<f64>,
    rel_gap: f64,
    allowed: Work,
    polish: usize,
) -> Option<Outcome> {
    let max_work = allowed.lp;
    let (mut lp, cols, vs) = build(m)?;
    // The root alone takes about a pivot per row: if that is most of the work allowed, the
    // search cannot get anywhere.
    if (lp.rows() as u64).pow(2) * (lp.rows() + lp.cols()) as u64 > max_work / 4 {
        return None;
    }
    let n = m.items.len();
    let width = lp.cols();
    let root: Vec<(f64, f64)> = (0..width).map(|j| lp.bounds(j)).collect();
    let mut out = Outcome {
        best: None,
        open: f64::NEG_INFINITY,
        complete: true,
        nodes: 0,
        work: Work { lp: 0, tree: 0 },
    };
    let cutoff = |best: &Incumbent| -> f64 {
        let z = match (best.as_ref().map(|b| b.1), floor) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        // Without either, every plan counts (each is worth at least 0).
        z.map_or(floor_without_plan(vs), |z| beaten_above(z, rel_gap))
    };
    let max_pivots = 50 + 4 * width;
    // Open nodes: the changes from the root and the parent's bound. The search dives (goes
    // on with the nearer child, keeping the other open) until a node is cut, then resumes
    // at the open node with the highest bound (the deepest while there is neither a plan
    // nor a floor yet: then any plan is what is wanted): dives find plans, the order proves
    // them.
    let mut open: Vec<Open> = Vec::new();
    let take = |open: &mut Vec<Open>, planned: bool| -> Option<Open> {
        let key = |o: &Open| {
            let depth = o.changes.len() as f64;
            if planned {
                (o.bound, depth)
            } else {
                (depth, o.bound)
            }
        };
        let at = (0..open.len()).max_by(|&a, &b| {
            let (ka, kb) = (key(&open[a]), key(&open[b]));
            ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        })?;
        Some(open.swap_remove(at))
    };
    let mut next: Option<Open> = Some(Open {
        bound: f64::INFINITY,
        changes: Vec::new(),
        branch: None,
    });
    // Pseudo-costs: per column and direction, the bound lost per unit moved (sum, count).
    let mut pseudo = vec![[(0.0f64, 0u32); 2]; width];
    let mut applied: Vec<Change> = Vec::new();
    while let Some(Open {
        bound: parent,
        changes,
        branch,
    }) = next
        .take()
        .or_else(|| take(&mut open, out.best.is_some() || floor.is_some()))
    {
        // Picking this node looked through the open ones; making it copied its changes.
        out.work.tree += (open.len() + changes.len()) as u64;
        if out.work.tree > allowed.tree {
            out.complete = false;
            out.open = open
                .iter()
                .fold(out.open.max(parent), |b, o| b.max(o.bound));
            break;
        }
        if parent <= cutoff(&out.best) {
            out.open = out.open.max(parent);
            continue;
        }
        if lp.work > max_work {
            out.complete = false;
            out.open = open
                .iter()
                .fold(out.open.max(parent), |b, o| b.max(o.bound));
            break;
        }
        out.nodes += 1;
        for &(j, _, _) in &applied {
            lp.set_bounds(j, root[j].0, root[j].1);
        }
        for &(j, lo, hi) in &changes {
            lp.set_bounds(j, lo, hi);
        }
        applied.clone_from(&changes);
        match lp.solve(max_pivots, max_work) {
            LpStatus::Infeasible => continue,
            LpStatus::Unknown => {
                out.complete = false;
                out.open = out.open.max(parent);
                continue;
            }
            LpStatus::Optimal => {}
        }
        let bound = (lp.safe_bound() * vs).min(parent);
        if let Some((j, up, dist)) = branch.filter(|_| parent.is_finite()) {
            let pc = &mut pseudo[j][usize::from(up)];
            pc.0 += (parent - bound).max(0.0) / dist.max(MIN_BRANCH_DISTANCE);
            pc.1 += 1;
        }
        if bound <= cutoff(&out.best) {
            out.open = out.open.max(bound);
            continue;
        }
        // Round down what the relaxation chose: often a plan, and a cheap one to check. A
        // new best plan is polished by the local search.
        let posts: Vec<u32> = (0..n)
            .map(|i| {
                let it = &m.items[i];
                let y = lp.x(cols.y[i]);
                if y >= 1.0 - INTEGRAL_TOL || (it.forced && y >= INTEGRAL_TOL) {
                    let z = cols.z[i].map_or(0.0, |z| lp.x(z));
                    it.lo + ((z + INTEGRAL_TOL).floor().max(0.0) as u32).min(it.hi - it.lo)
                } else {
                    0
                }
            })
            .collect();
        let t = Tally::of(m, &posts);
        if t.feasible(m) && t.value > cutoff(&out.best) {
            let mut better = posts.clone();
            let z = improve(m, &mut better, polish);
            out.best = Some((better, z));
        }
        // Branch where the bound is expected to fall most on both sides (pseudo-costs; a
        // column not yet branched on counts as the average).
        let average = |up: usize| {
            let (sum, k) = pseudo.iter().fold((0.0, 0u32), |(s, k), p| {
                if p[up].1 > 0 {
                    (s + p[up].0 / f64::from(p[up].1), k + 1)
                } else {
                    (s, k)
                }
            });
            if k > 0 {
                sum / f64::from(k)
            } else {
                1.0
            }
        };
        let avg = [average(0), average(1)];
        let cost = |j: usize, up: usize| {
            let p = pseudo[j][up];
            if p.1 > 0 {
                p.0 / f64::from(p.1)
            } else {
                avg[up]
            }
        };
        let mut pick: Option<(usize, f64)> = None;
        for j in 0..width {
            let v = lp.x(j);
            let f = v - v.floor();
            if f <= INTEGRAL_TOL || f >= 1.0 - INTEGRAL_TOL {
                continue;
            }
            let score =
                (f * cost(j, 0)).max(MIN_SIDE_COST) * ((1.0 - f) * cost(j, 1)).max(MIN_SIDE_COST);
            if pick.is_none_or(|(_, best)| score > best) {
                pick = Some((j, score));
            }
        }
        let Some((j, _)) = pick else {
            // A whole-number solution: the rounding above was it. If exact cents disagree
            // with the relaxation's tolerance, this part stays unproven.
            if !(t.feasible(m) && (t.value - lp.objective() * vs).abs() <= LP_AGREEMENT * vs) {
                out.complete = false;
            }
            out.open = out.open.max(bound);
            continue;
        };
        let v = lp.x(j);
        let (lo, hi) = lp.bounds(j);
        let mut down = changes.clone();
        down.push((j, lo, v.floor()));
        if let Some(i) = (j < n).then_some(j) {
            // Not chosen: no posts above the minimum either.
            if let Some(z) = cols.z[i] {
                down.push((z, 0.0, 0.0));
            }
        }
        let mut up = changes;
        up.push((j, v.ceil(), hi));
        let f = v - v.floor();
        let down = Open {
            bound,
            changes: down,
            branch: Some((j, false, f)),
        };
        let up = Open {
            bound,
            changes: up,
            branch: Some((j, true, 1.0 - f)),
        };
        let (near, far) = if f >= 0.5 { (up, down) } else { (down, up) };
        open.push(far);
        next = Some(near);
    }
    out.work.lp = lp.work;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::model::Item;
    use crate::domain::split::testgen::{enumerate, random_items, test_random, ItemDraw};

    #[test]
    fn finds_the_best_plan_and_proves_it_on_random_tight_models() {
        const DRAW: ItemDraw = ItemDraw {
            price_steps: 40,
            max_value: 50,
            platforms: 1,
            extra_posts: 3,
            forced_one_in: 10,
        };
        let mut rnd = test_random(11);
        let (mut with_plan, mut stopped) = (0, 0);
        for _ in 0..400 {
            let n = 2 + rnd(6) as usize;
            let items = random_items(&mut rnd, n, &DRAW);
            let budget = 100 * (5 + rnd(120));
            let band = |rnd: &mut dyn FnMut(u64) -> u64| match rnd(3) {
                0 => Band::ANY,
                1 => Band {
                    min: budget * rnd(50) / 100,
                    max: u64::MAX,
                },
                _ => Band {
                    min: budget * rnd(40) / 100,
                    max: budget * (40 + rnd(60)) / 100,
                },
            };
            let groups = vec![band(&mut rnd), band(&mut rnd)];
            let m = Model {
                items,
                budget,
                groups,
                platforms: vec![Band::ANY],
                min_count: rnd(3) as u32,
                max_count: if rnd(2) == 0 {
                    u32::MAX
                } else {
                    1 + rnd(3) as u32
                },
            };
            let truth = enumerate(&m);
            // A search stopped early still bounds every plan.
            for work in [4_000, 8_000, 16_000, 32_000] {
                let Some(early) = search(
                    &m,
                    None,
                    0.0,
                    Work {
                        lp: work,
                        tree: u64::MAX,
                    },
                    0,
                ) else {
                    continue; // too big for this little work
                };
                stopped += usize::from(!early.complete);
                if let Some(v) = truth {
                    let z = early.best.as_ref().map_or(f64::NEG_INFINITY, |b| b.1);
                    assert!(z.max(early.open) >= v - 1e-6, "{m:?}: bound below {v}");
                }
            }
            // Without the local search the tree alone must find the best plan.
            let out = search(
                &m,
                None,
                0.0,
                Work {
                    lp: u64::MAX,
                    tree: u64::MAX,
                },
                0,
            )
            .expect("small");
            assert!(out.complete, "{m:?}");
            match (truth, &out.best) {
                (None, None) => {}
                (Some(v), Some((posts, z))) => {
                    with_plan += 1;
                    assert!((v - z).abs() < 1e-9, "{m:?}: {z} vs {v}");
                    assert!(Tally::of(&m, posts).feasible(&m));
                    assert!(out.open <= v + 1e-6, "{m:?}: open {} above {v}", out.open);
                }
                (t, b) => panic!("{m:?}: truth {t:?}, search {b:?}"),
            }
        }
        assert!(with_plan > 100, "{with_plan}");
        assert!(stopped > 20, "{stopped} searches stopped early");
    }

    #[test]
    fn a_tree_of_tiny_programs_stops_at_its_bookkeeping_budget_with_a_valid_bound() {
        // Candidates with thousands of posts each and a band between what their posts cost:
        // each node's program has a handful of rows (almost no tableau work), while the tree
        // branches on post counts without end. The fuzzer's case kept 29,000 nodes open and
        // looked through them 174,000 times (79 s under its instrumentation).
        let it = |price: u64, value: f64, group: usize| Item {
            price,
            value,
            group,
            platform: 0,
            lo: 1,
            hi: 5_000,
            forced: false,
        };
        let m = Model {
            items: vec![
                it(7, 3.0, 0),
                it(11, 5.0, 0),
                it(13, 6.0, 1),
                it(17, 8.0, 1),
            ],
            budget: 50_001,
            groups: vec![
                Band {
                    min: 20_003,
                    max: 20_009,
                },
                Band::ANY,
            ],
            platforms: vec![Band::ANY],
            min_count: 3,
            max_count: u32::MAX,
        };
        let unbounded = Work {
            lp: u64::MAX,
            tree: u64::MAX,
        };
        let full = search(&m, None, 0.0, unbounded, 0).expect("small");
        let allowed = Work {
            lp: u64::MAX,
            tree: 2_000,
        };
        let early = search(&m, None, 0.0, allowed, 0).expect("small");
        assert!(
            full.work.tree > allowed.tree,
            "the model must need more bookkeeping than allowed: {:?}",
            full.work
        );
        assert!(!early.complete, "stopped by the budget, so not a proof");
        // Past the budget by at most one node's look through the open nodes.
        assert!(
            early.work.tree <= allowed.tree + early.nodes + 64,
            "{:?}",
            early.work
        );
        assert!(early.nodes < full.nodes);
        // What it leaves open still bounds every plan.
        let best = full
            .best
            .as_ref()
            .map_or(f64::NEG_INFINITY, |b| b.1)
            .max(if full.complete {
                f64::NEG_INFINITY
            } else {
                full.open
            });
        let z = early.best.as_ref().map_or(f64::NEG_INFINITY, |b| b.1);
        assert!(z.max(early.open) >= best - 1e-6, "{early:?} vs {best}");
    }
}
