//! Prints, for each file, the time and the peak memory of reading and analysing it (what the
//! read target bounds): `cargo run --release --manifest-path fuzz/Cargo.toml --example
//! readmem -- FILE...`.
#[global_allocator]
static ALLOC: tierwise_fuzz::alloc::Counting = tierwise_fuzz::alloc::Counting;

fn main() {
    for file in std::env::args().skip(1) {
        let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        tierwise_fuzz::alloc::reset_peak();
        let base = tierwise_fuzz::alloc::current();
        let t = std::time::Instant::now();
        tierwise_fuzz::read::check(&data);
        let peak = tierwise_fuzz::alloc::peak()
            .unwrap_or(0)
            .saturating_sub(base);
        println!(
            "{file}: {} bytes, {:?}, peak {peak} bytes ({:.0} per input byte; allowed {})",
            data.len(),
            t.elapsed(),
            peak as f64 / data.len().max(1) as f64,
            tierwise_fuzz::read::bytes_allowed(data.len())
        );
    }
}
