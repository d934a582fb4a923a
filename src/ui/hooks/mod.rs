//! The app's hooks, one concern each: the engine worker and the plan asked once typing
//! pauses (`engine`), autosave and the kept roster coming back (`autosave`), and the page
//! itself: its language, a waiting update, share links pasted into the address bar
//! (`page`).

mod autosave;
mod engine;
mod page;

pub use autosave::{restore_from_idb, use_autosave, use_restore_kept};
pub use engine::{use_engine, use_plan_pause};
pub use page::{use_document_language, use_share_link_reopen, use_update_ready};
