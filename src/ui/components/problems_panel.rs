//! Every rejected row or cell, with its line, column, text and what was expected.

use yew::prelude::*;

use crate::domain::Roster;
use crate::i18n::describe_problem;
use crate::ui::state::Shared;
use crate::ui::Locale;

/// More than this many problems are counted but not all listed (the page stays usable).
const LISTED: usize = 1000;

#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    pub roster: Shared<Roster>,
}

#[component]
pub fn ProblemsPanel(props: &ProblemsPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let problems = &props.roster.problems;
    html! {
        <section class="panel problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ loc.tf("problems.heading", &[("count", &loc.nf.count(problems.len() as f64))]) }</h2>
            if problems.is_empty() {
                <p>{ loc.t("problems.none") }</p>
            } else {
                <ul>
                    { for problems.iter().take(LISTED).map(|p| html! {
                        <li class={classes!(p.kind.rejects_row().then_some("rejected"))}>
                            { describe_problem(loc.lang, p) }
                            <span class="consequence">{ format!(" {}", loc.t(if p.kind.rejects_row() { "problems.row_left_out" } else { "problems.cell_kept" })) }</span>
                        </li>
                    }) }
                </ul>
                if problems.len() > LISTED {
                    <p>{ format!("… +{}", loc.nf.count((problems.len() - LISTED) as f64)) }</p>
                }
            }
        </section>
    }
}
