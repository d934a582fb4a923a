//! Share links, shared files and the autosave record: whatever the text, opening it never
//! panics, and whatever opens is safe to use: this version's record, a tier scheme that
//! holds together (a built-in one exactly as the code has it), a known comparison, every
//! rate-card range valid with a finite estimate, one row per platform, and budget-panel
//! entries that become settings with finite amounts and percentages in range. It is then
//! used as the app uses it (the roster read with its mapping, analysed with its settings,
//! planned with its budget panel), and it round-trips: made into a link, a file or a kept
//! record again, it opens as the same.
//!
//! An input is one of three kinds (its first byte says which): any text, opened as a link,
//! a file and a kept record; any bytes deflated into a link (so the fuzzer reaches the
//! record inside); or a record drawn field by field, with extreme numbers where numbers go.

use super::bytes::Bytes;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use tierwise::domain::saved::{SavedSource, SavedState, SAVED_VERSION};
use tierwise::domain::share::{self, Link, Shared, MAX_LINK_CHARS};
use tierwise::domain::split::form::BudgetForm;
use tierwise::domain::split::{self, Strategy};
use tierwise::domain::{
    builtin_schemes, read_roster, DecimalMark, ErBasis, Field, Interactions, Platform, PriceRange,
    RateCard, ReadOptions, Settings, Tier, TierScheme,
};

const BASE: &str = "https://example.com/tools/tierwise/";

/// Rosters up to this many creators are also planned (every strategy).
const MAX_PLANNED: usize = 12;

pub fn check(data: &[u8]) {
    let mut r = Bytes::new(data);
    match r.u8() % 3 {
        0 => check_text(&String::from_utf8_lossy(r.rest())),
        1 => {
            let packed = miniz_oxide::deflate::compress_to_vec(r.rest(), 1);
            let fragment = format!("share=1.{}", URL_SAFE_NO_PAD.encode(packed));
            if let Ok(shared) = share::open_fragment(&fragment) {
                check_shared(&shared);
            }
        }
        _ => {
            let state = drawn_state(&mut r);
            let roster = String::from_utf8_lossy(r.rest()).into_owned();
            check_encoded(&state, &roster);
        }
    }
}

/// Any text, opened every way the app opens text.
pub fn check_text(text: &str) {
    if let Ok(shared) = share::open_fragment(text) {
        check_shared(&shared);
    }
    let _ = share::is_share_fragment(text);
    let looks = share::looks_like_file(text.as_bytes());
    if let Some(Ok(shared)) = share::open_file(text) {
        assert!(looks, "opened as a shared file, but does not look like one");
        check_shared(&shared);
    }
    if let Some(state) = SavedState::from_json(text) {
        check_state(&state);
        check_use(&state, "");
    }
}

/// A state and roster as the app would write them, opened back every way.
pub fn check_encoded(state: &SavedState, roster: &str) {
    if state.version != SAVED_VERSION {
        // Refused for its version, or before that for a number JSON cannot write.
        let refused = |r: &Result<Shared, share::ShareError>| {
            matches!(
                r,
                Err(share::ShareError::Version(v)) if *v == state.version
            ) || matches!(r, Err(share::ShareError::NotARecord(_)))
        };
        if let Link::Fragment(f) = share::link(state, roster, BASE) {
            let opened = share::open_fragment(&f);
            assert!(refused(&opened), "another version's link: {opened:?}");
        }
        let file = share::open_file(&share::file_text(state, roster));
        assert!(
            file.as_ref().is_some_and(refused),
            "another version's file: {file:?}"
        );
        assert_eq!(
            SavedState::from_json(&state.to_json()),
            None,
            "another version's record"
        );
        return;
    }
    if let Link::Fragment(f) = share::link(state, roster, BASE) {
        assert!(
            f.len() + BASE.len() < MAX_LINK_CHARS,
            "a link over the limit"
        );
        match share::open_fragment(&f) {
            Ok(shared) => {
                assert_eq!(shared.roster, roster, "the link's roster");
                check_shared(&shared);
            }
            Err(e) => {
                // Only a record that does not parse back (a number JSON cannot write).
                assert!(
                    matches!(e, share::ShareError::NotARecord(_)),
                    "own link refused: {e:?}"
                );
            }
        }
    }
    match share::open_file(&share::file_text(state, roster)) {
        Some(Ok(shared)) => {
            assert_eq!(shared.roster, roster, "the file's roster");
            check_shared(&shared);
        }
        Some(Err(e)) => assert!(
            matches!(e, share::ShareError::NotARecord(_)),
            "own file refused: {e:?}"
        ),
        None => panic!("own shared file not recognised"),
    }
    if let Some(kept) = SavedState::from_json(&state.to_json()) {
        check_state(&kept);
    }
}

/// What a link or file opened to: safe, usable, and the same when shared again.
pub fn check_shared(shared: &Shared) {
    check_state(&shared.state);
    if let Link::Fragment(f) = share::link(&shared.state, &shared.roster, BASE) {
        let again = share::open_fragment(&f).unwrap_or_else(|e| panic!("re-shared link: {e:?}"));
        assert_same(&again, shared, "a link of what opened opens the same");
    }
    match share::open_file(&share::file_text(&shared.state, &shared.roster)) {
        Some(Ok(again)) => assert_same(&again, shared, "a file of what opened opens the same"),
        other => panic!("a file of what opened: {other:?}"),
    }
    let kept = SavedState::from_json(&shared.state.to_json())
        .unwrap_or_else(|| panic!("the kept record of what opened does not open"));
    assert_same(
        &Shared {
            state: kept,
            roster: shared.roster.clone(),
        },
        shared,
        "the kept record of what opened",
    );
    check_use(&shared.state, &shared.roster);
}

/// The same record, numbers equal to 1 part in 10^15: serde_json, without its
/// `float_roundtrip` feature, reads some numbers back 1 ulp off (4.8578766846730535e-33
/// as 4.857876684673054e-33), which no amount or percentage notices.
fn assert_same(a: &Shared, b: &Shared, what: &str) {
    fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-15 * x.abs().max(y.abs()),
                _ => x == y,
            },
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
            }
            _ => a == b,
        }
    }
    let json = |s: &Shared| serde_json::to_value(s).unwrap_or(serde_json::Value::Null);
    assert!(close(&json(a), &json(b)), "{what}:\n{a:?}\n{b:?}");
}

/// Everything in a state that opened is valid.
pub fn check_state(s: &SavedState) {
    assert_eq!(s.version, SAVED_VERSION);
    let builtin = builtin_schemes();
    match builtin.iter().find(|b| b.id == s.scheme.id) {
        Some(b) => assert_eq!(&s.scheme, b, "a built-in scheme with other figures"),
        None => assert_eq!(s.scheme.id, "custom", "an unknown scheme {:?}", s.scheme.id),
    }
    if let Err(e) = s.scheme.validate() {
        panic!("a scheme that does not hold together: {e:?} {:?}", s.scheme);
    }
    if let Some(id) = &s.compare {
        assert!(
            builtin.iter().any(|b| &b.id == id),
            "unknown comparison {id:?}"
        );
    }
    let mut seen = Vec::new();
    for (platform, ranges) in &s.rate_card.rows {
        assert!(
            !seen.contains(platform),
            "rate card lists {platform:?} twice"
        );
        seen.push(*platform);
        for (band, range) in ranges.iter().enumerate() {
            assert!(
                range.is_valid() && range.point().is_finite(),
                "rate card {platform:?} band {band}: {range:?}"
            );
        }
    }
}

/// The state used as the app uses it: nothing panics, the budget panel's settings are in
/// range.
pub fn check_use(s: &SavedState, roster_text: &str) {
    let roster = read_roster(
        roster_text.as_bytes(),
        &ReadOptions {
            default_platform: s.default_platform,
            infer_platform: s.infer_platform,
            mapping: s.mapping.clone(),
            ..ReadOptions::default()
        },
    );
    let settings = Settings {
        scheme: s.scheme.clone(),
        interactions: s.interactions,
        basis: s.basis,
        rate_card: s.rate_card.clone(),
    };
    let analysis = tierwise::domain::analyze(&roster, &settings);
    let _ = analysis;
    for mark in [DecimalMark::Dot, DecimalMark::Comma] {
        let (split, _errors) = s.budget.settings(&roster, mark);
        assert!(
            split.budget.is_finite() && split.budget > 0.0,
            "budget {}",
            split.budget
        );
        let (lo, hi) = split.posts;
        assert!(1 <= lo && lo <= hi && hi <= 1_000_000, "posts {lo}..{hi}");
        if let Some(rate) = split.conversion_rate_pct {
            assert!((0.0..=100.0).contains(&rate), "conversion rate {rate}");
        }
        match split.cap {
            Some(split::Cap::Percent(p)) => assert!(p > 0.0 && p <= 100.0, "cap {p}%"),
            Some(split::Cap::Amount(a)) => assert!(a.is_finite() && a > 0.0, "cap {a}"),
            None => {}
        }
        for m in split
            .tier_mix
            .iter()
            .map(|(_, m)| m)
            .chain(split.platform_mix.iter().map(|(_, m)| m))
        {
            assert!(
                0.0 <= m.min_pct && m.min_pct <= m.max_pct && m.max_pct <= 100.0,
                "band {m:?}"
            );
        }
        for &i in split.forced.iter().chain(&split.excluded) {
            assert!(
                i < roster.creators.len(),
                "creator {i} of {}",
                roster.creators.len()
            );
        }
        if roster.creators.len() <= MAX_PLANNED && mark == DecimalMark::Dot {
            let planning = split::plan_all(&roster, &settings, &split);
            assert!(planning.get(Strategy::Optimal).is_some());
            for c in &planning.pool.candidates {
                assert!(c.price_cents > 0, "a candidate priced at 0");
            }
        }
    }
}

// ---- drawn records ----------------------------------------------------------------

fn amount(r: &mut Bytes) -> f64 {
    match r.below(12) {
        0 => f64::MAX,
        1 => 1e308,
        2 => -0.0,
        3 => -5.0,
        4 => 5e-324,
        5 => 1.7e308,
        6 => r.f64_bits(),
        7 => 0.0,
        _ => r.below(50_000) as f64 / 2.0,
    }
}

fn text(r: &mut Bytes) -> String {
    const WORDS: [&str; 16] = [
        "",
        "2000",
        "1e308",
        "-5",
        "0",
        "100",
        "150",
        "NaN",
        "inf",
        "1,5",
        "1.000.000,5",
        "99999999999999999999999",
        "12.5K",
        "$",
        "%",
        " ",
    ];
    let mut s = String::new();
    for _ in 0..r.below(3) {
        s.push_str(r.pick(&WORDS));
    }
    s
}

/// A record drawn field by field.
pub fn drawn_state(r: &mut Bytes) -> SavedState {
    let builtin = builtin_schemes();
    let scheme = {
        let base = &builtin[r.below(builtin.len() as u64) as usize];
        let id = match r.below(4) {
            0 => base.id.clone(),
            1 => "custom".to_string(),
            2 => "nonesuch".to_string(),
            _ => builtin[r.below(builtin.len() as u64) as usize].id.clone(),
        };
        let mut min_followers = base.min_followers;
        for m in &mut min_followers {
            if r.one_in(3) {
                *m = match r.below(4) {
                    0 => None,
                    1 => Some(0),
                    2 => Some(u64::MAX),
                    _ => Some(r.below(2_000_000)),
                };
            }
        }
        TierScheme {
            id,
            source: String::new(),
            min_followers,
        }
    };
    let mut rate_card = RateCard::default();
    if r.one_in(3) {
        rate_card.rows.push((
            r.pick(&[Platform::Other, Platform::TikTok]),
            rate_card.rows[0].1,
        ));
    }
    if r.one_in(4) {
        rate_card.rows.remove(0);
    }
    for (_, ranges) in &mut rate_card.rows {
        for range in ranges.iter_mut() {
            if r.one_in(3) {
                *range = PriceRange {
                    low: amount(r),
                    high: if r.bool() { None } else { Some(amount(r)) },
                };
            }
        }
    }
    rate_card.edited = r.bool();
    let mut budget = BudgetForm {
        budget: text(r),
        cap: text(r),
        cap_percent: r.bool(),
        posts_min: text(r),
        posts_max: text(r),
        min_creators: text(r),
        max_creators: text(r),
        conversion_rate: text(r),
        ..BudgetForm::default()
    };
    for t in Tier::ALL {
        if r.one_in(3) {
            budget.tier_min[t.index()] = text(r);
            budget.tier_max[t.index()] = text(r);
        }
    }
    for p in 0..4 {
        if r.one_in(4) {
            budget.platform_min[p] = text(r);
            budget.platform_max[p] = text(r);
        }
    }
    let mapping = (0..r.below(4))
        .map(|_| {
            let i = if r.one_in(4) {
                usize::MAX
            } else {
                r.below(8) as usize
            };
            let f = (!r.one_in(4)).then(|| r.pick(&Field::ALL));
            (i, f)
        })
        .collect();
    SavedState {
        version: if r.one_in(16) {
            SAVED_VERSION + 1
        } else {
            SAVED_VERSION
        },
        scheme,
        compare: match r.below(3) {
            0 => None,
            1 => Some(builtin[r.below(builtin.len() as u64) as usize].id.clone()),
            _ => Some("<img src=x>".to_string()),
        },
        interactions: r.pick(&Interactions::ALL),
        basis: r.pick(&ErBasis::ALL),
        rate_card,
        default_platform: r.pick(&[
            Platform::Instagram,
            Platform::TikTok,
            Platform::YouTube,
            Platform::Other,
        ]),
        infer_platform: r.below(2) == 0,
        mapping,
        budget,
        source: match r.below(3) {
            0 => SavedSource::None,
            1 => SavedSource::Pasted,
            _ => SavedSource::File {
                name: "roster.csv".into(),
            },
        },
    }
}
