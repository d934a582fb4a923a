//! What the page says about keeping and sharing: autosave's trouble, a kept roster that
//! could not come back, a shared view shown over the user's own work, what opening a link
//! or a shared file did.

use yew::prelude::*;

use crate::domain::share::ShareError;
use crate::ui::state::ShareNotice;
use crate::ui::storage::SaveError;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct StorageNoticesProps {
    /// Why the browser refused to keep the work, if it did.
    pub save_error: Option<SaveError>,
    /// The kept roster could not be read back.
    pub restore_failed: bool,
}

/// Autosave's trouble, said where the user looks after bringing a roster.
#[component]
pub fn StorageNotices(props: &StorageNoticesProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    html! { <>
        if let Some(e) = &props.save_error {
            <p class="save-error" role="status">
                { match e {
                    SaveError::Unavailable => loc.t("storage.unavailable"),
                    SaveError::Refused { chars } if *chars > 0 => loc.tf("storage.refused_roster",
                        &[("chars", &loc.nf.count(*chars as f64))]),
                    SaveError::Refused { .. } => loc.t("storage.refused"),
                } }
            </p>
        }
        if props.restore_failed {
            <p class="save-error" role="status">{ loc.t("storage.restore_failed") }</p>
        }
    </> }
}

#[derive(Properties, PartialEq)]
pub struct ShareNoticesProps {
    /// A shared view is shown while the user's own, different work stays kept.
    pub shown: bool,
    /// What opening a share link or shared file did.
    pub notice: Option<ShareNotice>,
    /// "Back to my roster".
    pub on_back: Callback<()>,
    /// "Keep this view".
    pub on_keep: Callback<()>,
}

/// The shared view's banner (back to the user's own work, or keep this one) and what
/// opening the link or file did.
#[component]
pub fn ShareNotices(props: &ShareNoticesProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let bad = matches!(
        props.notice,
        Some(ShareNotice::BadLink(_) | ShareNotice::BadFile { .. })
    );
    html! { <>
        if props.shown {
            <div class="share-banner" role="status">
                <p>{ loc.t("share.paused") }</p>
                <div class="actions">
                    <button type="button" onclick={props.on_back.reform(|_| ())}>{ loc.t("share.back_to_mine") }</button>
                    <button type="button" onclick={props.on_keep.reform(|_| ())}>{ loc.t("share.keep_shared") }</button>
                </div>
            </div>
        }
        if let Some(n) = &props.notice {
            <p role={if bad { "alert" } else { "status" }} class={classes!("share-notice", bad.then_some("error"))}>
                { match n {
                    ShareNotice::OpenedLink => loc.t("share.opened_link"),
                    ShareNotice::OpenedFile { name } => loc.tf("share.opened_file", &[("name", name)]),
                    ShareNotice::BadLink(e) => loc.tf("share.bad_link", &[("reason", &share_error_text(&loc, e))]),
                    ShareNotice::BadFile { name, error } => loc.tf("share.bad_file",
                        &[("name", name), ("reason", &share_error_text(&loc, error))]),
                } }
            </p>
        }
    </> }
}

/// Why a link or file could not be opened, in words.
fn share_error_text(loc: &Locale, e: &ShareError) -> String {
    match e {
        ShareError::Version(v) => loc.tf("share.error.version", &[("version", &v.to_string())]),
        ShareError::Damaged => loc.t("share.error.damaged"),
        ShareError::TooLarge => loc.t("share.error.too_large"),
        ShareError::NotARecord(detail) => loc.tf(
            "share.error.not_a_record",
            &[(
                "detail",
                &crate::i18n::describe_json_error(loc.lang, detail),
            )],
        ),
    }
}
