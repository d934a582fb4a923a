//! Prints the case a saved input draws, then runs its check:
//! `cargo run --manifest-path fuzz/Cargo.toml --example show -- split FILE`.
use tierwise_fuzz::bytes::Bytes;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(target), Some(file)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: show split|share|read FILE");
        std::process::exit(2);
    };
    let data = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    println!("{} bytes: {data:?}", data.len());
    match target.as_str() {
        "split" => {
            let mut r = Bytes::new(&data);
            match r.u8() % 6 {
                0..=2 => println!("{:#?}", tierwise_fuzz::split::settings_case(&mut r, false)),
                3 | 4 => println!("{:#?}", tierwise_fuzz::split::settings_case(&mut r, true)),
                _ => println!("{:#?}", tierwise_fuzz::split::model(&mut r)),
            }
            tierwise_fuzz::split::check(&data);
        }
        "share" => {
            println!("{:?}", String::from_utf8_lossy(&data));
            tierwise_fuzz::share::check(&data);
        }
        "read" => {
            println!("{:?}", String::from_utf8_lossy(&data));
            tierwise_fuzz::read::check(&data);
        }
        other => panic!("unknown target {other}"),
    }
    println!("check passed");
}
