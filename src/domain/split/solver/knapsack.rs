//! Knapsack tables: a bound closer than the linear one when a few big posts leave it above
//! every plan. The budget and the tier bands are kept as hard constraints; the candidates of
//! tiers without a band are solved exactly by dynamic programming over money, those of
//! banded tiers by their linear relaxation ([`BandedLp`]) or, on an exact grid, by their own
//! tables ([`exact_banded`]).

use super::super::model::Model;
use super::lagrange::{Duals, Scaled};
use super::reach::gcd;

/// Posts for some items: (item, posts).
pub(super) type Seeds = Vec<(usize, u32)>;

/// An item of a tier without a band: its index, whether it is forced, and its options
/// (posts, cents, value).
type FreeItem = (usize, bool, Vec<(u32, u64, f64)>);

/// An upper bound that keeps the budget and the tier bands as hard constraints and every
/// post whole where it matters most. Platform bands and creator counts are relaxed with the
/// multipliers `d` (the budget's and the tiers' are not used). The candidates of tiers
/// without a band are solved exactly by dynamic programming over money (prices rounded down
/// to a grid of at most `max_work / options` steps, which only loosens the budget); those of
/// banded tiers by the linear relaxation with their bands, whose value for each amount of
/// money left is a concave function built once. The bound is the best split of the budget
/// between the two. With the bound come the free tiers' posts at that best split, when
/// they were small enough to keep (a start for a plan). `None` when the grid would be too
/// coarse to help.
pub(super) fn knapsack_bound(
    s: &Scaled,
    d: &Duals,
    max_work: usize,
) -> Option<(f64, Option<Seeds>)> {
    let m = s.m;
    let mut d0 = d.clone();
    d0.budget = 0.0;
    d0.group_max.iter_mut().for_each(|x| *x = 0.0);
    d0.group_min.iter_mut().for_each(|x| *x = 0.0);
    let (r, c) = s.reduced(&d0);
    let mut constant = d0.count_max * s.count_max - d0.count_min * s.count_min;
    for j in 0..m.platforms.len() {
        constant += d0.platform_max[j] * s.platform_max[j] - d0.platform_min[j] * s.platform_min[j];
    }
    let banded: Vec<bool> = s.group_rows.iter().map(|&(up, low)| up || low).collect();
    // Free tiers: each item's options worth having, (cents, value); a forced item must
    // take one.
    let mut items: Vec<FreeItem> = Vec::new();
    let mut options = 0usize;
    for (i, it) in m
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| !banded[it.group])
    {
        let opts: Vec<(u32, u64, f64)> = (it.lo..=it.hi)
            .map(|k| {
                let w = it.price.saturating_mul(u64::from(k));
                (k, w, f64::from(k) * r[i] + c)
            })
            .filter(|&(_, _, v)| it.forced || v > 0.0)
            .collect();
        if !opts.is_empty() {
            options += opts.len();
            items.push((i, it.forced, opts));
        }
    }
    let lp = BandedLp::new(s, &r, c, &banded)?;
    let cells = (max_work / options.max(1)).min(1 << 22);
    if cells < 256 {
        return None;
    }
    // The grid: exact when the prices share a step that fits, else rounded down. (The step
    // of every price, banded tiers' too, so they can be solved exactly on the same grid.)
    let step = m
        .items
        .iter()
        .fold(m.budget, |a, it| gcd(a, it.price))
        .max(1);
    let unit = step.max(m.budget.div_ceil(cells as u64 - 1)).max(1);
    let cap = usize::try_from(m.budget / unit).ok()?;
    // best[x]: the most the free items so far are worth within x grid steps; `choice`
    // remembers each item's option at each x (0: none), to read a plan back when small.
    let keep = items.len().saturating_mul(cap + 1) <= 24_000_000;
    let mut choice: Vec<u8> = if keep {
        vec![0; items.len() * (cap + 1)]
    } else {
        Vec::new()
    };
    let mut best = vec![0.0f64; cap + 1];
    let mut next = vec![0.0f64; cap + 1];
    let grid = |w: u64| usize::try_from(w / unit).unwrap_or(usize::MAX);
    for (j, (_, forced, opts)) in items.iter().enumerate() {
        for x in 0..=cap {
            let mut v = if *forced { f64::NEG_INFINITY } else { best[x] };
            let mut pick = 0u8;
            for (o, &(_, w, value)) in opts.iter().enumerate() {
                let w = grid(w);
                if w <= x && best[x - w] + value > v {
                    v = best[x - w] + value;
                    pick = u8::try_from(o + 1).unwrap_or(0);
                }
            }
            next[x] = v;
            if keep {
                choice[j * (cap + 1) + x] = pick;
            }
        }
        std::mem::swap(&mut best, &mut next);
    }
    let exact = exact_banded(m, &r, c, &banded, &best, unit, cap);
    // A plan spending S on free tiers has grid weight at most x = S / unit there, and at
    // most the budget less x units for the banded tiers.
    let b = m.budget as f64;
    let (at, top) = (0..=cap)
        .map(|x| (x, best[x] + lp.value(1.0 - (x as u64 * unit) as f64 / b)))
        .fold((0, f64::NEG_INFINITY), |a, t| if t.1 > a.1 { t } else { a });
    if !top.is_finite() {
        return None;
    }
    // The free tiers' posts within x grid steps, read back.
    let free_posts = |mut x: usize| {
        let mut out = Vec::new();
        for (j, (i, _, opts)) in items.iter().enumerate().rev() {
            let pick = usize::from(choice[j * (cap + 1) + x]);
            if let Some(&(k, w, _)) = pick.checked_sub(1).and_then(|o| opts.get(o)) {
                out.push((*i, k));
                x -= grid(w);
            }
        }
        out
    };
    // The posts of the best relaxed plan: the exact one when there is one.
    let seeds = keep.then(|| match &exact {
        Some((_, banded_posts, x)) => banded_posts.iter().copied().chain(free_posts(*x)).collect(),
        None => free_posts(at),
    });
    let top = exact.map_or(top, |(e, _, _)| e.min(top));
    Some(((top + constant).max(0.0) * s.value_scale, seeds))
}

/// With a grid on which every price and the budget fall exactly, and a small one, the
/// banded tiers are solved exactly too: each tier's best value for each exact spend within
/// its band (dynamic programming over its candidates), combined with the free tiers' table
/// by max-plus convolution. The value of the relaxation with every tier band kept (in the
/// solver's units, before the constant), with the banded tiers' posts of that best plan and
/// the grid steps it leaves the free tiers; `None` when the grid does not allow it.
#[allow(clippy::too_many_arguments)]
fn exact_banded(
    m: &Model,
    r: &[f64],
    c: f64,
    banded: &[bool],
    free: &[f64],
    unit: u64,
    cap: usize,
) -> Option<(f64, Seeds, usize)> {
    /// Table cells filled, at most: a few hundred milliseconds in the browser.
    const MAX_WORK: usize = 60_000_000;
    let step = m.items.iter().fold(m.budget, |a, it| gcd(a, it.price));
    if unit != step || !banded.iter().any(|b| *b) {
        return None;
    }
    let units = |cents: u64| usize::try_from(cents / unit).unwrap_or(usize::MAX);
    let work: usize = banded
        .iter()
        .enumerate()
        .filter(|(_, b)| **b)
        .map(|(g, _)| {
            let band = m.groups[g];
            let width = units(band.max).min(cap) - units(band.min).min(cap) + 1;
            let options: usize = m
                .items
                .iter()
                .filter(|it| it.group == g)
                .map(|it| (it.hi - it.lo + 1) as usize)
                .sum();
            (cap + 1).saturating_mul(width + options)
        })
        .sum();
    if work > MAX_WORK {
        return None;
    }
    let mut acc = free.to_vec();
    // Per banded tier: its candidates, their option picked at each exact spend, and the
    // tier's spend picked at each total (to read the plan back).
    let mut tiers: Vec<(Vec<usize>, Vec<u8>, Vec<usize>)> = Vec::new();
    for (g, _) in banded.iter().enumerate().filter(|(_, b)| **b) {
        let members: Vec<usize> = (0..m.items.len())
            .filter(|&i| m.items[i].group == g)
            .collect();
        let mut picks = vec![0u8; members.len() * (cap + 1)];
        // Exact spend: the most the tier's candidates are worth spending exactly x units.
        let mut exact = vec![f64::NEG_INFINITY; cap + 1];
        exact[0] = 0.0;
        let mut next = vec![f64::NEG_INFINITY; cap + 1];
        for (j, &i) in members.iter().enumerate() {
            let it = &m.items[i];
            let opts: Vec<(usize, f64)> = (it.lo..=it.hi)
                .map(|k| (units(it.price * u64::from(k)), f64::from(k) * r[i] + c))
                .collect();
            for x in 0..=cap {
                let mut v = if it.forced {
                    f64::NEG_INFINITY
                } else {
                    exact[x]
                };
                let mut pick = 0u8;
                for (o, &(w, value)) in opts.iter().enumerate() {
                    if w <= x && exact[x - w] > f64::NEG_INFINITY && exact[x - w] + value > v {
                        v = exact[x - w] + value;
                        pick = u8::try_from(o + 1).unwrap_or(0);
                    }
                }
                next[x] = v;
                picks[j * (cap + 1) + x] = pick;
            }
            std::mem::swap(&mut exact, &mut next);
        }
        let band = m.groups[g];
        let lo = usize::try_from(band.min.div_ceil(unit)).unwrap_or(usize::MAX);
        let hi = units(band.max).min(cap);
        let mut out = vec![f64::NEG_INFINITY; cap + 1];
        let mut spent = vec![0usize; cap + 1];
        for x in 0..=cap {
            for xg in lo..=hi.min(x) {
                if exact[xg] > f64::NEG_INFINITY
                    && acc[x - xg] > f64::NEG_INFINITY
                    && acc[x - xg] + exact[xg] > out[x]
                {
                    out[x] = acc[x - xg] + exact[xg];
                    spent[x] = xg;
                }
            }
        }
        acc = out;
        tiers.push((members, picks, spent));
    }
    let top = acc[cap];
    if !top.is_finite() {
        return None;
    }
    // Read the banded tiers' posts back, last tier first.
    let mut seeds = Vec::new();
    let mut x = cap;
    for (members, picks, spent) in tiers.iter().rev() {
        let mut xg = spent[x];
        x -= xg;
        for (j, &i) in members.iter().enumerate().rev() {
            let it = &m.items[i];
            let pick = usize::from(picks[j * (cap + 1) + xg]);
            if pick > 0 {
                let k = it.lo + u32::try_from(pick - 1).unwrap_or(0);
                seeds.push((i, k));
                xg -= units(it.price * u64::from(k));
            }
        }
    }
    Some((top, seeds, x))
}

/// The linear relaxation of the banded tiers alone, as a function of the money they may
/// spend (a fraction of the budget): concave, so it is kept as the spend and value every
/// tier must reach for its minimum, then the pieces above it by falling efficiency.
struct BandedLp {
    base_spend: f64,
    base_value: f64,
    /// (cumulative spend, cumulative value) after each piece bought in order.
    pieces: Vec<(f64, f64)>,
}

impl BandedLp {
    /// `None` when a tier's band cannot be met at all (no bound from here).
    fn new(s: &Scaled, r: &[f64], c: f64, banded: &[bool]) -> Option<BandedLp> {
        let m = s.m;
        let mut base_spend = 0.0;
        let mut base_value = 0.0;
        let mut extra: Vec<(f64, f64)> = Vec::new(); // (slope, length)
        for (g, _) in banded.iter().enumerate().filter(|(_, b)| **b) {
            // Each item as segments of its concave hull over spend, forced parts fixed.
            let mut fixed = (0.0, 0.0);
            let mut segs: Vec<(f64, f64)> = Vec::new();
            for (i, it) in m.items.iter().enumerate().filter(|(_, it)| it.group == g) {
                let p = s.price[i];
                let (lo, hi) = (f64::from(it.lo), f64::from(it.hi));
                if it.forced {
                    fixed.0 += lo * p;
                    fixed.1 += lo * r[i] + c;
                    if hi > lo {
                        segs.push((r[i] / p, (hi - lo) * p));
                    }
                } else {
                    // Points (0, 0), (lo·p, lo·r + c), (hi·p, hi·r + c): the first segment,
                    // then the rest if it bends down.
                    let first = (lo * r[i] + c) / (lo * p);
                    let per_post = r[i] / p;
                    if hi > lo && per_post > first {
                        // It bends up: the hull is the straight line to the top point.
                        segs.push(((hi * r[i] + c) / (hi * p), hi * p));
                    } else {
                        segs.push((first, lo * p));
                        if hi > lo {
                            segs.push((per_post, (hi - lo) * p));
                        }
                    }
                }
            }
            segs.sort_by(|a, b| b.0.total_cmp(&a.0));
            let total: f64 = fixed.0 + segs.iter().map(|x| x.1).sum::<f64>();
            let (lo_g, hi_g) = (s.group_min[g].max(fixed.0), s.group_max[g].min(total));
            if lo_g > hi_g + 1e-12 {
                return None;
            }
            // Reach the minimum with the best pieces, keep the rest for later.
            let (mut spend, mut value) = fixed;
            let mut rest = Vec::new();
            for (slope, len) in segs {
                let take = (lo_g - spend).clamp(0.0, len);
                spend += take;
                value += take * slope;
                if len - take > 0.0 && slope > 0.0 {
                    rest.push((slope, len - take));
                }
            }
            // Above the minimum, at most up to the tier's maximum.
            let mut room = hi_g - spend;
            for (slope, len) in rest {
                let take = len.min(room.max(0.0));
                if take > 0.0 {
                    extra.push((slope, take));
                    room -= take;
                }
            }
            base_spend += spend;
            base_value += value;
        }
        extra.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut pieces = Vec::with_capacity(extra.len());
        let (mut at, mut v) = (0.0, 0.0);
        for (slope, len) in extra {
            at += len;
            v += slope * len;
            pieces.push((at, v));
        }
        Some(BandedLp {
            base_spend,
            base_value,
            pieces,
        })
    }

    /// The most the banded tiers are worth with `money` to spend (−∞ below their minimums).
    fn value(&self, money: f64) -> f64 {
        let extra = money - self.base_spend;
        if extra < -1e-12 {
            return f64::NEG_INFINITY;
        }
        // The last piece fully bought, then part of the next.
        let k = self.pieces.partition_point(|&(at, _)| at <= extra);
        let (at, v) = if k == 0 {
            (0.0, 0.0)
        } else {
            self.pieces[k - 1]
        };
        let part = self.pieces.get(k).map_or(0.0, |&(next_at, next_v)| {
            (extra - at).max(0.0) * (next_v - v) / (next_at - at)
        });
        self.base_value + v + part
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::model::{Band, Item};
    use crate::domain::split::testgen::{enumerate, item, model, plan_of, test_random};

    #[test]
    fn the_knapsack_bound_is_never_below_the_best_plan() {
        // Random small models and random multipliers: any multipliers give a valid bound,
        // on the exact grid and on a coarse (rounded-down) one.
        let mut next = test_random(0x2545_F491_4F6C_DD1D);
        for _ in 0..400 {
            let n = 2 + next(5) as usize;
            let items: Vec<Item> = (0..n)
                .map(|_| {
                    let lo = 1 + next(2) as u32;
                    Item {
                        price: 100 + next(40) * 37,
                        value: next(1000) as f64,
                        group: next(2) as usize,
                        platform: next(2) as usize,
                        lo,
                        hi: lo + next(3) as u32,
                        forced: next(9) == 0,
                    }
                })
                .collect();
            let budget = 200 + next(3000);
            // Half the models have the budget as their only constraint.
            let plain = next(2) == 0;
            let mut band = || {
                if plain {
                    Band::ANY
                } else {
                    Band {
                        min: next(budget / 2 + 1),
                        max: budget / 3 + next(budget),
                    }
                }
            };
            let (g0, g1, p0) = (band(), band(), band());
            let (min_count, max_count) = if plain {
                (0, u32::MAX)
            } else {
                (next(3) as u32, 1 + next(5) as u32)
            };
            let m = Model {
                groups: vec![g0, g1],
                platforms: vec![p0, Band::ANY],
                min_count,
                max_count,
                items,
                budget,
            };
            let Some(best) = enumerate(&m) else {
                continue;
            };
            let s = Scaled::new(&m);
            let valid =
                |kb: f64| assert!(kb >= best - 1e-6 * best.max(1.0), "{kb} < {best} for {m:?}");
            // Without multipliers: valid on a coarse grid, and exact on the exact grid when
            // the budget is the only constraint.
            let zero = s.zero_duals();
            if let Some((kb, _)) = knapsack_bound(&s, &zero, 8_000) {
                valid(kb);
            }
            let kb = knapsack_bound(&s, &zero, 100_000_000)
                .expect("a fine grid")
                .0;
            valid(kb);
            if plain {
                assert!(
                    (kb - best).abs() <= 1e-6 * best.max(1.0),
                    "{kb} ≠ {best} for {m:?}"
                );
            }
            let mut d = zero;
            let mut r = || next(1000) as f64 / 20_000.0;
            d.group_max = vec![r(), r()];
            d.group_min = vec![r(), r()];
            d.platform_max = vec![r(), r()];
            d.platform_min = vec![r(), r()];
            d.count_min = r();
            d.count_max = r();
            for work in [100_000_000, 8_000] {
                if let Some((kb, _)) = knapsack_bound(&s, &d, work) {
                    valid(kb);
                }
            }
            // Keeping the budget and the tier bands can only tighten the relaxation that
            // prices the budget and ignores the bands: on the exact grid the bound is never
            // above that Lagrangian's, whatever its budget price.
            let kb = knapsack_bound(&s, &d, 100_000_000).expect("a fine grid").0;
            d.group_max.iter_mut().for_each(|x| *x = 0.0);
            d.group_min.iter_mut().for_each(|x| *x = 0.0);
            for price in [0.0, 0.3, 1.0, 4.0] {
                d.budget = price;
                let lagrangian = s.relax(&d).bound * s.value_scale;
                assert!(
                    kb <= lagrangian + 1e-6 * lagrangian.abs().max(1.0),
                    "{kb} > {lagrangian}"
                );
            }
        }
    }

    #[test]
    fn the_knapsack_bound_closes_the_gap_big_posts_leave() {
        // One big post worth a lot per cent beside many small ones: the linear bound counts
        // a fraction of the big post, no plan can.
        let mut items = vec![Item {
            price: 60_000,
            value: 1_000.0,
            group: 0,
            platform: 0,
            lo: 1,
            hi: 1,
            forced: false,
        }];
        items.extend((0..30).map(|i| item(1_000 + 10 * i, 12.0, 0)));
        let m = model(items, 100_000, vec![Band::ANY]);
        let s = Scaled::new(&m);
        let kb = knapsack_bound(&s, &s.zero_duals(), 10_000_000)
            .expect("a bound")
            .0;
        let best = enumerate_greedy_free(&m);
        assert!((kb - best).abs() < 1e-6, "{kb} vs {best}");
        let solved = plan_of(&m);
        assert!(solved.proven);
        assert!((solved.objective - best).abs() < 1e-6);
    }

    /// The budget-only optimum of the model above, by trying the big post in and out.
    fn enumerate_greedy_free(m: &Model) -> f64 {
        let small = &m.items[1..];
        let fill = |mut room: u64| -> f64 {
            // Small posts all have value 12; the cheapest first is optimal.
            let mut prices: Vec<u64> = small
                .iter()
                .flat_map(|it| std::iter::repeat_n(it.price, it.hi as usize))
                .collect();
            prices.sort_unstable();
            let mut v = 0.0;
            for p in prices {
                if p <= room {
                    room -= p;
                    v += 12.0;
                }
            }
            v
        };
        let big = &m.items[0];
        fill(m.budget).max(big.value + fill(m.budget - big.price))
    }
}
