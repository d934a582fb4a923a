//! The pictures: SVG drawn by the app from the numbers of `domain::chart`, no chart
//! library. Each chart sits in a [`ChartFrame`]: a title, the finding in a sentence (also the
//! picture's accessible name), its data as a table one click away, and SVG and PNG
//! downloads (static/chart-export.js writes the page's colours into the file).
//!
//! Charts are drawn in CSS pixels at the width of their box, so text stays readable from a
//! phone to a wide screen; right to left, the horizontal axis runs from the right.

pub mod plan;
pub mod scatter;
pub mod tiers;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::Locale;

/// The width of a chart's box, in CSS pixels: measured after the first drawing and again
/// whenever the window is resized.
#[hook]
pub fn use_box_width(node: NodeRef) -> f64 {
    let width = use_state_eq(|| 640.0f64);
    let measure = {
        let (node, width) = (node.clone(), width.clone());
        move || {
            if let Some(el) = node.cast::<web_sys::Element>() {
                let w = f64::from(el.client_width());
                if w > 0.0 {
                    width.set(w.round());
                }
            }
        }
    };
    {
        // After every drawing: the box may have appeared or changed.
        let measure = measure.clone();
        use_effect(measure);
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(measure);
            let _ =
                window.add_event_listener_with_callback("resize", closure.as_ref().unchecked_ref());
            (window, closure)
        });
        move || {
            if let Some((window, closure)) = listener {
                let _ = window.remove_event_listener_with_callback(
                    "resize",
                    closure.as_ref().unchecked_ref(),
                );
            }
        }
    });
    *width
}

/// Where `x` (0 at the axis' start, `w` at its end) is drawn: mirrored right to left.
pub fn along(x: f64, w: f64, rtl: bool) -> f64 {
    if rtl {
        w - x
    } else {
        x
    }
}

/// The text-anchor of a label at the start (`true`) or end of a row, by direction.
pub fn anchor(start: bool, rtl: bool) -> &'static str {
    if start != rtl {
        "start"
    } else {
        "end"
    }
}

/// Rounded for an SVG attribute (a tenth of a pixel is plenty).
pub fn px(v: f64) -> String {
    format!("{:.1}", v)
}

/// Saves the `<svg>` inside `holder` as a file of its own (static/chart-export.js).
fn save_chart(holder: &NodeRef, name: &str, kind: &str) {
    let Some(svg) = holder
        .cast::<web_sys::Element>()
        .and_then(|e| e.query_selector("svg").ok().flatten())
    else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&window, &"tierwiseSaveChart".into()) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call3(&window, &svg, &name.into(), &kind.into());
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// The element id, and the downloaded file's name (`tierwise-<id>.svg`).
    pub id: AttrValue,
    pub title: AttrValue,
    /// What the picture shows, in a sentence.
    pub finding: AttrValue,
    /// The drawing (the `<svg>`, role="img", named by the finding).
    pub children: Html,
    #[prop_or_default]
    pub legend: Html,
    /// Lines under the picture (what is left out, how to use the keyboard…).
    #[prop_or_default]
    pub notes: Html,
    /// The data as a table, shown on request.
    pub table: Html,
}

/// A chart with its title, finding, legend, data table and downloads.
#[component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let open = use_state(|| false);
    let holder = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let save = |kind: &'static str| {
        let (holder, name) = (holder.clone(), format!("tierwise-{}", props.id));
        Callback::from(move |_: MouseEvent| save_chart(&holder, &name, kind))
    };
    let title_id = format!("{}-title", props.id);
    let table_id = format!("{}-data", props.id);
    html! {
        <figure class="chart" id={props.id.clone()} aria-labelledby={title_id.clone()}>
            <figcaption>
                <h3 id={title_id.clone()}>{ props.title.clone() }</h3>
                <p class="finding">{ props.finding.clone() }</p>
            </figcaption>
            <div class="chart-box" ref={holder.clone()}>
                { props.children.clone() }
            </div>
            { props.legend.clone() }
            { props.notes.clone() }
            <div class="actions chart-actions" role="group" aria-labelledby={title_id.clone()}>
                <button type="button" aria-expanded={open.to_string()} aria-controls={table_id.clone()} onclick={toggle}>
                    { loc.t(if *open { "chart.hide_data" } else { "chart.show_data" }) }
                </button>
                <button type="button" onclick={save("svg")}>{ loc.t("chart.download_svg") }</button>
                <button type="button" onclick={save("png")}>{ loc.t("chart.download_png") }</button>
            </div>
            // Scrolls inside itself when wide: reachable by keyboard, named by the chart.
            <div class="chart-data scroll-x" id={table_id} hidden={!*open}
                role="region" aria-labelledby={title_id.clone()} tabindex={open.then_some("0")}>
                if *open { { props.table.clone() } }
            </div>
        </figure>
    }
}

/// One row of a [`range_bars`] chart: a label, the expected figure as a bar, the
/// pessimistic-optimistic range as a whisker.
pub struct RangeRow {
    pub label: String,
    pub low: f64,
    pub expected: f64,
    pub high: f64,
    /// Drawn as the chosen one.
    pub chosen: bool,
}

/// Horizontal bars with whiskers, the scale shared by every row.
pub fn range_bars(loc: &Locale, rows: &[RangeRow], width: f64, name: &str) -> Html {
    let rtl = loc.lang.dir() == "rtl";
    let (label_w, value_w, row_h, top) = ((width * 0.34).clamp(90.0, 190.0), 70.0, 34.0, 8.0);
    let plot_w = (width - label_w - value_w).max(60.0);
    let height = top * 2.0 + row_h * rows.len() as f64;
    let top_value = crate::domain::chart::nice_ceiling(
        rows.iter()
            .map(|r| r.high.max(r.expected))
            .fold(0.0, f64::max),
    );
    let x = |v: f64| along(label_w + v / top_value * plot_w, width, rtl);
    html! {
        <svg class="range-bars" role="img" aria-label={name.to_string()} width={px(width)} height={px(height)}
            viewBox={format!("0 0 {} {}", px(width), px(height))}>
            <line class="axis" x1={px(x(0.0))} x2={px(x(0.0))} y1={px(top)} y2={px(height - top)} />
            { for rows.iter().enumerate().map(|(i, r)| {
                let y = top + row_h * i as f64;
                let mid = y + row_h / 2.0;
                let (x0, xe) = (x(0.0), x(r.expected));
                html! {
                    <g class={classes!("range-row", r.chosen.then_some("chosen"))}
                        data-expected={r.expected.to_string()} data-low={r.low.to_string()} data-high={r.high.to_string()}>
                        <text class="label" x={px(along(label_w - 6.0, width, rtl))} y={px(mid)} text-anchor={anchor(false, rtl)} dominant-baseline="middle">{ r.label.clone() }</text>
                        <rect class="bar" x={px(x0.min(xe))} y={px(y + 8.0)} width={px((xe - x0).abs())} height={px(row_h - 16.0)} />
                        <line class="whisker" x1={px(x(r.low))} x2={px(x(r.high))} y1={px(mid)} y2={px(mid)} />
                        <line class="whisker" x1={px(x(r.low))} x2={px(x(r.low))} y1={px(mid - 6.0)} y2={px(mid + 6.0)} />
                        <line class="whisker" x1={px(x(r.high))} x2={px(x(r.high))} y1={px(mid - 6.0)} y2={px(mid + 6.0)} />
                        <text class="value" x={px(along(label_w + plot_w + 6.0, width, rtl))} y={px(mid)} text-anchor={anchor(true, rtl)} dominant-baseline="middle">{ loc.nf.compact_short(r.expected.round()) }</text>
                    </g>
                }
            }) }
        </svg>
    }
}
