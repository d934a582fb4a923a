//! Delimited text (CSV, TSV, `;` or `|`): the delimiter is detected, records are parsed by
//! csv-core straight from the text, and a quote that never closes costs only its own row.

use super::super::header::{match_header, Field};
use super::super::roster::{InputFormat, Notice, ProblemKind, Roster, MAX_COLUMNS};
use super::builder::RosterBuilder;
use super::cells::{Cell, Cells};
use super::columns::{Sample, SAMPLE_ROWS};
use super::{ReadOptions, ReadProgress, PROGRESS_ROWS};

/// One record of delimited text: its fields end to end, and where each ends.
#[derive(Default)]
struct Record {
    fields: Vec<u8>,
    ends: Vec<usize>,
    len: usize,
}

impl Record {
    fn field(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends[..self.len].get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.fields.get(start..end)
    }

    fn iter(&self) -> impl Iterator<Item = &[u8]> {
        let mut start = 0;
        self.ends[..self.len].iter().map(move |&end| {
            let field = self.fields.get(start..end).unwrap_or_default();
            start = end;
            field
        })
    }

    /// All fields' bytes, end to end.
    fn as_slice(&self) -> &[u8] {
        let end = self.len.checked_sub(1).map_or(0, |last| self.ends[last]);
        &self.fields[..end]
    }
}

impl Cells for Record {
    fn count(&self) -> usize {
        self.len
    }
    fn cell(&self, i: usize) -> Option<Cell<'_>> {
        self.field(i).map(Cell::Bytes)
    }
    fn cells(&self) -> impl Iterator<Item = Cell<'_>> {
        self.iter().map(Cell::Bytes)
    }
}

/// Records of delimited text straight from the text (csv-core's parser, without copying
/// the input into a reader's buffer first).
struct Records<'t> {
    core: csv_core::Reader,
    input: &'t [u8],
    /// Bytes of `input` read so far.
    pos: usize,
    done: bool,
}

impl<'t> Records<'t> {
    fn new(input: &'t [u8], delimiter: u8) -> Self {
        Records {
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            input,
            pos: 0,
            done: false,
        }
    }

    /// Where reading is: the byte offset in `input` and the line (1-based, counting every
    /// newline read, quoted ones included).
    fn position(&self) -> (usize, u64) {
        (self.pos, self.core.line())
    }

    /// Reads the next record into `record`; returns where it started (as
    /// [`Records::position`]), or `None` at the end.
    fn next(&mut self, record: &mut Record) -> Option<(usize, u64)> {
        use csv_core::ReadRecordResult;
        if self.done {
            return None;
        }
        let start = self.position();
        if record.fields.is_empty() {
            record.fields.resize(4096, 0);
            record.ends.resize(64, 0);
        }
        let (mut out, mut ends) = (0, 0);
        loop {
            // An empty input tells the parser the text has ended.
            let (result, nin, nout, nend) = self.core.read_record(
                &self.input[self.pos..],
                &mut record.fields[out..],
                &mut record.ends[ends..],
            );
            self.pos += nin;
            out += nout;
            ends += nend;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => {
                    let n = record.fields.len() * 2;
                    record.fields.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = record.ends.len() * 2;
                    record.ends.resize(n, 0);
                }
                ReadRecordResult::Record => {
                    // The parser counts each field's end from the record's start.
                    record.len = ends;
                    return Some(start);
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}

/// Picks the delimiter: the candidate found outside quotes the same number of times on the
/// most lines from the header on. The header is the first line holding the candidate, among
/// the first few: a title above it (`My roster`, `Top creators, June 2022`) holds none, or
/// not as many, and is not counted. Ties go to tab (a spreadsheet copy).
pub fn detect_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b'\t', b';', b',', b'|'];
    /// Lines above the header a title may take (as [`later_header`] looks at).
    const TITLE_LINES: usize = 10;
    let mut lines: Vec<[usize; 4]> = Vec::new();
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut line_has_text = false;
    for &b in text.as_bytes().iter().take(64 * 1024) {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => {
                if line_has_text {
                    lines.push(counts);
                }
                counts = [0; 4];
                line_has_text = false;
                if lines.len() >= 50 {
                    break;
                }
            }
            _ if !in_quotes => {
                if let Some(i) = CANDIDATES.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
                if !b.is_ascii_whitespace() {
                    line_has_text = true;
                }
            }
            _ => {}
        }
    }
    if line_has_text {
        lines.push(counts);
    }
    let mut best: Option<(usize, usize, u8)> = None;
    for (i, &cand) in CANDIDATES.iter().enumerate() {
        // The header for this candidate: the first line holding it.
        let Some(header) = lines.iter().take(TITLE_LINES).position(|l| l[i] > 0) else {
            continue;
        };
        let n = lines[header][i];
        let consistent = lines[header..].iter().filter(|l| l[i] == n).count();
        let better = match best {
            None => true,
            Some((c, count, _)) => {
                consistent > c || (consistent == c && n > count && cand != b'\t')
            }
        };
        if better {
            best = Some((consistent, n, cand));
        }
    }
    best.map_or(b',', |(_, _, d)| d)
}

/// Lines wrapped whole in quotes (`"handle,followers,likes"`, as some round trips through
/// a spreadsheet write them), unwrapped: when the header line and nearly all of the first
/// lines are one quoted cell holding a delimiter.
fn unwrap_rows(text: &str) -> Option<String> {
    let wrapped = |line: &str| -> Option<String> {
        let l = line.trim_end_matches('\r').trim();
        let inner = l.strip_prefix('"')?.strip_suffix('"')?;
        // One cell: every quote inside is doubled.
        if inner.replace("\"\"", "").contains('"') {
            return None;
        }
        let inner = inner.replace("\"\"", "\"");
        inner.contains([',', ';', '\t', '|']).then_some(inner)
    };
    let mut lines = text.split('\n').filter(|l| !l.trim().is_empty());
    wrapped(lines.next()?)?;
    let head: Vec<&str> = lines.take(19).collect();
    let ok = head.iter().filter(|l| wrapped(l).is_some()).count();
    if ok * 10 < head.len() * 9 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match wrapped(line) {
            Some(inner) => out.push_str(&inner),
            None => out.push_str(line),
        }
    }
    Some(out)
}

/// Whether these headers name a field a roster needs (who, or how many followers).
fn names_fields(headers: &[String]) -> bool {
    headers.iter().any(|h| {
        matches!(
            match_header(h).field,
            Some(Field::Handle | Field::Name | Field::Followers)
        )
    })
}

/// Below a title or an empty first line: the first of the next ten records that names a
/// handle or name and followers, as (its cells, where it starts, where it ends).
fn later_header(text: &str, from: usize, delimiter: u8) -> Option<(Vec<String>, usize, usize)> {
    let mut reader = Records::new(&text.as_bytes()[from..], delimiter);
    let mut record = Record::default();
    for _ in 0..10 {
        let (start, _) = reader.next(&mut record)?;
        let cells: Vec<String> = record
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        let fields: Vec<Field> = cells.iter().filter_map(|h| match_header(h).field).collect();
        let who = fields
            .iter()
            .any(|f| matches!(f, Field::Handle | Field::Name));
        if fields.len() >= 2 && (who || fields.contains(&Field::Followers)) {
            // The record's first byte (the parser may point at the previous line's end).
            let mut start = from + start;
            while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            return Some((cells, start, from + reader.position().0));
        }
    }
    None
}

/// The first rows' cells from byte `from` on, for the column decisions.
fn sample_rows(text: &str, from: usize, delimiter: u8) -> Sample {
    let mut reader = Records::new(&text.as_bytes()[from.min(text.len())..], delimiter);
    let mut record = Record::default();
    let mut rows = Vec::new();
    while rows.len() < SAMPLE_ROWS && reader.next(&mut record).is_some() {
        rows.push(
            record
                .iter()
                .map(|c| String::from_utf8_lossy(c).trim().to_string())
                .collect(),
        );
    }
    rows
}

pub(super) fn read_delimited(
    text: &str,
    options: &ReadOptions,
    progress: &mut dyn FnMut(ReadProgress),
) -> Roster {
    if let Some(unwrapped) = unwrap_rows(text) {
        let mut roster = read_delimited(&unwrapped, options, progress);
        roster.notices.insert(0, Notice::UnwrappedRows);
        return roster;
    }
    let delimiter = detect_delimiter(text);
    let reader_at = |mut from: usize| {
        // Fields are taken as text without checking them again (`Cell::text`), so a reader
        // must start on a character boundary of `text`. Callers pass line starts, which
        // are; this keeps it so whatever they pass.
        while !text.is_char_boundary(from) {
            from += 1;
        }
        Records::new(&text.as_bytes()[from..], delimiter)
    };
    // One pass: cells whose reading depends on the column's decimal mark (`1,234`) are
    // read both ways and settled in `finish`, once the whole column has been seen.
    let mut reader = reader_at(0);
    let mut record = Record::default();
    let mut header_problem = None;
    let mut base = 0;
    let too_wide = |found: usize| Roster {
        format: InputFormat::Delimited {
            delimiter: char::from(delimiter),
        },
        notices: vec![Notice::TooManyColumns { found }],
        ..Roster::default()
    };
    let mut headers: Vec<String> = match reader.next(&mut record) {
        // Before making a string of each of a million cells.
        Some(_) if record.len > MAX_COLUMNS => return too_wide(record.len),
        Some(_) => {
            let end = reader.position().0;
            let spans_lines = record.as_slice().contains(&b'\n');
            let at_end = end >= text.len();
            match bad_quote(&text.as_bytes()[..end.min(text.len())], delimiter, at_end)
                .filter(|_| spans_lines || at_end)
            {
                // A bad quote in the header: read the first line alone, quotes as
                // characters, and the rows from the next line.
                Some(_) => {
                    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
                    header_problem = Some(first_end);
                    base = first_end;
                    text[..first_end]
                        .trim_end()
                        .split(char::from(delimiter))
                        .map(|h| h.trim().trim_matches('"').to_string())
                        .collect()
                }
                None => record
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).trim().to_string())
                    .collect(),
            }
        }
        None => Vec::new(),
    };
    if header_problem.is_some() {
        reader = reader_at(base);
    }
    let mut header_on = None;
    if header_problem.is_none() && headers.len() <= MAX_COLUMNS && !names_fields(&headers) {
        if let Some((cells, start, end)) = later_header(text, reader.position().0, delimiter) {
            headers = cells;
            header_on = Some(
                1 + text.as_bytes()[..start]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count() as u64,
            );
            base = end;
            reader = reader_at(base);
        }
    }
    if headers.len() > MAX_COLUMNS {
        return too_wide(headers.len());
    }
    let body = if base > 0 { base } else { reader.position().0 };
    let sample = sample_rows(text, body, delimiter);
    let mut rb = RosterBuilder::new(
        InputFormat::Delimited {
            delimiter: char::from(delimiter),
        },
        headers,
        &sample,
        options,
    );
    if rb.stopped() {
        return rb.finish();
    }
    if let Some(line) = header_on {
        rb.notice(Notice::HeaderOnLine { line });
    }
    // Sizing the vectors once saves copying a million creators while they grow: estimate
    // the rows from the first 64 KiB rather than counting every line of a big file.
    let sample = &text.as_bytes()[..text.len().min(64 * 1024)];
    let sample_lines = sample.iter().filter(|b| **b == b'\n').count().max(1);
    rb.reserve(text.len() / (sample.len() / sample_lines).max(1) + 16);
    if let Some(first_end) = header_problem {
        let bad = text[..first_end].trim_end().to_string();
        rb.problem(1, None, bad, ProblemKind::UnclosedQuote);
    }
    // The line `base` is on, where the csv reader's own count starts from; counted onwards
    // from the previous `base` only.
    let (mut counted_to, mut base_line) = (0, 1u64);
    loop {
        base_line += text.as_bytes()[counted_to..base]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        counted_to = base;
        let at = Resume {
            base,
            line: base_line,
        };
        match read_records(&mut reader, at, &mut rb, text, delimiter, progress) {
            Some(resume) if resume < text.len() => {
                base = resume;
                reader = reader_at(base);
            }
            _ => break,
        }
    }
    rb.finish()
}

/// Reads records from `reader` (which starts at byte `base` of `text`, on line `base_line`).
///
/// A quote that opens a cell and never closes, or that a later quote "closes" with text
/// after it (the csv reader accepts both), would swallow the following rows into one cell.
/// Such a record is reported instead of read, and the byte offset to resume from, the start
/// of the line after the opening quote, is returned. Only records whose cells span lines
/// (and the last record) can be like that, so only they are checked.
fn read_records(
    reader: &mut Records,
    at: Resume,
    rb: &mut RosterBuilder,
    text: &str,
    delimiter: u8,
    progress: &mut dyn FnMut(ReadProgress),
) -> Option<usize> {
    let Resume {
        base,
        line: base_line,
    } = at;
    // The physical line a person's editor shows. The parser counts every newline before a
    // record's position, quoted ones included; on CRLF text that position is the `\n` that
    // ends the previous line, which is then one more.
    let line_of = |(byte, line): (usize, u64)| {
        let at = base + byte;
        let ends: u64 = text.as_bytes()[at.min(text.len())..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count() as u64;
        base_line - 1 + line + ends
    };
    let mut record = Record::default();
    let mut rows = 0usize;
    while let Some(position) = reader.next(&mut record) {
        let (line, start) = (line_of(position), base + position.0);
        let (end, end_line) = reader.position();
        let end = base + end;
        let at_end = reader.done || end >= text.len();
        // Newlines inside the record's cells, from the parser's count: the newlines it read
        // for this record, less those of blank lines before it and of its own line end.
        let before = line - (base_line - 1 + position.1);
        let ending = u64::from(end > 0 && text.as_bytes().get(end - 1) == Some(&b'\n'));
        // (Exact unless the text ends inside a quote, and the last record is checked anyway.)
        let spans_lines = end_line - position.1 > before + ending;
        debug_assert!(at_end || spans_lines == record.as_slice().contains(&b'\n'));
        if spans_lines || at_end {
            let span = &text.as_bytes()[start.min(text.len())..end.clamp(start, text.len())];
            if let Some(quote) = bad_quote(span, delimiter, at_end) {
                return Some(report_bad_quote(rb, text, line, start, start + quote));
            }
        }
        rb.push_row(line, &record);
        rows += 1;
        if rows.is_multiple_of(PROGRESS_ROWS) {
            progress(ReadProgress {
                done: end.min(text.len()),
                of: text.len(),
                rows,
            });
        }
    }
    None
}

/// Where [`read_records`] starts: byte `base` of the text, on line `line`.
#[derive(Clone, Copy)]
struct Resume {
    base: usize,
    line: u64,
}

/// Reports a record with a bad quote (whose text runs from `start`, its quote at `quote`)
/// and returns where reading resumes: the start of the line after the quote.
fn report_bad_quote(
    rb: &mut RosterBuilder,
    text: &str,
    line: u64,
    start: usize,
    quote: usize,
) -> usize {
    let line_end = text.as_bytes()[quote..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(text.len(), |i| quote + i + 1);
    let bad = String::from_utf8_lossy(&text.as_bytes()[start..line_end])
        .trim_end()
        .to_string();
    rb.problem(line, None, bad, ProblemKind::UnclosedQuote);
    line_end
}

/// In the raw text of one record: the offset of a quote that opens a cell and is closed by
/// a quote followed by something other than the delimiter or a line end, or (when the
/// record ends the text, `at_end`) never closed. A quote inside a cell that does not start
/// with one is an ordinary character, as for the csv reader.
fn bad_quote(span: &[u8], delimiter: u8, at_end: bool) -> Option<usize> {
    let mut i = 0;
    let mut field_start = true;
    while i < span.len() {
        let b = span[i];
        if b == b'"' && field_start {
            let open = i;
            i += 1;
            loop {
                match span.get(i) {
                    None => return at_end.then_some(open),
                    Some(b'"') if span.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        match span.get(i + 1) {
                            None | Some(b'\r' | b'\n') => {}
                            Some(&d) if d == delimiter => {}
                            Some(_) => return Some(open),
                        }
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            field_start = false;
        } else {
            field_start = b == delimiter || b == b'\n' || b == b'\r';
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_header_wider_than_any_roster_is_not_read_as_one() {
        let line: Vec<String> = (0..50_000).map(|i| format!("h{i}")).collect();
        let r = read(&format!("{}\n1,2\n", line.join(",")));
        assert_eq!(r.notices, vec![Notice::TooManyColumns { found: 50_000 }]);
        assert!(r.creators.is_empty() && r.columns.is_empty());
    }

    use super::*;
    use crate::domain::read::tests_support::read;
    use crate::domain::{Metric, Notice, ProblemKind};

    #[test]
    fn long_fields_and_wide_rows_are_read_whole() {
        // Past the record buffer's first 4 KiB and 64 field ends, quoted and not.
        let long = "é".repeat(5_000);
        let extra_headers: Vec<String> = (0..100).map(|i| format!("x{i}")).collect();
        let extra_cells: Vec<String> = (0..100).map(|i| i.to_string()).collect();
        let text = format!(
            "handle,name,followers,{}\nana,\"{long}, the long\",1200,{}\nbo,{long},50,{}\n",
            extra_headers.join(","),
            extra_cells.join(","),
            extra_cells.join(",")
        );
        let r = read(&text);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].name, format!("{long}, the long"));
        assert_eq!(r.creators[1].name, long);
        assert_eq!(r.creators[1].get(Metric::Followers), Some(50.0));
        assert_eq!(r.creators[1].extras.len(), 100);
        assert_eq!(r.creators[1].extras[99], "99");
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a\tb\tc\n1\t2,5\t3\n"), b'\t');
        assert_eq!(detect_delimiter("a;b;c\n1;2,5;3,1\n4;5,5;6,2\n"), b';');
        assert_eq!(detect_delimiter("a|b\n1|2\n"), b'|');
        assert_eq!(detect_delimiter("name,f\n\"A, B\",3\n\"C, D\",4\n"), b',');
    }

    #[test]
    fn a_title_above_the_header_does_not_hide_the_delimiter() {
        // A title holding none of the delimiter, or a comma of its own, above a table of tabs
        // or semicolons: the header is the first line holding the delimiter.
        for (text, want) in [
            (
                "My roster\nhandle\tfollowers\tlikes\nana\t12000\t300\n",
                b'\t',
            ),
            ("My roster\n\nhandle\tfollowers\nana\t12000\n", b'\t'),
            (
                "Top creators, June 2022\nhandle\tfollowers\tlikes\nana\t12000\t300\n",
                b'\t',
            ),
            (
                "My roster\nhandle;followers;likes\nana;12000;300\nbob;5000;90\n",
                b';',
            ),
            (
                "Roster | June\nhandle,followers\nana,12000\nbob,5000\n",
                b',',
            ),
            // A delimiter found only in the cells, not the header, does not win.
            ("handle,bio\nana,a;b\nbob,c;d\n", b','),
        ] {
            assert_eq!(detect_delimiter(text), want, "{text:?}");
        }
        for text in [
            "My roster\nhandle\tfollowers\tlikes\nana\t12000\t300\nbob\t5000\t90\n",
            "My roster\n\nhandle\tfollowers\tlikes\nana\t12000\t300\nbob\t5000\t90\n",
            "My roster\r\nhandle;followers;likes\r\nana;12000;300\r\nbob;5000;90\r\n",
        ] {
            let r = read(text);
            assert!(r.problems.is_empty(), "{text:?}: {:?}", r.problems);
            let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
            assert_eq!(handles, ["ana", "bob"], "{text:?}");
            assert_eq!(r.creators[1].get(Metric::Followers), Some(5000.0));
            assert_eq!(
                r.creators[0].line,
                if text.contains("\n\n") { 4 } else { 3 }
            );
        }
    }

    #[test]
    fn bom_crlf_and_quoted_newlines() {
        let r =
            read("\u{feff}Handle,Name,Followers\r\nann,\"Ann,\r\nCooks\",5000\r\nbo,Bo,600\r\n");
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].name, "Ann,\r\nCooks");
        assert_eq!(r.creators[1].line, 4);
    }

    #[test]
    fn an_unclosed_quote_is_reported_and_later_rows_still_read() {
        let r = read("handle,name,followers\na,\"Bob,100\nb,Carl,200\nc,Dan,300\n");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 2);
        assert_eq!(r.problems[0].kind, ProblemKind::UnclosedQuote);
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["b", "c"]);
        assert_eq!(r.creators[0].line, 3);
        // A quote inside a cell (not opening it) is just a character.
        let r = read("handle,name,followers\na,5'11\" Tall,100\nb,Bo,200\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.creators.len(), 2);
    }

    #[test]
    fn rows_of_whitespace_only_are_blank_lines_whatever_the_whitespace() {
        // A spreadsheet copy's no-break spaces, a stray vertical tab (found by the read
        // fuzz target: counted as a row without a handle, unlike the same row read as text).
        for blank in [",\u{a0}", "\u{a0}\u{a0},\u{2003}", ",\u{b}", " ,\t"] {
            let r = read(&format!("handle,followers\n{blank}\na,100\n"));
            assert_eq!(r.rows_read, 1, "{blank:?}");
            assert!(r.problems.is_empty(), "{blank:?}: {:?}", r.problems);
            assert_eq!(r.creators[0].line, 3);
        }
    }

    #[test]
    fn lone_cr_line_endings() {
        let r = read("handle,followers\ra,zz\rb,qq\r");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 3]);
    }

    #[test]
    fn line_numbers_count_blank_lines_and_crlf() {
        let r = read("handle,followers\n\na,zz\n\n\nb,qq\n");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3, 6]);
        let r = read("handle,followers\r\n\r\na,zz\r\n\r\n\r\nb,qq\r\n");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3, 6]);
    }

    #[test]
    fn blank_lines_before_the_header_and_after_a_bad_quote() {
        let r = read("\n\nhandle,name,followers\na,Al,zz\n");
        assert_eq!(r.problems[0].line, 4);
        assert_eq!(r.creators[0].line, 4);
        let r = read("handle,name,followers\na,\"Al,1\n\n\nb,Bo,zz\n");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 5]);
        let r = read("\nhandle,name,followers\na,\"Al,1\nb,Bo,zz\n");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3, 4]);
    }

    #[test]
    fn an_unclosed_quote_on_the_last_line_without_a_newline() {
        let r = read("handle,name,followers\na,Al,1\nb,\"Bo,2");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(
            (r.problems[0].line, &r.problems[0].kind),
            (3, &ProblemKind::UnclosedQuote)
        );
        assert_eq!(r.creators.len(), 1);
    }

    #[test]
    fn an_unclosed_quote_in_the_header() {
        let r = read("handle,\"name,followers\na,Al,1\nb,Bo,2\n");
        assert_eq!(
            (r.problems[0].line, &r.problems[0].kind),
            (1, &ProblemKind::UnclosedQuote)
        );
        assert!(r.missing.is_empty(), "{:?}", r.columns);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[1].get(Metric::Followers), Some(2.0));
    }

    #[test]
    fn a_quote_closed_by_a_later_one_does_not_swallow_rows() {
        let r = read("handle,name,followers\na,\"Al,1\nb,Bo,zz\nc,\"Cy,2\n\nd,Di,qq\n");
        let found: Vec<(u64, &ProblemKind)> =
            r.problems.iter().map(|p| (p.line, &p.kind)).collect();
        assert_eq!(found[0], (2, &ProblemKind::UnclosedQuote));
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert!(
            handles.contains(&"b") && handles.contains(&"d"),
            "{handles:?} {found:?}"
        );
        let r = read("handle,name,followers\r\na,\"Al,1\r\nb,Bo,2\r\nc,\"Cy\r\nZ\",3\r\n");
        assert_eq!(
            (r.problems[0].line, &r.problems[0].kind),
            (2, &ProblemKind::UnclosedQuote)
        );
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["b", "c"]);
        assert_eq!(r.creators[1].name, "Cy\r\nZ");
        // A quoted cell with a newline, closed properly, is fine.
        let r = read("handle,name,followers\na,\"Al\nPal\",1\nb,Bo,2\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.creators.len(), 2);
    }
}
