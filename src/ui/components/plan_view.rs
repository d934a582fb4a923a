//! The plans the budget panel shows: every strategy side by side, the chosen plan as a
//! table with a picture of its tier mix against the targets, the proof of the optimal
//! plan, the seed's mega-vs-micro comparison, and the plan's exports.

use yew::prelude::*;

use crate::domain::split::form::BudgetForm;
use crate::domain::split::{Figure, Origin, Outcomes, Plan, PlanReport, Planning, Range, Strategy};
use crate::export::tsv;
use crate::i18n::{describe_broken, describe_conflict, describe_skip, tier_name};
use crate::ui::charts::plan::{MegaMicroChart, StrategiesChart, TierSpendChart};
use crate::ui::files::{copy_text, download};
use crate::ui::state::Shared;
use crate::ui::Locale;

fn abbr_header(loc: &Locale, key: &str) -> Html {
    html! {
        <th scope="col">
            <abbr title={loc.tf(
                &format!("budget.{key}_title"),
                &[
                    ("thousand", &loc.nf.count(1_000.0)),
                    ("ten_thousand", &loc.nf.count(10_000.0)),
                ],
            )}>{ loc.t(&format!("budget.col.{key}")) }</abbr>
        </th>
    }
}

fn money(loc: &Locale, currency: &str, cents: u64) -> String {
    loc.nf.money_in(currency, cents as f64 / 100.0)
}

fn objective_range(r: &Range, loc: &Locale) -> Html {
    html! {
        <>
            { loc.nf.count(r.expected.round()) }
            <span class="band-range">{ format!(" ({}–{})", loc.nf.count(r.low.round()), loc.nf.count(r.high.round())) }</span>
        </>
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn view_planning(
    loc: &Locale,
    planning: &Shared<Planning>,
    form: &BudgetForm,
    currency: &str,
    objective_name: &str,
    show: impl Fn(Strategy) -> Callback<MouseEvent>,
    on_copied: &Callback<String>,
    copied_note: &str,
) -> Html {
    let nf = &loc.nf;
    let cur = currency.to_string();
    let skipped = planning
        .pool
        .skipped
        .iter()
        .map(|(k, n)| describe_skip(loc.lang, nf, *k, *n))
        .collect::<Vec<_>>();
    let has_conversions = planning.any_conversions;
    let cell_or_dash =
        |v: Option<f64>, f: &dyn Fn(f64) -> String| v.map(f).unwrap_or_else(|| "–".into());
    let comparison_row = |k: Strategy, o: &Outcomes| {
        let name = loc.t(&format!("strategy.{}", k.id()));
        let pressed = form.show == k;
        let head = html! {
            <th scope="row">
                <button type="button" class="link" aria-pressed={pressed.to_string()} onclick={show(k)}>{ name }</button>
            </th>
        };
        match o {
            Outcomes::Plan(p) => {
                let t = &p.totals;
                html! {
                    <tr class={classes!(pressed.then_some("chosen"))}>
                        { head }
                        <td class="num">{ p.totals.of(planning.objective).map_or_else(|| html! {"–"}, |r| objective_range(&r, loc)) }</td>
                        <td class="num">{ nf.count(t.reach.expected.round()) }</td>
                        <td class="num">{ nf.count(t.engagements.expected.round()) }</td>
                        if has_conversions {
                            <td class="num">{ cell_or_dash(t.conversions.map(|c| c.expected), &|v| nf.count(v.round())) }</td>
                        }
                        <td class="num">{ cell_or_dash(t.cpe, &|v| nf.money_in(&cur, v)) }</td>
                        <td class="num">{ cell_or_dash(t.cpm, &|v| nf.money_in(&cur, v)) }</td>
                        <td class="num">{ nf.count(f64::from(t.creators)) }</td>
                        <td class="num">{ money(loc, &cur, t.left_cents) }</td>
                        <td class="num">{ nf.percent_with(t.top_share_pct, 1) }</td>
                        <td class="num">{ nf.format(t.hhi, 0) }</td>
                        <td>
                            if p.broken.is_empty() {
                                { loc.t("budget.all_met") }
                            } else {
                                <ul class="broken">
                                    { for p.broken.iter().map(|b| html! { <li>{ describe_broken(loc.lang, nf, b) }</li> }) }
                                </ul>
                            }
                        </td>
                    </tr>
                }
            }
            Outcomes::NeedsTierMix => html! {
                <tr>{ head }<td colspan="11">{ loc.t("budget.needs_tier_mix") }</td></tr>
            },
            Outcomes::Conflicts { .. } => html! {
                <tr>{ head }<td colspan="11">{ loc.t("budget.no_plan") }</td></tr>
            },
        }
    };
    let comparison = html! {
        <div class="scroll-x" role="region" aria-labelledby="strategies-caption" tabindex="0">
            <table class="strategies">
                <caption id="strategies-caption">{ loc.t("budget.strategies") }</caption>
                <thead><tr>
                    <th scope="col">{ loc.t("budget.col.strategy") }</th>
                    <th scope="col">{ loc.tf("budget.col.objective", &[("objective", objective_name)]) }</th>
                    <th scope="col">{ loc.t("budget.col.reach") }</th>
                    <th scope="col">{ loc.t("budget.col.engagements") }</th>
                    if has_conversions { <th scope="col">{ loc.t("budget.col.conversions") }</th> }
                    { abbr_header(loc, "cpe") }
                    { abbr_header(loc, "cpm") }
                    <th scope="col">{ loc.t("budget.col.creators") }</th>
                    <th scope="col">{ loc.t("budget.col.left") }</th>
                    <th scope="col">{ loc.t("budget.col.top_share") }</th>
                    { abbr_header(loc, "hhi") }
                    <th scope="col">{ loc.t("budget.col.constraints") }</th>
                </tr></thead>
                <tbody>
                    { for planning.strategies.iter().map(|(k, o)| comparison_row(*k, o)) }
                </tbody>
            </table>
            <p class="hint">{ loc.t("budget.band_note") }</p>
        </div>
    };
    let conflicts = match planning.get(Strategy::Optimal) {
        Some(Outcomes::Conflicts { conflicts }) => html! {
            <div class="conflicts" role="alert">
                <h3>{ loc.t("budget.conflicts") }</h3>
                <ul>
                    { for conflicts.iter().map(|c| html! { <li>{ describe_conflict(loc.lang, nf, currency, &|i| planning.who(i).map(|w| w.handle.to_string()), c) }</li> }) }
                </ul>
            </div>
        },
        _ => html! {},
    };
    let shown = planning.get(form.show).and_then(Outcomes::plan);
    let report = shown.and_then(|_| planning.report(currency, form.show));
    let plan_view = shown.zip(report.as_ref()).map(|(p, report)| {
        view_plan(
            loc,
            planning,
            p,
            report,
            form,
            currency,
            objective_name,
            on_copied,
            copied_note,
        )
    });
    html! {
        <div class="budget-results">
            if !skipped.is_empty() {
                <p class="hint">{ loc.tf("budget.skipped", &[("list", &skipped.join("; "))]) }</p>
            }
            { conflicts }
            { comparison }
            <StrategiesChart planning={planning.clone()} shown={form.show} currency={currency.to_string()} />
            { plan_view.unwrap_or_default() }
            { view_mega_vs_micro(loc, planning, currency, objective_name) }
            <MegaMicroChart planning={planning.clone()} shown={form.show} currency={currency.to_string()} />
        </div>
    }
}

/// A plan line's expected figure, marked when estimated or assumed; "–" when the creator
/// has no figure for the objective.
fn outcome_cell(loc: &Locale, f: Option<&Figure>) -> Html {
    let Some(f) = f else {
        return html! { { "–" } };
    };
    let v = loc.nf.count(f.expected.round());
    match f.is {
        Origin::Supplied => html! { { v } },
        Origin::Estimated | Origin::Assumed => {
            let key = if f.is == Origin::Estimated {
                "budget.estimated_outcome"
            } else {
                "budget.assumed_outcome"
            };
            html! {
                <span class="estimated" title={loc.t(key)}>
                    { v }
                    <abbr class="est-badge" title={loc.t(key)}>{ loc.t(if f.is == Origin::Estimated { "cell.estimated" } else { "budget.assumed" }) }</abbr>
                </span>
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn view_plan(
    loc: &Locale,
    planning: &Shared<Planning>,
    plan: &Plan,
    report: &PlanReport,
    form: &BudgetForm,
    currency: &str,
    objective_name: &str,
    on_copied: &Callback<String>,
    copied_note: &str,
) -> Html {
    let nf = &loc.nf;
    let t = &plan.totals;
    let strategy = loc.t(&format!("strategy.{}", form.show.id()));
    let proof = plan.proof.map(|p| {
        let bound = nf.count(p.upper_bound.round());
        html! {
            <div class="proof">
                <p>
                    <strong>{ if p.proven && p.gap_pct < 0.001 {
                        loc.tf("budget.proof_optimal", &[("bound", &bound), ("objective", objective_name)])
                    } else {
                        loc.tf("budget.proof_gap", &[
                            ("gap", &nf.percent_with(p.gap_pct.max(0.0), 2)),
                            ("bound", &bound),
                            ("objective", objective_name),
                        ])
                    } }</strong>
                </p>
                <details>
                    <summary>{ loc.t("budget.why") }</summary>
                    <p>{ loc.t("budget.why_text") }</p>
                </details>
            </div>
        }
    });
    // The exports are made when clicked, from the plan on screen: not at every drawing.
    let export = {
        let (planning, loc) = (planning.clone(), loc.clone());
        let (show, currency, objective_name) =
            (form.show, currency.to_string(), objective_name.to_string());
        move |kind: &'static str| {
            let (planning, loc) = (planning.clone(), loc.clone());
            let (currency, objective_name) = (currency.clone(), objective_name.clone());
            let on_copied = on_copied.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(report) = planning.report(&currency, show) else {
                    return;
                };
                let sheet = crate::export::SheetFormat::for_locale(&loc.nf);
                match kind {
                    "csv" => {
                        let text = crate::export::plan_csv(loc.lang, sheet, &report);
                        download("tierwise-plan.csv", "text/csv;charset=utf-8", &text);
                    }
                    "json" => {
                        // The same report as `tierwise split --format json`.
                        let text = serde_json::to_string_pretty(&report).unwrap_or_default();
                        download("tierwise-plan.json", "application/json", &text);
                    }
                    _ => {
                        // Pasted into a spreadsheet: the locale's decimal mark, never grouped,
                        // Latin digits (see SheetFormat).
                        let mut rows = vec![vec![
                            loc.t("col.creator"),
                            loc.t("col.tier"),
                            loc.t("col.platform"),
                            loc.t("budget.col.posts"),
                            loc.t("budget.col.price"),
                            loc.t("budget.col.spend"),
                            loc.tf("budget.col.expected", &[("objective", &objective_name)]),
                        ]];
                        for l in &report.plan {
                            rows.push(vec![
                                format!("@{}", l.handle),
                                tier_name(loc.lang, Some(l.tier)),
                                loc.t(&format!("platform.{}", l.platform.id())),
                                l.posts.to_string(),
                                sheet.number(l.price_cents as f64 / 100.0, 2),
                                sheet.number(l.spend_cents as f64 / 100.0, 2),
                                l.figure(report.objective)
                                    .map_or_else(String::new, |f| sheet.number(f.expected, 0)),
                            ]);
                        }
                        let copied = loc.tf(
                            "export.copied",
                            &[("rows", &loc.nf.count(report.plan.len() as f64))],
                        );
                        let unavailable = loc.t("export.no_clipboard");
                        let on_copied = on_copied.clone();
                        copy_text(&tsv(&rows), move |ok| {
                            on_copied.emit(if ok { copied } else { unavailable });
                        });
                    }
                }
            })
        }
    };
    let (csv, json, copy) = (export("csv"), export("json"), export("copy"));
    html! {
        <div class="plan">
            <h3>{ loc.tf("budget.plan_heading", &[("strategy", &strategy)]) }</h3>
            { proof.unwrap_or_default() }
            <p class="plan-summary">
                { loc.tf("budget.plan_summary", &[
                    ("creators", &nf.count(f64::from(t.creators))),
                    ("posts", &nf.count(f64::from(t.posts))),
                    ("spend", &money(loc, currency, t.spend_cents)),
                    ("left", &money(loc, currency, t.left_cents)),
                ]) }
                if t.estimated_price_cents > 0 {
                    <span class="estimated-note">{ format!(" {}", loc.tf("budget.estimated_spend", &[("spend", &money(loc, currency, t.estimated_price_cents))])) }</span>
                }
            </p>
            <TierSpendChart planning={planning.clone()} shown={form.show} currency={currency.to_string()} />
            <div class="scroll-x" role="region" aria-labelledby="plan-caption" tabindex="0">
                <table class="plan-table">
                    <caption id="plan-caption">{ loc.tf("budget.plan_caption", &[("strategy", &strategy)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ loc.t("col.creator") }</th>
                        <th scope="col">{ loc.t("col.tier") }</th>
                        <th scope="col">{ loc.t("col.platform") }</th>
                        <th scope="col">{ loc.t("budget.col.posts") }</th>
                        <th scope="col">{ loc.t("budget.col.price") }</th>
                        <th scope="col">{ loc.t("budget.col.spend") }</th>
                        <th scope="col">{ loc.tf("budget.col.expected", &[("objective", objective_name)]) }</th>
                    </tr></thead>
                    <tbody>
                        { for report.plan.iter().map(|l| {
                            let price = money(loc, currency, l.price_cents);
                            html! {
                                <tr>
                                    <th scope="row">{ format!("@{}", l.handle) }</th>
                                    <td>{ tier_name(loc.lang, Some(l.tier)) }</td>
                                    <td>{ loc.t(&format!("platform.{}", l.platform.id())) }</td>
                                    <td class="num">{ nf.count(f64::from(l.posts)) }</td>
                                    <td class="num">
                                        if l.price_estimated {
                                            <span class="estimated" title={loc.t("cell.estimated_price")}>
                                                { price }
                                                <abbr class="est-badge" title={loc.t("cell.estimated_price")}>{ loc.t("cell.estimated") }</abbr>
                                            </span>
                                        } else {
                                            { price }
                                        }
                                    </td>
                                    <td class="num">{ money(loc, currency, l.spend_cents) }</td>
                                    <td class="num">{ outcome_cell(loc, l.figure(report.objective)) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ loc.t("budget.total") }</th>
                        <td></td><td></td>
                        <td class="num">{ nf.count(f64::from(t.posts)) }</td>
                        <td></td>
                        <td class="num">{ money(loc, currency, t.spend_cents) }</td>
                        <td class="num">{ t.of(planning.objective).map_or_else(|| html! {"–"}, |r| objective_range(&r, loc)) }</td>
                    </tr></tfoot>
                </table>
            </div>
            <p>
                <button type="button" onclick={csv}>{ loc.t("budget.export") }</button>
                { " " }
                <button type="button" onclick={json}>{ loc.t("budget.export_json") }</button>
                { " " }
                <button type="button" onclick={copy}>{ loc.t("budget.copy") }</button>
                <span role="status" class="hint">{ format!(" {}", copied_note) }</span>
            </p>
            <p class="hint">{ loc.t("split.disclosure") }</p>
        </div>
    }
}

fn view_mega_vs_micro(
    loc: &Locale,
    planning: &Planning,
    currency: &str,
    objective_name: &str,
) -> Html {
    let nf = &loc.nf;
    let m = &planning.mega_vs_micro;
    let pool = &planning.pool.candidates;
    let row = |label: String, plan: Option<&Plan>, missing: String| match plan {
        Some(p) => {
            let t = &p.totals;
            html! {
                <tr>
                    <th scope="row">{ label }</th>
                    <td class="num">{ p.totals.of(planning.objective).map_or_else(|| html! {"–"}, |r| objective_range(&r, loc)) }</td>
                    <td class="num">{ nf.count(t.reach.expected.round()) }</td>
                    <td class="num">{ nf.count(f64::from(t.creators)) }</td>
                    <td class="num">{ money(loc, currency, t.spend_cents) }</td>
                    <td class="num">{ t.cpe.map(|v| nf.money_in(currency, v)).unwrap_or_else(|| "–".into()) }</td>
                </tr>
            }
        }
        None => html! { <tr><th scope="row">{ label }</th><td colspan="5">{ missing }</td></tr> },
    };
    let mega_label = match m.one_mega.as_ref().and_then(|p| p.lines.first()) {
        Some(l) => loc.tf(
            "budget.one_mega_named",
            &[(
                "handle",
                planning
                    .who(pool[l.candidate].creator)
                    .map_or("", |w| w.handle.as_str()),
            )],
        ),
        None => loc.t("budget.one_mega"),
    };
    html! {
        <div class="scroll-x" role="region" aria-labelledby="mega-caption" tabindex="0">
            <table class="mega-micro">
                <caption id="mega-caption">{ loc.tf("budget.mega_caption", &[("low", &loc.nf.count(30.0)), ("high", &loc.nf.count(40.0))]) }</caption>
                <thead><tr>
                    <th scope="col">{ loc.t("budget.col.option") }</th>
                    <th scope="col">{ loc.tf("budget.col.objective", &[("objective", objective_name)]) }</th>
                    <th scope="col">{ loc.t("budget.col.reach") }</th>
                    <th scope="col">{ loc.t("budget.col.creators") }</th>
                    <th scope="col">{ loc.t("budget.col.spend") }</th>
                    { abbr_header(loc, "cpe") }
                </tr></thead>
                <tbody>
                    { row(mega_label, m.one_mega.as_ref(), loc.t("budget.no_mega")) }
                    { row(
                        loc.tf("budget.micro_team", &[("available", &nf.count(f64::from(m.micro_available))), ("low", &nf.count(30.0)), ("high", &nf.count(40.0))]),
                        m.micro.as_ref(),
                        loc.t("budget.no_micro"),
                    ) }
                </tbody>
            </table>
        </div>
    }
}
