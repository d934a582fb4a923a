//! The tier mix: each tier's share of the creators and of their followers, under the chosen
//! scheme and, side by side, the comparison scheme.

use yew::prelude::*;

use crate::domain::chart::{largest, TierShare};
use crate::domain::view::Overview;
use crate::domain::TierScheme;
use crate::i18n::{scheme_label, tier_name};
use crate::ui::charts::{along, anchor, px, use_box_width, ChartFrame};
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct TierMixProps {
    /// The roster shown: its tier mixes.
    pub overview: Shared<Overview>,
    pub scheme: TierScheme,
    pub other: Option<TierScheme>,
}

fn scheme_finding(loc: &Locale, mix: &[TierShare]) -> Option<String> {
    let (t, share) = largest(mix, |m| m.creators_share)?;
    let (tf, share_f) = largest(mix, |m| m.followers_share)?;
    Some(loc.tf(
        "chart.tiers.finding",
        &[
            ("tier", &tier_name(loc.lang, Some(t))),
            ("share", &loc.nf.percent_with(share * 100.0, 0)),
            ("tier_followers", &tier_name(loc.lang, Some(tf))),
            ("share_followers", &loc.nf.percent_with(share_f * 100.0, 0)),
        ],
    ))
}

/// One scheme's bars: a row per tier, creators and followers.
fn panel(loc: &Locale, mix: &[TierShare], x0: f64, w: f64, total_w: f64, heading: &str) -> Html {
    let rtl = loc.lang.dir() == "rtl";
    let (label_w, value_w, row_h, top) = ((w * 0.3).clamp(64.0, 120.0), 44.0, 38.0, 24.0);
    let bar_w = (w - label_w - value_w).max(40.0);
    let at = |x: f64| along(x0 + x, total_w, rtl);
    html! {
        <g class="tier-panel">
            <text class="panel-title" x={px(at(0.0))} y="14" text-anchor={anchor(true, rtl)}>{ heading.to_string() }</text>
            { for mix.iter().enumerate().map(|(i, m)| {
                let y = top + row_h * i as f64;
                let bars = [("creators", m.creators_share, 3.0), ("followers", m.followers_share, 3.0 + (row_h - 8.0) / 2.0)];
                html! {
                    <g class={classes!("tier-row", format!("tier-{}", m.tier.id()))}
                        data-tier={m.tier.id()} data-creators={m.creators.to_string()}
                        data-creators-share={m.creators_share.to_string()} data-followers-share={m.followers_share.to_string()}>
                        <text class="label" x={px(at(label_w - 6.0))} y={px(y + row_h / 2.0 - 2.0)} text-anchor={anchor(false, rtl)} dominant-baseline="middle">{ tier_name(loc.lang, Some(m.tier)) }</text>
                        { for bars.iter().map(|(kind, share, dy)| {
                            let (a, b) = (at(label_w), at(label_w + share * bar_w));
                            let h = (row_h - 8.0) / 2.0 - 2.0;
                            html! { <>
                                <rect class={classes!("bar", format!("bar-{kind}"))} x={px(a.min(b))} y={px(y + dy)} width={px((b - a).abs())} height={px(h)} />
                                <text class="value" x={px(at(label_w + share * bar_w + 4.0))} y={px(y + dy + h / 2.0)} text-anchor={anchor(true, rtl)} dominant-baseline="middle">{ loc.nf.percent_with(share * 100.0, 0) }</text>
                            </> }
                        }) }
                    </g>
                }
            }) }
        </g>
    }
}

#[component]
pub fn TierMixChart(props: &TierMixProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let overview = &props.overview;
    let (mine, other) = (
        &overview.mix,
        props
            .other
            .as_ref()
            .and(overview.compared.as_ref())
            .map(|c| &c.mix),
    );
    let box_ref = use_node_ref();
    let width = use_box_width(box_ref.clone()).clamp(280.0, 900.0);
    // Side by side when there is room, else one above the other.
    let side = other.is_some() && width >= 560.0;
    let rows = mine.len().max(other.map_or(0, Vec::len));
    let panel_h = 24.0 + 38.0 * rows as f64 + 6.0;
    let height = if other.is_some() && !side {
        panel_h * 2.0
    } else {
        panel_h
    };
    let pw = if side { width / 2.0 - 8.0 } else { width };
    let name_a = scheme_label(loc.lang, nf, &props.scheme);
    let title = loc.t("chart.tiers.title");
    let mut finding = scheme_finding(&loc, mine).unwrap_or_else(|| loc.t("chart.tiers.empty"));
    if let (Some(o), Some(scheme)) = (other, &props.other) {
        if let Some((t, share)) = largest(o, |m| m.creators_share) {
            let second = loc.tf(
                "chart.tiers.finding_other",
                &[
                    ("scheme", &scheme_label(loc.lang, nf, scheme)),
                    ("tier", &tier_name(loc.lang, Some(t))),
                    ("share", &nf.percent_with(share * 100.0, 0)),
                ],
            );
            finding = loc.tf(
                "chart.sentences",
                &[("first", &finding), ("second", &second)],
            );
        } else {
            finding = loc.tf("chart.sentence", &[("text", &finding)]);
        }
    } else if largest(mine, |m| m.creators_share).is_some() {
        finding = loc.tf("chart.sentence", &[("text", &finding)]);
    }
    let name = loc.tf("chart.named", &[("title", &title), ("finding", &finding)]);
    let legend = html! {
        <ul class="legend">
            <li><span class="swatch bar-creators" aria-hidden="true"></span>{ loc.t("chart.tiers.creators") }</li>
            <li><span class="swatch bar-followers" aria-hidden="true"></span>{ loc.t("chart.tiers.followers") }</li>
        </ul>
    };
    let table_rows = |scheme: &TierScheme, mix: &[TierShare]| {
        let label = scheme_label(loc.lang, nf, scheme);
        mix.iter()
            .map(|m| {
                html! { <tr>
                    <th scope="row">{ tier_name(loc.lang, Some(m.tier)) }</th>
                    <td>{ label.clone() }</td>
                    <td class="num">{ nf.count(m.creators as f64) }</td>
                    <td class="num">{ nf.percent_with(m.creators_share * 100.0, 1) }</td>
                    <td class="num">{ nf.count(m.followers) }</td>
                    <td class="num">{ nf.percent_with(m.followers_share * 100.0, 1) }</td>
                </tr> }
            })
            .collect::<Html>()
    };
    let table = html! {
        <table class="chart-table">
            <caption>{ title.clone() }</caption>
            <thead><tr>
                <th scope="col">{ loc.t("summary.tier") }</th>
                <th scope="col">{ loc.t("chart.tiers.scheme") }</th>
                <th scope="col">{ loc.t("summary.creators") }</th>
                <th scope="col">{ loc.t("summary.share") }</th>
                <th scope="col">{ loc.t("summary.total_followers") }</th>
                <th scope="col">{ loc.t("chart.tiers.followers_share") }</th>
            </tr></thead>
            <tbody>
                { table_rows(&props.scheme, mine) }
                if let (Some(o), Some(s)) = (other, &props.other) { { table_rows(s, o) } }
            </tbody>
        </table>
    };
    html! {
        <ChartFrame id="chart-tiers" title={title} finding={finding.clone()} {legend} {table}>
            <div class="chart-measure" ref={box_ref}>
                <svg class="tier-mix-chart" role="img" aria-label={name} width={px(width)} height={px(height)}
                    viewBox={format!("0 0 {} {}", px(width), px(height))}>
                    { panel(&loc, mine, 0.0, pw, width, &name_a) }
                    if let (Some(o), Some(s)) = (other, &props.other) {
                        if side {
                            { panel(&loc, o, width / 2.0 + 8.0, pw, width, &scheme_label(loc.lang, nf, s)) }
                        } else {
                            <g transform={format!("translate(0 {})", px(panel_h))}>
                                { panel(&loc, o, 0.0, pw, width, &scheme_label(loc.lang, nf, s)) }
                            </g>
                        }
                    }
                </svg>
            </div>
        </ChartFrame>
    }
}
