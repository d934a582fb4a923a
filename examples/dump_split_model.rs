//! Writes the optimal strategy's model for a roster and a budget as JSON (the form
//! examples/solve_split.rs and bench/split/highs.py read), to compare with HiGHS.
//!
//!   cargo run --release --example dump_split_model -- ROSTER.csv BUDGET [TIER-MIX [MIN]] > model.json
//!
//! TIER-MIX as for `tierwise split --tier-mix` (micro=60..80,nano=10..100); MIN creators.
use tierwise::domain::split::{candidates, model_for, parse_mix, SplitSettings};
use tierwise::domain::{read_roster, ReadOptions, Settings, Tier};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a roster file");
    let budget: f64 = args.next().expect("a budget").parse().expect("a number");
    let roster = read_roster(
        &std::fs::read(path).expect("readable"),
        &ReadOptions::default(),
    );
    let tier_mix = args
        .next()
        .map(|m| parse_mix(&m, |t| Tier::ALL.into_iter().find(|x| x.id() == t)).expect("a mix"))
        .unwrap_or_default();
    let min_creators = args.next().map_or(0, |n| n.parse().expect("a count"));
    let split = SplitSettings {
        budget,
        tier_mix,
        min_creators,
        ..SplitSettings::default()
    };
    let pool = candidates(&roster, &Settings::default(), &split);
    let (model, _) = model_for(&pool.candidates, &split);
    println!("{}", serde_json::to_string(&model).expect("serialisable"));
}
