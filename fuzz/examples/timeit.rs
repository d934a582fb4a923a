//! Times each strategy on the settings case a saved split input draws (for a slow unit or
//! a timeout): `cargo run --release --manifest-path fuzz/Cargo.toml --example timeit -- FILE`.
use tierwise::domain::split::{self, solver, Strategy};
use tierwise_fuzz::bytes::Bytes;

fn main() {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: timeit FILE");
        std::process::exit(2);
    };
    let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut r = Bytes::new(&data);
    let kind = r.u8() % 6;
    if kind == 5 {
        let m = tierwise_fuzz::split::model(&mut r);
        let t = std::time::Instant::now();
        let _ = solver::solve(&m, &solver::Limits::default());
        println!("model: solve {:?}", t.elapsed());
        return;
    }
    let case = tierwise_fuzz::split::settings_case(&mut r, kind >= 3);
    for k in Strategy::ALL {
        let t = std::time::Instant::now();
        let _ = split::plan_one(&case.pool, &case.settings, k);
        println!("{}: {:?}", k.id(), t.elapsed());
    }
    let t = std::time::Instant::now();
    let _ = split::mega_vs_micro(&case.pool, &case.settings);
    println!("mega vs micro: {:?}", t.elapsed());
}
