//! Reading and analysis of any bytes: `read_roster` with the default options, then
//! `analyze` with the default settings. Nothing panics; at its peak it holds at most
//! [`bytes_allowed`] (64 bytes per input byte and a mebibyte: the fixtures take 9 to 40
//! per byte and under 60 KB, `examples/readmem` shows it); and every data row ends up as a
//! creator, a merged post, a counted duplicate or a reported problem.
//!
//! The last is checked twice: against the reader's own count of rows (every kind of
//! input), and, for delimited text without quotes (where a row is a line), against the
//! lines counted here.

use super::alloc;
use tierwise::domain::{
    analyze, decode_text, read_roster, InputFormat, Notice, ProblemKind, ReadOptions, Roster,
    Settings,
};

/// The most memory reading and analysing `len` bytes may hold at once, beyond what was
/// held before.
pub fn bytes_allowed(len: usize) -> usize {
    64 * len + (1 << 20)
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
/// does not parse, or a row with an unclosed quote, is reported without being read),
/// counting those past the listed ones (`ProblemKind::More`).
fn rejected(r: &Roster) -> usize {
    fn read_and_rejected(kind: &ProblemKind) -> bool {
        match kind {
            ProblemKind::NoIdentity | ProblemKind::TooManyCells { .. } => true,
            ProblemKind::More { like, .. } => read_and_rejected(like),
            _ => false,
        }
    }
    r.problems
        .iter()
        .filter(|p| read_and_rejected(&p.kind))
        .map(|p| p.kind.count())
        .sum()
}

pub fn accounted(r: &Roster) -> usize {
    let creators: usize = r.creators.iter().map(|c| c.rows().len().max(1)).sum();
    let duplicates: usize = r.creators.iter().map(|c| c.duplicate_lines().len()).sum();
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
            .map(|c| c.rows().len().max(1))
            .sum::<usize>(),
        roster
            .creators
            .iter()
            .map(|c| c.duplicate_lines().len())
            .sum::<usize>(),
        rejected(roster),
        roster.problems
    );
    // A file the reader takes for something else (binary, an image, an archive) is said to
    // be one as a whole, not row by row. (Text that it wrongly takes for binary is a
    // finding of its own: fuzz/artifacts/read/binary-verdict-*.)
    if matches!(roster.format, InputFormat::NotARoster { .. }) {
        return;
    }
    // A workbook (`PK` and a zip, an OLE file) is read by its sheets' cells, not its lines;
    // one that cannot be read is said to be one as a whole.
    if roster
        .notices
        .iter()
        .any(|n| matches!(n, Notice::Sheet { .. } | Notice::WorkbookUnreadable { .. }))
    {
        return;
    }
    // The header found below the first line: the lines above it are not rows (said in a
    // notice).
    let header_line = roster
        .notices
        .iter()
        .find_map(|n| match n {
            Notice::HeaderOnLine { line } => Some(*line),
            _ => None,
        })
        .unwrap_or(0);
    if roster
        .notices
        .iter()
        .any(|n| matches!(n, Notice::UnwrappedRows))
    {
        return; // every line was in quotes: the count below does not apply
    }
    if let Some(lines) = plain_data_lines(data, header_line) {
        assert_eq!(
            roster.rows_read, lines,
            "delimited text without quotes has {lines} data lines, the reader read {}",
            roster.rows_read
        );
    }
}

/// For delimited text without any quote: the lines after the header with a cell that is
/// not blank (lines end at `\n`, `\r\n` or a lone `\r`). The header is the first line
/// that is not empty, or line `header_line` (1-based) when that is given; `None` for other
/// input.
pub fn plain_data_lines(data: &[u8], header_line: u64) -> Option<usize> {
    let text = decode_text(data);
    let first = text.trim_start().chars().next()?;
    if first == '[' || first == '{' || text.contains('"') {
        return None;
    }
    // A lone CR among LF line ends ends a record but not a line as the reader numbers
    // them, so a header line number cannot be followed here.
    let lone_cr = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'\r' && w[1] != b'\n')
        || text.ends_with('\r');
    if lone_cr && text.contains('\n') {
        return None;
    }
    let delimiter = char::from(tierwise::domain::detect_delimiter(&text));
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Box<dyn Iterator<Item = &str>> = if header_line > 0 {
        Box::new(text.split('\n').skip(usize::try_from(header_line).ok()?))
    } else {
        let mut rest = text.split('\n').skip_while(|l| l.is_empty());
        rest.next()?; // the header
        Box::new(rest)
    };
    let data_lines = lines
        .by_ref()
        .filter(|l| l.split(delimiter).any(|c| !c.trim().is_empty()))
        .count();
    Some(data_lines)
}
