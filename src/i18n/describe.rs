//! Sentences about the domain's results, built from the table: problems, flags, notices,
//! conflicts of a budget plan, column choices, benchmark segments.

use super::{count, t, tf, tfn, Lang, NumberFormat};
use crate::domain::split::{BandOf, BandTextError, Bands, Broken, Conflict, Relaxation, Skip};
use crate::domain::{
    ChoiceReason, ColumnRef, Comparison, CpmBasis, Field, FieldKind, Flag, Notice, PlatformFrom,
    Problem, ProblemKind, Rating, Tier, COMMENTS_SOURCE, HEALTHY_COMMENTS_PER_100_LIKES,
};

/// What a benchmark is for: "micro", "10K–100K followers", "1M+ subscribers" (YouTube).
pub fn segment_name(lang: Lang, nf: &NumberFormat, b: &crate::domain::Benchmark) -> String {
    let (range, up) = if b.platform == crate::domain::Platform::YouTube {
        ("segment.subscribers", "segment.subscribers_up")
    } else {
        ("segment.audience", "segment.audience_up")
    };
    match b.segment {
        crate::domain::Segment {
            min,
            max: Some(max),
        } => tf(
            lang,
            range,
            &[
                ("min", &nf.compact_short(min)),
                ("max", &nf.compact_short(max)),
            ],
        ),
        crate::domain::Segment { min, max: None } => {
            tf(lang, up, &[("min", &nf.compact_short(min))])
        }
    }
}

/// A tier's name in `lang`; `None` names creators without a tier.
pub fn tier_name(lang: Lang, tier: Option<Tier>) -> String {
    match tier {
        Some(t) => self::t(lang, &format!("tier.{}", t.id())),
        None => t(lang, "tier.none"),
    }
}

/// A field's name in `lang`, as the column mapping shows it.
pub fn field_name(lang: Lang, field: Field) -> String {
    t(lang, &format!("field.{}", field.id()))
}

/// A rating band's name in `lang`.
pub fn rating_name(lang: Lang, r: Rating) -> String {
    t(
        lang,
        match r {
            Rating::Low => "rating.low",
            Rating::Average => "rating.average",
            Rating::High => "rating.high",
            Rating::VeryHigh => "rating.very_high",
        },
    )
}

/// Below, within or above the benchmark, in `lang`.
pub fn comparison_name(lang: Lang, c: Comparison) -> String {
    t(
        lang,
        match c {
            Comparison::Below => "comparison.below",
            Comparison::Within => "comparison.within",
            Comparison::Above => "comparison.above",
        },
    )
}

/// What a CPM was computed on, in `lang`.
pub fn cpm_basis_name(lang: Lang, b: CpmBasis) -> String {
    t(
        lang,
        match b {
            CpmBasis::Impressions => "cpm.impressions",
            CpmBasis::Views => "cpm.views",
            CpmBasis::Reach => "cpm.reach",
            CpmBasis::Followers => "cpm.followers",
        },
    )
}

fn expected(lang: Lang, kind: FieldKind) -> String {
    t(
        lang,
        match kind {
            FieldKind::Count => "problem.expected.count",
            FieldKind::Money => "problem.expected.money",
            FieldKind::Percent => "problem.expected.percent",
            FieldKind::Text => "problem.expected.text",
        },
    )
}

/// "Line 7, column “followers”: “12,x5”: expected a number such as 12.5K or 10,000".
/// What was wrong, in a few words (no position, no text).
fn problem_reason(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotANumber { expected: k } => expected(lang, *k),
        ProblemKind::BadGrouping { expected: k } => tf(
            lang,
            "problem.grouping",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::Negative { expected: k } => tf(
            lang,
            "problem.negative",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::UnexpectedPercent { expected: k } => tf(
            lang,
            "problem.percent",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::NoIdentity => t(lang, "problem.no_identity"),
        ProblemKind::TooManyCells { expected, found } => tf(
            lang,
            "problem.too_many_cells",
            &[
                ("expected", &expected.to_string()),
                ("found", &found.to_string()),
            ],
        ),
        ProblemKind::Json { error } => super::errors::describe_json_error(lang, error),
        ProblemKind::UnclosedQuote => t(lang, "problem.unclosed_quote"),
        ProblemKind::NotAPlatform => t(lang, "problem.not_a_platform"),
        ProblemKind::More { like, .. } => problem_reason(lang, like),
    }
}

/// A rejected row or cell as one sentence in `lang`: where, what it says, what was
/// expected (or how many more like it).
pub fn describe_problem(lang: Lang, nf: &NumberFormat, p: &Problem) -> String {
    let what = problem_reason(lang, &p.kind);
    if let ProblemKind::More { count, .. } = &p.kind {
        let count = nf.count(*count as f64);
        let line = nf.ordinal(p.line);
        return match &p.column {
            Some(column) => tf(
                lang,
                "problem.more_in_column",
                &[
                    ("count", &count),
                    ("column", column),
                    ("line", &line),
                    ("what", &what),
                ],
            ),
            None => tf(
                lang,
                "problem.more_rows",
                &[("count", &count), ("line", &line), ("what", &what)],
            ),
        };
    }
    let line = match p.item {
        Some(item) => tf(
            lang,
            "problem.object",
            &[("item", &nf.ordinal(item)), ("line", &nf.ordinal(p.line))],
        ),
        None => tf(lang, "problem.line", &[("line", &nf.ordinal(p.line))]),
    };
    match &p.column {
        Some(col) => tf(
            lang,
            "problem.at_cell",
            &[
                ("line", &line),
                ("column", col),
                ("text", &p.text),
                ("what", &what),
            ],
        ),
        None => tf(
            lang,
            "problem.at_row",
            &[("line", &line), ("text", &p.text), ("what", &what)],
        ),
    }
}

/// Line numbers for a sentence: all of them up to 20, else the first 20 and how many more
/// (a roster of one row repeated 100,000 times must not make a 600,000-character flag).
fn lines(lang: Lang, ls: &[u64]) -> String {
    const SHOWN: usize = 20;
    let first = ls
        .iter()
        .take(SHOWN)
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(&t(lang, "list.separator"));
    if ls.len() <= SHOWN {
        first
    } else {
        tf(
            lang,
            "list.more",
            &[("shown", &first), ("n", &(ls.len() - SHOWN).to_string())],
        )
    }
}

/// One-line explanation of a flag.
pub fn describe_flag(lang: Lang, nf: &NumberFormat, f: &Flag) -> String {
    match f {
        // By views or reach the followers are not in the rate: the explanation is about
        // views (or reach) that did not become interactions, never about followers.
        Flag::ErVeryLow {
            er_pct,
            benchmark_low_pct,
            basis,
        } => tf(
            lang,
            match basis {
                crate::domain::ErBasis::Followers => "flag.er_very_low",
                crate::domain::ErBasis::Views | crate::domain::ErBasis::Reach => {
                    "flag.er_very_low_views"
                }
            },
            &[
                ("er", &nf.percent(*er_pct)),
                ("low", &nf.percent(*benchmark_low_pct)),
            ],
        ),
        Flag::ErVeryHigh {
            er_pct,
            benchmark_high_pct,
            basis,
        } => tf(
            lang,
            match basis {
                crate::domain::ErBasis::Followers => "flag.er_very_high",
                crate::domain::ErBasis::Views | crate::domain::ErBasis::Reach => {
                    "flag.er_very_high_views"
                }
            },
            &[
                ("er", &nf.percent(*er_pct)),
                ("high", &nf.percent(*benchmark_high_pct)),
            ],
        ),
        Flag::CommentRatio { per_100_likes } => {
            let (lo, hi) = HEALTHY_COMMENTS_PER_100_LIKES;
            tf(
                lang,
                "flag.comment_ratio",
                &[
                    ("ratio", &nf.format(*per_100_likes, 1)),
                    ("hundred", &nf.count(100.0)),
                    ("low", &nf.format(lo, 0)),
                    ("high", &nf.format(hi, 0)),
                    ("source", COMMENTS_SOURCE),
                ],
            )
        }
        Flag::LikesHidden { likes } => {
            tf(lang, "flag.likes_hidden", &[("likes", &nf.count(*likes))])
        }
        Flag::ViewsBelowLikes { views, likes } => tf(
            lang,
            "flag.views_below_likes",
            &[("views", &nf.count(*views)), ("likes", &nf.count(*likes))],
        ),
        Flag::EngagementsAboveFollowers {
            engagements,
            followers,
        } => tf(
            lang,
            "flag.engagements_above_followers",
            &[
                ("engagements", &nf.count(*engagements)),
                ("followers", &nf.count(*followers)),
            ],
        ),
        Flag::Duplicate { lines: ls } => tf(lang, "flag.duplicate", &[("lines", &lines(lang, ls))]),
        Flag::ConflictingRows { lines: ls } => tf(
            lang,
            "flag.conflicting_rows",
            &[("lines", &lines(lang, ls))],
        ),
        Flag::NoFollowers => t(lang, "flag.no_followers"),
        Flag::RepairedText => t(lang, "flag.repaired_text"),
    }
}

/// One-line explanation of a notice about the whole input.
/// A tier's or platform's name.
pub fn band_of_name(lang: Lang, b: BandOf) -> String {
    match b {
        BandOf::Tier(t) => tier_name(lang, Some(t)),
        BandOf::Platform(p) => t(lang, &format!("platform.{}", p.id())),
    }
}

/// One sentence for a constraint that cannot hold, with its figures.
pub fn describe_conflict(
    lang: Lang,
    nf: &NumberFormat,
    currency: &str,
    handle: &dyn Fn(usize) -> Option<String>,
    c: &Conflict,
) -> String {
    let money = |cents: u64| nf.money_in(currency, cents as f64 / 100.0);
    let pct = |p: f64| nf.percent_with(p, 1);
    let n = |x: u32| nf.count(f64::from(x));
    match c {
        Conflict::NoObjectiveFigures { objective } => tf(
            lang,
            "conflict.no_figures",
            &[(
                "objective",
                &t(lang, &format!("objective.{}", objective.id())),
            )],
        ),
        Conflict::NoCandidates => t(lang, "conflict.no_candidates"),
        Conflict::MinimumsOverBudget { what, total_pct } => tf(
            lang,
            "conflict.minimums_over_budget",
            &[
                (
                    "what",
                    &t(
                        lang,
                        match what {
                            Bands::Tiers => "bands.tiers",
                            Bands::Platforms => "bands.platforms",
                        },
                    ),
                ),
                ("total", &pct(*total_pct)),
                ("all", &nf.percent_with(100.0, 0)),
            ],
        ),
        Conflict::BandReversed {
            what,
            min_pct,
            max_pct,
        } => tf(
            lang,
            "conflict.band_reversed",
            &[
                ("what", &band_of_name(lang, *what)),
                ("min", &pct(*min_pct)),
                ("max", &pct(*max_pct)),
            ],
        ),
        Conflict::BandOutOfReach {
            what,
            need_cents,
            most_cents,
        } => tf(
            lang,
            if *most_cents == 0 {
                "conflict.band_nobody"
            } else {
                "conflict.band_out_of_reach"
            },
            &[
                ("what", &band_of_name(lang, *what)),
                ("need", &money(*need_cents)),
                ("most", &money(*most_cents)),
            ],
        ),
        Conflict::MinOverMaxCreators { min, max } => tf(
            lang,
            "conflict.min_over_max",
            &[("min", &n(*min)), ("max", &n(*max))],
        ),
        Conflict::TooFewCandidates { min, available } => tf(
            lang,
            "conflict.too_few",
            &[("min", &n(*min)), ("available", &n(*available))],
        ),
        Conflict::MinCreatorsOverBudget {
            min,
            cheapest_cents,
            budget_cents,
        } => tf(
            lang,
            "conflict.min_over_budget",
            &[
                ("min", &n(*min)),
                ("cheapest", &money(*cheapest_cents)),
                ("budget", &money(*budget_cents)),
            ],
        ),
        Conflict::ForcedOverBudget {
            spend_cents,
            budget_cents,
        } => tf(
            lang,
            "conflict.forced_over_budget",
            &[
                ("spend", &money(*spend_cents)),
                ("budget", &money(*budget_cents)),
            ],
        ),
        Conflict::ForcedOverMaxCreators { forced, max } => tf(
            lang,
            "conflict.forced_over_max",
            &[("forced", &n(*forced)), ("max", &n(*max))],
        ),
        Conflict::ForcedOverBand {
            what,
            spend_cents,
            max_cents,
        } => tf(
            lang,
            "conflict.forced_over_band",
            &[
                ("what", &band_of_name(lang, *what)),
                ("spend", &money(*spend_cents)),
                ("max", &money(*max_cents)),
            ],
        ),
        Conflict::ForcedOverCap {
            creator,
            spend_cents,
            cap_cents,
        } => tf(
            lang,
            "conflict.forced_over_cap",
            &[
                (
                    "creator",
                    &handle(*creator).map_or_else(String::new, |h| format!("@{h}")),
                ),
                ("spend", &money(*spend_cents)),
                ("cap", &money(*cap_cents)),
            ],
        ),
        Conflict::Together { relaxations } => {
            let mut out = t(lang, "conflict.together");
            if relaxations.is_empty() {
                out.push(' ');
                out.push_str(&t(lang, "relax.none"));
            }
            for r in relaxations {
                out.push(' ');
                out.push_str(&describe_relaxation(lang, nf, currency, r));
            }
            out
        }
        Conflict::ForcedNotPlannable { creator } => tf(
            lang,
            "conflict.forced_not_plannable",
            &[(
                "creator",
                &handle(*creator).map_or_else(String::new, |h| format!("@{h}")),
            )],
        ),
        Conflict::GaveUp => t(lang, "conflict.gave_up"),
        Conflict::NothingFits {
            cheapest_cents,
            budget_cents,
        } => tf(
            lang,
            "conflict.nothing_fits",
            &[
                ("cheapest", &money(*cheapest_cents)),
                ("budget", &money(*budget_cents)),
            ],
        ),
    }
}

fn describe_relaxation(lang: Lang, nf: &NumberFormat, currency: &str, r: &Relaxation) -> String {
    let pct = |p: f64| nf.percent_with(p, 1);
    let n = |x: u32| nf.count(f64::from(x));
    match r {
        Relaxation::BandShort {
            what,
            most_pct,
            min_pct,
        } => tf(
            lang,
            "relax.band_short",
            &[
                ("what", &band_of_name(lang, *what)),
                ("most", &pct(*most_pct)),
                ("min", &pct(*min_pct)),
            ],
        ),
        Relaxation::CountShort { most, min } => tf(
            lang,
            "relax.count_short",
            &[("most", &n(*most)), ("min", &n(*min))],
        ),
        Relaxation::MaxCreators { reached, max } => tf(
            lang,
            "relax.max_creators",
            &[("reached", &n(*reached)), ("max", &n(*max))],
        ),
        Relaxation::Cap { largest_cents } => tf(
            lang,
            "relax.cap",
            &[(
                "largest",
                &nf.money_in(currency, *largest_cents as f64 / 100.0),
            )],
        ),
    }
}

/// A constraint a simple plan does not meet.
pub fn describe_broken(lang: Lang, nf: &NumberFormat, b: &Broken) -> String {
    let pct = |p: f64| nf.percent_with(p, 1);
    let n = |x: u32| nf.count(f64::from(x));
    match b {
        Broken::Band {
            what,
            spend_pct,
            min_pct,
            max_pct,
        } => tf(
            lang,
            "broken.band",
            &[
                ("what", &band_of_name(lang, *what)),
                ("spend", &pct(*spend_pct)),
                ("min", &nf.format(*min_pct, 1)),
                ("max", &pct(*max_pct)),
            ],
        ),
        Broken::MinCreators { creators, min } => tfn(
            lang,
            "broken.min_creators",
            &[("creators", &n(*creators)), ("min", &n(*min))],
            &[("creators", f64::from(*creators)), ("min", f64::from(*min))],
        ),
        Broken::MaxCreators { creators, max } => tfn(
            lang,
            "broken.max_creators",
            &[("creators", &n(*creators)), ("max", &n(*max))],
            &[("creators", f64::from(*creators)), ("max", f64::from(*max))],
        ),
        Broken::Forced { missing } => tf(lang, "broken.forced", &[("missing", &n(*missing))]),
    }
}

/// Why a band list, range or cap typed on the command line could not be read.
/// A budget entry that could not be used: what was typed and what was expected (the app's
/// budget panel and `tierwise split` say it the same way).
pub fn describe_form_error(
    lang: Lang,
    nf: &NumberFormat,
    e: &crate::domain::split::form::FormError,
) -> String {
    use crate::domain::split::form::Expected;
    let expected = match &e.expected {
        Expected::Amount => tf(lang, "budget.expected.amount", &[("zero", &nf.count(0.0))]),
        Expected::Percent => tf(
            lang,
            "budget.expected.percent",
            &[("zero", &nf.count(0.0)), ("hundred", &nf.count(100.0))],
        ),
        Expected::Whole { min } => tf(
            lang,
            "budget.expected.whole",
            &[("min", &nf.count(f64::from(*min)))],
        ),
        Expected::NotBelowMin => t(lang, "budget.expected.not_below_min"),
        Expected::Handles { unknown } => tf(
            lang,
            "budget.expected.handles",
            &[(
                "unknown",
                &unknown
                    .iter()
                    .map(|h| format!("@{h}"))
                    .collect::<Vec<_>>()
                    .join(&t(lang, "list.separator")),
            )],
        ),
    };
    tf(
        lang,
        "budget.error",
        &[("text", &e.text), ("expected", &expected)],
    )
}

/// Why a band, range or cap typed for the CLI could not be read, in `lang`.
pub fn describe_band_text_error(lang: Lang, e: &BandTextError) -> String {
    let (key, text) = match e {
        BandTextError::NotAPair(t) => ("band_error.not_a_pair", t),
        BandTextError::UnknownName(t) => ("band_error.unknown_name", t),
        BandTextError::NotAPercentage(t) => ("band_error.not_a_percentage", t),
        BandTextError::NotANumber(t) => ("band_error.not_a_number", t),
        BandTextError::MinAboveMax(t) => ("band_error.min_above_max", t),
        BandTextError::NotACap(t) => ("band_error.not_a_cap", t),
    };
    let nf = NumberFormat::for_lang(lang);
    tf(
        lang,
        key,
        &[
            ("text", text),
            ("zero", &nf.count(0.0)),
            ("hundred", &nf.count(100.0)),
        ],
    )
}

/// "3 creators without a price…" for a reason creators are not in any plan.
pub fn describe_skip(lang: Lang, nf: &NumberFormat, s: Skip, n: usize) -> String {
    let key = match s {
        Skip::NoTier => "skip.no_tier",
        Skip::NoPrice => "skip.no_price",
        Skip::NoEngagements => "skip.no_engagements",
        Skip::Excluded => "skip.excluded",
        Skip::OverCap => "skip.over_cap",
        Skip::OtherCurrency => "skip.other_currency",
    };
    count(lang, nf, key, n)
}

/// A notice about the whole input as one sentence in `lang`.
pub fn describe_notice(lang: Lang, nf: &NumberFormat, n: &Notice) -> String {
    match n {
        Notice::NotARoster { file } => tf(
            lang,
            "notice.not_a_roster",
            &[("kind", &t(lang, &format!("file.{}", file.id())))],
        ),
        Notice::Sheet {
            name,
            index,
            count,
            skipped_empty,
        } => {
            let read = tf(
                lang,
                "notice.sheet",
                &[
                    ("sheet", name),
                    ("n", &nf.count((index + 1) as f64)),
                    ("count", &nf.count(*count as f64)),
                ],
            );
            if *skipped_empty {
                format!("{read} {}", t(lang, "input.sheet_skipped_empty"))
            } else {
                read
            }
        }
        Notice::WorkbookUnreadable { error } => {
            super::errors::describe_workbook_notice(lang, error)
        }
        Notice::NotUtf8 => t(lang, "notice.not_utf8"),
        Notice::Utf16 { .. } => t(lang, "notice.utf16"),
        Notice::RepairedBytes { bytes, lines: on } => tf(
            lang,
            "notice.repaired_bytes",
            &[
                ("bytes", &nf.count(*bytes as f64)),
                ("lines", &lines(lang, on)),
            ],
        ),
        Notice::NamesAsHandles => t(lang, "notice.names_as_handles"),
        Notice::PerPostRows { creators, rows } => tf(
            lang,
            "notice.per_post",
            &[
                ("creators", &count(lang, nf, "notice.creators", *creators)),
                ("rows", &nf.count(*rows as f64)),
            ],
        ),
        Notice::DuplicateRows { rows } => count(lang, nf, "notice.duplicates", *rows),
        Notice::RepairedText { cells } => count(lang, nf, "notice.repaired", *cells),
        Notice::ReadAs { column, field } => tf(
            lang,
            &format!("notice.read_as.{}", field.id()),
            &[
                ("column", &column_name(lang, nf, column)),
                ("hundred", &nf.count(100.0)),
            ],
        ),
        Notice::NotPlatforms { column, examples } => tf(
            lang,
            "notice.not_platforms",
            &[
                ("column", &column_name(lang, nf, column)),
                ("examples", &quoted(lang, examples)),
            ],
        ),
        Notice::LifetimeTotals {
            column,
            field,
            times_followers,
        } => {
            let column = column_name(lang, nf, column);
            let args = [
                ("column", column.as_str()),
                ("field", &field_name(lang, *field)),
                ("times", &nf.count(times_followers.round())),
            ];
            if *times_followers > 0.0 {
                tf(lang, "notice.lifetime_by_cells", &args)
            } else {
                tf(lang, "notice.lifetime_by_header", &args)
            }
        }
        Notice::ColumnsCombined { field, columns } => tf(
            lang,
            "notice.columns_combined",
            &[
                ("columns", &quoted_columns(lang, nf, columns)),
                ("field", &field_name(lang, *field)),
            ],
        ),
        Notice::ColumnChosen {
            field,
            used,
            over,
            why,
        } => {
            let why = t(lang, &format!("notice.why.{}", choice_id(*why)));
            tf(
                lang,
                "notice.column_chosen",
                &[
                    ("field", &field_name(lang, *field)),
                    ("used", &column_name(lang, nf, used)),
                    ("why", &why),
                    ("over", &quoted_columns(lang, nf, over)),
                ],
            )
        }
        Notice::IdentityByCells { handle, name } => match (handle, name) {
            (Some(h), Some(n)) => tf(lang, "notice.identity_both", &[("handle", h), ("name", n)]),
            (Some(h), None) => tf(lang, "notice.identity_handle", &[("handle", h)]),
            (None, _) => t(lang, "notice.identity_none"),
        },
        Notice::IdentityExtra { columns } => tf(
            lang,
            "notice.identity_extra",
            &[("columns", &quoted(lang, columns))],
        ),
        Notice::NameAndHandle { column } => tf(
            lang,
            "notice.name_and_handle",
            &[("column", &column_name(lang, nf, column))],
        ),
        Notice::PlatformAssumed {
            platform,
            from,
            rows,
        } => {
            let platform = t(lang, &format!("platform.{}", platform.id()));
            let count_rows = count(lang, nf, "count.rows", *rows);
            let rows = nf.count(*rows as f64);
            match from {
                PlatformFrom::Headers { headers } => tf(
                    lang,
                    "notice.platform_from_headers",
                    &[
                        ("platform", &platform),
                        ("rows", &rows),
                        ("headers", &quoted(lang, headers)),
                    ],
                ),
                PlatformFrom::HeadersOverWeaker { headers, weaker } => tf(
                    lang,
                    "notice.platform_from_headers_over_weaker",
                    &[
                        ("platform", &platform),
                        ("rows", &count_rows),
                        ("headers", &quoted(lang, headers)),
                        ("weaker", &platforms_named(lang, weaker)),
                    ],
                ),
                PlatformFrom::HeadersOverFewer { headers, fewer } => tf(
                    lang,
                    "notice.platform_from_headers_over_fewer",
                    &[
                        ("platform", &platform),
                        ("rows", &count_rows),
                        ("headers", &quoted(lang, headers)),
                        ("fewer", &platforms_named(lang, fewer)),
                    ],
                ),
                PlatformFrom::HeadersDisagree { named } => tf(
                    lang,
                    "notice.platform_headers_disagree",
                    &[
                        ("platform", &platform),
                        ("rows", &count_rows),
                        ("named", &platforms_named(lang, named)),
                    ],
                ),
                PlatformFrom::Default | PlatformFrom::Chosen => tf(
                    lang,
                    "notice.platform_default",
                    &[("platform", &platform), ("rows", &rows)],
                ),
            }
        }
        Notice::PlatformFromLinks { rows } => tf(
            lang,
            "notice.platform_from_links",
            &[("rows", &nf.count(*rows as f64))],
        ),
        Notice::RateAsFraction { column } => {
            tf(lang, "notice.rate_as_fraction", &[("column", column)])
        }
        Notice::HeaderOnLine { line } => tf(
            lang,
            "notice.header_on_line",
            &[("line", &nf.ordinal(*line))],
        ),
        Notice::UnwrappedRows => t(lang, "notice.unwrapped_rows"),
        Notice::MappedHeaderMissing { headers, columns } => tf(
            lang,
            "notice.mapped_header_missing",
            &[
                ("headers", &quoted(lang, headers)),
                ("columns", &quoted(lang, columns)),
            ],
        ),
        Notice::TooManyColumns { found } => tf(
            lang,
            "notice.too_many_columns",
            &[
                ("found", &nf.count(*found as f64)),
                ("max", &nf.count(crate::domain::MAX_COLUMNS as f64)),
            ],
        ),
        Notice::MixedCurrencies { counts } => {
            let list = counts
                .iter()
                .map(|(c, n)| format!("{} {}", nf.count(*n as f64), c.code()))
                .collect::<Vec<_>>()
                .join(&t(lang, "list.separator"));
            tf(lang, "notice.mixed_currencies", &[("counts", &list)])
        }
        Notice::UnmarkedPrices { currency, count } => tf(
            lang,
            "notice.unmarked_prices",
            &[
                ("count", &nf.count(*count as f64)),
                ("currency", currency.code()),
            ],
        ),
    }
}

/// Which column fed which field, one line per column (the CLI prints it on stderr).
pub fn describe_columns(
    lang: Lang,
    nf: &NumberFormat,
    roster: &crate::domain::Roster,
) -> Vec<String> {
    let mut lines = vec![t(lang, "cli.columns")];
    for (i, c) in roster.columns.iter().enumerate() {
        let what = match c.field {
            Some(f) if c.mapped_by_user => tf(
                lang,
                "cli.column_mapped",
                &[("field", &field_name(lang, f))],
            ),
            Some(f) => field_name(lang, f),
            None if c.mapped_by_user => t(lang, "cli.column_ignored"),
            None => t(lang, "cli.column_extra"),
        };
        let header = c.header.trim();
        // A header written twice is told apart by its column's number, as the notices do.
        let twins = roster
            .columns
            .iter()
            .filter(|o| o.header.trim() == header)
            .count();
        lines.push(if twins > 1 {
            tf(
                lang,
                "cli.column_numbered",
                &[
                    ("header", header),
                    ("number", &nf.count((i + 1) as f64)),
                    ("what", &what),
                ],
            )
        } else {
            tf(lang, "cli.column", &[("header", header), ("what", &what)])
        });
    }
    lines
}

/// When an ER's rating band (Instagram overall) and its size benchmark point different ways
/// ("high" overall, below the nano range), the sentence that says why both hold.
pub fn rating_against_benchmark(
    lang: Lang,
    nf: &NumberFormat,
    m: &crate::domain::CreatorMetrics,
) -> Option<String> {
    let (rating, b, cmp) = (m.rating?, m.benchmark?, m.comparison?);
    let rating_high = matches!(rating, Rating::High | Rating::VeryHigh);
    let rating_low = matches!(rating, Rating::Low);
    let direction = match cmp {
        Comparison::Below if !rating_low => "more",
        Comparison::Above if !rating_high => "less",
        _ => return None,
    };
    let range = if b.low_pct == b.high_pct {
        nf.percent(b.low_pct)
    } else {
        format!("{}–{}", nf.format(b.low_pct, 2), nf.percent(b.high_pct))
    };
    Some(tf(
        lang,
        "cell.rating_vs_benchmark",
        &[
            ("rating", &rating_name(lang, rating)),
            ("comparison", &comparison_name(lang, cmp)),
            ("segment", &segment_name(lang, nf, &b)),
            ("range", &range),
            (
                "direction",
                &t(lang, &format!("cell.direction.{direction}")),
            ),
        ],
    ))
}

/// What the reader decided about one column, in a few words, for the Columns panel (the
/// notices say it in full).
pub fn column_note(
    lang: Lang,
    nf: &NumberFormat,
    roster: &crate::domain::Roster,
    index: usize,
) -> Option<String> {
    let c = roster.columns.get(index)?;
    let h = c.header.trim();
    let headers: Vec<String> = roster.columns.iter().map(|c| c.header.clone()).collect();
    // This column as the notices name it: by its number too when its header has a twin.
    let this = ColumnRef::of(&headers, index);
    let is = |x: &ColumnRef| *x == this;
    let why = |w: ChoiceReason| t(lang, &format!("notice.why.{}", choice_id(w)));
    roster.notices.iter().find_map(|n| match n {
        Notice::ColumnChosen {
            field,
            used,
            over,
            why: w,
        } if is(used) => Some(tf(
            lang,
            "columns.note.chosen",
            &[("over", &quoted_columns(lang, nf, over)), ("why", &why(*w))],
        )),
        Notice::ColumnChosen {
            field,
            used,
            over,
            why: w,
        } if over.iter().any(&is) => Some(tf(
            lang,
            "columns.note.not_chosen",
            &[
                ("used", &column_name(lang, nf, used)),
                ("field", &field_name(lang, *field)),
                ("why", &why(*w)),
            ],
        )),
        Notice::LifetimeTotals { column, field, .. } if is(column) => Some(tf(
            lang,
            "columns.note.lifetime",
            &[("field", &field_name(lang, *field))],
        )),
        Notice::NotPlatforms { column, .. } if is(column) => {
            Some(t(lang, "columns.note.not_platforms"))
        }
        Notice::ReadAs { column, field } if is(column) => Some(tf(
            lang,
            "columns.note.read_as",
            &[("field", &field_name(lang, *field))],
        )),
        Notice::IdentityByCells {
            handle: Some(x), ..
        } if x == h => Some(t(lang, "columns.note.handles")),
        Notice::IdentityByCells { name: Some(x), .. } if x == h => {
            Some(t(lang, "columns.note.names"))
        }
        Notice::NameAndHandle { column } if is(column) => {
            Some(t(lang, "columns.note.name_and_handle"))
        }
        Notice::RateAsFraction { column } if column == h => Some(t(lang, "columns.note.fraction")),
        Notice::ColumnsCombined { columns, .. } if columns.iter().any(&is) => Some(tf(
            lang,
            "columns.note.combined",
            &[("columns", &quoted_columns(lang, nf, columns))],
        )),
        _ => None,
    })
}

/// Column headers for a sentence: “a”, “b” and “c”.
/// Platforms with the headers that name them: `YouTube: “Youtuber”; TikTok: “Tiktoker”`.
fn platforms_named(lang: Lang, named: &[(crate::domain::Platform, Vec<String>)]) -> String {
    named
        .iter()
        .map(|(p, headers)| {
            tf(
                lang,
                "list.platform_headers",
                &[
                    ("platform", &t(lang, &format!("platform.{}", p.id()))),
                    ("headers", &quoted(lang, headers)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(&t(lang, "list.separator_strong"))
}

/// A column as a notice names it: its header, with its number in the language's digits when
/// another column has the same header.
pub fn column_name(lang: Lang, nf: &NumberFormat, c: &ColumnRef) -> String {
    match c.position {
        Some(n) => tf(
            lang,
            "columns.numbered",
            &[("header", &c.header), ("n", &nf.count(n as f64))],
        ),
        None => c.header.clone(),
    }
}

/// Columns quoted the language's way, in a list.
fn quoted_columns(lang: Lang, nf: &NumberFormat, columns: &[ColumnRef]) -> String {
    let names: Vec<String> = columns.iter().map(|c| column_name(lang, nf, c)).collect();
    quoted(lang, &names)
}

/// Texts from the file (headers, cells) quoted the language's way, in a list.
fn quoted(lang: Lang, items: &[String]) -> String {
    items
        .iter()
        .map(|h| tf(lang, "list.quoted", &[("text", h)]))
        .collect::<Vec<_>>()
        .join(&t(lang, "list.separator"))
}

fn choice_id(why: ChoiceReason) -> &'static str {
    match why {
        ChoiceReason::NotLifetime => "not_lifetime",
        ChoiceReason::Average => "average",
        ChoiceReason::MoreDigits => "more_digits",
        ChoiceReason::Fuller => "fuller",
        ChoiceReason::First => "first",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_affordable_names_the_cheapest_post_and_the_budget_in_every_language() {
        let c = Conflict::NothingFits {
            cheapest_cents: 1_500,
            budget_cents: 500,
        };
        for lang in Lang::ALL {
            let nf = NumberFormat::for_lang(lang);
            let said = describe_conflict(lang, &nf, "$", &|_| None, &c);
            for amount in [15.0, 5.0] {
                let money = nf.money_in("$", amount);
                assert!(said.contains(&money), "{lang:?}: {money} in {said}");
            }
            assert!(!said.contains("conflict."), "{lang:?}: {said}");
        }
    }

    #[test]
    fn a_header_written_twice_is_numbered_in_the_users_language() {
        use crate::domain::{read_roster, ReadOptions};
        let csv = "Tiktoker,Likes avg,Subscribers count,Subscribers count\n\
                   khaby.lame,2.3M,149.2M,149200000\n";
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let chosen = roster
            .notices
            .iter()
            .find(|n| matches!(n, Notice::ColumnChosen { .. }))
            .expect("one of the two columns is chosen");
        // Without the bidi isolates placed around each value in right-to-left text.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let said = |lang| plain(describe_notice(lang, &NumberFormat::for_lang(lang), chosen));
        let en = said(Lang::En);
        assert!(en.contains("Subscribers count (column 4)"), "{en}");
        assert!(en.contains("Subscribers count (column 3)"), "{en}");
        let pl = said(Lang::Pl);
        assert!(pl.contains("Subscribers count (kolumna 4)"), "{pl}");
        assert!(pl.contains("Subscribers count (kolumna 3)"), "{pl}");
        let ar = said(Lang::Ar);
        assert!(ar.contains("Subscribers count (العمود ٤)"), "{ar}");
        assert!(ar.contains("Subscribers count (العمود ٣)"), "{ar}");
        for (lang, text) in [("pl", &pl), ("ar", &ar)] {
            assert!(!text.contains("column"), "{lang}: {text}");
        }
        assert!(!ar.contains('4') && !ar.contains('3'), "{ar}");
        // The Columns panel's note beside column 3 names the one used, numbered too.
        let note = |lang| column_note(lang, &NumberFormat::for_lang(lang), &roster, 2).map(plain);
        let pl_note = note(Lang::Pl).expect("a note on the column not used");
        assert!(pl_note.contains("(kolumna 4)"), "{pl_note}");
        let ar_note = note(Lang::Ar).expect("a note on the column not used");
        assert!(ar_note.contains("٤") && !ar_note.contains('4'), "{ar_note}");
        // The CLI's column report numbers them in the language's digits.
        let ar_nf = NumberFormat::for_lang(Lang::Ar);
        let lines = plain(describe_columns(Lang::Ar, &ar_nf, &roster).join("\n"));
        assert!(
            lines.contains("(العمود ٤)") && !lines.contains('4'),
            "{lines}"
        );
    }

    #[test]
    fn number_formats_from_locale_samples() {
        let en = NumberFormat::from_sample("1,234,567.5");
        assert_eq!(en.format(1234567.5, 1), "1,234,567.5");
        let pl = NumberFormat::from_sample("1\u{a0}234\u{a0}567,5");
        assert_eq!(pl.format(10000.0, 0), "10\u{a0}000");
        assert_eq!(pl.percent(4.5), "4,5%");
        let vi = NumberFormat::from_sample("1.234.567,5");
        assert_eq!(vi.format(10000.25, 2), "10.000,25");
        let ar = NumberFormat::from_sample("١٬٢٣٤٬٥٦٧٫٥");
        assert_eq!(ar.format(10000.0, 0), "١٠٬٠٠٠");
    }

    #[test]
    fn benchmark_segments_read_as_people_write_them() {
        use crate::domain::{benchmark_for, ErBasis, Platform};
        let nf = NumberFormat::default();
        let name = |p, basis, tier, f| {
            segment_name(
                Lang::En,
                &nf,
                &benchmark_for(p, basis, tier, f).expect("a benchmark"),
            )
        };
        assert_eq!(
            name(Platform::TikTok, ErBasis::Followers, None, 20_000.0),
            "10K–100K followers"
        );
        assert_eq!(
            name(Platform::TikTok, ErBasis::Followers, None, 2e7),
            "10M+ followers"
        );
        assert_eq!(
            name(Platform::YouTube, ErBasis::Views, None, 7_000.0),
            "1K–10K subscribers"
        );
        // YouTube by subscribers has no benchmark any more (see benchmark.rs): no segment.
        assert!(benchmark_for(Platform::YouTube, ErBasis::Followers, None, 7_000.0).is_none());
        assert_eq!(
            name(
                Platform::Instagram,
                ErBasis::Followers,
                Some(Tier::Micro),
                20_000.0
            ),
            "10K–100K followers"
        );
        assert_eq!(
            name(Platform::Instagram, ErBasis::Followers, None, 500.0),
            "0–1K followers"
        );
    }

    #[test]
    fn a_far_below_flag_by_views_never_blames_followers() {
        use crate::domain::ErBasis;
        let nf = NumberFormat::default();
        let low = |basis| {
            describe_flag(
                Lang::En,
                &nf,
                &Flag::ErVeryLow {
                    er_pct: 2.52,
                    benchmark_low_pct: 8.38,
                    basis,
                },
            )
        };
        assert_eq!(
            low(ErBasis::Followers),
            "ER 2.52% is far below the benchmark's 8.38%: inactive or bought followers?"
        );
        for basis in [ErBasis::Views, ErBasis::Reach] {
            let text = low(basis);
            assert!(text.starts_with("ER 2.52% is far below the benchmark's 8.38%: views"));
            assert!(!text.contains("follower"), "{text}");
        }
        let high = describe_flag(
            Lang::En,
            &nf,
            &Flag::ErVeryHigh {
                er_pct: 40.0,
                benchmark_high_pct: 9.37,
                basis: ErBasis::Views,
            },
        );
        assert!(!high.contains("follower"), "{high}");
    }

    #[test]
    fn a_rating_and_a_benchmark_that_disagree_say_why() {
        use crate::domain::{analyze_creator, read_roster, ReadOptions, Settings};
        let r = read_roster(
            b"handle,platform,followers,likes,comments\na,instagram,5000,190,10\nb,instagram,50000,1900,100\n",
            &ReadOptions::default(),
        );
        let nf = NumberFormat::default();
        let m = analyze_creator(&r.creators[0], &Settings::default());
        assert_eq!(
            rating_against_benchmark(Lang::En, &nf, &m).as_deref(),
            Some("Rated high for Instagram overall (Influencer Marketing Hub’s bands), yet below the range for 1K–10K followers (5–8%): accounts of this size usually engage more.")
        );
        // 4% at 50K: high overall and within its range: nothing to explain.
        let m = analyze_creator(&r.creators[1], &Settings::default());
        assert_eq!(rating_against_benchmark(Lang::En, &nf, &m), None);
    }

    #[test]
    fn compact_and_counts() {
        let nf = NumberFormat::default();
        assert_eq!(nf.compact(12_500.0), "12.5K");
        assert_eq!(nf.compact(1_000_000.0), "1M");
        assert_eq!(nf.compact(999_950.0), "1M");
        assert_eq!(nf.compact(9_999.0), "9,999");
        assert_eq!(nf.compact(43_200.0), "43.2K");
        assert_eq!(nf.compact(2_500_000_000.0), "2.5B");
        assert_eq!(nf.count(1234.0), "1,234");
        assert_eq!(nf.count(12.26), "12.3");
        assert_eq!(nf.money(1200.0), "$1,200");
        assert_eq!(nf.money(0.126), "$0.13");
        assert_eq!(nf.money(0.5), "$0.50");
        assert_eq!(nf.money(1.999), "$2.00");
        assert_eq!(nf.money(15.0), "$15");
    }

    #[test]
    fn every_key_used_in_code_exists() {
        // Keys built from ids must all be present.
        for t in Tier::ALL {
            assert!(super::super::has_key(&format!("tier.{}", t.id())));
        }
        for f in Field::ALL {
            assert!(super::super::has_key(&format!("field.{}", f.id())));
        }
        for k in crate::domain::sniff::FileKind::ALL {
            assert!(super::super::has_key(&format!("file.{}", k.id())));
        }
        for s in crate::domain::builtin_schemes() {
            assert!(super::super::has_key(&format!("scheme.{}", s.id)));
            assert!(super::super::has_key(&format!("scheme_short.{}", s.id)));
        }
    }

    #[test]
    fn broken_creator_counts_read_in_the_singular_and_plural() {
        let nf = NumberFormat::default();
        let min =
            |creators| describe_broken(Lang::En, &nf, &Broken::MinCreators { creators, min: 10 });
        assert_eq!(min(1), "1 creator (at least 10 asked)");
        assert_eq!(min(4), "4 creators (at least 10 asked)");
        let max =
            |creators| describe_broken(Lang::En, &nf, &Broken::MaxCreators { creators, max: 0 });
        assert_eq!(max(1), "1 creator (at most 0 asked)");
        assert_eq!(max(12), "12 creators (at most 0 asked)");
    }

    #[test]
    fn problem_text_names_line_column_and_text() {
        let p = Problem {
            line: 7,
            column: Some("followers".into()),
            item: None,
            text: "12,x5".into(),
            kind: ProblemKind::NotANumber {
                expected: FieldKind::Count,
            },
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &p),
            "Line 7, column “followers”: “12,x5”: expected a number such as 12.5K or 10,000"
        );
        let json = Problem {
            line: 1,
            item: Some(5),
            ..p.clone()
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &json),
            "Object 5 (line 1), column “followers”: “12,x5”: expected a number such as 12.5K or 10,000"
        );
        let more = Problem {
            line: 140,
            kind: ProblemKind::More {
                count: 999_900,
                like: Box::new(p.kind.clone()),
            },
            ..p
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &more),
            "And 999,900 more cells of “followers” like this, from line 140 on: expected a number such as 12.5K or 10,000"
        );
    }
}
