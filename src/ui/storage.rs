//! Autosave in the browser: the settings record in local storage (`tierwise:state`) on every
//! change; the roster's text when it changes, in local storage (`tierwise:input`) while it
//! fits, else in IndexedDB (database `tierwise`, store `kept`, key `input`), which holds
//! hundreds of megabytes. `tierwise:input-in` = `indexeddb` says where it is. Nothing
//! leaves the machine.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::saved::SavedState;
use crate::ui::input::{Input, Kept};

const STATE_KEY: &str = "tierwise:state";
const INPUT_KEY: &str = "tierwise:input";
const WHERE_KEY: &str = "tierwise:input-in";
const IN_IDB: &str = "indexeddb";
const DB: &str = "tierwise";
const STORE: &str = "kept";
const RECORD: &str = "input";

/// Local storage holds about 5 million characters per site: a roster above this goes
/// straight to IndexedDB.
pub const LOCAL_MAX: usize = 2_000_000;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language the user picked (a code such as `pl`), kept apart from the settings
/// record: a share link carries settings, never its sender's language.
const LANG_KEY: &str = "tierwise.lang";

/// The language the user picked, if any.
pub fn load_lang() -> Option<String> {
    storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten())
}

/// Keeps the user's pick of language.
pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// Where the kept roster's text is.
#[derive(Clone, Debug, PartialEq)]
pub enum KeptRoster {
    Text(String),
    /// In IndexedDB: [`load_big`] reads it.
    InIndexedDb,
}

/// What was kept: the settings record and the roster, if any.
pub fn load() -> Option<(SavedState, KeptRoster)> {
    let s = storage()?;
    let state = SavedState::from_json(&s.get_item(STATE_KEY).ok().flatten()?)?;
    if s.get_item(WHERE_KEY).ok().flatten().as_deref() == Some(IN_IDB) {
        return Some((state, KeptRoster::InIndexedDb));
    }
    let text = s.get_item(INPUT_KEY).ok().flatten().unwrap_or_default();
    Some((state, KeptRoster::Text(text)))
}

/// Why something could not be kept.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// No local storage (disabled, or a private window that refuses it).
    Unavailable,
    /// The browser refused (its quota): the roster of this many characters is not kept.
    Refused { chars: usize },
}

pub fn save_state(state: &SavedState) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    s.set_item(STATE_KEY, &state.to_json())
        .map_err(|_| SaveError::Refused { chars: 0 })
}

/// Keeps the roster's input: its text in local storage when small enough and accepted,
/// else its bytes as they are in IndexedDB (a big file is neither decoded nor copied on the
/// page: its blob goes to the database as it is, and the browser copies the file). Only one
/// copy is ever kept, so an older roster never sits beside newer settings.
pub async fn save_input(input: &Input) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    let was_big = s.get_item(WHERE_KEY).ok().flatten().as_deref() == Some(IN_IDB);
    let small = match input {
        Input::Bytes(b) if b.len() <= LOCAL_MAX => Some(b),
        _ => None,
    };
    if let Some(bytes) = small {
        let text = crate::domain::decode_text(bytes);
        if text.len() <= LOCAL_MAX && s.set_item(INPUT_KEY, &text).is_ok() {
            if was_big {
                let _ = s.remove_item(WHERE_KEY);
                delete_big().await;
            }
            return Ok(());
        }
    }
    let _ = s.remove_item(INPUT_KEY);
    // Marked before writing: a crash halfway leaves "in IndexedDB" and an old or no record,
    // never a stale roster in local storage.
    let _ = s.set_item(WHERE_KEY, IN_IDB);
    match put_big(input).await {
        Ok(()) => Ok(()),
        Err(_) => {
            let _ = s.remove_item(WHERE_KEY);
            delete_big().await;
            // Said in characters, as for local storage; a blob's bytes are not read back to
            // count them (its size stands in).
            let chars = match input {
                Input::Bytes(b) => crate::domain::decode_text(b).chars().count(),
                Input::Blob(b) => b.size() as usize,
            };
            Err(SaveError::Refused { chars })
        }
    }
}

/// Removes everything kept. IndexedDB is opened only when it may hold a roster (or for
/// "Clear my data", `thorough`), so a visitor who keeps nothing gets no database.
pub fn clear(thorough: bool) {
    let mut big = thorough;
    if let Some(s) = storage() {
        big |= s.get_item(WHERE_KEY).ok().flatten().is_some();
        let _ = s.remove_item(STATE_KEY);
        let _ = s.remove_item(INPUT_KEY);
        let _ = s.remove_item(WHERE_KEY);
        if thorough {
            let _ = s.remove_item(LANG_KEY);
        }
    }
    if big {
        wasm_bindgen_futures::spawn_local(delete_big());
    }
}

// ---- IndexedDB ---------------------------------------------------------------------

/// A promise for an IndexedDB request: its result, or its error.
fn request_done(req: &web_sys::IdbRequest) -> js_sys::Promise {
    let req = req.clone();
    js_sys::Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(
                &JsValue::NULL,
                &ok_req.result().unwrap_or(JsValue::UNDEFINED),
            );
        });
        let err_req = req.clone();
        let on_err = Closure::once_into_js(move || {
            let e = err_req
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    })
}

/// A promise for a transaction: kept for good (`complete`), or not (`abort`, `error`; a full
/// disk or quota shows here).
fn transaction_done(tx: &web_sys::IdbTransaction) -> js_sys::Promise {
    let tx = tx.clone();
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let err_tx = tx.clone();
        let on_err = Closure::<dyn Fn()>::new(move || {
            let e = err_tx.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(on_ok.unchecked_ref()));
        tx.set_onabort(Some(on_err.as_ref().unchecked_ref()));
        tx.set_onerror(Some(on_err.as_ref().unchecked_ref()));
        on_err.forget();
    })
}

async fn open() -> Result<web_sys::IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let req = factory.open_with_u32(DB, 1)?;
    let upgrade_req = req.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrade_req.result() {
            let db: web_sys::IdbDatabase = db.unchecked_into();
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = JsFuture::from(request_done(&req)).await?;
    Ok(db.unchecked_into())
}

async fn put_big(input: &Input) -> Result<(), JsValue> {
    let value: JsValue = match input {
        Input::Bytes(b) => js_sys::Uint8Array::from(b.as_slice()).into(),
        Input::Blob(b) => b.clone().into(),
    };
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, web_sys::IdbTransactionMode::Readwrite)?;
    let done = transaction_done(&tx);
    tx.object_store(STORE)?
        .put_with_key(&value, &JsValue::from_str(RECORD))?;
    let result = JsFuture::from(done).await.map(|_| ());
    db.close();
    result
}

/// The roster kept in IndexedDB (`None`: not there, or IndexedDB is not available).
pub async fn load_big() -> Option<Kept> {
    let db = open().await.ok()?;
    let tx = db.transaction_with_str(STORE).ok()?;
    let req = tx
        .object_store(STORE)
        .ok()?
        .get(&JsValue::from_str(RECORD))
        .ok()?;
    let value = JsFuture::from(request_done(&req)).await.ok();
    db.close();
    let value = value?;
    // Kept as a blob (as bytes, or text, by versions before).
    if let Some(text) = value.as_string() {
        return Some(Kept::Text(text));
    }
    if let Some(blob) = value.dyn_ref::<web_sys::Blob>() {
        return Some(Kept::Blob(blob.clone()));
    }
    let bytes = value.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    Some(Kept::Text(crate::domain::decode_text(&bytes)))
}

/// Deletes the whole database: nothing of Tierwise stays in IndexedDB.
async fn delete_big() {
    let Some(Ok(Some(factory))) = web_sys::window().map(|w| w.indexed_db()) else {
        return;
    };
    if let Ok(req) = factory.delete_database(DB) {
        let _ = JsFuture::from(request_done(&req)).await;
    }
}
