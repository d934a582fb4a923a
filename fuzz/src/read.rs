//! Reading and analysis of any bytes: `read_roster` with the default options, then
//! `analyze` with the default settings. Nothing panics; at its peak it holds at most
//! [`bytes_allowed`] (a few hundred bytes per input byte: one tiny row becomes a creator
//! of a few hundred bytes, which is the most a row can cost); and every data row ends up
//! as a creator, a merged post, a counted duplicate or a reported problem.
//!
//! The last is checked twice: against the reader's own count of rows (every kind of
//! input), and, for delimited text without quotes (where a row is a line), against the
//! lines counted here.

use super::alloc;
use tierwise::domain::{
    analyze, decode_text, read_roster, ProblemKind, ReadOptions, Roster, Settings,
};

/// The most memory reading and analysing `len` bytes may hold at once, beyond what was
/// held before.
pub fn bytes_allowed(len: usize) -> usize {
    400 * len + (4 << 20)
}

pub fn check(data: &[u8]) {
    alloc::reset_peak();
    let base = alloc::current();
    let roster = read_roster(data, &ReadOptions::default());
    let analysis = analyze(&roster, &Settings::default());
    if let Some(peak) = alloc::peak() {
        let used = peak.saturating_sub(base);
        assert!(
            used <= bytes_allowed(data.len()),
            "reading {} bytes held {used} bytes at the peak",
            data.len()
        );
    }
    assert_eq!(
        analysis.keys.len(),
        roster.creators.len(),
        "every creator is analysed"
    );
    check_accounting(data, &roster);
}

/// Rows rejected whole and reported that the reader counts as read (a JSON element that
/// does not parse, or a row with an unclosed quote, is reported without being read).
fn rejected(r: &Roster) -> usize {
    r.problems
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                ProblemKind::NoIdentity | ProblemKind::TooManyCells { .. }
            )
        })
        .count()
}

pub fn accounted(r: &Roster) -> usize {
    let creators: usize = r.creators.iter().map(|c| c.rows.len().max(1)).sum();
    let duplicates: usize = r.creators.iter().map(|c| c.duplicate_lines.len()).sum();
    creators + duplicates + rejected(r)
}

fn check_accounting(data: &[u8], roster: &Roster) {
    assert_eq!(
        accounted(roster),
        roster.rows_read,
        "rows read {} but {} creators' rows, {} duplicates and {} rejected; problems {:?}",
        roster.rows_read,
        roster
            .creators
            .iter()
            .map(|c| c.rows.len().max(1))
            .sum::<usize>(),
        roster
            .creators
            .iter()
            .map(|c| c.duplicate_lines.len())
            .sum::<usize>(),
        rejected(roster),
        roster.problems
    );
    if let Some(lines) = plain_data_lines(data) {
        assert_eq!(
            roster.rows_read, lines,
            "delimited text without quotes has {lines} data lines, the reader read {}",
            roster.rows_read
        );
    }
}

/// For delimited text without any quote: the lines after the header with a cell that is
/// not blank (lines end at `\n`, `\r\n` or a lone `\r`); `None` for other input.
pub fn plain_data_lines(data: &[u8]) -> Option<usize> {
    let text = decode_text(data);
    let first = text.trim_start().chars().next()?;
    if first == '[' || first == '{' || text.contains('"') {
        return None;
    }
    let delimiter = char::from(tierwise::domain::detect_delimiter(&text));
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = text.split('\n').filter(|l| !l.is_empty());
    lines.next()?; // the header
    Some(
        lines
            .filter(|l| l.split(delimiter).any(|c| !c.trim().is_empty()))
            .count(),
    )
}
