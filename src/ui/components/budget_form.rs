//! The budget panel's form: the budget and its goal, the limits, the tier and platform
//! bands, the creators to include or leave out; each box with its label and its error.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::split::form::{BudgetEdit, BudgetForm, FormError, FormField};
use crate::domain::split::Objective;
use crate::domain::{DecimalMark, Platform, Tier, TierScheme};
use crate::i18n::tier_name;
use crate::ui::components::select::Select;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct BudgetFormProps {
    pub form: BudgetForm,
    pub errors: Vec<FormError>,
    /// The tiers of this scheme get a band each.
    pub scheme: TierScheme,
    /// The roster's platforms: a band each when there are several.
    pub platforms: Shared<Vec<Platform>>,
    /// One change to the form (with the reader's decimal mark).
    pub on_edit: Callback<(BudgetEdit, DecimalMark)>,
}

fn field_id(f: FormField) -> String {
    match f {
        FormField::Budget => "budget-amount".into(),
        FormField::ConversionRate => "budget-conversion".into(),
        FormField::PostsMin => "budget-posts-min".into(),
        FormField::PostsMax => "budget-posts-max".into(),
        FormField::Cap => "budget-cap".into(),
        FormField::MinCreators => "budget-min-creators".into(),
        FormField::MaxCreators => "budget-max-creators".into(),
        FormField::Currency => "budget-currency".into(),
        FormField::TierMin(t) => format!("budget-tier-min-{}", t.id()),
        FormField::TierMax(t) => format!("budget-tier-max-{}", t.id()),
        FormField::PlatformMin(p) => format!("budget-platform-min-{}", p.id()),
        FormField::PlatformMax(p) => format!("budget-platform-max-{}", p.id()),
        FormField::Include => "budget-include".into(),
        FormField::Exclude => "budget-exclude".into(),
    }
}

fn error_text(loc: &Locale, e: &FormError) -> String {
    crate::i18n::describe_form_error(loc.lang, &loc.nf, e)
}

/// A column header for an abbreviation (CPE, CPM, HHI) that spells itself out on hover.
#[component]
pub fn BudgetFormView(props: &BudgetFormProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let mark = loc.decimal_mark();
    let form = &props.form;
    // Sends one input's change, as typed.
    let edit = |field: FormField| {
        props.on_edit.reform(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            (BudgetEdit::Text(field, input.value()), mark)
        })
    };
    let error_of = |f: FormField| props.errors.iter().find(|e| e.field == f);
    // A text box with its label (visible, or `aria-label` in a table) and its error.
    let text_box = |f: FormField, label: String, visible_label: bool, class: &str| {
        let id = field_id(f);
        let err = error_of(f);
        let err_id = format!("{id}-error");
        let input = html! {
            <input id={id.clone()} type="text" inputmode="decimal" value={form.get(f).to_string()}
                oninput={edit(f)}
                aria-label={(!visible_label).then(|| label.clone())}
                aria-invalid={err.is_some().then_some("true")}
                aria-describedby={err.is_some().then_some(err_id.clone())} />
        };
        let error = err.map(
            |e| html! { <p class="field-error" id={err_id.clone()}>{ error_text(&loc, e) }</p> },
        );
        if visible_label {
            html! {
                <div class={classes!("field", class.to_string())}>
                    <label for={id}>{ label }</label>
                    { input }
                    { error.unwrap_or_default() }
                </div>
            }
        } else {
            html! { <td>{ input }{ error.unwrap_or_default() }</td> }
        }
    };
    let input = |f: FormField, label: String, class: &str| text_box(f, label, true, class);
    // A min–max % table: one row per tier or platform.
    let mix_table = |legend: String, first: String, rows: Vec<(String, FormField, FormField)>| {
        html! {
            <fieldset class="mix-inputs">
                <legend>{ legend }</legend>
                <p class="hint">{ loc.t("budget.mix_hint") }</p>
                <table>
                    <thead><tr>
                        <th scope="col">{ first }</th>
                        <th scope="col">{ loc.t("budget.band_min") }</th>
                        <th scope="col">{ loc.t("budget.band_max") }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.into_iter().map(|(name, min, max)| html! {
                            <tr>
                                <th scope="row">{ name.clone() }</th>
                                { text_box(min, loc.tf("budget.min_label", &[("name", &name)]), false, "") }
                                { text_box(max, loc.tf("budget.max_label", &[("name", &name)]), false, "") }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </fieldset>
        }
    };
    let on_objective = props.on_edit.reform(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let o = Objective::from_id(&select.value()).unwrap_or(Objective::Engagements);
        (BudgetEdit::Objective(o), mark)
    });
    let on_cap_unit = props.on_edit.reform(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        (BudgetEdit::CapPercent(select.value() == "percent"), mark)
    });
    let tiers: Vec<Tier> = Tier::ALL
        .into_iter()
        .filter(|t| props.scheme.min_followers[t.index()].is_some())
        .collect();
    let tier_rows = tiers
        .iter()
        .map(|t| {
            (
                tier_name(loc.lang, Some(*t)),
                FormField::TierMin(*t),
                FormField::TierMax(*t),
            )
        })
        .collect();
    let platform_rows: Vec<(String, FormField, FormField)> = props
        .platforms
        .iter()
        .map(|p| {
            (
                loc.t(&format!("platform.{}", p.id())),
                FormField::PlatformMin(*p),
                FormField::PlatformMax(*p),
            )
        })
        .collect();
    html! {
        <div class="budget-form">
            <fieldset>
                <legend>{ loc.t("budget.goal") }</legend>
                { input(FormField::Budget, loc.t("budget.amount"), "") }
                { input(FormField::Currency, loc.t("budget.currency"), "narrow") }
                <div class="field">
                    <label for="budget-objective">{ loc.t("budget.objective") }</label>
                    <Select id="budget-objective" value={form.objective.id()} onchange={on_objective}>
                        { for Objective::ALL.iter().map(|o| html! {
                            <option value={o.id()} selected={*o == form.objective}>
                                { loc.t(&format!("budget.objective.{}", o.id())) }
                            </option>
                        }) }
                    </Select>
                </div>
                { input(FormField::ConversionRate, loc.t("budget.conversion_rate"), "") }
            </fieldset>
            <fieldset>
                <legend>{ loc.t("budget.limits") }</legend>
                { input(FormField::PostsMin, loc.t("budget.posts_min"), "narrow") }
                { input(FormField::PostsMax, loc.t("budget.posts_max"), "narrow") }
                { input(FormField::Cap, loc.t("budget.cap"), "narrow") }
                <div class="field narrow">
                    <label for="budget-cap-unit">{ loc.t("budget.cap_unit") }</label>
                    <Select id="budget-cap-unit" value={if form.cap_percent { "percent" } else { "amount" }} onchange={on_cap_unit}>
                        <option value="percent" selected={form.cap_percent}>{ loc.t("budget.cap_unit.percent") }</option>
                        <option value="amount" selected={!form.cap_percent}>{ loc.t("budget.cap_unit.amount") }</option>
                    </Select>
                </div>
                { input(FormField::MinCreators, loc.t("budget.min_creators"), "narrow") }
                { input(FormField::MaxCreators, loc.t("budget.max_creators"), "narrow") }
            </fieldset>
            { mix_table(loc.t("budget.tier_mix"), loc.t("summary.tier"), tier_rows) }
            if platform_rows.len() > 1 {
                { mix_table(loc.t("budget.platform_mix"), loc.t("col.platform"), platform_rows) }
            }
            <fieldset>
                <legend>{ loc.t("budget.creators") }</legend>
                { input(FormField::Include, loc.t("budget.include"), "wide") }
                { input(FormField::Exclude, loc.t("budget.exclude"), "wide") }
            </fieldset>
        </div>
    }
}
