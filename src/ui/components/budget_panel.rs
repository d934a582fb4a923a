//! The budget panel: the form (`budget_form`), whether a plan is being made (with
//! "Cancel"), "Make the plan" for a big roster, and the plans (`plan_view`).

use yew::prelude::*;

use crate::domain::split::form::{BudgetEdit, BudgetForm, FormError};
use crate::domain::split::{Planning, Strategy};
use crate::domain::view::Overview;
use crate::domain::{DecimalMark, TierScheme};
use crate::ui::components::budget_form::BudgetFormView;
use crate::ui::components::plan_view::view_planning;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct BudgetPanelProps {
    pub form: BudgetForm,
    pub errors: Vec<FormError>,
    pub planning: Option<Shared<Planning>>,
    /// The roster shown: its platforms.
    pub overview: Shared<Overview>,
    pub scheme: TierScheme,
    pub on_request: bool,
    /// The plan shown is for earlier entries: a new one is on its way.
    pub updating: bool,
    /// One change to the form (with the reader's decimal mark).
    pub on_edit: Callback<(BudgetEdit, DecimalMark)>,
    /// "Make the plan", for a roster too big to plan on every edit.
    pub on_make_plan: Callback<()>,
    /// The engine is making a plan (in its worker): "Cancel" is offered.
    pub planning_now: bool,
    /// "Cancel": stop making the plan.
    pub on_cancel: Callback<()>,
}

#[component]
pub fn BudgetPanel(props: &BudgetPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let mark = loc.decimal_mark();
    let form = &props.form;
    let currency = form.currency.clone();
    let show = |k: Strategy| {
        props
            .on_edit
            .reform(move |_: MouseEvent| (BudgetEdit::Show(k), mark))
    };
    let copied_state = use_state(String::new);
    let copied = (*copied_state).clone();
    let on_copied = Callback::from(move |m: String| copied_state.set(m));

    // The roster's platforms, as the engine listed them (not looked up at every keystroke).
    let platforms = Shared(std::rc::Rc::new(props.overview.platforms.clone()));
    let form_html = html! {
        <BudgetFormView form={props.form.clone()} errors={props.errors.clone()} scheme={props.scheme.clone()}
            platforms={platforms} on_edit={props.on_edit.clone()} />
    };

    let results = match &props.planning {
        None if props.on_request => {
            let on_make_plan = props.on_make_plan.clone();
            html! {
                <p>
                    <button type="button" onclick={Callback::from(move |_| on_make_plan.emit(()))}>
                        { loc.t("budget.make_plan") }
                    </button>
                    <span class="hint">{ format!(" {}", loc.t("budget.big_roster")) }</span>
                </p>
            }
        }
        None => html! {},
        Some(planning) => view_planning(
            &loc,
            planning,
            form,
            &currency,
            // What the plans on screen maximise (the form may already ask for another).
            &loc.t(&format!("objective.{}", planning.objective.id())),
            show,
            &on_copied,
            &copied,
        ),
    };

    html! {
        <section class="budget" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{ loc.t("budget.heading") }</h2>
            <p class="hint">{ loc.t("budget.intro") }</p>
            { form_html }
            <p class="hint plan-updating" role="status">
                { if props.planning_now && props.planning.is_none() {
                    loc.t("budget.planning")
                } else if props.updating {
                    loc.t("budget.updating")
                } else {
                    String::new()
                } }
                if props.planning_now {
                    // Shown only when the plan takes a while (see style.css), so a quick
                    // one does not flash a button.
                    { " " }
                    <button type="button" class="plan-cancel" onclick={{
                        let on_cancel = props.on_cancel.clone();
                        Callback::from(move |_| on_cancel.emit(()))
                    }}>{ loc.t("budget.cancel") }</button>
                }
            </p>
            <div class={classes!("budget-outcome", props.updating.then_some("updating"))} aria-busy={props.updating.to_string()}>
                { results }
            </div>
        </section>
    }
}
