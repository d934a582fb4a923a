//! Paste box, sample button, file picker and drop zone.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::share;
use crate::domain::sniff::{sniff, Sniffed, WorkbookKind};
use crate::ui::components::select::Select;
use crate::ui::input::{BIG_FILE, HEAD};
use crate::ui::state::{FileProblem, InputAction, InputSource, Shared, WorkbookView};
use crate::ui::workbook::{read_sheet, SheetRequest};
use crate::ui::Locale;

/// What the file picker offers: text exports and spreadsheet workbooks.
const ACCEPT: &str = ".csv,.tsv,.txt,.tab,.json,.jsonl,.ndjson,.xlsx,.xlsm,.xlsb,.xls,.ods,\
    text/csv,text/tab-separated-values,application/json,text/plain,\
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,\
    application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";

/// Pasted text above this size is read when typing pauses for `PAUSE_MS`.
const BIG_PASTE: usize = 256 * 1024;
const PAUSE_MS: u32 = 500;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub text: Shared<String>,
    /// A line to select in the paste box (line, request counter).
    pub show_line: Option<(u64, u32)>,
    pub source: InputSource,
    pub file_error: Option<FileProblem>,
    /// The workbook the roster was read from, for the sheet picker.
    pub workbook: Option<WorkbookView>,
    /// What the user does with the input.
    pub on_input: Callback<InputAction>,
}

/// Reads a file with gloo; the reader is kept alive in `slot` until it is done (dropping
/// it aborts the read). A big file's head only: when it is a text roster, the file itself
/// goes on as a blob (to the engine's worker, which reads it), not its bytes.
fn read_file(
    file: web_sys::File,
    slot: Rc<RefCell<Option<FileReader>>>,
    on_action: Callback<InputAction>,
) {
    let name = file.name();
    let blob = web_sys::Blob::from(file.clone());
    let file = gloo_file::File::from(file);
    let done_slot = slot.clone();
    let size = file.size();
    on_action.emit(InputAction::Busy {
        name: name.clone(),
        bytes: size,
    });
    let big = size > BIG_FILE;
    let part: gloo_file::Blob = if big {
        gloo_file::Blob::from(file.slice(0, HEAD))
    } else {
        gloo_file::Blob::from(file.clone())
    };
    let reader = gloo_file::callbacks::read_as_bytes(&part, move |result| {
        done_slot.borrow_mut().take();
        match result {
            Ok(bytes) => {
                let sniffed = sniff(&bytes);
                // A workbook or a saved share file is read whole on the page (the
                // workbook worker reads the sheet); so is a small file.
                if big && sniffed == Sniffed::Text && !share::looks_like_file(&bytes) {
                    on_action.emit(InputAction::LoadBlob { name, blob });
                } else if big
                    && sniffed != Sniffed::Text
                    && !matches!(sniffed, Sniffed::Workbook(_))
                {
                    // Not a roster: said from its head.
                    on_action.emit(InputAction::LoadFile { name, bytes });
                } else if big {
                    let whole = gloo_file::Blob::from(file);
                    let slot = done_slot.clone();
                    let reader = gloo_file::callbacks::read_as_bytes(&whole, move |result| {
                        slot.borrow_mut().take();
                        loaded(name, result, on_action);
                    });
                    *done_slot.borrow_mut() = Some(reader);
                } else {
                    loaded(name, Ok(bytes), on_action);
                }
            }
            Err(e) => on_action.emit(InputAction::FileError(FileProblem::Read {
                name,
                fault: read_fault(&e),
            })),
        }
    });
    *slot.borrow_mut() = Some(reader);
}

/// A file read whole: a workbook goes to the workbook worker, the rest to the state.
fn loaded(
    name: String,
    result: Result<Vec<u8>, gloo_file::FileReadError>,
    on_action: Callback<InputAction>,
) {
    match result {
        Ok(bytes) => match sniff(&bytes) {
            // A workbook is read in the workbook worker; the page stays responsive.
            Sniffed::Workbook(kind) => {
                read_workbook(name, kind, Shared::new(bytes), None, on_action)
            }
            _ => on_action.emit(InputAction::LoadFile { name, bytes }),
        },
        Err(e) => on_action.emit(InputAction::FileError(FileProblem::Read {
            name,
            fault: read_fault(&e),
        })),
    }
}

/// Reads sheet `sheet` of a workbook in the workbook worker, then hands it to the state.
fn read_workbook(
    name: String,
    kind: WorkbookKind,
    bytes: Shared<Vec<u8>>,
    sheet: Option<usize>,
    on_action: Callback<InputAction>,
) {
    let request = SheetRequest {
        bytes: bytes.to_vec(),
        kind,
        sheet,
    };
    read_sheet(request, move |result| {
        on_action.emit(match result {
            Ok(sheet) => InputAction::LoadSheet {
                name,
                kind,
                bytes,
                sheet,
            },
            Err(error) => InputAction::FileError(FileProblem::Workbook { name, error }),
        })
    });
}

/// Selects line `line` (1-based) of the paste box and scrolls it into view, so a person can
/// fix what a problem points at.
fn select_line(area: &HtmlTextAreaElement, line: u64) {
    let text = area.value();
    // Selection offsets count UTF-16 code units.
    let (mut start, mut end, mut current, mut at) = (0u32, None, 1u64, 0u32);
    for c in text.chars() {
        if c == '\n' {
            if current == line {
                end = Some(at);
                break;
            }
            current += 1;
            if current == line {
                start = at + 1;
            }
        }
        at += c.len_utf16() as u32;
    }
    if current < line {
        return;
    }
    let end = end.unwrap_or(at);
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
    let lines = text.matches('\n').count().max(1) as f64;
    let per_line = f64::from(area.scroll_height()) / lines;
    area.set_scroll_top(((line.saturating_sub(3)) as f64 * per_line) as i32);
}

#[component]
pub fn InputPanel(props: &InputPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let dragging = use_state(|| false);
    let area_ref = use_node_ref();
    {
        let area_ref = area_ref.clone();
        use_effect_with(props.show_line, move |show| {
            if let (Some((line, _)), Some(area)) = (show, area_ref.cast::<HtmlTextAreaElement>()) {
                select_line(&area, *line);
            }
        });
    }

    // A big roster is read again only when typing pauses: reading 300,000 rows on every
    // keystroke would freeze the page. Small ones update at once.
    let pending: Rc<RefCell<Option<gloo_timers::callback::Timeout>>> = use_mut_ref(|| None);
    let on_input = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            pending.borrow_mut().take();
            // A roster pasted or dropped in whole is answered at once, in view; typing is
            // not interrupted.
            // (Read as a property: a synthetic `input` that is not an InputEvent has none.)
            let kind = js_sys::Reflect::get(&e, &"inputType".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let whole = matches!(kind.as_str(), "insertFromPaste" | "insertFromDrop");
            if text.len() <= BIG_PASTE {
                cb.emit(InputAction::Paste(text));
                if whole {
                    cb.emit(InputAction::Reveal);
                }
            } else {
                cb.emit(InputAction::Edit(text));
                let cb = cb.clone();
                let timeout = gloo_timers::callback::Timeout::new(PAUSE_MS, move || {
                    cb.emit(InputAction::Analyse);
                    if whole {
                        cb.emit(InputAction::Reveal);
                    }
                });
                *pending.borrow_mut() = Some(timeout);
            }
        })
    };
    let on_analyse = {
        let cb = props.on_input.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(InputAction::Analyse);
            cb.emit(InputAction::Reveal);
        })
    };
    let on_sample = props
        .on_input
        .reform(|_: MouseEvent| InputAction::LoadSample);
    let on_clear = props.on_input.reform(|_: MouseEvent| InputAction::Clear);
    let on_file = {
        let cb = props.on_input.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, reader.clone(), cb.clone());
            }
            // Picking the same file again should read it again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let cb = props.on_input.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read_file(file, reader.clone(), cb.clone());
            }
        })
    };
    let file_note = match &props.source {
        InputSource::File { name, bytes } => Some(loc.tf(
            "layout.file_kb",
            &[
                ("name", name),
                ("size", &loc.nf.format(*bytes as f64 / 1024.0, 0)),
            ],
        )),
        _ => None,
    };

    html! {
        <section class="panel input-panel" aria-labelledby="input-heading">
            <h2 id="input-heading">{ loc.t("input.heading") }</h2>
            <label for="roster-text" class="big-label">{ loc.t("input.paste") }</label>
            <p id="paste-hint" class="hint">{ loc.t("input.paste_hint") }</p>
            <textarea ref={area_ref} id="roster-text" aria-describedby="paste-hint" rows="8" spellcheck="false" wrap="off"
                value={(*props.text).clone()} oninput={on_input} />
            <div class="actions">
                <button type="button" class="primary" onclick={on_analyse}>{ loc.t("input.analyse") }</button>
                <button type="button" onclick={on_sample}>{ loc.t("input.sample") }</button>
                <label class="file-button">
                    <span>{ loc.t("input.upload") }</span>
                    <input type="file" accept={ACCEPT}
                        onchange={on_file} />
                </label>
                <button type="button" onclick={on_clear}>{ loc.t("input.clear") }</button>
            </div>
            <div class={classes!("dropzone", (*dragging).then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                { loc.t("input.drop") }
                if let Some(note) = file_note { <p class="file-note">{ note }</p> }
            </div>
            if let Some(w) = &props.workbook {
                { sheet_picker(&loc, w, &props.on_input) }
            }
            if let Some(problem) = &props.file_error {
                <p role="alert" class="error">{ match problem {
                    FileProblem::Read { name, fault } =>
                        crate::i18n::describe_file_error(loc.lang, name, *fault),
                    FileProblem::NotARoster { name, kind } => loc.tf("input.not_a_roster",
                        &[("name", name), ("kind", &loc.t(&format!("file.{}", kind.id())))]),
                    FileProblem::Workbook { name, error } => loc.tf("input.workbook_unreadable",
                        &[("name", name), ("reason", &workbook_error(&loc, error))]),
                } }</p>
            }
        </section>
    }
}

/// Which sheet of a workbook the roster comes from, with a picker when there are several.
fn sheet_picker(loc: &Locale, w: &WorkbookView, on_action: &Callback<InputAction>) -> Html {
    let sheet = w.sheets.get(w.index).map_or("", |s| s.name.as_str());
    let count = w.sheets.len();
    let read = loc.tf(
        "input.sheet_read",
        &[
            ("sheet", sheet),
            ("name", &w.name),
            ("n", &loc.nf.count((w.index + 1) as f64)),
            ("count", &loc.nf.count(count as f64)),
        ],
    );
    let onchange = {
        let (on_action, w) = (on_action.clone(), w.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(index) = select.value().parse() {
                on_action.emit(InputAction::Busy {
                    name: w.name.clone(),
                    bytes: w.bytes.len() as u64,
                });
                read_workbook(
                    w.name.clone(),
                    w.kind,
                    w.bytes.clone(),
                    Some(index),
                    on_action.clone(),
                );
            }
        })
    };
    html! {
        <div class="sheet-picker">
            <p class="hint" role="status">
                { read }
                if w.skipped_empty { { " " }{ loc.t("input.sheet_skipped_empty") } }
            </p>
            if count > 1 {
                <label for="sheet-select">{ loc.t("input.sheet_label") }</label>
                { " " }
                <Select id="sheet-select" value={w.index.to_string()} {onchange}>
                    { for w.sheets.iter().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={i == w.index}>
                            { if s.hidden { loc.tf("input.sheet_hidden", &[("sheet", &s.name)]) } else { s.name.clone() } }
                        </option>
                    }) }
                </Select>
            }
        </div>
    }
}

/// Why the browser could not read a file (its error's text is English).
fn read_fault(e: &gloo_file::FileReadError) -> crate::i18n::FileFault {
    use crate::i18n::FileFault;
    use gloo_file::FileReadError as E;
    match e {
        E::NotFound(_) => FileFault::NotFound,
        E::Security(_) => FileFault::Denied,
        E::AbortedEarly | E::NotReadable(_) => FileFault::Unreadable,
    }
}

fn workbook_error(loc: &Locale, e: &crate::domain::spreadsheet::WorkbookError) -> String {
    use crate::domain::spreadsheet::WorkbookError;
    match e {
        WorkbookError::Unreadable(_) | WorkbookError::NoReader => {
            loc.t("errors.workbook.unreadable")
        }
        WorkbookError::NoSheets => loc.t("input.workbook_no_sheets"),
        WorkbookError::NoSuchSheet(i) => loc.tf(
            "input.workbook_no_sheet",
            &[("n", &loc.nf.count((*i + 1) as f64))],
        ),
    }
}
