//! Lagrangian pricing: the coupling rows (budget, bands, creator counts) moved into the
//! objective with multipliers ([`Duals`]), so that each candidate is decided on its own and
//! the result bounds every plan ([`Scaled::relax`]); projected subgradient steps tune the
//! multipliers ([`Scaled::step`]). The model is taken in the solver's units ([`Scaled`]):
//! money as a fraction of the budget, values scaled so the budget-only bound is about 1.

use std::cell::OnceCell;

use super::super::model::{Band, Item, Model};
use super::ranked::{by_key_high_first, high_first, MinTree};

/// A subgradient whose squared length is at most this is flat: no step is taken.
const FLAT_GRADIENT: f64 = 1e-18;
/// The least gap between the bound and the target a step is sized for, so that a bound
/// already at the target still moves the multipliers.
const MIN_STEP_GAP: f64 = 1e-9;

/// The multipliers: budget, group and platform upper/lower rows, creator-count rows.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Duals {
    pub(super) budget: f64,
    pub(super) group_max: Vec<f64>,
    pub(super) group_min: Vec<f64>,
    pub(super) platform_max: Vec<f64>,
    pub(super) platform_min: Vec<f64>,
    pub(super) count_min: f64,
    pub(super) count_max: f64,
}

/// The model in the solver's units: money as a fraction of the budget, values scaled so the
/// budget-only bound is about 1, counts as a fraction of the count scale.
pub(super) struct Scaled<'a> {
    pub(super) m: &'a Model,
    pub(super) price: Vec<f64>,
    pub(super) value: Vec<f64>,
    pub(super) value_scale: f64,
    pub(super) group_min: Vec<f64>,
    pub(super) group_max: Vec<f64>,
    pub(super) platform_min: Vec<f64>,
    pub(super) platform_max: Vec<f64>,
    /// Which rows can bind (a band of 0..budget never does).
    pub(super) group_rows: Vec<(bool, bool)>,
    pub(super) platform_rows: Vec<(bool, bool)>,
    pub(super) count_unit: f64,
    pub(super) count_min: f64,
    pub(super) count_max: f64,
    pub(super) count_rows: (bool, bool),
    /// The plain value-per-cent order, made when first needed.
    plain: OnceCell<Plain>,
}

/// Every item in plain value-per-cent order (scaled value over scaled price, best first,
/// the lower index on a tie), the same for every multiplier.
pub(super) struct Plain {
    pub(super) order: Vec<usize>,
    /// The items worth something per post: the first `positive` of the order.
    pub(super) positive: usize,
    /// The cost of each item's fewest posts, by position in the order.
    pub(super) entry: MinTree,
    /// Each item's position in the order.
    pub(super) position: Vec<usize>,
    /// The price of the cheapest post of all (`u64::MAX` without items).
    pub(super) cheapest_post: u64,
    /// The forced items, in index order.
    pub(super) forced: Vec<usize>,
    /// The (group, platform) cells with items, in order.
    cells: Vec<(usize, usize)>,
}

/// One evaluation of the relaxation.
pub(super) struct Relaxed {
    pub(super) bound: f64,
    pub(super) spend: f64,
    pub(super) groups: Vec<f64>,
    pub(super) platforms: Vec<f64>,
    pub(super) count: f64,
}

impl<'a> Scaled<'a> {
    pub(super) fn new(m: &'a Model) -> Scaled<'a> {
        let b = m.budget.max(1) as f64;
        let price: Vec<f64> = m.items.iter().map(|it| it.price as f64 / b).collect();
        // The fractional knapsack over the budget alone: the value scale. (It stops when the
        // budget is full: the order is sorted only as far as it is read.)
        let mut order = by_key_high_first(m.items.len(), |a| m.items[a].value / price[a]);
        let mut room = 1.0;
        let mut bound = 0.0;
        for i in (0..).map_while(|k| order.get(k).map(|(_, i)| i)) {
            let it = &m.items[i];
            let take = (price[i] * f64::from(it.hi)).min(room);
            bound += take / price[i] * it.value;
            room -= take;
            if room <= 0.0 {
                break;
            }
        }
        let value_scale = if bound > 0.0 { bound } else { 1.0 };
        let frac = |c: u64| (c as f64 / b).min(1e6);
        let rows = |bands: &[Band]| -> Vec<(bool, bool)> {
            bands
                .iter()
                .map(|band| (band.max < m.budget, band.min > 0))
                .collect()
        };
        let n = m.items.len() as u32;
        let count_unit = f64::from(m.min_count.max(1));
        Scaled {
            price,
            value: m.items.iter().map(|it| it.value / value_scale).collect(),
            value_scale,
            group_min: m.groups.iter().map(|g| frac(g.min)).collect(),
            group_max: m.groups.iter().map(|g| frac(g.max)).collect(),
            platform_min: m.platforms.iter().map(|g| frac(g.min)).collect(),
            platform_max: m.platforms.iter().map(|g| frac(g.max)).collect(),
            group_rows: rows(&m.groups),
            platform_rows: rows(&m.platforms),
            count_unit,
            count_min: f64::from(m.min_count) / count_unit,
            count_max: f64::from(m.max_count.min(n)) / count_unit,
            count_rows: (m.max_count < n, m.min_count > 0),
            plain: OnceCell::new(),
            m,
        }
    }

    /// The plain value-per-cent order ([`Plain`]).
    pub(super) fn plain(&self) -> &Plain {
        self.plain.get_or_init(|| {
            let mut keyed: Vec<(f64, usize)> = (0..self.m.items.len())
                .map(|i| (self.value[i] / self.price[i], i))
                .collect();
            keyed.sort_unstable_by(high_first);
            let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
            let items = &self.m.items;
            let mut position = vec![0; order.len()];
            for (k, &i) in order.iter().enumerate() {
                position[i] = k;
            }
            let costs: Vec<u64> = order
                .iter()
                .map(|&i| items[i].price.saturating_mul(u64::from(items[i].lo)))
                .collect();
            Plain {
                positive: order.partition_point(|&i| self.value[i] > 0.0),
                cheapest_post: items.iter().map(|it| it.price).min().unwrap_or(u64::MAX),
                forced: (0..items.len()).filter(|&i| items[i].forced).collect(),
                cells: {
                    let (g, p) = (self.m.groups.len(), self.m.platforms.len());
                    let mut any = vec![false; g * p];
                    items
                        .iter()
                        .for_each(|it| any[it.group * p + it.platform] = true);
                    (0..g * p)
                        .filter(|&x| any[x])
                        .map(|x| (x / p, x % p))
                        .collect()
                },
                entry: MinTree::new(&costs),
                position,
                order,
            }
        })
    }

    /// Some candidate is in a tier without a band.
    pub(super) fn some_free_tier(&self) -> bool {
        self.m
            .items
            .iter()
            .any(|it| self.group_rows[it.group] == (false, false))
    }

    pub(super) fn zero_duals(&self) -> Duals {
        Duals {
            budget: 0.0,
            group_max: vec![0.0; self.m.groups.len()],
            group_min: vec![0.0; self.m.groups.len()],
            platform_max: vec![0.0; self.m.platforms.len()],
            platform_min: vec![0.0; self.m.platforms.len()],
            count_min: 0.0,
            count_max: 0.0,
        }
    }

    /// The net price multiplier of each group and platform.
    fn nets(d: &Duals) -> (Vec<f64>, Vec<f64>) {
        (
            d.group_max
                .iter()
                .zip(&d.group_min)
                .map(|(a, b)| d.budget + a - b)
                .collect(),
            d.platform_max
                .iter()
                .zip(&d.platform_min)
                .map(|(a, b)| a - b)
                .collect(),
        )
    }

    /// Per post reduced value of each item, and the count term of choosing one.
    pub(super) fn reduced(&self, d: &Duals) -> (Vec<f64>, f64) {
        let (g, p) = Self::nets(d);
        let r = self
            .m
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| self.value[i] - (g[it.group] + p[it.platform]) * self.price[i])
            .collect();
        (r, (d.count_min - d.count_max) / self.count_unit)
    }

    /// An item's best option against the multipliers: (posts, Lagrangian value).
    pub(super) fn best_option(it: &Item, r: f64, c: f64) -> (u32, f64) {
        let k = if r > 0.0 { it.hi } else { it.lo };
        let v = f64::from(k) * r + c;
        if !it.forced && v <= 0.0 {
            (0, 0.0)
        } else {
            (k, v)
        }
    }

    pub(super) fn relax(&self, d: &Duals) -> Relaxed {
        let (g, p) = Self::nets(d);
        let c = (d.count_min - d.count_max) / self.count_unit;
        let mut out = Relaxed {
            bound: 0.0,
            spend: 0.0,
            groups: vec![0.0; self.m.groups.len()],
            platforms: vec![0.0; self.m.platforms.len()],
            count: 0.0,
        };
        let mut add = |i: usize, it: &Item| {
            let r = self.value[i] - (g[it.group] + p[it.platform]) * self.price[i];
            let (k, v) = Self::best_option(it, r, c);
            if k > 0 {
                let s = f64::from(k) * self.price[i];
                out.bound += v;
                out.spend += s;
                out.groups[it.group] += s;
                out.platforms[it.platform] += s;
                out.count += 1.0;
            }
        };
        match self.contributors(&g, &p, c) {
            Some(few) => few.iter().for_each(|&i| add(i, &self.m.items[i])),
            None => self
                .m
                .items
                .iter()
                .enumerate()
                .for_each(|(i, it)| add(i, it)),
        }
        out.bound += d.budget;
        for j in 0..self.m.groups.len() {
            out.bound += d.group_max[j] * self.group_max[j] - d.group_min[j] * self.group_min[j];
        }
        for j in 0..self.m.platforms.len() {
            out.bound +=
                d.platform_max[j] * self.platform_max[j] - d.platform_min[j] * self.platform_min[j];
        }
        out.bound += d.count_max * self.count_max - d.count_min * self.count_min;
        out.count /= self.count_unit;
        out
    }

    /// The items that may take posts in the relaxation with the net multipliers `g` and `p`
    /// and the count term `c`, in index order (so that the relaxation's sums are added as
    /// over every item: the others add nothing); `None` when they are not few or cannot be
    /// told apart cheaply.
    ///
    /// With `c <= 0` an item that is not forced takes posts only if its reduced value per
    /// post `value − net·price` is above 0, i.e. if its value per cent is above its cell's
    /// net multiplier. Those are at the head of the plain order: the items whose value per
    /// cent (as rounded) is below `net·(1 − 1e-12)` have a reduced value below 0 whatever the
    /// rounding (which is within a few parts in 1e16), so they are left out. A net below
    /// 1e-200 (or not a number) is not told apart (rounding near underflow is not relative).
    fn contributors(&self, g: &[f64], p: &[f64], c: f64) -> Option<Vec<usize>> {
        /// Past this share of the items, the walk over all of them is as quick.
        const FEW: usize = 8;
        if c > 0.0 || self.m.items.is_empty() {
            return None;
        }
        let plain = self.plain();
        let mut floor = vec![0.0f64; g.len() * p.len()];
        let mut lowest = f64::INFINITY;
        for &(x, y) in &plain.cells {
            let net = g[x] + p[y];
            if net.is_nan() || net < 1e-200 {
                return None;
            }
            let f = net * (1.0 - 1e-12);
            floor[x * p.len() + y] = f;
            lowest = lowest.min(f);
        }
        let head = plain
            .order
            .partition_point(|&i| self.value[i] / self.price[i] >= lowest);
        if head > self.m.items.len() / FEW {
            return None;
        }
        let mut few: Vec<usize> = plain.order[..head]
            .iter()
            .copied()
            .filter(|&i| {
                let it = &self.m.items[i];
                self.value[i] / self.price[i] >= floor[it.group * p.len() + it.platform]
            })
            .chain(plain.forced.iter().copied())
            .collect();
        few.sort_unstable();
        few.dedup();
        Some(few)
    }

    /// One projected subgradient step of length `theta * (bound - target) / |g|^2`.
    pub(super) fn step(&self, d: &mut Duals, r: &Relaxed, target: f64, theta: f64) -> bool {
        // Subgradient of the bound (it decreases along minus this).
        let mut grads: Vec<(f64, f64)> = Vec::new(); // (current value, gradient)
        let mut push = |active: bool, value: f64, grad: f64| {
            if active && !(value <= 0.0 && grad > 0.0) {
                grads.push((value, grad));
            }
        };
        push(true, d.budget, 1.0 - r.spend);
        for j in 0..self.m.groups.len() {
            let (up, low) = self.group_rows[j];
            push(up, d.group_max[j], self.group_max[j] - r.groups[j]);
            push(low, d.group_min[j], r.groups[j] - self.group_min[j]);
        }
        for j in 0..self.m.platforms.len() {
            let (up, low) = self.platform_rows[j];
            push(up, d.platform_max[j], self.platform_max[j] - r.platforms[j]);
            push(
                low,
                d.platform_min[j],
                r.platforms[j] - self.platform_min[j],
            );
        }
        push(self.count_rows.0, d.count_max, self.count_max - r.count);
        push(self.count_rows.1, d.count_min, r.count - self.count_min);
        let norm: f64 = grads.iter().map(|(_, g)| g * g).sum();
        if norm <= FLAT_GRADIENT {
            return false;
        }
        let s = theta * (r.bound - target).max(MIN_STEP_GAP) / norm;
        let mv = |x: &mut f64, g: f64| *x = (*x - s * g).max(0.0);
        mv(&mut d.budget, 1.0 - r.spend);
        for j in 0..self.m.groups.len() {
            let (up, low) = self.group_rows[j];
            if up {
                mv(&mut d.group_max[j], self.group_max[j] - r.groups[j]);
            }
            if low {
                mv(&mut d.group_min[j], r.groups[j] - self.group_min[j]);
            }
        }
        for j in 0..self.m.platforms.len() {
            let (up, low) = self.platform_rows[j];
            if up {
                mv(
                    &mut d.platform_max[j],
                    self.platform_max[j] - r.platforms[j],
                );
            }
            if low {
                mv(
                    &mut d.platform_min[j],
                    r.platforms[j] - self.platform_min[j],
                );
            }
        }
        if self.count_rows.0 {
            mv(&mut d.count_max, self.count_max - r.count);
        }
        if self.count_rows.1 {
            mv(&mut d.count_min, r.count - self.count_min);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::{
        enumerate, model, random_items, random_model, test_random, ItemDraw, SMALL,
    };

    #[test]
    fn any_multipliers_bound_every_plan_and_steps_keep_them_at_zero_or_more() {
        let mut rnd = test_random(21);
        let mut checked = 0;
        for _ in 0..600 {
            let m = random_model(&mut rnd, &SMALL);
            let Some(best) = enumerate(&m) else {
                continue;
            };
            checked += 1;
            let s = Scaled::new(&m);
            let mut d = s.zero_duals();
            let x = |rnd: &mut dyn FnMut(u64) -> u64| rnd(1000) as f64 / 400.0;
            d.budget = x(&mut rnd);
            d.group_max = vec![x(&mut rnd), x(&mut rnd)];
            d.group_min = vec![x(&mut rnd), x(&mut rnd)];
            d.platform_max = vec![x(&mut rnd), 0.0];
            d.platform_min = vec![x(&mut rnd), 0.0];
            d.count_min = x(&mut rnd);
            d.count_max = x(&mut rnd);
            for _ in 0..20 {
                let r = s.relax(&d);
                let bound = r.bound * s.value_scale;
                assert!(
                    bound >= best - 1e-6 * best.max(1.0),
                    "{bound} < {best}: {m:?}"
                );
                if !s.step(&mut d, &r, best / s.value_scale, 1.0) {
                    break;
                }
                let all = [d.budget, d.count_min, d.count_max]
                    .into_iter()
                    .chain(d.group_max.iter().copied())
                    .chain(d.group_min.iter().copied())
                    .chain(d.platform_max.iter().copied())
                    .chain(d.platform_min.iter().copied());
                assert!(all.into_iter().all(|v| v >= 0.0), "{d:?}");
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// The relaxation summed over every item, as it was before [`Scaled::contributors`].
    fn relax_over_all(s: &Scaled, d: &Duals) -> Vec<u64> {
        let (g, p) = Scaled::nets(d);
        let c = (d.count_min - d.count_max) / s.count_unit;
        let (mut bound, mut spend, mut count) = (0.0, 0.0, 0.0);
        let mut groups = vec![0.0; s.m.groups.len()];
        let mut platforms = vec![0.0; s.m.platforms.len()];
        for (i, it) in s.m.items.iter().enumerate() {
            let r = s.value[i] - (g[it.group] + p[it.platform]) * s.price[i];
            let (k, v) = Scaled::best_option(it, r, c);
            if k > 0 {
                let x = f64::from(k) * s.price[i];
                bound += v;
                spend += x;
                groups[it.group] += x;
                platforms[it.platform] += x;
                count += 1.0;
            }
        }
        bound += d.budget;
        for j in 0..s.m.groups.len() {
            bound += d.group_max[j] * s.group_max[j] - d.group_min[j] * s.group_min[j];
        }
        for j in 0..s.m.platforms.len() {
            bound += d.platform_max[j] * s.platform_max[j] - d.platform_min[j] * s.platform_min[j];
        }
        bound += d.count_max * s.count_max - d.count_min * s.count_min;
        [bound, spend, count / s.count_unit]
            .into_iter()
            .chain(groups)
            .chain(platforms)
            .map(f64::to_bits)
            .collect()
    }

    #[test]
    fn the_relaxation_over_the_few_items_that_can_take_posts_is_the_one_over_all() {
        const DRAW: ItemDraw = ItemDraw {
            price_steps: 40,
            max_value: 1_000,
            platforms: 2,
            extra_posts: 3,
            forced_one_in: 60,
        };
        let mut rnd = test_random(22);
        let (mut few, mut steps) = (0, 0);
        for round in 0..40 {
            let n = 200 + rnd(800) as usize;
            let mut m = model(
                random_items(&mut rnd, n, &DRAW),
                100 * (50 + rnd(400)),
                vec![],
            );
            m.groups = vec![Band::ANY, Band::ANY];
            m.platforms = vec![Band::ANY, Band::ANY];
            // Bands and counts on some: their multipliers move the nets apart (or below 0).
            if round % 3 == 1 {
                m.groups[1] = Band {
                    min: m.budget / 4,
                    max: m.budget / 2,
                };
                m.platforms[0].max = m.budget / 3;
            }
            if round % 4 == 2 {
                m.min_count = 3;
                m.max_count = 12;
            }
            let s = Scaled::new(&m);
            let mut d = s.zero_duals();
            d.budget = 0.5 + rnd(100) as f64 / 20.0;
            for _ in 0..60 {
                let (g, p) = Scaled::nets(&d);
                let c = (d.count_min - d.count_max) / s.count_unit;
                few += usize::from(s.contributors(&g, &p, c).is_some());
                steps += 1;
                let r = s.relax(&d);
                let got: Vec<u64> = [r.bound, r.spend, r.count]
                    .into_iter()
                    .chain(r.groups.iter().copied())
                    .chain(r.platforms.iter().copied())
                    .map(f64::to_bits)
                    .collect();
                assert_eq!(got, relax_over_all(&s, &d), "{d:?}");
                if !s.step(&mut d, &r, 0.9 * r.bound, 1.0) {
                    break;
                }
            }
        }
        // Most steps take the short way; some cannot (a net below 0, a count reward).
        assert!(few * 2 > steps && few < steps, "{few} of {steps}");
    }

    #[test]
    fn an_item_takes_its_most_posts_when_they_pay_and_none_unless_forced() {
        let it = Item {
            price: 100,
            value: 1.0,
            group: 0,
            platform: 0,
            lo: 2,
            hi: 5,
            forced: false,
        };
        assert_eq!(Scaled::best_option(&it, 0.5, -0.2), (5, 2.3));
        assert_eq!(Scaled::best_option(&it, -0.5, 0.0), (0, 0.0));
        let forced = Item { forced: true, ..it };
        assert_eq!(Scaled::best_option(&forced, -0.5, 0.0), (2, -1.0));
    }
}
