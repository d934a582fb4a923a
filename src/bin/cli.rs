//! `tierwise`: the command-line tool over the same domain as the web app.
//!
//! - `tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--format jsonl|csv]` prints
//!   one record per creator; problems go to stderr with their line numbers.
//! - `tierwise split FILE|- --budget AMOUNT [--objective …] [--tier-mix …] [--platform-mix …]
//!   [--max-per-creator …] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
//!   [--strategy …] [--currency SIGN] [--format json|csv]` plans the budget as the app's
//!   budget panel does and prints the plan, its totals and the optimal plan's bound.
//! - `tierwise bench FILE` times reading + analysis for `make bench`.
//!
//! Exit status: 0 done; 1 nothing could be read; 2 a wrong argument (or the tier-mix
//! strategy without a tier mix); 3 no plan meets the constraints (the conflicts are printed,
//! and are in the JSON).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};

    use tierwise::domain::split::form::{BudgetForm, FormField};
    use tierwise::domain::split::{
        self, parse_cap, parse_mix, parse_range, Objective, Outcomes, SplitSettings, Strategy,
    };
    use tierwise::domain::DecimalMark;
    use tierwise::domain::{
        analyze_creator, read_roster, scheme_by_id, ErBasis, Field, Notice, Platform, ReadOptions,
        Settings, Tier,
    };
    use tierwise::export::{money, record, split_report, write_csv};
    use tierwise::i18n::{
        describe_columns, describe_notice, describe_problem, tf, Lang, NumberFormat,
    };

    /// The language of messages: `--lang`, else the environment's `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` (POSIX's order), else English. Data (JSON Lines, CSV) keeps English field
    /// names and plain numbers whatever the language.
    fn lang() -> Lang {
        static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
        *LANG.get_or_init(|| {
            let args: Vec<String> = std::env::args().collect();
            let given = args.iter().enumerate().find_map(|(i, a)| {
                a.strip_prefix("--lang=")
                    .map(str::to_string)
                    .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
            });
            if let Some(tag) = given {
                return Lang::from_tag(&tag).unwrap_or_default();
            }
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .and_then(|v| Lang::from_tag(&v))
                .unwrap_or_default()
        })
    }

    /// An error about the arguments, in the user's language.
    fn cli_error(key: &str, args: &[(&str, &str)]) -> String {
        tf(lang(), key, args)
    }

    /// A command line the parser could not read, in the user's language (lexopt's own
    /// text is English).
    fn arg_error(e: lexopt::Error) -> String {
        use lexopt::Error as E;
        let lossy = |s: &std::ffi::OsStr| s.to_string_lossy().into_owned();
        match e {
            E::MissingValue { option: Some(o) } => {
                cli_error("cli.error.missing_value", &[("option", &o)])
            }
            E::MissingValue { option: None } => cli_error("cli.error.missing_value_any", &[]),
            E::UnexpectedOption(o) => cli_error("cli.error.unexpected_option", &[("option", &o)]),
            E::UnexpectedArgument(a) => {
                cli_error("cli.error.unexpected_argument", &[("value", &lossy(&a))])
            }
            E::UnexpectedValue { option, value } => cli_error(
                "cli.error.unexpected_value",
                &[("option", &option), ("value", &lossy(&value))],
            ),
            E::NonUnicodeValue(v) => cli_error("cli.error.not_unicode", &[("value", &lossy(&v))]),
            E::ParsingFailed { value, .. } => {
                cli_error("cli.error.parse_failed", &[("value", &value)])
            }
            _ => cli_error("cli.error.bad_command_line", &[]),
        }
    }

    /// `--option`'s value is not one of `choices`.
    fn unknown(option: &str, value: &str, choices: &str) -> String {
        cli_error(
            "cli.error.unknown",
            &[("option", option), ("value", value), ("choices", choices)],
        )
    }

    /// `--option` wants `what` (in English words from the table: `expected.<what>`).
    fn expected(option: &str, what: &str, value: &str) -> String {
        let what = match what {
            "HEADER=FIELD" => "HEADER=FIELD".to_string(),
            "an amount above 0" => tf(
                lang(),
                "cli.expected.amount",
                &[("zero", &message_format().count(0.0))],
            ),
            "a whole number" => tf(lang(), "cli.expected.whole_number", &[]),
            "a percentage" => tf(lang(), "cli.expected.percentage", &[]),
            _ => tf(lang(), "cli.expected.posts", &[]),
        };
        cli_error(
            "cli.error.expected",
            &[("option", option), ("what", &what), ("value", value)],
        )
    }

    /// A band list, range or cap that `--option` could not read.
    fn band_error(option: &str, e: &split::BandTextError) -> String {
        format!(
            "--{option}: {}",
            tierwise::i18n::describe_band_text_error(lang(), e)
        )
    }

    /// Numbers in messages, as the language writes them.
    fn message_format() -> NumberFormat {
        NumberFormat::for_lang(lang())
    }

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
        /// `--sheet`: a workbook's sheet, by name or 1-based number.
        sheet: Option<String>,
        /// `--platform` was given: it beats what the file's words suggest.
        platform_chosen: bool,
        /// `--map "Header=field,…"`.
        map: Vec<(String, Option<Field>)>,
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
            .map_err(arg_error)?
            .string()
            .map_err(|_| cli_error("cli.error.bad_value", &[("option", what)]))
    }

    /// `parse_args`' answer to `--help` (and `split --help`): print the usage, exit 0.
    const HELP: &str = "\0help";
    const HELP_SPLIT: &str = "\0help split";

    fn usage() -> i32 {
        eprintln!("{}", tierwise::i18n::t(lang(), "cli.usage"));
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
        let mut sheet = None;
        let mut platform_chosen = false;
        let mut map = Vec::new();
        while let Some(arg) = parser.next().map_err(arg_error)? {
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
                Long("sheet") => sheet = Some(text(&mut parser, "sheet")?),
                Long("map") => map.extend(parse_map(&text(&mut parser, "map")?)?),
                Long("scheme") => {
                    scheme =
                        parser.value().map_err(arg_error)?.string().map_err(|_| {
                            cli_error("cli.error.bad_value", &[("option", "scheme")])
                        })?
                }
                Long("platform") => {
                    let v =
                        parser.value().map_err(arg_error)?.string().map_err(|_| {
                            cli_error("cli.error.bad_value", &[("option", "platform")])
                        })?;
                    platform = match Platform::parse(&v) {
                        Some(p) if p != Platform::Other => p,
                        _ => return Err(unknown("platform", &v, "instagram, tiktok, youtube")),
                    };
                    platform_chosen = true;
                }
                Long("format") => {
                    let v =
                        parser.value().map_err(arg_error)?.string().map_err(|_| {
                            cli_error("cli.error.bad_value", &[("option", "format")])
                        })?;
                    format = match v.as_str() {
                        "jsonl" | "json" => Format::Jsonl,
                        "csv" => Format::Csv,
                        _ => return Err(unknown("format", &v, "jsonl, csv, json")),
                    };
                }
                Long("lang") => {
                    // Read before the rest (see `lang`); checked here.
                    let tag = text(&mut parser, "lang")?;
                    if Lang::from_tag(&tag).is_none() {
                        return Err(unknown("lang", &tag, "en, ar, vi, pl, th"));
                    }
                }
                Long("basis") => {
                    let v =
                        parser.value().map_err(arg_error)?.string().map_err(|_| {
                            cli_error("cli.error.bad_value", &[("option", "basis")])
                        })?;
                    basis = ErBasis::ALL
                        .into_iter()
                        .find(|b| b.id() == v)
                        .ok_or_else(|| unknown("basis", &v, "followers, reach, views"))?;
                }
                Long("help") | Short('h') => {
                    let split = command.as_deref() == Some("split");
                    return Err(if split { HELP_SPLIT } else { HELP }.to_string());
                }
                Value(v) if command.is_none() => {
                    command = Some(v.string().map_err(arg_error)?);
                }
                Value(v) if file.is_none() => file = Some(v.string().map_err(arg_error)?),
                Short('-') => file = Some("-".to_string()),
                other => return Err(arg_error(other.unexpected())),
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
            sheet,
            platform_chosen,
            map,
            split,
        })
    }

    /// `--map "User Account Name=handle,Views Avg.=views,rank=ignore"`: headers to fields.
    fn parse_map(text: &str) -> Result<Vec<(String, Option<Field>)>, String> {
        text.split(',')
            .filter(|p| !p.trim().is_empty())
            .map(|pair| {
                let (header, field) = pair
                    .rsplit_once('=')
                    .ok_or_else(|| expected("map", "HEADER=FIELD", pair))?;
                let field = field.trim().to_lowercase();
                let field = match field.as_str() {
                    "ignore" | "none" | "-" | "" => None,
                    id => Some(Field::from_id(id).ok_or_else(|| {
                        let ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
                        unknown("map", id, &format!("{}, ignore", ids.join(", ")))
                    })?),
                };
                Ok((header.trim().to_string(), field))
            })
            .collect()
    }

    /// `--sheet` as a sheet index: a 1-based number, or a sheet's name (any case).
    fn sheet_index(bytes: &[u8], sheet: &str) -> Result<usize, String> {
        use tierwise::domain::sniff::{sniff, Sniffed};
        let Sniffed::Workbook(kind) = sniff(bytes) else {
            return Err(cli_error("cli.error.not_a_workbook", &[]));
        };
        let book = tierwise::domain::spreadsheet::sheet_text(bytes, kind, None)
            .map_err(|e| tierwise::i18n::describe_workbook_error(lang(), &e))?;
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        if let Some(i) = names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(sheet.trim()))
        {
            return Ok(i);
        }
        match sheet.trim().parse::<usize>() {
            Ok(n) if (1..=names.len()).contains(&n) => Ok(n - 1),
            _ => Err(cli_error(
                "cli.error.no_sheet",
                &[
                    ("sheet", sheet),
                    (
                        "sheets",
                        &names
                            .iter()
                            .enumerate()
                            .map(|(i, n)| format!("{} {n:?}", i + 1))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            )),
        }
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

    pub fn run() -> i32 {
        let args = match parse_args() {
            Ok(a) => a,
            Err(msg) if msg == HELP => {
                println!("{}", tierwise::i18n::t(lang(), "cli.usage"));
                return 0;
            }
            Err(msg) if msg == HELP_SPLIT => {
                println!("{}", tierwise::i18n::t(lang(), "cli.split_usage"));
                return 0;
            }
            Err(msg) => {
                if !msg.is_empty() {
                    eprintln!("tierwise: {msg}");
                }
                return usage();
            }
        };
        let Some(scheme) = scheme_by_id(&args.scheme) else {
            let schemes = tierwise::domain::builtin_schemes();
            let ids: Vec<&str> = schemes.iter().map(|s| s.id.as_str()).collect();
            eprintln!(
                "tierwise: {}",
                unknown("scheme", &args.scheme, &ids.join(", "))
            );
            return usage();
        };
        let bytes = match read_input(&args.file) {
            Ok(b) => b,
            Err(e) => {
                let fault = tierwise::i18n::FileFault::from_io(&e);
                eprintln!(
                    "tierwise: {}",
                    tierwise::i18n::describe_file_error(lang(), &args.file, fault)
                );
                return 1;
            }
        };
        let sheet = match args
            .sheet
            .as_deref()
            .map(|s| sheet_index(&bytes, s))
            .transpose()
        {
            Ok(sheet) => sheet,
            Err(msg) => {
                eprintln!("tierwise: {msg}");
                return 2;
            }
        };
        let options = ReadOptions {
            default_platform: args.platform,
            infer_platform: !args.platform_chosen,
            map_by_header: args.map.clone(),
            mapping: Vec::new(),
            sheet,
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
                    eprintln!("{}", tierwise::i18n::t(lang(), "cli.split_usage"));
                    2
                }
            },
            other => {
                eprintln!(
                    "tierwise: {}",
                    cli_error("cli.error.unknown_command", &[("command", other)])
                );
                usage()
            }
        }
    }

    /// `--map` naming a header the file does not have (the reader read no row): said with
    /// the file's headers, and the exit status of a wrong argument.
    fn bad_map(roster: &tierwise::domain::Roster, nf: &NumberFormat) -> Option<i32> {
        let notice = roster
            .notices
            .iter()
            .find(|n| matches!(n, Notice::MappedHeaderMissing { .. }))?;
        eprintln!("tierwise: {}", describe_notice(lang(), nf, notice));
        Some(2)
    }

    fn analyze_command(
        args: &Args,
        bytes: &[u8],
        options: &ReadOptions,
        settings: &Settings,
    ) -> i32 {
        let roster = read_roster(bytes, options);
        let nf = message_format();
        if let Some(status) = bad_map(&roster, &nf) {
            return status;
        }
        for n in &roster.notices {
            eprintln!("tierwise: {}", describe_notice(lang(), &nf, n));
        }
        if !roster.columns.is_empty() {
            for line in describe_columns(lang(), &nf, &roster) {
                eprintln!("{line}");
            }
        }
        for field in &roster.missing {
            let columns: Vec<&str> = roster.columns.iter().map(|c| c.header.as_str()).collect();
            eprintln!(
                "{}",
                tf(
                    lang(),
                    "cli.missing",
                    &[
                        ("field", &tierwise::i18n::field_name(lang(), *field)),
                        ("columns", &columns.join(", "))
                    ]
                )
            );
        }
        for p in &roster.problems {
            eprintln!("{}", describe_problem(lang(), &nf, p));
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
                        serde_json::to_writer(
                            &mut out,
                            &record(lang(), c, &m, &NumberFormat::default()),
                        )
                        .map_err(|e| e.to_string())?;
                        out.write_all(b"\n").map_err(|e| e.to_string())
                    })
                    .and_then(|()| out.flush().map_err(|e| e.to_string()))
            }
            Format::Csv => write_csv(
                std::io::stdout().lock(),
                lang(),
                tierwise::export::SheetFormat::MACHINE,
                &roster,
                settings,
                &NumberFormat::default(),
            ),
        };
        if let Err(e) = result {
            // A closed pipe (`| head`) is not an error worth a message.
            if !e.contains("Broken pipe") {
                eprintln!("tierwise: {}", cli_error("cli.error.write", &[]));
            }
        }
        eprintln!(
            "{}",
            tf(
                lang(),
                "cli.summary",
                &[
                    ("creators", &nf.count(roster.creators.len() as f64)),
                    ("rows", &nf.count(roster.rows_read as f64)),
                    ("problems", &nf.count(roster.problem_count() as f64)),
                ]
            )
        );
        if roster.creators.is_empty() {
            eprintln!(
                "{}",
                tf(lang(), "cli.nothing_read", &[("file", &args.file)])
            );
            return 1;
        }
        0
    }

    /// The planner's settings from `split`'s options.
    /// The `--option` a budget-form input stands for in the command line.
    fn option_of(field: FormField) -> String {
        match field {
            FormField::Budget => "--budget".into(),
            FormField::Currency => "--currency".into(),
            FormField::ConversionRate => "--conversion-rate".into(),
            FormField::PostsMin | FormField::PostsMax => "--posts".into(),
            FormField::Cap => "--max-per-creator".into(),
            FormField::MinCreators => "--min-creators".into(),
            FormField::MaxCreators => "--max-creators".into(),
            FormField::TierMin(t) | FormField::TierMax(t) => format!("--tier-mix {}", t.id()),
            FormField::PlatformMin(p) | FormField::PlatformMax(p) => {
                format!("--platform-mix {}", p.id())
            }
            FormField::Include | FormField::Exclude => "--include".into(),
        }
    }

    /// The command line's split options as the app's budget form holds them: the options'
    /// own syntax (`micro=60..80`, `1..3`, `20%`) is read here, every number and rule by the
    /// same [`BudgetForm::settings`] the budget panel uses, with the same errors.
    fn split_settings(a: &SplitArgs) -> Result<(SplitSettings, String), String> {
        let budget = a
            .budget
            .as_deref()
            .ok_or_else(|| cli_error("cli.error.required", &[("option", "budget")]))?;
        let mut form = BudgetForm {
            budget: budget.to_string(),
            currency: a.currency.clone().unwrap_or_else(|| "$".into()),
            conversion_rate: a.conversion_rate.clone().unwrap_or_default(),
            min_creators: a.min_creators.clone().unwrap_or_default(),
            max_creators: a.max_creators.clone().unwrap_or_default(),
            ..BudgetForm::default()
        };
        form.objective = match a.objective.as_deref() {
            None => Objective::Engagements,
            Some(o) => Objective::from_id(o)
                .ok_or_else(|| unknown("objective", o, "reach, engagements, conversions"))?,
        };
        let tier = |name: &str| Tier::ALL.into_iter().find(|t| t.id() == name);
        let platform = |name: &str| Platform::parse(name).filter(|p| *p != Platform::Other);
        if let Some(t) = a.posts.as_deref() {
            let (lo, hi) = parse_range(t).map_err(|e| band_error("posts", &e))?;
            form.posts_min = lo.to_string();
            form.posts_max = hi.to_string();
        }
        if let Some(t) = a.tier_mix.as_deref() {
            for (tier, m) in parse_mix(t, tier).map_err(|e| band_error("tier-mix", &e))? {
                form.set(FormField::TierMin(tier), m.min_pct.to_string());
                form.set(FormField::TierMax(tier), m.max_pct.to_string());
            }
        }
        if let Some(t) = a.platform_mix.as_deref() {
            for (p, m) in parse_mix(t, platform).map_err(|e| band_error("platform-mix", &e))? {
                form.set(FormField::PlatformMin(p), m.min_pct.to_string());
                form.set(FormField::PlatformMax(p), m.max_pct.to_string());
            }
        }
        if let Some(t) = a.cap.as_deref() {
            let (value, percent) =
                match parse_cap(t).map_err(|e| band_error("max-per-creator", &e))? {
                    split::Cap::Percent(v) => (v, true),
                    split::Cap::Amount(v) => (v, false),
                };
            form.cap = value.to_string();
            form.cap_percent = percent;
        }
        // No --include/--exclude: the roster's handles are not needed to read the options.
        let (settings, errors) =
            form.settings(&tierwise::domain::Roster::default(), DecimalMark::Dot);
        if let Some(e) = errors.first() {
            return Err(format!(
                "{}: {}",
                option_of(e.field),
                tierwise::i18n::describe_form_error(lang(), &message_format(), e)
            ));
        }
        let strategy = a.strategy.clone().unwrap_or_else(|| "optimal".into());
        Strategy::from_id(&strategy).ok_or_else(|| {
            unknown(
                "strategy",
                &strategy,
                "optimal, equal, proportional, tier-mix",
            )
        })?;
        Ok((settings, strategy))
    }

    fn split_command(
        args: &Args,
        bytes: &[u8],
        options: &ReadOptions,
        settings: &Settings,
        (split, strategy): &(SplitSettings, String),
    ) -> i32 {
        let roster = read_roster(bytes, options);
        let nf = message_format();
        if let Some(status) = bad_map(&roster, &nf) {
            return status;
        }
        for p in &roster.problems {
            eprintln!("{}", describe_problem(lang(), &nf, p));
        }
        if roster.creators.is_empty() {
            eprintln!(
                "{}",
                tf(lang(), "cli.nothing_read", &[("file", &args.file)])
            );
            return 1;
        }
        // Without --currency, the budget is in the currency the roster's prices name.
        let currency = args.split.currency.clone().unwrap_or_else(|| {
            roster
                .price_currency()
                .map_or("$", tierwise::domain::currency::Currency::sign)
                .trim()
                .to_string()
        });
        let strategy = Strategy::from_id(strategy).unwrap_or(Strategy::Optimal);
        let budget_currency = tierwise::domain::currency::Currency::from_sign(&currency);
        let mut pool = split::candidates_in(&roster, settings, split, budget_currency);
        split::count_over_cap(&mut pool, split);
        let skipped: Vec<String> = pool
            .skipped
            .iter()
            .map(|(k, n)| tierwise::i18n::describe_skip(lang(), &nf, *k, *n))
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
        let out = split_report(
            lang(),
            &nf,
            &currency,
            &roster,
            &pool.candidates,
            &outcome,
            strategy,
            split,
            bound,
            skipped,
        );
        let mut out = out;
        // Prices the user never gave: every one is the rate card's.
        if !pool.candidates.is_empty() && pool.candidates.iter().all(|c| c.price_estimated) {
            eprintln!(
                "{}",
                tf(
                    lang(),
                    "cli.split_all_estimated",
                    &[("source", &settings.rate_card.source)]
                )
            );
        }
        // An empty plan is no plan: nothing could be bought, and "optimal" would say
        // nothing.
        let nothing = match &outcome {
            Outcomes::Plan(plan) if plan.totals.creators == 0 => {
                let cheapest = pool.candidates.iter().map(|c| c.price_cents).min();
                Some(match cheapest {
                    Some(cents) => tf(
                        lang(),
                        "cli.split_nothing_fits",
                        &[
                            ("cheapest", &nf.money_in(&currency, money(cents))),
                            ("budget", &nf.money_in(&currency, split.budget)),
                        ],
                    ),
                    None => tierwise::i18n::t(lang(), "cli.split_no_candidates"),
                })
            }
            _ => None,
        };
        if let Some(reason) = &nothing {
            out.proven_optimal = None;
            out.upper_bound = None;
            out.gap_pct = None;
            out.conflicts
                .push(serde_json::json!({ "kind": "nothing_fits", "message": reason }));
        }
        let status = match &outcome {
            _ if nothing.is_some() => {
                eprintln!("{}", tierwise::i18n::t(lang(), "cli.split_conflicts"));
                eprintln!("  {}", nothing.as_deref().unwrap_or_default());
                3
            }
            Outcomes::Plan(plan) => {
                let t = &plan.totals;
                let value = out.objective.unwrap_or(0.0);
                eprintln!(
                    "{}",
                    tf(
                        lang(),
                        "cli.split_summary",
                        &[
                            (
                                "strategy",
                                &tierwise::i18n::t(lang(), &format!("strategy.{}", strategy.id()))
                            ),
                            ("creators", &nf.count(f64::from(t.creators))),
                            ("posts", &nf.count(f64::from(t.posts))),
                            ("spend", &nf.money_in(&currency, money(t.spend_cents))),
                            ("budget", &nf.money_in(&currency, split.budget)),
                            (
                                "objective",
                                &tierwise::i18n::t(
                                    lang(),
                                    &format!("objective.{}", split.objective.id())
                                )
                            ),
                            ("value", &nf.count(value)),
                        ]
                    )
                );
                if let (Some(b), Some(g)) = (bound, out.gap_pct) {
                    eprintln!(
                        "{}",
                        tf(
                            lang(),
                            "cli.split_gap",
                            &[
                                ("gap", &nf.percent_with(g, 3)),
                                ("bound", &nf.count(b.upper_bound))
                            ]
                        )
                    );
                }
                0
            }
            Outcomes::NeedsTierMix => {
                eprintln!("tierwise: {}", cli_error("cli.error.needs_tier_mix", &[]));
                return 2;
            }
            Outcomes::Conflicts { .. } => {
                eprintln!("{}", tierwise::i18n::t(lang(), "cli.split_conflicts"));
                for c in &out.conflicts {
                    eprintln!("  {}", c["message"].as_str().unwrap_or_default());
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
                        tierwise::export::plan_csv(
                            lang(),
                            tierwise::export::SheetFormat::MACHINE,
                            &roster,
                            &pool.candidates,
                            plan,
                        )
                    );
                }
                Ok(())
            }
        };
        if written.is_err() {
            eprintln!("tierwise: {}", cli_error("cli.error.write", &[]));
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
