//! Properties of the optimal split on random small models, checked against enumeration of
//! every plan: the solver's plan keeps every constraint, is the best one when it says it is
//! proven, reports "no plan" exactly when none exists, never gets worse with more budget, and
//! is the same plan for the same input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tierwise::domain::split::solver::{solve, Band, Item, Limits, Model, Solution, Tally};

fn exact() -> Limits {
    Limits {
        rel_gap: 0.0,
        ..Limits::default()
    }
}

/// The best objective over every plan, by enumeration.
fn brute(m: &Model) -> Option<f64> {
    let n = m.items.len();
    let mut posts = vec![0u32; n];
    let mut best: Option<f64> = None;
    loop {
        let ok = m
            .items
            .iter()
            .zip(&posts)
            .all(|(it, &k)| (k == 0 && !it.forced) || (k >= it.lo && k <= it.hi));
        if ok {
            let t = Tally::of(m, &posts);
            if t.feasible(m) {
                best = Some(best.map_or(t.value, |b| b.max(t.value)));
            }
        }
        let mut j = 0;
        loop {
            if j == n {
                return best;
            }
            posts[j] += 1;
            if posts[j] <= m.items[j].hi {
                break;
            }
            posts[j] = 0;
            j += 1;
        }
    }
}

fn band(budget: u64) -> impl Strategy<Value = Band> {
    prop_oneof![
        Just(Band::ANY),
        (0u64..=100, 0u64..=100).prop_map(move |(a, b)| {
            let (lo, hi) = (a.min(b), a.max(b));
            Band {
                min: budget * lo / 100,
                max: budget * hi / 100,
            }
        }),
    ]
}

fn model() -> impl Strategy<Value = Model> {
    (1u64..=200, 1usize..=3, 1usize..=2).prop_flat_map(|(budget_dollars, groups, platforms)| {
        let budget = budget_dollars * 100;
        let item = (
            1u64..=60,
            0u32..=500,
            0..groups,
            0..platforms,
            1u32..=2,
            0u32..=2,
            prop::bool::weighted(0.1),
        )
            .prop_map(
                |(dollars, value, group, platform, lo, extra, forced)| Item {
                    price: dollars * 100,
                    value: f64::from(value) / 10.0,
                    group,
                    platform,
                    lo,
                    hi: lo + extra,
                    forced,
                },
            );
        (
            prop::collection::vec(item, 1..=8),
            prop::collection::vec(band(budget), groups),
            prop::collection::vec(band(budget), platforms),
            0u32..=3,
            prop_oneof![Just(u32::MAX), 1u32..=6],
        )
            .prop_map(
                move |(items, groups, platforms, min_count, max_count)| Model {
                    items,
                    budget,
                    groups,
                    platforms,
                    min_count,
                    max_count,
                },
            )
    })
}

fn plan_ok(m: &Model, posts: &[u32]) -> bool {
    posts.len() == m.items.len()
        && m.items
            .iter()
            .zip(posts)
            .all(|(it, &k)| (k == 0 && !it.forced) || (k >= it.lo && k <= it.hi))
        && Tally::of(m, posts).feasible(m)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn plan_keeps_every_constraint_and_is_optimal(m in model()) {
        let reference = brute(&m);
        match solve(&m, &exact()) {
            Solution::Plan(s) => {
                prop_assert!(plan_ok(&m, &s.posts), "plan breaks a constraint: {:?}", s.posts);
                prop_assert!(Tally::of(&m, &s.posts).spend <= m.budget);
                let best = reference.expect("enumeration finds a plan too");
                prop_assert!(s.objective <= s.upper_bound + 1e-6);
                prop_assert!(best <= s.upper_bound + 1e-6, "bound {} below the best {}", s.upper_bound, best);
                if s.proven {
                    prop_assert!((s.objective - best).abs() <= 1e-6 * best.max(1.0),
                        "proven plan {} but the best is {}", s.objective, best);
                }
            }
            Solution::NoPlan { proven } => {
                prop_assert!(!proven || reference.is_none(), "said no plan, but {:?} exists", reference);
                prop_assert!(reference.is_none() || !proven);
            }
        }
    }

    #[test]
    fn more_budget_never_lowers_the_optimum(m in model(), extra in 0u64..=5_000) {
        let mut richer = m.clone();
        richer.budget += extra;
        // Bands are kept as amounts, so every plan of the smaller budget stays a plan.
        let value = |s: Solution| match s {
            Solution::Plan(s) if s.proven => Some(s.objective),
            _ => None,
        };
        if let (Some(a), Some(b)) = (value(solve(&m, &exact())), value(solve(&richer, &exact()))) {
            prop_assert!(b + 1e-9 >= a, "budget {} → {}, {} → {}", m.budget, richer.budget, a, b);
        }
        if matches!(solve(&m, &exact()), Solution::Plan(_)) {
            prop_assert!(matches!(solve(&richer, &exact()), Solution::Plan(_)));
        }
    }

    #[test]
    fn same_input_same_plan(m in model()) {
        prop_assert_eq!(solve(&m, &Limits::default()), solve(&m, &Limits::default()));
    }
}

/// The fuzz targets' checks (`fuzz/src/`), shared with `cargo fuzz`: here they replay every
/// saved regression and run on random bytes, on stable.
#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod fuzz_checks;

fn regressions(target: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target)
}

#[test]
fn fuzz_regressions_of_the_split_still_pass() {
    let n = fuzz_checks::replay(&regressions("split"), fuzz_checks::split::check);
    assert!(n > 0, "no saved split regressions found");
}

#[test]
fn fuzz_regressions_of_share_links_and_saved_records_still_pass() {
    let n = fuzz_checks::replay(&regressions("share"), fuzz_checks::share::check);
    assert!(n > 0, "no saved share regressions found");
}

#[test]
fn fuzz_regressions_and_seeds_of_reading_still_pass() {
    let n = fuzz_checks::replay(&regressions("read"), fuzz_checks::read::check);
    assert!(n > 0, "no saved read regressions found");
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/read");
    assert!(fuzz_checks::replay(&seeds, fuzz_checks::read::check) > 10);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The read fuzz target's check, on random bytes shaped like rosters half the time.
    #[test]
    fn the_read_fuzz_check_holds_on_random_bytes(data in prop::collection::vec(any::<u8>(), 0..400)) {
        fuzz_checks::read::check(&data);
    }

    /// The split fuzz target's check, on random bytes (each is a case of settings or a
    /// model, drawn the same way the fuzzer draws them).
    #[test]
    fn the_split_fuzz_check_holds_on_random_bytes(data in prop::collection::vec(any::<u8>(), 0..96)) {
        fuzz_checks::split::check(&data);
    }
}
