//! The low-level layer: the command line as typed, read by lexopt into a [`Command`] that
//! holds one field per option ([`AnalyzeInput`], [`SplitInput`]).
//!
//! Values are kept as the user wrote them; [`super::analyze`] and [`super::split`] convert
//! them, each in one function, with the domain's own readers. Read here are only what no
//! other option nor the file can change, so that the first wrong argument on the line is
//! the one reported: the closed lists of `--platform`, `--format`, `--basis` and `--lang`
//! (as ripgrep's low-level arguments hold its choices as enums), and `--map`'s pairs.

use std::ffi::OsString;

use tierwise::domain::{ErBasis, Field, Platform};
use tierwise::i18n::Lang;

use super::error::ArgError;

/// How records are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines for `analyze`, one pretty JSON document for `split` (`--format jsonl`,
    /// `--format json`, the default).
    Jsonl,
    /// CSV (`--format csv`).
    Csv,
}

/// The options about the roster and its analysis, which every command takes.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyzeInput {
    /// The file, `-` for standard input.
    pub file: String,
    /// `--scheme`: a tier scheme's id; `None` for the default.
    pub scheme: Option<String>,
    /// `--platform`: beats what the file's words suggest; `None` to infer it.
    pub platform: Option<Platform>,
    /// `--format`.
    pub format: Format,
    /// `--basis`: what engagement rates are counted against.
    pub basis: ErBasis,
    /// `--sheet`: a workbook's sheet, by name or 1-based number, as typed.
    pub sheet: Option<String>,
    /// `--map "Header=field,…"`: headers to fields (`None`: ignored), every `--map` in order.
    pub map: Vec<(String, Option<Field>)>,
}

impl Default for AnalyzeInput {
    fn default() -> Self {
        AnalyzeInput {
            file: String::new(),
            scheme: None,
            platform: None,
            format: Format::Jsonl,
            basis: ErBasis::Followers,
            sheet: None,
            map: Vec::new(),
        }
    }
}

/// `split`'s input: the roster's options and the plan's, as typed (`None`: not given).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SplitInput {
    /// The roster's options.
    pub roster: AnalyzeInput,
    /// `--budget`.
    pub budget: Option<String>,
    /// `--objective`.
    pub objective: Option<String>,
    /// `--tier-mix micro=60..80,…`.
    pub tier_mix: Option<String>,
    /// `--platform-mix instagram=50..100,…`.
    pub platform_mix: Option<String>,
    /// `--max-per-creator 20%` or an amount.
    pub cap: Option<String>,
    /// `--min-creators`.
    pub min_creators: Option<String>,
    /// `--max-creators`.
    pub max_creators: Option<String>,
    /// `--posts MIN..MAX`.
    pub posts: Option<String>,
    /// `--strategy`.
    pub strategy: Option<String>,
    /// `--conversion-rate`.
    pub conversion_rate: Option<String>,
    /// `--currency`.
    pub currency: Option<String>,
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one per run, read once: boxing would only add noise"
)]
pub enum Command {
    /// `analyze` (or `analyse`): one record per creator.
    Analyze(AnalyzeInput),
    /// `split`: a plan for the budget.
    Split(SplitInput),
    /// `bench`: reading and analysis timed.
    Bench(AnalyzeInput),
    /// A command that is none of these, with the roster's options: it is reported once
    /// they are checked and the file is read, as it always was (a missing file says so
    /// first).
    Unknown(String, AnalyzeInput),
}

/// A command line read: a command to run, or a request for the usage.
#[derive(Clone, Debug, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one per run, read once: boxing would only add noise"
)]
pub enum Invocation {
    /// `--help`: the tool's usage.
    Help,
    /// `split --help`: `split`'s usage.
    HelpSplit,
    /// A command.
    Run(Command),
}

/// The value of the option just read, as text.
fn text(parser: &mut lexopt::Parser, option: &'static str) -> Result<String, ArgError> {
    use lexopt::ValueExt;
    parser
        .value()
        .map_err(ArgError::from_lexopt)?
        .string()
        .map_err(|_| ArgError::NotText { option })
}

/// Reads the arguments (without the program's name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, ArgError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut command: Option<String> = None;
    let mut file = None;
    let mut input = SplitInput::default();
    while let Some(arg) = parser.next().map_err(ArgError::from_lexopt)? {
        let roster = &mut input.roster;
        match arg {
            Long("budget") => input.budget = Some(text(&mut parser, "budget")?),
            Long("objective") => input.objective = Some(text(&mut parser, "objective")?),
            Long("tier-mix") => input.tier_mix = Some(text(&mut parser, "tier-mix")?),
            Long("platform-mix") => input.platform_mix = Some(text(&mut parser, "platform-mix")?),
            Long("max-per-creator") => input.cap = Some(text(&mut parser, "max-per-creator")?),
            Long("min-creators") => input.min_creators = Some(text(&mut parser, "min-creators")?),
            Long("max-creators") => input.max_creators = Some(text(&mut parser, "max-creators")?),
            Long("posts") => input.posts = Some(text(&mut parser, "posts")?),
            Long("strategy") => input.strategy = Some(text(&mut parser, "strategy")?),
            Long("conversion-rate") => {
                input.conversion_rate = Some(text(&mut parser, "conversion-rate")?)
            }
            Long("currency") => input.currency = Some(text(&mut parser, "currency")?),
            Long("sheet") => roster.sheet = Some(text(&mut parser, "sheet")?),
            Long("map") => roster.map.extend(parse_map(&text(&mut parser, "map")?)?),
            Long("scheme") => roster.scheme = Some(text(&mut parser, "scheme")?),
            Long("platform") => {
                let v = text(&mut parser, "platform")?;
                roster.platform = match Platform::parse(&v) {
                    Some(p) if p != Platform::Other => Some(p),
                    _ => {
                        let choices = ["instagram", "tiktok", "youtube"];
                        return Err(ArgError::not_a_choice("platform", &v, &choices));
                    }
                };
            }
            Long("format") => {
                let v = text(&mut parser, "format")?;
                roster.format = match v.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    _ => {
                        let choices = ["jsonl", "csv", "json"];
                        return Err(ArgError::not_a_choice("format", &v, &choices));
                    }
                };
            }
            Long("lang") => {
                // Read before the rest (see `lang`); checked here.
                let tag = text(&mut parser, "lang")?;
                if Lang::from_tag(&tag).is_none() {
                    let choices = ["en", "ar", "vi", "pl", "th"];
                    return Err(ArgError::not_a_choice("lang", &tag, &choices));
                }
            }
            Long("basis") => {
                let v = text(&mut parser, "basis")?;
                roster.basis = ErBasis::ALL
                    .into_iter()
                    .find(|b| b.id() == v)
                    .ok_or_else(|| {
                        let choices = ["followers", "reach", "views"];
                        ArgError::not_a_choice("basis", &v, &choices)
                    })?;
            }
            Long("help") | Short('h') => {
                let split = command.as_deref() == Some("split");
                return Ok(if split {
                    Invocation::HelpSplit
                } else {
                    Invocation::Help
                });
            }
            Value(v) if command.is_none() => {
                command = Some(v.string().map_err(ArgError::from_lexopt)?);
            }
            Value(v) if file.is_none() => file = Some(v.string().map_err(ArgError::from_lexopt)?),
            Short('-') => file = Some("-".to_string()),
            other => return Err(ArgError::from_lexopt(other.unexpected())),
        }
    }
    let (Some(command), Some(file)) = (command, file) else {
        return Err(ArgError::MissingOperand);
    };
    input.roster.file = file;
    Ok(Invocation::Run(match command.as_str() {
        "analyze" | "analyse" => Command::Analyze(input.roster),
        "bench" => Command::Bench(input.roster),
        "split" => Command::Split(input),
        _ => Command::Unknown(command, input.roster),
    }))
}

/// `--map "User Account Name=handle,Views Avg.=views,rank=ignore"`: headers to fields.
fn parse_map(text: &str) -> Result<Vec<(String, Option<Field>)>, ArgError> {
    text.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (header, field) = pair.rsplit_once('=').ok_or_else(|| ArgError::NotAMapping {
                text: pair.to_string(),
            })?;
            let field = field.trim().to_lowercase();
            let field = match field.as_str() {
                "ignore" | "none" | "-" | "" => None,
                id => Some(Field::from_id(id).ok_or_else(|| {
                    let mut choices: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
                    choices.push("ignore");
                    ArgError::not_a_choice("map", id, &choices)
                })?),
            };
            Ok((header.trim().to_string(), field))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_line(line: &[&str]) -> Result<Invocation, ArgError> {
        parse(line.iter().map(OsString::from))
    }

    #[test]
    fn options_are_kept_as_typed_and_choices_read() {
        let got = parse_line(&[
            "split",
            "-",
            "--budget",
            "lots",
            "--platform",
            "tiktok",
            "--format=csv",
            "--map",
            "Name=handle,rank=ignore",
            "--strategy",
            "greedy",
        ]);
        let Ok(Invocation::Run(Command::Split(input))) = got else {
            panic!("{got:?}");
        };
        assert_eq!(input.budget.as_deref(), Some("lots"));
        assert_eq!(input.strategy.as_deref(), Some("greedy"), "checked later");
        assert_eq!(input.roster.file, "-");
        assert_eq!(input.roster.platform, Some(Platform::TikTok));
        assert_eq!(input.roster.format, Format::Csv);
        assert_eq!(
            input.roster.map,
            vec![
                ("Name".to_string(), Some(Field::Handle)),
                ("rank".to_string(), None)
            ]
        );
    }

    #[test]
    fn the_first_wrong_argument_is_the_one_said() {
        let got = parse_line(&["analyze", "f", "--format", "xml", "--platform", "myspace"]);
        assert_eq!(
            got,
            Err(ArgError::not_a_choice(
                "format",
                "xml",
                &["jsonl", "csv", "json"]
            ))
        );
        let got = parse_line(&["analyze", "f", "--map", "rank", "--frob"]);
        assert_eq!(
            got,
            Err(ArgError::NotAMapping {
                text: "rank".into()
            })
        );
        let got = parse_line(&["analyze", "f", "--budget"]);
        assert_eq!(
            got,
            Err(ArgError::MissingValue {
                option: Some("--budget".into())
            })
        );
        assert_eq!(parse_line(&["analyze"]), Err(ArgError::MissingOperand));
        assert_eq!(
            parse_line(&["analyze", "f", "--frob"]),
            Err(ArgError::UnknownOption("--frob".into()))
        );
    }

    #[test]
    fn help_and_commands() {
        assert_eq!(parse_line(&["split", "--help"]), Ok(Invocation::HelpSplit));
        assert_eq!(parse_line(&["-h", "split"]), Ok(Invocation::Help));
        let input = AnalyzeInput {
            file: "f".into(),
            ..AnalyzeInput::default()
        };
        assert_eq!(
            parse_line(&["analyse", "f"]),
            Ok(Invocation::Run(Command::Analyze(input.clone())))
        );
        assert_eq!(
            parse_line(&["frob", "f"]),
            Ok(Invocation::Run(Command::Unknown("frob".into(), input)))
        );
    }
}
