//! The creators: sortable by every column, the ER with its formula and benchmark one click
//! away, estimated prices marked as such, flags explained.

use yew::prelude::*;

use crate::domain::filter::{CreatorFilter, FilterEdit};
use crate::domain::{Creator, CreatorMetrics, ErBasis, ErOrigin, Metric, Roster, Settings, Source};
use crate::i18n::{
    comparison_name, cpm_basis_name, describe_flag, rating_name, segment_name, tier_name,
};
use crate::ui::components::formulas::interactions_text;
use crate::ui::components::rate_card::rate_card_source;
use crate::ui::components::select::Select;
use crate::ui::state::{Action, Shared, SortKey};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct CreatorsTableProps {
    pub roster: Shared<Roster>,
    pub order: Shared<Vec<usize>>,
    /// Full metrics of the shown creators, in display order.
    pub page: Shared<Vec<CreatorMetrics>>,
    pub sort: (SortKey, bool),
    pub shown: usize,
    pub settings: Settings,
    /// The creator chosen on a chart: marked, and brought into view when it changes.
    pub selected: Option<usize>,
    /// Which creators are shown (`order` holds only those).
    pub filter: CreatorFilter,
    pub on_action: Callback<Action>,
}

/// An empty cell: a dash to see, "not available" to hear.
fn dash(loc: &Locale) -> Html {
    html! {
        <span class="missing">
            <span aria-hidden="true">{ "–" }</span>
            <span class="visually-hidden">{ loc.t("cell.none") }</span>
        </span>
    }
}

/// The ER cell: the rate and its rating; opening it shows the formula with this creator's
/// numbers and the other bases.
fn er_cell(loc: &Locale, c: &Creator, m: &CreatorMetrics, settings: &Settings) -> Html {
    let nf = &loc.nf;
    let Some(er) = m.er else { return dash(loc) };
    let supplied = m.er_origin == Some(ErOrigin::Supplied);
    let rating = m.rating.map(|r| rating_name(loc.lang, r));
    let e = m.engagements.map(|e| nf.count(e.mean)).unwrap_or_default();
    let denom = match settings.basis {
        ErBasis::Followers => c.get(Metric::Followers),
        ErBasis::Reach => c.get(Metric::Reach),
        ErBasis::Views => c.get(Metric::Views),
    };
    let mut lines: Vec<String> = Vec::new();
    if supplied {
        lines.push(loc.t("cell.supplied_er"));
    } else {
        lines.push(format!(
            "({}) = {e}; {e} ÷ {} × 100 = {}",
            interactions_text(loc, settings),
            denom.map(|d| nf.count(d)).unwrap_or_default(),
            nf.percent(er)
        ));
        if m.er_partial {
            lines.push(loc.t("cell.partial_title"));
        }
    }
    if let Some(why) = crate::i18n::rating_against_benchmark(loc.lang, &loc.nf, m) {
        lines.push(why);
    }
    for (key, rate) in [
        ("col.er_followers", m.er_followers),
        ("col.er_views", m.er_views),
        ("col.er_reach", m.er_reach),
    ] {
        if let Some(r) = rate {
            let median = r
                .median
                .map(|md| format!(", {}", loc.tf("cell.median", &[("value", &nf.percent(md))])))
                .unwrap_or_default();
            lines.push(format!("{}: {}{}", loc.t(key), nf.percent(r.mean), median));
        }
    }
    if let Some(l) = m.likes_to_followers {
        lines.push(format!(
            "{} {}",
            loc.t("formula.ltf").split('=').next().unwrap_or("").trim(),
            nf.percent(l)
        ));
    }
    html! {
        <details class={classes!("er", supplied.then_some("supplied"))}>
            <summary>
                { nf.percent(er) }
                if let Some(r) = rating { <span class={classes!("rating", format!("rating-{}", m.rating.map(|x| format!("{x:?}").to_lowercase()).unwrap_or_default()))}>{ format!(" {r}") }</span> }
                if m.er_partial { { " " }<abbr class="partial-badge" title={loc.t("cell.partial_title")}>{ loc.t("cell.partial") }</abbr> }
            </summary>
            <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </details>
    }
}

fn benchmark_cell(loc: &Locale, m: &CreatorMetrics) -> Html {
    let (Some(b), Some(cmp)) = (m.benchmark, m.comparison) else {
        return html! { <span class="hint">{ loc.t("benchmark.none") }</span> };
    };
    let range = if b.low_pct == b.high_pct {
        loc.nf.percent(b.low_pct)
    } else {
        format!(
            "{}–{}",
            loc.nf.format(b.low_pct, 2),
            loc.nf.percent(b.high_pct)
        )
    };
    html! {
        <details class={classes!("benchmark", comparison_class(cmp))}>
            <summary>{ loc.tf("benchmark.cell", &[("comparison", &comparison_name(loc.lang, cmp)), ("segment", &segment_name(loc.lang, &loc.nf, &b)), ("range", &range)]) }</summary>
            <p>{ crate::i18n::benchmark_source(loc.lang, &loc.nf, b.source) }</p>
        </details>
    }
}

/// The sign a creator's price (and CPE, CPM, CPV) is shown with: its currency's, or `$`
/// when the roster names none.
fn sign(m: &CreatorMetrics) -> &'static str {
    m.price
        .and_then(|p| p.currency)
        .map_or("$", crate::domain::currency::Currency::sign)
}

fn price_cell(loc: &Locale, c: &Creator, m: &CreatorMetrics, settings: &Settings) -> Html {
    let Some(p) = m.price else { return dash(loc) };
    match p.estimated_from {
        None => html! { { loc.nf.money_in(sign(m), p.per_post) } },
        Some(range) => {
            let title = loc.tf(
                "cell.estimated_title",
                &[
                    ("source", &rate_card_source(loc, &settings.rate_card)),
                    (
                        "band",
                        &loc.t(&format!("tier.{}", p.band.unwrap_or("nano"))),
                    ),
                    ("platform", &loc.t(&format!("platform.{}", c.platform.id()))),
                    ("low", &loc.nf.money(range.low)),
                    (
                        "high",
                        &range
                            .high
                            .map(|h| loc.nf.money(h))
                            .unwrap_or_else(|| "…".into()),
                    ),
                ],
            );
            html! {
                <span class="estimated" title={title.clone()}>
                    { loc.nf.money(p.per_post) }
                    <abbr class="est-badge" title={title}>{ loc.t("cell.estimated") }</abbr>
                </span>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct FilterBarProps {
    roster: Shared<Roster>,
    settings: Settings,
    filter: CreatorFilter,
    on_action: Callback<Action>,
}

/// Finds creators: part of a handle or name, a tier, a platform, flagged only. The text is
/// applied when typing pauses, the choices at once.
#[component]
fn FilterBar(props: &FilterBarProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let platforms = use_memo(props.roster.clone(), |r| crate::domain::platforms(r));
    let pending = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let on_text = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (text, on_action) = (input.value(), on_action.clone());
            *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(200, move || {
                on_action.emit(Action::Filter(FilterEdit::Text(text)))
            }));
        })
    };
    let on_tier = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::Filter(FilterEdit::Tier(
            crate::domain::Tier::ALL.into_iter().find(|t| t.id() == v),
        ))
    });
    let on_platform = props.on_action.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let all = [
            crate::domain::Platform::Instagram,
            crate::domain::Platform::TikTok,
            crate::domain::Platform::YouTube,
            crate::domain::Platform::Other,
        ];
        Action::Filter(FilterEdit::Platform(all.into_iter().find(|p| p.id() == v)))
    });
    let on_flagged = props.on_action.reform(|e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        Action::Filter(FilterEdit::Flagged(on))
    });
    let on_clear = props
        .on_action
        .reform(|_: MouseEvent| Action::Filter(FilterEdit::Clear));
    let f = &props.filter;
    html! {
        <div class="table-filter" role="search" aria-label={loc.t("filter.label")}>
            <div class="field">
                <label for="filter-text">{ loc.t("filter.text") }</label>
                <input id="filter-text" type="search" value={f.text.clone()} oninput={on_text} autocomplete="off" spellcheck="false" />
            </div>
            <div class="field">
                <label for="filter-tier">{ loc.t("filter.tier") }</label>
                <Select id="filter-tier" value={f.tier.map_or("", |t| t.id())} onchange={on_tier}>
                    <option value="" selected={f.tier.is_none()}>{ loc.t("filter.any_tier") }</option>
                    { for props.settings.scheme.tiers().map(|(t, _)| html! {
                        <option value={t.id()} selected={f.tier == Some(t)}>{ tier_name(loc.lang, Some(t)) }</option>
                    }) }
                </Select>
            </div>
            <div class="field">
                <label for="filter-platform">{ loc.t("filter.platform") }</label>
                <Select id="filter-platform" value={f.platform.map_or("", |p| p.id())} onchange={on_platform}>
                    <option value="" selected={f.platform.is_none()}>{ loc.t("filter.any_platform") }</option>
                    { for platforms.iter().map(|p| html! {
                        <option value={p.id()} selected={f.platform == Some(*p)}>{ loc.t(&format!("platform.{}", p.id())) }</option>
                    }) }
                </Select>
            </div>
            <label class="check">
                <input type="checkbox" checked={f.flagged} onchange={on_flagged} />
                { loc.t("filter.flagged") }
            </label>
            if !f.is_empty() {
                <button type="button" onclick={on_clear}>{ loc.t("filter.clear") }</button>
            }
        </div>
    }
}

#[component]
pub fn CreatorsTable(props: &CreatorsTableProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let creators = &props.roster.creators;
    let total = props.order.len();
    // Each sortable header is a button named by its column (the W3C sortable-table
    // pattern): the header cell's aria-sort says how the table is sorted.
    let header = |key: SortKey| {
        let title = loc.t(key.title_key());
        let (aria_sort, arrow) = match props.sort {
            (k, true) if k == key => ("ascending", " ▲"),
            (k, false) if k == key => ("descending", " ▼"),
            _ => ("none", ""),
        };
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::Sort(key));
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" title={loc.tf("table.sort", &[("column", &title)])} {onclick}>{ title }<span aria-hidden="true">{ arrow }</span></button>
            </th>
        }
    };
    let on_more = props.on_action.reform(|_: MouseEvent| Action::ShowMore);
    // After "Show more", focus the first new row, so the next Tab goes on from there (and
    // focus is not lost when the button goes away on the last page).
    let shown_before = use_mut_ref(|| props.shown);
    {
        let shown_before = shown_before.clone();
        use_effect_with(props.shown, move |shown| {
            let before = *shown_before.borrow();
            if *shown > before {
                if let Some(row) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&format!("creator-row-{before}")))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = row.focus();
                }
            }
            *shown_before.borrow_mut() = *shown;
        });
    }
    {
        let order = props.order.clone();
        use_effect_with(props.selected, move |selected| {
            let row = selected.and_then(|c| order.iter().position(|&i| i == c));
            if let Some(el) = row
                .and_then(|n| {
                    web_sys::window()?
                        .document()?
                        .get_element_by_id(&format!("creator-row-{n}"))
                })
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    }
    html! {
        <>
        <FilterBar roster={props.roster.clone()} settings={props.settings.clone()} filter={props.filter.clone()} on_action={props.on_action.clone()} />
        <div class="table-wrap" role="region" aria-labelledby="creators-caption" tabindex="0">
            <table class="creators">
                <caption id="creators-caption">
                    { loc.t("table.caption") }
                    <span class="hint">{ loc.tf("layout.dash_aside", &[("text", &loc.tf("table.showing", &[("shown", &nf.count(props.shown.min(total) as f64)), ("total", &nf.count(total as f64))]))]) }</span>
                    if !props.filter.is_empty() {
                        <span class="hint">{ loc.t("layout.status_joiner") }{ loc.tfn("table.filtered", &[("matching", &nf.count(total as f64)), ("all", &nf.count(creators.len() as f64))], &[("all", creators.len() as f64)]) }</span>
                    }
                </caption>
                <thead><tr>
                    { for SortKey::ALL.into_iter().take_while(|k| *k != SortKey::Price).map(header) }
                    <th scope="col">{ loc.t("col.benchmark") }</th>
                    { for SortKey::ALL.into_iter().skip_while(|k| *k != SortKey::Price).map(header) }
                    // Columns Tierwise does not use are kept and shown as they were.
                    { for props.roster.extra_columns.iter().map(|&j| html! {
                        <th scope="col" class="extra">{ props.roster.columns[j].header.clone() }</th>
                    }) }
                </tr></thead>
                <tbody>
                { for props.order.iter().zip(props.page.iter()).enumerate().map(|(n, (&i, m))| {
                    let c = &creators[i];
                    let e = m.engagements.map(|e| {
                        let median = e.median.map(|md| loc.tf("cell.median", &[("value", &nf.count(md))]));
                        let posts = match c.source { Source::PerPost { posts } => Some(loc.tf("cell.posts", &[("count", &posts.to_string())])), Source::SingleRow => None };
                        html! { <>{ nf.count(e.mean) }
                            if let Some(md) = median { <br/><small>{ md }</small> }
                            if let Some(p) = posts { <br/><small>{ p }</small> }
                        </> }
                    }).unwrap_or_else(|| dash(&loc));
                    let platform = if c.platform_label.is_empty() { loc.t(&format!("platform.{}", c.platform.id())) } else { c.platform_label.to_string() };
                    html! {
                        <tr key={i} class={classes!((props.selected == Some(i)).then_some("selected"))}
                            aria-current={(props.selected == Some(i)).then_some("true")}>
                            <td class="num">{ nf.ordinal(c.line) }</td>
                            <th scope="row" class="handle" tabindex="-1" id={format!("creator-row-{n}")}>
                                { c.handle.to_string() }
                                if !c.name.is_empty() && c.name != c.handle { <br/><small>{ c.name.to_string() }</small> }
                            </th>
                            <td>{ platform }</td>
                            <td class="num">{ c.get(Metric::Followers).map(|f| html! { { nf.count(f) } }).unwrap_or_else(|| dash(&loc)) }</td>
                            <td>{ m.tier.map(|t| html! { <span class={format!("tier-badge tier-{}", t.id())}>{ tier_name(loc.lang, Some(t)) }</span> }).unwrap_or_else(|| dash(&loc)) }</td>
                            <td class="num">{ e }</td>
                            <td class="num">{ er_cell(&loc, c, m, &props.settings) }</td>
                            <td>{ benchmark_cell(&loc, m) }</td>
                            <td class="num">{ price_cell(&loc, c, m, &props.settings) }</td>
                            <td class="num">{ m.cpe.map(|v| html! { { nf.money_in(sign(m), v) } }).unwrap_or_else(|| dash(&loc)) }</td>
                            <td class="num">{ m.cpm.map(|(v, b)| html! { <>{ nf.money_in(sign(m), v) }<br/><small>{ loc.tf("cell.cpm_basis", &[("basis", &cpm_basis_name(loc.lang, b))]) }</small></> }).unwrap_or_else(|| dash(&loc)) }</td>
                            <td class="num">{ m.cpv.map(|v| html! { { nf.money_in(sign(m), v) } }).unwrap_or_else(|| dash(&loc)) }</td>
                            <td class="flags">
                                if !m.flags.is_empty() {
                                    <ul>{ for m.flags.iter().map(|f| html! { <li>{ describe_flag(loc.lang, nf, f) }</li> }) }</ul>
                                }
                            </td>
                            { for c.extras.iter().map(|v| html! { <td class="extra">{ v.clone() }</td> }) }
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            if props.shown < total {
                <button type="button" onclick={on_more}>{ loc.t("table.show_more") }</button>
            }
        </div>
        </>
    }
}

/// The benchmark cell's colour: by what the comparison is, never by its translated name.
fn comparison_class(c: crate::domain::Comparison) -> &'static str {
    use crate::domain::Comparison;
    match c {
        Comparison::Below => "cmp-below",
        Comparison::Within => "cmp-within",
        Comparison::Above => "cmp-above",
    }
}
