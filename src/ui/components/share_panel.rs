//! "Share and embed": a share link (the roster and settings inside the URL fragment, see
//! domain::share), the same as a file when too long for a link, and the Embed dialog with
//! the snippet for a blog (domain::embed).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::embed::{snippet, EmbedOptions, Theme};
use crate::domain::saved::SavedState;
use crate::domain::share::{self, Link, MAX_LINK_CHARS};
use crate::domain::{builtin_schemes, decode_text};
use crate::i18n::EMBED_LANGS;
use crate::ui::files;
use crate::ui::input::Input;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub saved: SavedState,
    pub input: Input,
    /// Shown inside another page: no Embed button there.
    pub embedded: bool,
}

/// What the last button did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Link { url: String, copied: bool },
    TooLong { chars: usize },
    Saved { name: String },
}

/// The page's address without its query and fragment: a share link opens the whole app
/// (not an embedded view), and the embed snippet adds its own query.
fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

const SHARE_FILE: &str = "tierwise-roster.json";

/// Calls `then` with the roster's text: a link or a file carries all of it, so a big file's
/// blob is read (only here, on the click).
fn with_text(input: Input, then: impl FnOnce(&str) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(bytes) = input.whole().await {
            then(&decode_text(&bytes));
        }
    });
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let outcome = use_state(|| None::<Outcome>);
    let dialog = use_node_ref();

    let make_link = {
        let (saved, input, outcome) = (props.saved.clone(), props.input.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (saved, input, outcome) = (saved.clone(), input.clone(), outcome.clone());
            with_text(input, move |text| {
                let base = page_address();
                match share::link(&saved, text, &base) {
                    Link::Fragment(f) => {
                        let url = format!("{base}#{f}");
                        outcome.set(Some(Outcome::Link {
                            url: url.clone(),
                            copied: false,
                        }));
                        let outcome = outcome.clone();
                        files::copy_text(&url.clone(), move |copied| {
                            outcome.set(Some(Outcome::Link { url, copied }));
                        });
                    }
                    Link::TooLong { chars } => outcome.set(Some(Outcome::TooLong { chars })),
                }
            });
        })
    };
    let save_file = {
        let (saved, input, outcome) = (props.saved.clone(), props.input.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let (saved, outcome) = (saved.clone(), outcome.clone());
            with_text(input.clone(), move |text| {
                files::download(
                    SHARE_FILE,
                    "application/json",
                    &share::file_text(&saved, text),
                );
                outcome.set(Some(Outcome::Saved {
                    name: SHARE_FILE.to_string(),
                }));
            });
        })
    };
    let open_embed = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };

    let message = (*outcome).as_ref().map(|o| match o {
        Outcome::Link { url, copied } => {
            let chars = loc.nf.count(url.chars().count() as f64);
            loc.tf(
                if *copied {
                    "share.copied"
                } else {
                    "share.made"
                },
                &[("chars", &chars)],
            )
        }
        Outcome::TooLong { chars } => loc.tf(
            "share.too_long",
            &[
                ("chars", &loc.nf.count(*chars as f64)),
                ("max", &loc.nf.count(MAX_LINK_CHARS as f64)),
            ],
        ),
        Outcome::Saved { name } => loc.tf("share.saved_file", &[("name", name)]),
    });
    let link = match &*outcome {
        Some(Outcome::Link { url, .. }) => Some(url.clone()),
        _ => None,
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });

    html! {
        <section class="share panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{ loc.t("share.heading") }</h2>
            <p class="hint">{ loc.t("share.hint") }</p>
            <div class="actions">
                <button type="button" onclick={make_link}>{ loc.t("share.link") }</button>
                <button type="button" onclick={save_file}>{ loc.t("share.file") }</button>
                if !props.embedded {
                    <button type="button" onclick={open_embed}>{ loc.t("share.embed") }</button>
                }
            </div>
            if let Some(url) = link {
                <label class="share-link">
                    <span class="big-label">{ loc.t("share.link_label") }</span>
                    <input type="text" dir="ltr" readonly=true value={url} onfocus={select_all} />
                </label>
            }
            <p role="status" class={classes!("hint", matches!(*outcome, Some(Outcome::TooLong { .. })).then_some("warn"))}>
                { message.unwrap_or_default() }
            </p>
            if !props.embedded {
                <EmbedDialog node={dialog} scheme={props.saved.scheme.id.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedDialogProps {
    node: NodeRef,
    /// The scheme chosen now: the embed starts with it when it is a built-in one.
    scheme: String,
}

#[component]
fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let builtin = builtin_schemes();
    let initial_scheme = builtin
        .iter()
        .any(|s| s.id == props.scheme)
        .then(|| props.scheme.clone());
    let options = use_state(move || EmbedOptions {
        embedded: true,
        compact: true,
        theme: Theme::Auto,
        lang: None,
        scheme: initial_scheme,
    });
    {
        // The embed starts with the scheme the page shows now, when it is a built-in one.
        let options = options.clone();
        use_effect_with(props.scheme.clone(), move |scheme| {
            let builtin = builtin_schemes().iter().any(|s| &s.id == scheme);
            if builtin && options.scheme.as_ref() != Some(scheme) {
                let mut o = (*options).clone();
                o.scheme = Some(scheme.clone());
                options.set(o);
            }
        });
    }
    let note = use_state(String::new);
    let code = snippet(&page_address(), &options, &loc.t("embed.iframe_title"));

    let set = |f: fn(&mut EmbedOptions, String)| {
        let options = options.clone();
        let note = note.clone();
        Callback::from(move |value: String| {
            let mut o = (*options).clone();
            f(&mut o, value);
            options.set(o);
            note.set(String::new());
        })
    };
    let on_compact = {
        let set = set(|o, v| o.compact = v == "true");
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                set.emit(i.checked().to_string());
            }
        })
    };
    let select = |cb: Callback<String>| {
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                cb.emit(s.value());
            }
        })
    };
    let on_theme = select(set(|o, v| o.theme = Theme::from_id(&v).unwrap_or_default()));
    let on_lang = select(set(|o, v| o.lang = (!v.is_empty()).then_some(v)));
    let on_scheme = select(set(|o, v| o.scheme = (!v.is_empty()).then_some(v)));
    let copy = {
        let (code, note, loc) = (code.clone(), note.clone(), loc.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, unavailable) = (loc.t("embed.copied"), loc.t("export.no_clipboard"));
            let note = note.clone();
            files::copy_text(&code, move |ok| {
                note.set(if ok { copied } else { unavailable });
            });
        })
    };
    let close = {
        let node = props.node.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let lang = options.lang.clone().unwrap_or_default();
    let scheme = options.scheme.clone().unwrap_or_default();

    html! {
        <dialog ref={props.node.clone()} class="embed-dialog" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ loc.t("embed.heading") }</h2>
            <p class="hint">{ loc.t("embed.intro") }</p>
            <div class="embed-options">
                <label class="check">
                    <input type="checkbox" checked={options.compact} onchange={on_compact} />
                    { loc.t("embed.compact") }
                </label>
                <label>
                    <span class="big-label">{ loc.t("embed.theme") }</span>
                    <select onchange={on_theme}>
                        { for Theme::ALL.iter().map(|t| html! {
                            <option value={t.id()} selected={*t == options.theme}>{ loc.t(&format!("embed.theme.{}", t.id())) }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span class="big-label">{ loc.t("embed.lang") }</span>
                    <select onchange={on_lang} aria-describedby="embed-lang-hint">
                        <option value="" selected={lang.is_empty()}>{ loc.t("embed.lang.auto") }</option>
                        { for EMBED_LANGS.iter().map(|tag| html! {
                            <option value={*tag} selected={lang == *tag}>{ loc.t(&format!("lang.{tag}")) }</option>
                        }) }
                    </select>
                    <span id="embed-lang-hint" class="hint">{ loc.t("embed.lang_hint") }</span>
                </label>
                <label>
                    <span class="big-label">{ loc.t("embed.scheme") }</span>
                    <select onchange={on_scheme}>
                        <option value="" selected={scheme.is_empty()}>{ loc.t("embed.scheme.none") }</option>
                        { for builtin.iter().map(|s| html! {
                            <option value={s.id.clone()} selected={scheme == s.id}>{ crate::i18n::scheme_label(loc.lang, &loc.nf, s) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <label class="snippet">
                <span class="big-label">{ loc.t("embed.snippet") }</span>
                <textarea dir="ltr" readonly=true rows="12" value={code} />
            </label>
            <div class="actions">
                <button type="button" class="primary" onclick={copy}>{ loc.t("embed.copy") }</button>
                <button type="button" onclick={close}>{ loc.t("embed.close") }</button>
                <span role="status" class="hint">{ (*note).clone() }</span>
            </div>
        </dialog>
    }
}
