//! Every formula and the source of every benchmark, one click away.

use yew::prelude::*;

use crate::domain::split::REACH_SHARE_SOURCE;
use crate::domain::{
    BenchmarkSource, Metric, Settings, COMMENTS_SOURCE, HEALTHY_COMMENTS_PER_100_LIKES,
};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct FormulasProps {
    pub settings: Settings,
}

/// "likes + comments" for the interactions setting.
pub fn interactions_text(loc: &Locale, settings: &Settings) -> String {
    settings
        .interactions
        .metrics()
        .iter()
        .map(|m| {
            loc.t(match m {
                Metric::Likes => "e.likes",
                Metric::Comments => "e.comments",
                Metric::Shares => "e.shares",
                _ => "e.saves",
            })
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

#[component]
pub fn Formulas(props: &FormulasProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let (low, high) = HEALTHY_COMMENTS_PER_100_LIKES;
    let hundred = loc.nf.count(100.0);
    let thousand = loc.nf.count(1000.0);
    let per = |key: &str| loc.tf(key, &[("hundred", &hundred)]);
    let source = |s: BenchmarkSource| crate::i18n::benchmark_source(loc.lang, &loc.nf, s);
    let lines = [
        loc.tf(
            "formula.e",
            &[("parts", &interactions_text(&loc, &props.settings))],
        ),
        per("formula.er_followers"),
        per("formula.er_reach"),
        per("formula.er_views"),
        per("formula.ltf"),
        loc.t("formula.median"),
        loc.t("formula.cpe"),
        loc.tf("formula.cpm", &[("thousand", &thousand)]),
        loc.t("formula.cpv"),
        loc.tf(
            "formula.price",
            &[("source", &props.settings.rate_card.source)],
        ),
        loc.tf(
            "formula.benchmarks",
            &[
                ("passo", &source(BenchmarkSource::Passo)),
                ("markerly", &source(BenchmarkSource::Markerly)),
                ("timf", &source(BenchmarkSource::Timf)),
                ("modash_tiktok", &source(BenchmarkSource::ModashTikTok)),
                ("sociavault", &source(BenchmarkSource::SociaVault)),
                ("modash_youtube", &source(BenchmarkSource::ModashYouTube)),
                ("rating", &loc.t("source.rating")),
                ("under", &loc.nf.count(crate::domain::MARKERLY_UNDER)),
                ("zero", &loc.nf.count(0.0)),
                ("one_pct", &loc.nf.percent(1.0)),
            ],
        ),
        loc.tf(
            "formula.flags",
            &[
                ("hundred", &hundred),
                ("low", &loc.nf.count(low)),
                ("high", &loc.nf.count(high)),
                ("source", COMMENTS_SOURCE),
            ],
        ),
        loc.tf("formula.split_reach", &[("source", REACH_SHARE_SOURCE)]),
        loc.t("formula.split_engagements"),
        loc.t("formula.split_conversions"),
        loc.t("formula.split_band"),
        loc.tf("formula.split_totals", &[("thousand", &thousand)]),
        loc.tf(
            "formula.split_hhi",
            &[
                ("max", &loc.nf.count(10_000.0)),
                ("zero", &loc.nf.count(0.0)),
            ],
        ),
        loc.t("formula.split_bound"),
    ];
    html! {
        <details class="panel formulas" id="formulas">
            <summary><h2>{ loc.t("formula.heading") }</h2></summary>
            <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </details>
    }
}
