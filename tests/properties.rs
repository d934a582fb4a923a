//! Properties that must hold for any input, checked on random rosters: numbers written in
//! any of the ways real exports write them read back exactly, and no data row ever
//! disappears without a trace.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tierwise::domain::{
    parse_number, read_roster, DecimalMark, Metric, ProblemKind, ReadOptions, Roster,
};

/// `n` grouped in threes with `sep` (`1,234,567`).
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The same text in another script's digits (Arabic-Indic from U+0660, Thai from U+0E50).
fn in_digits(text: &str, zero: u32) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

proptest! {
    #[test]
    fn whole_numbers_round_trip_in_every_grouping(n in 0u64..1_000_000_000_000) {
        let cases = [
            (grouped(n, ","), DecimalMark::Dot),
            (grouped(n, "."), DecimalMark::Comma),
            (grouped(n, "\u{a0}"), DecimalMark::Comma),
            (grouped(n, " "), DecimalMark::Dot),
            (in_digits(&grouped(n, "٬"), 0x660), DecimalMark::Dot),
            (in_digits(&grouped(n, ","), 0xe50), DecimalMark::Dot),
            (format!("${}", grouped(n, ",")), DecimalMark::Dot),
        ];
        for (text, mark) in cases {
            let v = parse_number(&text, mark).map(|o| o.map(|x| x.value));
            prop_assert_eq!(v, Ok(Some(n as f64)), "{:?}", text);
        }
    }

    #[test]
    fn decimals_round_trip_with_either_mark(whole in 0u64..100_000, cents in 0u64..100) {
        let expected: f64 = format!("{whole}.{cents:02}").parse().unwrap_or(0.0);
        let dot = format!("{}.{cents:02}", grouped(whole, ","));
        let comma = format!("{},{cents:02}", grouped(whole, "."));
        prop_assert_eq!(parse_number(&dot, DecimalMark::Comma).map(|o| o.map(|x| x.value)), Ok(Some(expected)), "{}", dot);
        prop_assert_eq!(parse_number(&comma, DecimalMark::Dot).map(|o| o.map(|x| x.value)), Ok(Some(expected)), "{}", comma);
    }

    #[test]
    fn suffixed_counts_are_exact(tenths in 1u64..10_000, suffix in prop::sample::select(vec![("K", 1e3), ("m", 1e6), ("B", 1e9)])) {
        let text = format!("{}.{}{}", tenths / 10, tenths % 10, suffix.0);
        let expected = (tenths as f64 / 10.0) * suffix.1;
        let got = parse_number(&text, DecimalMark::Dot).ok().flatten().map(|n| n.value).unwrap_or(f64::NAN);
        prop_assert!((got - expected).abs() <= expected * 1e-12, "{} → {}", text, got);
    }

    #[test]
    fn no_cell_text_makes_the_number_reader_panic(text in "\\PC{0,12}") {
        let _ = parse_number(&text, DecimalMark::Dot);
        let _ = parse_number(&text, DecimalMark::Comma);
    }

    /// Every data row ends up as a creator, a post of one, a counted duplicate, or a
    /// reported rejection.
    #[test]
    fn every_row_is_accounted_for(rows in prop::collection::vec(row(), 1..40), delimiter in prop::sample::select(vec![',', ';', '\t'])) {
        let mut text = ["handle", "followers", "likes", "comments"].join(&delimiter.to_string());
        text.push('\n');
        for r in &rows {
            text.push_str(&r.join(&delimiter.to_string()));
            text.push('\n');
        }
        let roster = read_roster(text.as_bytes(), &ReadOptions::default());
        // A row of empty cells (a spreadsheet's trailing rows) holds nothing to lose.
        let data_rows = rows.iter().filter(|r| r.iter().any(|c| !c.is_empty())).count();
        // A row with an unclosed quote is reported, and not read.
        let bad_quotes = roster.problems.iter().filter(|p| p.kind == ProblemKind::UnclosedQuote).count();
        prop_assert_eq!(roster.rows_read + bad_quotes, data_rows, "{}\n{:?}", text, roster.problems);
        prop_assert_eq!(accounted(&roster) + bad_quotes, data_rows, "{}\n{:?}", text, roster.problems);
    }

    /// Text full of multi-byte characters, quotes, delimiters and line ends: every field
    /// the csv reader hands over is whole UTF-8 (`Cell::text` relies on it, and checks it
    /// in debug builds, which `cargo test` uses), and every handle is text of the input.
    #[test]
    fn fields_of_any_text_are_whole_characters(
        text in "(h,f\n)?[a-z0-9łé€😀ไ\u{a0}\u{202f},;\t|\"\r\n ]{0,120}"
    ) {
        let roster = read_roster(text.as_bytes(), &ReadOptions::default());
        for c in &roster.creators {
            prop_assert!(c.handle.chars().all(|ch| text.contains(ch)), "{:?} in {:?}", c.handle, text);
        }
    }

    #[test]
    fn no_input_makes_the_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let roster = read_roster(&bytes, &ReadOptions::default());
        for c in &roster.creators {
            if let Some(f) = c.get(Metric::Followers) {
                prop_assert!(f >= 0.0 && f.is_finite());
            }
        }
    }
}

/// A row of cells as exports write them: handles that repeat, numbers in many styles,
/// garbage, empty cells.
fn row() -> impl Strategy<Value = Vec<String>> {
    // `"qu` opens a quote that never closes on its line.
    let handle = prop::sample::select(vec!["ana", "bo", "Ana", "@cy", "", "dee", "élan", "\"qu"]);
    let number = prop_oneof![
        (0u32..2_000_000).prop_map(|n| n.to_string()),
        (1u32..999).prop_map(|n| format!("{}.{}K", n / 10, n % 10)),
        Just(String::new()),
        Just("n/a".to_string()),
        Just("12,x5".to_string()),
        Just("-5".to_string()),
    ];
    (handle, number.clone(), number.clone(), number)
        .prop_map(|(h, f, l, c)| vec![h.to_string(), f, l, c])
}

fn accounted(r: &Roster) -> usize {
    let creators: usize = r.creators.iter().map(|c| c.rows().len().max(1)).sum();
    let duplicates: usize = r.creators.iter().map(|c| c.duplicate_lines().len()).sum();
    let rejected = r
        .problems
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ProblemKind::NoIdentity | ProblemKind::TooManyCells { .. }
            )
        })
        .count();
    creators + duplicates + rejected
}
