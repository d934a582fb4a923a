//! Paste box, sample button, file picker and drop zone.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ui::state::{Action, InputSource, Shared};
use crate::ui::Locale;

/// Pasted text above this size is read when typing pauses for `PAUSE_MS`.
const BIG_PASTE: usize = 256 * 1024;
const PAUSE_MS: u32 = 500;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub text: Shared<String>,
    /// A line to select in the paste box (line, request counter).
    pub show_line: Option<(u64, u32)>,
    pub source: InputSource,
    pub file_error: Option<String>,
    pub on_action: Callback<Action>,
}

/// Reads a file with gloo; the reader is kept alive in `slot` until it is done (dropping
/// it aborts the read).
fn read_file(
    file: web_sys::File,
    slot: Rc<RefCell<Option<FileReader>>>,
    on_action: Callback<Action>,
) {
    let name = file.name();
    let file = gloo_file::File::from(file);
    let done_slot = slot.clone();
    let size = file.size();
    on_action.emit(Action::Busy {
        name: name.clone(),
        bytes: size,
    });
    let reader = gloo_file::callbacks::read_as_bytes(&file, move |result| {
        match result {
            Ok(bytes) => {
                // Reading a big roster takes the main thread for a while: let the page
                // show "Reading…" first.
                gloo_timers::callback::Timeout::new(20, move || {
                    on_action.emit(Action::LoadFile { name, bytes })
                })
                .forget();
            }
            Err(e) => on_action.emit(Action::FileError(format!("{name}: {e}"))),
        }
        done_slot.borrow_mut().take();
    });
    *slot.borrow_mut() = Some(reader);
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
        let cb = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            pending.borrow_mut().take();
            if text.len() <= BIG_PASTE {
                cb.emit(Action::Paste(text));
            } else {
                cb.emit(Action::Edit(text));
                let cb = cb.clone();
                let timeout =
                    gloo_timers::callback::Timeout::new(PAUSE_MS, move || cb.emit(Action::Analyse));
                *pending.borrow_mut() = Some(timeout);
            }
        })
    };
    let on_analyse = props.on_action.reform(|_: MouseEvent| Action::Analyse);
    let on_sample = props.on_action.reform(|_: MouseEvent| Action::LoadSample);
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::Clear);
    let on_file = {
        let cb = props.on_action.clone();
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
        let cb = props.on_action.clone();
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
        InputSource::File { name, bytes } => Some(format!(
            "{} ({} KB)",
            name,
            loc.nf.format(*bytes as f64 / 1024.0, 0)
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
                    <input type="file" accept=".csv,.tsv,.txt,.json,.jsonl,text/csv,text/tab-separated-values,application/json,text/plain"
                        onchange={on_file} />
                </label>
                <button type="button" onclick={on_clear}>{ loc.t("input.clear") }</button>
            </div>
            <div class={classes!("dropzone", (*dragging).then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                { loc.t("input.drop") }
                if let Some(note) = file_note { <p class="file-note">{ note }</p> }
            </div>
            if let Some(err) = &props.file_error {
                <p role="alert" class="error">{ err.clone() }</p>
            }
        </section>
    }
}
