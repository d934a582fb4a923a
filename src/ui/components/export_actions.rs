//! The results' export buttons: every creator's figures as CSV, JSON, or a table to paste,
//! each made by the engine when clicked (see `ui::hooks::engine` for the file or the copy).

use yew::prelude::*;

use crate::engine::ExportKind;
use crate::i18n::{Lang, NumberFormat};
use crate::ui::state::ExportNote;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct ExportActionsProps {
    /// What the last copy did.
    pub note: Option<ExportNote>,
    /// Export this, in this language and number format.
    pub on_export: Callback<(ExportKind, Lang, NumberFormat)>,
}

#[component]
pub fn ExportActions(props: &ExportActionsProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let export = |kind: ExportKind| {
        let (lang, nf) = (loc.lang, loc.nf.clone());
        props
            .on_export
            .reform(move |_: MouseEvent| (kind, lang, nf.clone()))
    };
    let note = match props.note {
        Some(ExportNote::Copied { creators }) => {
            loc.tf("export.copied", &[("rows", &loc.nf.count(creators as f64))])
        }
        Some(ExportNote::NoClipboard) => loc.t("export.no_clipboard"),
        None => String::new(),
    };
    html! {
        <div class="actions export-actions" role="group" aria-label={loc.t("export.results")}>
            <button type="button" onclick={export(ExportKind::Csv)}>{ loc.t("export.results_csv") }</button>
            <button type="button" onclick={export(ExportKind::Json)}>{ loc.t("export.results_json") }</button>
            <button type="button" onclick={export(ExportKind::Paste)}>{ loc.t("export.results_copy") }</button>
            <span role="status" class="hint">{ note }</span>
        </div>
    }
}
