//! Times the phases of reading a roster (read, analyse) natively: `cargo run --release
//! --example phase_times FILE`.
use std::time::Instant;
use tierwise::domain::{analyze, read_roster, ReadOptions, Settings};

fn main() {
    let path = std::env::args().nth(1).expect("a roster file");
    let bytes = std::fs::read(path).expect("readable");
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    for _ in 0..runs {
        let t = Instant::now();
        let roster = read_roster(&bytes, &ReadOptions::default());
        let read = t.elapsed();
        let t = Instant::now();
        let a = analyze(&roster, &Settings::default());
        let an = t.elapsed();
        let t = Instant::now();
        drop(roster);
        let dr = t.elapsed();
        println!(
            "read {read:?} analyze {an:?} drop {dr:?} ({} keys)",
            a.keys.len()
        );
    }
}
