//! `tierwise analyze` and `tierwise bench`: the roster's options converted, in one function
//! ([`AnalyzeArgs::from_input`]), into what the domain reads and analyses with, and the two
//! commands that print from them.

use std::io::Write;

use tierwise::domain::sniff::{sniff, Sniffed};
use tierwise::domain::{
    analyze_creator, read_roster, scheme_by_id, Notice, Platform, ReadOptions, Roster, Settings,
};
use tierwise::export::{record, write_csv};
use tierwise::i18n::{describe_columns, describe_notice, describe_problem, tf, NumberFormat};

use super::args::{AnalyzeInput, Format};
use super::error::ArgError;
use super::{lang, message_format, Stop, Usage};

/// The high-level values for reading and analysing a roster.
pub struct AnalyzeArgs {
    /// The file as named (`-` for standard input), for messages.
    pub file: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// How the roster is read (the sheet, the platform, the headers mapped).
    pub options: ReadOptions,
    /// How creators are analysed (the tier scheme, the engagement basis).
    pub settings: Settings,
    /// How records are printed.
    pub format: Format,
}

impl AnalyzeArgs {
    /// The roster's options as the domain takes them, with the file read by `read`. In the
    /// order the tool has always checked them: the scheme, then the file, then the sheet.
    pub fn from_input(
        input: &AnalyzeInput,
        read: impl FnOnce(&str) -> std::io::Result<Vec<u8>>,
    ) -> Result<AnalyzeArgs, Stop> {
        let id = input.scheme.as_deref().unwrap_or("seeds");
        let Some(scheme) = scheme_by_id(id) else {
            let schemes = tierwise::domain::builtin_schemes();
            let ids: Vec<&str> = schemes.iter().map(|s| s.id.as_str()).collect();
            let e = ArgError::not_a_choice("scheme", id, &ids);
            return Err(Stop::Arg(e, Usage::Tool));
        };
        let bytes = read(&input.file).map_err(|e| Stop::File {
            file: input.file.clone(),
            fault: tierwise::i18n::FileFault::from_io(&e),
        })?;
        let sheet = match input.sheet.as_deref() {
            Some(s) => Some(sheet_index(&bytes, s).map_err(|e| Stop::Arg(e, Usage::None))?),
            None => None,
        };
        Ok(AnalyzeArgs {
            file: input.file.clone(),
            bytes,
            options: ReadOptions {
                default_platform: input.platform.unwrap_or(Platform::Instagram),
                infer_platform: input.platform.is_none(),
                map_by_header: input.map.clone(),
                mapping: Vec::new(),
                sheet,
            },
            settings: Settings {
                scheme,
                basis: input.basis,
                ..Settings::default()
            },
            format: input.format,
        })
    }
}

/// `--sheet` as a sheet index: a 1-based number, or a sheet's name (any case).
fn sheet_index(bytes: &[u8], sheet: &str) -> Result<usize, ArgError> {
    let Sniffed::Workbook(kind) = sniff(bytes) else {
        return Err(ArgError::NotAWorkbook);
    };
    let book =
        tierwise::domain::spreadsheet::sheet_text(bytes, kind, None).map_err(ArgError::Workbook)?;
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    if let Some(i) = names
        .iter()
        .position(|n| n.eq_ignore_ascii_case(sheet.trim()))
    {
        return Ok(i);
    }
    match sheet.trim().parse::<usize>() {
        Ok(n) if (1..=names.len()).contains(&n) => Ok(n - 1),
        _ => Err(ArgError::NoSheet {
            sheet: sheet.to_string(),
            sheets: names.iter().map(|n| n.to_string()).collect(),
        }),
    }
}

/// `--map` naming a header the file does not have (the reader read no row): said with
/// the file's headers, and the exit status of a wrong argument.
pub fn bad_map(roster: &Roster, nf: &NumberFormat) -> Option<i32> {
    let notice = roster
        .notices
        .iter()
        .find(|n| matches!(n, Notice::MappedHeaderMissing { .. }))?;
    eprintln!("tierwise: {}", describe_notice(lang(), nf, notice));
    Some(2)
}

/// `tierwise analyze`: the notices, the columns and the problems on stderr, one record per
/// creator on stdout.
pub fn analyze_command(args: &AnalyzeArgs) -> i32 {
    let settings = &args.settings;
    let roster = read_roster(&args.bytes, &args.options);
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
                    )?;
                    out.write_all(b"\n")
                })
                .and_then(|()| out.flush())
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
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("tierwise: {}", tierwise::i18n::t(lang(), "cli.error.write"));
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

/// `tierwise bench`: reading and analysis timed, for `make bench`.
pub fn bench_command(args: &AnalyzeArgs) -> i32 {
    let bytes = &args.bytes;
    let start = std::time::Instant::now();
    let summary = tierwise::domain::bench_summary(bytes, &args.options, &args.settings);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{{\"bytes\":{},\"creators\":{},\"problems\":{},\"ms\":{ms:.1}}}",
        bytes.len(),
        summary.creators,
        summary.problems
    );
    i32::from(summary.creators == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tierwise::domain::{ErBasis, Field};

    fn csv(_: &str) -> std::io::Result<Vec<u8>> {
        Ok(b"handle,followers\nana,5000\n".to_vec())
    }

    #[test]
    fn the_roster_options_become_read_options_and_settings() {
        let input = AnalyzeInput {
            file: "roster.csv".into(),
            scheme: None,
            platform: Some(Platform::TikTok),
            format: Format::Csv,
            basis: ErBasis::Reach,
            sheet: None,
            map: vec![("rank".into(), None), ("Name".into(), Some(Field::Handle))],
        };
        let Ok(args) = AnalyzeArgs::from_input(&input, csv) else {
            panic!("read");
        };
        assert_eq!(args.options.default_platform, Platform::TikTok);
        assert!(
            !args.options.infer_platform,
            "--platform beats the file's words"
        );
        assert_eq!(args.options.map_by_header, input.map);
        assert_eq!(args.options.sheet, None);
        assert_eq!(args.settings.scheme.id, "seeds");
        assert_eq!(args.settings.basis, ErBasis::Reach);
        assert_eq!(args.format, Format::Csv);
        assert_eq!(args.bytes, csv("").expect("bytes"));
        let inferred = AnalyzeArgs::from_input(&AnalyzeInput::default(), csv);
        assert!(inferred.is_ok_and(|a| a.options.infer_platform));
    }

    #[test]
    fn an_unknown_scheme_is_said_before_the_file_is_read() {
        let input = AnalyzeInput {
            scheme: Some("nope".into()),
            ..AnalyzeInput::default()
        };
        let got = AnalyzeArgs::from_input(&input, |_| panic!("read before the scheme"));
        let Err(Stop::Arg(ArgError::NotAChoice { option, value, .. }, Usage::Tool)) = got else {
            panic!("not the scheme's error");
        };
        assert_eq!((option, value.as_str()), ("scheme", "nope"));
    }

    #[test]
    fn a_sheet_of_a_file_that_is_no_workbook() {
        let input = AnalyzeInput {
            sheet: Some("2".into()),
            ..AnalyzeInput::default()
        };
        let got = AnalyzeArgs::from_input(&input, csv);
        assert!(matches!(
            got,
            Err(Stop::Arg(ArgError::NotAWorkbook, Usage::None))
        ));
        let missing = AnalyzeArgs::from_input(&input, |_| {
            Err(std::io::Error::from(std::io::ErrorKind::NotFound))
        });
        assert!(matches!(missing, Err(Stop::File { .. })));
    }
}
