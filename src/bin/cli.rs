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
//!
//! The code, from the command line to the domain (as ripgrep's `lowargs` → `hiargs`):
//! - `cli/args.rs`: the command line as typed, read into a `Command`;
//! - `cli/error.rs`: what can be wrong with it, `ArgError`;
//! - `cli/analyze.rs`: the roster's options converted for the domain, `analyze`, `bench`;
//! - `cli/split.rs`: the plan's options converted by the app's budget form, `split`;
//! - this file: the language of messages, and `run`, which runs them in order and
//!   gives the exit status.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    mod analyze;
    mod args;
    mod error;
    mod split;

    use tierwise::i18n::{t, FileFault, Lang, NumberFormat};

    use analyze::{analyze_command, bench_command, AnalyzeArgs};
    use args::{Command, Invocation};
    use error::ArgError;
    use split::{split_command, SplitArgs};

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

    /// Numbers in messages, as the language writes them.
    fn message_format() -> NumberFormat {
        NumberFormat::for_lang(lang())
    }

    /// Which usage follows a wrong argument's message.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Usage {
        /// None (`--sheet`'s errors: the file was read, the usage would not help).
        None,
        /// The tool's (`cli.usage`).
        Tool,
        /// `split`'s (`cli.split_usage`).
        Split,
    }

    /// Why a command stops before it runs.
    #[derive(Debug)]
    enum Stop {
        /// A wrong argument: exit status 2.
        Arg(ArgError, Usage),
        /// The file could not be read: exit status 1.
        File {
            /// The file as named.
            file: String,
            /// What went wrong.
            fault: FileFault,
        },
    }

    impl Stop {
        /// Says why on stderr; the exit status.
        fn report(&self) -> i32 {
            match self {
                Stop::Arg(e, usage) => {
                    if *e != ArgError::MissingOperand {
                        eprintln!("tierwise: {e}");
                    }
                    match usage {
                        Usage::None => {}
                        Usage::Tool => eprintln!("{}", t(lang(), "cli.usage")),
                        Usage::Split => eprintln!("{}", t(lang(), "cli.split_usage")),
                    }
                    2
                }
                Stop::File { file, fault } => {
                    eprintln!(
                        "tierwise: {}",
                        tierwise::i18n::describe_file_error(lang(), file, *fault)
                    );
                    1
                }
            }
        }
    }

    /// The file's bytes; `-` is standard input.
    fn read_input(file: &str) -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut bytes = Vec::new();
        if file == "-" {
            std::io::stdin().read_to_end(&mut bytes)?;
        } else {
            bytes = std::fs::read(file)?;
        }
        Ok(bytes)
    }

    /// Reads the command line, converts it and runs the command; the exit status.
    pub fn run() -> i32 {
        let command = match args::parse(std::env::args_os().skip(1)) {
            Ok(Invocation::Help) => {
                println!("{}", t(lang(), "cli.usage"));
                return 0;
            }
            Ok(Invocation::HelpSplit) => {
                println!("{}", t(lang(), "cli.split_usage"));
                return 0;
            }
            Ok(Invocation::Run(command)) => command,
            Err(e) => return Stop::Arg(e, Usage::Tool).report(),
        };
        let done = match &command {
            Command::Analyze(input) => {
                AnalyzeArgs::from_input(input, read_input).map(|a| analyze_command(&a))
            }
            Command::Bench(input) => {
                AnalyzeArgs::from_input(input, read_input).map(|a| bench_command(&a))
            }
            Command::Split(input) => {
                SplitArgs::from_input(input, read_input).map(|a| split_command(&a))
            }
            Command::Unknown(name, input) => {
                AnalyzeArgs::from_input(input, read_input).and_then(|_| {
                    let e = ArgError::UnknownCommand(name.clone());
                    Err(Stop::Arg(e, Usage::Tool))
                })
            }
        };
        done.unwrap_or_else(|stop| stop.report())
    }
}
