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
    use tierwise::domain::{
        analyze_creator, read_roster, scheme_by_id, Creator, CreatorMetrics, ErBasis, Metric,
        Platform, ReadOptions, Roster, Settings,
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
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
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
