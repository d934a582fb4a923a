//! Input text or bytes → [`Roster`]: recognises JSON, JSON Lines or delimited text, finds the
//! delimiter, maps headers to fields, decides each numeric column's decimal mark from the
//! whole column, then reads every row. Rows of one handle are merged (per-post rows,
//! duplicates). Every rejected row or cell becomes a [`Problem`]; nothing is dropped quietly.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::header::{map_headers, Field, FieldKind};
use super::number::{read_cell, simple_body, DecimalMark, Evidence, NumberError, Reading};
use super::roster::{
    Column, Creator, InputFormat, MarkDecidedBy, Metric, Notice, Platform, Problem, ProblemKind,
    Roster, Row, Source, Text, Values,
};
use super::text::{decode, repair_mojibake};

/// Choices the user can make about reading.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadOptions {
    /// Platform for rows whose roster has no platform column or an empty cell.
    pub default_platform: Platform,
    /// The user's own column mapping, by column index: replaces the recognised one where
    /// given. `Some(None)` means "ignore this column".
    pub mapping: Vec<(usize, Option<Field>)>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_platform: Platform::Instagram,
            mapping: Vec::new(),
        }
    }
}

/// One cell, from delimited text or JSON.
#[derive(Clone, Copy, Debug)]
enum Cell<'a> {
    Text(&'a str),
    /// A field of delimited text read from a `&str`, hence valid UTF-8 (see [`Cell::text`]);
    /// numbers are read from the bytes.
    Bytes(&'a [u8]),
    /// A JSON number, with its text.
    Number(f64, &'a str),
}

impl<'a> Cell<'a> {
    fn text(self) -> &'a str {
        match self {
            Cell::Text(t) => t,
            Cell::Bytes(b) => {
                debug_assert!(
                    std::str::from_utf8(b).is_ok(),
                    "a field cut inside a character"
                );
                // SAFETY: `Cell::Bytes` only holds fields of a `csv::ByteRecord` read from a
                // `&str` (`read_delimited`'s text, from a line start: a character boundary).
                // The csv reader only splits at and drops ASCII bytes (delimiter, quote, CR,
                // LF) and a whole BOM, so each field is a run of whole UTF-8 characters.
                // Checking every text cell again cost a tenth of the reading time.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Cell::Number(_, text) => text,
        }
    }

    fn is_blank(self) -> bool {
        match self {
            Cell::Text(t) => t.trim().is_empty(),
            Cell::Bytes(b) => b.iter().all(u8::is_ascii_whitespace),
            Cell::Number(..) => false,
        }
    }
}

/// An owned cell, for JSON input. Numbers keep their text: a handle may be a number.
#[derive(Clone, Debug)]
enum OwnedCell {
    Text(String),
    Number(f64, String),
}

impl OwnedCell {
    fn as_cell(&self) -> Cell<'_> {
        match self {
            OwnedCell::Text(s) => Cell::Text(s),
            OwnedCell::Number(n, text) => Cell::Number(*n, text),
        }
    }
}

/// The cells of one input row, read without copying them into a new vector.
trait Cells {
    fn count(&self) -> usize;
    fn cell(&self, i: usize) -> Option<Cell<'_>>;
    /// The cells in order (cheaper than `cell` for each).
    fn cells(&self) -> impl Iterator<Item = Cell<'_>>;
}

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

impl Cells for [Option<OwnedCell>] {
    fn count(&self) -> usize {
        self.len()
    }
    fn cell(&self, i: usize) -> Option<Cell<'_>> {
        self.get(i).map(owned_cell)
    }
    fn cells(&self) -> impl Iterator<Item = Cell<'_>> {
        self.iter().map(owned_cell)
    }
}

fn owned_cell(c: &Option<OwnedCell>) -> Cell<'_> {
    c.as_ref().map_or(Cell::Text(""), OwnedCell::as_cell)
}

/// What reading a row does with a column's cells.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// A figure.
    Number(Metric, FieldKind),
    /// Text of the creator: an index into [`TEXT_FIELDS`].
    Text(usize),
    /// An unmapped column, kept as it is.
    Extra,
    /// A column the user chose to ignore.
    Ignore,
}

/// The text fields a row is read for, in the order `push_row` keeps them.
const TEXT_FIELDS: [Field; 6] = [
    Field::Handle,
    Field::Name,
    Field::Category,
    Field::Country,
    Field::Platform,
    Field::Post,
];

fn cell_text(cell: Option<Cell>) -> String {
    match cell {
        Some(c) => c.text().to_string(),
        None => String::new(),
    }
}

fn row_text<C: Cells + ?Sized>(cells: &C) -> String {
    (0..cells.count())
        .map(|i| cell_text(cells.cell(i)))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Reads a whole roster from file bytes or pasted text.
pub fn read_roster(input: &[u8], options: &ReadOptions) -> Roster {
    let (text, not_utf8) = decode(input);
    // Old Mac Excel ends lines with a lone CR.
    // (Looking for `\n` first: it stops at the first line's end instead of reading it all.)
    let text = if !text.contains('\n') && text.contains('\r') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    };
    let mut roster = match text.trim_start().chars().next() {
        None => Roster::default(),
        Some('[') | Some('{') => read_json(&text, options),
        Some(_) => read_delimited(&text, options),
    };
    if not_utf8 {
        roster.notices.insert(0, Notice::NotUtf8);
    }
    roster
}

/// Picks the delimiter: the candidate found outside quotes on the header line and on the
/// most following lines the same number of times. Ties go to tab (a spreadsheet copy).
pub fn detect_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b'\t', b';', b',', b'|'];
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
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best: Option<(usize, usize, u8)> = None;
    for (i, &cand) in CANDIDATES.iter().enumerate() {
        let n = header[i];
        if n == 0 {
            continue;
        }
        let consistent = lines.iter().filter(|l| l[i] == n).count();
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

fn read_delimited(text: &str, options: &ReadOptions) -> Roster {
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
    let headers: Vec<String> = match reader.next(&mut record) {
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
    let mut rb = RosterBuilder::new(
        InputFormat::Delimited {
            delimiter: char::from(delimiter),
        },
        headers,
        options,
    );
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
        match read_records(&mut reader, base, base_line, &mut rb, text, delimiter) {
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
    base: usize,
    base_line: u64,
    rb: &mut RosterBuilder,
    text: &str,
    delimiter: u8,
) -> Option<usize> {
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
    }
    None
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

/// Turns increasing byte offsets into 1-based line numbers in one pass over the text.
struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u64 {
        // The csv reader may point at the end of the previous line's CRLF: skip to the
        // record's first byte.
        let mut end = offset.min(self.text.len());
        while end < self.text.len() && matches!(self.text[end], b'\r' | b'\n') {
            end += 1;
        }
        if end > self.offset {
            self.line += self.text[self.offset..end]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64;
            self.offset = end;
        }
        self.line
    }
}

/// JSON: an array of objects, an object holding such an array, one object, or JSON Lines.
fn read_json(text: &str, options: &ReadOptions) -> Roster {
    use serde_json::value::RawValue;
    let mut problems = Vec::new();
    let mut objects: Vec<(u64, serde_json::Map<String, serde_json::Value>)> = Vec::new();
    let mut lines = LineCounter::new(text);
    let offset_of = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
    let mut push_items =
        |items: Vec<&RawValue>, objects: &mut Vec<_>, problems: &mut Vec<Problem>| {
            for raw in items {
                let line = lines.line_at(offset_of(raw));
                push_object(line, raw.get(), objects, problems);
            }
        };
    let format;
    if text.trim_start().starts_with('[') {
        format = InputFormat::Json;
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(items) => push_items(items, &mut objects, &mut problems),
            // One broken element must not cost the others: read them one by one.
            Err(e) => {
                let (elements, complete) = array_elements(text);
                for element in elements {
                    let offset = element.as_ptr() as usize - text.as_ptr() as usize;
                    push_object(lines.line_at(offset), element, &mut objects, &mut problems);
                }
                if !complete {
                    problems.push(Problem {
                        line: e.line() as u64,
                        column: None,
                        text: excerpt(text, e.line()),
                        kind: ProblemKind::Json {
                            message: e.to_string(),
                        },
                    });
                }
            }
        }
    } else if let Ok(map) =
        serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(text)
    {
        format = InputFormat::Json;
        // An object holding the creators (`{"creators": [...]}`): its longest array that
        // holds objects. Otherwise the object is one creator.
        let items = map
            .values()
            .filter_map(|raw| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok())
            .filter(|items| items.iter().any(|i| i.get().starts_with('{')))
            .max_by_key(Vec::len);
        match items {
            Some(items) => push_items(items, &mut objects, &mut problems),
            None => push_object(1, text, &mut objects, &mut problems),
        }
    } else {
        format = InputFormat::JsonLines;
        for (i, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                push_object(i as u64 + 1, line, &mut objects, &mut problems);
            }
        }
    }
    // Headers: keys in order of first appearance.
    let mut headers: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (_, o) in &objects {
        for k in o.keys() {
            if !index.contains_key(k) {
                index.insert(k.clone(), headers.len());
                headers.push(k.clone());
            }
        }
    }
    let rows: Vec<(u64, Vec<Option<OwnedCell>>)> = objects
        .into_iter()
        .map(|(line, o)| {
            let mut cells = vec![None; headers.len()];
            for (k, v) in o {
                let cell = match v {
                    serde_json::Value::Null => None,
                    serde_json::Value::Number(n) => {
                        n.as_f64().map(|f| OwnedCell::Number(f, n.to_string()))
                    }
                    serde_json::Value::String(s) => Some(OwnedCell::Text(s)),
                    other => Some(OwnedCell::Text(other.to_string())),
                };
                cells[index[&k]] = cell;
            }
            (line, cells)
        })
        .collect();
    let mut rb = RosterBuilder::new(format, headers, options);
    rb.problems.extend(problems);
    rb.reserve(rows.len());
    for (line, cells) in &rows {
        rb.push_row(*line, cells.as_slice());
    }
    rb.finish()
}

/// The top-level elements of a JSON array, as text, found by matching brackets outside
/// strings; and whether the array was closed. Used only when the array as a whole does not
/// parse, so each element can be read (or reported) on its own.
fn array_elements(text: &str) -> (Vec<&str>, bool) {
    let bytes = text.as_bytes();
    let Some(open) = bytes.iter().position(|b| *b == b'[') else {
        return (Vec::new(), false);
    };
    let mut elements = Vec::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start = open + 1;
    for (i, &b) in bytes.iter().enumerate().skip(open + 1) {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' | b']' if depth == 0 => {
                let element = text[start..i].trim();
                if !element.is_empty() {
                    elements.push(element);
                }
                if b == b']' {
                    return (elements, true);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        elements.push(rest);
    }
    (elements, false)
}

fn push_object(
    line: u64,
    text: &str,
    objects: &mut Vec<(u64, serde_json::Map<String, serde_json::Value>)>,
    problems: &mut Vec<Problem>,
) {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(o)) => objects.push((line, o)),
        Ok(_) => problems.push(Problem {
            line,
            column: None,
            text: cut(text),
            kind: ProblemKind::Json {
                message: "not an object with named fields".to_string(),
            },
        }),
        Err(e) => problems.push(Problem {
            line: line + e.line() as u64 - 1,
            column: None,
            text: cut(text),
            kind: ProblemKind::Json {
                message: e.to_string(),
            },
        }),
    }
}

fn excerpt(text: &str, line: usize) -> String {
    cut(text.lines().nth(line.saturating_sub(1)).unwrap_or(""))
}

fn cut(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() > 80 {
        let mut s: String = t.chars().take(79).collect();
        s.push('…');
        s
    } else {
        t.to_string()
    }
}

/// Evidence counts for one numeric column.
#[derive(Clone, Copy, Default)]
struct MarkVotes {
    dot: usize,
    comma: usize,
    ambiguous: usize,
    /// An ambiguous cell used a dot (`1.234`) rather than a comma (`1,234`).
    ambiguous_dot: usize,
}

/// Accumulates rows into creators. Shared by the delimited and JSON readers.
struct RosterBuilder<'o> {
    options: &'o ReadOptions,
    format: InputFormat,
    columns: Vec<Column>,
    /// For each column: the metric it fills, if numeric.
    metric_of: Vec<Option<(Metric, FieldKind)>>,
    /// For each column: what a row's cell in it is for.
    roles: Vec<Role>,
    votes: Vec<MarkVotes>,
    marks: Vec<DecimalMark>,
    /// For each field (by `Field as usize`), the column that holds it.
    col_of: [Option<usize>; Field::ALL.len()],
    extra_columns: Vec<usize>,
    creators: Vec<Creator>,
    /// Per row (= per creator before `group_rows`): the identity hash of its creator.
    identities: Vec<u64>,
    problems: Vec<Problem>,
    rows_read: usize,
    repaired_cells: usize,
    /// Ambiguous cells of the current row: metric, column, value with a decimal dot (as
    /// read) and with a decimal comma.
    row_ambiguous: Vec<(Metric, usize, f64, f64)>,
    /// Ambiguous cells of the roster, settled in `finish`.
    deferred: Vec<Deferred>,
    /// Reused for lower-casing handles.
    scratch: Vec<u8>,
}

/// An ambiguous cell (`1,234`) waiting for its column's decimal mark.
struct Deferred {
    /// The row's creator (each row is its own creator until `group_rows`).
    creator: usize,
    metric: Metric,
    column: usize,
    /// The value if the column's decimal mark is a dot (as read), or a comma.
    if_dot: f64,
    if_comma: f64,
}

impl<'o> RosterBuilder<'o> {
    fn new(format: InputFormat, headers: Vec<String>, options: &'o ReadOptions) -> Self {
        let mut fields = map_headers(&headers);
        let mut by_user = vec![false; headers.len()];
        for &(i, f) in &options.mapping {
            if i < fields.len() {
                // A field the user gives to this column is taken from any other column.
                if let Some(f) = f {
                    // A column that loses its field to this one is kept as an extra.
                    for (j, other) in fields.iter_mut().enumerate() {
                        if *other == Some(f) {
                            *other = None;
                            by_user[j] = false;
                        }
                    }
                }
                fields[i] = f;
                by_user[i] = true;
            }
        }
        let columns: Vec<Column> = headers
            .into_iter()
            .zip(fields.iter())
            .zip(by_user.iter().copied())
            .map(|((header, field), mapped_by_user)| Column {
                header,
                field: *field,
                mapped_by_user,
                decimal: None,
                ambiguous_cells: 0,
            })
            .collect();
        let metric_of = fields
            .iter()
            .map(|f| f.and_then(|f| Metric::of_field(f).map(|m| (m, f.kind()))))
            .collect();
        let mut col_of = [None; Field::ALL.len()];
        for (i, f) in fields.iter().enumerate() {
            if let Some(f) = f {
                col_of[*f as usize] = Some(i);
            }
        }
        let extra_columns: Vec<usize> = fields
            .iter()
            .enumerate()
            .filter(|(i, f)| f.is_none() && !(by_user[*i]))
            .map(|(i, _)| i)
            .collect();
        let roles = fields
            .iter()
            .enumerate()
            .map(|(i, f)| match f {
                _ if extra_columns.contains(&i) => Role::Extra,
                None => Role::Ignore,
                Some(f) => match Metric::of_field(*f) {
                    Some(m) => Role::Number(m, f.kind()),
                    None => TEXT_FIELDS
                        .iter()
                        .position(|t| t == f)
                        .map_or(Role::Ignore, Role::Text),
                },
            })
            .collect();
        let n = columns.len();
        RosterBuilder {
            options,
            format,
            columns,
            metric_of,
            roles,
            votes: vec![MarkVotes::default(); n],
            marks: vec![DecimalMark::Dot; n],
            col_of,
            extra_columns,
            creators: Vec::new(),
            identities: Vec::new(),
            problems: Vec::new(),
            rows_read: 0,
            repaired_cells: 0,
            row_ambiguous: Vec::new(),
            deferred: Vec::new(),
            scratch: Vec::new(),
        }
    }

    fn reserve(&mut self, rows: usize) {
        self.creators.reserve_exact(rows);
        self.identities.reserve_exact(rows);
    }

    fn has(&self, field: Field) -> bool {
        self.col_of[field as usize].is_some()
    }

    fn vote(&mut self, col: usize, cell: Cell, evidence: Evidence) {
        let v = &mut self.votes[col];
        match evidence {
            Evidence::None => {}
            Evidence::Decides(DecimalMark::Dot) => v.dot += 1,
            Evidence::Decides(DecimalMark::Comma) => v.comma += 1,
            Evidence::Ambiguous => {
                v.ambiguous += 1;
                let dot = match cell {
                    Cell::Text(t) => t.contains('.'),
                    Cell::Bytes(b) => b.contains(&b'.'),
                    Cell::Number(..) => false,
                };
                if dot {
                    v.ambiguous_dot += 1;
                }
            }
        }
    }

    /// Picks each numeric column's decimal mark: from its own cells, else from the other
    /// columns, else from the delimiter, else from what the field holds.
    fn decide_marks(&mut self, semicolon: bool) {
        let file_dot: usize = self.votes.iter().map(|v| v.dot).sum();
        let file_comma: usize = self.votes.iter().map(|v| v.comma).sum();
        for (i, v) in self.votes.iter().enumerate() {
            let Some((_, kind)) = self.metric_of[i] else {
                continue;
            };
            let (mark, by) = if kind == FieldKind::Count {
                // 1.234 followers or likes is not a thing: in a count, a lone separator
                // before three digits groups thousands, whatever other cells say.
                let m = if v.ambiguous_dot * 2 > v.ambiguous {
                    DecimalMark::Comma
                } else {
                    DecimalMark::Dot
                };
                (m, MarkDecidedBy::Thousands)
            } else if v.dot != v.comma {
                let m = if v.dot > v.comma {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::Column)
            } else if file_dot != file_comma {
                let m = if file_dot > file_comma {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::OtherColumns)
            } else if semicolon {
                (DecimalMark::Comma, MarkDecidedBy::Delimiter)
            } else if kind == FieldKind::Percent {
                // A rate of 1.234% is likelier than one of 1,234%.
                let m = if v.ambiguous_dot * 2 >= v.ambiguous {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::FieldDefault)
            } else {
                // Counts and prices: a lone separator before three digits groups thousands.
                let m = if v.ambiguous_dot * 2 > v.ambiguous {
                    DecimalMark::Comma
                } else {
                    DecimalMark::Dot
                };
                (m, MarkDecidedBy::FieldDefault)
            };
            self.marks[i] = mark;
            self.columns[i].ambiguous_cells = v.ambiguous;
            if v.ambiguous > 0 || v.dot > 0 || v.comma > 0 {
                self.columns[i].decimal = Some((mark, by));
            }
        }
    }

    fn problem(&mut self, line: u64, col: Option<usize>, text: String, kind: ProblemKind) {
        let column = col
            .and_then(|c| self.columns.get(c))
            .map(|c| c.header.clone());
        self.problems.push(Problem {
            line,
            column,
            text: cut(&text),
            kind,
        });
    }

    fn push_row<C: Cells + ?Sized>(&mut self, line: u64, cells: &C) {
        let blank = |c: Option<Cell>| c.is_none_or(Cell::is_blank);
        if (0..cells.count()).all(|i| blank(cells.cell(i))) {
            return;
        }
        self.rows_read += 1;
        let n = self.columns.len();
        if cells.count() > n && (n..cells.count()).any(|i| !blank(cells.cell(i))) {
            let text = row_text(cells);
            self.problem(
                line,
                None,
                text,
                ProblemKind::TooManyCells {
                    expected: n,
                    found: cells.count(),
                },
            );
            return;
        }
        // One pass over the cells, each to its role.
        let mut values = Values::default();
        self.row_ambiguous.clear();
        let mut texts = [""; TEXT_FIELDS.len()];
        let mut extras: Vec<String> = Vec::new();
        for (i, cell) in cells.cells().enumerate().take(n) {
            match self.roles[i] {
                Role::Number(metric, kind) => match read_number(cell, kind) {
                    Ok(Some(r)) => {
                        if r.evidence != Evidence::None {
                            self.vote(i, cell, r.evidence);
                        }
                        // Read as if the column used a decimal dot; `finish` settles
                        // ambiguous cells once the whole column is known.
                        values.set(metric, Some(r.value));
                        if let Some(alt) = r.if_comma {
                            self.row_ambiguous.push((metric, i, r.value, alt));
                        }
                    }
                    Ok(None) => {}
                    Err(problem) => {
                        let text = cell_text(Some(cell));
                        self.problem(line, Some(i), text, problem);
                    }
                },
                Role::Text(slot) => texts[slot] = trim(cell.text()),
                Role::Extra => extras.push(cell_text(Some(cell))),
                Role::Ignore => {}
            }
        }
        // A short row: its missing cells are empty.
        if extras.len() < self.extra_columns.len() {
            extras.resize(self.extra_columns.len(), String::new());
        }
        let [handle, name, category, country, platform_text, post] = texts;
        let (handle, url_platform) = clean_handle(handle);
        let mut repaired = false;
        let [mut handle, name, category, country] =
            [handle, name, category, country].map(|t| match repair_mojibake(t) {
                Some(fixed) => {
                    repaired = true;
                    self.repaired_cells += 1;
                    Text::from(fixed)
                }
                None => Text::from(t),
            });
        if handle.is_empty() {
            if name.is_empty() {
                let text = row_text(cells);
                self.problem(line, None, text, ProblemKind::NoIdentity);
                return;
            }
            handle = name.clone();
        }
        let platform = Platform::parse(platform_text)
            .or(url_platform)
            .unwrap_or(self.options.default_platform);
        let platform_label = if platform == Platform::Other {
            Text::from(platform_text)
        } else {
            Text::default()
        };
        let post = match post {
            "" => 0,
            p => {
                use std::hash::{Hash, Hasher};
                let mut h = rustc_hash::FxHasher::default();
                p.hash(&mut h);
                h.finish() | 1
            }
        };
        let key = identity_hash(platform, &handle, &platform_label, &mut self.scratch);
        // Every row starts as a creator of its own; rows of the same creator are merged in
        // `finish`, from their identity hashes (sorting them beats probing a large table).
        let next = self.creators.len();
        self.identities.push(key);
        self.defer(next);
        self.creators.push(Creator {
            line,
            handle,
            name,
            platform,
            platform_label,
            category,
            country,
            extras,
            values,
            rows: Vec::new(),
            source: Source::SingleRow,
            duplicate_lines: Vec::new(),
            conflicting_lines: Vec::new(),
            repaired_text: repaired,
            post,
        });
    }

    fn defer(&mut self, creator: usize) {
        for &(metric, column, if_dot, if_comma) in &self.row_ambiguous {
            self.deferred.push(Deferred {
                creator,
                metric,
                column,
                if_dot,
                if_comma,
            });
        }
    }

    /// Gives ambiguous cells the reading of their column's decimal mark.
    fn settle_ambiguous(&mut self) {
        let semicolon = self.format == InputFormat::Delimited { delimiter: ';' };
        self.decide_marks(semicolon);
        for d in std::mem::take(&mut self.deferred) {
            let thousands =
                self.columns[d.column].decimal.map(|(_, by)| by) == Some(MarkDecidedBy::Thousands);
            // Counts take the grouped reading, the larger one: `1.234` → 1234.
            let use_comma = if thousands {
                d.if_comma > d.if_dot
            } else {
                self.marks[d.column] == DecimalMark::Comma
            };
            if !use_comma {
                continue;
            }
            if let Some(c) = self.creators.get_mut(d.creator) {
                c.values.set(d.metric, Some(d.if_comma));
            }
        }
    }

    /// Merges rows of the same creator (same platform, handle and label, ignoring case):
    /// the first row's creator keeps them all, in input order, for `merge_rows`.
    fn group_rows(&mut self) -> bool {
        // Only identities whose bit in a map of hash bits is hit twice can repeat: sorting
        // those finds the repeats without sorting a million identities.
        let bits = (self.identities.len() * 8)
            .clamp(64, 1 << 24)
            .next_power_of_two();
        let mask = bits as u64 - 1;
        let (mut seen, mut twice) = (vec![0u64; bits / 64], vec![0u64; bits / 64]);
        let slot = |key: u64| {
            let bit = (key & mask) as usize;
            (bit / 64, 1u64 << (bit % 64))
        };
        for &key in &self.identities {
            let (word, bit) = slot(key);
            if seen[word] & bit == 0 {
                seen[word] |= bit;
            } else {
                twice[word] |= bit;
            }
        }
        let mut sorted: Vec<u64> = self
            .identities
            .iter()
            .copied()
            .filter(|&key| {
                let (word, bit) = slot(key);
                twice[word] & bit != 0
            })
            .collect();
        sorted.sort_unstable();
        let repeated: rustc_hash::FxHashSet<u64> = sorted
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        if repeated.is_empty() {
            return false;
        }
        // Survivors by identity hash; a list, for the rare 64-bit collision.
        let mut survivors: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        let mut merged = vec![false; self.creators.len()];
        let creators = &mut self.creators;
        for (i, (&key, done)) in self.identities.iter().zip(merged.iter_mut()).enumerate() {
            if !repeated.contains(&key) {
                continue;
            }
            let list = survivors.entry(key).or_default();
            let (before, rest) = creators.split_at_mut(i);
            let row = &rest[0];
            let same = list.iter().copied().find(|&s| {
                same_identity(&before[s], row.platform, &row.handle, &row.platform_label)
            });
            match same {
                Some(s) => {
                    let first = &mut before[s];
                    if first.rows.is_empty() {
                        first.rows.push(Row {
                            line: first.line,
                            values: first.values,
                            post: first.post,
                        });
                    }
                    first.rows.push(Row {
                        line: row.line,
                        values: row.values,
                        post: row.post,
                    });
                    *done = true;
                }
                None => list.push(i),
            }
        }
        let mut index = 0;
        self.creators.retain(|_| {
            index += 1;
            !merged[index - 1]
        });
        true
    }

    fn finish(mut self) -> Roster {
        self.settle_ambiguous();
        // Without repeated creators there is nothing to merge: no need to visit them all.
        let grouped = self.group_rows();
        let per_post_column = self.has(Field::Post);
        let mut duplicate_rows = 0;
        let mut per_post_creators = 0;
        let mut per_post_rows = 0;
        let creators: &mut [Creator] = if grouped { &mut self.creators } else { &mut [] };
        for c in creators {
            if c.rows.len() < 2 {
                continue;
            }
            merge_rows(c, per_post_column);
            duplicate_rows += c.duplicate_lines.len();
            if let Source::PerPost { posts } = c.source {
                per_post_creators += 1;
                per_post_rows += posts;
            }
        }
        let mut notices = Vec::new();
        if !self.has(Field::Handle) && self.has(Field::Name) {
            notices.push(Notice::NamesAsHandles);
        }
        if per_post_creators > 0 {
            notices.push(Notice::PerPostRows {
                creators: per_post_creators,
                rows: per_post_rows,
            });
        }
        if duplicate_rows > 0 {
            notices.push(Notice::DuplicateRows {
                rows: duplicate_rows,
            });
        }
        if self.repaired_cells > 0 {
            notices.push(Notice::RepairedText {
                cells: self.repaired_cells,
            });
        }
        let mut missing = Vec::new();
        if !self.has(Field::Handle) && !self.has(Field::Name) {
            missing.push(Field::Handle);
        }
        if !self.has(Field::Followers) {
            missing.push(Field::Followers);
        }
        self.problems.sort_by_key(|p| p.line);
        Roster {
            format: self.format,
            columns: self.columns,
            extra_columns: self.extra_columns,
            creators: self.creators,
            problems: self.problems,
            notices,
            missing,
            rows_read: self.rows_read,
        }
    }
}

/// Merges the rows of one handle: exact repeats are duplicates; the rest are posts. Follower
/// counts that disagree are flagged and the last one is used.
fn merge_rows(c: &mut Creator, per_post_column: bool) {
    let mut distinct: Vec<Row> = Vec::with_capacity(c.rows.len());
    for row in c.rows.drain(..) {
        if distinct
            .iter()
            .any(|d| d.post == row.post && d.values.same_as(&row.values))
        {
            c.duplicate_lines.push(row.line);
        } else {
            distinct.push(row);
        }
    }
    let followers: Vec<(u64, f64)> = distinct
        .iter()
        .filter_map(|r| r.values.get(Metric::Followers).map(|f| (r.line, f)))
        .collect();
    if followers.windows(2).any(|w| w[0].1 != w[1].1) {
        c.conflicting_lines = followers.iter().map(|(l, _)| *l).collect();
    }
    if distinct.len() == 1 {
        c.values = distinct[0].values;
        c.rows = distinct;
        return;
    }
    let same_posts = distinct
        .windows(2)
        .all(|w| w[0].values.same_post_figures(&w[1].values));
    if same_posts && !per_post_column {
        // Only the follower count changed: one creator listed twice, keep the last row.
        if let Some(last) = distinct.last() {
            c.values = last.values;
        }
        c.rows = distinct;
        return;
    }
    let mut values = Values::default();
    for m in Metric::ALL {
        let present: Vec<f64> = distinct.iter().filter_map(|r| r.values.get(m)).collect();
        let v = match m {
            Metric::Followers => followers.last().map(|(_, f)| *f),
            // A price is per post already; a post count is the creator's.
            Metric::Price | Metric::Posts => present.last().copied(),
            _ if present.is_empty() => None,
            _ => Some(present.iter().sum::<f64>() / present.len() as f64),
        };
        values.set(m, v);
    }
    c.values = values;
    c.source = Source::PerPost {
        posts: distinct.len(),
    };
    c.rows = distinct;
}

/// A hash of who a creator is: platform, handle and platform label, ignoring case. Rows
/// with the same identity are one creator's (per-post rows or duplicates).
fn identity_hash(platform: Platform, handle: &str, label: &str, buf: &mut Vec<u8>) -> u64 {
    use std::hash::Hasher;
    /// `A`–`Z` to `a`–`z` in eight bytes at once; other bytes (UTF-8 ones too) unchanged.
    fn lower8(w: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        let low = w & (0x7f * ONES);
        let from_a = low + (0x80 - u64::from(b'A')) * ONES;
        let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
        let upper = from_a & !past_z & !w & (0x80 * ONES);
        w | (upper >> 2)
    }
    /// Hashes bytes eight at a time with ASCII letters lower-cased, then their length.
    fn write_folded(h: &mut rustc_hash::FxHasher, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            h.write_u64(lower8(u64::from_le_bytes(w)));
        }
        let rest = chunks.remainder();
        let mut w = [0; 8];
        w[..rest.len()].copy_from_slice(rest);
        h.write_u64(lower8(u64::from_le_bytes(w)));
        h.write_usize(bytes.len());
    }
    let mut h = rustc_hash::FxHasher::default();
    for part in [handle, label] {
        // ASCII letters are lower-cased by `write_folded`; text whose other letters are all
        // lower case already (or caseless) is hashed as it is.
        let lower = |c: char| c.is_ascii() || is_caseless(c) || c.is_lowercase();
        if part.is_ascii() || part.chars().all(lower) {
            write_folded(&mut h, part.as_bytes());
        } else {
            // Lower-case the other letters first; ASCII ones are left to `write_folded`.
            buf.clear();
            let mut utf8 = [0; 4];
            for c in part.chars() {
                if lower(c) {
                    buf.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                } else {
                    for l in c.to_lowercase() {
                        buf.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                    }
                }
            }
            write_folded(&mut h, buf);
        }
    }
    h.write_u8(platform as u8);
    h.finish()
}

/// Characters that are their own lower case, found without the case tables: Latin-1
/// lower-case letters, Arabic, Thai, CJK, Hangul and emoji (the test checks every one).
fn is_caseless(c: char) -> bool {
    CASELESS.iter().any(|r| r.contains(&u32::from(c)))
}

const CASELESS: [std::ops::RangeInclusive<u32>; 6] = [
    0xdf..=0xff,
    0x0600..=0x06ff,
    0x0e00..=0x0e7f,
    0x3040..=0x9fff,
    0xac00..=0xd7a3,
    0x1_f300..=0x1_faff,
];

fn same_identity(c: &Creator, platform: Platform, handle: &str, label: &str) -> bool {
    let eq = |a: &str, b: &str| {
        if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
        }
    };
    c.platform == platform && eq(&c.handle, handle) && eq(&c.platform_label, label)
}

/// Reads a numeric cell of a field of this kind, checking sign and percent sign.
#[inline]
fn read_number(cell: Cell, kind: FieldKind) -> Result<Option<Reading>, ProblemKind> {
    // Whole numbers and numbers with one separator: never negative, a percent or too big.
    if let Cell::Bytes(b) = cell {
        if let Some(r) = simple_body(b, 1.0, false) {
            return Ok(Some(r));
        }
    }
    read_other_number(cell, kind)
}

fn read_other_number(cell: Cell, kind: FieldKind) -> Result<Option<Reading>, ProblemKind> {
    let reading = match cell {
        Cell::Number(v, _) => Ok(Some(Reading {
            value: v,
            if_comma: None,
            percent: false,
            evidence: Evidence::None,
        })),
        Cell::Text(t) => read_cell(t.as_bytes()),
        Cell::Bytes(b) => read_cell(b),
    }
    .map_err(|e| match e {
        NumberError::NotANumber => ProblemKind::NotANumber { expected: kind },
        NumberError::BadGrouping => ProblemKind::BadGrouping { expected: kind },
    })?;
    let Some(r) = reading else { return Ok(None) };
    if !r.value.is_finite() {
        return Err(ProblemKind::NotANumber { expected: kind });
    }
    if r.value < 0.0 {
        return Err(ProblemKind::Negative { expected: kind });
    }
    if r.percent && kind != FieldKind::Percent {
        return Err(ProblemKind::UnexpectedPercent { expected: kind });
    }
    Ok(Some(r))
}

/// `str::trim`, skipping the Unicode checks when the text starts and ends in plain ASCII.
#[inline]
fn trim(t: &str) -> &str {
    match t.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => t,
        [only] if only.is_ascii_graphic() => t,
        _ => t.trim(),
    }
}

/// `@name`, `instagram.com/name/`, `https://www.tiktok.com/@name` → `name` (+ platform).
#[inline]
fn clean_handle(text: &str) -> (&str, Option<Platform>) {
    let t = trim(text);
    if t.bytes().any(|b| b == b'/') {
        let lower = t.to_ascii_lowercase();
        let platform = Platform::parse(&lower).filter(|p| *p != Platform::Other);
        let path = t.split('?').next().unwrap_or(t).trim_end_matches('/');
        let last = path.rsplit('/').next().unwrap_or(path);
        return (last.trim_start_matches('@'), platform);
    }
    match t.strip_prefix('@') {
        Some(rest) => {
            let ats = rest.bytes().take_while(|b| *b == b'@').count();
            (trim(&rest[ats..]), None)
        }
        None => (t, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Roster {
        read_roster(text.as_bytes(), &ReadOptions::default())
    }

    #[test]
    fn caseless_characters_are_their_own_lower_case() {
        for c in CASELESS
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
        {
            assert!(is_caseless(c));
            assert!(c.to_lowercase().eq([c]), "{c:?} U+{:04X}", u32::from(c));
        }
        assert!(!is_caseless('Ł') && !is_caseless('É') && !is_caseless('Ễ'));
        // Identity hashing also takes a lower-case letter as it is, without the tables.
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            if c.is_lowercase() {
                assert!(c.to_lowercase().eq([c]), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn identities_ignore_case_however_the_text_is_cut() {
        let same = |a: &str, b: &str| {
            let mut buf = Vec::new();
            identity_hash(Platform::TikTok, a, "", &mut buf)
                == identity_hash(Platform::TikTok, b, "", &mut buf)
        };
        // ASCII of every length around the 8-byte steps, and text with UTF-8 in it.
        for n in 0..20 {
            let lower: String = "abcdefghijklmnopqrstuvwxyz"
                .chars()
                .cycle()
                .take(n)
                .collect();
            assert!(same(&lower, &lower.to_uppercase()), "{lower}");
            assert!(same(
                &format!("Ł{lower}"),
                &format!("ł{}", lower.to_uppercase())
            ));
        }
        assert!(same("AZaz@[`{09_", "azaz@[`{09_"));
        assert!(!same("a@", "a`") && !same("z[", "z{") && !same("ab", "abc"));
        // U+212A KELVIN SIGN lower-cases to an ASCII k.
        assert!(same("\u{212a}ate_is_here", "KATE_IS_HERE"));
        assert_ne!(
            identity_hash(Platform::TikTok, "kate", "", &mut Vec::new()),
            identity_hash(Platform::YouTube, "kate", "", &mut Vec::new())
        );
        assert_ne!(
            identity_hash(Platform::Other, "kate", "vk", &mut Vec::new()),
            identity_hash(Platform::Other, "katev", "k", &mut Vec::new())
        );
    }

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
    fn reads_a_small_csv() {
        let r = read("handle,followers,likes,comments\n@ana,12.5K,500,20\nbob,\"1,234\",40,2\n");
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].handle, "ana");
        assert_eq!(r.creators[0].get(Metric::Followers), Some(12_500.0));
        assert_eq!(r.creators[1].get(Metric::Followers), Some(1_234.0));
        assert!(r.problems.is_empty());
        assert!(r.missing.is_empty());
    }

    #[test]
    fn bad_cells_are_reported_and_the_row_kept() {
        let r = read("handle,followers,likes\na,12,x5,3\nb,-500,4\nc,1000,5\n");
        // `12,x5` is not quoted here, so row 2 has too many cells.
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.problems.len(), 2);
        assert_eq!(r.problems[0].line, 2);
        assert!(matches!(
            r.problems[0].kind,
            ProblemKind::TooManyCells {
                expected: 3,
                found: 4
            }
        ));
        assert_eq!(r.problems[1].line, 3);
        assert_eq!(r.problems[1].column.as_deref(), Some("followers"));
        assert_eq!(r.problems[1].text, "-500");
        assert_eq!(r.creators[0].get(Metric::Followers), None);
    }

    #[test]
    fn column_decides_ambiguous_cells() {
        // `4,5` decides the column uses a decimal comma, so `1.234` is 1234.
        let r = read("handle;followers;er\na;1.234;4,5%\nb;10.000;3,2%\n");
        assert_eq!(r.creators[0].get(Metric::Followers), Some(1_234.0));
        assert_eq!(r.creators[1].get(Metric::Followers), Some(10_000.0));
        assert_eq!(r.creators[0].get(Metric::EngagementRate), Some(4.5));
        let r = read("handle,followers,likes\na,\"1,234\",3.5\nb,\"2,500\",1.5\n");
        assert_eq!(r.creators[0].get(Metric::Followers), Some(1_234.0));
    }

    #[test]
    fn per_post_rows_are_merged() {
        let r = read(
            "handle,followers,likes,comments\na,1000,10,1\na,1000,30,3\na,1000,20,2\nb,50,1,0\nb,50,1,0\n",
        );
        assert_eq!(r.creators.len(), 2);
        let a = &r.creators[0];
        assert_eq!(a.source, Source::PerPost { posts: 3 });
        assert_eq!(a.get(Metric::Likes), Some(20.0));
        assert_eq!(a.per_post(Metric::Likes), vec![10.0, 30.0, 20.0]);
        let b = &r.creators[1];
        assert_eq!(b.source, Source::SingleRow);
        assert_eq!(b.duplicate_lines, vec![6]);
    }

    #[test]
    fn conflicting_follower_counts_are_kept_and_flagged() {
        let r = read("handle,followers,likes\na,1000,10\na,1200,10\n");
        let a = &r.creators[0];
        assert_eq!(a.conflicting_lines, vec![2, 3]);
        assert_eq!(a.get(Metric::Followers), Some(1200.0));
    }

    #[test]
    fn missing_followers_column_is_reported_not_guessed() {
        let r = read("handle,subs_maybe\na,100\n");
        assert_eq!(r.missing, vec![Field::Followers]);
        assert_eq!(r.extra_columns, vec![1]);
        let opts = ReadOptions {
            mapping: vec![(1, Some(Field::Followers))],
            ..ReadOptions::default()
        };
        let r = read_roster(b"handle,subs_maybe\na,100\n", &opts);
        assert!(r.missing.is_empty());
        assert_eq!(r.creators[0].get(Metric::Followers), Some(100.0));
    }

    #[test]
    fn json_array_and_lines() {
        let r = read("[{\"username\":\"a\",\"followers\":\"12.5K\"},\n 3,\n {\"username\":\"b\",\"followers\":900}]");
        assert_eq!(r.format, InputFormat::Json);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].get(Metric::Followers), Some(12_500.0));
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 2);
        let r =
            read("{\"handle\":\"a\",\"followers\":5}\n{oops\n{\"handle\":\"b\",\"followers\":7}\n");
        assert_eq!(r.format, InputFormat::JsonLines);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.problems[0].line, 2);
    }

    #[test]
    fn handles_from_urls() {
        let r = read("handle,followers\nhttps://www.tiktok.com/@dancer,5000\n");
        assert_eq!(r.creators[0].handle, "dancer");
        assert_eq!(r.creators[0].platform, Platform::TikTok);
    }

    #[test]
    fn bom_crlf_and_quoted_newlines() {
        let r =
            read("\u{feff}Handle,Name,Followers\r\nann,\"Ann,\r\nCooks\",5000\r\nbo,Bo,600\r\n");
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].name, "Ann,\r\nCooks");
        assert_eq!(r.creators[1].line, 4);
    }

    // Regression tests for bugs found in review.

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
    fn json_numbers_can_be_handles_and_names() {
        let r = read("[{\"handle\":12345,\"followers\":100},{\"name\":2024,\"followers\":5}]");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["12345", "2024"]);
    }

    #[test]
    fn json_wrappers_pick_the_creators_and_report_the_rest() {
        let r = read("{\"errors\":[],\"creators\":[{\"handle\":\"a\",\"followers\":1}]}");
        assert_eq!(r.creators.len(), 1);
        let r = read("{\n \"creators\": [\n  {\"handle\": \"a\", \"followers\": 1},\n  null,\n  {\"handle\": \"b\", \"followers\": \"x\"}\n ]\n}");
        assert_eq!(r.format, InputFormat::Json);
        assert_eq!(r.creators.len(), 2);
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5]);
        // One pretty-printed object is one creator.
        let r = read("{\n  \"handle\": \"solo\",\n  \"followers\": 5000\n}\n");
        assert_eq!(r.creators.len(), 1);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn json_array_line_numbers_are_physical_lines() {
        let mut text = String::from("[\n");
        for i in 0..2000 {
            text.push_str(&format!("  {{\"handle\": \"c{i}\", \"followers\": 10}},\n"));
        }
        text.push_str("  {\"handle\": \"bad\", \"followers\": \"zz\"}\n]\n");
        let r = read(&text);
        assert_eq!(r.creators.len(), 2001);
        assert_eq!(r.problems[0].line, 2002);
    }

    #[test]
    fn lone_cr_line_endings() {
        let r = read("handle,followers\ra,zz\rb,qq\r");
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 3]);
    }

    #[test]
    fn duplicates_are_told_apart_from_posts() {
        let r = read("handle,followers,likes,comments,post\na,1000,10,0,p1\na,1000,10,0,p1\na,1000,40,0,p2\n");
        let a = &r.creators[0];
        assert_eq!(a.source, Source::PerPost { posts: 2 });
        assert_eq!(a.duplicate_lines, vec![3]);
        assert_eq!(a.get(Metric::Likes), Some(25.0));
        // A profile URL is not a post column.
        let r = read("handle,followers,likes,url\na,1000,10,https://x.example/a\na,1000,10,https://x.example/a\n");
        assert_eq!(r.creators[0].source, Source::SingleRow);
        assert_eq!(r.creators[0].duplicate_lines, vec![3]);
    }

    #[test]
    fn counts_are_never_read_as_fractions() {
        let r = read("handle,followers,price\na,1.500,\"$1,200.50\"\n");
        assert_eq!(r.creators[0].get(Metric::Followers), Some(1_500.0));
        assert_eq!(r.creators[0].get(Metric::Price), Some(1_200.5));
        let r = read("handle,followers\na,1.234\nb,1.5K\n");
        assert_eq!(r.creators[0].get(Metric::Followers), Some(1_234.0));
        assert_eq!(r.creators[1].get(Metric::Followers), Some(1_500.0));
    }

    #[test]
    fn a_column_that_loses_its_field_is_kept_as_an_extra() {
        let opts = ReadOptions {
            mapping: vec![(2, Some(Field::Followers))],
            ..ReadOptions::default()
        };
        let r = read_roster(b"handle,followers,subs\na,100,200\n", &opts);
        assert_eq!(r.creators[0].get(Metric::Followers), Some(200.0));
        assert_eq!(r.extra_columns, vec![1]);
        assert_eq!(r.creators[0].extras, vec!["100".to_string()]);
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

    #[test]
    fn a_broken_json_element_costs_only_itself() {
        let r = read("[\n {\"handle\":\"a\",\"followers\":1},\n {\"handle\":\"b\",\"followers\":2,},\n {\"handle\":\"c, \\\"the\\\" [best]\",\"followers\":3}\n]");
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["a", "c, \"the\" [best]"]);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 3);
        // An array that is cut short keeps what came before the cut.
        let r = read("[{\"handle\":\"a\",\"followers\":1},\n{\"handle\":\"b\"");
        assert_eq!(r.creators.len(), 1);
        assert!(!r.problems.is_empty());
    }
}
