//! `tierwise split`: the plan's options converted, in one function
//! ([`SplitArgs::from_input`]), into the planner's settings by the app's own budget form
//! ([`BudgetForm::settings`], with the budget panel's errors), and the command that plans
//! and prints.

use tierwise::domain::currency::Currency;
use tierwise::domain::split::form::{BudgetForm, FormField};
use tierwise::domain::split::{
    self, parse_cap, parse_mix, parse_range, Objective, Outcomes, PlanReport, SplitSettings,
    Strategy, Who,
};
use tierwise::domain::{read_roster, DecimalMark, Platform, Roster, Tier};
use tierwise::export::money;
use tierwise::i18n::{describe_conflict, describe_problem, describe_skip, t, tf};

use super::analyze::{bad_map, AnalyzeArgs};
use super::args::{Format, SplitInput};
use super::error::ArgError;
use super::{lang, message_format, Stop, Usage};

/// The high-level values for planning a budget over a roster.
pub struct SplitArgs {
    /// How the roster is read and analysed.
    pub roster: AnalyzeArgs,
    /// What the planner is asked.
    pub settings: SplitSettings,
    /// The strategy whose plan is printed.
    pub strategy: Strategy,
    /// `--currency`; `None`: the currency the roster's prices name.
    pub currency: Option<String>,
}

impl SplitArgs {
    /// `split`'s options as the domain takes them, with the file read by `read`: the
    /// roster's first ([`AnalyzeArgs::from_input`]), then the plan's (said with `split`'s
    /// usage).
    pub fn from_input(
        input: &SplitInput,
        read: impl FnOnce(&str) -> std::io::Result<Vec<u8>>,
    ) -> Result<SplitArgs, Stop> {
        let roster = AnalyzeArgs::from_input(&input.roster, read)?;
        let (settings, strategy) = plan_settings(input).map_err(|e| Stop::Arg(e, Usage::Split))?;
        Ok(SplitArgs {
            roster,
            settings,
            strategy,
            currency: input.currency.clone(),
        })
    }
}

/// The command line's plan options as the app's budget form holds them: the options' own
/// syntax (`micro=60..80`, `1..3`, `20%`) is read by the domain's band readers, every number
/// and rule by the same [`BudgetForm::settings`] the budget panel uses, with the same
/// errors; then the strategy.
fn plan_settings(a: &SplitInput) -> Result<(SplitSettings, Strategy), ArgError> {
    let budget = a
        .budget
        .as_deref()
        .ok_or(ArgError::Required { option: "budget" })?;
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
        Some(o) => Objective::from_id(o).ok_or_else(|| {
            let choices = ["reach", "engagements", "conversions"];
            ArgError::not_a_choice("objective", o, &choices)
        })?,
    };
    let band = |option| move |error| ArgError::Band { option, error };
    let tier = |name: &str| Tier::ALL.into_iter().find(|t| t.id() == name);
    let platform = |name: &str| Platform::parse(name).filter(|p| *p != Platform::Other);
    if let Some(t) = a.posts.as_deref() {
        let (lo, hi) = parse_range(t).map_err(band("posts"))?;
        form.posts_min = lo.to_string();
        form.posts_max = hi.to_string();
    }
    if let Some(t) = a.tier_mix.as_deref() {
        for (tier, m) in parse_mix(t, tier).map_err(band("tier-mix"))? {
            form.set(FormField::TierMin(tier), m.min_pct.to_string());
            form.set(FormField::TierMax(tier), m.max_pct.to_string());
        }
    }
    if let Some(t) = a.platform_mix.as_deref() {
        for (p, m) in parse_mix(t, platform).map_err(band("platform-mix"))? {
            form.set(FormField::PlatformMin(p), m.min_pct.to_string());
            form.set(FormField::PlatformMax(p), m.max_pct.to_string());
        }
    }
    if let Some(t) = a.cap.as_deref() {
        let (value, percent) = match parse_cap(t).map_err(band("max-per-creator"))? {
            split::Cap::Percent(v) => (v, true),
            split::Cap::Amount(v) => (v, false),
        };
        form.cap = value.to_string();
        form.cap_percent = percent;
    }
    // No --include/--exclude: the roster's handles are not needed to read the options.
    let (settings, errors) = form.settings(&Roster::default(), DecimalMark::Dot);
    if let Some(e) = errors.into_iter().next() {
        return Err(ArgError::Form(e));
    }
    let strategy = a.strategy.as_deref().unwrap_or("optimal");
    let strategy = Strategy::from_id(strategy).ok_or_else(|| {
        let choices = ["optimal", "equal", "proportional", "tier-mix"];
        ArgError::not_a_choice("strategy", strategy, &choices)
    })?;
    Ok((settings, strategy))
}

/// `tierwise split`: the plan's [`PlanReport`] as JSON (or the plan as CSV) on stdout, the
/// summary or the conflicts in words on stderr.
pub fn split_command(args: &SplitArgs) -> i32 {
    let (settings, split, strategy) = (&args.roster.settings, &args.settings, args.strategy);
    let roster = read_roster(&args.roster.bytes, &args.roster.options);
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
            tf(lang(), "cli.nothing_read", &[("file", &args.roster.file)])
        );
        return 1;
    }
    // Without --currency, the budget is in the currency the roster's prices name.
    let currency = args.currency.clone().unwrap_or_else(|| {
        roster
            .price_currency()
            .map_or("$", Currency::sign)
            .trim()
            .to_string()
    });
    let budget_currency = Currency::from_sign(&currency);
    let mut pool = split::candidates_in(&roster, settings, split, budget_currency);
    split::count_over_cap(&mut pool, split);
    let outcome = split::plan_one(&pool.candidates, split, strategy);
    // Simple splits are measured against the optimal plan's bound.
    let bound = match (&outcome, strategy) {
        (Outcomes::Plan(p), Strategy::Optimal) => p.proof,
        (Outcomes::Plan(_), _) => split::plan_one(&pool.candidates, split, Strategy::Optimal)
            .plan()
            .and_then(|p| p.proof),
        _ => None,
    };
    let report = PlanReport::new(
        &|i| Who::of(&roster, i),
        &pool,
        split,
        &currency,
        strategy,
        &outcome,
        bound,
    );
    for s in &report.skipped {
        eprintln!(
            "tierwise: {}",
            describe_skip(lang(), &nf, s.reason, s.creators)
        );
    }
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
    let status = match (&outcome, &report.totals) {
        (Outcomes::NeedsTierMix, _) => {
            eprintln!("tierwise: {}", t(lang(), "cli.error.needs_tier_mix"));
            return 2;
        }
        _ if !report.conflicts.is_empty() => {
            eprintln!("{}", t(lang(), "cli.split_conflicts"));
            for c in &report.conflicts {
                eprintln!(
                    "  {}",
                    describe_conflict(
                        lang(),
                        &nf,
                        &currency,
                        &|i| roster.creators.get(i).map(|c| c.handle.to_string()),
                        c
                    )
                );
            }
            3
        }
        (_, Some(totals)) => {
            eprintln!(
                "{}",
                tf(
                    lang(),
                    "cli.split_summary",
                    &[
                        (
                            "strategy",
                            &t(lang(), &format!("strategy.{}", strategy.id()))
                        ),
                        ("creators", &nf.count(f64::from(totals.creators))),
                        ("posts", &nf.count(f64::from(totals.posts))),
                        ("spend", &nf.money_in(&currency, money(totals.spend_cents))),
                        ("budget", &nf.money_in(&currency, split.budget)),
                        (
                            "objective",
                            &t(lang(), &format!("objective.{}", split.objective.id()))
                        ),
                        ("value", &nf.count(report.objective_total.unwrap_or(0.0))),
                    ]
                )
            );
            if let (Some(b), Some(g)) = (report.upper_bound, report.gap_pct) {
                eprintln!(
                    "{}",
                    tf(
                        lang(),
                        "cli.split_gap",
                        &[("gap", &nf.percent_with(g, 3)), ("bound", &nf.count(b))]
                    )
                );
            }
            0
        }
        // (A plan always has totals; conflicts are said above.)
        (_, None) => 3,
    };
    let written = match args.roster.format {
        Format::Jsonl => serde_json::to_string_pretty(&report).map(|s| println!("{s}")),
        Format::Csv => {
            if report.totals.is_some() {
                print!(
                    "{}",
                    tierwise::export::plan_csv(
                        lang(),
                        tierwise::export::SheetFormat::MACHINE,
                        &report
                    )
                );
            }
            Ok(())
        }
    };
    if written.is_err() {
        eprintln!("tierwise: {}", t(lang(), "cli.error.write"));
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;
    use tierwise::domain::split::form::Expected;
    use tierwise::domain::split::{BandTextError, Cap, Mix};
    use tierwise::i18n::Lang;

    fn input(budget: &str) -> SplitInput {
        SplitInput {
            budget: Some(budget.into()),
            ..SplitInput::default()
        }
    }

    fn roster(_: &str) -> std::io::Result<Vec<u8>> {
        Ok(b"handle,followers,price\nana,5000,100\n".to_vec())
    }

    #[test]
    fn a_budget_that_is_no_amount_is_the_budget_forms_error() {
        let got = plan_settings(&input("lots"));
        let Err(ArgError::Form(e)) = &got else {
            panic!("{got:?}");
        };
        assert_eq!(
            (e.field, e.text.as_str(), &e.expected),
            (FormField::Budget, "lots", &Expected::Amount)
        );
        let said = got.expect_err("an error").describe(Lang::En);
        assert!(said.starts_with("--budget: "), "{said}");
        assert!(said.contains("lots"), "{said}");
        let none = plan_settings(&SplitInput::default());
        assert_eq!(none, Err(ArgError::Required { option: "budget" }));
    }

    #[test]
    fn a_tier_mix_reads_a_band() {
        let got = plan_settings(&SplitInput {
            tier_mix: Some("micro=60..80".into()),
            posts: Some("2..4".into()),
            cap: Some("20%".into()),
            ..input("5000")
        });
        let Ok((settings, strategy)) = got else {
            panic!("{got:?}");
        };
        let band = Mix {
            min_pct: 60.0,
            max_pct: 80.0,
        };
        assert_eq!(settings.tier_mix, vec![(Tier::Micro, band)]);
        assert_eq!(settings.budget, 5000.0);
        assert_eq!(settings.posts, (2, 4));
        assert_eq!(settings.cap, Some(Cap::Percent(20.0)));
        assert_eq!(settings.objective, Objective::Engagements);
        assert_eq!(strategy, Strategy::Optimal, "the default");
    }

    #[test]
    fn a_band_that_cannot_be_read_names_its_option_and_text() {
        let got = plan_settings(&SplitInput {
            tier_mix: Some("giga=1..2".into()),
            ..input("5000")
        });
        assert_eq!(
            got,
            Err(ArgError::Band {
                option: "tier-mix",
                error: BandTextError::UnknownName("giga".into())
            })
        );
        let got = plan_settings(&SplitInput {
            posts: Some("4..2".into()),
            ..input("5000")
        });
        assert_eq!(
            got,
            Err(ArgError::Band {
                option: "posts",
                error: BandTextError::MinAboveMax("4..2".into())
            })
        );
    }

    #[test]
    fn an_unknown_strategy_says_the_choices() {
        let got = plan_settings(&SplitInput {
            strategy: Some("greedy".into()),
            ..input("5000")
        });
        let choices = ["optimal", "equal", "proportional", "tier-mix"];
        assert_eq!(
            got,
            Err(ArgError::not_a_choice("strategy", "greedy", &choices))
        );
        let said = got.expect_err("an error").describe(Lang::En);
        assert!(
            said.contains("optimal, equal, proportional, tier-mix"),
            "{said}"
        );
        let tier_mix = plan_settings(&SplitInput {
            strategy: Some("tier-mix".into()),
            ..input("5000")
        });
        assert_eq!(tier_mix.map(|(_, s)| s), Ok(Strategy::TierMix));
    }

    #[test]
    fn the_plan_is_checked_after_the_roster() {
        // A bad budget with a missing file: the file's error (exit 1), as before.
        let missing = |_: &str| Err(std::io::Error::from(std::io::ErrorKind::NotFound));
        let got = SplitArgs::from_input(&input("lots"), missing);
        assert!(matches!(got, Err(Stop::File { .. })));
        let got = SplitArgs::from_input(&input("lots"), roster);
        assert!(matches!(
            got,
            Err(Stop::Arg(ArgError::Form(_), Usage::Split))
        ));
        let got = SplitArgs::from_input(
            &SplitInput {
                currency: Some("€".into()),
                objective: Some("reach".into()),
                ..input("300")
            },
            roster,
        );
        let Ok(args) = got else {
            panic!("converted");
        };
        assert_eq!(args.currency.as_deref(), Some("€"));
        assert_eq!(args.settings.objective, Objective::Reach);
        assert_eq!(args.roster.bytes, roster("").expect("bytes"));
    }
}
