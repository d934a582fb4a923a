//! The answer at a glance, first after a roster arrives: creators read, tiers, the median
//! engagement rate against the benchmarks, what is worth a look, and the best plan for the
//! budget typed. The page moves focus here when a sample, a paste or a file arrives.

use yew::prelude::*;

use crate::domain::split::{Outcomes, Planning, Strategy};
use crate::domain::view::Overview;
use crate::i18n::{count, tier_name};
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    /// The roster shown.
    pub overview: Shared<Overview>,
    pub planning: Option<Shared<Planning>>,
    /// The roster is too big to plan on every edit.
    pub plan_on_request: bool,
    /// The plan shown is for earlier budget entries: a new one is on its way.
    #[prop_or_default]
    pub plan_updating: bool,
    /// The engine is making a plan (none is on screen yet, or the one shown is older).
    #[prop_or_default]
    pub planning_now: bool,
    /// A budget has been typed.
    pub has_budget: bool,
    pub currency: AttrValue,
}

fn tile(label: String, value: String, note: Html, class: &'static str) -> Html {
    html! {
        <li class={classes!("tile", class)}>
            <span class="tile-label">{ label }</span>
            <span class="tile-value">{ value }</span>
            <span class="tile-note">{ note }</span>
        </li>
    }
}

/// The plan the band reports: the optimal one, else the strategy with the most of the
/// objective.
fn best_plan(planning: &Planning) -> Option<(Strategy, &crate::domain::split::Plan)> {
    if let Some(p) = planning.get(Strategy::Optimal).and_then(Outcomes::plan) {
        return Some((Strategy::Optimal, p));
    }
    planning
        .strategies
        .iter()
        .filter_map(|(s, o)| {
            let p = o.plan()?;
            Some((*s, p, p.totals.of(planning.objective)?.expected))
        })
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(s, p, _)| (s, p))
}

#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let overview = &props.overview;
    let sc = &overview.scatter;
    let creators = overview.creators;

    let read = tile(
        loc.t("glance.creators"),
        nf.count(creators as f64),
        html! { { loc.tf("glance.creators_note", &[("rows", &count(loc.lang, nf, "count.rows", overview.head.rows_read))]) } },
        "tile-read",
    );

    let used: Vec<_> = overview
        .summary
        .iter()
        .filter(|s| s.tier.is_some() && s.creators > 0)
        .collect();
    let most = used
        .iter()
        .max_by(|a, b| a.creators.cmp(&b.creators).then(b.tier.cmp(&a.tier)));
    let tiers = tile(
        loc.t("glance.tiers"),
        nf.count(used.len() as f64),
        html! { if let Some(m) = most {
            { loc.tf("glance.tiers_note", &[("tier", &tier_name(loc.lang, m.tier)), ("share", &nf.percent_with(m.share * 100.0, 0))]) }
        } },
        "tile-tiers",
    );

    let compared = sc.below + sc.within + sc.above;
    let er = tile(
        loc.t("glance.median_er"),
        sc.median_er.map_or_else(|| "–".into(), |e| nf.percent(e)),
        html! { if compared > 0 {
            <>
                <span class="cmp-below">{ loc.tf("glance.below", &[("n", &nf.count(sc.below as f64))]) }</span>{ loc.t("layout.status_joiner") }
                <span class="cmp-within">{ loc.tf("glance.within", &[("n", &nf.count(sc.within as f64))]) }</span>{ loc.t("layout.status_joiner") }
                <span class="cmp-above">{ loc.tf("glance.above", &[("n", &nf.count(sc.above as f64))]) }</span>
            </>
        } else if sc.median_er.is_some() {
            { loc.t("glance.no_bench") }
        } },
        "tile-er",
    );

    let flagged = overview.flagged;
    let problems = overview.problem_count();
    let look = tile(
        loc.t("glance.look"),
        nf.count(flagged as f64),
        html! { <>
            { loc.tfn("glance.look_note", &[("n", &nf.count(flagged as f64))], &[("n", flagged as f64)]) }
            { loc.t("layout.status_joiner") }
            if problems > 0 {
                <a href="#problems-heading">{ count(loc.lang, nf, "count.problems", problems) }</a>
            } else {
                { count(loc.lang, nf, "count.problems", 0) }
            }
        </> },
        if flagged + problems > 0 {
            "tile-look warn"
        } else {
            "tile-look"
        },
    );

    let currency = props.currency.as_str();
    let plan_tile = match props
        .planning
        .as_deref()
        .and_then(|p| best_plan(p).map(|b| (p, b)))
    {
        Some((planning, (strategy, plan))) => {
            let objective = loc.t(&format!("objective.{}", planning.objective.id()));
            let total = plan.totals.of(planning.objective).map(|r| r.expected);
            let budget = (plan.totals.spend_cents + plan.totals.left_cents) as f64 / 100.0;
            // The best-paid three, named as the plan report names them.
            let mut lines = planning
                .report(currency, strategy)
                .map_or_else(Vec::new, |r| r.plan);
            lines.sort_by_key(|l| std::cmp::Reverse(l.spend_cents));
            let top: Vec<String> = lines.into_iter().take(3).map(|l| l.handle).collect();
            tile(
                loc.tf("glance.plan", &[("budget", &nf.money_in(currency, budget))]),
                total.map_or_else(
                    || "–".into(),
                    |v| {
                        loc.tf(
                            "glance.plan_value",
                            &[
                                ("value", &nf.compact_short(v.round())),
                                ("objective", &objective),
                            ],
                        )
                    },
                ),
                html! { <>
                    { loc.tf("glance.plan_note", &[
                        ("strategy", &loc.t(&format!("strategy.{}", strategy.id()))),
                        ("creators", &count(loc.lang, nf, "count.creators", plan.totals.creators as usize)),
                    ]) }
                    if !top.is_empty() {
                        <br/>{ loc.tf("glance.plan_top", &[("handles", &top.join(", "))]) }
                    }
                    { " " }<a href="#budget-heading">{ loc.t("glance.plan_link") }</a>
                    if props.plan_updating {
                        <br/><em>{ loc.t("budget.updating") }</em>
                    }
                </> },
                if props.plan_updating {
                    "tile-plan updating"
                } else {
                    "tile-plan"
                },
            )
        }
        None => {
            let why = if props.planning_now {
                loc.t("budget.planning")
            } else if props.plan_on_request {
                loc.t("glance.plan_on_request")
            } else if props.has_budget {
                loc.t("glance.plan_none")
            } else {
                loc.t("glance.plan_no_budget")
            };
            tile(
                loc.t("glance.plan_heading"),
                "–".into(),
                html! { <>{ why }{ " " }<a href="#budget-heading">{ loc.t("glance.plan_link") }</a></> },
                "tile-plan",
            )
        }
    };

    html! {
        <section class="glance" id="glance" aria-labelledby="glance-heading" tabindex="-1">
            <h2 id="glance-heading">{ loc.t("glance.heading") }</h2>
            <ul class="tiles">
                { read }{ tiers }{ er }{ look }{ plan_tile }
            </ul>
        </section>
    }
}
