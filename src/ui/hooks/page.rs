//! Hooks about the page itself: its language, a new version waiting, a share link pasted
//! into the address bar.

use yew::prelude::*;

use crate::domain::share;
use crate::ui::Locale;

/// The document follows the language: `lang`, `dir`, the title and the description.
#[hook]
pub fn use_document_language(loc: &Locale) {
    let (lang, title, description) = (loc.lang, loc.t("app.page_title"), loc.t("app.description"));
    use_effect_with((lang, title, description), |(lang, title, description)| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
                let _ = root.set_attribute("dir", lang.dir());
            }
            doc.set_title(title);
            if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
                let _ = meta.set_attribute("content", description);
            }
            if let Ok(Some(link)) = doc.query_selector("link[rel=manifest]") {
                let _ =
                    link.set_attribute("href", &format!("./manifest.{}.webmanifest", lang.code()));
            }
        }
    });
}

/// Whether a new version of the app is installed and waiting (static/register-sw.js says so
/// with a `tierwise-update-ready` event, or a flag when it came before the app started).
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            if let Some(window) = web_sys::window() {
                let already = js_sys::Reflect::get(&window, &"tierwiseUpdateReady".into())
                    .map(|v| v.is_truthy())
                    .unwrap_or(false);
                if already {
                    ready.set(true);
                }
                let on_ready =
                    wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ready.set(true));
                let _ = window.add_event_listener_with_callback(
                    "tierwise-update-ready",
                    on_ready.as_ref().unchecked_ref(),
                );
                // The app lives as long as the page.
                on_ready.forget();
            }
        });
    }
    *ready
}

/// A share link pasted into the address bar of an open page changes only the fragment, which
/// loads nothing: open it as a fresh page.
#[hook]
pub fn use_share_link_reopen() {
    use_effect_with((), |_| {
        use wasm_bindgen::JsCast;
        if let Some(window) = web_sys::window() {
            let on_change = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if share::is_share_fragment(&crate::ui::app::location_hash()) {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            });
            let _ = window
                .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
            // The app lives as long as the page.
            on_change.forget();
        }
    });
}
