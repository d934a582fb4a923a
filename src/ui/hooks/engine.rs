//! The page's engine (`ui::engine`), kept told of the roster and the settings and asked
//! for what the state wants of it.

use yew::Callback;

use crate::domain::engine::{order_from_bytes, Reply, Request};
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
            EngineLink::new(Callback::from(move |reply: Reply| match reply {
                Reply::Ready | Reply::Rows { .. } => {}
                Reply::Ordered { ticket, order } => dispatcher.dispatch(Action::Ordered {
                    ticket,
                    order: order_from_bytes(&order),
                }),
                Reply::Planned { ticket, planning } => {
                    dispatcher.dispatch(Action::Planned { ticket, planning })
                }
            }))
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
    {
        let link = (*link).clone();
        use_effect_with(state.plan_request.clone(), move |request| {
            if let Some(r) = request {
                link.send(Request::Plan {
                    ticket: r.ticket,
                    split: r.split.clone(),
                    currency: r.currency,
                });
            }
        });
    }
    {
        let link = (*link).clone();
        use_effect_with(state.order_request.clone(), move |request| {
            if let Some(r) = request {
                link.send(Request::Order {
                    ticket: r.ticket,
                    filter: r.filter.clone(),
                    key: r.sort.0,
                    ascending: r.sort.1,
                });
            }
        });
    }
    (*link).clone()
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
