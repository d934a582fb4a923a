//! Exports shared by the command line and the app: every creator's figures as CSV or JSON,
//! a budget plan as CSV, and any table as tab-separated text for pasting into a
//! spreadsheet. (A plan's JSON is its [`PlanReport`] serialised.) Field names are part of
//! the CLI's contract (README).

use serde::Serialize;

use crate::domain::split::{Origin, PlanReport};
use crate::domain::{analyze_creator, Creator, CreatorMetrics, Metric, Roster, Settings};
use crate::i18n::{describe_flag, t, Lang, NumberFormat};

/// One output record. Field names are part of the CLI's contract.
#[derive(Serialize)]
pub struct Record<'a> {
    /// The line of the creator's first row (1-based, header included).
    pub line: u64,
    /// The `@`-less handle (the name when the roster has no handle column).
    pub handle: &'a str,
    /// The display name; empty without one.
    pub name: &'a str,
    /// The platform's id (`instagram`…), or for another platform its name as written.
    pub platform: &'a str,
    /// The follower count.
    pub followers: Option<f64>,
    /// The tier's id (`micro`…); `None` without a follower count.
    pub tier: Option<&'static str>,
    /// E: interactions per post (mean), per the interactions setting.
    pub engagements: Option<f64>,
    /// ER by followers, in percent (mean over posts when per post).
    pub er_followers_pct: Option<f64>,
    /// ER by followers, in percent, median over posts; only with per-post rows.
    pub er_followers_median_pct: Option<f64>,
    /// ER by views, in percent.
    pub er_views_pct: Option<f64>,
    /// ER by reach, in percent.
    pub er_reach_pct: Option<f64>,
    /// Likes per post / followers × 100, in percent.
    pub likes_to_followers_pct: Option<f64>,
    /// The roster's own engagement-rate cell, in percent.
    pub er_supplied_pct: Option<f64>,
    /// The headline ER counts only part of its interactions (likes or comments missing).
    pub er_partial: bool,
    /// How many per-post rows were merged into the creator; `None` for a single row.
    pub posts_in_roster: Option<usize>,
    /// The benchmark band in the output's language: its audience segment, its range (or
    /// single figure) in percent, and its source in brackets.
    pub benchmark: Option<String>,
    /// `below`, `within` or `above` the benchmark band.
    pub benchmark_comparison: Option<&'static str>,
    /// The price of one post, supplied or estimated from the rate card.
    pub price_per_post: Option<f64>,
    /// The ISO code of the price's currency (and of CPE, CPM and CPV), when known.
    pub currency: Option<&'static str>,
    /// The price is a rate-card estimate.
    pub price_estimated: bool,
    /// Cost per engagement: price / E.
    pub cpe: Option<f64>,
    /// Cost per thousand impressions (or what stood in for them, see `cpm_basis`).
    pub cpm: Option<f64>,
    /// What the CPM divides by: `impressions`, `views`, `reach` or `followers`.
    pub cpm_basis: Option<&'static str>,
    /// Cost per view: price / views.
    pub cpv: Option<f64>,
    /// The ids of the data-quality flags raised (`er_very_low`…).
    pub flags: Vec<&'static str>,
    /// Each flag explained in the output's language, in the order of `flags`.
    pub flag_details: Vec<String>,
}

pub use crate::domain::split::units::tidy;

fn tidy_opt(x: Option<f64>) -> Option<f64> {
    x.map(tidy)
}

pub use crate::domain::safe_cell;

/// The output record of creator `c` with its metrics `m`: figures tidied (see [`tidy`]),
/// words in `lang`.
pub fn record<'a>(lang: Lang, c: &'a Creator, m: &CreatorMetrics, nf: &NumberFormat) -> Record<'a> {
    let m = &tidy_metrics(m);
    Record {
        line: u64::from(c.line),
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
        posts_in_roster: match c.source() {
            crate::domain::Source::PerPost { posts } => Some(posts),
            crate::domain::Source::SingleRow => None,
        },
        benchmark: m.benchmark.map(|b| {
            let segment = strip_bidi(&crate::i18n::segment_name(lang, nf, &b));
            let source = strip_bidi(&crate::i18n::benchmark_source(lang, nf, b.source));
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
        // Data, not display: no bidi isolation marks (see [`strip_bidi`]).
        flag_details: m
            .flags
            .iter()
            .map(|f| strip_bidi(&describe_flag(lang, nf, f)))
            .collect(),
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

/// Every creator's figures as CSV (the CLI's `analyze --format csv` with
/// [`SheetFormat::MACHINE`], the app's results export with the user's format): a byte order
/// mark, columns and words in `lang` and the locale's delimiter, unless written for programs.
/// An error is the writer's (a closed pipe stays [`std::io::ErrorKind::BrokenPipe`]).
pub fn write_csv<W: std::io::Write>(
    mut out: W,
    lang: Lang,
    sheet: SheetFormat,
    roster: &Roster,
    settings: &Settings,
    nf: &NumberFormat,
) -> std::io::Result<()> {
    // The writer's own error where there is one (csv's `From` would wrap it as `Other`).
    let io = |e: csv::Error| {
        if !e.is_io_error() {
            return std::io::Error::other(e);
        }
        match e.into_kind() {
            csv::ErrorKind::Io(e) => e,
            kind => std::io::Error::other(format!("{kind:?}")),
        }
    };
    out.write_all(sheet.preamble().as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(sheet.delimiter)
        .from_writer(out);
    w.write_record(creator_columns(lang, sheet)).map_err(io)?;
    for c in &roster.creators {
        w.write_record(creator_row(lang, sheet, c, settings, nf))
            .map_err(io)?;
    }
    w.flush()
}

/// The columns of the creators' CSV and table exports, as programs read them.
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

/// [`CREATOR_COLUMNS`] as written for `sheet`: the ids for programs, else in `lang`.
pub fn creator_columns(lang: Lang, sheet: SheetFormat) -> Vec<String> {
    CREATOR_COLUMNS
        .iter()
        .map(|k| {
            if sheet == SheetFormat::MACHINE {
                k.to_string()
            } else {
                word(lang, &format!("export.col_{k}"))
            }
        })
        .collect()
}

/// One creator as the cells of [`CREATOR_COLUMNS`]: ids and `.` numbers for programs
/// ([`SheetFormat::MACHINE`]); else words in `lang`, numbers with the sheet's decimal mark.
pub fn creator_row(
    lang: Lang,
    sheet: SheetFormat,
    c: &Creator,
    settings: &Settings,
    nf: &NumberFormat,
) -> Vec<String> {
    let machine = sheet == SheetFormat::MACHINE;
    let num = |v: Option<f64>| {
        v.map(|x| {
            let s = x.to_string();
            if machine || sheet.decimal == '.' {
                s
            } else {
                s.replace('.', &sheet.decimal.to_string())
            }
        })
        .unwrap_or_default()
    };
    let m = analyze_creator(c, settings);
    let r = record(lang, c, &m, nf);
    let platform = if machine
        || (c.platform == crate::domain::Platform::Other && !c.platform_label.is_empty())
    {
        r.platform.to_string()
    } else {
        strip_bidi(&t(lang, &format!("platform.{}", c.platform.id())))
    };
    let tier = match (machine, m.tier) {
        (true, _) | (_, None) => r.tier.unwrap_or("").to_string(),
        (false, Some(x)) => strip_bidi(&crate::i18n::tier_name(lang, Some(x))),
    };
    let estimated = match (machine, r.price_estimated) {
        (true, e) => e.to_string(),
        (false, true) => word(lang, "export.yes"),
        (false, false) => word(lang, "export.no"),
    };
    let basis = match (machine, m.cpm) {
        (true, _) | (_, None) => r.cpm_basis.unwrap_or("").to_string(),
        (false, Some((_, b))) => strip_bidi(&crate::i18n::cpm_basis_name(lang, b)),
    };
    let flags = if machine {
        r.flags.join(" ")
    } else {
        let details: Vec<String> = r.flag_details.iter().map(|d| strip_bidi(d)).collect();
        details.join(&t(lang, "export.list_joiner"))
    };
    vec![
        r.line.to_string(),
        safe_cell(r.handle).into_owned(),
        safe_cell(r.name).into_owned(),
        safe_cell(&platform).into_owned(),
        num(r.followers),
        safe_cell(&tier).into_owned(),
        num(r.engagements),
        num(r.er_followers_pct),
        num(r.er_followers_median_pct),
        num(r.er_views_pct),
        num(r.er_reach_pct),
        num(r.likes_to_followers_pct),
        num(r.price_per_post),
        r.currency.unwrap_or("").to_string(),
        estimated,
        num(r.cpe),
        num(r.cpm),
        safe_cell(&basis).into_owned(),
        num(r.cpv),
        safe_cell(&flags).into_owned(),
    ]
}

/// Every creator as tab-separated text with a header row, for pasting into a spreadsheet
/// (see [`SheetFormat`]: the locale's decimal mark, never grouped, Latin digits).
pub fn creators_tsv(
    lang: Lang,
    sheet: SheetFormat,
    roster: &Roster,
    settings: &Settings,
    nf: &NumberFormat,
) -> String {
    let mut rows = vec![creator_columns(lang, sheet)];
    rows.extend(
        roster
            .creators
            .iter()
            .map(|c| creator_row(lang, sheet, c, settings, nf)),
    );
    tsv(&rows)
}

/// How a spreadsheet file is written: one rule for every CSV and clipboard export.
///
/// A spreadsheet in a locale whose decimal mark is a comma (Polish, Vietnamese Excel) reads
/// `;` as the field separator and `12,5` as a number; elsewhere `,` and `12.5`. Numbers are
/// never grouped (a thousands separator turns them into text) and always in Latin digits:
/// Excel and Sheets do not parse Arabic-Indic digits as numbers, so an Arabic export writes
/// `1250.5`, not `١٢٥٠٫٥`. The byte order mark tells Excel the file is UTF-8 (without it,
/// Arabic and Thai open as mojibake). The CLI writes [`SheetFormat::MACHINE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetFormat {
    /// The field separator, `,` or `;`.
    pub delimiter: u8,
    /// The decimal mark of numbers, `.` or `,`.
    pub decimal: char,
    /// Start the file with a UTF-8 byte order mark.
    pub bom: bool,
}

impl SheetFormat {
    /// For programs: `,` and `.`, no byte order mark.
    pub const MACHINE: SheetFormat = SheetFormat {
        delimiter: b',',
        decimal: '.',
        bom: false,
    };

    /// For a person's spreadsheet in the locale of `nf`.
    pub fn for_locale(nf: &NumberFormat) -> SheetFormat {
        let comma = nf.decimal == ",";
        SheetFormat {
            delimiter: if comma { b';' } else { b',' },
            decimal: if comma { ',' } else { '.' },
            bom: true,
        }
    }

    /// For a person's spreadsheet in `lang`'s usual locale.
    pub fn for_lang(lang: Lang) -> SheetFormat {
        SheetFormat::for_locale(&NumberFormat::for_lang(lang))
    }

    /// `x` with exactly `decimals` decimals, Latin digits, no grouping, this format's mark.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        let s = format!("{x:.decimals$}");
        if self.decimal == '.' {
            s
        } else {
            s.replace('.', &self.decimal.to_string())
        }
    }

    /// The byte order mark to put before the file, if any.
    pub fn preamble(&self) -> &'static str {
        if self.bom {
            "\u{feff}"
        } else {
            ""
        }
    }
}

/// `s` without the bidi isolation marks (U+2066…U+2069) the translation layer puts around
/// values in right-to-left languages: they belong on screen, never in a data cell.
pub fn strip_bidi(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// A translated word for a data cell: without isolation marks, neutralised if a
/// spreadsheet would run it.
fn word(lang: Lang, key: &str) -> String {
    safe_cell(&strip_bidi(&t(lang, key))).into_owned()
}

/// The plan of a [`PlanReport`] as CSV: one row per creator, a totals row, then the
/// disclosure reminder as a last line of its own; headers and words in `lang`, numbers as
/// `sheet` says. With [`SheetFormat::MACHINE`] (the CLI's `split --format csv`) the column
/// names and words stay the English ids of the CLI's contract. A report without a plan is
/// the header and the reminder.
pub fn plan_csv(lang: Lang, sheet: SheetFormat, report: &PlanReport) -> String {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .delimiter(sheet.delimiter)
        .from_writer(Vec::new());
    let money = |c: u64| sheet.number(c as f64 / 100.0, 2);
    let num = |x: f64| sheet.number(x, 1);
    // For programs (the CLI): English column names and ids, only the disclosure in `lang`.
    let machine = sheet == SheetFormat::MACHINE;
    let header: Vec<String> = [
        "handle",
        "name",
        "platform",
        "tier",
        "posts",
        "price_per_post",
        "price_is",
        "spend",
        "expected_reach",
        "reach_is",
        "expected_engagements",
        "engagements_are",
        "expected_conversions",
        "conversions_are",
    ]
    .iter()
    .map(|k| {
        if machine {
            // The CLI's column names are a contract (README): unchanged.
            match *k {
                "price_is" => "price".to_string(),
                k => k.to_string(),
            }
        } else {
            word(lang, &format!("export.col_{k}"))
        }
    })
    .collect();
    let _ = w.write_record(&header);
    let origin = |o: Origin| {
        let id = match o {
            Origin::Supplied => "supplied",
            Origin::Estimated => "estimated",
            Origin::Assumed => "assumed",
        };
        if machine {
            id.to_string()
        } else {
            word(lang, &format!("export.origin_{id}"))
        }
    };
    let platform = |p: crate::domain::Platform| {
        if machine {
            p.id().to_string()
        } else {
            word(lang, &format!("platform.{}", p.id()))
        }
    };
    let tier = |x: crate::domain::Tier| {
        if machine {
            x.id().to_string()
        } else {
            safe_cell(&strip_bidi(&crate::i18n::tier_name(lang, Some(x)))).into_owned()
        }
    };
    for l in &report.plan {
        let conv = l.conversions.as_ref();
        // Cells a spreadsheet would run as a formula are neutralised (OWASP's advice).
        let _ = w.write_record([
            safe_cell(&l.handle).into_owned(),
            safe_cell(&l.name).into_owned(),
            platform(l.platform),
            tier(l.tier),
            l.posts.to_string(),
            money(l.price_cents.max(1)),
            origin(if l.price_estimated {
                Origin::Estimated
            } else {
                Origin::Supplied
            }),
            money(l.spend_cents),
            num(l.reach.expected),
            origin(l.reach.is),
            num(l.engagements.expected),
            origin(l.engagements.is),
            conv.map_or(String::new(), |f| num(f.expected)),
            conv.map_or(String::new(), |f| origin(f.is)),
        ]);
    }
    if let Some(tt) = &report.totals {
        let total = if machine {
            "total".to_string()
        } else {
            word(lang, "export.total")
        };
        let _ = w.write_record([
            total,
            String::new(),
            String::new(),
            String::new(),
            tt.posts.to_string(),
            String::new(),
            String::new(),
            money(tt.spend_cents),
            num(tt.reach.expected),
            String::new(),
            num(tt.engagements.expected),
            String::new(),
            tt.conversions.map_or(String::new(), |c| num(c.expected)),
            String::new(),
        ]);
    }
    let _ = w.write_record([word(lang, "split.disclosure")]);
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("{}{body}", sheet.preamble())
}

/// Cents as an amount of money.
pub fn money(cents: u64) -> f64 {
    cents as f64 / 100.0
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

/// Rows as tab-separated text, the way spreadsheets paste it: tabs and line breaks inside a
/// cell become spaces.
pub fn tsv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| safe_cell(&strip_bidi(&c.replace(['\t', '\n', '\r'], " "))).into_owned())
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::{SplitSettings, Strategy};

    /// A plan of a small roster: handles, followers and whole-cent prices, one handle a
    /// formula.
    fn small_plan() -> PlanReport {
        let csv = "handle,name,followers,likes,comments,price\n\
                   anna,Anna,5000,200,10,1250.5\n\
                   =cmd,Bob,50000,1500,40,300\n\
                   cezary,Cezary,12000,700,30,99.99\n";
        let roster = crate::domain::read_roster(csv.as_bytes(), &Default::default());
        let s = SplitSettings {
            budget: 3_000.0,
            posts: (1, 1),
            ..SplitSettings::default()
        };
        let planning =
            crate::domain::split::plan_all(&roster, &Settings::default(), &s).name(&roster);
        planning.report("$", Strategy::Optimal).expect("a plan")
    }

    /// A roster with a Polish decimal to round-trip, a formula handle and flags.
    const CREATORS: &str = "handle,name,followers,likes,comments,price\n\
                            anna,Anna,5000,200,10,1250.5\n\
                            =cmd,Bob,50000,1500,40,300\n\
                            cezary,Cezary,12000,0,0,99.99\n";

    #[test]
    fn the_creators_csv_for_programs_is_unchanged() {
        let roster = crate::domain::read_roster(CREATORS.as_bytes(), &Default::default());
        let mut out = Vec::new();
        let (s, nf) = (Settings::default(), NumberFormat::for_lang(Lang::Ar));
        write_csv(&mut out, Lang::Ar, SheetFormat::MACHINE, &roster, &s, &nf).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.starts_with(&CREATOR_COLUMNS.join(",")), "{text}");
        assert!(text.contains(",1250.5,"), "{text}");
        assert!(
            text.contains(",micro,") || text.contains(",nano,"),
            "{text}"
        );
        assert!(text.contains(",'=cmd,"), "{text}");
        assert!(
            !text.contains(['\u{feff}', '\u{2068}', '\u{2069}']),
            "{text}"
        );
        // The JSON's explanations in Arabic carry no isolation marks either.
        let json = creators_json(Lang::Ar, &roster, &s, &nf);
        assert!(json.contains("flag_details"));
        assert!(!json.contains(['\u{2068}', '\u{2069}']), "{json}");
    }

    #[test]
    fn the_creators_csv_speaks_polish_and_reads_back() {
        let roster = crate::domain::read_roster(CREATORS.as_bytes(), &Default::default());
        let (s, nf) = (Settings::default(), NumberFormat::for_lang(Lang::Pl));
        let mut out = Vec::new();
        let sheet = SheetFormat::for_locale(&nf);
        write_csv(&mut out, Lang::Pl, sheet, &roster, &s, &nf).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let body = text.strip_prefix('\u{feff}').expect("a byte order mark");
        let header = body.lines().next().unwrap_or_default();
        assert!(
            header.starts_with("Wiersz;Konto;Nazwa;Platforma;Obserwujący;Poziom;"),
            "{header}"
        );
        assert!(body.contains(";1250,5;"), "{body}");
        assert!(body.contains(";'=cmd;"), "{body}");
        assert!(body.contains(";nie;") && !body.contains("false"), "{body}");
        // No thousands separator: 50000 stays one number.
        assert!(body.contains(";50000;"), "{body}");
        let back = crate::domain::read_roster(text.as_bytes(), &Default::default());
        let key = |c: &Creator| {
            (
                c.handle
                    .trim_start_matches('\'')
                    .trim_start_matches('@')
                    .to_string(),
                c.get(Metric::Followers),
                c.get(Metric::Price),
            )
        };
        let want: Vec<_> = roster.creators.iter().map(key).collect();
        let got: Vec<_> = back.creators.iter().map(key).collect();
        assert_eq!(got, want, "{body}");
    }

    #[test]
    fn the_copied_table_uses_the_locale_mark_and_latin_digits() {
        let roster = crate::domain::read_roster(CREATORS.as_bytes(), &Default::default());
        let s = Settings::default();
        let ar = NumberFormat::for_lang(Lang::Ar);
        let text = creators_tsv(Lang::Ar, SheetFormat::for_locale(&ar), &roster, &s, &ar);
        assert!(text.contains("\t1250.5\t"), "{text}");
        // Arabic-Indic digits may appear only inside a flag's sentence (the last column),
        // never in a number cell: spreadsheets do not read them as numbers.
        for l in text.lines().skip(1) {
            let cells: Vec<&str> = l.split('\t').collect();
            assert_eq!(cells.len(), CREATOR_COLUMNS.len(), "{l}");
            for c in &cells[..19] {
                assert!(!c.contains(['١', '٢', '٥', '٠', '٫', '٬']), "{c} in {l}");
            }
        }
        assert!(
            !text.contains(['\u{2068}', '\u{2069}', '\u{feff}']),
            "{text}"
        );
        assert!(text.starts_with("السطر\tالحساب\t"), "{text}");
        let pl = NumberFormat::for_lang(Lang::Pl);
        let text = creators_tsv(Lang::Pl, SheetFormat::for_locale(&pl), &roster, &s, &pl);
        assert!(text.contains("\t1250,5\t"), "{text}");
        assert!(text.contains("\t50000\t"), "{text}");
        assert!(text.contains("\t'=cmd\t"), "{text}");
    }

    #[test]
    fn sheet_format_follows_the_decimal_mark() {
        // Never grouped, so a spreadsheet reads a number.
        let expected = [
            (Lang::Pl, b';', ',', "12345,50"),
            (Lang::Vi, b';', ',', "12345,50"),
            (Lang::En, b',', '.', "12345.50"),
            (Lang::Th, b',', '.', "12345.50"),
            (Lang::Ar, b',', '.', "12345.50"),
        ];
        for (lang, delimiter, decimal, number) in expected {
            let f = SheetFormat::for_lang(lang);
            assert_eq!(
                (f.delimiter, f.decimal, f.bom, f.number(12345.5, 2).as_str()),
                (delimiter, decimal, true, number),
                "{lang:?}"
            );
        }
        // Arabic shows Arabic-Indic digits on screen, but a spreadsheet does not read them
        // as numbers: exports keep Latin digits.
        assert!(NumberFormat::for_lang(Lang::Ar)
            .format(1234.5, 1)
            .contains('١'));
        let ar = SheetFormat::for_lang(Lang::Ar).number(1234.5, 1);
        assert_eq!(ar, "1234.5");
        assert_eq!(SheetFormat::MACHINE.number(0.5, 2), "0.50");
        assert_eq!(SheetFormat::MACHINE.preamble(), "");
    }

    #[test]
    fn bidi_marks_are_stripped() {
        let on_screen = crate::i18n::tf(Lang::Ar, "input.reading", &[("name", "x.csv")]);
        assert!(on_screen.contains('\u{2068}'));
        let clean = strip_bidi(&on_screen);
        assert!(!clean.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']));
        assert!(clean.contains("x.csv"));
    }

    #[test]
    fn the_plan_csv_for_programs_keeps_english_ids_and_plain_numbers() {
        let report = small_plan();
        let text = plan_csv(Lang::En, SheetFormat::MACHINE, &report);
        assert!(!text.starts_with('\u{feff}'));
        assert!(
            text.starts_with("handle,name,platform,tier,posts,price_per_post,price,"),
            "{text}"
        );
        assert!(text.contains(",1250.50,supplied,"), "{text}");
        assert!(text.contains("\ntotal,"), "{text}");
        // Arabic disclosure line, English columns; no isolation marks anywhere.
        let ar = plan_csv(Lang::Ar, SheetFormat::MACHINE, &report);
        assert!(ar.starts_with("handle,"));
        assert!(!ar.contains(['\u{2068}', '\u{2069}']), "{ar}");
    }

    #[test]
    fn the_plan_csv_speaks_polish_and_reads_back() {
        let report = small_plan();
        let text = plan_csv(Lang::Pl, SheetFormat::for_lang(Lang::Pl), &report);
        let body = text.strip_prefix('\u{feff}').expect("a byte order mark");
        let header = body.lines().next().unwrap_or_default();
        assert_eq!(header.split(';').next(), Some("Konto"), "{header}");
        assert!(header.contains(";Cena za post;"), "{header}");
        assert!(!header.contains("price"), "{header}");
        assert!(body.contains(";1250,50;podane;"), "{body}");
        assert!(body.contains("\nRazem;"), "{body}");
        // The formula stays neutralised.
        assert!(body.contains("\n'=cmd;"), "{body}");
        // Read back by the app's reader: the same creators at the same prices.
        let back = crate::domain::read_roster(text.as_bytes(), &Default::default());
        let handle = |h: &str| {
            h.trim_start_matches('\'')
                .trim_start_matches('@')
                .to_string()
        };
        let got: Vec<(String, Option<f64>)> = back
            .creators
            .iter()
            .filter(|c| !c.handle.is_empty() && c.get(crate::domain::Metric::Price).is_some())
            .map(|c| (handle(&c.handle), c.get(crate::domain::Metric::Price)))
            .collect();
        let mut want: Vec<(String, Option<f64>)> = report
            .plan
            .iter()
            .map(|l| (handle(&l.handle), Some(l.price_cents as f64 / 100.0)))
            .collect();
        let mut got_sorted = got.clone();
        got_sorted.sort_by(|a, b| a.0.cmp(&b.0));
        want.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got_sorted, want, "{body}");
    }

    #[test]
    fn translated_words_are_neutralised_too() {
        // Every word the plan CSV writes, in every language, is safe in a spreadsheet.
        for lang in &Lang::ALL {
            for key in [
                "export.total",
                "export.origin_supplied",
                "export.col_handle",
            ] {
                let w = word(*lang, key);
                assert!(!w.starts_with(['=', '+', '-', '@']), "{lang:?} {key}: {w}");
                assert_eq!(safe_cell(&w), w);
            }
        }
        assert_eq!(safe_cell("=SUM(A1)"), "'=SUM(A1)");
    }

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
