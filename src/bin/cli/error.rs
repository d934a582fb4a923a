//! What can be wrong with a command line: [`ArgError`], one variant per kind of mistake,
//! each holding the option and the text at fault (as rust-csv's `Error` holds its
//! position), worded through the translation table in the user's language.

use std::fmt;

use tierwise::domain::split::form::{FormError, FormField};
use tierwise::domain::split::BandTextError;
use tierwise::domain::spreadsheet::WorkbookError;
use tierwise::i18n::{t, tf, Lang, NumberFormat};

/// A wrong argument: the command line could not be read, or a value it gives cannot be used.
/// `Display` says it in the language of messages ([`super::lang`]); [`ArgError::describe`]
/// in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgError {
    /// No command, or no file: only the usage is shown (`Display` is the usage).
    MissingOperand,
    /// An option that takes a value came last (`--budget`); `None` when lexopt could not
    /// say which.
    MissingValue {
        /// The option as typed (`--budget`).
        option: Option<String>,
    },
    /// An option the tool does not have (`--frob`, `-x`), as typed.
    UnknownOption(String),
    /// An argument after the command and the file.
    UnexpectedArgument(String),
    /// A value given to an option that takes none (`--help=3`).
    UnexpectedValue {
        /// The option as typed.
        option: String,
        /// The value it was given.
        value: String,
    },
    /// An argument that is not valid Unicode (shown lossily).
    NotUnicode(String),
    /// A value lexopt could not read.
    ParsingFailed {
        /// The value.
        value: String,
    },
    /// A command line lexopt could not read for another reason.
    BadCommandLine,
    /// `--option`'s value is not valid text (Unicode).
    NotText {
        /// The option, without its dashes.
        option: &'static str,
    },
    /// `--option`'s value is not one of `choices`.
    NotAChoice {
        /// The option, without its dashes.
        option: &'static str,
        /// The value as typed.
        value: String,
        /// The values it may take, in the order the message lists them.
        choices: Vec<String>,
    },
    /// `--map`: a part that is not `HEADER=FIELD`.
    NotAMapping {
        /// The part as typed.
        text: String,
    },
    /// `--option` is required by the command (`--budget` for `split`).
    Required {
        /// The option, without its dashes.
        option: &'static str,
    },
    /// A band list, range or cap (`--tier-mix`, `--posts`, `--max-per-creator`…) that
    /// could not be read; the error holds the text at fault.
    Band {
        /// The option, without its dashes.
        option: &'static str,
        /// What was wrong, by the domain's reader of bands.
        error: BandTextError,
    },
    /// An entry the app's budget form rejects (the same error as in the budget panel); the
    /// option is the one the form's field stands for ([`option_of`]).
    Form(FormError),
    /// `--sheet` on a file that is not a workbook.
    NotAWorkbook,
    /// `--sheet` on a workbook that cannot be read.
    Workbook(WorkbookError),
    /// `--sheet` naming no sheet of the workbook.
    NoSheet {
        /// The sheet as typed.
        sheet: String,
        /// The workbook's sheets, in order.
        sheets: Vec<String>,
    },
    /// A command that is none of `analyze`, `split`, `bench`.
    UnknownCommand(String),
}

impl ArgError {
    /// `--option`'s `value` is not one of `choices` (written as the message lists them).
    pub fn not_a_choice(option: &'static str, value: &str, choices: &[&str]) -> ArgError {
        ArgError::NotAChoice {
            option,
            value: value.to_string(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
        }
    }

    /// The error read from lexopt's (whose own text is English).
    pub fn from_lexopt(e: lexopt::Error) -> ArgError {
        use lexopt::Error as E;
        let lossy = |s: &std::ffi::OsStr| s.to_string_lossy().into_owned();
        match e {
            E::MissingValue { option } => ArgError::MissingValue { option },
            E::UnexpectedOption(o) => ArgError::UnknownOption(o),
            E::UnexpectedArgument(a) => ArgError::UnexpectedArgument(lossy(&a)),
            E::UnexpectedValue { option, value } => ArgError::UnexpectedValue {
                option,
                value: lossy(&value),
            },
            E::NonUnicodeValue(v) => ArgError::NotUnicode(lossy(&v)),
            E::ParsingFailed { value, .. } => ArgError::ParsingFailed { value },
            _ => ArgError::BadCommandLine,
        }
    }

    /// The message in `lang` (without the `tierwise: ` every message starts with).
    pub fn describe(&self, lang: Lang) -> String {
        let nf = NumberFormat::for_lang(lang);
        match self {
            ArgError::MissingOperand => t(lang, "cli.usage"),
            ArgError::MissingValue { option: Some(o) } => {
                tf(lang, "cli.error.missing_value", &[("option", o)])
            }
            ArgError::MissingValue { option: None } => t(lang, "cli.error.missing_value_any"),
            ArgError::UnknownOption(o) => tf(lang, "cli.error.unexpected_option", &[("option", o)]),
            ArgError::UnexpectedArgument(a) => {
                tf(lang, "cli.error.unexpected_argument", &[("value", a)])
            }
            ArgError::UnexpectedValue { option, value } => tf(
                lang,
                "cli.error.unexpected_value",
                &[("option", option), ("value", value)],
            ),
            ArgError::NotUnicode(v) => tf(lang, "cli.error.not_unicode", &[("value", v)]),
            ArgError::ParsingFailed { value } => {
                tf(lang, "cli.error.parse_failed", &[("value", value)])
            }
            ArgError::BadCommandLine => t(lang, "cli.error.bad_command_line"),
            ArgError::NotText { option } => tf(lang, "cli.error.bad_value", &[("option", option)]),
            ArgError::NotAChoice {
                option,
                value,
                choices,
            } => tf(
                lang,
                "cli.error.unknown",
                &[
                    ("option", option),
                    ("value", value),
                    ("choices", &choices.join(", ")),
                ],
            ),
            ArgError::NotAMapping { text } => tf(
                lang,
                "cli.error.expected",
                &[("option", "map"), ("what", "HEADER=FIELD"), ("value", text)],
            ),
            ArgError::Required { option } => tf(lang, "cli.error.required", &[("option", option)]),
            ArgError::Band { option, error } => format!(
                "--{option}: {}",
                tierwise::i18n::describe_band_text_error(lang, error)
            ),
            ArgError::Form(e) => format!(
                "{}: {}",
                option_of(e.field),
                tierwise::i18n::describe_form_error(lang, &nf, e)
            ),
            ArgError::NotAWorkbook => t(lang, "cli.error.not_a_workbook"),
            ArgError::Workbook(e) => tierwise::i18n::describe_workbook_error(lang, e),
            ArgError::NoSheet { sheet, sheets } => {
                let sheets: Vec<String> = sheets
                    .iter()
                    .enumerate()
                    .map(|(i, n)| format!("{} {n:?}", i + 1))
                    .collect();
                tf(
                    lang,
                    "cli.error.no_sheet",
                    &[("sheet", sheet), ("sheets", &sheets.join(", "))],
                )
            }
            ArgError::UnknownCommand(c) => tf(lang, "cli.error.unknown_command", &[("command", c)]),
        }
    }
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(super::lang()))
    }
}

impl std::error::Error for ArgError {}

/// The `--option` a budget-form input stands for in the command line.
pub fn option_of(field: FormField) -> String {
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
