//! The creators: sortable by every column, the ER with its formula and benchmark one click
//! away, estimated prices marked as such, flags explained.

use yew::prelude::*;

use crate::domain::filter::{CreatorFilter, FilterEdit};
use crate::domain::view::Overview;
use crate::domain::{
    analyze_creator, Creator, CreatorMetrics, ErBasis, ErOrigin, Metric, Settings, Source,
};
use crate::i18n::{
    comparison_name, cpm_basis_name, describe_flag, rating_name, segment_name, tier_name,
};
use crate::ui::components::formulas::interactions_text;
use crate::ui::components::rate_card::rate_card_source;
use crate::ui::components::select::Select;
use crate::ui::state::{Shared, SortKey, TableRows, TABLE_WINDOW};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct CreatorsTableProps {
    /// The roster shown: its creators' count, extra columns and platforms.
    pub overview: Shared<Overview>,
    /// The creators in the order shown (indices into the roster).
    pub order: Shared<Vec<usize>>,
    /// The rows of the window drawn, as the engine sent them.
    pub rows: Shared<TableRows>,
    /// The window moves to start at this position of the order.
    pub on_window: Callback<usize>,
    pub sort: (SortKey, bool),
    /// Moves when a new order (a roster, a sort, a filter) is to be read from its top.
    pub rewind: u32,
    pub settings: Settings,
    /// The creator chosen on a chart: marked, and brought into view when it changes.
    pub selected: Option<usize>,
    /// Which creators are shown (`order` holds only those).
    pub filter: CreatorFilter,
    /// The engine is sorting or filtering: the order shown is the one before.
    pub sorting: bool,
    /// The rows of the window asked for are on their way from the engine.
    pub loading: bool,
    /// Sort by this column (the column sorted by turns around).
    pub on_sort: Callback<SortKey>,
    /// One change to the filter.
    pub on_filter: Callback<FilterEdit>,
}

/// A row's height before one is measured, in CSS pixels.
const ROW_PX: f64 = 56.0;
/// The most the table's rows and stand-ins take, in CSS pixels: browsers lay out nothing
/// much taller than 16 million pixels, so past this the stand-ins shrink in proportion
/// (the scroll bar then moves through the order, not through pixels).
const MAX_HEIGHT: f64 = 8_000_000.0;
/// How near (in rows) the view may come to the window's edge before the window moves.
const MARGIN: usize = 20;

/// Where the creators table's view stays when its window of drawn rows moves.
enum Anchor {
    /// This row (a position in the order) stays this far below the header line.
    Row(usize, f64),
    /// The view stays at the end (the last creator at the bottom).
    End,
}

/// The creators table's scroll box as it is on screen now (CSS pixels, viewport
/// coordinates).
struct Viewport {
    wrap: web_sys::Element,
    /// The line under the sticky header row: what is above it is out of view.
    top: f64,
    /// How much of the box is below that line.
    height: f64,
    /// The top of the table's body (the stand-in above the drawn rows, or the first row).
    body_top: f64,
    /// The stand-in above the drawn rows: its height.
    above: f64,
    /// The drawn rows: their position in the order, top and bottom.
    rows: Vec<(usize, f64, f64)>,
}

impl Viewport {
    fn measure(wrap: &NodeRef, head: &NodeRef, body: &NodeRef) -> Option<Viewport> {
        let (wrap, head, body) = (
            wrap.cast::<web_sys::Element>()?,
            head.cast::<web_sys::Element>()?,
            body.cast::<web_sys::Element>()?,
        );
        let frame = wrap.get_bounding_client_rect();
        // The header's cells stick to the box's top (the `thead` itself scrolls away).
        let cell = head.query_selector("th").ok().flatten().unwrap_or(head);
        let top = cell.get_bounding_client_rect().bottom().max(frame.top());
        let above = body
            .query_selector("tr.stand-in.above")
            .ok()
            .flatten()
            .map_or(0.0, |e| e.get_bounding_client_rect().height());
        let list = body.query_selector_all("tr[data-pos]").ok()?;
        let rows = (0..list.length())
            .filter_map(|i| {
                let e: web_sys::Element = wasm_bindgen::JsCast::dyn_into(list.item(i)?).ok()?;
                let pos = e.get_attribute("data-pos")?.parse().ok()?;
                let r = e.get_bounding_client_rect();
                Some((pos, r.top(), r.bottom()))
            })
            .collect();
        Some(Viewport {
            height: (frame.bottom() - top).max(0.0),
            body_top: body.get_bounding_client_rect().top(),
            wrap,
            top,
            above,
            rows,
        })
    }

    /// The view is scrolled to the very end.
    fn at_end(&self) -> bool {
        let w = &self.wrap;
        w.scroll_top() + w.client_height() >= w.scroll_height() - 1
    }

    /// The drawn rows' mean height.
    fn row_height(&self) -> Option<f64> {
        let (first, last) = (self.rows.first()?, self.rows.last()?);
        let h = (last.2 - first.1) / self.rows.len() as f64;
        (h.is_finite() && h > 1.0).then_some(h)
    }

    /// The row at the top of the view (a position in the order; `end` is the first row not
    /// drawn, `hidden_px` the height a row not drawn stands in for) and how far below the
    /// header line its top is (0 or less).
    fn row_at_top(&self, first: usize, end: usize, hidden_px: f64) -> (usize, f64) {
        let y = self.top - self.body_top;
        if y < self.above {
            return (first.min((y.max(0.0) / hidden_px) as usize), 0.0);
        }
        if let Some(&(pos, row_top, _)) =
            self.rows.iter().find(|&&(_, _, bottom)| bottom > self.top)
        {
            return (pos, row_top - self.top);
        }
        let drawn = self.rows.last().map_or(self.body_top + self.above, |r| r.2);
        let past = ((self.top - drawn).max(0.0) / hidden_px) as usize;
        (end + past, 0.0)
    }

    /// Scrolls so that the drawn row `pos` is `offset` below the header line.
    fn put_at_top(&self, pos: usize, offset: f64) {
        let Some(&(_, row_top, _)) = self.rows.iter().find(|r| r.0 == pos) else {
            return;
        };
        let delta = row_top - self.top - offset;
        if delta.abs() >= 1.0 {
            self.wrap
                .set_scroll_top(self.wrap.scroll_top() + delta.round() as i32);
        }
    }
}

/// How many rows of the creators table are drawn at once (the rest stand in by height).
const WINDOW: usize = TABLE_WINDOW;

/// Moves focus to the drawn row at position `pos` of the order (the browser scrolls it
/// into view).
fn focus_row(pos: usize) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("creator-row-{pos}")))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
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
    overview: Shared<Overview>,
    settings: Settings,
    filter: CreatorFilter,
    on_filter: Callback<FilterEdit>,
}

/// Finds creators: part of a handle or name, a tier, a platform, flagged only. The text is
/// applied when typing pauses, the choices at once.
#[component]
fn FilterBar(props: &FilterBarProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let platforms = &props.overview.platforms;
    let pending = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let on_text = {
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (text, on_filter) = (input.value(), on_filter.clone());
            *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(200, move || {
                on_filter.emit(FilterEdit::Text(text))
            }));
        })
    };
    let on_tier = props.on_filter.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        FilterEdit::Tier(crate::domain::Tier::ALL.into_iter().find(|t| t.id() == v))
    });
    let on_platform = props.on_filter.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let all = [
            crate::domain::Platform::Instagram,
            crate::domain::Platform::TikTok,
            crate::domain::Platform::YouTube,
            crate::domain::Platform::Other,
        ];
        FilterEdit::Platform(all.into_iter().find(|p| p.id() == v))
    });
    let on_flagged = props.on_filter.reform(|e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        FilterEdit::Flagged(on)
    });
    let on_clear = props.on_filter.reform(|_: MouseEvent| FilterEdit::Clear);
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

/// One creator's row, drawn again only when its own figures change (not when the window
/// of rows around it moves).
#[derive(Properties, PartialEq)]
struct CreatorRowProps {
    /// The creator (compared by identity: the same creator is not drawn again).
    creator: Shared<Creator>,
    /// Its position in the table's order (0-based).
    pos: usize,
    metrics: CreatorMetrics,
    settings: Shared<Settings>,
    selected: bool,
}

#[component]
fn CreatorRow(props: &CreatorRowProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let (n, m) = (props.pos, &props.metrics);
    let c = &*props.creator;
    let e = m
        .engagements
        .map(|e| {
            let median = e
                .median
                .map(|md| loc.tf("cell.median", &[("value", &nf.count(md))]));
            let posts = match c.source() {
                Source::PerPost { posts } => {
                    Some(loc.tf("cell.posts", &[("count", &posts.to_string())]))
                }
                Source::SingleRow => None,
            };
            html! { <>{ nf.count(e.mean) }
                if let Some(md) = median { <br/><small>{ md }</small> }
                if let Some(p) = posts { <br/><small>{ p }</small> }
            </> }
        })
        .unwrap_or_else(|| dash(&loc));
    let platform = if c.platform_label.is_empty() {
        loc.t(&format!("platform.{}", c.platform.id()))
    } else {
        c.platform_label.to_string()
    };
    html! {
        <tr class={classes!(props.selected.then_some("selected"))} aria-rowindex={(n + 2).to_string()} data-pos={n.to_string()}
            aria-current={props.selected.then_some("true")}>
            <td class="num">{ nf.ordinal(u64::from(c.line)) }</td>
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
            { for c.extras.iter().map(|v| html! { <td class="extra">{ v.to_string() }</td> }) }
        </tr>
    }
}

#[component]
pub fn CreatorsTable(props: &CreatorsTableProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let all = props.overview.creators;
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
        let onclick = props.on_sort.reform(move |_: MouseEvent| key);
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" title={loc.tf("table.sort", &[("column", &title)])} {onclick}>{ title }<span aria-hidden="true">{ arrow }</span></button>
            </th>
        }
    };
    // Only a window of rows from `first` is drawn (their figures worked out here, for them
    // alone); the rows above and below stand in as two rows of their estimated height, and
    // scrolling moves the window. Scrolling is the table's own: nothing else is drawn again.
    // The window drawn is the rows the engine sent (an older order's, until the new one's
    // come); `window` asks for another.
    let rows = props.rows.clone();
    let first = rows.first.min(total);
    let shown = rows.creators.len().min(total - first);
    let window = {
        let (on_window, last) = (props.on_window.clone(), total.saturating_sub(WINDOW));
        Callback::from(move |at: usize| on_window.emit(at.min(last)))
    };
    let settings = Shared(use_memo(props.settings.clone(), |s| s.clone()));
    let page = use_memo((rows.clone(), settings.clone()), |(rows, settings)| {
        rows.creators
            .iter()
            .map(|(_, c)| analyze_creator(c, settings))
            .collect::<Vec<_>>()
    });
    let end = first + shown;
    let wrap_ref = use_node_ref();
    let head_ref = use_node_ref();
    let body_ref = use_node_ref();
    // A row's height as measured (`None` before the first measure).
    let row_px = use_mut_ref(|| None::<f64>);
    // Where the view is to stay when the window moves.
    let anchor = use_mut_ref(|| None::<Anchor>);
    // A row (its position) to focus once it is drawn: the creator chosen on a chart.
    let focus = use_mut_ref(|| None::<usize>);
    let avg = row_px.borrow().unwrap_or(ROW_PX);
    let scale = (MAX_HEIGHT / (total as f64 * avg).max(1.0)).min(1.0);
    let onkeydown = {
        // Home and End go to the first and the last creator at once (the browser's own
        // would animate through stand-ins whose heights change on the way).
        let (wrap_ref, anchor, window) = (wrap_ref.clone(), anchor.clone(), window.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(wrap) = wrap_ref.cast::<web_sys::Element>() else {
                return;
            };
            match e.key().as_str() {
                "Home" if !e.ctrl_key() && !e.alt_key() => {
                    e.prevent_default();
                    window.emit(0);
                    wrap.set_scroll_top(0);
                }
                "End" if !e.ctrl_key() && !e.alt_key() => {
                    e.prevent_default();
                    *anchor.borrow_mut() = Some(Anchor::End);
                    window.emit(total.saturating_sub(WINDOW));
                    wrap.set_scroll_top(wrap.scroll_height());
                }
                _ => {}
            }
        })
    };
    let onscroll = {
        let (wrap_ref, head_ref, body_ref) = (wrap_ref.clone(), head_ref.clone(), body_ref.clone());
        let (row_px, anchor, window) = (row_px.clone(), anchor.clone(), window.clone());
        Callback::from(move |_: Event| {
            let Some(view) = Viewport::measure(&wrap_ref, &head_ref, &body_ref) else {
                return;
            };
            let avg = row_px.borrow().unwrap_or(ROW_PX);
            let scale = (MAX_HEIGHT / (total as f64 * avg).max(1.0)).min(1.0);
            let (at, offset) = view.row_at_top(first, end, avg * scale);
            let rows_seen = (view.height / avg).ceil() as usize;
            let near_top = first > 0 && at < first + MARGIN;
            let near_end = end < total && at + rows_seen + MARGIN > end;
            if near_top || near_end {
                *anchor.borrow_mut() = Some(if view.at_end() {
                    Anchor::End
                } else {
                    Anchor::Row(at, offset)
                });
                window.emit(at.saturating_sub(WINDOW / 4));
            }
        })
    };
    {
        // After drawing: measure the rows, put the anchored row back where it was, focus
        // the row waiting for it.
        let (wrap_ref, head_ref, body_ref) = (wrap_ref.clone(), head_ref.clone(), body_ref.clone());
        let (row_px, anchor, focus) = (row_px.clone(), anchor.clone(), focus.clone());
        use_effect_with((first, page.clone()), move |_| {
            if let Some(view) = Viewport::measure(&wrap_ref, &head_ref, &body_ref) {
                // Kept unless the rows drawn now differ much: the stand-ins (and the scroll
                // bar) then keep their size as the window moves.
                if let Some(avg) = view.row_height() {
                    let mut known = row_px.borrow_mut();
                    if known.is_none_or(|k| (avg - k).abs() > k * 0.25) {
                        *known = Some(avg);
                    }
                }
                match anchor.borrow_mut().take() {
                    Some(Anchor::Row(at, offset)) => view.put_at_top(at, offset),
                    Some(Anchor::End) => view.wrap.set_scroll_top(view.wrap.scroll_height()),
                    None => {}
                }
            }
            if let Some(pos) = focus.borrow_mut().take() {
                focus_row(pos);
            }
        });
    }
    {
        // A new order (a roster, sorted, filtered) is read from its top.
        // (The state starts the window at the top.)
        let wrap_ref = wrap_ref.clone();
        use_effect_with(props.rewind, move |_| {
            if let Some(wrap) = wrap_ref.cast::<web_sys::Element>() {
                wrap.set_scroll_top(0);
            }
        });
    }
    {
        // The creator chosen on a chart: drawn (with a few rows above it) and focused.
        let (order, window, focus) = (props.order.clone(), window.clone(), focus.clone());
        use_effect_with(props.selected, move |selected| {
            let Some(pos) = selected.and_then(|c| order.iter().position(|&i| i == c)) else {
                return;
            };
            if (first..end).contains(&pos) {
                focus_row(pos);
            } else {
                *focus.borrow_mut() = Some(pos);
                window.emit(pos.saturating_sub(WINDOW / 4));
            }
        });
    }
    let head = &props.overview.head;
    let columns = 13 + head.extra_columns.len();
    let stand_in = |rows: usize, class: &'static str| {
        (rows > 0).then(|| {
            let px = rows as f64 * avg * scale;
            html! {
                <tr class={classes!("stand-in", class)} aria-hidden="true">
                    <td colspan={columns.to_string()} style={format!("height:{px:.0}px")}></td>
                </tr>
            }
        })
    };
    html! {
        <>
        <FilterBar overview={props.overview.clone()} settings={props.settings.clone()} filter={props.filter.clone()} on_filter={props.on_filter.clone()} />
        <p class="hint table-status" role="status">{ if props.sorting { loc.t("table.updating") } else { String::new() } }</p>
        <div class="table-wrap" role="region" aria-labelledby="creators-caption" tabindex="0" ref={wrap_ref} {onscroll} {onkeydown}>
            <table class="creators" aria-rowcount={(total + 1).to_string()} aria-busy={(props.sorting || props.loading).to_string()}>
                <caption id="creators-caption">
                    { loc.t("table.caption") }
                    <span class="hint">{ loc.tf("layout.dash_aside", &[("text", &loc.tf("table.count", &[("total", &nf.count(total as f64))]))]) }</span>
                    if !props.filter.is_empty() {
                        <span class="hint">{ loc.t("layout.status_joiner") }{ loc.tfn("table.filtered", &[("matching", &nf.count(total as f64)), ("all", &nf.count(all as f64))], &[("all", all as f64)]) }</span>
                    }
                </caption>
                <thead ref={head_ref}><tr aria-rowindex="1">
                    { for SortKey::ALL.into_iter().take_while(|k| *k != SortKey::Price).map(header) }
                    <th scope="col">{ loc.t("col.benchmark") }</th>
                    { for SortKey::ALL.into_iter().skip_while(|k| *k != SortKey::Price).map(header) }
                    // Columns Tierwise does not use are kept and shown as they were.
                    { for head.extra_columns.iter().filter_map(|&j| head.columns.get(j)).map(|c| html! {
                        <th scope="col" class="extra">{ c.header.clone() }</th>
                    }) }
                </tr></thead>
                <tbody ref={body_ref}>
                { for stand_in(first, "above") }
                { for rows.creators[..shown].iter().zip(page.iter()).enumerate().map(|(k, ((i, c), m))| html! {
                    <CreatorRow key={*i} creator={c.clone()} pos={first + k} metrics={m.clone()}
                        settings={settings.clone()} selected={props.selected == Some(*i)} />
                }) }
                { for stand_in(total - end, "below") }
                </tbody>
            </table>
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
