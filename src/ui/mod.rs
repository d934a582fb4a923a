//! The Yew web app: a thin view over the domain. `state` holds the data and every change;
//! `components` draw it, one component per file; `locale` carries language and number format.

mod app;
mod charts;
mod components;
pub mod engine;
mod files;
mod hooks;
pub mod input;
mod locale;
mod shell;
mod state;
mod storage;
pub mod workbook;

pub use app::App;
pub use locale::Locale;
pub use state::{Action, State, SAMPLE};
