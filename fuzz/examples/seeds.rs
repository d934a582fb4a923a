//! Writes the seed inputs of the share and read targets into `fuzz/seeds/` (run again
//! after the record's shape changes): `cargo run --manifest-path fuzz/Cargo.toml --example
//! seeds`. The read target's seeds are the fixtures and the sample roster, cut to 4 KiB.
use std::path::Path;
use tierwise::domain::saved::{SavedSource, SavedState, SAVED_VERSION};
use tierwise::domain::share::{self, Link};
use tierwise::domain::split::form::BudgetForm;
use tierwise::domain::{builtin_schemes, ErBasis, Field, Interactions, Platform, RateCard};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("seeds/share");
    std::fs::create_dir_all(&dir).expect("seeds/share");
    let mut budget = BudgetForm {
        budget: "3500".into(),
        cap: "20".into(),
        min_creators: "3".into(),
        ..BudgetForm::default()
    };
    budget.tier_min[2] = "60".into();
    let state = SavedState {
        version: SAVED_VERSION,
        scheme: builtin_schemes()[2].clone(),
        compare: Some("seeds".into()),
        interactions: Interactions::ALL[1],
        basis: ErBasis::Views,
        rate_card: RateCard::default(),
        default_platform: Platform::TikTok,
        infer_platform: false,
        mapping: vec![(2, Some(Field::Followers)), (4, None)],
        budget,
        source: SavedSource::Pasted,
    };
    let roster = "handle,platform,followers,likes,price\nana,instagram,12000,340,90\nbo,tiktok,950000,\"1,200\",\n";
    let with = |kind: u8, text: &str| {
        let mut v = vec![kind];
        v.extend_from_slice(text.as_bytes());
        v
    };
    let Link::Fragment(fragment) = share::link(&state, roster, "https://example.com/") else {
        panic!("a short link");
    };
    let json = format!(
        "{{\"state\":{},\"roster\":{}}}",
        state.to_json(),
        serde_json::to_string(roster).expect("a string")
    );
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        ("link", with(0, &fragment)),
        ("file", with(0, &share::file_text(&state, roster))),
        ("kept", with(0, &state.to_json())),
        ("record", with(1, &json)),
        ("drawn", vec![2; 64]),
    ];
    for (name, data) in seeds {
        std::fs::write(dir.join(name), data).expect("a seed");
    }
    let dir = root.join("seeds/read");
    std::fs::create_dir_all(&dir).expect("seeds/read");
    let fixtures = root.join("../tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&fixtures)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x != "md"))
        .collect();
    files.push(root.join("../static/sample-roster.csv"));
    for f in files {
        let mut data = std::fs::read(&f).expect("a fixture");
        data.truncate(4096);
        let name = f
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        std::fs::write(dir.join(name), data).expect("a seed");
    }
}
