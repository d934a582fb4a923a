//! Autosave: keeps the settings record after every change and the roster's text when it
//! changes, following the page's [`Keeping`](crate::domain::keep::Keeping) state and the rules of
//! [`crate::domain::keep`]; the writing itself is `ui::storage`'s.

use yew::prelude::*;

use crate::domain::keep::{Autosave, Step};
use crate::domain::saved::SavedState;
use crate::ui::state::{Action, ShareNotice, State};
use crate::ui::storage::{self, SaveError};

/// Says on `window.tierwiseAutosave` (`{ runs, last }`) that autosave has looked at a change
/// and what it did: `paused` (a shared view, or the kept roster still coming back), `nothing`
/// (nothing of the user's to keep), `saved` (the record kept, the roster already kept) or
/// `saved-roster` (the roster's text written too, once storage answered). Tests wait for it
/// instead of waiting a while for nothing to happen.
fn autosave_settled(last: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = wasm_bindgen::JsValue::from_str("tierwiseAutosave");
    let runs = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|v| js_sys::Reflect::get(&v, &"runs".into()).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let record = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&record, &"runs".into(), &(runs + 1.0).into());
    let _ = js_sys::Reflect::set(&record, &"last".into(), &last.into());
    let _ = js_sys::Reflect::set(&window, &key, &record);
}

/// Keeps the settings record after every change and the roster's text when it changes
/// (local storage, or IndexedDB for a big one: see storage); says why when the browser
/// refuses (the page itself keeps everything).
#[hook]
pub fn use_autosave(state: &UseReducerHandle<State>, baseline: &SavedState) -> Option<SaveError> {
    let error = use_state_eq(|| None::<SaveError>);
    // What was restored from storage is kept already; a roster from a share link is not.
    let autosave = use_mut_ref(|| {
        Autosave::new(match state.share_notice {
            Some(ShareNotice::OpenedLink) => crate::ui::input::Input::default(),
            _ => state.input.clone(),
        })
    });
    {
        let error = error.clone();
        let baseline = baseline.clone();
        use_effect_with(
            (state.saved(), state.input.clone(), state.keeping.clone()),
            move |(saved, input, keeping)| {
                let json = saved.to_json();
                let nothing = input.is_empty() && *saved == baseline;
                let step = autosave
                    .borrow_mut()
                    .step(keeping, json.clone(), input, nothing);
                let (record, roster) = match step {
                    // A shared link is shown (the user's own work stays as it was kept), or
                    // the kept roster is still coming back.
                    Step::Paused => return autosave_settled("paused"),
                    Step::Nothing { clear } => {
                        if clear {
                            storage::clear(false);
                        }
                        error.set(None);
                        return autosave_settled("nothing");
                    }
                    Step::Save { record, roster } => (record, roster),
                };
                let mut problem = None;
                if record.is_some() {
                    match storage::save_state(saved) {
                        Ok(()) => autosave.borrow_mut().record_written(json),
                        Err(e) => problem = Some(e),
                    }
                }
                if let Some(n) = roster {
                    let (error, autosave, input) = (error.clone(), autosave.clone(), input.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = storage::save_input(&input).await;
                        // Saves of the roster finish later; only the newest one's outcome
                        // is shown.
                        if autosave.borrow().is_newest(n) {
                            error.set(problem.or(result.err()));
                        }
                        autosave_settled("saved-roster");
                    });
                    return;
                }
                if let Some(old) = (*error).clone() {
                    // A roster refused earlier stays refused until it changes.
                    if matches!(old, SaveError::Refused { chars } if chars > 0) {
                        problem = problem.or(Some(old));
                    }
                }
                error.set(problem);
                autosave_settled("saved");
            },
        );
    }
    (*error).clone()
}

/// Reads the kept roster back from IndexedDB; it is shown unless the user has put another
/// roster on screen meanwhile.
pub fn restore_from_idb(on_action: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        match storage::load_big().await {
            Some(text) => on_action.emit(Action::RestoreKept(text)),
            None => on_action.emit(Action::RestoreFailed),
        }
        // Said for tests: the kept roster's answer has been handled (shown, or not when the
        // user put another roster on screen meanwhile).
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(&window, &"tierwiseRestored".into(), &true.into());
        }
    });
}

/// A big kept roster comes back from IndexedDB after the first render.
#[hook]
pub fn use_restore_kept(state: &UseReducerHandle<State>) {
    let (restoring, dispatch) = (state.keeping.restoring().is_some(), state.dispatcher());
    use_effect_with((), move |_| {
        if restoring {
            restore_from_idb(Callback::from(move |a| dispatch.dispatch(a)));
        }
    });
}
