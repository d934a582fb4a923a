//! The optimal split's vocabulary, shared by every technique of the `solver`: the
//! problem ([`Model`]: items, their spend [`Band`]s, budget and creator counts), how hard to
//! try ([`Limits`]), what comes back ([`Solution`], [`Solved`]), the running [`Tally`] of a
//! plan's spend and count, the best plan so far ([`Incumbent`]), and the tolerances with
//! which a plan's value is compared with a bound.
//!
//! Money is in whole cents, so "spend never exceeds the budget" is checked exactly.

/// One candidate.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Item {
    /// The price of one post, in cents (more than 0).
    pub price: u64,
    /// The expected outcome of one post (0 or more).
    pub value: f64,
    /// Index into [`Model::groups`].
    pub group: usize,
    /// Index into [`Model::platforms`].
    pub platform: usize,
    /// Posts when chosen: `lo..=hi`, with `1 <= lo <= hi`.
    pub lo: u32,
    /// The most posts when chosen.
    pub hi: u32,
    /// Must be chosen.
    pub forced: bool,
}

/// A spend band in cents, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct Band {
    /// The least spend, in cents.
    pub min: u64,
    /// The most spend, in cents.
    pub max: u64,
}

impl Band {
    /// No constraint: any spend from 0 up.
    pub const ANY: Band = Band {
        min: 0,
        max: u64::MAX,
    };

    fn holds(&self, spend: u64) -> bool {
        spend >= self.min && spend <= self.max
    }
}

/// The whole problem.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Model {
    /// The candidates, one item each.
    pub items: Vec<Item>,
    /// In cents.
    pub budget: u64,
    /// A spend band per group (built from the tiers, in `Tier::ALL` order); [`Band::ANY`]
    /// for one without a band.
    pub groups: Vec<Band>,
    /// A spend band per platform (Instagram, TikTok, YouTube, other).
    pub platforms: Vec<Band>,
    /// The fewest items a plan must choose.
    pub min_count: u32,
    /// The most items a plan may choose (`u32::MAX`: no maximum).
    pub max_count: u32,
}

/// How hard to try.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Stop when the plan is proven within this fraction of the best possible (0 = exact).
    pub rel_gap: f64,
    /// Nodes of the search before it stops with the gap it has proven.
    pub max_nodes: u64,
    /// Subgradient steps for the bound.
    pub max_dual_steps: u32,
    /// Work allowed for the knapsack bound (grid steps × options); 0 turns it off.
    pub max_knapsack_work: usize,
    /// Plans the local search may try; 0 turns it off.
    pub max_exchange_checks: usize,
    /// Work allowed for the branch and bound with linear-programming bounds (tableau entries
    /// updated), shared by all its runs in one solve; 0 turns it off.
    pub max_lp_work: u64,
    /// Bookkeeping allowed for that branch and bound's tree (open nodes looked through, bound
    /// changes copied; see [`bnb::Work::tree`](super::bnb::Work::tree)), shared the same
    /// way. With [`Limits::max_lp_work`] it bounds the search's time whatever the model: the
    /// tableau work alone does not when the linear programs are tiny and the tree is not.
    pub max_tree_work: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rel_gap: 1e-6,
            max_nodes: 300_000,
            max_dual_steps: 600,
            max_knapsack_work: 30_000_000,
            max_exchange_checks: 3_000_000,
            max_lp_work: 1_500_000_000,
            max_tree_work: 100_000_000,
        }
    }
}

/// What the solver found.
#[derive(Clone, Debug, PartialEq)]
pub enum Solution {
    /// A plan meeting every constraint.
    Plan(Solved),
    /// No plan meets every constraint; `proven` says the search showed it (else it gave up).
    NoPlan {
        /// The search proved there is no plan (else it stopped at a limit).
        proven: bool,
    },
}

/// A plan the solver found, with how far from the best it is proven to be.
#[derive(Clone, Debug, PartialEq)]
pub struct Solved {
    /// Posts per item, in [`Model::items`] order (0: not chosen).
    pub posts: Vec<u32>,
    /// The plan's value: the sum of each item's value × its posts.
    pub objective: f64,
    /// No plan can do better than this.
    pub upper_bound: f64,
    /// The search finished: the plan is optimal within [`Limits::rel_gap`].
    pub proven: bool,
    /// Nodes of the search visited.
    pub nodes: u64,
    /// Subgradient steps taken for the bound.
    pub dual_steps: u32,
}

impl Solved {
    /// `(upper_bound - objective) / upper_bound`, 0 when the bound is 0.
    pub fn gap(&self) -> f64 {
        if self.upper_bound <= 0.0 {
            0.0
        } else {
            ((self.upper_bound - self.objective) / self.upper_bound).max(0.0)
        }
    }
}

/// Spend and count of a plan, kept up to date as posts change.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// The plan's spend, in cents.
    pub spend: u64,
    /// Spend per group, in cents, as [`Model::groups`].
    pub groups: Vec<u64>,
    /// Spend per platform, in cents, as [`Model::platforms`].
    pub platforms: Vec<u64>,
    /// Items chosen (with at least one post).
    pub count: u32,
    /// The plan's value: the sum of each item's value × its posts.
    pub value: f64,
}

impl Tally {
    pub(super) fn new(m: &Model) -> Tally {
        Tally {
            spend: 0,
            groups: vec![0; m.groups.len()],
            platforms: vec![0; m.platforms.len()],
            count: 0,
            value: 0.0,
        }
    }

    /// The tally of a whole plan.
    pub fn of(m: &Model, posts: &[u32]) -> Tally {
        let mut t = Tally::new(m);
        for (it, &k) in m.items.iter().zip(posts) {
            t.change(it, 0, k);
        }
        t
    }

    /// Moves an item from `from` to `to` posts.
    pub(super) fn change(&mut self, it: &Item, from: u32, to: u32) {
        let add = it.price * u64::from(to);
        let remove = it.price * u64::from(from);
        // What is removed is in every sum it leaves; taken out first, so that a sum near
        // `u64::MAX` cents never holds both.
        self.spend = self.spend - remove + add;
        self.groups[it.group] = self.groups[it.group] - remove + add;
        self.platforms[it.platform] = self.platforms[it.platform] - remove + add;
        self.count = self.count + u32::from(to > 0) - u32::from(from > 0);
        self.value += it.value * (f64::from(to) - f64::from(from));
    }

    /// Every constraint of the model holds (items' own bounds are the caller's).
    pub fn feasible(&self, m: &Model) -> bool {
        self.spend <= m.budget
            && self.count >= m.min_count
            && self.count <= m.max_count
            && m.groups.iter().zip(&self.groups).all(|(b, s)| b.holds(*s))
            && m.platforms
                .iter()
                .zip(&self.platforms)
                .all(|(b, s)| b.holds(*s))
    }

    /// Raising `it` from `from` to `to` posts keeps every upper limit.
    pub(super) fn fits(&self, m: &Model, it: &Item, from: u32, to: u32) -> bool {
        let extra = it.price * u64::from(to - from);
        self.spend + extra <= m.budget
            && self.groups[it.group] + extra <= m.groups[it.group].max
            && self.platforms[it.platform] + extra <= m.platforms[it.platform].max
            && (from > 0 || self.count < m.max_count)
    }
}

/// The best plan found so far: its posts per item and its value (`None` before the first).
pub(super) type Incumbent = Option<(Vec<u32>, f64)>;

/// The rounding slack in comparing a plan's value with a bound or another plan's value,
/// relative to the numbers compared.
pub(super) const ROUNDING: f64 = 1e-9;

/// The plan worth `z` is proven within `tol` of the best by the bound `ub`. The slack for
/// rounding is relative to the two numbers themselves (an absolute one, at the scale of
/// every candidate's value, once "proved" a plan 90% short when a huge value was out of reach).
pub(super) fn proven_within(z: f64, ub: f64, tol: f64) -> bool {
    ub.is_finite() && ub - z <= tol * ub.abs() + ROUNDING * ub.abs().max(z.abs())
}

/// What a plan must be worth to beat one worth `z` by more than `tol` (and rounding).
pub(super) fn beaten_above(z: f64, tol: f64) -> f64 {
    z + (tol + ROUNDING) * z.abs()
}

pub(super) fn plan_value(m: &Model, posts: &[u32]) -> f64 {
    m.items
        .iter()
        .zip(posts)
        .map(|(it, &k)| it.value * f64::from(k))
        .sum()
}

/// [`plan_value`] of a plan whose posts are 0 outside `chosen` (indices in any order,
/// repeated or not; sorted here): the same number, summed over those only, in index order.
/// (The others add zeros, which change a sum only when it is zero, if at all in its sign:
/// then the whole plan is summed.)
pub(super) fn plan_value_of_chosen(m: &Model, posts: &[u32], chosen: &mut Vec<usize>) -> f64 {
    chosen.sort_unstable();
    chosen.dedup();
    let z: f64 = chosen
        .iter()
        .map(|&i| m.items[i].value * f64::from(posts[i]))
        .sum();
    if z == 0.0 {
        plan_value(m, posts)
    } else {
        z
    }
}

/// What a branch must be worth to hold a plan when none is known yet: just below 0 (every
/// plan is worth at least 0), `scale` being the size of the values.
pub(super) fn floor_without_plan(scale: f64) -> f64 {
    -ROUNDING * scale
}

/// The most one post is taken to be worth: far more than any post reaches or engages.
/// Bigger figures (an infinite one from a roster's 1e308 likes) are taken as this, one that
/// is not a number as 0: the bound and the search work with finite numbers only (with
/// infinite ones they once proved "no plan" where there was one).
pub const MAX_VALUE: f64 = 1e15;

/// A post's value as the solver takes it: within `0..=MAX_VALUE`, NaN as 0.
pub(super) fn sane_value(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, MAX_VALUE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_valued_over_its_chosen_items_is_valued_as_a_whole() {
        let mut rnd = crate::domain::split::testgen::test_random(9);
        for _ in 0..300 {
            let n = 1 + rnd(60) as usize;
            // Values as the solver takes them: 0 (or -0) often, fractions, a huge one.
            let items: Vec<Item> = (0..n)
                .map(|_| Item {
                    value: match rnd(6) {
                        0 => 0.0,
                        1 => -0.0,
                        2 => MAX_VALUE,
                        _ => rnd(1_000) as f64 / 7.0,
                    },
                    ..crate::domain::split::testgen::item(100, 0.0, 0)
                })
                .collect();
            let m = Model {
                items,
                budget: 10_000,
                groups: vec![Band::ANY],
                platforms: vec![Band::ANY],
                min_count: 0,
                max_count: u32::MAX,
            };
            let posts: Vec<u32> = (0..n)
                .map(|_| if rnd(4) == 0 { rnd(3) as u32 } else { 0 })
                .collect();
            // Chosen in no order and some twice, with some items without posts too.
            let mut chosen: Vec<usize> = (0..n).rev().filter(|&i| posts[i] > 0).collect();
            chosen.extend((0..n).filter(|_| rnd(5) == 0));
            let got = plan_value_of_chosen(&m, &posts, &mut chosen);
            assert_eq!(got.to_bits(), plan_value(&m, &posts).to_bits(), "{posts:?}");
        }
    }

    #[test]
    fn no_bound_proves_nothing() {
        // With no subgradient steps there is no bound (infinity): once "proven" all the same.
        assert!(!proven_within(1.0, f64::INFINITY, 1e-6));
        assert!(proven_within(1.0, 1.0, 0.0));
        assert!(!proven_within(1.0, 1.1, 1e-6));
    }
}
