//! Budget splitting: from a roster, a budget and a goal to plans of whole posts per creator.
//!
//! [`candidates`] turns the analysed roster into what a plan is made of: per creator a
//! price per post (supplied or from the rate card) and the expected reach, engagements and
//! conversions of one post, each supplied, estimated or assumed, with a pessimistic and an
//! optimistic figure. [`plan_all`] then builds the four strategies side by side (equal,
//! proportional, tier mix, optimal) plus the seed's "one mega vs 30–40 micro" comparison.
//! The optimal plan comes from [`solver`]; when the constraints cannot all hold, the
//! [`Conflict`]s say which and by how much.

pub mod form;
mod model;
pub mod solver;
#[cfg(test)]
mod testgen;

pub use solver::{bnb, lp};

use serde::Serialize;

use super::analysis::{CreatorMetrics, Settings};
use super::benchmark::{benchmark_for, ErBasis};
use super::currency::Currency;
use super::roster::{Creator, Metric, Platform, Roster};
use super::tier::Tier;
use solver::{Band, Item, Limits, Model, Solution};

/// What the plan maximises, by funnel stage (seed 001).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Awareness: people reached.
    Reach,
    /// Consideration: likes, comments, shares, saves.
    Engagements,
    /// Action: clicks or conversions.
    Conversions,
}

impl Objective {
    pub const ALL: [Objective; 3] = [
        Objective::Reach,
        Objective::Engagements,
        Objective::Conversions,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Objective::Reach => "reach",
            Objective::Engagements => "engagements",
            Objective::Conversions => "conversions",
        }
    }

    pub fn from_id(id: &str) -> Option<Objective> {
        Objective::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// How the money is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// The same amount for each of the chosen creators.
    Equal,
    /// Money in proportion to each creator's expected outcome per post.
    Proportional,
    /// Each tier gets the middle of its band; inside a tier, the best value first.
    TierMix,
    /// Whole posts chosen to maximise the objective under every constraint.
    Optimal,
}

impl Strategy {
    pub const ALL: [Strategy; 4] = [
        Strategy::Equal,
        Strategy::Proportional,
        Strategy::TierMix,
        Strategy::Optimal,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Strategy::Equal => "equal",
            Strategy::Proportional => "proportional",
            Strategy::TierMix => "tier-mix",
            Strategy::Optimal => "optimal",
        }
    }

    pub fn from_id(id: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The most one creator may get.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Cap {
    /// Percent of the budget.
    Percent(f64),
    /// An amount of money.
    Amount(f64),
}

/// A spend band in percent of the total budget, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Mix {
    pub min_pct: f64,
    pub max_pct: f64,
}

/// Everything the planner sets.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitSettings {
    /// In the roster's currency.
    pub budget: f64,
    pub objective: Objective,
    /// Percent of engagements that become a click or conversion, typed by the user; used
    /// where the roster has no conversions column (and marked "assumed").
    pub conversion_rate_pct: Option<f64>,
    /// Posts per chosen creator, `min..=max` (min at least 1).
    pub posts: (u32, u32),
    pub tier_mix: Vec<(Tier, Mix)>,
    pub platform_mix: Vec<(Platform, Mix)>,
    pub cap: Option<Cap>,
    pub min_creators: u32,
    pub max_creators: Option<u32>,
    /// Creators (indices into the roster) that must be in the plan.
    pub forced: Vec<usize>,
    /// Creators that must not.
    pub excluded: Vec<usize>,
}

impl Default for SplitSettings {
    fn default() -> Self {
        SplitSettings {
            budget: 2_000.0,
            objective: Objective::Engagements,
            conversion_rate_pct: None,
            posts: (1, 3),
            tier_mix: Vec::new(),
            platform_mix: Vec::new(),
            cap: None,
            min_creators: 0,
            max_creators: None,
            forced: Vec::new(),
            excluded: Vec::new(),
        }
    }
}

/// Where an expected figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The roster's own figure (a mean over posts when it has several).
    Supplied,
    /// From followers and a sourced benchmark.
    Estimated,
    /// From a rate the user typed.
    Assumed,
}

/// Where the pessimistic and optimistic figures come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpreadFrom {
    /// The creator's weakest and strongest post in the roster.
    PerPost,
    /// The tier's benchmark ER band, relative to its middle.
    Benchmark,
    /// Nothing to go on: the three figures are the same.
    None,
}

/// The expected outcome of one post, with its band.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Outcome {
    pub low: f64,
    pub expected: f64,
    pub high: f64,
    pub origin: Origin,
    pub spread: SpreadFrom,
    /// The figure it is based on (reach, impressions, views, engagements, followers…).
    pub basis: Metric,
}

/// Reach as a share of followers by tier when reach is unknown (CreatiCalc's model).
pub const REACH_SHARE_SOURCE: &str =
    "CreatiCalc's model: reach ≈ nano 70%, micro 40%, mid 25%, macro 15%, mega 10% of followers";

pub fn reach_share(tier: Tier) -> f64 {
    match tier {
        Tier::Emerging | Tier::Nano => 0.70,
        Tier::Micro => 0.40,
        Tier::Mid => 0.25,
        Tier::Macro => 0.15,
        Tier::Mega => 0.10,
    }
}

/// A creator as a plan sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    /// Index into the roster's creators.
    pub creator: usize,
    pub tier: Tier,
    pub platform: Platform,
    /// Price of one post in cents.
    pub price_cents: u64,
    pub price_estimated: bool,
    pub reach: Outcome,
    pub engagements: Outcome,
    pub conversions: Option<Outcome>,
}

impl Candidate {
    /// What one post costs in a plan, in cents: at least a cent, so a price of 0 (a
    /// candidate made by hand; rosters never give one) neither divides by zero nor makes
    /// posts free.
    pub fn price(&self) -> u64 {
        self.price_cents.max(1)
    }

    /// What `posts` posts cost, exactly (more than `u64::MAX` cents when the price is near
    /// it).
    pub fn posts_cost(&self, posts: u64) -> u128 {
        u128::from(self.price()) * u128::from(posts)
    }

    pub fn outcome(&self, o: Objective) -> Option<&Outcome> {
        match o {
            Objective::Reach => Some(&self.reach),
            Objective::Engagements => Some(&self.engagements),
            Objective::Conversions => self.conversions.as_ref(),
        }
    }
}

/// Why a creator of the roster is not a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    NoTier,
    NoPrice,
    NoEngagements,
    Excluded,
    /// The fewest posts cost more than the cap or the whole budget.
    OverCap,
    /// The price is in another currency than the budget (nothing is converted).
    OtherCurrency,
}

/// Low and high of a creator's per-post figures, when it has two posts or more with them.
fn per_post_spread(
    c: &Creator,
    f: impl Fn(&super::roster::Values) -> Option<f64>,
) -> Option<(f64, f64)> {
    let mut it = c.rows.iter().filter_map(|r| f(&r.values));
    let first = it.next()?;
    let (lo, hi, n) = it.fold((first, first, 1), |(lo, hi, n), v| {
        (lo.min(v), hi.max(v), n + 1)
    });
    (n >= 2).then_some((lo, hi))
}

/// The candidate for one creator, or why it cannot be one.
pub fn candidate(
    index: usize,
    c: &Creator,
    m: &CreatorMetrics,
    conversion_rate_pct: Option<f64>,
) -> Result<Candidate, Skip> {
    let tier = m.tier.ok_or(Skip::NoTier)?;
    let price = m.price.filter(|p| p.per_post > 0.0).ok_or(Skip::NoPrice)?;
    let price_cents = (price.per_post * 100.0).round().max(1.0) as u64;
    let followers = c.get(Metric::Followers).unwrap_or(0.0);
    let bench = benchmark_for(c.platform, ErBasis::Followers, Some(tier), followers);
    // The benchmark band relative to its middle: (low, high) factors.
    let band = bench.map(|b| {
        let mid = (b.low_pct + b.high_pct) / 2.0;
        (b.low_pct / mid, b.high_pct / mid)
    });
    let outcome = |expected: f64, origin, basis, spread: Option<(f64, f64)>| {
        let (low, high, from) = match (spread, band) {
            (Some((lo, hi)), _) => (lo, hi, SpreadFrom::PerPost),
            (None, Some((a, b))) => (expected * a, expected * b, SpreadFrom::Benchmark),
            (None, None) => (expected, expected, SpreadFrom::None),
        };
        Outcome {
            low: low.min(expected),
            expected,
            high: high.max(expected),
            origin,
            spread: from,
            basis,
        }
    };
    let engagements = match m.engagements {
        Some(e) => {
            let spread = per_post_spread(c, |v| {
                let sum: f64 = [
                    Metric::Likes,
                    Metric::Comments,
                    Metric::Shares,
                    Metric::Saves,
                ]
                .iter()
                .filter_map(|k| v.get(*k))
                .sum();
                (v.get(Metric::Likes).is_some())
                    .then_some(sum)
                    .or(v.get(Metric::Engagements))
            });
            outcome(e.mean, Origin::Supplied, Metric::Engagements, spread)
        }
        None => {
            let b = bench.ok_or(Skip::NoEngagements)?;
            let er = (b.low_pct + b.high_pct) / 2.0 / 100.0;
            outcome(followers * er, Origin::Estimated, Metric::Followers, None)
        }
    };
    let reach = [Metric::Reach, Metric::Impressions, Metric::Views]
        .into_iter()
        .find_map(|k| {
            c.get(k)
                .map(|r| outcome(r, Origin::Supplied, k, per_post_spread(c, |v| v.get(k))))
        })
        .unwrap_or_else(|| {
            outcome(
                followers * reach_share(tier),
                Origin::Estimated,
                Metric::Followers,
                None,
            )
        });
    let conversions = match (c.get(Metric::Conversions), conversion_rate_pct) {
        (Some(v), _) => Some(outcome(
            v,
            Origin::Supplied,
            Metric::Conversions,
            per_post_spread(c, |v| v.get(Metric::Conversions)),
        )),
        (None, Some(rate)) => {
            let r = rate / 100.0;
            Some(Outcome {
                low: engagements.low * r,
                expected: engagements.expected * r,
                high: engagements.high * r,
                origin: Origin::Assumed,
                spread: engagements.spread,
                basis: Metric::Engagements,
            })
        }
        (None, None) => None,
    };
    Ok(Candidate {
        creator: index,
        tier,
        platform: c.platform,
        price_cents,
        price_estimated: price.estimated_from.is_some(),
        reach,
        engagements,
        conversions,
    })
}

/// The candidates of a roster and how many creators were left out, by reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pool {
    pub candidates: Vec<Candidate>,
    pub skipped: Vec<(Skip, usize)>,
}

/// Every creator that can be in a plan under these settings.
pub fn candidates(roster: &Roster, analysis: &Settings, split: &SplitSettings) -> Pool {
    candidates_in(roster, analysis, split, None)
}

/// [`candidates`] for a budget in `currency`: a creator whose price is in another currency
/// is left out (and counted), since no exchange rate is assumed. A price in no named
/// currency is taken to be in the budget's; rate-card estimates are in US dollars.
pub fn candidates_in(
    roster: &Roster,
    analysis: &Settings,
    split: &SplitSettings,
    currency: Option<Currency>,
) -> Pool {
    let mut skipped: Vec<(Skip, usize)> = Vec::new();
    let mut skip = |s: Skip| match skipped.iter_mut().find(|(k, _)| *k == s) {
        Some((_, n)) => *n += 1,
        None => skipped.push((s, 1)),
    };
    let mut out = Vec::new();
    for (i, c) in roster.creators.iter().enumerate() {
        if split.excluded.contains(&i) {
            skip(Skip::Excluded);
            continue;
        }
        let m = super::analysis::analyze_creator(c, analysis);
        let theirs = m.price.and_then(|p| p.currency);
        if let (Some(budget), Some(price)) = (currency, theirs) {
            if budget != price {
                skip(Skip::OtherCurrency);
                continue;
            }
        }
        match candidate(i, c, &m, split.conversion_rate_pct) {
            Ok(cand) => out.push(cand),
            Err(s) => skip(s),
        }
    }
    Pool {
        candidates: out,
        skipped,
    }
}

/// A constraint that cannot hold, with the figures that show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Conflict {
    /// The objective needs figures no candidate has (conversions without a column or rate).
    NoObjectiveFigures {
        objective: Objective,
    },
    NoCandidates,
    /// The minimum shares add up to more than the whole budget.
    MinimumsOverBudget {
        what: Bands,
        total_pct: f64,
    },
    /// A band is empty (min above max).
    BandReversed {
        what: BandOf,
        min_pct: f64,
        max_pct: f64,
    },
    /// Even every candidate of a tier (platform) at its most posts cannot reach the minimum.
    BandOutOfReach {
        what: BandOf,
        need_cents: u64,
        most_cents: u64,
    },
    MinOverMaxCreators {
        min: u32,
        max: u32,
    },
    TooFewCandidates {
        min: u32,
        available: u32,
    },
    /// The cheapest `min` creators at their fewest posts already cost more than the budget.
    MinCreatorsOverBudget {
        min: u32,
        cheapest_cents: u64,
        budget_cents: u64,
    },
    ForcedOverBudget {
        spend_cents: u64,
        budget_cents: u64,
    },
    ForcedOverMaxCreators {
        forced: u32,
        max: u32,
    },
    ForcedOverBand {
        what: BandOf,
        spend_cents: u64,
        max_cents: u64,
    },
    /// A forced creator's fewest posts cost more than one creator may get: the least of
    /// the cap, the budget and the maximum of their tier's and platform's bands.
    ForcedOverCap {
        creator: usize,
        spend_cents: u64,
        cap_cents: u64,
    },
    /// A forced creator who cannot be in any plan: left out too, or without a follower
    /// count, a price or figures for the objective.
    ForcedNotPlannable {
        creator: usize,
    },
    /// The constraints hold one by one but not together; dropping one of these would allow
    /// a plan (what that plan then reaches is given).
    Together {
        relaxations: Vec<Relaxation>,
    },
    /// The search stopped before finding a plan or proving there is none.
    GaveUp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bands {
    Tiers,
    Platforms,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum BandOf {
    Tier(Tier),
    Platform(Platform),
}

/// How far one constraint is from holding while all the others do.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Relaxation {
    /// With every other constraint kept, the band gets at most `most_pct` of the budget.
    BandShort {
        what: BandOf,
        most_pct: f64,
        min_pct: f64,
    },
    /// With every other constraint kept, at most `most` creators fit.
    CountShort { most: u32, min: u32 },
    /// Without the maximum number of creators a plan needs `reached`.
    MaxCreators { reached: u32, max: u32 },
    /// Without the cap there is a plan whose largest creator gets this much.
    Cap { largest_cents: u64 },
}

/// The money bounds of the settings, in cents.
struct MoneyLimits {
    budget: u64,
    cap: u64,
}

/// An amount in whole cents, rounded down: a budget or cap of $100.125 allows $100.12 (a tiny
/// allowance keeps $0.29 from reading as 28.999… cents).
fn cents(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        (x * 100.0 + 1e-6).floor().min(u64::MAX as f64) as u64
    } else {
        0
    }
}

fn limits_of(s: &SplitSettings) -> MoneyLimits {
    let budget = cents(s.budget);
    let cap = match s.cap {
        None => u64::MAX,
        Some(Cap::Amount(a)) => cents(a),
        Some(Cap::Percent(p)) => (budget as f64 * p / 100.0).floor() as u64,
    };
    MoneyLimits { budget, cap }
}

/// A band in cents: the minimum rounded up, the maximum down (so a plan inside it is inside
/// the percentages).
fn band_cents(budget: u64, mix: Mix) -> Band {
    let b = budget as f64;
    Band {
        min: (b * mix.min_pct / 100.0 - 1e-6).ceil().max(0.0) as u64,
        max: (b * mix.max_pct / 100.0 + 1e-6).floor().max(0.0) as u64,
    }
}

fn tier_index(t: Tier) -> usize {
    Tier::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

pub(crate) fn platform_index(p: Platform) -> usize {
    match p {
        Platform::Instagram => 0,
        Platform::TikTok => 1,
        Platform::YouTube => 2,
        Platform::Other => 3,
    }
}

pub(crate) const PLATFORMS: [Platform; 4] = [
    Platform::Instagram,
    Platform::TikTok,
    Platform::YouTube,
    Platform::Other,
];

/// The solver's model for a pool: candidates in pool order (those whose minimum posts break
/// the cap are left at 0 posts, i.e. `hi` = 0 is never offered: they are dropped by index).
struct Built {
    model: Model,
    /// Pool index of each model item.
    pool: Vec<usize>,
}

fn build(pool: &[Candidate], s: &SplitSettings, objective: Objective) -> Built {
    let lim = limits_of(s);
    let lo = s.posts.0.max(1);
    let hi_posts = s.posts.1.max(lo);
    let mut items = Vec::new();
    let mut index = Vec::new();
    let tier_max = |t: Tier| {
        s.tier_mix
            .iter()
            .find(|(x, _)| *x == t)
            .map_or(u64::MAX, |(_, mix)| band_cents(lim.budget, *mix).max)
    };
    let platform_max = |p: Platform| {
        s.platform_mix
            .iter()
            .find(|(x, _)| *x == p)
            .map_or(u64::MAX, |(_, mix)| band_cents(lim.budget, *mix).max)
    };
    for (j, c) in pool.iter().enumerate() {
        // A pool made by [`candidates`] has no left-out creator; one made otherwise (or
        // kept from other settings) may.
        if s.excluded.contains(&c.creator) {
            continue;
        }
        // Posts are bounded by the cap, the budget and the creator's tier and platform bands.
        let most = lim
            .cap
            .min(lim.budget)
            .min(tier_max(c.tier))
            .min(platform_max(c.platform));
        let by_money = (most / c.price()).min(u64::from(u32::MAX)) as u32;
        let hi = hi_posts.min(by_money);
        if hi < lo {
            continue;
        }
        let value = c.outcome(objective).map_or(0.0, |o| o.expected.max(0.0));
        items.push(Item {
            price: c.price(),
            value,
            group: tier_index(c.tier),
            platform: platform_index(c.platform),
            lo,
            hi,
            forced: s.forced.contains(&c.creator),
        });
        index.push(j);
    }
    let mut groups = vec![Band::ANY; Tier::ALL.len()];
    for (t, mix) in &s.tier_mix {
        groups[tier_index(*t)] = band_cents(lim.budget, *mix);
    }
    let mut platforms = vec![Band::ANY; PLATFORMS.len()];
    for (p, mix) in &s.platform_mix {
        platforms[platform_index(*p)] = band_cents(lim.budget, *mix);
    }
    Built {
        model: Model {
            items,
            budget: lim.budget,
            groups,
            platforms,
            min_count: s.min_creators,
            max_count: s.max_creators.unwrap_or(u32::MAX),
        },
        pool: index,
    }
}

/// Every band of the settings: tiers, then platforms.
fn bands_of(s: &SplitSettings) -> Vec<(BandOf, Mix)> {
    s.tier_mix
        .iter()
        .map(|(t, m)| (BandOf::Tier(*t), *m))
        .chain(
            s.platform_mix
                .iter()
                .map(|(p, m)| (BandOf::Platform(*p), *m)),
        )
        .collect()
}

/// The solver's model for a pool and settings (for benchmarks and checks against other
/// solvers), with the pool index of each item.
pub fn model_for(pool: &[Candidate], s: &SplitSettings) -> (Model, Vec<usize>) {
    let b = build(pool, s, s.objective);
    (b.model, b.pool)
}

/// A sum of cents, exact: a band's or the forced creators' posts may each cost up to the
/// whole budget, so together more than `u64::MAX`.
fn sum_cents(cents: impl Iterator<Item = u64>) -> u128 {
    cents.map(u128::from).sum()
}

/// A sum of cents as a conflict reports it (stopping at `u64::MAX`).
fn reported(cents: u128) -> u64 {
    u64::try_from(cents).unwrap_or(u64::MAX)
}

/// Conflicts visible without a search.
fn plain_conflicts(pool: &[Candidate], s: &SplitSettings, objective: Objective) -> Vec<Conflict> {
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
        if total > 100.0 + 1e-9 {
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

/// One line of a plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanLine {
    /// Index into [`Planning::pool`]'s candidates.
    pub candidate: usize,
    pub posts: u32,
    pub spend_cents: u64,
}

/// Pessimistic, expected and optimistic totals.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Default)]
pub struct Range {
    pub low: f64,
    pub expected: f64,
    pub high: f64,
}

impl Range {
    fn add(&mut self, o: &Outcome, posts: u32) {
        let k = f64::from(posts);
        self.low += o.low * k;
        self.expected += o.expected * k;
        self.high += o.high * k;
    }
}

/// What a plan buys and how it is spread.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Totals {
    pub spend_cents: u64,
    pub left_cents: u64,
    pub creators: u32,
    /// Posts in all (stopping at `u32::MAX`: each creator may have that many).
    pub posts: u32,
    pub reach: Range,
    pub engagements: Range,
    pub conversions: Option<Range>,
    /// Spend per expected engagement.
    pub cpe: Option<f64>,
    /// Spend per thousand people reached.
    pub cpm: Option<f64>,
    /// Spend per expected conversion.
    pub cpa: Option<f64>,
    /// The biggest single creator's share of the spend, 0–1.
    pub top_share: f64,
    /// Herfindahl–Hirschman index of the spend shares, 0–10,000.
    pub hhi: f64,
    /// Spend per tier in cents, in tier order, tiers with spend only.
    pub by_tier: Vec<(Tier, u64)>,
    pub by_platform: Vec<(Platform, u64)>,
    /// Spend on posts whose price is a rate-card estimate.
    pub estimated_price_cents: u64,
}

/// A constraint a (simple) plan does not meet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Broken {
    Band {
        what: BandOf,
        spend_pct: f64,
        min_pct: f64,
        max_pct: f64,
    },
    MinCreators {
        creators: u32,
        min: u32,
    },
    MaxCreators {
        creators: u32,
        max: u32,
    },
    Forced {
        missing: u32,
    },
}

/// The optimal plan's certificate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Proof {
    /// No plan can reach more than this.
    pub upper_bound: f64,
    /// Percent below the upper bound.
    pub gap_pct: f64,
    /// The search finished: optimal (within 0.0001%).
    pub proven: bool,
}

/// One plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub lines: Vec<PlanLine>,
    pub totals: Totals,
    pub broken: Vec<Broken>,
    pub proof: Option<Proof>,
}

/// A strategy's result: a plan, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "result")]
pub enum Outcomes {
    Plan(Box<Plan>),
    /// The tier-mix split without a tier mix.
    NeedsTierMix,
    Conflicts {
        conflicts: Vec<Conflict>,
    },
}

impl Outcomes {
    pub fn plan(&self) -> Option<&Plan> {
        match self {
            Outcomes::Plan(p) => Some(p.as_ref()),
            _ => None,
        }
    }
}

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

/// Every strategy side by side.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Planning {
    pub pool: Pool,
    /// The settings these plans are for.
    #[serde(skip)]
    pub settings: SplitSettings,
    pub objective: Objective,
    pub strategies: Vec<(Strategy, Outcomes)>,
    pub mega_vs_micro: MegaVsMicro,
}

impl Planning {
    pub fn get(&self, s: Strategy) -> Option<&Outcomes> {
        self.strategies
            .iter()
            .find(|(k, _)| *k == s)
            .map(|(_, o)| o)
    }
}

/// Totals and broken constraints of the posts `posts[j]` for model item `j`.
fn assess(pool: &[Candidate], built: &Built, s: &SplitSettings, posts: &[u32]) -> Plan {
    let m = &built.model;
    let mut lines = Vec::new();
    let mut t = Totals {
        spend_cents: 0,
        left_cents: 0,
        creators: 0,
        posts: 0,
        reach: Range::default(),
        engagements: Range::default(),
        conversions: pool
            .iter()
            .any(|c| c.conversions.is_some())
            .then(Range::default),
        cpe: None,
        cpm: None,
        cpa: None,
        top_share: 0.0,
        hhi: 0.0,
        by_tier: Vec::new(),
        by_platform: Vec::new(),
        estimated_price_cents: 0,
    };
    let mut tiers = vec![0u64; Tier::ALL.len()];
    let mut platforms = vec![0u64; PLATFORMS.len()];
    for (j, &k) in posts.iter().enumerate() {
        if k == 0 {
            continue;
        }
        let ci = built.pool[j];
        let c = &pool[ci];
        let spend = m.items[j].price * u64::from(k);
        lines.push(PlanLine {
            candidate: ci,
            posts: k,
            spend_cents: spend,
        });
        // (Every plan keeps the budget, so its sums of cents fit; posts may not.)
        t.spend_cents += spend;
        t.creators += 1;
        t.posts = t.posts.saturating_add(k);
        t.reach.add(&c.reach, k);
        t.engagements.add(&c.engagements, k);
        if let (Some(r), Some(o)) = (t.conversions.as_mut(), c.conversions.as_ref()) {
            r.add(o, k);
        }
        tiers[tier_index(c.tier)] += spend;
        platforms[platform_index(c.platform)] += spend;
        if c.price_estimated {
            t.estimated_price_cents += spend;
        }
    }
    t.left_cents = m.budget.saturating_sub(t.spend_cents);
    let money = t.spend_cents as f64 / 100.0;
    let per = |x: f64, scale: f64| (x > 0.0).then(|| money / x * scale);
    t.cpe = per(t.engagements.expected, 1.0);
    t.cpm = per(t.reach.expected, 1000.0);
    t.cpa = t.conversions.and_then(|c| per(c.expected, 1.0));
    if t.spend_cents > 0 {
        let total = t.spend_cents as f64;
        for l in &lines {
            let share = l.spend_cents as f64 / total;
            t.top_share = t.top_share.max(share);
            t.hhi += (share * 100.0) * (share * 100.0);
        }
    }
    t.by_tier = Tier::ALL
        .iter()
        .zip(&tiers)
        .filter(|(_, s)| **s > 0)
        .map(|(t, s)| (*t, *s))
        .collect();
    t.by_platform = PLATFORMS
        .iter()
        .zip(&platforms)
        .filter(|(_, s)| **s > 0)
        .map(|(p, s)| (*p, *s))
        .collect();
    // Constraints the plan does not meet.
    let mut broken = Vec::new();
    let pct = |c: u64| c as f64 / m.budget.max(1) as f64 * 100.0;
    for (what, mix) in bands_of(s) {
        let (b, spent) = match what {
            BandOf::Tier(x) => (m.groups[tier_index(x)], tiers[tier_index(x)]),
            BandOf::Platform(x) => (m.platforms[platform_index(x)], platforms[platform_index(x)]),
        };
        if spent < b.min || spent > b.max {
            broken.push(Broken::Band {
                what,
                spend_pct: pct(spent),
                min_pct: mix.min_pct,
                max_pct: mix.max_pct,
            });
        }
    }
    if t.creators < m.min_count {
        broken.push(Broken::MinCreators {
            creators: t.creators,
            min: m.min_count,
        });
    }
    if t.creators > m.max_count {
        broken.push(Broken::MaxCreators {
            creators: t.creators,
            max: m.max_count,
        });
    }
    let missing = m
        .items
        .iter()
        .zip(posts)
        .filter(|(it, &k)| it.forced && k == 0)
        .count() as u32;
    if missing > 0 {
        broken.push(Broken::Forced { missing });
    }
    Plan {
        lines,
        totals: t,
        broken,
        proof: None,
    }
}

/// Model items in order of value per cent (best first; forced ones before all).
fn by_efficiency(m: &Model) -> Vec<usize> {
    let mut order: Vec<usize> = (0..m.items.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&m.items[a], &m.items[b]);
        y.forced
            .cmp(&x.forced)
            .then((y.value / y.price as f64).total_cmp(&(x.value / x.price as f64)))
            .then(a.cmp(&b))
    });
    order
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
    for k in team_sizes(m.min_count, max_k) {
        let mut team: Vec<usize> = order.iter().copied().take(k as usize).collect();
        let share = |team: &[usize], i: usize| -> f64 {
            let weight: f64 = team.iter().map(|&j| m.items[j].value).sum();
            if proportional && weight > 0.0 {
                m.budget as f64 * m.items[i].value / weight
            } else {
                m.budget as f64 / team.len().max(1) as f64
            }
        };
        loop {
            let keep: Vec<usize> = team
                .iter()
                .copied()
                .filter(|&i| {
                    let it = &m.items[i];
                    it.forced || share(&team, i) >= (it.price * u64::from(it.lo)) as f64
                })
                .collect();
            if keep.len() == team.len() {
                break;
            }
            team = keep;
        }
        let mut posts = vec![0u32; m.items.len()];
        let mut spend = 0u64;
        for &i in &team {
            let it = &m.items[i];
            let afford = (share(&team, i) / it.price as f64).floor() as u64;
            let p = afford.clamp(u64::from(it.lo), u64::from(it.hi)) as u32;
            let cost = it.price * u64::from(p);
            if let Some(after) = spend.checked_add(cost).filter(|s| *s <= m.budget) {
                posts[i] = p;
                spend = after;
            }
        }
        let value: f64 = posts
            .iter()
            .zip(&m.items)
            .map(|(k, it)| f64::from(*k) * it.value)
            .sum();
        if value > best.0 {
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

/// Conflicts for a model the solver found no plan for: the plain ones, else which single
/// constraint's removal allows a plan.
fn diagnose(
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
            if most_pct + 1e-9 < mix.min_pct {
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

/// The optimal plan for settings, or the conflicts.
pub fn optimal(
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

/// Every strategy for a roster.
pub fn plan_all(roster: &Roster, analysis: &Settings, s: &SplitSettings) -> Planning {
    plan_all_in(roster, analysis, s, None)
}

/// [`plan_all`] for a budget in `currency` (see [`candidates_in`]).
pub fn plan_all_in(
    roster: &Roster,
    analysis: &Settings,
    s: &SplitSettings,
    currency: Option<Currency>,
) -> Planning {
    let pool = candidates_in(roster, analysis, s, currency);
    plan_pool(pool, s)
}

/// Counts, among the pool's skipped creators, those whose fewest posts cost more than the
/// cap or the whole budget (they are in no plan; forced ones are reported as conflicts).
pub fn count_over_cap(pool: &mut Pool, s: &SplitSettings) {
    let cap = limits_of(s).cap.min(limits_of(s).budget);
    let lo = u64::from(s.posts.0.max(1));
    let over = pool
        .candidates
        .iter()
        .filter(|c| c.posts_cost(lo) > u128::from(cap) && !s.forced.contains(&c.creator))
        .count();
    pool.skipped.retain(|(k, _)| *k != Skip::OverCap);
    if over > 0 {
        pool.skipped.push((Skip::OverCap, over));
    }
}

/// Every strategy for a pool already built.
pub fn plan_pool(mut pool: Pool, s: &SplitSettings) -> Planning {
    count_over_cap(&mut pool, s);
    let strategies = Strategy::ALL
        .iter()
        .map(|k| (*k, plan_one(&pool.candidates, s, *k)))
        .collect();
    let mega_vs_micro = mega_vs_micro(&pool.candidates, s);
    Planning {
        settings: s.clone(),
        objective: s.objective,
        strategies,
        mega_vs_micro,
        pool,
    }
}

/// Why a band list, a range or a cap as the CLI takes them could not be read; each holds
/// the text at fault. The words for the user are in the translation table
/// (`i18n::describe_band_text_error`); `Display` is a plain English fallback.
#[derive(Clone, Debug, PartialEq)]
pub enum BandTextError {
    /// Not `NAME=MIN..MAX`.
    NotAPair(String),
    /// A name that is no tier or platform.
    UnknownName(String),
    /// A band outside 0–100%.
    NotAPercentage(String),
    /// Not a number (nor a range of two).
    NotANumber(String),
    /// `MIN..MAX` with the minimum above the maximum.
    MinAboveMax(String),
    /// Neither `20%` nor an amount.
    NotACap(String),
}

impl std::fmt::Display for BandTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BandTextError::NotAPair(t) => write!(f, "expected NAME=MIN..MAX, found {t:?}"),
            BandTextError::UnknownName(t) => write!(f, "unknown name {t:?}"),
            BandTextError::NotAPercentage(t) => write!(f, "{t:?}: percentages go from 0 to 100"),
            BandTextError::NotANumber(t) => write!(f, "expected a number, found {t:?}"),
            BandTextError::MinAboveMax(t) => write!(f, "{t:?}: the minimum is above the maximum"),
            BandTextError::NotACap(t) => write!(f, "expected 20% or an amount, found {t:?}"),
        }
    }
}

impl std::error::Error for BandTextError {}

/// Reads a band list as the CLI writes it: `micro=60..80,nano=10..30` (percent; `60-80`
/// and `60..80%` work too). Names are tier or platform names, read by `name`.
pub fn parse_mix<T>(
    text: &str,
    name: impl Fn(&str) -> Option<T>,
) -> Result<Vec<(T, Mix)>, BandTextError> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, range) = part
            .split_once('=')
            .ok_or_else(|| BandTextError::NotAPair(part.to_string()))?;
        let key = key.trim();
        let what =
            name(&key.to_lowercase()).ok_or_else(|| BandTextError::UnknownName(key.to_string()))?;
        let (min, max) = parse_range(range.trim().trim_end_matches('%'))?;
        if !(0.0..=100.0).contains(&min) || !(0.0..=100.0).contains(&max) {
            return Err(BandTextError::NotAPercentage(part.to_string()));
        }
        out.push((
            what,
            Mix {
                min_pct: min,
                max_pct: max,
            },
        ));
    }
    Ok(out)
}

/// `MIN..MAX` (or `MIN-MAX`, or one number for both) as two numbers.
pub fn parse_range(text: &str) -> Result<(f64, f64), BandTextError> {
    let num = |t: &str| {
        t.trim()
            .trim_end_matches('%')
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && *x >= 0.0)
            .ok_or_else(|| BandTextError::NotANumber(t.trim().to_string()))
    };
    let (a, b) = match text.split_once("..") {
        Some(ab) => ab,
        None => text.split_once('-').unwrap_or((text, text)),
    };
    let (min, max) = (num(a)?, num(b)?);
    if min > max {
        return Err(BandTextError::MinAboveMax(text.to_string()));
    }
    Ok((min, max))
}

/// `20%` (of the budget) or an amount.
pub fn parse_cap(text: &str) -> Result<Cap, BandTextError> {
    let t = text.trim();
    let value = |s: &str| {
        s.trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && *x > 0.0)
            .ok_or_else(|| BandTextError::NotACap(text.to_string()))
    };
    match t.strip_suffix('%') {
        Some(p) => value(p).map(Cap::Percent),
        None => value(t).map(Cap::Amount),
    }
}
