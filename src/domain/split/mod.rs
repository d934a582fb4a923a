//! Budget splitting: from a roster, a budget and a goal to plans of whole posts per creator.
//!
//! [`candidates()`] turns the analysed roster into what a plan is made of: per creator a
//! price per post (supplied or from the rate card) and the expected reach, engagements and
//! conversions of one post, each supplied, estimated or assumed, with a pessimistic and an
//! optimistic figure. [`plan_all`] then builds the four strategies side by side (equal,
//! proportional, tier mix, optimal) plus the seed's "one mega vs 30–40 micro" comparison.
//! The optimal plan comes from [`solver`]; when the constraints cannot all hold, the
//! [`Conflict`]s say which and by how much.
//!
//! The files, in layers (each uses only those above it):
//!
//! - `settings`: what the planner is asked; `band_text`: those settings as the CLI writes them;
//!   [`form`]: as the budget panel holds them.
//! - `model`: the solver's vocabulary; [`solver`]: its techniques and the pipeline that
//!   composes them.
//! - `candidates`: the roster as candidates; `to_model`: a pool and settings as the solver's
//!   model.
//! - [`units`]: how plan figures are written (cents as money, figures without float noise).
//! - `conflicts`: why there is no plan; `plans`: what a plan is and buys.
//! - `strategies`: the four strategies; `mega_vs_micro`: the seed's comparison; `planning`:
//!   all of them side by side; `report`: one strategy's plan as a person reads it, what
//!   the CLI prints and the app shows and exports ([`PlanReport`]).

mod band_text;
mod candidates;
mod conflicts;
pub mod form;
mod mega_vs_micro;
mod model;
mod planning;
mod plans;
mod report;
mod settings;
pub mod solver;
mod strategies;
#[cfg(test)]
mod testgen;
mod to_model;
pub mod units;

pub use band_text::{parse_cap, parse_mix, parse_range, BandTextError};
pub use candidates::{
    candidates, candidates_in, Candidate, Origin, Outcome, Pool, Skip, SpreadFrom,
    REACH_SHARE_SOURCE,
};
pub use conflicts::{Conflict, Relaxation};
pub use mega_vs_micro::{mega_vs_micro, MegaVsMicro};
pub use planning::{count_over_cap, plan_all, plan_all_in, plan_pool, Planning, Who};
pub use plans::{BandTarget, Broken, Outcomes, Plan, PlanLine, Proof, Range, Totals};
pub use report::{Figure, PlanReport, ReportLine, Skipped};
pub use settings::{BandOf, Bands, Cap, Mix, Objective, SplitSettings, Strategy};
pub use solver::{bnb, lp};
pub use strategies::plan_one;
pub use to_model::model_for;
