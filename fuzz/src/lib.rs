//! The checks behind Tierwise's fuzz targets (`fuzz_targets/`), kept apart from libFuzzer
//! so a stable `cargo test` can run them too: the main crate's tests include these files
//! (`#[path]`) and replay every saved input in `fuzz/regressions/<target>/`.
//!
//! - [`split`]: the budget split against enumeration of every plan;
//! - [`share`]: share links, shared files and the autosave record;
//! - [`read`]: reading and analysis of any bytes.
//!
//! Inside, modules refer to each other as `super::…`, so they work both as this crate and
//! as a module of a test.

pub mod alloc;
pub mod bytes;
pub mod read;
pub mod share;
pub mod split;

use std::path::Path;

/// Runs `check` on every file in `dir` (sorted by name); returns how many. A missing
/// directory is none.
pub fn replay(dir: &Path, check: fn(&[u8])) -> usize {
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => return 0,
    };
    files.sort();
    for path in &files {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        eprintln!("replaying {}", path.display());
        check(&data);
    }
    files.len()
}
