//! From the analysed roster to what a plan is made of: per creator a [`Candidate`] with its
//! price per post (supplied or from the rate card) and the expected reach, engagements and
//! conversions of one post ([`Outcome`]), each supplied, estimated or assumed, with a
//! pessimistic and an optimistic figure; the [`Pool`] of them, with who was left out and why
//! ([`Skip`]).

use serde::{Deserialize, Serialize};

use super::settings::{Objective, SplitSettings};
use crate::domain::analysis::{CreatorMetrics, Settings};
use crate::domain::benchmark::{benchmark_for, ErBasis};
use crate::domain::currency::Currency;
use crate::domain::roster::{Creator, Metric, Platform, Roster};
use crate::domain::tier::Tier;

/// Where an expected figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The pessimistic figure per post, never above `expected`.
    pub low: f64,
    /// The expected figure per post: people reached, interactions or conversions.
    pub expected: f64,
    /// The optimistic figure per post, never below `expected`.
    pub high: f64,
    /// Whether `expected` is supplied, estimated or assumed.
    pub origin: Origin,
    /// Where `low` and `high` come from.
    pub spread: SpreadFrom,
    /// The figure it is based on (reach, impressions, views, engagements, followers…).
    pub basis: Metric,
}

/// Reach as a share of followers by tier when reach is unknown (CreatiCalc's model).
pub const REACH_SHARE_SOURCE: &str =
    "CreatiCalc's model: reach ≈ nano 70%, micro 40%, mid 25%, macro 15%, mega 10% of followers";

/// The share of its followers a post reaches, by tier, when the roster gives no reach
/// ([`REACH_SHARE_SOURCE`]).
fn reach_share(tier: Tier) -> f64 {
    match tier {
        Tier::Emerging | Tier::Nano => 0.70,
        Tier::Micro => 0.40,
        Tier::Mid => 0.25,
        Tier::Macro => 0.15,
        Tier::Mega => 0.10,
    }
}

/// A creator as a plan sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// Index into the roster's creators.
    pub creator: usize,
    /// The creator's tier under the analysis' scheme.
    pub tier: Tier,
    /// The creator's platform.
    pub platform: Platform,
    /// Price of one post in cents.
    pub price_cents: u64,
    /// The price is a rate-card estimate (in US dollars), not the roster's.
    pub price_estimated: bool,
    /// People reached by one post: the roster's reach, impressions or views, else a tier's
    /// share of followers ([`REACH_SHARE_SOURCE`]).
    pub reach: Outcome,
    /// Interactions on one post: the roster's E, else followers × the benchmark ER.
    pub engagements: Outcome,
    /// Clicks or conversions from one post: the roster's, else engagements × the typed
    /// conversion rate; `None` with neither.
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

    /// The outcome the objective counts; `None` for conversions without figures.
    pub fn outcome(&self, o: Objective) -> Option<&Outcome> {
        match o {
            Objective::Reach => Some(&self.reach),
            Objective::Engagements => Some(&self.engagements),
            Objective::Conversions => self.conversions.as_ref(),
        }
    }
}

/// Why a creator of the roster is not a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    /// No tier: the creator has no follower count.
    NoTier,
    /// No price above 0, supplied or from the rate card.
    NoPrice,
    /// No interactions in the roster and no benchmark to estimate them from.
    NoEngagements,
    /// The user excluded the creator.
    Excluded,
    /// The fewest posts cost more than the cap or the whole budget.
    OverCap,
    /// The price is in another currency than the budget (nothing is converted).
    OtherCurrency,
}

/// Low and high of a creator's per-post figures, when it has two posts or more with them.
fn per_post_spread(
    c: &Creator,
    f: impl Fn(&crate::domain::roster::Values) -> Option<f64>,
) -> Option<(f64, f64)> {
    let mut it = c.rows().iter().filter_map(|r| f(&r.values));
    let first = it.next()?;
    let (lo, hi, n) = it.fold((first, first, 1), |(lo, hi, n), v| {
        (lo.min(v), hi.max(v), n + 1)
    });
    (n >= 2).then_some((lo, hi))
}

/// The candidate for one creator, or why it cannot be one.
fn candidate(
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pool {
    /// The candidates, in roster order.
    pub candidates: Vec<Candidate>,
    /// How many creators were left out, per reason, in the order the reasons were met.
    /// Those [`Skip::OverCap`] stay among `candidates`, but no plan can hold them.
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
        let m = crate::domain::analysis::analyze_creator(c, analysis);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::candidate;

    #[test]
    fn a_post_costs_at_least_a_cent_and_many_cost_exactly() {
        let free = candidate(0, Tier::Micro, Platform::Instagram, 0, 1.0);
        assert_eq!(free.price(), 1);
        let dear = candidate(0, Tier::Mega, Platform::Instagram, u64::MAX, 1.0);
        assert_eq!(dear.posts_cost(3), 3 * u128::from(u64::MAX));
    }

    #[test]
    fn conversions_are_an_outcome_only_when_known() {
        let c = candidate(0, Tier::Micro, Platform::Instagram, 100, 7.0);
        assert_eq!(
            c.outcome(Objective::Engagements).map(|o| o.expected),
            Some(7.0)
        );
        assert_eq!(c.outcome(Objective::Reach).map(|o| o.expected), Some(70.0));
        assert_eq!(c.outcome(Objective::Conversions), None);
    }

    #[test]
    fn reach_shares_fall_as_tiers_grow() {
        let shares: Vec<f64> = Tier::ALL.iter().map(|t| reach_share(*t)).collect();
        assert!(shares.windows(2).all(|w| w[0] >= w[1]), "{shares:?}");
    }
}
