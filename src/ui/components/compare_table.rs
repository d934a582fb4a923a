//! How the roster falls under two schemes, side by side.

use yew::prelude::*;

use crate::domain::view::Overview;
use crate::domain::TierScheme;
use crate::i18n::tier_name;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The roster shown: its tiers under both schemes.
    pub overview: Shared<Overview>,
    pub scheme: TierScheme,
    pub other: TierScheme,
}

#[component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let rows = props
        .overview
        .compared
        .as_ref()
        .map_or(&[][..], |c| &c.tiers[..]);
    let name = |s: &TierScheme| crate::i18n::scheme_label(loc.lang, &loc.nf, s);
    html! {
        // Scrolls inside itself when longer words (or a narrow screen) make it wide.
        <div class="scroll-x" role="region" aria-labelledby="compare-caption" tabindex="0">
        <table class="compare">
            <caption id="compare-caption">{ loc.t("compare.caption") }<span class="hint">{ loc.tf("layout.dash_aside", &[("text", &loc.t("compare.hint"))]) }</span></caption>
            <thead>
                <tr>
                    <th scope="col">{ loc.t("summary.tier") }</th>
                    <th scope="col">{ name(&props.scheme) }</th>
                    <th scope="col">{ name(&props.other) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(tier, a, b)| html! {
                    <tr>
                        <th scope="row">{ tier_name(loc.lang, Some(*tier)) }</th>
                        <td class="num">{ if props.scheme.min_followers[tier.index()].is_some() { loc.nf.count(*a as f64) } else { "—".into() } }</td>
                        <td class="num">{ if props.other.min_followers[tier.index()].is_some() { loc.nf.count(*b as f64) } else { "—".into() } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
