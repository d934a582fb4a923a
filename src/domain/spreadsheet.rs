//! Spreadsheet workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`) → tab-separated text, one
//! line per sheet row, which the roster reader then reads like a spreadsheet copy. Read with
//! calamine (pure Rust). Numeric cells become plain decimals (`12500`, `0.0139`), text cells
//! stay as typed (`12.5K`), dates become ISO dates, error cells their code (`#N/A`).
//!
//! Line N of the text is row N of the sheet (rows above the first used one are blank lines),
//! so a problem's line is the row Excel shows, unless a cell above it holds a line break.

//!
//! The reading itself needs the `workbooks` feature (calamine); the web page is built
//! without it and asks its workbook worker, built with it.

#[cfg(feature = "workbooks")]
use std::fmt::Write as _;
#[cfg(feature = "workbooks")]
use std::io::Cursor;

#[cfg(feature = "workbooks")]
use calamine::{Data, Range, Reader, SheetType, SheetVisible};
use serde::{Deserialize, Serialize};

#[cfg(feature = "workbooks")]
use super::sniff::WorkbookKind;

/// A sheet of a workbook, as the sheet picker lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetInfo {
    /// The sheet's name, as on its tab.
    pub name: String,
    /// Hidden in the workbook (still readable).
    pub hidden: bool,
}

/// One sheet of a workbook as text, with what the picker needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetText {
    /// Tab-separated text, line N = row N.
    pub text: String,
    /// The index (in `sheets`) of the sheet read.
    pub index: usize,
    /// Every worksheet of the workbook, in order (chart sheets and macros left out).
    pub sheets: Vec<SheetInfo>,
    /// The sheet was chosen because the ones before it hold nothing.
    pub skipped_empty: bool,
}

/// Why a workbook could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkbookError {
    /// The file is damaged, encrypted or not what its first bytes said; calamine's message.
    Unreadable(String),
    /// The workbook has no worksheet.
    NoSheets,
    /// No sheet of that index.
    NoSuchSheet(usize),
    /// This build has no workbook reader (the page itself: its worker reads workbooks).
    NoReader,
}

impl std::fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkbookError::Unreadable(m) => write!(f, "the workbook could not be read: {m}"),
            WorkbookError::NoSheets => write!(f, "the workbook has no worksheet"),
            WorkbookError::NoSuchSheet(i) => write!(f, "the workbook has no sheet {}", i + 1),
            WorkbookError::NoReader => write!(f, "this build has no workbook reader"),
        }
    }
}

impl std::error::Error for WorkbookError {}

#[cfg(feature = "workbooks")]
/// Reads sheet `sheet` of a workbook (by index among its worksheets), or, with `None`, the
/// first one that holds anything.
pub fn sheet_text(
    bytes: &[u8],
    kind: WorkbookKind,
    sheet: Option<usize>,
) -> Result<SheetText, WorkbookError> {
    let cursor = Cursor::new(bytes);
    let unreadable = |e: &dyn std::fmt::Display| WorkbookError::Unreadable(e.to_string());
    let mut book: calamine::Sheets<Cursor<&[u8]>> = match kind {
        WorkbookKind::Xlsx => calamine::Sheets::Xlsx(
            calamine::open_workbook_from_rs(cursor).map_err(|e| unreadable(&e))?,
        ),
        WorkbookKind::Xlsb => calamine::Sheets::Xlsb(
            calamine::open_workbook_from_rs(cursor).map_err(|e| unreadable(&e))?,
        ),
        WorkbookKind::Xls => calamine::Sheets::Xls(
            calamine::open_workbook_from_rs(cursor).map_err(|e| unreadable(&e))?,
        ),
        WorkbookKind::Ods => calamine::Sheets::Ods(
            calamine::open_workbook_from_rs(cursor).map_err(|e| unreadable(&e))?,
        ),
    };
    let sheets: Vec<SheetInfo> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| SheetInfo {
            name: s.name.clone(),
            hidden: s.visible != SheetVisible::Visible,
        })
        .collect();
    if sheets.is_empty() {
        return Err(WorkbookError::NoSheets);
    }
    let mut range_of = |i: usize| -> Result<Range<Data>, WorkbookError> {
        let name = &sheets.get(i).ok_or(WorkbookError::NoSuchSheet(i))?.name;
        book.worksheet_range(name).map_err(|e| unreadable(&e))
    };
    let (index, range, skipped_empty) = match sheet {
        Some(i) => (i, range_of(i)?, false),
        None => {
            // The first visible sheet that holds a cell; else the first sheet.
            let mut found = None;
            for i in (0..sheets.len()).filter(|i| !sheets[*i].hidden) {
                let range = range_of(i)?;
                if range.used_cells().next().is_some() {
                    found = Some((i, range));
                    break;
                }
            }
            match found {
                Some((i, range)) => {
                    let skipped = sheets[..i].iter().any(|s| !s.hidden);
                    (i, range, skipped)
                }
                None => (0, range_of(0)?, false),
            }
        }
    };
    Ok(SheetText {
        text: range_text(&range),
        index,
        sheets,
        skipped_empty,
    })
}

#[cfg(feature = "workbooks")]
/// The range as tab-separated text, line N = row N.
fn range_text(range: &Range<Data>) -> String {
    let mut text = String::new();
    let Some((first_row, _)) = range.start() else {
        return text;
    };
    for _ in 0..first_row {
        text.push('\n');
    }
    for row in range.rows() {
        // Trailing empty cells are left out, as a spreadsheet copy does.
        let used = row
            .iter()
            .rposition(|c| *c != Data::Empty)
            .map_or(0, |i| i + 1);
        for (i, cell) in row[..used].iter().enumerate() {
            if i > 0 {
                text.push('\t');
            }
            push_cell(&mut text, cell);
        }
        text.push('\n');
    }
    text
}

#[cfg(feature = "workbooks")]
fn push_cell(text: &mut String, cell: &Data) {
    match cell {
        Data::Empty => {}
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => push_text(text, s),
        Data::Int(i) => {
            let _ = write!(text, "{i}");
        }
        // `Display` writes the shortest text that reads back as the same number, never in
        // exponent form: 4100000, 0.0139.
        Data::Float(f) => {
            let _ = write!(text, "{f}");
        }
        Data::Bool(b) => text.push_str(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(d) => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if d.is_duration() {
                let _ = write!(text, "{}", d.as_f64());
            } else if (h, mi, s) == (0, 0, 0) {
                let _ = write!(text, "{y:04}-{mo:02}-{day:02}");
            } else {
                let _ = write!(text, "{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}");
            }
        }
        Data::Error(e) => {
            let _ = write!(text, "{e}");
        }
    }
}

#[cfg(feature = "workbooks")]
/// A text cell, quoted when it holds a tab or a line break or starts with a quote (so the
/// reader takes it whole and as typed).
fn push_text(text: &mut String, s: &str) {
    if s.contains(['\t', '\n', '\r']) || s.starts_with('"') {
        text.push('"');
        text.push_str(&s.replace('"', "\"\""));
        text.push('"');
    } else {
        text.push_str(s);
    }
}

#[cfg(all(test, feature = "workbooks"))]
mod tests {
    use super::*;

    #[test]
    fn cells_become_text_the_reader_takes_as_typed() {
        let cells = vec![
            calamine::Cell::new((2, 0), Data::String("handle".into())),
            calamine::Cell::new((2, 1), Data::String("followers".into())),
            calamine::Cell::new((2, 2), Data::String("er".into())),
            calamine::Cell::new((3, 0), Data::String("ana".into())),
            calamine::Cell::new((3, 1), Data::Float(4_100_000.0)),
            calamine::Cell::new((3, 2), Data::Float(0.0139)),
            calamine::Cell::new((4, 0), Data::String("\"bo\"\tb".into())),
            calamine::Cell::new((4, 1), Data::String("12.5K".into())),
            calamine::Cell::new((4, 2), Data::Error(calamine::CellErrorType::NA)),
            calamine::Cell::new((5, 0), Data::Int(12345)),
            calamine::Cell::new((5, 1), Data::Float(1e21)),
        ];
        let text = range_text(&Range::from_sparse(cells));
        assert_eq!(
            text,
            "\n\nhandle\tfollowers\ter\nana\t4100000\t0.0139\n\"\"\"bo\"\"\tb\"\t12.5K\t#N/A\n12345\t1000000000000000000000\n"
        );
    }
}
