//! # Tierwise
//!
//! A calculator for influencer-marketing planners. It takes a whole roster of creators
//! (pasted from a spreadsheet, or a CSV, TSV or JSON export) and, without sending anything
//! anywhere:
//!
//! 1. reads it ([`domain::read_roster`]): detects JSON or the delimiter, maps headers in
//!    several languages to fields, reads numbers such as `12.5K`, `1.234` or `١٠٬٠٠٠` with a
//!    decimal mark decided per column, merges per-post rows, and reports every rejected
//!    row or cell with its line, column and text;
//! 2. classifies each creator into a follower tier under a scheme ([`domain::TierScheme`]);
//! 3. computes engagement rates by followers, reach and views (mean and median), compares
//!    them with sourced benchmarks, prices posts (supplied, or estimated from a rate card),
//!    computes CPE, CPM and CPV, and raises data-quality flags ([`domain::analyze`]).
//!
//! The [`domain`] is pure Rust shared by the web app (`ui`, WebAssembly only) and the
//! `tierwise` command-line tool. All user-facing words live in [`i18n`]. The [`engine`]
//! holds a roster and answers the page's questions about it, in a web worker of its own.

#![deny(missing_docs)]

pub mod domain;
pub mod engine;
pub mod export;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench_api;
