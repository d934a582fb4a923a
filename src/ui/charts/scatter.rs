//! Engagement rate against followers: one point per creator on a log follower axis,
//! coloured by platform, each tier's benchmark band behind, flagged creators ringed. Hover or
//! the arrow keys show a creator's figures; a click or Enter shows its row in the table.
//! Past `MAX_POINTS` creators the chart draws a density and the flagged creators only.

use yew::prelude::*;

use crate::domain::chart::{Point, Scatter, BIN_COLS, BIN_ROWS};
use crate::domain::view::Overview;
use crate::domain::Segment;
use crate::i18n::{count, tier_name};
use crate::ui::charts::{along, anchor, px, use_box_width, ChartFrame};
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct ScatterProps {
    /// The roster shown: its scatter ([`crate::domain::chart::scatter`]) is drawn.
    pub overview: Shared<Overview>,
    /// The creator selected in the table.
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

/// The plot's margins: room for the rate labels at the start, the follower labels below.
/// How many shades the density is drawn in.
const DENSITY_SHADES: usize = 12;
const MARGIN: (f64, f64, f64, f64) = (12.0, 30.0, 40.0, 52.0); // top, end, bottom, start

fn platform_name(loc: &Locale, sc: &Scatter, k: usize, p: &Point) -> String {
    match sc.labels.get(k) {
        Some(l) if !l.platform_label.is_empty() => l.platform_label.to_string(),
        _ => loc.t(&format!("platform.{}", p.platform.id())),
    }
}

/// The handle of point `k`.
fn handle(sc: &Scatter, k: usize) -> &str {
    sc.labels.get(k).map_or("", |l| l.handle.as_str())
}

/// A creator's figures in a line: what hover, focus and the live region say.
fn describe_point(loc: &Locale, sc: &Scatter, k: usize, p: &Point) -> String {
    let nf = &loc.nf;
    let mut line = loc.tf(
        "chart.scatter.point",
        &[
            ("handle", handle(sc, k)),
            ("platform", &platform_name(loc, sc, k, p)),
            ("followers", &nf.count(p.followers)),
            ("er", &nf.percent(p.er)),
            ("tier", &tier_name(loc.lang, p.tier)),
        ],
    );
    let bench = sc.bands.iter().find(|b| {
        b.platform == p.platform
            && p.followers >= b.segment.min
            && b.segment.max.is_none_or(|m| p.followers < m)
    });
    if let (Some(b), Some(cmp)) = (bench, p.comparison) {
        line.push_str(&loc.tf(
            "chart.scatter.point_bench",
            &[
                ("band", &band_text(loc, b.low_pct, b.high_pct)),
                ("comparison", &crate::i18n::comparison_name(loc.lang, cmp)),
            ],
        ));
    }
    if p.flagged {
        line.push_str(&loc.t("chart.scatter.point_flagged"));
    }
    line
}

fn band_text(loc: &Locale, low: f64, high: f64) -> String {
    if low == high {
        loc.nf.percent_with(low, 2)
    } else {
        format!("{}–{}", loc.nf.format(low, 2), loc.nf.percent_with(high, 2))
    }
}

pub fn finding(loc: &Locale, sc: &Scatter) -> String {
    let nf = &loc.nf;
    if sc.plotted == 0 {
        return loc.t("chart.scatter.empty");
    }
    let trend = match (sc.tier_medians.first(), sc.tier_medians.last()) {
        (Some(a), Some(b)) if a.tier != b.tier => loc.tf(
            "chart.scatter.trend",
            &[
                ("from", &nf.percent(a.median_er)),
                ("tier_from", &tier_name(loc.lang, Some(a.tier))),
                ("to", &nf.percent(b.median_er)),
                ("tier_to", &tier_name(loc.lang, Some(b.tier))),
            ],
        ),
        _ => loc.tf(
            "chart.scatter.median",
            &[("er", &nf.percent(sc.median_er.unwrap_or(0.0)))],
        ),
    };
    let compared = sc.below + sc.within + sc.above;
    let against = if compared == 0 {
        loc.t("chart.scatter.no_bench")
    } else {
        loc.tfn(
            "chart.scatter.against",
            &[
                ("below", &nf.count(sc.below as f64)),
                ("above", &nf.count(sc.above as f64)),
                ("total", &nf.count(compared as f64)),
            ],
            &[("total", compared as f64)],
        )
    };
    loc.tf(
        "chart.sentences",
        &[("first", &trend), ("second", &against)],
    )
}

#[component]
pub fn ScatterChart(props: &ScatterProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let nf = &loc.nf;
    let rtl = loc.lang.dir() == "rtl";
    let overview = props.overview.clone();
    let sc = &overview.scatter;
    let box_ref = use_node_ref();
    let width = use_box_width(box_ref.clone()).clamp(300.0, 900.0);
    let height = (width * 0.5).clamp(240.0, 400.0);
    // The creator under the pointer or the keyboard: an index into the points.
    let current = use_state_eq(|| None::<usize>);
    let (top, end, bottom, start) = MARGIN;
    let plot_w = width - start - end;
    let plot_h = height - top - bottom;
    let xf = |f: f64| along(start + sc.x(f) * plot_w, width, rtl);
    let yf = |e: f64| top + (1.0 - sc.y(e)) * plot_h;
    let (lo, hi) = sc.decades;

    let point_at = |e: &web_sys::Event| -> Option<usize> {
        let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
        el.get_attribute("data-i")?.parse().ok()
    };
    use wasm_bindgen::JsCast;
    let on_move = {
        let current = current.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = point_at(&e) {
                current.set(Some(i));
            }
        })
    };
    let on_click = {
        let (sc, on_select, current) = (sc.clone(), props.on_select.clone(), current.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = point_at(&e) {
                current.set(Some(i));
                if let Some(p) = sc.points.get(i) {
                    on_select.emit(p.creator);
                }
            }
        })
    };
    let on_key = {
        let (sc, on_select, current) = (sc.clone(), props.on_select.clone(), current.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = sc.points.len();
            if n == 0 {
                return;
            }
            let (forward, back) = if rtl {
                ("ArrowLeft", "ArrowRight")
            } else {
                ("ArrowRight", "ArrowLeft")
            };
            let key = e.key();
            let next = match (key.as_str(), *current) {
                (k, None) if k == forward || k == "ArrowUp" || k == "Home" => Some(0),
                (k, None) if k == back || k == "ArrowDown" || k == "End" => Some(n - 1),
                (k, Some(i)) if k == forward || k == "ArrowUp" => Some((i + 1).min(n - 1)),
                (k, Some(i)) if k == back || k == "ArrowDown" => Some(i.saturating_sub(1)),
                ("Home", _) => Some(0),
                ("End", _) => Some(n - 1),
                ("Enter" | " ", Some(i)) => {
                    e.prevent_default();
                    if let Some(p) = sc.points.get(i) {
                        on_select.emit(p.creator);
                    }
                    return;
                }
                ("Escape", _) => {
                    current.set(None);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            current.set(next);
        })
    };
    let on_leave = {
        let current = current.clone();
        Callback::from(move |_: FocusEvent| current.set(None))
    };

    let title = loc.t("chart.scatter.title");
    let finding = finding(&loc, sc);
    let name = loc.tf("chart.named", &[("title", &title), ("finding", &finding)]);
    let detail = current.and_then(|i| sc.points.get(i).map(|p| describe_point(&loc, sc, i, p)));

    let top_decade = 10f64.powi(hi);
    let bands = sc.bands.iter().map(|b| {
        let Segment { min, max } = b.segment;
        let (x0, x1) = (xf(min.max(10f64.powi(lo))), xf(max.unwrap_or(top_decade).min(top_decade)));
        if (x1 - x0).abs() < 0.5 {
            return html! {};
        }
        let (y0, y1) = (yf(b.high_pct), yf(b.low_pct));
        let class = classes!("band", format!("pf-{}", b.platform.id()), (b.low_pct == b.high_pct).then_some("single"));
        html! {
            <rect {class} x={px(x0.min(x1))} y={px(y0 - if b.low_pct == b.high_pct { 1.0 } else { 0.0 })}
                width={px((x1 - x0).abs())} height={px((y1 - y0).max(2.0))}
                data-platform={b.platform.id()} data-min={min.to_string()}
                data-max={max.map(|m| m.to_string()).unwrap_or_default()}
                data-low={b.low_pct.to_string()} data-high={b.high_pct.to_string()} />
        }
    });
    let grid_y = sc.er_ticks.iter().map(|&t| {
        let y = yf(t);
        let decimals = if t.fract() == 0.0 { 0 } else if (t * 10.0).fract() == 0.0 { 1 } else { 2 };
        html! {
            <g class="tick">
                <line class="grid" x1={px(along(start, width, rtl))} x2={px(along(start + plot_w, width, rtl))} y1={px(y)} y2={px(y)} />
                <text x={px(along(start - 6.0, width, rtl))} y={px(y)} text-anchor={anchor(false, rtl)} dominant-baseline="middle">{ nf.percent_with(t, decimals) }</text>
            </g>
        }
    });
    let grid_x = (lo..=hi).map(|d| {
        let f = 10f64.powi(d);
        let x = xf(f);
        html! {
            <g class="tick">
                <line class="grid" x1={px(x)} x2={px(x)} y1={px(top)} y2={px(top + plot_h)} />
                <text x={px(x)} y={px(top + plot_h + 16.0)} text-anchor="middle">{ nf.compact_short(f) }</text>
            </g>
        }
    });
    // One path a shade (not a rectangle a cell: up to 2,560 of them, which took the page
    // hundreds of milliseconds to build and lay out for a big roster).
    let density = sc.density.as_ref().map(|d| {
        use std::fmt::Write;
        let (cw, ch) = (plot_w / BIN_COLS as f64, plot_h / BIN_ROWS as f64);
        html! {
            <g class="density">
                { for d.shades(DENSITY_SHADES).into_iter().map(|(opacity, cells)| {
                    let mut path = String::with_capacity(cells.len() * 28);
                    for (col, row) in cells {
                        let x = along(start + col as f64 * cw, width, rtl) - if rtl { cw } else { 0.0 };
                        let y = top + plot_h - (row + 1) as f64 * ch;
                        let _ = write!(path, "M{} {}h{}v{}h-{}z", px(x), px(y), px(cw + 0.3), px(ch + 0.3), px(cw + 0.3));
                    }
                    html! { <path class="bin" d={path} fill-opacity={format!("{opacity:.3}")} /> }
                }) }
            </g>
        }
    });
    let points = sc.points.iter().enumerate().map(|(i, p)| {
        let clipped = p.er > sc.er_max;
        let class = classes!(
            "pt",
            format!("pf-{}", p.platform.id()),
            p.flagged.then_some("flagged"),
            clipped.then_some("clipped"),
            (*current == Some(i)).then_some("current"),
            (props.selected == Some(p.creator)).then_some("selected"),
        );
        html! {
            <circle {class} cx={px(xf(p.followers))} cy={px(yf(p.er))} r={if p.flagged { "5" } else { "3.5" }}
                data-i={i.to_string()} data-creator={p.creator.to_string()}
                data-followers={p.followers.to_string()} data-er={p.er.to_string()} />
        }
    });
    let cross = current.and_then(|i| sc.points.get(i).map(|p| (i, p))).map(|(i, p)| {
        let (x, y) = (xf(p.followers), yf(p.er));
        // A label beside the point (the line under the chart says everything).
        let tip = loc.tf(
            "chart.scatter.tip",
            &[
                ("handle", handle(sc, i)),
                ("followers", &nf.compact_short(p.followers)),
                ("er", &nf.percent(p.er)),
            ],
        );
        let (tw, th) = (tip.chars().count() as f64 * 6.8 + 14.0, 22.0);
        let tx = if x + 12.0 + tw > width - 2.0 { (x - 12.0 - tw).max(2.0) } else { x + 12.0 };
        let ty = if y - th - 8.0 < 2.0 { y + 10.0 } else { y - th - 8.0 };
        html! {
            <g class="crosshair" aria-hidden="true">
                <line x1={px(x)} x2={px(x)} y1={px(top)} y2={px(top + plot_h)} />
                <line x1={px(along(start, width, rtl))} x2={px(along(start + plot_w, width, rtl))} y1={px(y)} y2={px(y)} />
                <circle class="ring" cx={px(x)} cy={px(y)} r="9" />
                <g class="tip">
                    <rect x={px(tx)} y={px(ty)} width={px(tw)} height={px(th)} rx="4" />
                    <text x={px(tx + 7.0)} y={px(ty + th / 2.0)} dominant-baseline="middle">{ tip }</text>
                </g>
            </g>
        }
    });

    let legend = html! {
        <ul class="legend">
            { for sc.platforms.iter().map(|(p, n)| html! {
                <li><span class={classes!("swatch", "dot", format!("pf-{}", p.id()))} aria-hidden="true"></span>
                    { loc.tf("chart.scatter.legend_platform", &[("platform", &loc.t(&format!("platform.{}", p.id()))), ("creators", &count(loc.lang, nf, "count.creators", *n))]) }</li>
            }) }
            if !sc.bands.is_empty() {
                <li><span class="swatch band-swatch" aria-hidden="true"></span>{ loc.t("chart.scatter.legend_band") }</li>
            }
            if sc.points.iter().any(|p| p.flagged) {
                <li><span class="swatch dot flagged-swatch" aria-hidden="true"></span>{ loc.t("chart.scatter.legend_flagged") }</li>
            }
            if sc.density.is_some() {
                <li><span class="swatch bin-swatch" aria-hidden="true"></span>{ loc.t("chart.scatter.legend_density") }</li>
            }
        </ul>
    };
    let notes = html! {
        <div class="chart-notes">
            <p class="chart-detail" aria-live="polite">{ detail.clone().unwrap_or_else(|| loc.t(if sc.points.is_empty() { "chart.scatter.no_points" } else { "chart.scatter.keys" })) }</p>
            if sc.density.is_some() {
                <p class="hint">{ loc.tf("chart.scatter.binned", &[("plotted", &nf.count(sc.plotted as f64)), ("marked", &nf.count(sc.points.len() as f64))]) }</p>
            }
            if sc.above_top > 0 {
                <p class="hint">{ loc.tfn("chart.scatter.above_top", &[("n", &nf.count(sc.above_top as f64)), ("top", &nf.percent_with(sc.er_max, 0))], &[("n", sc.above_top as f64)]) }</p>
            }
            if sc.left_out > 0 {
                <p class="hint">{ loc.tfn("chart.scatter.left_out", &[("n", &nf.count(sc.left_out as f64))], &[("n", sc.left_out as f64)]) }</p>
            }
        </div>
    };
    let table = html! {
        <>
            <table class="chart-table">
                <caption>{ loc.t("chart.scatter.bands_caption") }</caption>
                <thead><tr>
                    <th scope="col">{ loc.t("col.platform") }</th>
                    <th scope="col">{ loc.t("col.followers") }</th>
                    <th scope="col">{ loc.t("chart.low") }</th>
                    <th scope="col">{ loc.t("chart.high") }</th>
                    <th scope="col">{ loc.t("chart.source") }</th>
                </tr></thead>
                <tbody>
                { for sc.bands.iter().map(|b| {
                    let range = match b.segment {
                        Segment { min, max: Some(max) } => format!("{}–{}", nf.count(min), nf.count(max - 1.0)),
                        Segment { min, max: None } => format!("≥ {}", nf.count(min)),
                    };
                    html! { <tr>
                        <th scope="row">{ loc.t(&format!("platform.{}", b.platform.id())) }</th>
                        <td class="num">{ range }</td>
                        <td class="num">{ nf.percent(b.low_pct) }</td>
                        <td class="num">{ nf.percent(b.high_pct) }</td>
                        <td>{ crate::i18n::benchmark_source(loc.lang, &loc.nf, b.source) }</td>
                    </tr> }
                }) }
                </tbody>
            </table>
            <table class="chart-table">
                <caption>{ loc.t("chart.scatter.points_caption") }</caption>
                <thead><tr>
                    <th scope="col">{ loc.t("col.handle") }</th>
                    <th scope="col">{ loc.t("col.platform") }</th>
                    <th scope="col">{ loc.t("col.followers") }</th>
                    <th scope="col">{ loc.t("col.tier") }</th>
                    <th scope="col">{ loc.t("col.er") }</th>
                    <th scope="col">{ loc.t("col.benchmark") }</th>
                </tr></thead>
                <tbody>
                { for sc.points.iter().enumerate().map(|(k, p)| html! { <tr>
                    <th scope="row">{ handle(sc, k) }</th>
                    <td>{ platform_name(&loc, sc, k, p) }</td>
                    <td class="num">{ nf.count(p.followers) }</td>
                    <td>{ tier_name(loc.lang, p.tier) }</td>
                    <td class="num">{ nf.percent(p.er) }</td>
                    <td>{ p.comparison.map(|c| crate::i18n::comparison_name(loc.lang, c)).unwrap_or_else(|| "–".into()) }{ if p.flagged { loc.t("chart.scatter.point_flagged") } else { String::new() } }</td>
                </tr> }) }
                </tbody>
            </table>
        </>
    };
    html! {
        <ChartFrame id="chart-engagement" title={title} finding={finding} {legend} {notes} {table}>
            <div class="chart-measure" ref={box_ref}>
                <svg class="scatter" role="img" aria-label={name} tabindex="0" width={px(width)} height={px(height)}
                    viewBox={format!("0 0 {} {}", px(width), px(height))}
                    onmousemove={on_move} onclick={on_click} onkeydown={on_key} onblur={on_leave}
                    data-points={sc.points.len().to_string()} data-plotted={sc.plotted.to_string()}
                    data-er-max={sc.er_max.to_string()} data-decades={format!("{lo} {hi}")}>
                    <rect class="plot-bg" x={px(if rtl { end } else { start })} y={px(top)} width={px(plot_w)} height={px(plot_h)} />
                    <g class="bands">{ for bands }</g>
                    <g class="grid-y">{ for grid_y }</g>
                    <g class="grid-x">{ for grid_x }</g>
                    { density.unwrap_or_default() }
                    <g class="points">{ for points }</g>
                    { cross.unwrap_or_default() }
                    <text class="axis-title" x={px(along(start + plot_w / 2.0, width, rtl))} y={px(height - 6.0)} text-anchor="middle">{ loc.t("chart.scatter.x") }</text>
                </svg>
            </div>
        </ChartFrame>
    }
}
