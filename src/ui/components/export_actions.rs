//! The results' export buttons: every creator's figures as CSV, JSON, or a table to paste,
//! each built when clicked.

use yew::prelude::*;

use crate::domain::{Roster, Settings};
use crate::export::{creators_json, creators_tsv, write_csv};
use crate::ui::files;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct ExportActionsProps {
    pub roster: Shared<Roster>,
    pub settings: Settings,
}

#[component]
pub fn ExportActions(props: &ExportActionsProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let note = use_state(String::new);
    let export = |kind: &'static str| {
        export_results(&props.roster, &props.settings, &loc, kind, note.setter())
    };
    html! {
        <div class="actions export-actions" role="group" aria-label={loc.t("export.results")}>
            <button type="button" onclick={export("csv")}>{ loc.t("export.results_csv") }</button>
            <button type="button" onclick={export("json")}>{ loc.t("export.results_json") }</button>
            <button type="button" onclick={export("copy")}>{ loc.t("export.results_copy") }</button>
            <span role="status" class="hint">{ (*note).clone() }</span>
        </div>
    }
}

/// The results' export buttons: every creator's figures as CSV, JSON, or a table to paste.
fn export_results(
    roster: &Shared<Roster>,
    settings: &Settings,
    loc: &Locale,
    kind: &'static str,
    note: UseStateSetter<String>,
) -> Callback<MouseEvent> {
    let roster = roster.clone();
    let settings = settings.clone();
    let loc = loc.clone();
    Callback::from(move |_| {
        let (lang, nf) = (loc.lang, &loc.nf);
        match kind {
            "csv" => {
                let mut out = Vec::new();
                let sheet = crate::export::SheetFormat::for_locale(nf);
                if write_csv(&mut out, lang, sheet, &roster, &settings, nf).is_ok() {
                    files::download(
                        "tierwise-results.csv",
                        "text/csv;charset=utf-8",
                        &String::from_utf8_lossy(&out),
                    );
                }
            }
            "json" => files::download(
                "tierwise-results.json",
                "application/json",
                &creators_json(lang, &roster, &settings, nf),
            ),
            _ => {
                let sheet = crate::export::SheetFormat::for_locale(nf);
                let text = creators_tsv(lang, sheet, &roster, &settings, nf);
                let copied = loc.tf(
                    "export.copied",
                    &[("rows", &nf.count(roster.creators.len() as f64))],
                );
                let unavailable = loc.t("export.no_clipboard");
                let note = note.clone();
                files::copy_text(&text, move |ok| {
                    note.set(if ok { copied } else { unavailable });
                });
            }
        }
    })
}
