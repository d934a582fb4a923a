//! The line under the input that says what was read: creators, rows and problems, the
//! missing fields, the scheme and the table's order, the input's format; or that a file
//! is being read, the kept roster is coming back, or the paste box holds edits not read.

use yew::prelude::*;

use crate::domain::view::Overview;
use crate::domain::InputFormat;
use crate::i18n::{count, field_name};
use crate::ui::state::{Shared, SortKey};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct ReadStatusProps {
    /// The roster shown.
    pub overview: Shared<Overview>,
    /// A file being read: its name and size.
    pub busy: Option<(String, u64)>,
    /// The kept roster is coming back from storage.
    pub restoring: bool,
    /// The engine is reading the roster or working out what the page shows of it.
    #[prop_or_default]
    pub reading: bool,
    /// The paste box holds edits not read yet.
    pub stale: bool,
    pub has_input: bool,
    /// The tier scheme's id.
    pub scheme: AttrValue,
    pub sort: (SortKey, bool),
}

/// A live region, so that a new roster, scheme or order is announced.
#[component]
pub fn ReadStatus(props: &ReadStatusProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let overview = &props.overview;
    let roster = &overview.head;
    let has_input = props.has_input;
    let format_text = match roster.format {
        InputFormat::Delimited { delimiter } => Some(loc.tf(
            "status.format.delimited",
            &[(
                "delimiter",
                &loc.t(match delimiter {
                    '\t' => "delimiter.tab",
                    ';' => "delimiter.semicolon",
                    '|' => "delimiter.pipe",
                    _ => "delimiter.comma",
                }),
            )],
        )),
        InputFormat::Json => Some(loc.t("status.format.json")),
        InputFormat::JsonLines => Some(loc.t("status.format.json_lines")),
        InputFormat::NotARoster { .. } => None,
        InputFormat::Empty => None,
    };
    let status = if let Some((name, bytes)) = &props.busy {
        loc.tf(
            "input.reading",
            &[(
                "name",
                &loc.tf(
                    "layout.file_kb",
                    &[
                        ("name", name),
                        ("size", &loc.nf.format(*bytes as f64 / 1024.0, 0)),
                    ],
                ),
            )],
        )
    } else if props.restoring {
        loc.t("storage.restoring")
    } else if props.stale {
        loc.t("status.stale")
    } else if has_input {
        let summary = loc.tf(
            "status.summary",
            &[
                (
                    "creators",
                    &count(loc.lang, &loc.nf, "count.creators", overview.creators),
                ),
                (
                    "rows",
                    &count(loc.lang, &loc.nf, "count.rows", roster.rows_read),
                ),
                (
                    "problems",
                    &count(loc.lang, &loc.nf, "count.problems", roster.problem_count()),
                ),
            ],
        );
        // Said in the live region too, so a change of scheme or order is announced.
        let scheme = loc.tf(
            "status.scheme",
            &[("scheme", &loc.t(&format!("scheme_short.{}", props.scheme)))],
        );
        let (key, ascending) = props.sort;
        let sorted = loc.tf(
            "status.sorted",
            &[
                ("column", &loc.t(key.title_key())),
                (
                    "direction",
                    &loc.t(if ascending {
                        "status.ascending"
                    } else {
                        "status.descending"
                    }),
                ),
            ],
        );
        let missing = roster
            .missing
            .iter()
            .map(|f| loc.tf("columns.missing", &[("field", &field_name(loc.lang, *f))]));
        std::iter::once(summary)
            .chain(missing)
            .chain(
                (!overview.is_empty())
                    .then_some([scheme, sorted])
                    .into_iter()
                    .flatten(),
            )
            .collect::<Vec<_>>()
            .join(&loc.t("layout.status_joiner"))
    } else {
        loc.t("status.empty")
    };
    html! {
        <p role="status" class="status" aria-busy={(props.busy.is_some() || props.restoring || props.reading).to_string()}>
            { status }
            if let Some(f) = format_text { <span class="hint">{ format!(" · {f}") }</span> }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadingProgressProps {
    /// The engine is reading a roster (its overview has not come yet).
    pub reading: bool,
    /// How far it has come, once it has said.
    pub progress: Option<crate::domain::ReadProgress>,
    /// The user stopped the last reading.
    pub stopped: bool,
    /// "Stop reading".
    pub on_stop: Callback<()>,
    /// The engine's worker could not start, or stopped: nothing can be read.
    #[prop_or_default]
    pub failed: bool,
}

/// While the engine reads a roster: a progress bar (bytes read, and rows) and "Stop
/// reading", both shown only once reading takes a while (see style.css), so a quick read
/// does not flash them. After a stop, what it did.
#[component]
pub fn ReadingProgress(props: &ReadingProgressProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    if props.failed {
        return html! { <p class="error" role="alert">{ loc.t("reading.engine_failed") }</p> };
    }
    if props.stopped {
        return html! { <p class="hint reading-stopped" role="status">{ loc.t("reading.stopped") }</p> };
    }
    if !props.reading {
        return Html::default();
    }
    let mb = |bytes: usize| loc.nf.format(bytes as f64 / (1024.0 * 1024.0), 1);
    let on_stop = props.on_stop.clone();
    html! {
        <div class="reading-progress">
            if let Some(p) = props.progress {
                <progress max={p.of.max(1).to_string()} value={p.done.to_string()} aria-label={loc.t("reading.label")}></progress>
                <span class="hint">{ loc.tf("reading.progress", &[
                    ("done", &mb(p.done)),
                    ("of", &mb(p.of)),
                    ("rows", &count(loc.lang, &loc.nf, "count.rows", p.rows)),
                ]) }</span>
            } else {
                <progress aria-label={loc.t("reading.label")}></progress>
            }
            <button type="button" onclick={Callback::from(move |_| on_stop.emit(()))}>{ loc.t("reading.stop") }</button>
        </div>
    }
}
