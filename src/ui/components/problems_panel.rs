//! Every rejected row or cell, with its line, column, text and what was expected.

use yew::prelude::*;

use crate::domain::view::Overview;
use crate::domain::Roster;
use crate::i18n::describe_problem;
use crate::ui::state::Shared;
use crate::ui::Locale;

/// From this many problems on, a count per column comes first.
const SUMMARISED: usize = 10;

/// More than this many problems are counted but not all listed (the page stays usable).
const LISTED: usize = 1000;

#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    /// The roster shown: its problems.
    pub overview: Shared<Overview>,
    /// The roster's text is in the paste box, so a line can be shown there.
    pub can_show_lines: bool,
    /// Select this line in the paste box.
    pub on_show_line: Callback<u64>,
}

/// Problems per column (cells left empty), then rows left out, largest first.
fn per_column(roster: &Roster) -> Vec<(Option<String>, usize)> {
    let mut counts: Vec<(Option<String>, usize)> = Vec::new();
    for p in &roster.problems {
        let key = (!p.kind.rejects_row()).then(|| p.column.clone()).flatten();
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += p.kind.count(),
            None => counts.push((key, p.kind.count())),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

#[component]
pub fn ProblemsPanel(props: &ProblemsPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let problems = &props.overview.head.problems;
    html! {
        <section class="panel problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ loc.tf("problems.heading", &[("count", &loc.nf.count(props.overview.problem_count() as f64))]) }</h2>
            if problems.is_empty() {
                <p>{ loc.t("problems.none") }</p>
            } else {
                if problems.len() >= SUMMARISED {
                    <ul class="problem-summary">
                        { for per_column(&props.overview.head).into_iter().map(|(column, n)| {
                            let count = loc.nf.count(n as f64);
                            html! { <li>{ match column {
                                Some(c) => loc.tf("problems.summary_column", &[("column", &c), ("count", &count)]),
                                None => loc.tf("problems.summary_rows", &[("count", &count)]),
                            } }</li> }
                        }) }
                    </ul>
                }
                <ul>
                    { for problems.iter().take(LISTED).map(|p| {
                        let line = p.line;
                        let show = props.on_show_line.reform(move |_: MouseEvent| line);
                        html! {
                            <li class={classes!(p.kind.rejects_row().then_some("rejected"))}>
                                { describe_problem(loc.lang, &loc.nf, p) }
                                <span class="consequence">{ loc.tf("layout.then", &[("text", &loc.t(if p.kind.rejects_row() { "problems.row_left_out" } else { "problems.cell_kept" }))]) }</span>
                                if props.can_show_lines {
                                    { " " }
                                    <button type="button" class="link" onclick={show}
                                        aria-label={loc.tf("problems.show_line_label", &[("line", &loc.nf.format(line as f64, 0))])}>
                                        { loc.t("problems.show_line") }
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                if problems.len() > LISTED {
                    <p>{ loc.tf("layout.more", &[("n", &loc.nf.count((problems.len() - LISTED) as f64))]) }</p>
                }
            }
        </section>
    }
}
