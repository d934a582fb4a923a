//! From a pool and settings to the solver's [`Model`]: money in whole cents (budget, cap,
//! bands rounded inwards), tiers and platforms as indices, and each candidate's range of
//! posts within the cap, the budget and its bands ([`build`], [`model_for`]).

use super::candidates::Candidate;
use super::model::{Band, Item, Model};
use super::settings::{
    platform_index, tier_index, BandOf, Cap, Mix, Objective, SplitSettings, PLATFORMS,
};
use crate::domain::roster::Platform;
use crate::domain::tier::Tier;

/// The money bounds of the settings, in cents.
pub(super) struct MoneyLimits {
    pub(super) budget: u64,
    pub(super) cap: u64,
}

/// The fraction of a cent by which an amount in floating point may miss a whole number of
/// cents and still count as it.
const CENT_ALLOWANCE: f64 = 1e-6;

/// An amount in whole cents, rounded down: a budget or cap of $100.125 allows $100.12 (a tiny
/// allowance keeps $0.29 from reading as 28.999… cents).
pub(super) fn cents(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        (x * 100.0 + CENT_ALLOWANCE).floor().min(u64::MAX as f64) as u64
    } else {
        0
    }
}

pub(super) fn limits_of(s: &SplitSettings) -> MoneyLimits {
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
pub(super) fn band_cents(budget: u64, mix: Mix) -> Band {
    let b = budget as f64;
    Band {
        min: (b * mix.min_pct / 100.0 - CENT_ALLOWANCE).ceil().max(0.0) as u64,
        max: (b * mix.max_pct / 100.0 + CENT_ALLOWANCE).floor().max(0.0) as u64,
    }
}

/// The solver's model for a pool: candidates in pool order (those whose minimum posts break
/// the cap are left at 0 posts, i.e. `hi` = 0 is never offered: they are dropped by index).
pub(super) struct Built {
    pub(super) model: Model,
    /// Pool index of each model item.
    pub(super) pool: Vec<usize>,
}

pub(super) fn build(pool: &[Candidate], s: &SplitSettings, objective: Objective) -> Built {
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
pub(super) fn bands_of(s: &SplitSettings) -> Vec<(BandOf, Mix)> {
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
pub(super) fn sum_cents(cents: impl Iterator<Item = u64>) -> u128 {
    cents.map(u128::from).sum()
}

/// A sum of cents as a conflict reports it (stopping at `u64::MAX`).
pub(super) fn reported(cents: u128) -> u64 {
    u64::try_from(cents).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::candidate;

    #[test]
    fn money_is_whole_cents_rounded_down_and_bands_inwards() {
        assert_eq!(cents(100.125), 10_012);
        assert_eq!(cents(0.29), 29);
        assert_eq!(cents(-1.0), 0);
        assert_eq!(cents(f64::NAN), 0);
        let band = band_cents(
            1_001,
            Mix {
                min_pct: 10.0,
                max_pct: 20.0,
            },
        );
        assert_eq!((band.min, band.max), (101, 200));
    }

    #[test]
    fn posts_stop_at_what_the_cap_the_budget_and_the_bands_allow() {
        let pool = [
            candidate(0, Tier::Micro, Platform::Instagram, 1_000, 10.0),
            candidate(1, Tier::Mega, Platform::TikTok, 50_000, 900.0),
            candidate(2, Tier::Micro, Platform::TikTok, 1_000, 10.0),
        ];
        let s = SplitSettings {
            budget: 100.0,
            posts: (1, 9),
            cap: Some(Cap::Percent(50.0)),
            excluded: vec![2],
            ..SplitSettings::default()
        };
        let (m, index) = model_for(&pool, &s);
        // The mega post costs more than the budget: not offered; creator 2 is excluded.
        assert_eq!(index, vec![0]);
        assert_eq!(m.budget, 10_000);
        // Half the budget is five posts of $10.
        assert_eq!((m.items[0].lo, m.items[0].hi), (1, 5));
        assert_eq!(m.items[0].group, tier_index(Tier::Micro));
        assert!(m.groups.iter().all(|b| *b == Band::ANY));
    }
}
