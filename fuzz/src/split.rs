//! The budget split against enumeration of every plan.
//!
//! An input is one of two kinds of case (its first byte says which):
//!
//! - **Settings**: a small pool of candidates (1–6) and planner settings (budget, tier and
//!   platform bands in %, a cap as % or an amount, fewest and most creators, posts
//!   min..max, forced and left-out creators), planned with every strategy
//!   ([`split::plan_pool`], what the app and the CLI run). The optimal plan is checked
//!   against the best of every plan the settings allow, found here by enumeration with
//!   exact integer sums; the simple ones are checked for keeping the budget, the cap and
//!   their posts, and for reporting exactly the constraints they break. One case in three
//!   uses extreme amounts (prices near `u64::MAX` cents or 0, budgets of 1e300 or NaN,
//!   values that are infinite or NaN), where only what must always hold is checked.
//! - **Model**: a [`solver::Model`] drawn directly (prices and bands up to `u64::MAX`),
//!   solved with [`solver::solve`] and checked against enumeration the same way.
//!
//! What must hold: the plan keeps every constraint and the budget; "proven" only when it is
//! optimal; the upper bound never below the best plan; "no plan" exactly when none exists
//! (a proven one never when one does; giving up only on extreme amounts); no panic, no
//! overflow (the fuzz build checks overflow), and bounded work (the fuzzer's timeout).

use super::bytes::Bytes;
use tierwise::domain::split::solver::{self, Band, Item, Limits, Model, Solution};
use tierwise::domain::split::{
    self, BandOf, Broken, Candidate, Cap, Conflict, Mix, Objective, Origin, Outcome, Outcomes,
    Plan, Pool, SplitSettings, SpreadFrom, Strategy,
};
use tierwise::domain::{Metric, Platform, Tier};

const PLATFORMS: [Platform; 4] = [
    Platform::Instagram,
    Platform::TikTok,
    Platform::YouTube,
    Platform::Other,
];

/// Enumeration stops being tried above this many plans.
const MAX_PLANS: u64 = 60_000;

/// Runs one case; panics (with what broke) when a property fails.
pub fn check(data: &[u8]) {
    let mut r = Bytes::new(data);
    match r.u8() % 6 {
        0..=2 => check_settings(&mut r, false),
        3 | 4 => check_settings(&mut r, true),
        _ => check_model(&mut r),
    }
}

// ---- settings cases ---------------------------------------------------------------

/// A settings case: the pool and the settings, and whether amounts are extreme.
#[derive(Debug)]
pub struct Case {
    pub pool: Vec<Candidate>,
    pub settings: SplitSettings,
    pub extreme: bool,
}

fn outcome(expected: f64, basis: Metric) -> Outcome {
    Outcome {
        low: expected * 0.5,
        expected,
        high: expected * 1.5,
        origin: Origin::Supplied,
        spread: SpreadFrom::None,
        basis,
    }
}

fn extreme_price(r: &mut Bytes) -> u64 {
    match r.below(10) {
        0 => 0,
        1 => 1,
        2 => u64::MAX,
        3 => u64::MAX - r.below(1000),
        4 => u64::MAX / 2 + r.below(3),
        5 => u64::MAX / 3 + 1,
        6 => 1 << 63,
        7 => r.u64(),
        _ => r.range(1, 10_000),
    }
}

fn extreme_amount(r: &mut Bytes) -> f64 {
    match r.below(12) {
        0 => f64::MAX,
        1 => u64::MAX as f64 / 100.0,
        2 => 1e300,
        3 => f64::INFINITY,
        4 => f64::NAN,
        5 => -1.0,
        6 => 0.0,
        7 => 1e15,
        8 => r.f64_bits(),
        9 => 1.8e17 + r.below(1 << 20) as f64,
        _ => r.range(1, 1_000_000) as f64 / 100.0,
    }
}

fn extreme_value(r: &mut Bytes) -> f64 {
    match r.below(9) {
        0 => 0.0,
        1 => 1e300,
        2 => f64::MAX,
        3 => f64::INFINITY,
        4 => f64::NAN,
        5 => -1.0,
        6 => r.f64_bits(),
        _ => r.below(100_000) as f64 / 10.0,
    }
}

fn percent(r: &mut Bytes, extreme: bool) -> f64 {
    if extreme && r.one_in(4) {
        return match r.below(5) {
            0 => f64::NAN,
            1 => -5.0,
            2 => 1e300,
            3 => 100.0 + r.below(50) as f64,
            _ => r.f64_bits(),
        };
    }
    let whole = r.below(101) as f64;
    if r.one_in(6) {
        (whole + 0.5).min(100.0)
    } else {
        whole
    }
}

fn mix(r: &mut Bytes, extreme: bool) -> Mix {
    let (a, b) = (percent(r, extreme), percent(r, extreme));
    // Mostly in order; sometimes reversed, which is a conflict.
    if r.one_in(8) {
        Mix {
            min_pct: a,
            max_pct: b,
        }
    } else {
        Mix {
            min_pct: a.min(b),
            max_pct: a.max(b),
        }
    }
}

/// Draws a settings case from the bytes.
pub fn settings_case(r: &mut Bytes, extreme: bool) -> Case {
    let n = 1 + r.below(6) as usize;
    let grid = r.bool();
    let mut pool = Vec::with_capacity(n);
    for creator in 0..n {
        let price_cents = if extreme && r.one_in(2) {
            extreme_price(r)
        } else if grid {
            100 * r.range(1, 60)
        } else {
            r.range(1, 6_000)
        };
        let value = |r: &mut Bytes, scale: u64| {
            if extreme && r.one_in(3) {
                extreme_value(r)
            } else {
                r.below(scale) as f64 / 10.0
            }
        };
        let reach = value(r, 1_000_000);
        let engagements = value(r, 50_000);
        let conversions = r.one_in(2).then(|| value(r, 500));
        pool.push(Candidate {
            creator,
            tier: r.pick(&Tier::ALL),
            platform: r.pick(&PLATFORMS),
            price_cents,
            price_estimated: r.bool(),
            reach: outcome(reach, Metric::Reach),
            engagements: outcome(engagements, Metric::Engagements),
            conversions: conversions.map(|c| outcome(c, Metric::Conversions)),
        });
    }
    let budget = if extreme && r.one_in(2) {
        extreme_amount(r)
    } else {
        let cents = r.below(40_000);
        // Now and then a fraction of a cent, which must be rounded down.
        cents as f64 / 100.0 + if r.one_in(8) { 0.004 } else { 0.0 }
    };
    let objective = r.pick(&Objective::ALL);
    let posts = if extreme && r.one_in(4) {
        (
            r.pick(&[0, 1, 2, u32::MAX]),
            r.pick(&[0, 3, 1_000_000, u32::MAX]),
        )
    } else {
        (r.below(4) as u32, r.below(5) as u32)
    };
    let mut tier_mix = Vec::new();
    for tier in Tier::ALL {
        if r.one_in(3) {
            tier_mix.push((tier, mix(r, extreme)));
        }
    }
    let mut platform_mix = Vec::new();
    for platform in PLATFORMS {
        if r.one_in(4) {
            platform_mix.push((platform, mix(r, extreme)));
        }
    }
    let cap = match r.below(4) {
        0 | 1 => None,
        2 => Some(Cap::Percent(if extreme && r.one_in(2) {
            extreme_amount(r)
        } else {
            r.range(1, 100) as f64
        })),
        _ => Some(Cap::Amount(if extreme && r.one_in(2) {
            extreme_amount(r)
        } else {
            r.range(1, 10_000) as f64 / 100.0
        })),
    };
    let min_creators = if extreme && r.one_in(8) {
        u32::MAX
    } else {
        r.below(n as u64 + 2) as u32
    };
    let max_creators = if r.bool() {
        None
    } else {
        Some(r.below(n as u64 + 2) as u32)
    };
    let mut forced = Vec::new();
    let mut excluded = Vec::new();
    for i in 0..n {
        if r.one_in(8) {
            forced.push(i);
        }
        if r.one_in(10) {
            excluded.push(i);
        }
    }
    if r.one_in(16) {
        forced.push(99); // a creator who is not in the pool
    }
    let conversion_rate_pct = r.one_in(4).then(|| r.below(101) as f64);
    Case {
        pool,
        settings: SplitSettings {
            budget,
            objective,
            conversion_rate_pct,
            posts,
            tier_mix,
            platform_mix,
            cap,
            min_creators,
            max_creators,
            forced,
            excluded,
        },
        extreme,
    }
}

/// The money limits of the settings, as documented: the budget and an amount cap rounded
/// down to whole cents, a % cap rounded down, a band's minimum rounded up and its maximum
/// down (with the same allowance of a millionth of a cent against binary fractions).
fn cents(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        (x * 100.0 + 1e-6).floor().min(u64::MAX as f64) as u64
    } else {
        0
    }
}

/// What the settings allow, in whole cents, for the enumeration.
pub struct Rules {
    pub budget: u64,
    pub cap: u64,
    pub lo: u32,
    pub hi: u32,
    /// Per tier (in `Tier::ALL` order) and platform: `None` for no band, else its
    /// min..=max in cents and whether it is reversed.
    pub tiers: [Option<(u64, u64, bool)>; 6],
    pub platforms: [Option<(u64, u64, bool)>; 4],
    pub min_count: u32,
    pub max_count: u32,
    /// Per candidate: must be in, may not be in, price (at least a cent), value per post.
    pub forced: Vec<bool>,
    pub excluded: Vec<bool>,
    pub price: Vec<u64>,
    pub value: Vec<f64>,
    /// Settings no plan can hold: something forced that is not in the pool or has no
    /// figure for the goal, no figures at all, minimum shares over 100%.
    pub impossible: bool,
}

/// A band in cents (a percentage that is not a number counts as 0), and whether it is
/// reversed (min above max: a conflict for the optimal plan, whatever the cents).
fn band_of(budget: u64, m: &Mix) -> (u64, u64, bool) {
    let b = budget as f64;
    let min = (b * m.min_pct / 100.0 - 1e-6).ceil().max(0.0) as u64;
    let max = (b * m.max_pct / 100.0 + 1e-6).floor().max(0.0) as u64;
    (min, max, m.min_pct > m.max_pct)
}

pub fn rules(case: &Case) -> Rules {
    let s = &case.settings;
    let budget = cents(s.budget);
    let cap = match s.cap {
        None => u64::MAX,
        Some(Cap::Amount(a)) => cents(a),
        Some(Cap::Percent(p)) => (budget as f64 * p / 100.0).floor() as u64,
    };
    let lo = s.posts.0.max(1);
    let hi = s.posts.1.max(lo);
    let mut tiers = [None; 6];
    for (t, m) in &s.tier_mix {
        tiers[t.index()] = Some(band_of(budget, m));
    }
    let mut platforms = [None; 4];
    for (p, m) in &s.platform_mix {
        platforms[platform_index(*p)] = Some(band_of(budget, m));
    }
    let objective = s.objective;
    let has_figure = |c: &Candidate| c.outcome(objective).is_some();
    let impossible = s
        .forced
        .iter()
        .any(|f| !case.pool.iter().any(|c| c.creator == *f && has_figure(c)))
        || !case.pool.iter().any(has_figure)
        // Minimum shares adding up to more than the budget contradict each other, even
        // where rounding to cents (of a budget of 0) would let them all hold.
        || s.tier_mix.iter().map(|(_, m)| m.min_pct).sum::<f64>() > 100.0 + 1e-9
        || s.platform_mix.iter().map(|(_, m)| m.min_pct).sum::<f64>() > 100.0 + 1e-9;
    Rules {
        budget,
        cap,
        lo,
        hi,
        tiers,
        platforms,
        min_count: s.min_creators,
        max_count: s.max_creators.unwrap_or(u32::MAX),
        forced: case
            .pool
            .iter()
            .map(|c| s.forced.contains(&c.creator))
            .collect(),
        excluded: case
            .pool
            .iter()
            .map(|c| s.excluded.contains(&c.creator))
            .collect(),
        price: case.pool.iter().map(|c| c.price_cents.max(1)).collect(),
        value: case
            .pool
            .iter()
            .map(|c| c.outcome(objective).map_or(0.0, |o| o.expected.max(0.0)))
            .collect(),
        impossible,
    }
}

fn platform_index(p: Platform) -> usize {
    PLATFORMS.iter().position(|x| *x == p).unwrap_or(3)
}

/// Why posts per candidate break the rules (`None`: they keep them all).
pub fn breaks(case: &Case, rules: &Rules, posts: &[u32]) -> Option<String> {
    if rules.impossible {
        return Some("a forced creator cannot be planned, or no figures for the goal".into());
    }
    let mut spend: u128 = 0;
    let mut tiers = [0u128; 6];
    let mut platforms = [0u128; 4];
    let mut count = 0u32;
    for (i, &k) in posts.iter().enumerate() {
        if k == 0 {
            if rules.forced[i] {
                return Some(format!("forced candidate {i} is left out"));
            }
            continue;
        }
        if rules.excluded[i] {
            return Some(format!("left-out candidate {i} is in"));
        }
        if k < rules.lo || k > rules.hi {
            return Some(format!(
                "candidate {i} has {k} posts, outside {}..={}",
                rules.lo, rules.hi
            ));
        }
        let s = u128::from(rules.price[i]) * u128::from(k);
        if s > u128::from(rules.cap) {
            return Some(format!(
                "candidate {i} gets {s}, over the cap {}",
                rules.cap
            ));
        }
        spend += s;
        let c = &case.pool[i];
        tiers[c.tier.index()] += s;
        platforms[platform_index(c.platform)] += s;
        count += 1;
    }
    if spend > u128::from(rules.budget) {
        return Some(format!("spend {spend} over the budget {}", rules.budget));
    }
    let outside = |band: &Option<(u64, u64, bool)>, s: u128| match band {
        Some((min, max, reversed)) => *reversed || s < u128::from(*min) || s > u128::from(*max),
        None => false,
    };
    for (j, band) in rules.tiers.iter().enumerate() {
        if outside(band, tiers[j]) {
            return Some(format!("tier {j} spend {} outside {band:?}", tiers[j]));
        }
    }
    for (j, band) in rules.platforms.iter().enumerate() {
        if outside(band, platforms[j]) {
            return Some(format!(
                "platform {j} spend {} outside {band:?}",
                platforms[j]
            ));
        }
    }
    if count < rules.min_count || count > rules.max_count {
        return Some(format!(
            "{count} creators, outside {}..={}",
            rules.min_count, rules.max_count
        ));
    }
    None
}

/// Calls `f` on every assignment of posts (0 or `lo..=hi` each, forced ones not 0, left-out
/// ones 0); `None` when there are more than [`MAX_PLANS`].
fn each_plan(options: &[Vec<u32>], mut f: impl FnMut(&[u32])) -> Option<()> {
    let total = options
        .iter()
        .try_fold(1u64, |acc, o| acc.checked_mul(o.len() as u64))?;
    if total > MAX_PLANS || options.iter().any(|o| o.is_empty()) {
        return if options.iter().any(|o| o.is_empty()) {
            Some(())
        } else {
            None
        };
    }
    let n = options.len();
    let mut at = vec![0usize; n];
    let mut posts: Vec<u32> = options.iter().map(|o| o[0]).collect();
    loop {
        f(&posts);
        let mut j = 0;
        loop {
            if j == n {
                return Some(());
            }
            at[j] += 1;
            if at[j] < options[j].len() {
                posts[j] = options[j][at[j]];
                break;
            }
            at[j] = 0;
            posts[j] = options[j][0];
            j += 1;
        }
    }
}

/// The best value over every plan the settings allow (`Some(None)`: there is none), or
/// `None` when there are too many to enumerate.
pub fn best_plan(case: &Case, rules: &Rules) -> Option<Option<f64>> {
    if rules.impossible {
        return Some(None);
    }
    let options: Vec<Vec<u32>> = (0..case.pool.len())
        .map(|i| {
            let zero = (!rules.forced[i]).then_some(0);
            if rules.excluded[i] {
                zero.into_iter().collect()
            } else {
                let most = rules.hi.min(rules.lo.saturating_add(8));
                zero.into_iter().chain(rules.lo..=most).collect()
            }
        })
        .collect();
    if rules.hi > rules.lo.saturating_add(8) {
        return None; // too many posts to enumerate
    }
    let mut best: Option<f64> = None;
    each_plan(&options, |posts| {
        if breaks(case, rules, posts).is_none() {
            let v = value_of(rules, posts);
            best = Some(best.map_or(v, |b: f64| b.max(v)));
        }
    })?;
    Some(best)
}

fn value_of(rules: &Rules, posts: &[u32]) -> f64 {
    posts
        .iter()
        .zip(&rules.value)
        .map(|(k, v)| f64::from(*k) * v)
        .sum()
}

/// The posts of a plan per pool candidate, checking its lines and totals add up.
fn posts_of(case: &Case, rules: &Rules, plan: &Plan, what: &str) -> Vec<u32> {
    let mut posts = vec![0u32; case.pool.len()];
    let (mut spend, mut count, mut n_posts) = (0u128, 0u32, 0u64);
    let mut tiers = [0u128; 6];
    let mut platforms = [0u128; 4];
    let mut estimated = 0u128;
    for l in &plan.lines {
        assert!(
            l.candidate < case.pool.len(),
            "{what}: line for candidate {} of {}",
            l.candidate,
            case.pool.len()
        );
        assert_eq!(
            posts[l.candidate], 0,
            "{what}: candidate {} twice",
            l.candidate
        );
        assert!(l.posts > 0, "{what}: a line with 0 posts");
        posts[l.candidate] = l.posts;
        let c = &case.pool[l.candidate];
        let s = u128::from(rules.price[l.candidate]) * u128::from(l.posts);
        assert_eq!(
            u128::from(l.spend_cents),
            s,
            "{what}: line spend is not price × posts ({l:?})"
        );
        spend += s;
        count += 1;
        n_posts += u64::from(l.posts);
        tiers[c.tier.index()] += s;
        platforms[platform_index(c.platform)] += s;
        if c.price_estimated {
            estimated += s;
        }
    }
    let t = &plan.totals;
    assert_eq!(u128::from(t.spend_cents), spend, "{what}: total spend");
    assert_eq!(
        t.left_cents,
        rules.budget.saturating_sub(t.spend_cents),
        "{what}: money left"
    );
    assert_eq!(t.creators, count, "{what}: creators");
    assert_eq!(
        u64::from(t.posts),
        n_posts.min(u64::from(u32::MAX)),
        "{what}: posts"
    );
    assert_eq!(
        u128::from(t.estimated_price_cents),
        estimated,
        "{what}: estimated spend"
    );
    for (tier, s) in &t.by_tier {
        assert_eq!(
            u128::from(*s),
            tiers[tier.index()],
            "{what}: spend of {tier:?}"
        );
    }
    assert_eq!(
        t.by_tier.len(),
        tiers.iter().filter(|s| **s > 0).count(),
        "{what}: tiers with spend"
    );
    for (p, s) in &t.by_platform {
        assert_eq!(
            u128::from(*s),
            platforms[platform_index(*p)],
            "{what}: spend of {p:?}"
        );
    }
    assert!(
        (0.0..=100.0 + 1e-10).contains(&t.top_share_pct) || t.spend_cents == 0,
        "{what}: top share {}%",
        t.top_share_pct
    );
    posts
}

/// A simple plan keeps the budget, the cap, each creator's posts and the left-out
/// creators, and lists exactly the bands and counts it breaks.
fn check_simple(case: &Case, rules: &Rules, plan: &Plan, what: &str) {
    let posts = posts_of(case, rules, plan, what);
    let spend: u128 = posts
        .iter()
        .zip(&rules.price)
        .map(|(k, p)| u128::from(*k) * u128::from(*p))
        .sum();
    assert!(
        spend <= u128::from(rules.budget),
        "{what}: spend {spend} over the budget {}",
        rules.budget
    );
    for (i, &k) in posts.iter().enumerate() {
        if k == 0 {
            continue;
        }
        assert!(!rules.excluded[i], "{what}: left-out candidate {i} is in");
        assert!(
            (rules.lo..=rules.hi).contains(&k),
            "{what}: candidate {i} has {k} posts, outside {}..={}",
            rules.lo,
            rules.hi
        );
        let s = u128::from(rules.price[i]) * u128::from(k);
        assert!(
            s <= u128::from(rules.cap),
            "{what}: candidate {i} over the cap"
        );
    }
    // The bands and counts it breaks are the ones it lists.
    let mut tiers = [0u128; 6];
    let mut platforms = [0u128; 4];
    for (i, &k) in posts.iter().enumerate() {
        let s = u128::from(rules.price[i]) * u128::from(k);
        tiers[case.pool[i].tier.index()] += s;
        platforms[platform_index(case.pool[i].platform)] += s;
    }
    let listed = |of: BandOf| {
        plan.broken
            .iter()
            .any(|b| matches!(b, Broken::Band { what, .. } if *what == of))
    };
    // (A simple plan is measured against the bands in cents, reversed or not.)
    let outside =
        |band: &(u64, u64, bool), s: u128| s < u128::from(band.0) || s > u128::from(band.1);
    for (t, band) in Tier::ALL.iter().zip(&rules.tiers) {
        if let Some(band) = band {
            assert_eq!(
                listed(BandOf::Tier(*t)),
                outside(band, tiers[t.index()]),
                "{what}: tier {t:?} spend {} band {band:?}, broken {:?}",
                tiers[t.index()],
                plan.broken
            );
        }
    }
    for (p, band) in PLATFORMS.iter().zip(&rules.platforms) {
        if let Some(band) = band {
            assert_eq!(
                listed(BandOf::Platform(*p)),
                outside(band, platforms[platform_index(*p)]),
                "{what}: platform {p:?} broken {:?}",
                plan.broken
            );
        }
    }
    let count = plan.totals.creators;
    assert_eq!(
        plan.broken
            .iter()
            .any(|b| matches!(b, Broken::MinCreators { .. })),
        count < rules.min_count,
        "{what}: fewest creators, broken {:?}",
        plan.broken
    );
    assert_eq!(
        plan.broken
            .iter()
            .any(|b| matches!(b, Broken::MaxCreators { .. })),
        count > rules.max_count,
        "{what}: most creators, broken {:?}",
        plan.broken
    );
}

/// Values too big or not numbers make "optimal" meaningless: only the constraints are
/// checked then.
fn values_sane(rules: &Rules) -> bool {
    rules.value.iter().all(|v| v.is_finite() && *v < 1e12)
}

pub fn check_case(case: &Case) {
    let rules = rules(case);
    if !case.extreme {
        // The documented rounding holds exactly for whole percentages of small budgets.
        for (t, m) in &case.settings.tier_mix {
            if m.min_pct.fract() == 0.0 && m.max_pct.fract() == 0.0 && m.min_pct <= m.max_pct {
                let b = u128::from(rules.budget);
                let (min, max) = (m.min_pct as u128, m.max_pct as u128);
                assert_eq!(
                    rules.tiers[t.index()],
                    Some((
                        (b * min).div_ceil(100) as u64,
                        (b * max / 100) as u64,
                        false
                    ))
                );
            }
        }
    }
    let pool = Pool {
        candidates: case.pool.clone(),
        skipped: Vec::new(),
    };
    let planning = split::plan_pool(pool, &case.settings);
    let best = best_plan(case, &rules);
    let sane = values_sane(&rules);
    for strategy in Strategy::ALL {
        let what = strategy.id();
        let outcome = planning
            .get(strategy)
            .unwrap_or_else(|| panic!("no outcome for {what}"));
        match (strategy, outcome) {
            (Strategy::Optimal, Outcomes::Plan(plan)) => {
                let posts = posts_of(case, &rules, plan, what);
                if let Some(why) = breaks(case, &rules, &posts) {
                    panic!("optimal plan breaks a constraint: {why}; posts {posts:?}");
                }
                assert!(
                    plan.broken.is_empty(),
                    "optimal plan lists {:?}",
                    plan.broken
                );
                let proof = plan
                    .proof
                    .unwrap_or_else(|| panic!("optimal plan without a proof"));
                let z = value_of(&rules, &posts);
                if let (Some(best), true) = (best, sane) {
                    let best = best.unwrap_or_else(|| {
                        panic!("a plan ({posts:?}) where enumeration finds none")
                    });
                    let slack = 1e-7 * best.abs().max(1.0);
                    assert!(
                        proof.upper_bound + slack >= best,
                        "upper bound {} below the best plan {best} (plan {z})",
                        proof.upper_bound
                    );
                    if proof.proven {
                        assert!(
                            z + 2e-6 * best.abs() + 1e-9 >= best,
                            "proven optimal at {z}, but {best} is possible"
                        );
                    }
                }
                if sane {
                    assert!(
                        proof.upper_bound + 1e-7 * z.abs().max(1.0) >= z,
                        "upper bound {} below the plan's own value {z}",
                        proof.upper_bound
                    );
                }
            }
            (Strategy::Optimal, Outcomes::Conflicts { conflicts }) => {
                let gave_up = conflicts.iter().any(|c| matches!(c, Conflict::GaveUp));
                assert!(
                    !gave_up || case.extreme,
                    "gave up on a small model: {conflicts:?}"
                );
                if let Some(Some(best)) = best {
                    assert!(
                        gave_up,
                        "said no plan ({conflicts:?}), but one worth {best} exists"
                    );
                }
                assert!(!conflicts.is_empty(), "no plan and no conflict");
            }
            (_, Outcomes::Plan(plan)) => check_simple(case, &rules, plan, what),
            (Strategy::TierMix, Outcomes::NeedsTierMix) => {
                assert!(case.settings.tier_mix.is_empty(), "tier mix asked for one")
            }
            (_, Outcomes::Conflicts { conflicts }) => {
                assert!(
                    conflicts
                        .iter()
                        .all(|c| matches!(c, Conflict::NoObjectiveFigures { .. })),
                    "{what}: {conflicts:?}"
                );
            }
            (_, other) => panic!("{what}: unexpected {other:?}"),
        }
    }
    // The one-mega-vs-micro comparison: plans over the same pool within the budget.
    for plan in [
        &planning.mega_vs_micro.one_mega,
        &planning.mega_vs_micro.micro,
    ]
    .into_iter()
    .flatten()
    {
        let posts = posts_of(case, &rules, plan, "mega vs micro");
        let spend: u128 = posts
            .iter()
            .zip(&rules.price)
            .map(|(k, p)| u128::from(*k) * u128::from(*p))
            .sum();
        assert!(
            spend <= u128::from(rules.budget),
            "mega vs micro over the budget"
        );
    }
}

fn check_settings(r: &mut Bytes, extreme: bool) {
    let case = settings_case(r, extreme);
    check_case(&case);
}

// ---- model cases ------------------------------------------------------------------

fn band(r: &mut Bytes, budget: u64, extreme: bool) -> Band {
    match r.below(4) {
        0 | 1 => Band::ANY,
        2 if extreme => Band {
            min: r.pick(&[0, 1, budget, u64::MAX / 2, u64::MAX]),
            max: r.pick(&[0, budget, u64::MAX - 1, u64::MAX]),
        },
        _ => {
            let (a, b) = (r.below(101), r.below(101));
            let (lo, hi) = (a.min(b), a.max(b));
            let b128 = u128::from(budget);
            Band {
                min: (b128 * u128::from(lo) / 100) as u64,
                max: (b128 * u128::from(hi) / 100) as u64,
            }
        }
    }
}

/// Draws a model from the bytes (within the solver's contract: prices above 0,
/// `1 <= lo <= hi`, group and platform indices in range).
pub fn model(r: &mut Bytes) -> Model {
    let extreme = r.one_in(3);
    let groups = 1 + r.below(3) as usize;
    let platforms = 1 + r.below(2) as usize;
    let budget = if extreme {
        let any = r.u64();
        r.pick(&[u64::MAX, u64::MAX - 1, u64::MAX / 2, 1 << 62, 0, any])
    } else {
        100 * r.range(1, 200) + if r.one_in(4) { r.below(100) } else { 0 }
    };
    let n = 1 + r.below(6) as usize;
    let items = (0..n)
        .map(|_| {
            let price = if extreme && r.one_in(2) {
                extreme_price(r).max(1)
            } else if r.bool() {
                100 * r.range(1, 60)
            } else {
                r.range(1, 6_000)
            };
            let lo = 1 + r.below(2) as u32;
            Item {
                price,
                value: r.below(5_000) as f64 / 10.0,
                group: r.below(groups as u64) as usize,
                platform: r.below(platforms as u64) as usize,
                lo,
                hi: lo + r.below(3) as u32,
                forced: r.one_in(10),
            }
        })
        .collect();
    Model {
        items,
        budget,
        groups: (0..groups).map(|_| band(r, budget, extreme)).collect(),
        platforms: (0..platforms).map(|_| band(r, budget, extreme)).collect(),
        min_count: r.below(4) as u32,
        max_count: if r.bool() {
            u32::MAX
        } else {
            1 + r.below(6) as u32
        },
    }
}

/// Whether posts keep every constraint of the model, with exact sums.
fn model_ok(m: &Model, posts: &[u32]) -> bool {
    let mut spend = 0u128;
    let mut groups = vec![0u128; m.groups.len()];
    let mut platforms = vec![0u128; m.platforms.len()];
    let mut count = 0u32;
    for (it, &k) in m.items.iter().zip(posts) {
        if k == 0 {
            if it.forced {
                return false;
            }
            continue;
        }
        if k < it.lo || k > it.hi {
            return false;
        }
        let s = u128::from(it.price) * u128::from(k);
        spend += s;
        groups[it.group] += s;
        platforms[it.platform] += s;
        count += 1;
    }
    let within = |b: &Band, s: u128| u128::from(b.min) <= s && s <= u128::from(b.max);
    spend <= u128::from(m.budget)
        && count >= m.min_count
        && count <= m.max_count
        && m.groups.iter().zip(&groups).all(|(b, s)| within(b, *s))
        && m.platforms
            .iter()
            .zip(&platforms)
            .all(|(b, s)| within(b, *s))
}

/// The best value over every plan of the model (`None`: no plan).
pub fn model_best(m: &Model) -> Option<f64> {
    let options: Vec<Vec<u32>> = m
        .items
        .iter()
        .map(|it| {
            (!it.forced)
                .then_some(0)
                .into_iter()
                .chain(it.lo..=it.hi)
                .collect()
        })
        .collect();
    let mut best: Option<f64> = None;
    each_plan(&options, |posts| {
        if model_ok(m, posts) {
            let v: f64 = m
                .items
                .iter()
                .zip(posts)
                .map(|(it, k)| it.value * f64::from(*k))
                .sum();
            best = Some(best.map_or(v, |b: f64| b.max(v)));
        }
    })
    .expect("small models enumerate");
    best
}

pub fn check_model_case(m: &Model) {
    let best = model_best(m);
    let extreme = m.budget > 1 << 40 || m.items.iter().any(|it| it.price > 1 << 40);
    for limits in [
        Limits::default(),
        Limits {
            rel_gap: 0.0,
            ..Limits::default()
        },
    ] {
        match solver::solve(m, &limits) {
            Solution::Plan(s) => {
                assert_eq!(s.posts.len(), m.items.len(), "posts for every item");
                assert!(
                    model_ok(m, &s.posts),
                    "plan breaks a constraint: {:?}",
                    s.posts
                );
                let z: f64 = m
                    .items
                    .iter()
                    .zip(&s.posts)
                    .map(|(it, k)| it.value * f64::from(*k))
                    .sum();
                assert!(
                    (z - s.objective).abs() <= 1e-9 * z.abs().max(1.0),
                    "objective {} is not the plan's value {z}",
                    s.objective
                );
                let best = best.unwrap_or_else(|| panic!("a plan where enumeration finds none"));
                let slack = 1e-7 * best.abs().max(1.0);
                assert!(
                    s.upper_bound + slack >= best,
                    "upper bound {} below the best plan {best}",
                    s.upper_bound
                );
                if s.proven {
                    assert!(
                        z + (limits.rel_gap + 1e-6) * best.abs() + 1e-9 >= best,
                        "proven optimal at {z}, but {best} is possible"
                    );
                }
            }
            Solution::NoPlan { proven } => {
                assert!(
                    !proven || best.is_none(),
                    "proven no plan, but one worth {best:?} exists"
                );
                assert!(
                    proven || extreme,
                    "gave up on a small model (best {best:?})"
                );
            }
        }
    }
}

fn check_model(r: &mut Bytes) {
    let m = model(r);
    check_model_case(&m);
}
