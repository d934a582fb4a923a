//! Scheme, comparison scheme, editable cut-offs, interactions counted, ER basis, platform.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::{
    builtin_schemes, ErBasis, Interactions, Platform, SchemeError, Settings, Tier,
};
use crate::i18n::tier_name;
use crate::ui::components::select::Select;
use crate::ui::state::{CutoffError, SettingsEdit};
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct SettingsPanelProps {
    pub settings: Settings,
    pub compare: Option<String>,
    /// The platform of rows without one, when chosen; `None`: from the file.
    pub default_platform: Option<Platform>,
    pub scheme_error: Option<CutoffError>,
    /// Open: a roster is on screen. Before one, the settings wait folded, so the empty page
    /// is about the input; the user may open or fold them at any time.
    pub open: bool,
    /// One change the user makes here.
    pub on_edit: Callback<SettingsEdit>,
}

fn select_value(e: &Event) -> String {
    let select: HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

/// The option chosen in a select listing `options` by id; the first if none matches
/// (the select only offers these ids).
fn chosen<T: Copy>(e: &Event, options: &[T], id: fn(T) -> &'static str) -> T {
    let v = select_value(e);
    options
        .iter()
        .copied()
        .find(|o| id(*o) == v)
        .unwrap_or(options[0])
}

/// A labelled select over a fixed set of options, each shown as `<prefix>.<id>`.
#[allow(clippy::too_many_arguments)]
fn choice<T: Copy + PartialEq>(
    id: &str,
    label: &str,
    options: &[T],
    option_id: fn(T) -> &'static str,
    selected: T,
    prefix: &str,
    onchange: Callback<Event>,
    loc: &Locale,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <Select id={id.to_string()} value={option_id(selected)} {onchange}>
                { for options.iter().map(|o| html! {
                    <option value={option_id(*o)} selected={*o == selected}>
                        { loc.t(&format!("{prefix}.{}", option_id(*o))) }
                    </option>
                }) }
            </Select>
        </div>
    }
}

fn scheme_error_text(loc: &Locale, e: &CutoffError) -> String {
    let Some(e) = &e.scheme else {
        return loc.tf("scheme_error.negative", &[("zero", &loc.nf.count(0.0))]);
    };
    match e {
        SchemeError::NoTiers => loc.t("scheme_error.no_tiers"),
        SchemeError::MustStartAtZero(t) => loc.tf(
            "scheme_error.start",
            &[
                ("tier", &tier_name(loc.lang, Some(*t))),
                ("zero", &loc.nf.count(0.0)),
            ],
        ),
        SchemeError::NotRising { tier, previous } => loc.tf(
            "scheme_error.rising",
            &[
                ("tier", &tier_name(loc.lang, Some(*tier))),
                ("previous", &tier_name(loc.lang, Some(*previous))),
            ],
        ),
    }
}

#[component]
pub fn SettingsPanel(props: &SettingsPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let schemes = builtin_schemes();
    let scheme = &props.settings.scheme;

    let on_scheme = props
        .on_edit
        .reform(|e: Event| SettingsEdit::Scheme(select_value(&e)));
    let on_compare = props.on_edit.reform(|e: Event| {
        let v = select_value(&e);
        SettingsEdit::Compare((!v.is_empty()).then_some(v))
    });
    let on_interactions = props.on_edit.reform(|e: Event| {
        SettingsEdit::Interactions(chosen(&e, &Interactions::ALL, Interactions::id))
    });
    let on_basis = props
        .on_edit
        .reform(|e: Event| SettingsEdit::Basis(chosen(&e, &ErBasis::ALL, ErBasis::id)));
    let on_platform = props.on_edit.reform(|e: Event| {
        let v = select_value(&e);
        SettingsEdit::DefaultPlatform(Platform::KNOWN.into_iter().find(|p| p.id() == v))
    });
    let platform_value = props.default_platform.map_or("auto", Platform::id);

    let cutoff = |tier: Tier| {
        let id = format!("cutoff-{}", tier.id());
        let label = loc.tf(
            "settings.cutoff_label",
            &[("tier", &tier_name(loc.lang, Some(tier)))],
        );
        let error = props.scheme_error.as_ref().filter(|e| e.tier == tier);
        let value = match error {
            Some(e) => e.typed.clone(),
            None => scheme.min_followers[tier.index()]
                .map(|v| v.to_string())
                .unwrap_or_default(),
        };
        let onchange = props.on_edit.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            SettingsEdit::Cutoff(tier, input.value())
        });
        html! {
            <div class="cutoff">
                <label for={id.clone()}>{ label }</label>
                <input id={id} type="number" min="0" step="1" inputmode="numeric" value={value} {onchange}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.map(|_| "cutoff-error")} />
            </div>
        }
    };

    html! {
        <details class="panel settings" open={props.open}>
            <summary>
                <h2 id="settings-heading">{ loc.t("settings.heading") }</h2>
                <span class="hint settings-choices">{ loc.tf("settings.choices", &[
                    ("scheme", &loc.t(&format!("scheme_short.{}", scheme.id))),
                    ("basis", &loc.t(&format!("basis.{}", props.settings.basis.id()))),
                ]) }</span>
            </summary>
            <div class="field">
                <label for="scheme">{ loc.t("settings.scheme") }</label>
                <Select id="scheme" value={scheme.id.clone()} onchange={on_scheme} describedby="scheme-source">
                    { for schemes.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={s.id == scheme.id}>{ crate::i18n::scheme_label(loc.lang, &loc.nf, s) }</option>
                    }) }
                    <option value="custom" selected={scheme.id == "custom"}>{ loc.t("scheme.custom") }</option>
                </Select>
                <p id="scheme-source" class="hint">{ loc.tf("settings.source", &[("source", &crate::i18n::scheme_source(loc.lang, &loc.nf, scheme))]) }</p>
            </div>
            <div class="field">
                <label for="compare">{ loc.t("settings.compare") }</label>
                <Select id="compare" value={props.compare.clone().unwrap_or_default()} onchange={on_compare}>
                    <option value="" selected={props.compare.is_none()}>{ loc.t("settings.compare_none") }</option>
                    { for schemes.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={props.compare.as_deref() == Some(s.id.as_str())}>{ crate::i18n::scheme_label(loc.lang, &loc.nf, s) }</option>
                    }) }
                </Select>
            </div>
            { choice("interactions", &loc.t("settings.interactions"), &Interactions::ALL,
                Interactions::id, props.settings.interactions, "interactions", on_interactions, &loc) }
            { choice("basis", &loc.t("settings.basis"), &ErBasis::ALL,
                ErBasis::id, props.settings.basis, "basis", on_basis, &loc) }
            <div class="field">
                <label for="platform">{ loc.t("settings.platform") }</label>
                <Select id="platform" value={platform_value} onchange={on_platform} describedby="platform-hint">
                    <option value="auto" selected={props.default_platform.is_none()}>{ loc.t("settings.platform_auto") }</option>
                    { for Platform::KNOWN.iter().map(|p| html! {
                        <option value={p.id()} selected={props.default_platform == Some(*p)}>{ loc.t(&format!("platform.{}", p.id())) }</option>
                    }) }
                </Select>
                <p id="platform-hint" class="hint">{ loc.t("settings.platform_hint") }</p>
            </div>
            <fieldset class="cutoffs">
                <legend>{ loc.t("settings.cutoffs") }</legend>
                <p class="hint">{ loc.t("settings.cutoffs_hint") }</p>
                <div class="cutoff-grid">{ for Tier::ALL.into_iter().map(cutoff) }</div>
                if let Some(e) = &props.scheme_error {
                    <p role="alert" class="error" id="cutoff-error">{ scheme_error_text(&loc, e) }</p>
                }
            </fieldset>
        </details>
    }
}
