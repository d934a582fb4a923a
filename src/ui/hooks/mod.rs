//! The app's hooks, one concern each: the engine worker, autosave, and the page itself
//! (language, a waiting update, share links pasted into the address bar).

mod autosave;
mod engine;
mod page;

pub use autosave::use_autosave;
pub use engine::use_engine;
pub use page::{use_document_language, use_share_link_reopen, use_update_ready};
