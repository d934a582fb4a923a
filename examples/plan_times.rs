//! Times planning a roster natively, strategy by strategy (as the app's "Make the plan"
//! does: every strategy, then one mega creator against 30-40 micro ones):
//! `cargo run --release --example plan_times FILE [BUDGET]`.
use std::time::Instant;
use tierwise::domain::split::{candidates_in, mega_vs_micro, plan_one, SplitSettings, Strategy};
use tierwise::domain::{read_roster, ReadOptions, Settings};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a roster file");
    let budget: f64 = args.next().and_then(|b| b.parse().ok()).unwrap_or(20_000.0);
    let bytes = std::fs::read(path).expect("readable");
    let roster = read_roster(&bytes, &ReadOptions::default());
    let settings = Settings::default();
    let s = SplitSettings {
        budget,
        ..SplitSettings::default()
    };
    let t = Instant::now();
    let pool = candidates_in(&roster, &settings, &s, None);
    println!(
        "{} creators, {} candidates: {:?}",
        roster.creators.len(),
        pool.candidates.len(),
        t.elapsed()
    );
    for k in Strategy::ALL {
        let t = Instant::now();
        let out = plan_one(&pool.candidates, &s, k);
        println!(
            "{k:?}: {:?} ({})",
            t.elapsed(),
            out.plan().map_or(0, |p| p.lines.len())
        );
    }
    let t = Instant::now();
    let _ = mega_vs_micro(&pool.candidates, &s);
    println!("mega vs micro: {:?}", t.elapsed());
}
