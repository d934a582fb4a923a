//! One component per file.

pub mod budget_panel;
pub mod columns_panel;
pub mod compare_table;
pub mod creators_table;
pub mod formulas;
pub mod input_panel;
pub mod problems_panel;
pub mod rate_card;
pub mod settings_panel;
pub mod share_panel;
pub mod summary_table;
