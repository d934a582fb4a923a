//! One strategy's plan as a person reads it ([`PlanReport`]): each line with its creator
//! named and what each expected figure is and where it comes from ([`ReportLine`],
//! [`Figure`]), the totals, the bands resolved to cents with the plan's spend on each, and
//! the broken constraints, conflicts and skipped creators as typed values (the i18n layer
//! words them). `tierwise split --format json` prints it serialised; the app's budget panel
//! shows it and exports the same JSON.

use serde::{Deserialize, Serialize};

use super::candidates::{Origin, Outcome, Pool, Skip, SpreadFrom};
use super::conflicts::Conflict;
use super::planning::{Planning, Who};
use super::plans::{BandTarget, Broken, Outcomes, Proof, Range, Totals};
use super::settings::{Objective, SplitSettings, Strategy};
use super::to_model::cents;
use super::units;
use crate::domain::roster::{Metric, Platform};
use crate::domain::tier::Tier;

/// An expected figure over a plan line's posts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The pessimistic figure.
    #[serde(with = "units::figure")]
    pub low: f64,
    /// The expected figure.
    #[serde(with = "units::figure")]
    pub expected: f64,
    /// The optimistic figure.
    #[serde(with = "units::figure")]
    pub high: f64,
    /// Whether `expected` is the roster's own (`supplied`), estimated from a benchmark
    /// (`estimated`) or from a rate the user typed (`assumed`).
    pub is: Origin,
    /// The roster figure it is based on (reach, views, engagements, followers…).
    pub basis: Metric,
    /// Where `low` and `high` come from.
    pub spread: SpreadFrom,
}

impl Figure {
    /// One post's outcome over `posts` posts.
    fn of(o: &Outcome, posts: u32) -> Figure {
        let k = f64::from(posts);
        Figure {
            low: o.low * k,
            expected: o.expected * k,
            high: o.high * k,
            is: o.origin,
            basis: o.basis,
            spread: o.spread,
        }
    }
}

/// One creator of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportLine {
    /// The creator, as an index into the roster (what conflicts name creators by).
    pub creator: usize,
    /// The line of the creator's first row (1-based, header included).
    pub line: u64,
    /// The `@`-less handle.
    pub handle: String,
    /// The display name; empty without one.
    pub name: String,
    /// The platform (`instagram`…, `other`).
    pub platform: Platform,
    /// The tier (`micro`…).
    pub tier: Tier,
    /// Posts bought.
    pub posts: u32,
    /// The price of one post, in cents (written as money).
    #[serde(rename = "price_per_post", with = "units::money")]
    pub price_cents: u64,
    /// The price is a rate-card estimate.
    pub price_estimated: bool,
    /// What the posts cost, in cents (written as money).
    #[serde(rename = "spend", with = "units::money")]
    pub spend_cents: u64,
    /// The objective's expected total over the posts; `None` when the creator has no
    /// figure for it (a conversions plan may hold a creator without one, for a minimum
    /// number of creators or because they were forced in).
    #[serde(with = "units::figure_opt")]
    pub expected: Option<f64>,
    /// The pessimistic figure for `expected`.
    #[serde(with = "units::figure_opt")]
    pub expected_low: Option<f64>,
    /// The optimistic figure for `expected`.
    #[serde(with = "units::figure_opt")]
    pub expected_high: Option<f64>,
    /// Whether `expected` is supplied, estimated or assumed.
    pub expected_is: Option<Origin>,
    /// People reached over the posts.
    pub reach: Figure,
    /// Interactions over the posts.
    pub engagements: Figure,
    /// Clicks or conversions over the posts; `None` without figures for them.
    pub conversions: Option<Figure>,
}

impl ReportLine {
    /// The figure `objective` counts; `None` for conversions without figures.
    pub fn figure(&self, objective: Objective) -> Option<&Figure> {
        match objective {
            Objective::Reach => Some(&self.reach),
            Objective::Engagements => Some(&self.engagements),
            Objective::Conversions => self.conversions.as_ref(),
        }
    }
}

/// Creators left out of the candidates, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// Why.
    pub reason: Skip,
    /// How many.
    pub creators: usize,
}

/// One strategy's plan, its totals and bands, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanReport {
    /// The strategy (written as its id: `optimal`, `tier-mix`…).
    #[serde(with = "units::strategy_id")]
    pub strategy: Strategy,
    /// What the plan maximises (`reach`, `engagements`, `conversions`).
    #[serde(rename = "objective_id")]
    pub objective: Objective,
    /// The plan's expected total of the objective; `None` without a plan, or when no
    /// candidate has figures for it.
    #[serde(rename = "objective", with = "units::figure_opt")]
    pub objective_total: Option<f64>,
    /// The budget, in cents (written as money).
    #[serde(rename = "budget", with = "units::money")]
    pub budget_cents: u64,
    /// The budget's currency as typed (`$`, `zł`…).
    pub currency: String,
    /// The most any plan can reach: the optimal plan's bound, when it has one.
    #[serde(with = "units::figure_opt")]
    pub upper_bound: Option<f64>,
    /// How far `objective` is below `upper_bound`, in percent.
    #[serde(with = "units::figure_opt")]
    pub gap_pct: Option<f64>,
    /// For the optimal strategy: the search proved its plan optimal. `None` for the others,
    /// and when nothing fits.
    pub proven_optimal: Option<bool>,
    /// One line per creator in the plan, in the plan's order.
    pub plan: Vec<ReportLine>,
    /// The plan's totals (written without float noise); `None` without a plan.
    #[serde(serialize_with = "tidied")]
    pub totals: Option<Totals>,
    /// The tier then platform bands in cents, with the plan's spend on each.
    pub bands: Vec<BandTarget>,
    /// The constraints the plan does not meet.
    pub broken: Vec<Broken>,
    /// Why there is no plan; empty with one.
    pub conflicts: Vec<Conflict>,
    /// Who was left out of the candidates, and why.
    pub skipped: Vec<Skipped>,
}

/// Totals written with every figure tidied ([`units::tidy`]): a report is read by people and
/// programs, not sent back to the last bit.
fn tidied<S: serde::Serializer>(t: &Option<Totals>, s: S) -> Result<S::Ok, S::Error> {
    use units::tidy;
    let range = |r: Range| Range {
        low: tidy(r.low),
        expected: tidy(r.expected),
        high: tidy(r.high),
    };
    t.as_ref()
        .map(|t| Totals {
            reach: range(t.reach),
            engagements: range(t.engagements),
            conversions: t.conversions.map(range),
            cpe: t.cpe.map(tidy),
            cpm: t.cpm.map(tidy),
            cpa: t.cpa.map(tidy),
            top_share_pct: tidy(t.top_share_pct),
            hhi: tidy(t.hhi),
            ..t.clone()
        })
        .serialize(s)
}

impl PlanReport {
    /// The report of `outcome`, strategy `strategy`'s result for `pool` under `settings`,
    /// measured against the optimal plan's `bound`; the pool's creators named from
    /// `who` (an index into the roster to the creator). A plan that holds nobody is reported as no plan
    /// ([`Conflict::NothingFits`], or [`Conflict::NoCandidates`] with no candidate).
    pub fn new(
        who: &dyn Fn(usize) -> Option<Who>,
        pool: &Pool,
        settings: &SplitSettings,
        currency: &str,
        strategy: Strategy,
        outcome: &Outcomes,
        bound: Option<Proof>,
    ) -> PlanReport {
        let objective = settings.objective;
        let mut out = PlanReport {
            strategy,
            objective,
            objective_total: None,
            budget_cents: cents(settings.budget),
            currency: currency.to_string(),
            upper_bound: bound.map(|b| b.upper_bound),
            gap_pct: None,
            proven_optimal: (strategy == Strategy::Optimal)
                .then(|| bound.is_some_and(|b| b.proven)),
            plan: Vec::new(),
            totals: None,
            bands: Vec::new(),
            broken: Vec::new(),
            conflicts: Vec::new(),
            skipped: pool
                .skipped
                .iter()
                .map(|&(reason, creators)| Skipped { reason, creators })
                .collect(),
        };
        match outcome {
            Outcomes::Plan(plan) => {
                for l in &plan.lines {
                    let Some(c) = pool.candidates.get(l.candidate) else {
                        continue;
                    };
                    let cr = who(c.creator);
                    let expected = c.outcome(objective).map(|o| Figure::of(o, l.posts));
                    out.plan.push(ReportLine {
                        creator: c.creator,
                        line: cr.as_ref().map_or(0, |r| r.line),
                        handle: cr
                            .as_ref()
                            .map_or_else(String::new, |r| r.handle.to_string()),
                        name: cr.as_ref().map_or_else(String::new, |r| r.name.to_string()),
                        platform: c.platform,
                        tier: c.tier,
                        posts: l.posts,
                        price_cents: c.price_cents,
                        price_estimated: c.price_estimated,
                        spend_cents: l.spend_cents,
                        expected: expected.map(|f| f.expected),
                        expected_low: expected.map(|f| f.low),
                        expected_high: expected.map(|f| f.high),
                        expected_is: expected.map(|f| f.is),
                        reach: Figure::of(&c.reach, l.posts),
                        engagements: Figure::of(&c.engagements, l.posts),
                        conversions: c.conversions.as_ref().map(|o| Figure::of(o, l.posts)),
                    });
                }
                let value = plan.totals.of(objective).map(|r| r.expected);
                out.objective_total = value;
                out.gap_pct = bound.map(|b| {
                    let v = value.unwrap_or(0.0);
                    if b.upper_bound > 0.0 {
                        ((b.upper_bound - v) / b.upper_bound * 100.0).max(0.0)
                    } else {
                        0.0
                    }
                });
                out.totals = Some(plan.totals.clone());
                out.bands = plan.bands.clone();
                out.broken = plan.broken.clone();
                if plan.totals.creators == 0 {
                    // An empty plan is no plan: nothing could be bought, and "optimal"
                    // would say nothing.
                    let cheapest = pool.candidates.iter().map(|c| c.price_cents).min();
                    out.conflicts.push(match cheapest {
                        Some(cheapest_cents) => Conflict::NothingFits {
                            cheapest_cents,
                            budget_cents: out.budget_cents,
                        },
                        None => Conflict::NoCandidates,
                    });
                    out.objective_total = None;
                    out.proven_optimal = None;
                    out.upper_bound = None;
                    out.gap_pct = None;
                }
            }
            Outcomes::NeedsTierMix => {}
            Outcomes::Conflicts { conflicts } => out.conflicts = conflicts.clone(),
        }
        out
    }

    /// There is a plan with someone in it.
    pub fn has_plan(&self) -> bool {
        self.conflicts.is_empty() && self.totals.is_some()
    }
}

impl Planning {
    /// The report of strategy `strategy`'s plan, measured against the optimal plan's bound;
    /// `None` for a strategy not planned.
    pub fn report(&self, currency: &str, strategy: Strategy) -> Option<PlanReport> {
        let outcome = self.get(strategy)?;
        let bound = self
            .get(Strategy::Optimal)
            .and_then(Outcomes::plan)
            .and_then(|p| p.proof);
        Some(PlanReport::new(
            &|i| self.who(i).cloned(),
            &self.pool,
            &self.settings,
            currency,
            strategy,
            outcome,
            bound,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::Settings;
    use crate::domain::split::{plan_all, BandOf, Mix};
    use crate::domain::{read_roster, ReadOptions, Roster};

    /// Three priced creators, one of them with conversions.
    const ROSTER: &str = "handle,name,platform,followers,likes,comments,conversions,price\n\
                          anna,Anna,instagram,5000,200,10,,120\n\
                          bart,Bart,tiktok,50000,1500,40,30,400\n\
                          cezary,,instagram,12000,700,30,,99.99\n";

    fn planned(s: &SplitSettings) -> (Roster, Planning) {
        let roster = read_roster(ROSTER.as_bytes(), &ReadOptions::default());
        let planning = plan_all(&roster, &Settings::default(), s).name(&roster);
        (roster, planning)
    }

    #[test]
    fn a_report_names_its_creators_and_resolves_its_bands() {
        let s = SplitSettings {
            budget: 1_000.0,
            posts: (1, 2),
            tier_mix: vec![(
                Tier::Nano,
                Mix {
                    min_pct: 10.0,
                    max_pct: 30.0,
                },
            )],
            ..SplitSettings::default()
        };
        let (_, planning) = planned(&s);
        let r = planning.report("$", Strategy::Optimal).expect("planned");
        assert!(r.has_plan(), "{r:?}");
        assert_eq!((r.strategy, r.objective), (Strategy::Optimal, s.objective));
        assert_eq!(r.budget_cents, 100_000);
        assert_eq!(r.proven_optimal, Some(true));
        let anna = r.plan.iter().find(|l| l.handle == "anna").expect("anna");
        assert_eq!((anna.name.as_str(), anna.tier), ("Anna", Tier::Nano));
        assert_eq!(anna.line, 2);
        assert_eq!(anna.spend_cents, anna.price_cents * u64::from(anna.posts));
        assert_eq!(anna.expected, Some(210.0 * f64::from(anna.posts)));
        assert_eq!(anna.expected_is, Some(Origin::Supplied));
        // Anna has no conversions of her own, and no rate was typed.
        assert_eq!(anna.conversions, None);
        let totals = r.totals.as_ref().expect("totals");
        let sum: f64 = r.plan.iter().filter_map(|l| l.expected).sum();
        assert!((r.objective_total.unwrap_or(0.0) - sum).abs() < 1e-9);
        assert_eq!(
            totals.of(s.objective).map(|t| t.expected),
            r.objective_total
        );
        // The nano band: 10–30% of $1,000 in cents, with the plan's nano spend.
        let nano: u64 = r
            .plan
            .iter()
            .filter(|l| l.tier == Tier::Nano)
            .map(|l| l.spend_cents)
            .sum();
        assert_eq!(
            r.bands,
            vec![BandTarget {
                what: BandOf::Tier(Tier::Nano),
                min_cents: 10_000,
                max_cents: 30_000,
                spend_cents: nano,
            }]
        );
        assert!(r.bands[0].met() && r.broken.is_empty());
    }

    #[test]
    fn a_conversions_plan_does_not_pass_engagements_off_as_conversions() {
        // Two creators at least, and only Bart has conversions: the other is in the plan
        // without a conversions figure, and says so.
        let s = SplitSettings {
            budget: 1_000.0,
            posts: (1, 1),
            objective: Objective::Conversions,
            min_creators: 2,
            ..SplitSettings::default()
        };
        let (_, planning) = planned(&s);
        let r = planning.report("$", Strategy::Optimal).expect("planned");
        assert!(r.has_plan(), "{r:?}");
        let bart = r.plan.iter().find(|l| l.handle == "bart").expect("bart");
        assert_eq!(bart.expected, Some(30.0));
        assert_eq!(
            bart.figure(Objective::Conversions).map(|f| f.basis),
            Some(Metric::Conversions)
        );
        let other = r.plan.iter().find(|l| l.handle != "bart").expect("another");
        assert_eq!((other.expected, other.expected_is), (None, None));
        assert!(other.engagements.expected > 0.0);
        assert_eq!(r.objective_total, Some(30.0));
    }

    #[test]
    fn a_plan_of_nobody_is_no_plan_and_says_what_the_cheapest_post_costs() {
        let s = SplitSettings {
            budget: 50.0,
            ..SplitSettings::default()
        };
        let (_, planning) = planned(&s);
        let r = planning.report("$", Strategy::Equal).expect("planned");
        assert!(!r.has_plan());
        assert_eq!(
            r.conflicts,
            vec![Conflict::NothingFits {
                cheapest_cents: 9_999,
                budget_cents: 5_000
            }]
        );
        assert_eq!(
            (r.objective_total, r.gap_pct, r.proven_optimal),
            (None, None, None)
        );
        assert_eq!(
            r.skipped,
            vec![Skipped {
                reason: Skip::OverCap,
                creators: 3
            }]
        );
    }

    #[test]
    fn plans_cross_as_money_and_read_back_to_the_cent() {
        // As the engine worker sends them: totals in money, read back as the same cents.
        let s = SplitSettings {
            budget: 1_234.56,
            tier_mix: vec![(
                Tier::Micro,
                Mix {
                    min_pct: 33.3,
                    max_pct: 90.0,
                },
            )],
            ..SplitSettings::default()
        };
        let (_, planning) = planned(&s);
        let text = serde_json::to_string(&planning).expect("serialisable");
        let back: Planning = serde_json::from_str(&text).expect("reads back");
        let mut plans = 0;
        for k in Strategy::ALL {
            let (Some(a), Some(b)) = (
                planning.get(k).and_then(Outcomes::plan),
                back.get(k).and_then(Outcomes::plan),
            ) else {
                continue;
            };
            let cents = |t: &Totals| {
                (
                    t.spend_cents,
                    t.left_cents,
                    t.estimated_price_cents,
                    t.by_tier.clone(),
                    t.by_platform.clone(),
                )
            };
            assert_eq!(cents(&a.totals), cents(&b.totals), "{k:?}");
            assert_eq!((&a.lines, &a.bands), (&b.lines, &b.bands), "{k:?}");
            plans += 1;
        }
        assert!(plans >= 3, "{plans} plans");
    }

    #[test]
    fn the_report_is_written_with_the_clis_field_names_and_reads_back() {
        let s = SplitSettings {
            budget: 1_000.0,
            ..SplitSettings::default()
        };
        let (_, planning) = planned(&s);
        let r = planning.report("zł", Strategy::TierMix).expect("planned");
        assert_eq!(r.conflicts, Vec::new());
        let v = serde_json::to_value(&r).expect("serialisable");
        assert_eq!(v["strategy"], "tier-mix");
        assert_eq!(v["objective_id"], "engagements");
        assert_eq!(v["budget"], 1000.0);
        assert_eq!(v["currency"], "zł");
        let r = planning.report("$", Strategy::Optimal).expect("planned");
        let v = serde_json::to_value(&r).expect("serialisable");
        let line = &v["plan"][0];
        for key in [
            "handle",
            "platform",
            "tier",
            "posts",
            "spend",
            "price_per_post",
        ] {
            assert!(!line[key].is_null(), "{key} in {line}");
        }
        assert_eq!(line["engagements"]["is"], "supplied");
        assert!(
            v["totals"]["spend"].as_f64().is_some_and(|x| x <= 1000.0),
            "{v}"
        );
        assert!(v["totals"]["spend_by_tier"].is_object(), "{v}");
        let back: PlanReport = serde_json::from_value(v).expect("reads back");
        assert_eq!(back.plan.len(), r.plan.len());
        assert_eq!(
            back.totals.map(|t| t.spend_cents),
            r.totals.map(|t| t.spend_cents)
        );
    }
}
