//! The page's engine (`ui::engine`), kept told of the roster and the settings and asked
//! for what the state wants of it.

use yew::Callback;

use crate::engine::{order_from_bytes, ExportKind, Reply, Request};
use crate::ui::engine::EngineLink;
use crate::ui::state::{Action, State};

/// The page's engine, kept told of the roster and the settings, asked for each plan and
/// big order the state wants, its answers dispatched as [`Action`]s. Returns the link
/// (for "Cancel").
#[yew::hook]
pub fn use_engine(state: &yew::UseReducerHandle<State>) -> EngineLink {
    use yew::{use_effect_with, use_memo};
    let link = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let failed = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |()| dispatcher.dispatch(Action::EngineFailed))
            };
            let replied = Callback::from(move |reply: Reply| match reply {
                Reply::Ready => {}
                Reply::Unreadable => dispatcher.dispatch(Action::Unreadable),
                Reply::Reading(progress) => dispatcher.dispatch(Action::Reading(progress)),
                Reply::Rows { ticket, rows } => dispatcher.dispatch(Action::Rows { ticket, rows }),
                Reply::Ordered { ticket, order } => dispatcher.dispatch(Action::Ordered {
                    ticket,
                    order: order_from_bytes(&order),
                }),
                Reply::Exported {
                    kind,
                    text,
                    creators,
                    ..
                } => exported(kind, &text, creators, &dispatcher),
                Reply::Planned {
                    ticket,
                    planning,
                    errors,
                } => dispatcher.dispatch(Action::Planned {
                    ticket,
                    planning,
                    errors,
                }),
                Reply::Viewed { ticket, overview } => {
                    dispatcher.dispatch(Action::Viewed { ticket, overview })
                }
            });
            EngineLink::new(replied, failed)
        })
    };
    // Declared in this order, so that in one render the roster and the settings reach the
    // engine before the questions about them.
    {
        let link = (*link).clone();
        use_effect_with(
            (state.input.clone(), state.read_options.clone()),
            move |(input, options)| link.read(input.clone(), options.clone()),
        );
    }
    {
        let link = (*link).clone();
        use_effect_with(state.settings.clone(), move |settings| {
            link.send(Request::Settings(settings.clone()));
        });
    }
    use_ask(&link, state.view_request.clone(), |r| Request::View {
        ticket: r.ticket,
        compare: r.compare.clone(),
    });
    use_ask(&link, state.plan_request.clone(), |r| Request::Plan {
        ticket: r.ticket,
        form: Box::new(r.form.clone()),
        mark: r.mark,
        currency: r.currency,
    });
    use_ask(&link, state.order_request.clone(), |r| Request::Order {
        ticket: r.ticket,
        filter: r.filter.clone(),
        key: r.sort.0,
        ascending: r.sort.1,
    });
    use_ask(&link, state.rows_request.clone(), |r| Request::Rows {
        ticket: r.ticket,
        creators: r.creators.clone(),
    });
    (*link).clone()
}

/// Sends the engine the request the state asks for, each time it asks a new one (a
/// question the state no longer waits for is `None`: nothing is sent).
#[yew::hook]
fn use_ask<T: PartialEq + 'static>(
    link: &EngineLink,
    asked: Option<T>,
    request: fn(&T) -> Request,
) {
    let link = link.clone();
    yew::use_effect_with(asked, move |asked| {
        if let Some(r) = asked {
            link.send(request(r));
        }
    });
}

/// The engine made an export: saved as a file, or put on the clipboard (and said so).
fn exported(
    kind: ExportKind,
    text: &str,
    creators: usize,
    dispatcher: &yew::UseReducerDispatcher<State>,
) {
    use crate::ui::files;
    use crate::ui::state::ExportNote;
    match kind {
        ExportKind::Csv => files::download("tierwise-results.csv", "text/csv;charset=utf-8", text),
        ExportKind::Json => files::download("tierwise-results.json", "application/json", text),
        ExportKind::Paste => {
            let dispatcher = dispatcher.clone();
            files::copy_text(text, move |ok| {
                dispatcher.dispatch(Action::Exported(if ok {
                    ExportNote::Copied { creators }
                } else {
                    ExportNote::NoClipboard
                }))
            });
        }
    }
}

/// A budget edit is planned after typing pauses this long.
const PLAN_PAUSE_MS: u32 = 300;

/// Budget edits are planned once typing pauses; a newer edit restarts the wait, so each
/// keystroke does not ask for a plan again (the plan on screen stays, marked updating).
#[yew::hook]
pub fn use_plan_pause(state: &yew::UseReducerHandle<State>) {
    let timer = yew::use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let dispatch = state.dispatcher();
    yew::use_effect_with(
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
