//! One cell of any input (delimited text, JSON), and the checks every cell goes through:
//! numbers read for their field's kind, handles cleaned of `@` and profile URLs.

use super::super::header::FieldKind;
use super::super::number::{read_cell, simple_body, Evidence, NumberError, Reading};
use super::super::roster::{Platform, ProblemKind};

/// One cell, from delimited text or JSON.
#[derive(Clone, Copy, Debug)]
pub(super) enum Cell<'a> {
    Text(&'a str),
    /// A field of delimited text read from a `&str`, hence valid UTF-8 (see [`Cell::text`]);
    /// numbers are read from the bytes.
    Bytes(&'a [u8]),
    /// A JSON number, with its text.
    Number(f64, &'a str),
}

impl<'a> Cell<'a> {
    pub(super) fn text(self) -> &'a str {
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

    pub(super) fn is_blank(self) -> bool {
        match self {
            Cell::Text(t) => t.trim().is_empty(),
            // Blank by the same rule as text cells (`str::trim`: a no-break space or a
            // vertical tab is blank too), not only ASCII whitespace.
            Cell::Bytes(_) => self.text().trim().is_empty(),
            Cell::Number(..) => false,
        }
    }
}

/// An owned cell, for JSON input. Numbers keep their text: a handle may be a number.
#[derive(Clone, Debug)]
pub(super) enum OwnedCell {
    Text(String),
    Number(f64, String),
}

impl OwnedCell {
    pub(super) fn as_cell(&self) -> Cell<'_> {
        match self {
            OwnedCell::Text(s) => Cell::Text(s),
            OwnedCell::Number(n, text) => Cell::Number(*n, text),
        }
    }
}

/// The cells of one input row, read without copying them into a new vector.
pub(super) trait Cells {
    fn count(&self) -> usize;
    fn cell(&self, i: usize) -> Option<Cell<'_>>;
    /// The cells in order (cheaper than `cell` for each).
    fn cells(&self) -> impl Iterator<Item = Cell<'_>>;
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

pub(super) fn cell_text(cell: Option<Cell>) -> String {
    match cell {
        Some(c) => c.text().to_string(),
        None => String::new(),
    }
}

pub(super) fn row_text<C: Cells + ?Sized>(cells: &C) -> String {
    (0..cells.count())
        .map(|i| cell_text(cells.cell(i)))
        .collect::<Vec<_>>()
        .join(" | ")
}

pub(super) fn cut(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() > 80 {
        let mut s: String = t.chars().take(79).collect();
        s.push('…');
        s
    } else {
        t.to_string()
    }
}

/// Reads a numeric cell of a field of this kind, checking sign and percent sign.
#[inline]
pub(super) fn read_number(cell: Cell, kind: FieldKind) -> Result<Option<Reading>, ProblemKind> {
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
            currency: None,
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
pub(super) fn trim(t: &str) -> &str {
    match t.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => t,
        [only] if only.is_ascii_graphic() => t,
        _ => t.trim(),
    }
}

/// `@name`, `instagram.com/name/`, `https://www.tiktok.com/@name` → `name` (+ platform).
#[inline]
pub(super) fn clean_handle(text: &str) -> (&str, Option<Platform>) {
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
