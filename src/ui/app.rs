//! The page: input, status, settings, columns, tier summary, comparison, creators,
//! problems and formulas. Holds the one reducer; components only draw and dispatch.

use yew::prelude::*;

use std::rc::Rc;

use crate::domain::embed::EmbedOptions;
use crate::domain::keep::Keeping;
use crate::domain::share::{self, ShareError};
use crate::domain::split::form::BudgetEdit;
use crate::domain::DecimalMark;
use crate::domain::{scheme_by_id, InputFormat};
use crate::export::{creators_json, creators_tsv, write_csv};
use crate::i18n::{count, describe_notice, field_name, Lang};
use crate::ui::charts::{scatter::ScatterChart, tiers::TierMixChart};
use crate::ui::components::{
    budget_panel::BudgetPanel, columns_panel::ColumnsPanel, compare_table::CompareTable,
    creators_table::CreatorsTable, formulas::Formulas, glance::Glance, input_panel::InputPanel,
    problems_panel::ProblemsPanel, rate_card::RateCardEditor, settings_panel::SettingsPanel,
    share_panel::SharePanel, summary_table::SummaryTable,
};
use crate::ui::engine::EngineLink;
use crate::ui::files;
use crate::ui::hooks::{
    use_autosave, use_document_language, use_engine, use_share_link_reopen, use_update_ready,
};
use crate::ui::shell::Shell;
use crate::ui::state::{Action, ShareNotice, Shared, State};
use crate::ui::storage::{self, KeptRoster, SaveError};
use crate::ui::Locale;

/// A budget edit is planned after typing pauses this long.
const PLAN_PAUSE_MS: u32 = 300;

/// How the page was asked to show itself (`?embed=…&theme=…&lang=…&scheme=…`).
fn embed_options() -> EmbedOptions {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    EmbedOptions::from_query(&query)
}

/// The address's fragment (`#…`), where a share link carries its record.
pub(crate) fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Takes the share link's fragment out of the address, so a reload shows the user's
/// (autosaved) edits rather than the link again.
fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let plain = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plain));
    }
}

/// The first state: a share link in the address wins (the user's own kept work stays kept
/// and autosave waits while they differ), else what autosave kept, else an empty page with
/// an embed's preset scheme.
///
/// Also says whether the state is the page's own starting point (nothing kept, no link):
/// then it is what "nothing of the user's" looks like, preset scheme included.
fn first_state(mark: DecimalMark, embed: &EmbedOptions) -> (State, bool) {
    let kept = storage::load();
    let hash = location_hash();
    let mut shared_error = None;
    if share::is_share_fragment(&hash) {
        forget_fragment();
        match share::open_fragment(&hash) {
            Ok(shared) => {
                let differs = kept.as_ref().is_some_and(|(st, text)| {
                    *st != shared.state || *text != KeptRoster::Text(shared.roster.clone())
                });
                let mut s = State::restored(shared.state, shared.roster, mark);
                s.share_notice = Some(ShareNotice::OpenedLink);
                if differs {
                    s.keeping = Keeping::Shared;
                }
                return (s, false);
            }
            Err(e) => shared_error = Some(e),
        }
    }
    let pristine = kept.is_none();
    let mut s = match kept {
        Some((saved, KeptRoster::Text(text))) => {
            let mut s = State::restored(saved, text, mark);
            s.keeping = Keeping::kept();
            s
        }
        Some((saved, KeptRoster::InIndexedDb)) => {
            // The settings now; the roster when IndexedDB hands it back.
            let mut s = State::restored(saved.clone(), String::new(), mark);
            s.keeping = Keeping::Restoring(Box::new(saved));
            s
        }
        None => {
            let mut s = State {
                budget_mark: mark,
                ..State::default()
            };
            if let Some(id) = &embed.scheme {
                s = Rc::try_unwrap(yew::Reducible::reduce(
                    Rc::new(s),
                    Action::SetScheme(id.clone()),
                ))
                .unwrap_or_else(|rc| (*rc).clone());
            }
            s
        }
    };
    s.share_notice = shared_error.map(ShareNotice::BadLink);
    (s, pristine)
}

/// Reads the kept roster back from IndexedDB; it is shown unless the user has put another
/// roster on screen meanwhile.
fn restore_from_idb(on_action: Callback<Action>) {
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

/// Moves the focus to the results, after a control that disappears (the share banner's).
fn focus_results() {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("results"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Brings the summary band into view, at the top of the window, and focuses it: a roster
/// the user brought has arrived.
fn reveal_glance() {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("glance"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    el.scroll_into_view_with_bool(true);
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

#[derive(Properties, PartialEq)]
struct LanguagePickerProps {
    lang: Lang,
    on_change: Callback<Lang>,
}

/// The language menu in the page's header: each language named in itself.
#[component]
fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(lang) = Lang::from_tag(&value) {
                on_change.emit(lang);
            }
        })
    };
    html! {
        <div class="lang-picker">
            <label for="lang-picker">{ loc.t("app.language") }</label>
            <select id="lang-picker" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == props.lang}>{ l.autonym() }</option>
                }) }
                if props.lang == Lang::Pseudo {
                    <option value="en-XA" selected=true>{ Lang::Pseudo.autonym() }</option>
                }
            </select>
        </div>
    }
}

/// The app's callbacks, made once.
struct StableCallbacks {
    action: Callback<Action>,
    select: Callback<usize>,
    edit_budget: Callback<(BudgetEdit, DecimalMark)>,
    make_plan: Callback<()>,
    cancel_plan: Callback<()>,
}

impl StableCallbacks {
    fn new(dispatcher: UseReducerDispatcher<State>, engine: EngineLink) -> StableCallbacks {
        let action = Callback::from(move |a: Action| dispatcher.dispatch(a));
        StableCallbacks {
            cancel_plan: {
                let action = action.clone();
                Callback::from(move |()| {
                    // The worker stops at once; the state forgets the plan it waited for.
                    engine.restart();
                    action.emit(Action::CancelPlan);
                })
            },
            select: action.reform(Action::Select),
            edit_budget: action.reform(|(edit, mark)| Action::EditBudget(edit, mark)),
            make_plan: action.reform(|()| Action::MakePlan),
            action,
        }
    }
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

/// The whole page: it holds the [`State`](super::State), the locale and the embed options,
/// and draws every panel.
#[component]
pub fn App() -> Html {
    let embed = use_memo((), |_| embed_options());
    let locale = {
        let embed = embed.clone();
        use_state(move || Locale::choose(storage::load_lang().as_deref(), embed.lang.as_deref()))
    };
    let loc = (*locale).clone();
    use_document_language(&loc);
    let on_lang = {
        let (locale, embed) = (locale.clone(), embed.clone());
        Callback::from(move |lang: Lang| {
            storage::save_lang(lang.code());
            locale.set(Locale::for_lang(lang, embed.lang.as_deref(), &[]));
        })
    };
    // How pasted numbers are read follows the reader's first locale, not a later change
    // of language: the roster was written where they are.
    let mark = *use_memo((), {
        let decimal = loc.nf.decimal.clone();
        move |_| {
            if decimal == "," {
                DecimalMark::Comma
            } else {
                DecimalMark::Dot
            }
        }
    });
    // What a share link or autosave holds is restored before the first render, so nothing
    // overwrites it.
    let first = {
        let embed = embed.clone();
        use_memo((), move |_| first_state(mark, &embed))
    };
    let state = {
        let first = first.clone();
        use_reducer(move || first.0.clone())
    };
    // What "nothing of the user's" looks like: the page's own start (an embed's preset
    // scheme included), else the defaults.
    let baseline = use_memo((), move |_| {
        if first.1 {
            first.0.saved()
        } else {
            State::default().saved()
        }
    });
    let update_ready = use_update_ready();
    use_share_link_reopen();
    // The page header boot.js painted (see `shell`): kept, its texts in the language now.
    let shell = use_memo((), |_| Shell::take());
    {
        let shell = shell.clone();
        let texts = (loc.t("app.title"), loc.t("app.tagline"));
        use_effect_with(texts, move |(title, tagline)| {
            if let Some(shell) = shell.as_ref() {
                shell.set_texts(title, tagline);
            }
        });
    }
    {
        // A big kept roster comes back from IndexedDB after the first render.
        let (restoring, dispatch) = (state.keeping.restoring().is_some(), state.dispatcher());
        use_effect_with((), move |_| {
            if restoring {
                restore_from_idb(Callback::from(move |a| dispatch.dispatch(a)));
            }
        });
    }
    let save_error = use_autosave(&state, &baseline);
    let results_note = use_state(String::new);
    // The callbacks stay the same from render to render (a Callback compares by identity):
    // a component whose data did not change is not drawn again when something else moves,
    // such as the creators table's window as it scrolls.
    let engine = use_engine(&state);
    let callbacks = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| StableCallbacks::new(dispatcher, engine))
    };
    let on_action = callbacks.action.clone();
    let roster = &state.roster;
    let has_input = !state.input.is_empty();
    let format_text = match roster.format {
        InputFormat::Delimited { delimiter } => Some(loc.tf(
            "status.format.delimited",
            &[(
                "delimiter",
                &loc.t(match delimiter {
                    '\t' => "delimiter.tab",
                    ';' => "delimiter.semicolon",
                    '|' => "delimiter.pipe",
                    _ => "delimiter.comma",
                }),
            )],
        )),
        InputFormat::Json => Some(loc.t("status.format.json")),
        InputFormat::JsonLines => Some(loc.t("status.format.json_lines")),
        InputFormat::NotARoster { .. } => None,
        InputFormat::Empty => None,
    };
    let status = if let Some((name, bytes)) = &state.busy {
        loc.tf(
            "input.reading",
            &[(
                "name",
                &loc.tf(
                    "layout.file_kb",
                    &[
                        ("name", name),
                        ("size", &loc.nf.format(*bytes as f64 / 1024.0, 0)),
                    ],
                ),
            )],
        )
    } else if state.keeping.restoring().is_some() {
        loc.t("storage.restoring")
    } else if state.stale {
        loc.t("status.stale")
    } else if has_input {
        let summary = loc.tf(
            "status.summary",
            &[
                (
                    "creators",
                    &count(loc.lang, &loc.nf, "count.creators", roster.creators.len()),
                ),
                (
                    "rows",
                    &count(loc.lang, &loc.nf, "count.rows", roster.rows_read),
                ),
                (
                    "problems",
                    &count(loc.lang, &loc.nf, "count.problems", roster.problem_count()),
                ),
            ],
        );
        // Said in the live region too, so a change of scheme or order is announced.
        let scheme = loc.tf(
            "status.scheme",
            &[(
                "scheme",
                &loc.t(&format!("scheme_short.{}", state.settings.scheme.id)),
            )],
        );
        let (key, ascending) = state.sort;
        let sorted = loc.tf(
            "status.sorted",
            &[
                ("column", &loc.t(key.title_key())),
                (
                    "direction",
                    &loc.t(if ascending {
                        "status.ascending"
                    } else {
                        "status.descending"
                    }),
                ),
            ],
        );
        let missing = roster
            .missing
            .iter()
            .map(|f| loc.tf("columns.missing", &[("field", &field_name(loc.lang, *f))]));
        std::iter::once(summary)
            .chain(missing)
            .chain(
                (!roster.creators.is_empty())
                    .then_some([scheme, sorted])
                    .into_iter()
                    .flatten(),
            )
            .collect::<Vec<_>>()
            .join(&loc.t("layout.status_joiner"))
    } else {
        loc.t("status.empty")
    };
    let other = state.compare.as_deref().and_then(scheme_by_id);
    // The scatter's numbers feed the summary band too: computed once per analysis.
    let scatter = {
        let (roster, analysis, settings) = (
            state.roster.clone(),
            state.analysis.clone(),
            state.settings.clone(),
        );
        use_memo((roster, analysis, settings), |(r, a, s)| {
            crate::domain::chart::scatter(r, a, s)
        })
    };
    let scatter = Shared(scatter);
    {
        // A roster the user brought: the answer comes into view (not while they type).
        let has_creators = !roster.creators.is_empty() || has_input;
        use_effect_with(state.reveal, move |reveal| {
            if *reveal > 0 && has_creators {
                reveal_glance();
            }
        });
    }
    let on_select = callbacks.select.clone();
    {
        // Budget edits are planned once typing pauses; a newer edit restarts the wait, so
        // each keystroke does not solve again (the plan on screen stays, marked updating).
        let timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
        let dispatch = state.dispatcher();
        use_effect_with(
            (state.plan_pending, state.budget.clone()),
            move |(pending, _)| {
                timer.borrow_mut().take();
                if *pending {
                    *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                        PLAN_PAUSE_MS,
                        move || dispatch.dispatch(Action::PlanDue),
                    ));
                }
            },
        );
    }

    html! {
        <ContextProvider<Locale> context={loc.clone()}>
            if let Some(shell) = shell.as_ref() {
                { create_portal(html! { <a class="skip-link" href="#results">{ loc.t("app.skip") }</a> }, shell.skip.clone()) }
                { create_portal(html! { <LanguagePicker lang={loc.lang} on_change={on_lang} /> }, shell.header.clone()) }
            }
            if update_ready {
                <div class="update-banner" role="status">
                    { loc.t("update.ready") }
                    <button type="button" class="primary" onclick={Callback::from(|_| apply_update())}>
                        { loc.t("update.reload") }
                    </button>
                </div>
            }
            <main>
                <div class="layout">
                    <InputPanel text={state.text.clone()} source={state.source.clone()} show_line={state.show_line}
                        file_error={state.file_error.clone()} workbook={state.workbook.clone()} on_action={on_action.clone()} />
                    <SettingsPanel settings={state.settings.clone()} compare={state.compare.clone()}
                        default_platform={(!state.read_options.infer_platform).then_some(state.read_options.default_platform)}
                        scheme_error={state.scheme_error.clone()} open={!roster.creators.is_empty()} on_action={on_action.clone()} />
                </div>
                <p role="status" class="status" aria-busy={(state.busy.is_some() || state.keeping.restoring().is_some()).to_string()}>
                    { status }
                    if let Some(f) = format_text { <span class="hint">{ format!(" · {f}") }</span> }
                </p>
                if let Some(e) = &save_error {
                    <p class="save-error" role="status">
                        { match e {
                            SaveError::Unavailable => loc.t("storage.unavailable"),
                            SaveError::Refused { chars } if *chars > 0 => loc.tf("storage.refused_roster",
                                &[("chars", &loc.nf.count(*chars as f64))]),
                            SaveError::Refused { .. } => loc.t("storage.refused"),
                        } }
                    </p>
                }
                if state.keeping.restore_failed() {
                    <p class="save-error" role="status">{ loc.t("storage.restore_failed") }</p>
                }
                if has_input {
                    <Glance roster={state.roster.clone()} analysis={state.analysis.clone()} scatter={scatter.clone()}
                        planning={state.planning.clone()} plan_on_request={state.plan_on_request}
                        plan_updating={state.plan_pending || state.plan_request.is_some()} has_budget={!state.budget.budget.trim().is_empty()} currency={state.budget.currency.clone()} />
                }
                if !roster.creators.is_empty() {
                    <section class="charts" aria-labelledby="charts-heading">
                        <h2 id="charts-heading" class="visually-hidden">{ loc.t("chart.heading") }</h2>
                        <ScatterChart roster={state.roster.clone()} scatter={scatter.clone()}
                            selected={state.selected} on_select={on_select} />
                        <TierMixChart roster={state.roster.clone()} scheme={state.settings.scheme.clone()} other={other.clone()} />
                    </section>
                }
                if matches!(state.keeping, Keeping::Shared) {
                    <div class="share-banner" role="status">
                        <p>{ loc.t("share.paused") }</p>
                        <div class="actions">
                            <button type="button" onclick={back_to_mine(on_action.clone())}>{ loc.t("share.back_to_mine") }</button>
                            <button type="button" onclick={on_action.reform(|_| { focus_results(); Action::KeepShared })}>{ loc.t("share.keep_shared") }</button>
                        </div>
                    </div>
                }
                if let Some(n) = &state.share_notice {
                    <p role={if matches!(n, ShareNotice::BadLink(_) | ShareNotice::BadFile { .. }) { "alert" } else { "status" }}
                        class={classes!("share-notice", matches!(n, ShareNotice::BadLink(_) | ShareNotice::BadFile { .. }).then_some("error"))}>
                        { match n {
                            ShareNotice::OpenedLink => loc.t("share.opened_link"),
                            ShareNotice::OpenedFile { name } => loc.tf("share.opened_file", &[("name", name)]),
                            ShareNotice::BadLink(e) => loc.tf("share.bad_link", &[("reason", &share_error_text(&loc, e))]),
                            ShareNotice::BadFile { name, error } => loc.tf("share.bad_file",
                                &[("name", name), ("reason", &share_error_text(&loc, error))]),
                        } }
                    </p>
                }
                if !roster.notices.is_empty() {
                    <ul class="notices">
                        { for roster.notices.iter().map(|n| html! { <li>{ describe_notice(loc.lang, &loc.nf, n) }</li> }) }
                    </ul>
                }
                if !roster.columns.is_empty() {
                    <ColumnsPanel roster={state.roster.clone()} on_action={on_action.clone()} />
                }
                <section class="results" id="results" aria-labelledby="results-heading" tabindex="-1">
                <h2 id="results-heading" class="visually-hidden">{ loc.t("results.heading") }</h2>
                if !roster.creators.is_empty() {
                    <div class="tables">
                        // Wide tables scroll inside their box on a narrow screen, not the page.
                        <div class="scroll-x" role="region" aria-labelledby="summary-caption" tabindex="0">
                            <SummaryTable analysis={state.analysis.clone()} scheme={state.settings.scheme.clone()} />
                        </div>
                        if let Some(other) = other {
                            <div class="scroll-x" role="region" aria-labelledby="compare-caption" tabindex="0">
                                <CompareTable roster={state.roster.clone()} scheme={state.settings.scheme.clone()} other={other} />
                            </div>
                        }
                    </div>
                    <BudgetPanel form={state.budget.clone()} errors={state.budget_errors.clone()}
                        planning={state.planning.clone()} roster={state.roster.clone()}
                        scheme={state.settings.scheme.clone()} on_request={state.plan_on_request}
                        updating={state.plan_pending || state.plan_request.is_some()}
                        planning_now={state.plan_request.is_some()}
                        on_edit={callbacks.edit_budget.clone()}
                        on_make_plan={callbacks.make_plan.clone()}
                        on_cancel={callbacks.cancel_plan.clone()} />
                    <div class="actions export-actions" role="group" aria-label={loc.t("export.results")}>
                        <button type="button" onclick={export_results(&state, &loc, "csv", results_note.setter())}>{ loc.t("export.results_csv") }</button>
                        <button type="button" onclick={export_results(&state, &loc, "json", results_note.setter())}>{ loc.t("export.results_json") }</button>
                        <button type="button" onclick={export_results(&state, &loc, "copy", results_note.setter())}>{ loc.t("export.results_copy") }</button>
                        <span role="status" class="hint">{ (*results_note).clone() }</span>
                    </div>
                    <CreatorsTable roster={state.roster.clone()}
                        order={state.order.clone()} sort={state.sort} rewind={state.rewind}
                        sorting={state.order_request.is_some()}
                        settings={state.settings.clone()} selected={state.selected} filter={state.filter.clone()} on_action={on_action.clone()} />
                }
                if has_input {
                    <ProblemsPanel roster={state.roster.clone()}
                        can_show_lines={!state.text.is_empty()} on_action={on_action.clone()} />
                }
                </section>
                <SharePanel saved={state.saved()} input={state.input.clone()} embedded={embed.embedded} />
                <RateCardEditor card={state.settings.rate_card.clone()} error={state.rate_error} on_action={on_action.clone()} />
                <Formulas settings={state.settings.clone()} />
            </main>
            <footer>
                <p class="hint tagline-note">{ loc.t("app.tagline") }</p>
                <p class="hint">
                    { loc.t("storage.kept") }
                    { " " }
                    <button type="button" onclick={clear_data(&loc, on_action.clone())}>{ loc.t("storage.clear") }</button>
                </p>
            </footer>
        </ContextProvider<Locale>>
    }
}

/// Switches to the waiting version and reloads (static/register-sw.js).
fn apply_update() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    match js_sys::Reflect::get(&window, &"tierwiseApplyUpdate".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => {
            let _ = f.call0(&window);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}

/// After a share link: back to the user's own kept roster and settings.
fn back_to_mine(on_action: Callback<Action>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        match storage::load() {
            Some((saved, KeptRoster::Text(text))) => on_action.emit(Action::Restore {
                saved: Box::new(saved),
                text,
                notice: None,
            }),
            Some((saved, KeptRoster::InIndexedDb)) => {
                on_action.emit(Action::StartRestore(Box::new(saved)));
                restore_from_idb(on_action.clone());
            }
            None => on_action.emit(Action::ClearAll),
        }
        focus_results();
    })
}

/// "Clear my data": after a confirmation, forgets everything kept and on screen.
fn clear_data(loc: &Locale, on_action: Callback<Action>) -> Callback<MouseEvent> {
    let question = loc.t("storage.confirm_clear");
    Callback::from(move |_| {
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(&question).ok())
            .unwrap_or(false);
        if sure {
            storage::clear(true);
            on_action.emit(Action::ClearAll);
        }
    })
}

/// The results' export buttons: every creator's figures as CSV, JSON, or a table to paste.
fn export_results(
    state: &UseReducerHandle<State>,
    loc: &Locale,
    kind: &'static str,
    note: UseStateSetter<String>,
) -> Callback<MouseEvent> {
    let roster = state.roster.clone();
    let settings = state.settings.clone();
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
