use tierwise::domain::split::bnb;
use tierwise::domain::split::solver::Model;
fn main() {
    for path in std::env::args().skip(1) {
        let m: Model = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for work in [1_000_000_000u64, 10_000_000_000] {
            for polish in [0usize, 300_000] {
                let t = std::time::Instant::now();
                let floor: Option<f64> = std::env::var("FLOOR").ok().map(|f| f.parse().unwrap());
                let allowed = bnb::Work {
                    lp: work,
                    tree: u64::MAX,
                };
                let out = bnb::search(&m, floor, 1e-6, allowed, polish);
                match out {
                    Some(o) => println!("{path} work {work} polish {polish}: best {:?} open {} complete {} nodes {} in {:?}", o.best.map(|b| b.1), o.open, o.complete, o.nodes, t.elapsed()),
                    None => println!("too big"),
                }
            }
        }
    }
}
