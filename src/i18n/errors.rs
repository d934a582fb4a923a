//! Sentences about errors that come from libraries (serde_json…) and from the CLI, each
//! said from a typed value: the library's own English text never reaches a user.

use super::{tfn, Lang, NumberFormat};
use crate::domain::spreadsheet::WorkbookError;
use crate::domain::{JsonError, JsonFault};

/// Why a file could not be read, from the system's error (whose text is English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFault {
    /// No file of that name.
    NotFound,
    /// Not allowed to read it.
    Denied,
    /// A directory, not a file.
    IsDirectory,
    /// Any other failure to read.
    Unreadable,
}

impl FileFault {
    /// The fault a system error stands for, by its kind.
    pub fn from_io(e: &std::io::Error) -> FileFault {
        match e.kind() {
            std::io::ErrorKind::NotFound => FileFault::NotFound,
            std::io::ErrorKind::PermissionDenied => FileFault::Denied,
            std::io::ErrorKind::IsADirectory => FileFault::IsDirectory,
            _ => FileFault::Unreadable,
        }
    }
}

impl std::fmt::Display for FileFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&describe_file_error(Lang::En, "", *self))
    }
}

impl std::error::Error for FileFault {}

/// "roster.csv: no such file".
pub fn describe_file_error(lang: Lang, file: &str, fault: FileFault) -> String {
    let key = match fault {
        FileFault::NotFound => "errors.file.not_found",
        FileFault::Denied => "errors.file.denied",
        FileFault::IsDirectory => "errors.file.directory",
        FileFault::Unreadable => "errors.file.unreadable",
    };
    super::tf(lang, key, &[("file", file)])
}

/// A workbook that could not be read (calamine's English detail is not shown).
pub fn describe_workbook_error(lang: Lang, e: &WorkbookError) -> String {
    match e {
        WorkbookError::Unreadable(_) => super::t(lang, "errors.workbook.unreadable"),
        WorkbookError::NoReader => super::t(lang, "errors.workbook.no_reader"),
        WorkbookError::NoSheets => super::t(lang, "errors.workbook.no_sheets"),
        WorkbookError::NoSuchSheet(i) => {
            let n = NumberFormat::for_lang(lang).count((*i + 1) as f64);
            super::tf(lang, "errors.workbook.no_such_sheet", &[("sheet", &n)])
        }
    }
}

/// "not valid JSON: unexpected character at line 3, column 7", the numbers in the
/// language's digits.
pub fn describe_json_error(lang: Lang, e: &JsonError) -> String {
    let nf = NumberFormat::for_lang(lang);
    let key = match e.fault {
        JsonFault::Syntax => "errors.json.syntax",
        JsonFault::Eof => "errors.json.eof",
        JsonFault::Data => "errors.json.data",
        JsonFault::Io => "errors.json.io",
        JsonFault::NotAnObject => "errors.json.not_an_object",
    };
    let line = nf.count(e.line as f64);
    let column = nf.count(e.column as f64);
    tfn(
        lang,
        key,
        &[("line", &line), ("column", &column)],
        &[("line", e.line as f64), ("column", e.column as f64)],
    )
}

/// The notice of a workbook that could not be read: a sentence of its own.
pub fn describe_workbook_notice(lang: Lang, e: &WorkbookError) -> String {
    super::tf(
        lang,
        "errors.workbook.notice",
        &[("reason", &describe_workbook_error(lang, e))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(fault: JsonFault) -> JsonError {
        JsonError {
            fault,
            line: 3,
            column: 1234,
        }
    }

    const FAULTS: [JsonFault; 5] = [
        JsonFault::Syntax,
        JsonFault::Eof,
        JsonFault::Data,
        JsonFault::Io,
        JsonFault::NotAnObject,
    ];

    #[test]
    fn every_json_fault_is_said_with_its_line_and_column_in_every_language() {
        for lang in Lang::ALL {
            let nf = NumberFormat::for_lang(lang);
            for fault in FAULTS {
                let s = describe_json_error(lang, &at(fault));
                assert!(s.contains(&nf.count(3.0)), "{lang:?} {fault:?}: {s}");
                assert!(s.contains(&nf.count(1234.0)), "{lang:?} {fault:?}: {s}");
                assert!(!s.starts_with("errors."), "{lang:?} {fault:?}: {s}");
            }
        }
    }

    #[test]
    fn json_faults_read_in_english_and_polish_and_arabic() {
        assert_eq!(
            describe_json_error(Lang::En, &at(JsonFault::Syntax)),
            "not valid JSON: unexpected character at line 3, column 1,234"
        );
        let pl = describe_json_error(Lang::Pl, &at(JsonFault::Eof));
        assert!(pl.contains("wiersz 3") && pl.contains("kolumna"), "{pl}");
        let ar = describe_json_error(Lang::Ar, &at(JsonFault::NotAnObject));
        assert!(ar.contains('٣'), "{ar}");
        assert!(
            !ar.chars().any(|c| c.is_ascii_alphabetic()
                && c != 'J'
                && c != 'S'
                && c != 'O'
                && c != 'N'),
            "{ar}"
        );
    }

    #[test]
    fn file_and_workbook_errors_are_said_in_each_language() {
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(FileFault::from_io(&io), FileFault::NotFound);
        assert_eq!(
            describe_file_error(Lang::En, "a.csv", FileFault::NotFound),
            "a.csv: no such file"
        );
        let pl = describe_file_error(Lang::Pl, "a.csv", FileFault::Denied);
        assert!(pl.starts_with("a.csv: ") && !pl.contains("denied"), "{pl}");
        let e = WorkbookError::Unreadable("Invalid OLE signature".into());
        for lang in Lang::ALL {
            let s = describe_workbook_error(lang, &e);
            assert!(
                !s.contains("OLE") && !s.starts_with("errors."),
                "{lang:?}: {s}"
            );
        }
        let pl = describe_workbook_notice(Lang::Pl, &WorkbookError::NoReader);
        assert!(
            pl.starts_with("Skoroszyt: ") && !pl.contains("reader"),
            "{pl}"
        );
        let th = describe_workbook_error(Lang::Ar, &WorkbookError::NoSuchSheet(2));
        assert!(th.contains('٣'), "{th}");
    }

    #[test]
    fn a_serde_json_error_keeps_its_category() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": }").unwrap_err();
        assert_eq!(JsonError::from_serde(&e, 1, 7).fault, JsonFault::Syntax);
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": 1").unwrap_err();
        assert_eq!(JsonError::from_serde(&e, 1, 8).fault, JsonFault::Eof);
    }
}
