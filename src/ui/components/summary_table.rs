//! Creators per tier with share, median ER, total followers and the price range.

use yew::prelude::*;

use crate::domain::view::Overview;
use crate::domain::TierScheme;
use crate::i18n::tier_name;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct SummaryTableProps {
    /// The roster shown: its tier summary.
    pub overview: Shared<Overview>,
    pub scheme: TierScheme,
}

#[component]
pub fn SummaryTable(props: &SummaryTableProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let range = |tier: Option<crate::domain::Tier>| -> String {
        let Some(t) = tier else {
            return "–".to_string();
        };
        let low = props.scheme.min_followers[t.index()].unwrap_or(0) as f64;
        match props.scheme.upper_bound(t) {
            Some(high) => format!("{}–{}", nf.count(low), nf.count(high as f64 - 1.0)),
            None => format!("≥ {}", nf.count(low)),
        }
    };
    html! {
        <table class="summary">
            <caption id="summary-caption">{ loc.t("summary.caption") }</caption>
            <thead>
                <tr>
                    <th scope="col">{ loc.t("summary.tier") }</th>
                    <th scope="col">{ loc.t("summary.range") }</th>
                    <th scope="col">{ loc.t("summary.creators") }</th>
                    <th scope="col">{ loc.t("summary.share") }</th>
                    <th scope="col">{ loc.t("summary.median_er") }</th>
                    <th scope="col">{ loc.t("summary.total_followers") }</th>
                    <th scope="col">{ loc.t("summary.price") }</th>
                </tr>
            </thead>
            <tbody>
                { for props.overview.summary.iter().map(|s| html! {
                    <tr class={classes!(s.tier.map(|t| format!("tier-{}", t.id())))}>
                        <th scope="row">{ tier_name(loc.lang, s.tier) }</th>
                        <td class="num">{ range(s.tier) }</td>
                        <td class="num">{ nf.count(s.creators as f64) }</td>
                        <td class="num">
                            <span class="bar" style={format!("--share:{:.3}", s.share)} aria-hidden="true"></span>
                            <bdi>{ nf.percent_with(s.share * 100.0, 1) }</bdi>
                        </td>
                        <td class="num">{ s.median_er.map(|e| nf.percent(e)).unwrap_or_else(|| "–".into()) }</td>
                        <td class="num">{ nf.compact(s.total_followers) }</td>
                        <td class="num">
                            <bdi>{ {
                                let sign = s.currency.map_or("$", crate::domain::currency::Currency::sign);
                                match s.price_range {
                                    _ if s.mixed_currencies => loc.t("summary.mixed_currencies"),
                                    Some((lo, hi)) if lo == hi => nf.money_in(sign, lo),
                                    Some((lo, hi)) => format!("{}–{}", nf.money_in(sign, lo), nf.money_in(sign, hi)),
                                    None => "–".to_string(),
                                }
                            } }</bdi>
                            if s.estimated_prices > 0 {
                                <span class="estimated-note">{ " " }{ loc.tf("layout.aside", &[("text", &loc.tfn("summary.estimated", &[("count", &nf.count(s.estimated_prices as f64))], &[("count", s.estimated_prices as f64)]))]) }</span>
                            }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
