//! The pure domain: reading rosters, numbers, tiers, engagement, benchmarks and costs.
//! No yew, web_sys, gloo or wasm_bindgen here: it builds and tests natively and is shared
//! by the app and the command-line tool.

mod analysis;
mod bench;
mod benchmark;
pub mod chart;
pub mod currency;
pub mod embed;
pub mod filter;
mod header;
pub mod keep;
mod number;
pub mod order;
mod read;
mod roster;
pub mod saved;
pub mod share;
pub mod sniff;
pub mod split;
pub mod spreadsheet;
mod text;
mod tier;
pub mod view;

pub use analysis::{
    analyze, analyze_creator, compare_schemes, platforms, Analysis, CpmBasis, CreatorKey,
    CreatorMetrics, ErOrigin, Flag, Interactions, Price, Rate, Settings, TierSummary,
};
pub use bench::{bench_summary, BenchSummary};
pub use benchmark::{
    benchmark_bands, benchmark_for, rating, Benchmark, BenchmarkSource, Comparison, ErBasis,
    PriceRange, RateCard, Rating, Segment, COMMENTS_SOURCE, FAR_ABOVE_FACTOR, FAR_BELOW_FACTOR,
    HEALTHY_COMMENTS_PER_100_LIKES, MARKERLY_UNDER, MODASH_YOUTUBE_MEGA, RATE_CARD_BANDS,
    RATING_SOURCE,
};
pub use header::{
    field_for_header, match_header, normalize as normalize_header, Field, FieldKind, HeaderMatch,
    Identity,
};
pub use number::{parse_number, DecimalMark, Number, NumberError};
pub use read::{
    detect_delimiter, read_roster, read_roster_with, ReadOptions, ReadProgress, PROGRESS_ROWS,
};
pub use roster::{
    ChoiceReason, Column, ColumnRef, Creator, InputFormat, JsonError, JsonFault, Label, Labels,
    MarkDecidedBy, Merged, Metric, Notice, Platform, PlatformCell, PlatformFrom, Problem,
    ProblemKind, Roster, Row, Source, Values, MAX_COLUMNS,
};
pub use tier::{builtin_schemes, scheme_by_id, SchemeError, Tier, TierScheme};

pub use text::safe_cell;

/// Input bytes as text: UTF-8 without its BOM, else read as Windows-1252.
pub fn decode_text(input: &[u8]) -> String {
    text::decode(input).0.into_owned()
}
