//! Exports shared by the command line and the app: every creator's figures as CSV or JSON,
//! a budget plan as JSON (with its totals, bound and conflicts), and any table as
//! tab-separated text for pasting into a spreadsheet. Field names are part of the CLI's
//! contract (README).

use serde::Serialize;

use crate::domain::split::{
    Candidate, Objective, Origin, Outcomes, Proof, SplitSettings, Strategy,
};
use crate::domain::{analyze_creator, Creator, CreatorMetrics, Metric, Roster, Settings};
use crate::i18n::{describe_flag, Lang, NumberFormat};

/// One output record. Field names are part of the CLI's contract.
#[derive(Serialize)]
pub struct Record<'a> {
    pub line: u64,
    pub handle: &'a str,
    pub name: &'a str,
    pub platform: &'a str,
    pub followers: Option<f64>,
    pub tier: Option<&'static str>,
    pub engagements: Option<f64>,
    pub er_followers_pct: Option<f64>,
    pub er_followers_median_pct: Option<f64>,
    pub er_views_pct: Option<f64>,
    pub er_reach_pct: Option<f64>,
    pub likes_to_followers_pct: Option<f64>,
    pub er_supplied_pct: Option<f64>,
    /// The headline ER counts only part of its interactions (likes or comments missing).
    pub er_partial: bool,
    pub posts_in_roster: Option<usize>,
    pub benchmark: Option<String>,
    pub benchmark_comparison: Option<&'static str>,
    pub price_per_post: Option<f64>,
    /// The ISO code of the price's currency (and of CPE, CPM and CPV), when known.
    pub currency: Option<&'static str>,
    pub price_estimated: bool,
    pub cpe: Option<f64>,
    pub cpm: Option<f64>,
    pub cpm_basis: Option<&'static str>,
    pub cpv: Option<f64>,
    pub flags: Vec<&'static str>,
    pub flag_details: Vec<String>,
}

/// A figure without the noise of binary floating point: rounded to 15 significant digits,
/// all a double holds for sure, so `45100 / 4100000 × 100` is written 1.1, not
/// 1.0999999999999999.
pub fn tidy(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    format!("{x:.14e}").parse().unwrap_or(x)
}

fn tidy_opt(x: Option<f64>) -> Option<f64> {
    x.map(tidy)
}

pub use crate::domain::safe_cell;

pub fn record<'a>(lang: Lang, c: &'a Creator, m: &CreatorMetrics, nf: &NumberFormat) -> Record<'a> {
    let m = &tidy_metrics(m);
    Record {
        line: c.line,
        handle: &c.handle,
        name: &c.name,
        platform: if c.platform == crate::domain::Platform::Other && !c.platform_label.is_empty() {
            &c.platform_label
        } else {
            c.platform.id()
        },
        followers: tidy_opt(c.get(Metric::Followers)),
        tier: m.tier.map(|t| t.id()),
        engagements: m.engagements.map(|e| e.mean),
        er_followers_pct: m.er_followers.map(|r| r.mean),
        er_followers_median_pct: m.er_followers.and_then(|r| r.median),
        er_views_pct: m.er_views.map(|r| r.mean),
        er_reach_pct: m.er_reach.map(|r| r.mean),
        likes_to_followers_pct: m.likes_to_followers,
        er_supplied_pct: tidy_opt(c.get(Metric::EngagementRate)),
        er_partial: m.er_partial,
        posts_in_roster: match c.source {
            crate::domain::Source::PerPost { posts } => Some(posts),
            crate::domain::Source::SingleRow => None,
        },
        benchmark: m.benchmark.map(|b| {
            let segment = crate::i18n::segment_name(lang, nf, &b);
            let source = crate::i18n::benchmark_source(lang, nf, b.source);
            // A published average is one figure, not a range from it to itself.
            if b.low_pct == b.high_pct {
                format!("{segment} {}% ({source})", b.low_pct)
            } else {
                format!("{segment} {}–{}% ({source})", b.low_pct, b.high_pct)
            }
        }),
        benchmark_comparison: m.comparison.map(|c| match c {
            crate::domain::Comparison::Below => "below",
            crate::domain::Comparison::Within => "within",
            crate::domain::Comparison::Above => "above",
        }),
        price_per_post: m.price.map(|p| p.per_post),
        currency: m.price.and_then(|p| p.currency).map(|c| c.code()),
        price_estimated: m.price.is_some_and(|p| p.estimated_from.is_some()),
        cpe: m.cpe,
        cpm: m.cpm.map(|(v, _)| v),
        cpm_basis: m.cpm.map(|(_, b)| match b {
            crate::domain::CpmBasis::Impressions => "impressions",
            crate::domain::CpmBasis::Views => "views",
            crate::domain::CpmBasis::Reach => "reach",
            crate::domain::CpmBasis::Followers => "followers",
        }),
        cpv: m.cpv,
        flags: m.flags.iter().map(|f| f.id()).collect(),
        flag_details: m.flags.iter().map(|f| describe_flag(lang, nf, f)).collect(),
    }
}

/// The metrics with every figure tidied (see [`tidy`]).
fn tidy_metrics(m: &CreatorMetrics) -> CreatorMetrics {
    let rate = |r: Option<crate::domain::Rate>| {
        r.map(|r| crate::domain::Rate {
            mean: tidy(r.mean),
            median: tidy_opt(r.median),
            ..r
        })
    };
    CreatorMetrics {
        engagements: rate(m.engagements),
        er_followers: rate(m.er_followers),
        er_reach: rate(m.er_reach),
        er_views: rate(m.er_views),
        likes_to_followers: tidy_opt(m.likes_to_followers),
        er: tidy_opt(m.er),
        price: m.price.map(|p| crate::domain::Price {
            per_post: tidy(p.per_post),
            ..p
        }),
        cpe: tidy_opt(m.cpe),
        cpm: m.cpm.map(|(v, b)| (tidy(v), b)),
        cpv: tidy_opt(m.cpv),
        ..m.clone()
    }
}

/// Every creator's figures as CSV (the CLI's `analyze --format csv`, the app's results export).
pub fn write_csv<W: std::io::Write>(
    out: W,
    lang: Lang,
    roster: &Roster,
    settings: &Settings,
    nf: &NumberFormat,
) -> Result<(), String> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CREATOR_COLUMNS).map_err(|e| e.to_string())?;
    for c in &roster.creators {
        w.write_record(creator_row(lang, c, settings, nf))
            .map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())
}

/// The columns of the creators' CSV and table exports.
pub const CREATOR_COLUMNS: [&str; 20] = [
    "line",
    "handle",
    "name",
    "platform",
    "followers",
    "tier",
    "engagements",
    "er_followers_pct",
    "er_followers_median_pct",
    "er_views_pct",
    "er_reach_pct",
    "likes_to_followers_pct",
    "price_per_post",
    "currency",
    "price_estimated",
    "cpe",
    "cpm",
    "cpm_basis",
    "cpv",
    "flags",
];

/// One creator as the cells of [`CREATOR_COLUMNS`].
pub fn creator_row(lang: Lang, c: &Creator, settings: &Settings, nf: &NumberFormat) -> Vec<String> {
    let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let m = analyze_creator(c, settings);
    let r = record(lang, c, &m, nf);
    vec![
        r.line.to_string(),
        safe_cell(r.handle).into_owned(),
        safe_cell(r.name).into_owned(),
        safe_cell(r.platform).into_owned(),
        num(r.followers),
        r.tier.unwrap_or("").to_string(),
        num(r.engagements),
        num(r.er_followers_pct),
        num(r.er_followers_median_pct),
        num(r.er_views_pct),
        num(r.er_reach_pct),
        num(r.likes_to_followers_pct),
        num(r.price_per_post),
        r.currency.unwrap_or("").to_string(),
        r.price_estimated.to_string(),
        num(r.cpe),
        num(r.cpm),
        r.cpm_basis.unwrap_or("").to_string(),
        num(r.cpv),
        r.flags.join(" "),
    ]
}

/// Every creator as tab-separated text with a header row, for pasting into a spreadsheet.
pub fn creators_tsv(lang: Lang, roster: &Roster, settings: &Settings, nf: &NumberFormat) -> String {
    let mut rows = vec![CREATOR_COLUMNS.iter().map(|c| c.to_string()).collect()];
    rows.extend(
        roster
            .creators
            .iter()
            .map(|c| creator_row(lang, c, settings, nf)),
    );
    tsv(&rows)
}

/// One plan line of the JSON output.
#[derive(Serialize)]
pub struct PlanEntry<'a> {
    pub line: u64,
    pub handle: &'a str,
    pub name: &'a str,
    pub platform: &'static str,
    pub tier: &'static str,
    pub posts: u32,
    pub price_per_post: f64,
    pub price_estimated: bool,
    pub spend: f64,
    pub expected: f64,
    pub expected_low: f64,
    pub expected_high: f64,
    pub expected_is: Origin,
    pub expected_reach: f64,
    pub expected_engagements: f64,
    pub expected_conversions: Option<f64>,
}

#[derive(Serialize)]
pub struct RangeOut {
    pub low: f64,
    pub expected: f64,
    pub high: f64,
}

#[derive(Serialize)]
pub struct TotalsOut {
    pub spend: f64,
    pub left_over: f64,
    pub creators: u32,
    pub posts: u32,
    pub reach: RangeOut,
    pub engagements: RangeOut,
    pub conversions: Option<RangeOut>,
    pub cpe: Option<f64>,
    pub cpm: Option<f64>,
    pub cpa: Option<f64>,
    pub top_creator_share_pct: f64,
    pub hhi: f64,
    pub spend_by_tier: serde_json::Map<String, serde_json::Value>,
    pub spend_on_estimated_prices: f64,
}

#[derive(Serialize)]
pub struct SplitOut<'a> {
    pub strategy: &'a str,
    pub objective_name: &'static str,
    pub budget: f64,
    pub objective: Option<f64>,
    pub upper_bound: Option<f64>,
    pub gap_pct: Option<f64>,
    pub proven_optimal: Option<bool>,
    pub plan: Vec<PlanEntry<'a>>,
    pub totals: Option<TotalsOut>,
    pub broken: Vec<String>,
    pub conflicts: Vec<serde_json::Value>,
    pub skipped: Vec<String>,
}

pub fn money(cents: u64) -> f64 {
    cents as f64 / 100.0
}

/// Two decimals: outcomes are estimates, more digits would only be float noise.
pub fn r2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

pub fn range(r: &crate::domain::split::Range) -> RangeOut {
    RangeOut {
        low: r2(r.low),
        expected: r2(r.expected),
        high: r2(r.high),
    }
}

/// Every creator's record as one JSON array.
pub fn creators_json(
    lang: Lang,
    roster: &Roster,
    settings: &Settings,
    nf: &NumberFormat,
) -> String {
    let records: Vec<Record> = roster
        .creators
        .iter()
        .map(|c| record(lang, c, &analyze_creator(c, settings), nf))
        .collect();
    serde_json::to_string_pretty(&records).unwrap_or_default()
}

/// The report of one strategy's plan (the CLI's `split` JSON): the plan, its totals, the
/// objective against the optimal plan's `bound`, or the conflicts.
#[allow(clippy::too_many_arguments)]
pub fn split_report<'a>(
    lang: Lang,
    nf: &NumberFormat,
    currency: &str,
    roster: &'a Roster,
    pool: &[Candidate],
    outcome: &Outcomes,
    strategy: Strategy,
    split: &SplitSettings,
    bound: Option<Proof>,
    skipped: Vec<String>,
) -> SplitOut<'a> {
    let mut out = SplitOut {
        strategy: strategy.id(),
        objective_name: split.objective.id(),
        budget: split.budget,
        objective: None,
        upper_bound: bound.map(|b| b.upper_bound),
        gap_pct: None,
        proven_optimal: (strategy == Strategy::Optimal).then(|| bound.is_some_and(|b| b.proven)),
        plan: Vec::new(),
        totals: None,
        broken: Vec::new(),
        conflicts: Vec::new(),
        skipped,
    };
    match outcome {
        Outcomes::Plan(plan) => {
            for l in &plan.lines {
                let c = &pool[l.candidate];
                let cr = &roster.creators[c.creator];
                let o = c.outcome(split.objective).copied().unwrap_or(c.engagements);
                let k = f64::from(l.posts);
                out.plan.push(PlanEntry {
                    line: cr.line,
                    handle: &cr.handle,
                    name: &cr.name,
                    platform: c.platform.id(),
                    tier: c.tier.id(),
                    posts: l.posts,
                    price_per_post: money(c.price_cents),
                    price_estimated: c.price_estimated,
                    spend: money(l.spend_cents),
                    expected: r2(o.expected * k),
                    expected_low: r2(o.low * k),
                    expected_high: r2(o.high * k),
                    expected_is: o.origin,
                    expected_reach: r2(c.reach.expected * k),
                    expected_engagements: r2(c.engagements.expected * k),
                    expected_conversions: c.conversions.map(|x| r2(x.expected * k)),
                });
            }
            let t = &plan.totals;
            let value = match split.objective {
                Objective::Reach => t.reach.expected,
                Objective::Engagements => t.engagements.expected,
                Objective::Conversions => t.conversions.map_or(0.0, |c| c.expected),
            };
            out.objective = Some(value);
            out.gap_pct = bound.map(|b| {
                if b.upper_bound > 0.0 {
                    ((b.upper_bound - value) / b.upper_bound * 100.0).max(0.0)
                } else {
                    0.0
                }
            });
            out.totals = Some(TotalsOut {
                spend: money(t.spend_cents),
                left_over: money(t.left_cents),
                creators: t.creators,
                posts: t.posts,
                reach: range(&t.reach),
                engagements: range(&t.engagements),
                conversions: t.conversions.as_ref().map(range),
                cpe: t.cpe,
                cpm: t.cpm,
                cpa: t.cpa,
                top_creator_share_pct: t.top_share * 100.0,
                hhi: t.hhi,
                spend_by_tier: t
                    .by_tier
                    .iter()
                    .map(|(tier, c)| (tier.id().to_string(), serde_json::json!(money(*c))))
                    .collect(),
                spend_on_estimated_prices: money(t.estimated_price_cents),
            });
            out.broken = plan
                .broken
                .iter()
                .map(|b| crate::i18n::describe_broken(lang, nf, b))
                .collect();
        }
        Outcomes::NeedsTierMix => {}
        Outcomes::Conflicts { conflicts } => {
            for c in conflicts {
                let message = crate::i18n::describe_conflict(lang, nf, currency, roster, c);
                let mut v = serde_json::to_value(c).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("message".into(), message.into());
                }
                out.conflicts.push(v);
            }
        }
    }
    out
}

/// Rows as tab-separated text, the way spreadsheets paste it: tabs and line breaks inside a
/// cell become spaces.
pub fn tsv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| safe_cell(&c.replace(['\t', '\n', '\r'], " ")).into_owned())
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_written_without_float_noise() {
        assert_eq!(tidy(45_100.0 / 4_100_000.0 * 100.0), 1.1);
        assert_eq!(tidy(3.8960000000000004), 3.896);
        assert_eq!(tidy(0.1 + 0.2), 0.3);
        assert_eq!(tidy(4_099_999.999_999_999_5), 4_100_000.0);
        // Real digits are kept: 15 significant ones.
        assert_eq!(tidy(0.259_011_439_671_918_86), 0.259_011_439_671_919);
        assert_eq!(tidy(123_456_789.123_456_7), 123_456_789.123_457);
        assert_eq!(tidy(29e9), 29e9);
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised() {
        for (text, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1 555", "'+1 555"),
            ("-dancer", "'-dancer"),
            ("@ana", "'@ana"),
            ("\tname", "'\tname"),
            ("\rname", "'\rname"),
            ("ana", "ana"),
            ("-12.5", "-12.5"),
            ("+3", "+3"),
            ("", ""),
        ] {
            assert_eq!(safe_cell(text), safe, "{text:?}");
        }
        let rows = vec![vec!["=1+1".to_string(), "-3".to_string()]];
        assert_eq!(tsv(&rows), "'=1+1\t-3\n");
    }

    #[test]
    fn tsv_keeps_one_line_per_row() {
        let rows = vec![
            vec!["handle".to_string(), "name".to_string()],
            vec!["a".to_string(), "line\nbreak\tand tab".to_string()],
        ];
        assert_eq!(tsv(&rows), "handle\tname\na\tline break and tab\n");
    }
}
