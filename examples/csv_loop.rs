//! The native comparison point of `make bench`: a bare csv-crate loop over the same bytes
//! `tierwise bench` reads (headers on, one reused `ByteRecord`, nothing done with a field
//! but counting it). Prints one JSON line per run, as `tierwise bench` does:
//! `cargo run --release --example csv_loop FILE`.
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: csv_loop FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("csv_loop: {path}: {e}");
            std::process::exit(1);
        }
    };
    let start = Instant::now();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(&bytes[..]);
    let mut record = csv::ByteRecord::new();
    let (mut records, mut fields) = (0u64, 0u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                records += 1;
                fields += record.len() as u64;
            }
            Ok(false) => break,
            Err(e) => {
                eprintln!("csv_loop: {e}");
                std::process::exit(1);
            }
        }
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{{\"bytes\":{},\"records\":{records},\"fields\":{fields},\"ms\":{ms:.1}}}",
        bytes.len()
    );
}
