//! The price-per-post rate card used for estimates, editable per platform and size band.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::{Platform, RateCard, RATE_CARD_BANDS};
use crate::ui::state::{RateError, SettingsEdit};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct RateCardProps {
    pub card: RateCard,
    /// The last edit that was not applied.
    pub error: Option<RateError>,
    /// One change the user makes here.
    pub on_edit: Callback<SettingsEdit>,
}

/// The card's source, marked when the user has edited it.
pub fn rate_card_source(loc: &Locale, card: &RateCard) -> String {
    if card.edited {
        loc.tf("rates.edited", &[("source", &card.source)])
    } else {
        card.source.clone()
    }
}

#[component]
pub fn RateCardEditor(props: &RateCardProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let band_label = |i: usize| -> String {
        let (low, name) = RATE_CARD_BANDS[i];
        let range = match RATE_CARD_BANDS.get(i + 1) {
            Some((high, _)) => format!("{}–{}", loc.nf.compact(low), loc.nf.compact(*high)),
            None => format!("{}+", loc.nf.compact(low)),
        };
        format!("{} ({range})", loc.t(&format!("tier.{name}")))
    };
    let input = |platform: Platform, band: usize, high: bool, value: Option<f64>| {
        let which = loc.t(if high { "rates.to" } else { "rates.from" });
        let label = loc.tf(
            "rates.input",
            &[
                ("platform", &loc.t(&format!("platform.{}", platform.id()))),
                ("band", &loc.t(&format!("tier.{}", RATE_CARD_BANDS[band].1))),
                ("which", &which),
            ],
        );
        let onchange = props.on_edit.reform(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            // A number box gives `1234.5` whatever the locale: the domain's reader reads it.
            let v = crate::domain::parse_number(el.value().trim(), crate::domain::DecimalMark::Dot)
                .ok()
                .flatten()
                .map(|n| n.value)
                .filter(|v| v.is_finite() && *v >= 0.0);
            SettingsEdit::Rate {
                platform,
                band,
                high,
                value: v,
            }
        });
        let invalid = props
            .error
            .is_some_and(|e| e.platform == platform && e.band == band && e.high == high);
        html! {
            <input type="number" min="0" step="any" aria-label={label}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then_some("rate-error")}
                value={value.map(|v| v.to_string()).unwrap_or_default()} {onchange} />
        }
    };
    html! {
        <details class="panel rate-card">
            <summary><h2>{ loc.t("rates.heading") }</h2></summary>
            <p class="hint">{ loc.tf("rates.hint", &[("source", &rate_card_source(&loc, &props.card))]) }</p>
            <div class="scroll-x" role="region" aria-labelledby="rates-caption" tabindex="0">
            <table>
                <caption id="rates-caption">{ loc.t("rates.caption") }</caption>
                <thead><tr>
                    <th scope="col">{ loc.t("col.platform") }</th>
                    { for (0..RATE_CARD_BANDS.len()).map(|i| html! { <th scope="col">{ band_label(i) }</th> }) }
                </tr></thead>
                <tbody>
                { for props.card.rows.iter().map(|(platform, ranges)| html! {
                    <tr>
                        <th scope="row">{ loc.t(&format!("platform.{}", platform.id())) }</th>
                        { for ranges.iter().enumerate().map(|(band, r)| html! {
                            <td class="rate">
                                { input(*platform, band, false, Some(r.low)) }
                                <span aria-hidden="true">{ "–" }</span>
                                { input(*platform, band, true, r.high) }
                            </td>
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            if let Some(e) = props.error {
                <p id="rate-error" role="alert" class="error">{ loc.tf("rate.bad_range", &[
                    ("platform", &loc.t(&format!("platform.{}", e.platform.id()))),
                    ("tier", &loc.t(&format!("tier.{}", RATE_CARD_BANDS[e.band].1))),
                    ("high", &e.tried.high.map_or_else(String::new, |h| loc.nf.money(h))),
                    ("low", &loc.nf.money(e.tried.low)),
                    ("kept", &match e.kept.high {
                        Some(h) => format!("{}–{}", loc.nf.money(e.kept.low), loc.nf.money(h)),
                        None => format!("{}+", loc.nf.money(e.kept.low)),
                    }),
                ]) }</p>
            }
        </details>
    }
}
