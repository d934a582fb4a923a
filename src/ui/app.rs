//! The page: input, status, settings, columns, tier summary, comparison, creators,
//! problems and formulas. Holds the one reducer; components only draw and dispatch.

use yew::prelude::*;

use std::rc::Rc;

use crate::domain::embed::EmbedOptions;
use crate::domain::filter::FilterEdit;
use crate::domain::keep::Keeping;
use crate::domain::scheme_by_id;
use crate::domain::share;
use crate::domain::split::form::BudgetEdit;
use crate::domain::{DecimalMark, Field};
use crate::i18n::{describe_notice, Lang};
use crate::ui::charts::{scatter::ScatterChart, tiers::TierMixChart};
use crate::ui::components::{
    budget_panel::BudgetPanel,
    columns_panel::ColumnsPanel,
    compare_table::CompareTable,
    creators_table::CreatorsTable,
    export_actions::ExportActions,
    formulas::Formulas,
    glance::Glance,
    input_panel::InputPanel,
    notices::{ShareNotices, StorageNotices},
    problems_panel::ProblemsPanel,
    rate_card::RateCardEditor,
    read_status::{ReadStatus, ReadingProgress},
    settings_panel::SettingsPanel,
    share_panel::SharePanel,
    summary_table::SummaryTable,
};
use crate::ui::engine::EngineLink;
use crate::ui::hooks::{
    restore_from_idb, use_autosave, use_document_language, use_engine, use_plan_pause,
    use_restore_kept, use_share_link_reopen, use_update_ready,
};
use crate::ui::shell::Shell;
use crate::ui::state::{Action, InputAction, SettingsEdit, ShareNotice, SortKey, State};
use crate::ui::storage::{self, KeptRoster};
use crate::ui::Locale;

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
                    Action::Settings(SettingsEdit::Scheme(id.clone())),
                ))
                .unwrap_or_else(|rc| (*rc).clone());
            }
            s
        }
    };
    s.share_notice = shared_error.map(ShareNotice::BadLink);
    (s, pristine)
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
    window: Callback<usize>,
    export: Callback<(
        crate::engine::ExportKind,
        crate::i18n::Lang,
        crate::i18n::NumberFormat,
    )>,
    edit_budget: Callback<(BudgetEdit, DecimalMark)>,
    make_plan: Callback<()>,
    cancel_plan: Callback<()>,
    stop_reading: Callback<()>,
    back_to_mine: Callback<()>,
    keep_shared: Callback<()>,
    settings: Callback<SettingsEdit>,
    map_column: Callback<(usize, Option<Field>)>,
    sort: Callback<SortKey>,
    filter: Callback<FilterEdit>,
    show_line: Callback<u64>,
    input: Callback<InputAction>,
}

impl StableCallbacks {
    fn new(dispatcher: UseReducerDispatcher<State>, engine: EngineLink) -> StableCallbacks {
        let action = Callback::from(move |a: Action| dispatcher.dispatch(a));
        StableCallbacks {
            cancel_plan: {
                let (action, engine) = (action.clone(), engine.clone());
                Callback::from(move |()| {
                    // The worker stops at once; the state forgets the plan it waited for.
                    engine.restart();
                    action.emit(Action::CancelPlan);
                })
            },
            select: action.reform(Action::Select),
            stop_reading: {
                let (action, engine) = (action.clone(), engine.clone());
                Callback::from(move |()| {
                    // The worker stops at once and forgets the roster; so does the page.
                    engine.cancel_read();
                    action.emit(Action::StopReading);
                })
            },
            export: {
                let engine = engine.clone();
                Callback::from(move |(kind, lang, nf)| {
                    engine.send(crate::engine::Request::Export {
                        ticket: 0,
                        kind,
                        lang,
                        nf: Box::new(nf),
                    })
                })
            },
            window: action.reform(Action::Window),
            edit_budget: action.reform(|(edit, mark)| Action::EditBudget(edit, mark)),
            make_plan: action.reform(|()| Action::MakePlan),
            settings: action.reform(Action::Settings),
            map_column: action.reform(|(i, f)| Action::MapColumn(i, f)),
            sort: action.reform(Action::Sort),
            filter: action.reform(Action::Filter),
            show_line: action.reform(Action::ShowLine),
            input: action.reform(Action::Input),
            back_to_mine: {
                let action = action.clone();
                Callback::from(move |()| back_to_mine(&action))
            },
            keep_shared: action.reform(|()| {
                focus_results();
                Action::KeepShared
            }),
            action,
        }
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
        let mark = loc.decimal_mark();
        move |_| mark
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
    use_restore_kept(&state);
    let save_error = use_autosave(&state, &baseline);
    // The callbacks stay the same from render to render (a Callback compares by identity):
    // a component whose data did not change is not drawn again when something else moves,
    // such as the creators table's window as it scrolls.
    let engine = use_engine(&state);
    let callbacks = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| StableCallbacks::new(dispatcher, engine))
    };
    let on_action = callbacks.action.clone();
    let overview = &state.overview;
    let has_input = !state.input.is_empty();
    // The roster's overview is on its way from the engine: what it says is not shown yet
    // (the overview before stays up, the glance waits).
    let reading = state.view_request.as_ref().is_some_and(|v| v.new_roster);
    let other = state.compare.as_deref().and_then(scheme_by_id);
    {
        // A roster the user brought: the answer comes into view (not while they type).
        // Once the engine has read it: the glance is drawn then.
        let has_creators = !overview.is_empty() || has_input;
        let revealed = use_mut_ref(|| 0u32);
        use_effect_with((state.reveal, reading), move |(reveal, reading)| {
            if *reveal > 0 && *reveal != *revealed.borrow() && has_creators && !*reading {
                *revealed.borrow_mut() = *reveal;
                reveal_glance();
            }
        });
    }
    let on_select = callbacks.select.clone();
    use_plan_pause(&state);

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
                        file_error={state.file_error.clone()} workbook={state.workbook.clone()} on_input={callbacks.input.clone()} />
                    <SettingsPanel settings={state.settings.clone()} compare={state.compare.clone()}
                        default_platform={(!state.read_options.infer_platform).then_some(state.read_options.default_platform)}
                        scheme_error={state.scheme_error.clone()} open={!overview.is_empty()} on_edit={callbacks.settings.clone()} />
                </div>
                <ReadStatus overview={state.overview.clone()} busy={state.busy.clone()} reading={state.view_request.is_some()}
                    restoring={state.keeping.restoring().is_some()} stale={state.stale} has_input={has_input}
                    scheme={state.settings.scheme.id.clone()} sort={state.sort} />
                <ReadingProgress reading={reading} progress={state.progress} stopped={state.read_stopped} failed={state.engine_failed}
                    on_stop={callbacks.stop_reading.clone()} />
                <StorageNotices save_error={save_error.clone()} restore_failed={state.keeping.restore_failed()} />
                if has_input && (!reading || !overview.is_empty()) {
                    <Glance overview={state.overview.clone()}
                        planning={state.planning.clone()} plan_on_request={state.plan_on_request}
                        plan_updating={state.plan_pending || state.plan_request.is_some()} planning_now={state.plan_request.is_some()} has_budget={!state.budget.budget.trim().is_empty()} currency={state.budget.currency.clone()} />
                }
                if !overview.is_empty() {
                    <section class="charts" aria-labelledby="charts-heading">
                        <h2 id="charts-heading" class="visually-hidden">{ loc.t("chart.heading") }</h2>
                        <ScatterChart overview={state.overview.clone()}
                            selected={state.selected} on_select={on_select} />
                        <TierMixChart overview={state.overview.clone()} scheme={state.settings.scheme.clone()} other={other.clone()} />
                    </section>
                }
                <ShareNotices shown={matches!(state.keeping, Keeping::Shared)} notice={state.share_notice.clone()}
                    on_back={callbacks.back_to_mine.clone()} on_keep={callbacks.keep_shared.clone()} />
                if !overview.head.notices.is_empty() {
                    <ul class="notices">
                        { for overview.head.notices.iter().map(|n| html! { <li>{ describe_notice(loc.lang, &loc.nf, n) }</li> }) }
                    </ul>
                }
                if !overview.head.columns.is_empty() {
                    <ColumnsPanel overview={state.overview.clone()} on_map={callbacks.map_column.clone()} />
                }
                <section class="results" id="results" aria-labelledby="results-heading" tabindex="-1">
                <h2 id="results-heading" class="visually-hidden">{ loc.t("results.heading") }</h2>
                if !overview.is_empty() {
                    <div class="tables">
                        // Wide tables scroll inside their box on a narrow screen, not the page.
                        <div class="scroll-x" role="region" aria-labelledby="summary-caption" tabindex="0">
                            <SummaryTable overview={state.overview.clone()} scheme={state.settings.scheme.clone()} />
                        </div>
                        if let Some(other) = other {
                            <div class="scroll-x" role="region" aria-labelledby="compare-caption" tabindex="0">
                                <CompareTable overview={state.overview.clone()} scheme={state.settings.scheme.clone()} other={other} />
                            </div>
                        }
                    </div>
                    <BudgetPanel form={state.budget.clone()} errors={state.budget_errors.clone()}
                        planning={state.planning.clone()} overview={state.overview.clone()}
                        scheme={state.settings.scheme.clone()} on_request={state.plan_on_request}
                        updating={state.plan_pending || state.plan_request.is_some()}
                        planning_now={state.plan_request.is_some()}
                        on_edit={callbacks.edit_budget.clone()}
                        on_make_plan={callbacks.make_plan.clone()}
                        on_cancel={callbacks.cancel_plan.clone()} />
                    <ExportActions note={state.export_note} on_export={callbacks.export.clone()} />
                    <CreatorsTable overview={state.overview.clone()}
                        order={state.order.clone()} rows={state.rows.clone()} on_window={callbacks.window.clone()} sort={state.sort} rewind={state.rewind}
                        sorting={state.order_request.is_some()} loading={state.rows_request.is_some()}
                        settings={state.settings.clone()} selected={state.selected} filter={state.filter.clone()}
                        on_sort={callbacks.sort.clone()} on_filter={callbacks.filter.clone()} />
                }
                if has_input && (!reading || !overview.is_empty()) {
                    <ProblemsPanel overview={state.overview.clone()}
                        can_show_lines={!state.text.is_empty()} on_show_line={callbacks.show_line.clone()} />
                }
                </section>
                <SharePanel saved={state.saved()} input={state.input.clone()} embedded={embed.embedded} />
                <RateCardEditor card={state.settings.rate_card.clone()} error={state.rate_error} on_edit={callbacks.settings.clone()} />
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
fn back_to_mine(on_action: &Callback<Action>) {
    {
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
    }
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
