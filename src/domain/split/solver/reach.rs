//! Checks before any search that prove "no plan" at once: constraints that cannot hold
//! whatever the posts ([`obviously_infeasible`]) and bands no combination of their own
//! candidates' whole posts can land in ([`band_unreachable`], over bit sets of reachable
//! spends).

use super::super::model::{Band, Item, Model, Tally};

/// A quick look for constraints that cannot hold whatever the posts: `None` if none found.
pub(crate) fn obviously_infeasible(m: &Model) -> bool {
    let forced = Tally::of(
        m,
        &m.items
            .iter()
            .map(|it| if it.forced { it.lo } else { 0 })
            .collect::<Vec<_>>(),
    );
    forced.spend > m.budget
        || forced.count > m.max_count
        || m.min_count > m.max_count
        || (m.items.len() as u64) < u64::from(m.min_count)
        || forced.groups.iter().zip(&m.groups).any(|(s, b)| *s > b.max)
        || forced
            .platforms
            .iter()
            .zip(&m.platforms)
            .any(|(s, b)| *s > b.max)
}

/// A tier or platform band that no combination of its own candidates' whole posts can land
/// in (e.g. a band of $359–$428 where one post costs $350 and two cost at least $505): then
/// no plan exists. Each band's reachable spends are built as a bit set over the greatest
/// common divisor of its prices, up to its maximum; a band too fine-grained for
/// `MAX_REACH_WORK` is not checked (`false`).
pub(crate) fn band_unreachable(m: &Model) -> bool {
    const MAX_CELLS: u64 = 1 << 20;
    const MAX_REACH_WORK: u64 = 20_000_000;
    let mut work = 0u64;
    let mut unreachable = |member: &dyn Fn(&Item) -> bool, band: &Band| -> bool {
        if band.min == 0 && band.max >= m.budget {
            return false;
        }
        let items: Vec<&Item> = m.items.iter().filter(|it| member(it)).collect();
        if items.is_empty() {
            return band.min > 0;
        }
        let cap = band.max.min(m.budget);
        let g = items.iter().fold(0, |g, it| gcd(g, it.price)).max(1);
        let cells = cap / g;
        if cells >= MAX_CELLS {
            return false;
        }
        let cells = cells + 1;
        let words = (cells as usize).div_ceil(64);
        let options: u64 = items.iter().map(|it| u64::from(it.hi - it.lo) + 2).sum();
        work += options * words as u64;
        if work > MAX_REACH_WORK {
            return false;
        }
        let mut reach = vec![0u64; words];
        reach[0] = 1;
        let mut next = vec![0u64; words];
        for it in items {
            if it.forced {
                next.iter_mut().for_each(|w| *w = 0);
            } else {
                next.copy_from_slice(&reach);
            }
            for k in it.lo..=it.hi {
                let shift = (it.price / g).saturating_mul(u64::from(k));
                if shift >= cells {
                    break;
                }
                or_shifted(&mut next, &reach, shift as usize);
            }
            std::mem::swap(&mut reach, &mut next);
        }
        let first = band.min.div_ceil(g);
        let last = cap / g;
        !(first..=last).any(|c| reach[(c / 64) as usize] >> (c % 64) & 1 == 1)
    };
    (0..m.groups.len()).any(|x| unreachable(&|it: &Item| it.group == x, &m.groups[x]))
        || (0..m.platforms.len())
            .any(|x| unreachable(&|it: &Item| it.platform == x, &m.platforms[x]))
}

/// `dst |= src << shift` over bit sets of equal length (bits past the end are dropped).
fn or_shifted(dst: &mut [u64], src: &[u64], shift: usize) {
    let (words, bits) = (shift / 64, shift % 64);
    for i in (words..dst.len()).rev() {
        let j = i - words;
        let mut v = src[j] << bits;
        if bits > 0 && j > 0 {
            v |= src[j - 1] >> (64 - bits);
        }
        dst[i] |= v;
    }
}

pub(super) fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::model::{Limits, Model, Solution};
    use crate::domain::split::solver::solve;
    use crate::domain::split::testgen::{
        assert_no_plan, enumerate, item, model, plan_of, random_items, test_random, ItemDraw,
    };

    #[test]
    fn whole_posts_that_cannot_land_in_a_band_are_no_plan() {
        // The band is $60–80 but posts cost $50: 1 post is too little, 2 too much.
        let m = model(
            vec![item(5000, 10.0, 0)],
            10_000,
            vec![Band {
                min: 6000,
                max: 8000,
            }],
        );
        assert_no_plan(&m);
    }

    #[test]
    fn a_band_between_what_one_and_two_creators_cost_has_no_plan_proven() {
        // A tier whose single posts cost $230, $275, $300 and $350 and whose next amounts
        // start at $505: a $359–$428 band cannot be met, whatever the other tiers do.
        let mut items = vec![
            item(23_000, 5.0, 0),
            item(27_500, 5.0, 0),
            item(30_000, 5.0, 0),
            item(35_000, 5.0, 0),
        ];
        items.iter_mut().for_each(|it| it.hi = 1);
        items.push(item(500, 1.0, 1));
        let band = |min| vec![Band { min, max: 42_788 }, Band::ANY];
        let m = model(items.clone(), 123_000, band(35_896));
        assert!(band_unreachable(&m));
        assert_eq!(
            solve(&m, &Limits::default()),
            Solution::NoPlan { proven: true }
        );
        // From $350 on, one post of the $350 creator lands in it.
        let m = model(items, 123_000, band(35_000));
        assert!(!band_unreachable(&m));
        assert!(plan_of(&m).objective > 0.0);
    }

    #[test]
    fn an_unreachable_band_is_only_ever_claimed_when_no_plan_exists() {
        const DRAW: ItemDraw = ItemDraw {
            price_steps: 12,
            max_value: 1,
            platforms: 2,
            extra_posts: 2,
            forced_one_in: 8,
        };
        let mut rnd = test_random(5);
        let (mut claimed, mut none) = (0, 0);
        for _ in 0..3000 {
            let n = 1 + rnd(5) as usize;
            let items = random_items(&mut rnd, n, &DRAW);
            let band = |rnd: &mut dyn FnMut(u64) -> u64| {
                let min = 100 * rnd(20);
                Band {
                    min,
                    max: min + 100 * rnd(4),
                }
            };
            let m = Model {
                groups: vec![band(&mut rnd), Band::ANY],
                platforms: vec![Band::ANY, band(&mut rnd)],
                ..model(items, 100 * (5 + rnd(30)), vec![])
            };
            let truth = enumerate(&m);
            none += usize::from(truth.is_none());
            if band_unreachable(&m) {
                claimed += 1;
                assert_eq!(truth, None, "{m:?}");
            }
        }
        // The check finds most of the models without a plan here (bands are narrow).
        assert!(claimed > none / 3, "{claimed} of {none}");
    }

    #[test]
    fn shifted_bit_sets_match_bit_by_bit() {
        let src: Vec<u64> = vec![0x8000_0000_0000_0001, 0x0123_4567_89ab_cdef, u64::MAX, 5];
        for shift in 0..4 * 64 {
            let mut dst = vec![0u64; 4];
            or_shifted(&mut dst, &src, shift);
            for bit in 0..4 * 64 {
                let want = bit >= shift && src[(bit - shift) / 64] >> ((bit - shift) % 64) & 1 == 1;
                assert_eq!(
                    dst[bit / 64] >> (bit % 64) & 1 == 1,
                    want,
                    "shift {shift} bit {bit}"
                );
            }
        }
    }
}
