//! `tierwise`: the command-line tool over the same domain as the web app.
//!
//! `tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--format jsonl|csv]` prints one
//! record per creator; problems go to stderr with their line numbers. The exit status is
//! non-zero only when nothing could be read (1) or the arguments are wrong (2).
//! `tierwise bench FILE` times reading + analysis for `make bench`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};

    use serde::Serialize;
    use tierwise::domain::split::{
        self, parse_cap, parse_mix, parse_range, Objective, Origin, Outcomes, SplitSettings,
        Strategy,
    };
    use tierwise::domain::{
        analyze_creator, read_roster, scheme_by_id, Creator, CreatorMetrics, ErBasis, Metric,
        Platform, ReadOptions, Roster, Settings, Tier,
    };
    use tierwise::i18n::{
        describe_flag, describe_notice, describe_problem, tf, Lang, NumberFormat,
    };

    const LANG: Lang = Lang::En;

    #[derive(Clone, Copy, PartialEq)]
    enum Format {
        Jsonl,
        Csv,
    }

    struct Args {
        command: String,
        file: String,
        scheme: String,
        platform: Platform,
        format: Format,
        basis: ErBasis,
        split: SplitArgs,
    }

    /// `split`'s options, checked when the command runs.
    #[derive(Default)]
    struct SplitArgs {
        budget: Option<String>,
        objective: Option<String>,
        tier_mix: Option<String>,
        platform_mix: Option<String>,
        cap: Option<String>,
        min_creators: Option<String>,
        max_creators: Option<String>,
        posts: Option<String>,
        strategy: Option<String>,
        conversion_rate: Option<String>,
        currency: Option<String>,
    }

    fn text(parser: &mut lexopt::Parser, what: &str) -> Result<String, String> {
        use lexopt::ValueExt;
        parser
            .value()
            .map_err(|e| e.to_string())?
            .string()
            .map_err(|_| format!("bad --{what}"))
    }

    fn usage() -> i32 {
        eprintln!("{}", tierwise::i18n::t(LANG, "cli.usage"));
        2
    }

    fn parse_args() -> Result<Args, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_env();
        let mut command = None;
        let mut file = None;
        let mut scheme = "seeds".to_string();
        let mut platform = Platform::Instagram;
        let mut format = Format::Jsonl;
        let mut basis = ErBasis::Followers;
        let mut split = SplitArgs::default();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Long("budget") => split.budget = Some(text(&mut parser, "budget")?),
                Long("objective") => split.objective = Some(text(&mut parser, "objective")?),
                Long("tier-mix") => split.tier_mix = Some(text(&mut parser, "tier-mix")?),
                Long("platform-mix") => {
                    split.platform_mix = Some(text(&mut parser, "platform-mix")?)
                }
                Long("max-per-creator") => split.cap = Some(text(&mut parser, "max-per-creator")?),
                Long("min-creators") => {
                    split.min_creators = Some(text(&mut parser, "min-creators")?)
                }
                Long("max-creators") => {
                    split.max_creators = Some(text(&mut parser, "max-creators")?)
                }
                Long("posts") => split.posts = Some(text(&mut parser, "posts")?),
                Long("strategy") => split.strategy = Some(text(&mut parser, "strategy")?),
                Long("conversion-rate") => {
                    split.conversion_rate = Some(text(&mut parser, "conversion-rate")?)
                }
                Long("currency") => split.currency = Some(text(&mut parser, "currency")?),
                Long("scheme") => {
                    scheme = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "bad --scheme")?
                }
                Long("platform") => {
                    let v = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "bad --platform")?;
                    platform = match Platform::parse(&v) {
                        Some(p) if p != Platform::Other => p,
                        _ => return Err(format!("unknown platform {v:?}")),
                    };
                }
                Long("format") => {
                    let v = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "bad --format")?;
                    format = match v.as_str() {
                        "jsonl" | "json" => Format::Jsonl,
                        "csv" => Format::Csv,
                        _ => return Err(format!("unknown format {v:?}")),
                    };
                }
                Long("basis") => {
                    let v = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "bad --basis")?;
                    basis = ErBasis::ALL
                        .into_iter()
                        .find(|b| b.id() == v)
                        .ok_or_else(|| format!("unknown basis {v:?}"))?;
                }
                Long("help") | Short('h') => return Err(String::new()),
                Value(v) if command.is_none() => {
                    command = Some(v.string().map_err(|_| "bad command")?);
                }
                Value(v) if file.is_none() => file = Some(v.string().map_err(|_| "bad file name")?),
                Short('-') => file = Some("-".to_string()),
                other => return Err(other.unexpected().to_string()),
            }
        }
        let (Some(command), Some(file)) = (command, file) else {
            return Err(String::new());
        };
        Ok(Args {
            command,
            file,
            scheme,
            platform,
            format,
            basis,
            split,
        })
    }

    fn read_input(file: &str) -> std::io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        if file == "-" {
            std::io::stdin().read_to_end(&mut bytes)?;
        } else {
            bytes = std::fs::read(file)?;
        }
        Ok(bytes)
    }

    /// One output record. Field names are part of the CLI's contract.
    #[derive(Serialize)]
    struct Record<'a> {
        line: u64,
        handle: &'a str,
        name: &'a str,
        platform: &'a str,
        followers: Option<f64>,
        tier: Option<&'static str>,
        engagements: Option<f64>,
        er_followers_pct: Option<f64>,
        er_followers_median_pct: Option<f64>,
        er_views_pct: Option<f64>,
        er_reach_pct: Option<f64>,
        likes_to_followers_pct: Option<f64>,
        er_supplied_pct: Option<f64>,
        posts_in_roster: Option<usize>,
        benchmark: Option<String>,
        benchmark_comparison: Option<&'static str>,
        price_per_post: Option<f64>,
        price_estimated: bool,
        cpe: Option<f64>,
        cpm: Option<f64>,
        cpm_basis: Option<&'static str>,
        cpv: Option<f64>,
        flags: Vec<&'static str>,
        flag_details: Vec<String>,
    }

    fn record<'a>(c: &'a Creator, m: &CreatorMetrics, nf: &NumberFormat) -> Record<'a> {
        Record {
            line: c.line,
            handle: &c.handle,
            name: &c.name,
            platform: if c.platform == tierwise::domain::Platform::Other
                && !c.platform_label.is_empty()
            {
                &c.platform_label
            } else {
                c.platform.id()
            },
            followers: c.get(Metric::Followers),
            tier: m.tier.map(|t| t.id()),
            engagements: m.engagements.map(|e| e.mean),
            er_followers_pct: m.er_followers.map(|r| r.mean),
            er_followers_median_pct: m.er_followers.and_then(|r| r.median),
            er_views_pct: m.er_views.map(|r| r.mean),
            er_reach_pct: m.er_reach.map(|r| r.mean),
            likes_to_followers_pct: m.likes_to_followers,
            er_supplied_pct: c.get(Metric::EngagementRate),
            posts_in_roster: match c.source {
                tierwise::domain::Source::PerPost { posts } => Some(posts),
                tierwise::domain::Source::SingleRow => None,
            },
            benchmark: m.benchmark.map(|b| {
                let segment = tierwise::i18n::segment_name(LANG, nf, &b);
                format!("{segment} {}–{}% ({})", b.low_pct, b.high_pct, b.source)
            }),
            benchmark_comparison: m.comparison.map(|c| match c {
                tierwise::domain::Comparison::Below => "below",
                tierwise::domain::Comparison::Within => "within",
                tierwise::domain::Comparison::Above => "above",
            }),
            price_per_post: m.price.map(|p| p.per_post),
            price_estimated: m.price.is_some_and(|p| p.estimated_from.is_some()),
            cpe: m.cpe,
            cpm: m.cpm.map(|(v, _)| v),
            cpm_basis: m.cpm.map(|(_, b)| match b {
                tierwise::domain::CpmBasis::Impressions => "impressions",
                tierwise::domain::CpmBasis::Views => "views",
                tierwise::domain::CpmBasis::Reach => "reach",
                tierwise::domain::CpmBasis::Followers => "followers",
            }),
            cpv: m.cpv,
            flags: m.flags.iter().map(|f| f.id()).collect(),
            flag_details: m.flags.iter().map(|f| describe_flag(LANG, nf, f)).collect(),
        }
    }

    fn write_csv(roster: &Roster, settings: &Settings, nf: &NumberFormat) -> Result<(), String> {
        let mut w = csv::Writer::from_writer(std::io::stdout().lock());
        w.write_record([
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
            "price_estimated",
            "cpe",
            "cpm",
            "cpm_basis",
            "cpv",
            "flags",
        ])
        .map_err(|e| e.to_string())?;
        let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        for c in &roster.creators {
            let m = analyze_creator(c, settings);
            let r = record(c, &m, nf);
            w.write_record([
                r.line.to_string(),
                r.handle.to_string(),
                r.name.to_string(),
                r.platform.to_string(),
                num(r.followers),
                r.tier.unwrap_or("").to_string(),
                num(r.engagements),
                num(r.er_followers_pct),
                num(r.er_followers_median_pct),
                num(r.er_views_pct),
                num(r.er_reach_pct),
                num(r.likes_to_followers_pct),
                num(r.price_per_post),
                r.price_estimated.to_string(),
                num(r.cpe),
                num(r.cpm),
                r.cpm_basis.unwrap_or("").to_string(),
                num(r.cpv),
                r.flags.join(" "),
            ])
            .map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())
    }

    pub fn run() -> i32 {
        let args = match parse_args() {
            Ok(a) => a,
            Err(msg) => {
                if !msg.is_empty() {
                    eprintln!("tierwise: {msg}");
                }
                return usage();
            }
        };
        let Some(scheme) = scheme_by_id(&args.scheme) else {
            eprintln!("tierwise: unknown scheme {:?}", args.scheme);
            return usage();
        };
        let bytes = match read_input(&args.file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("tierwise: {}: {e}", args.file);
                return 1;
            }
        };
        let options = ReadOptions {
            default_platform: args.platform,
            mapping: Vec::new(),
        };
        let settings = Settings {
            scheme,
            basis: args.basis,
            ..Settings::default()
        };
        match args.command.as_str() {
            "analyze" | "analyse" => analyze_command(&args, &bytes, &options, &settings),
            "bench" => bench_command(&bytes, &options, &settings),
            "split" => match split_settings(&args.split) {
                Ok(split) => split_command(&args, &bytes, &options, &settings, &split),
                Err(msg) => {
                    eprintln!("tierwise: {msg}");
                    eprintln!("{}", tierwise::i18n::t(LANG, "cli.split_usage"));
                    2
                }
            },
            other => {
                eprintln!("tierwise: unknown command {other:?}");
                usage()
            }
        }
    }

    fn analyze_command(
        args: &Args,
        bytes: &[u8],
        options: &ReadOptions,
        settings: &Settings,
    ) -> i32 {
        let roster = read_roster(bytes, options);
        let nf = NumberFormat::default();
        for n in &roster.notices {
            eprintln!("tierwise: {}", describe_notice(LANG, n));
        }
        for field in &roster.missing {
            let columns: Vec<&str> = roster.columns.iter().map(|c| c.header.as_str()).collect();
            eprintln!(
                "{}",
                tf(
                    LANG,
                    "cli.missing",
                    &[
                        ("field", &tierwise::i18n::field_name(LANG, *field)),
                        ("columns", &columns.join(", "))
                    ]
                )
            );
        }
        for p in &roster.problems {
            eprintln!("{}", describe_problem(LANG, p));
        }
        let result = match args.format {
            Format::Jsonl => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                // One creator at a time: a million records are never all in memory.
                roster
                    .creators
                    .iter()
                    .try_for_each(|c| {
                        let m = analyze_creator(c, settings);
                        serde_json::to_writer(&mut out, &record(c, &m, &nf))
                            .map_err(|e| e.to_string())?;
                        out.write_all(b"\n").map_err(|e| e.to_string())
                    })
                    .and_then(|()| out.flush().map_err(|e| e.to_string()))
            }
            Format::Csv => write_csv(&roster, settings, &nf),
        };
        if let Err(e) = result {
            // A closed pipe (`| head`) is not an error worth a message.
            if !e.contains("Broken pipe") {
                eprintln!("tierwise: {e}");
            }
        }
        eprintln!(
            "{}",
            tf(
                LANG,
                "cli.summary",
                &[
                    ("creators", &roster.creators.len().to_string()),
                    ("rows", &roster.rows_read.to_string()),
                    ("problems", &roster.problems.len().to_string()),
                ]
            )
        );
        if roster.creators.is_empty() {
            eprintln!("{}", tf(LANG, "cli.nothing_read", &[("file", &args.file)]));
            return 1;
        }
        0
    }

    /// The planner's settings from `split`'s options.
    fn split_settings(a: &SplitArgs) -> Result<(SplitSettings, String), String> {
        let budget = a
            .budget
            .as_deref()
            .ok_or("--budget is required")?
            .trim()
            .trim_start_matches('$')
            .replace(',', "")
            .parse::<f64>()
            .ok()
            .filter(|b| b.is_finite() && *b > 0.0)
            .ok_or("--budget: expected an amount above 0")?;
        let objective = match a.objective.as_deref() {
            None => Objective::Engagements,
            Some(o) => Objective::from_id(o).ok_or_else(|| format!("unknown objective {o:?}"))?,
        };
        let tier = |name: &str| Tier::ALL.into_iter().find(|t| t.id() == name);
        let platform = |name: &str| Platform::parse(name).filter(|p| *p != Platform::Other);
        let count = |v: &Option<String>, what: &str| -> Result<Option<u32>, String> {
            v.as_deref()
                .map(|t| {
                    t.trim()
                        .parse::<u32>()
                        .map_err(|_| format!("--{what}: expected a whole number, found {t:?}"))
                })
                .transpose()
        };
        let posts = match a.posts.as_deref() {
            None => (1, 3),
            Some(t) => {
                let (lo, hi) = parse_range(t).map_err(|e| format!("--posts: {e}"))?;
                if lo.fract() != 0.0 || hi.fract() != 0.0 || !(1.0..=1000.0).contains(&hi) {
                    return Err(format!(
                        "--posts: expected whole numbers such as 1..3, found {t:?}"
                    ));
                }
                (lo as u32, hi as u32)
            }
        };
        let settings = SplitSettings {
            budget,
            objective,
            conversion_rate_pct: a
                .conversion_rate
                .as_deref()
                .map(|t| {
                    t.trim()
                        .trim_end_matches('%')
                        .parse::<f64>()
                        .ok()
                        .filter(|r| (0.0..=100.0).contains(r))
                        .ok_or_else(|| {
                            format!("--conversion-rate: expected a percentage, found {t:?}")
                        })
                })
                .transpose()?,
            posts,
            tier_mix: a
                .tier_mix
                .as_deref()
                .map(|t| parse_mix(t, tier).map_err(|e| format!("--tier-mix: {e}")))
                .transpose()?
                .unwrap_or_default(),
            platform_mix: a
                .platform_mix
                .as_deref()
                .map(|t| parse_mix(t, platform).map_err(|e| format!("--platform-mix: {e}")))
                .transpose()?
                .unwrap_or_default(),
            cap: a
                .cap
                .as_deref()
                .map(|t| parse_cap(t).map_err(|e| format!("--max-per-creator: {e}")))
                .transpose()?,
            min_creators: count(&a.min_creators, "min-creators")?.unwrap_or(0),
            max_creators: count(&a.max_creators, "max-creators")?,
            forced: Vec::new(),
            excluded: Vec::new(),
        };
        let strategy = a.strategy.clone().unwrap_or_else(|| "optimal".into());
        Strategy::from_id(&strategy).ok_or_else(|| format!("unknown strategy {strategy:?}"))?;
        Ok((settings, strategy))
    }

    /// One plan line of the JSON output.
    #[derive(Serialize)]
    struct PlanEntry<'a> {
        line: u64,
        handle: &'a str,
        name: &'a str,
        platform: &'static str,
        tier: &'static str,
        posts: u32,
        price_per_post: f64,
        price_estimated: bool,
        spend: f64,
        expected: f64,
        expected_low: f64,
        expected_high: f64,
        expected_is: Origin,
        expected_reach: f64,
        expected_engagements: f64,
        expected_conversions: Option<f64>,
    }

    #[derive(Serialize)]
    struct RangeOut {
        low: f64,
        expected: f64,
        high: f64,
    }

    #[derive(Serialize)]
    struct TotalsOut {
        spend: f64,
        left_over: f64,
        creators: u32,
        posts: u32,
        reach: RangeOut,
        engagements: RangeOut,
        conversions: Option<RangeOut>,
        cpe: Option<f64>,
        cpm: Option<f64>,
        cpa: Option<f64>,
        top_creator_share_pct: f64,
        hhi: f64,
        spend_by_tier: serde_json::Map<String, serde_json::Value>,
        spend_on_estimated_prices: f64,
    }

    #[derive(Serialize)]
    struct SplitOut<'a> {
        strategy: &'a str,
        objective_name: &'static str,
        budget: f64,
        objective: Option<f64>,
        upper_bound: Option<f64>,
        gap_pct: Option<f64>,
        proven_optimal: Option<bool>,
        plan: Vec<PlanEntry<'a>>,
        totals: Option<TotalsOut>,
        broken: Vec<String>,
        conflicts: Vec<serde_json::Value>,
        skipped: Vec<String>,
    }

    fn money(cents: u64) -> f64 {
        cents as f64 / 100.0
    }

    /// Two decimals: outcomes are estimates, more digits would only be float noise.
    fn r2(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    fn range(r: &tierwise::domain::split::Range) -> RangeOut {
        RangeOut {
            low: r2(r.low),
            expected: r2(r.expected),
            high: r2(r.high),
        }
    }

    fn split_command(
        args: &Args,
        bytes: &[u8],
        options: &ReadOptions,
        settings: &Settings,
        (split, strategy): &(SplitSettings, String),
    ) -> i32 {
        let roster = read_roster(bytes, options);
        let nf = NumberFormat::default();
        for p in &roster.problems {
            eprintln!("{}", describe_problem(LANG, p));
        }
        if roster.creators.is_empty() {
            eprintln!("{}", tf(LANG, "cli.nothing_read", &[("file", &args.file)]));
            return 1;
        }
        let currency = args.split.currency.clone().unwrap_or_else(|| "$".into());
        let strategy = Strategy::from_id(strategy).unwrap_or(Strategy::Optimal);
        let pool = split::candidates(&roster, settings, split);
        let skipped: Vec<String> = pool
            .skipped
            .iter()
            .map(|(k, n)| tierwise::i18n::describe_skip(LANG, &nf, *k, *n))
            .collect();
        for s in &skipped {
            eprintln!("tierwise: {s}");
        }
        let outcome = split::plan_one(&pool.candidates, split, strategy);
        // Simple splits are measured against the optimal plan's bound.
        let bound = match (&outcome, strategy) {
            (Outcomes::Plan(p), Strategy::Optimal) => p.proof,
            (Outcomes::Plan(_), _) => split::plan_one(&pool.candidates, split, Strategy::Optimal)
                .plan()
                .and_then(|p| p.proof),
            _ => None,
        };
        let mut out = SplitOut {
            strategy: strategy.id(),
            objective_name: split.objective.id(),
            budget: split.budget,
            objective: None,
            upper_bound: bound.map(|b| b.upper_bound),
            gap_pct: None,
            proven_optimal: (strategy == Strategy::Optimal)
                .then(|| bound.is_some_and(|b| b.proven)),
            plan: Vec::new(),
            totals: None,
            broken: Vec::new(),
            conflicts: Vec::new(),
            skipped,
        };
        let status = match &outcome {
            Outcomes::Plan(plan) => {
                for l in &plan.lines {
                    let c = &pool.candidates[l.candidate];
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
                    .map(|b| tierwise::i18n::describe_broken(LANG, &nf, b))
                    .collect();
                eprintln!(
                    "{}",
                    tf(
                        LANG,
                        "cli.split_summary",
                        &[
                            ("strategy", strategy.id()),
                            ("creators", &nf.count(f64::from(t.creators))),
                            ("posts", &nf.count(f64::from(t.posts))),
                            ("spend", &nf.money_in(&currency, money(t.spend_cents))),
                            ("budget", &nf.money_in(&currency, split.budget)),
                            ("objective", split.objective.id()),
                            ("value", &nf.count(value)),
                        ]
                    )
                );
                if let (Some(b), Some(g)) = (bound, out.gap_pct) {
                    eprintln!(
                        "{}",
                        tf(
                            LANG,
                            "cli.split_gap",
                            &[
                                ("gap", &format!("{}%", nf.format(g, 3))),
                                ("bound", &nf.count(b.upper_bound))
                            ]
                        )
                    );
                }
                0
            }
            Outcomes::NeedsTierMix => {
                eprintln!("tierwise: the tier-mix strategy needs --tier-mix");
                return 2;
            }
            Outcomes::Conflicts { conflicts } => {
                eprintln!("{}", tierwise::i18n::t(LANG, "cli.split_conflicts"));
                for c in conflicts {
                    let message =
                        tierwise::i18n::describe_conflict(LANG, &nf, &currency, &roster, c);
                    eprintln!("  {message}");
                    let mut v = serde_json::to_value(c).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("message".into(), message.into());
                    }
                    out.conflicts.push(v);
                }
                3
            }
        };
        let written = match args.format {
            Format::Jsonl => serde_json::to_string_pretty(&out)
                .map_err(|e| e.to_string())
                .map(|s| println!("{s}")),
            Format::Csv => {
                if let Outcomes::Plan(plan) = &outcome {
                    print!(
                        "{}",
                        split::plan_csv(
                            &roster,
                            &pool.candidates,
                            plan,
                            &tierwise::i18n::t(LANG, "split.disclosure")
                        )
                    );
                }
                Ok(())
            }
        };
        if let Err(e) = written {
            eprintln!("tierwise: {e}");
        }
        status
    }

    fn bench_command(bytes: &[u8], options: &ReadOptions, settings: &Settings) -> i32 {
        let start = std::time::Instant::now();
        let summary = tierwise::domain::bench_summary(bytes, options, settings);
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!(
            "{{\"bytes\":{},\"creators\":{},\"problems\":{},\"ms\":{ms:.1}}}",
            bytes.len(),
            summary.creators,
            summary.problems
        );
        i32::from(summary.creators == 0)
    }
}
