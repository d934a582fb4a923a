//! The reader and analysis on fixture files that look like real exports. Expected figures
//! are worked out by hand in tests/fixtures/README.md.

use tierwise::domain::{
    analyze, analyze_creator, read_roster, CreatorKey, ErBasis, InputFormat, Interactions, Metric,
    Platform, ProblemKind, ReadOptions, Roster, Settings, Source, Tier,
};

fn fixture(name: &str) -> Roster {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_roster(&bytes, &ReadOptions::default())
}

/// Creators per tier of the default scheme: [emerging, nano, micro, macro, mega, no tier].
fn tier_counts(r: &Roster) -> [usize; 6] {
    let a = analyze(r, &Settings::default());
    let mut out = [0; 6];
    for m in &a.keys {
        let i = match m.tier {
            Some(Tier::Emerging) => 0,
            Some(Tier::Nano) => 1,
            Some(Tier::Micro) => 2,
            Some(Tier::Macro) => 3,
            Some(Tier::Mega) => 4,
            Some(Tier::Mid) => panic!("the default scheme has no mid tier"),
            None => 5,
        };
        out[i] += 1;
    }
    out
}

fn creator<'r>(r: &'r Roster, handle: &str) -> &'r tierwise::domain::Creator {
    r.creators
        .iter()
        .find(|c| c.handle == handle)
        .unwrap_or_else(|| panic!("no creator {handle}"))
}

#[test]
fn sample_roster_covers_every_tier_and_three_platforms() {
    let bytes = std::fs::read(format!(
        "{}/static/sample-roster.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("sample roster");
    let r = read_roster(&bytes, &ReadOptions::default());
    assert_eq!(r.creators.len(), 40);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(tier_counts(&r), [6, 8, 10, 9, 7, 0]);
    for p in Platform::KNOWN {
        assert!(r.creators.iter().filter(|c| c.platform == p).count() >= 10);
    }
}

#[test]
fn scraper_export_with_suffixes_and_mojibake() {
    let r = fixture("export_suffixes.csv");
    assert_eq!(r.creators.len(), 15);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(tier_counts(&r), [2, 3, 4, 3, 3, 0]);
    let civ = creator(&r, "civ.vibes");
    assert_eq!(civ.name, "Côte d'Ivoire Vibes");
    assert!(civ.repaired_text);
    assert_eq!(civ.get(Metric::Followers), Some(10_000.0));
    let views: Vec<f64> = r
        .creators
        .iter()
        .filter_map(|c| c.get(Metric::Views))
        .collect();
    assert!(views.contains(&475_800_000.0));
    assert!(views.contains(&29_000_000_000.0));
    assert!(r.creators.iter().any(|c| c.name == "Sam, the Plant Guy"));
}

#[test]
fn instagram_top_list_with_a_duplicate_row() {
    let r = fixture("instagram_top.csv");
    assert_eq!(r.rows_read, 15);
    assert_eq!(r.creators.len(), 14);
    assert_eq!(tier_counts(&r), [1, 3, 3, 3, 4, 0]);
    let dup = r
        .creators
        .iter()
        .find(|c| !c.duplicate_lines().is_empty())
        .expect("a duplicate");
    assert_eq!(dup.line, 7);
    assert_eq!(dup.duplicate_lines(), [8]);
}

#[test]
fn european_excel_semicolons_and_decimal_commas() {
    let r = fixture("european_excel.csv");
    assert_eq!(r.format, InputFormat::Delimited { delimiter: ';' });
    assert_eq!(r.creators.len(), 10);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(tier_counts(&r), [1, 2, 3, 2, 2, 0]);
    let followers: Vec<f64> = r
        .creators
        .iter()
        .filter_map(|c| c.get(Metric::Followers))
        .collect();
    assert!(followers.contains(&1_234_567.0));
    let prices: Vec<f64> = r
        .creators
        .iter()
        .filter_map(|c| c.get(Metric::Price))
        .collect();
    assert!(prices.contains(&1_200.5), "{prices:?}");
    let rates: Vec<f64> = r
        .creators
        .iter()
        .filter_map(|c| c.get(Metric::EngagementRate))
        .collect();
    assert!(rates.contains(&4.5), "{rates:?}");
}

#[test]
fn spreadsheet_tsv_copy_with_a_quoted_newline() {
    let r = fixture("sheets_copy.tsv");
    assert_eq!(r.format, InputFormat::Delimited { delimiter: '\t' });
    assert_eq!(r.creators.len(), 12);
    assert_eq!(tier_counts(&r), [1, 3, 2, 3, 3, 0]);
    assert!(r.creators.iter().any(|c| c.name.contains('\n')));
    assert!(r.creators.iter().any(|c| c.name.contains("\"Big\"")));
}

#[test]
fn per_post_rows_give_mean_and_median() {
    let r = fixture("per_post.csv");
    assert_eq!(r.creators.len(), 4);
    assert_eq!(tier_counts(&r), [0, 1, 1, 1, 1, 0]);
    let s = Settings::default();
    let metrics = |h: &str| {
        let c = r.creators.iter().find(|c| c.handle == h).expect(h);
        (c, analyze_creator(c, &s))
    };
    let (mai, m) = metrics("mai.dance");
    assert_eq!(mai.source(), Source::PerPost { posts: 5 });
    let e = m.engagements.expect("E");
    assert!((e.mean - 52_316.0).abs() < 1e-9);
    assert_eq!(e.median, Some(18_960.0));
    let er = m.er_followers.expect("ER");
    assert!((er.mean - 16.3488).abs() < 1e-4, "{}", er.mean);
    assert!((er.median.expect("median") - 5.9250).abs() < 1e-4);
    let (_, thao) = metrics("thao.cooks");
    assert!((thao.engagements.expect("E").mean - 424.8).abs() < 1e-9);
}

#[test]
fn broken_rows_are_reported_and_the_rest_read() {
    let r = fixture("broken.csv");
    assert_eq!(r.rows_read, 12);
    let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![7, 9, 10]);
    assert_eq!(r.problems[0].text, "12,x5");
    assert_eq!(r.problems[0].column.as_deref(), Some("followers"));
    assert!(matches!(r.problems[1].kind, ProblemKind::Negative { .. }));
    assert_eq!(r.problems[2].kind, ProblemKind::NoIdentity);
    // Bad cells are left empty; only the row with no identity is left out.
    assert_eq!(r.creators.len(), 11);
    assert_eq!(tier_counts(&r), [1, 2, 2, 2, 2, 2]);
}

#[test]
fn seed_language_headers_and_digits() {
    let vi = fixture("multilingual_vi.csv");
    assert!(vi.missing.is_empty() && vi.extra_columns.is_empty());
    assert_eq!(tier_counts(&vi), [2, 1, 2, 1, 2, 0]);
    assert_eq!(
        creator(&vi, "bep.nha.min").get(Metric::Likes),
        Some(6_900.0)
    );
    let th = fixture("multilingual_th.csv");
    assert!(th.missing.is_empty() && th.extra_columns.is_empty());
    assert_eq!(tier_counts(&th), [1, 1, 3, 1, 2, 0]);
    assert_eq!(
        creator(&th, "nong.mali").get(Metric::Followers),
        Some(10_000.0)
    );
    assert_eq!(creator(&th, "nong.mali").get(Metric::Price), Some(1_500.0));
    let ar = fixture("multilingual_ar.csv");
    assert!(ar.missing.is_empty() && ar.extra_columns.is_empty());
    assert_eq!(tier_counts(&ar), [1, 2, 1, 2, 2, 0]);
    let sara = creator(&ar, "sara.bakes");
    assert_eq!(sara.platform, Platform::Instagram);
    assert_eq!(sara.get(Metric::Followers), Some(10_000.0));
    assert_eq!(sara.get(Metric::EngagementRate), Some(4.5));
    for r in [&vi, &th, &ar] {
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.creators.len(), 8);
    }
}

#[test]
fn json_array_and_json_lines() {
    let j = fixture("roster.json");
    assert_eq!(j.format, InputFormat::Json);
    assert_eq!(j.creators.len(), 8);
    assert!(j.problems.is_empty(), "{:?}", j.problems);
    assert_eq!(tier_counts(&j), [1, 2, 1, 2, 2, 0]);
    let l = fixture("roster.jsonl");
    assert_eq!(l.format, InputFormat::JsonLines);
    assert_eq!(l.creators.len(), 5);
    assert_eq!(l.problems.len(), 1);
    assert_eq!(l.problems[0].line, 4);
}

#[test]
fn the_sort_keys_match_the_full_metrics_of_every_fixture_creator() {
    // `analyze` keeps a small key per creator, computed without the list of flags; it must
    // say what the full metrics say, under every interactions setting and ER basis.
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if !path.is_file() || path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        let roster = read_roster(&bytes, &ReadOptions::default());
        for interactions in Interactions::ALL {
            for basis in [ErBasis::Followers, ErBasis::Reach, ErBasis::Views] {
                let settings = Settings {
                    interactions,
                    basis,
                    ..Settings::default()
                };
                let keys = analyze(&roster, &settings).keys;
                for (c, key) in roster.creators.iter().zip(&keys) {
                    let full = analyze_creator(c, &settings);
                    assert_eq!(*key, CreatorKey::of(&full), "{path:?} @{}", c.handle);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 500, "{checked}");
}
