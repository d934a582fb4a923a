//! Test generators shared by the split's unit tests: seeded random numbers, random
//! candidates, small models, and the best plan by enumerating every plan.

use super::model::{Band, Item, Limits, Model, Solution, Solved, Tally};
use super::solver::solve;

/// One step of the tests' linear congruential generator (Knuth's MMIX constants); its
/// draws are the top 31 bits of the new state.
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 33
}

/// A seeded generator for tests: `rnd(k)` is in `0..k`.
pub(crate) fn test_random(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |k: u64| lcg(&mut seed) % k
}

/// The same generator as [`test_random`] drawing fractions: `rnd()` is in `0..1`.
pub(crate) fn unit_random(mut seed: u64) -> impl FnMut() -> f64 {
    move || lcg(&mut seed) as f64 / f64::from(1u32 << 31)
}

/// How the tests draw random candidates: price in `100 * (1..=price_steps)` cents, value
/// in `1..=max_value`, one of two groups, `platforms` platforms, 1–2 posts at least and
/// up to `extra_posts - 1` more, forced one time in `forced_one_in`.
pub(crate) struct ItemDraw {
    pub price_steps: u64,
    pub max_value: u64,
    pub platforms: u64,
    pub extra_posts: u64,
    pub forced_one_in: u64,
}

pub(crate) fn random_items(rnd: &mut impl FnMut(u64) -> u64, n: usize, d: &ItemDraw) -> Vec<Item> {
    (0..n)
        .map(|_| {
            let lo = 1 + rnd(2) as u32;
            Item {
                price: 100 * (1 + rnd(d.price_steps)),
                value: (1 + rnd(d.max_value)) as f64,
                group: rnd(2) as usize,
                platform: rnd(d.platforms) as usize,
                lo,
                hi: lo + rnd(d.extra_posts) as u32,
                forced: rnd(d.forced_one_in) == 0,
            }
        })
        .collect()
}

/// The best plan's value by enumerating every plan (small models only).
pub(crate) fn enumerate(m: &Model) -> Option<f64> {
    let mut posts = vec![0u32; m.items.len()];
    let mut best: Option<f64> = None;
    loop {
        let t = Tally::of(m, &posts);
        let forced_in = m
            .items
            .iter()
            .zip(&posts)
            .all(|(it, &k)| !it.forced || k > 0);
        if forced_in && t.feasible(m) {
            best = Some(best.map_or(t.value, |b: f64| b.max(t.value)));
        }
        // Next combination: each item 0 or lo..=hi posts.
        let mut i = 0;
        loop {
            if i == posts.len() {
                return best;
            }
            let it = &m.items[i];
            posts[i] = match posts[i] {
                0 => it.lo,
                k if k < it.hi => k + 1,
                _ => 0,
            };
            if posts[i] != 0 {
                break;
            }
            i += 1;
        }
    }
}

/// A candidate of 1–3 posts on platform 0, not forced.
pub(crate) fn item(price: u64, value: f64, group: usize) -> Item {
    Item {
        price,
        value,
        group,
        platform: 0,
        lo: 1,
        hi: 3,
        forced: false,
    }
}

/// The plan for `m` (the test fails when there is none).
pub(crate) fn plan_of(m: &Model) -> Solved {
    match solve(m, &Limits::default()) {
        Solution::Plan(s) => s,
        other => panic!("no plan: {other:?}"),
    }
}

/// `m` has no plan, and the solver proves it.
pub(crate) fn assert_no_plan(m: &Model) {
    assert_eq!(
        solve(m, &Limits::default()),
        Solution::NoPlan { proven: true }
    );
}

/// A model with one platform and no creator counts.
pub(crate) fn model(items: Vec<Item>, budget: u64, groups: Vec<Band>) -> Model {
    Model {
        items,
        budget,
        groups,
        platforms: vec![Band::ANY],
        min_count: 0,
        max_count: u32::MAX,
    }
}

/// A candidate made by hand: `engagements` per post (reach ten times that), the three
/// figures of each outcome the same.
pub(crate) fn candidate(
    creator: usize,
    tier: crate::domain::tier::Tier,
    platform: crate::domain::roster::Platform,
    price_cents: u64,
    engagements: f64,
) -> super::Candidate {
    use crate::domain::roster::Metric;
    let o = |expected: f64, basis| super::Outcome {
        low: expected,
        expected,
        high: expected,
        origin: super::Origin::Supplied,
        spread: super::SpreadFrom::None,
        basis,
    };
    super::Candidate {
        creator,
        tier,
        platform,
        price_cents,
        price_estimated: false,
        reach: o(engagements * 10.0, Metric::Reach),
        engagements: o(engagements, Metric::Engagements),
        conversions: None,
    }
}

/// A random small model: 1–5 items drawn by `d`, a budget of $5–$34, bands on both groups
/// and on platform 0 (each none one time in three), and creator counts one time in two.
pub(crate) fn random_model(rnd: &mut impl FnMut(u64) -> u64, d: &ItemDraw) -> Model {
    let n = 1 + rnd(5) as usize;
    let items = random_items(rnd, n, d);
    let budget = 100 * (5 + rnd(30));
    let mut band = || match rnd(3) {
        0 => Band::ANY,
        _ => {
            let min = budget * rnd(50) / 100;
            Band {
                min,
                max: min + budget * rnd(80) / 100,
            }
        }
    };
    let groups = vec![band(), band()];
    let platforms = vec![band(), Band::ANY];
    let (min_count, max_count) = if rnd(2) == 0 {
        (0, u32::MAX)
    } else {
        (rnd(3) as u32, 1 + rnd(4) as u32)
    };
    Model {
        items,
        budget,
        groups,
        platforms,
        min_count,
        max_count,
    }
}

/// How [`random_model`]'s tests draw items: two platforms, up to three posts more than the
/// fewest, forced one time in eight.
pub(crate) const SMALL: ItemDraw = ItemDraw {
    price_steps: 12,
    max_value: 40,
    platforms: 2,
    extra_posts: 3,
    forced_one_in: 8,
};
