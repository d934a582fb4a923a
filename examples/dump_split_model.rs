//! Writes the optimal strategy's model for a roster and a budget as JSON (the form
//! examples/solve_split.rs and bench/split/highs.py read), to compare with HiGHS.
//!
//!   cargo run --release --example dump_split_model -- ROSTER.csv BUDGET > model.json
use tierwise::domain::split::{candidates, model_for, SplitSettings};
use tierwise::domain::{read_roster, ReadOptions, Settings};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a roster file");
    let budget: f64 = args.next().expect("a budget").parse().expect("a number");
    let roster = read_roster(
        &std::fs::read(path).expect("readable"),
        &ReadOptions::default(),
    );
    let split = SplitSettings {
        budget,
        ..SplitSettings::default()
    };
    let pool = candidates(&roster, &Settings::default(), &split);
    let (model, _) = model_for(&pool.candidates, &split);
    println!("{}", serde_json::to_string(&model).expect("serialisable"));
}
