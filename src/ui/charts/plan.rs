//! The budget plan in pictures: the plan's spend per tier against its target bands, the
//! strategies compared on the objective with their pessimistic-optimistic ranges, and the
//! whole budget on one mega creator against 30-40 micro creators.

use yew::prelude::*;

use crate::domain::chart::{nice_ceiling, strategy_totals, tier_spend};
use crate::domain::split::{Planning, Strategy};
use crate::i18n::tier_name;
use crate::ui::charts::{along, anchor, px, range_bars, use_box_width, ChartFrame, RangeRow};
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct PlanChartsProps {
    pub planning: Shared<Planning>,
    /// The strategy whose plan is shown.
    pub shown: Strategy,
    /// The budget's currency sign.
    pub currency: AttrValue,
}

fn strategy_name(loc: &Locale, s: Strategy) -> String {
    loc.t(&format!("strategy.{}", s.id()))
}

/// Spend per tier against the targets.
#[component]
pub fn TierSpendChart(props: &PlanChartsProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let rtl = loc.lang.dir() == "rtl";
    let box_ref = use_node_ref();
    let width = use_box_width(box_ref.clone()).clamp(280.0, 1000.0);
    let planning = &props.planning;
    let Some(plan) = planning.get(props.shown).and_then(|o| o.plan()) else {
        return html! {};
    };
    let rows = tier_spend(plan);
    if rows.is_empty() {
        return html! {};
    }
    let strategy = strategy_name(&loc, props.shown);
    let off = rows.iter().filter(|r| r.off_target).count();
    let targets = rows.iter().filter(|r| r.target.is_some()).count();
    let met = if targets == 0 {
        loc.t("chart.plan_tiers.no_targets")
    } else if off == 0 {
        loc.t("chart.plan_tiers.all_met")
    } else {
        loc.tfn(
            "chart.plan_tiers.off",
            &[("n", &nf.count(off as f64))],
            &[("n", off as f64)],
        )
    };
    let top = rows
        .iter()
        .max_by(|a, b| a.share_pct.total_cmp(&b.share_pct))
        .map(|r| (r.tier, r.share_pct));
    let finding = match top {
        Some((t, share)) => loc.tf(
            "chart.plan_tiers.finding",
            &[
                ("strategy", &strategy),
                ("tier", &tier_name(loc.lang, Some(t))),
                ("share", &nf.percent_with(share, 1)),
                ("met", &met),
            ],
        ),
        None => met.clone(),
    };
    let title = loc.t("chart.plan_tiers.title");
    let name = loc.tf("chart.named", &[("title", &title), ("finding", &finding)]);
    let (label_w, value_w, row_h, top_y) = ((width * 0.25).clamp(70.0, 140.0), 60.0, 34.0, 8.0);
    let plot_w = (width - label_w - value_w).max(60.0);
    let scale = nice_ceiling(
        rows.iter()
            .map(|r| r.share_pct.max(r.target.map_or(0.0, |m| m.max_pct)))
            .fold(1.0, f64::max),
    )
    .min(100.0);
    let x = |pct: f64| along(label_w + pct.min(scale) / scale * plot_w, width, rtl);
    let height = top_y * 2.0 + row_h * rows.len() as f64 + 18.0;
    let ticks = crate::domain::chart::linear_ticks(scale);
    let legend = html! {
        <ul class="legend">
            <li><span class="swatch spend-swatch" aria-hidden="true"></span>{ loc.t("chart.plan_tiers.legend_share") }</li>
            if targets > 0 {
                <li><span class="swatch target-swatch" aria-hidden="true"></span>{ loc.t("chart.plan_tiers.legend_band") }</li>
            }
            if off > 0 { <li><span class="swatch off-swatch" aria-hidden="true"></span>{ loc.t("chart.plan_tiers.legend_off") }</li> }
        </ul>
    };
    let table = html! {
        <table class="chart-table">
            <caption>{ title.clone() }</caption>
            <thead><tr>
                <th scope="col">{ loc.t("summary.tier") }</th>
                <th scope="col">{ loc.t("budget.col.spend") }</th>
                <th scope="col">{ loc.t("chart.plan_tiers.share") }</th>
                <th scope="col">{ loc.t("chart.plan_tiers.target") }</th>
            </tr></thead>
            <tbody>
            { for rows.iter().map(|r| html! { <tr class={classes!(r.off_target.then_some("off-target"))}>
                <th scope="row">{ tier_name(loc.lang, Some(r.tier)) }</th>
                <td class="num">{ nf.money_in(&props.currency, r.spend_cents as f64 / 100.0) }</td>
                <td class="num">{ nf.percent_with(r.share_pct, 1) }</td>
                <td class="num">{ r.target.map(|m| format!("{}–{}", nf.format(m.min_pct, 0), nf.percent_with(m.max_pct, 0))).unwrap_or_else(|| "–".into()) }</td>
            </tr> }) }
            </tbody>
        </table>
    };
    html! {
        <ChartFrame id="chart-plan-tiers" title={title} finding={finding} {legend} {table}>
            <div class="chart-measure" ref={box_ref}>
                <svg class="plan-tiers" role="img" aria-label={name} width={px(width)} height={px(height)}
                    viewBox={format!("0 0 {} {}", px(width), px(height))}>
                    { for ticks.iter().map(|&t| html! {
                        <g class="tick">
                            <line class="grid" x1={px(x(t))} x2={px(x(t))} y1={px(top_y)} y2={px(height - 18.0)} />
                            <text x={px(x(t))} y={px(height - 4.0)} text-anchor="middle">{ nf.percent_with(t, 0) }</text>
                        </g>
                    }) }
                    { for rows.iter().enumerate().map(|(i, r)| {
                        let y = top_y + row_h * i as f64;
                        let mid = y + row_h / 2.0;
                        let (x0, xs) = (x(0.0), x(r.share_pct));
                        html! {
                            <g class={classes!("spend-row", r.off_target.then_some("off-target"))} data-tier={r.tier.id()}
                                data-share={r.share_pct.to_string()}
                                data-min={r.target.map(|m| m.min_pct.to_string()).unwrap_or_default()}
                                data-max={r.target.map(|m| m.max_pct.to_string()).unwrap_or_default()}>
                                <text class="label" x={px(along(label_w - 6.0, width, rtl))} y={px(mid)} text-anchor={anchor(false, rtl)} dominant-baseline="middle">{ tier_name(loc.lang, Some(r.tier)) }</text>
                                if let Some(m) = r.target {
                                    <rect class="target" x={px(x(m.min_pct).min(x(m.max_pct)))} y={px(y + 3.0)}
                                        width={px((x(m.max_pct) - x(m.min_pct)).abs().max(2.0))} height={px(row_h - 6.0)} />
                                }
                                <rect class="bar" x={px(x0.min(xs))} y={px(y + 10.0)} width={px((xs - x0).abs())} height={px(row_h - 20.0)} />
                                <line class="mark" x1={px(xs)} x2={px(xs)} y1={px(y + 5.0)} y2={px(y + row_h - 5.0)} />
                                <text class="value" x={px(along(label_w + plot_w + 6.0, width, rtl))} y={px(mid)} text-anchor={anchor(true, rtl)} dominant-baseline="middle">{ nf.percent_with(r.share_pct, 1) }</text>
                            </g>
                        }
                    }) }
                </svg>
            </div>
        </ChartFrame>
    }
}

/// The strategies compared on the objective, and one mega creator against micro creators.
#[component]
pub fn StrategiesChart(props: &PlanChartsProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let box_ref = use_node_ref();
    let width = use_box_width(box_ref.clone()).clamp(280.0, 1000.0);
    let planning = &props.planning;
    let objective = loc.t(&format!("objective.{}", planning.objective.id()));
    let totals = strategy_totals(planning);
    if totals.is_empty() {
        return html! {};
    }
    let best = totals
        .iter()
        .max_by(|a, b| a.1.expected.total_cmp(&b.1.expected));
    let worst = totals
        .iter()
        .min_by(|a, b| a.1.expected.total_cmp(&b.1.expected));
    let value = |v: f64| nf.count(v.round());
    let range = |r: &crate::domain::split::Range| {
        if value(r.low) == value(r.high) {
            String::new()
        } else {
            loc.tf(
                "chart.range",
                &[("low", &value(r.low)), ("high", &value(r.high))],
            )
        }
    };
    let finding = match (best, worst) {
        (Some((b, rb)), Some((w, rw))) if b != w && rb.expected > rw.expected => loc.tf(
            "chart.strategies.finding",
            &[
                ("best", &strategy_name(&loc, *b)),
                ("objective", &objective),
                ("value", &value(rb.expected)),
                ("range", &range(rb)),
                ("worst", &strategy_name(&loc, *w)),
                ("worst_value", &value(rw.expected)),
            ],
        ),
        (Some((b, rb)), _) => loc.tf(
            "chart.strategies.finding_one",
            &[
                ("best", &strategy_name(&loc, *b)),
                ("objective", &objective),
                ("value", &value(rb.expected)),
                ("range", &range(rb)),
            ],
        ),
        _ => String::new(),
    };
    let title = loc.tf("chart.strategies.title", &[("objective", &objective)]);
    let name = loc.tf("chart.named", &[("title", &title), ("finding", &finding)]);
    let rows: Vec<RangeRow> = totals
        .iter()
        .map(|(s, r)| RangeRow {
            label: strategy_name(&loc, *s),
            low: r.low,
            expected: r.expected,
            high: r.high,
            chosen: *s == props.shown,
        })
        .collect();
    let legend = range_legend(&loc);
    let table = range_table(
        &loc,
        &title,
        &loc.t("budget.col.strategy"),
        totals.iter().map(|(s, r)| (strategy_name(&loc, *s), *r)),
    );
    html! {
        <ChartFrame id="chart-strategies" title={title} finding={finding} {legend} {table}>
            <div class="chart-measure" ref={box_ref}>
                { range_bars(&loc, &rows, width, &name) }
            </div>
        </ChartFrame>
    }
}

fn range_legend(loc: &Locale) -> Html {
    html! {
        <ul class="legend">
            <li><span class="swatch spend-swatch" aria-hidden="true"></span>{ loc.t("chart.legend_expected") }</li>
            <li><span class="swatch whisker-swatch" aria-hidden="true"></span>{ loc.t("chart.legend_range") }</li>
        </ul>
    }
}

fn range_table(
    loc: &Locale,
    caption: &str,
    first: &str,
    rows: impl Iterator<Item = (String, crate::domain::split::Range)>,
) -> Html {
    let nf = &loc.nf;
    html! {
        <table class="chart-table">
            <caption>{ caption.to_string() }</caption>
            <thead><tr>
                <th scope="col">{ first.to_string() }</th>
                <th scope="col">{ loc.t("chart.pessimistic") }</th>
                <th scope="col">{ loc.t("chart.expected") }</th>
                <th scope="col">{ loc.t("chart.optimistic") }</th>
            </tr></thead>
            <tbody>
            { for rows.map(|(label, r)| html! { <tr>
                <th scope="row">{ label }</th>
                <td class="num">{ nf.count(r.low.round()) }</td>
                <td class="num">{ nf.count(r.expected.round()) }</td>
                <td class="num">{ nf.count(r.high.round()) }</td>
            </tr> }) }
            </tbody>
        </table>
    }
}

/// The whole budget on one mega creator, or on 30-40 micro creators.
#[component]
pub fn MegaMicroChart(props: &PlanChartsProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let box_ref = use_node_ref();
    let width = use_box_width(box_ref.clone()).clamp(280.0, 1000.0);
    let planning = &props.planning;
    let mvm = &planning.mega_vs_micro;
    let o = planning.objective;
    let (Some(mega), Some(micro)) = (
        mvm.one_mega.as_ref().and_then(|p| p.totals.of(o)),
        mvm.micro
            .as_ref()
            .and_then(|p| Some((p.totals.creators, p.totals.of(o)?))),
    ) else {
        return html! {};
    };
    let objective = loc.t(&format!("objective.{}", o.id()));
    let (n, micro) = micro;
    let micro_label = loc.tfn(
        "chart.mega.micro",
        &[("n", &nf.count(f64::from(n)))],
        &[("n", f64::from(n))],
    );
    let mega_label = loc.t("chart.mega.one");
    let finding = loc.tfn(
        "chart.mega.finding",
        &[
            ("n", &nf.count(f64::from(n))),
            ("micro_value", &nf.count(micro.expected.round())),
            ("mega_value", &nf.count(mega.expected.round())),
            ("objective", &objective),
        ],
        &[("n", f64::from(n))],
    );
    let title = loc.t("chart.mega.title");
    let name = loc.tf("chart.named", &[("title", &title), ("finding", &finding)]);
    let rows = [
        RangeRow {
            label: mega_label.clone(),
            low: mega.low,
            expected: mega.expected,
            high: mega.high,
            chosen: false,
        },
        RangeRow {
            label: micro_label.clone(),
            low: micro.low,
            expected: micro.expected,
            high: micro.high,
            chosen: false,
        },
    ];
    let table = range_table(
        &loc,
        &title,
        &loc.t("budget.col.option"),
        [(mega_label, mega), (micro_label, micro)].into_iter(),
    );
    html! {
        <ChartFrame id="chart-mega-micro" title={title} finding={finding} legend={range_legend(&loc)} {table}>
            <div class="chart-measure" ref={box_ref}>
                { range_bars(&loc, &rows, width, &name) }
            </div>
        </ChartFrame>
    }
}
