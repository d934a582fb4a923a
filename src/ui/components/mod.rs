//! One component per file.

pub mod budget_form;
pub mod budget_panel;
pub mod columns_panel;
pub mod compare_table;
pub mod creators_table;
pub mod export_actions;
pub mod formulas;
pub mod glance;
pub mod input_panel;
pub mod notices;
pub mod plan_view;
pub mod problems_panel;
pub mod rate_card;
pub mod read_status;
pub mod settings_panel;
pub mod share_panel;
pub mod summary_table;

/// A `<select>` that always shows `value`. An option's `selected` attribute stops moving
/// the choice once the person has picked one themselves, so a value that changes from
/// elsewhere (a restored or shared record, "Back to my roster") would leave the old choice
/// on screen: this sets the element's value whenever `value` changes.
pub mod select {
    use web_sys::HtmlSelectElement;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    pub struct SelectProps {
        #[prop_or_default]
        pub id: Option<AttrValue>,
        /// The accessible name, when no `<label for>` gives one.
        #[prop_or_default]
        pub label: Option<AttrValue>,
        #[prop_or_default]
        pub describedby: Option<AttrValue>,
        /// The option shown.
        pub value: AttrValue,
        pub onchange: Callback<Event>,
        /// The `<option>`s (their `selected` attributes serve the first render).
        pub children: Html,
    }

    #[component]
    pub fn Select(props: &SelectProps) -> Html {
        let node = use_node_ref();
        {
            let node = node.clone();
            use_effect_with(props.value.clone(), move |value| {
                if let Some(select) = node.cast::<HtmlSelectElement>() {
                    if select.value() != value.as_str() {
                        select.set_value(value);
                    }
                }
            });
        }
        html! {
            <select ref={node} id={props.id.clone()} aria-label={props.label.clone()}
                aria-describedby={props.describedby.clone()} onchange={props.onchange.clone()}>
                { props.children.clone() }
            </select>
        }
    }
}
