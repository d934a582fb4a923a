//! Sentences about errors that come from libraries (serde_json…) and from the CLI, each
//! said from a typed value: the library's own English text never reaches a user.

use super::{tfn, Lang, NumberFormat};
use crate::domain::{JsonError, JsonFault};

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
    fn a_serde_json_error_keeps_its_category() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": }").unwrap_err();
        assert_eq!(JsonError::from_serde(&e, 1, 7).fault, JsonFault::Syntax);
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": 1").unwrap_err();
        assert_eq!(JsonError::from_serde(&e, 1, 8).fault, JsonFault::Eof);
    }
}
