//! Input text or bytes → [`Roster`]. This module recognises what the input is and hands it
//! to the reader for its shape; the rules live in one place each:
//!
//! - [`cells`]: one cell of any input, numbers checked for their field, handles cleaned;
//! - [`delimited`]: CSV, TSV, semicolon and pipe text (delimiter, quotes, line numbers);
//! - [`json`]: JSON arrays, wrapper objects and JSON Lines;
//! - [`builder`]: headers to fields, each numeric column's decimal mark, rows to creators,
//!   every rejected row or cell as a [`Problem`](super::roster::Problem);
//! - [`merge`]: rows of one creator merged (per-post rows, duplicates, conflicts).
//!
//! Nothing is dropped quietly: what the reader decides is said in the roster's notices.

mod builder;
mod cells;
mod columns;
mod delimited;
mod json;
mod merge;

use super::header::Field;
use super::roster::{InputFormat, Notice, Platform, Roster};
use super::sniff::{sniff, Sniffed, WorkbookKind};
use super::text::{decode, Encoding};

pub use delimited::detect_delimiter;

/// Choices the user can make about reading.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReadOptions {
    /// Platform for rows whose roster has no platform column or an empty cell, when it
    /// cannot be inferred (or always, when `infer_platform` is off).
    pub default_platform: Platform,
    /// Infer the platform of rows without one from the headers' words (`Youtuber`) before
    /// falling back to `default_platform`. Off when the user chose the platform.
    pub infer_platform: bool,
    /// The user's mapping by header text (the CLI's `--map "User Account Name=handle"`):
    /// applied like `mapping`.
    pub map_by_header: Vec<(String, Option<Field>)>,
    /// The user's own column mapping, by column index: replaces the recognised one where
    /// given. `Some(None)` means "ignore this column".
    pub mapping: Vec<(usize, Option<Field>)>,
    /// For a workbook: which sheet to read (by index); `None` reads the first that holds
    /// anything.
    pub sheet: Option<usize>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_platform: Platform::Instagram,
            infer_platform: true,
            map_by_header: Vec::new(),
            mapping: Vec::new(),
            sheet: None,
        }
    }
}

/// Reads a whole roster from file bytes or pasted text: text (any encoding), a spreadsheet
/// workbook (its first sheet that holds anything, or `options.sheet`), or a file that is
/// not a roster at all, which is named in one notice rather than read.
pub fn read_roster(input: &[u8], options: &ReadOptions) -> Roster {
    read_roster_with(input, options, &mut |_| {})
}

/// How far reading has come: bytes of the text read, of how many, and rows so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReadProgress {
    /// Bytes of the (decoded) text read.
    pub done: usize,
    /// Bytes of the text in all.
    pub of: usize,
    /// Rows read so far.
    pub rows: usize,
}

/// Rows between two reports of [`read_roster_with`].
pub const PROGRESS_ROWS: usize = 16_384;

/// [`read_roster`], telling `progress` how far it has come every [`PROGRESS_ROWS`] rows
/// of delimited text (JSON and workbooks are not reported on the way).
pub fn read_roster_with(
    input: &[u8],
    options: &ReadOptions,
    progress: &mut dyn FnMut(ReadProgress),
) -> Roster {
    match sniff(input) {
        Sniffed::Text => read_text(input, options, progress),
        Sniffed::NotARoster(kind) => Roster {
            format: InputFormat::NotARoster { file: kind },
            notices: vec![Notice::NotARoster { file: kind }],
            ..Roster::default()
        },
        Sniffed::Workbook(kind) => read_workbook(input, kind, options),
    }
}

#[cfg(feature = "workbooks")]
fn read_workbook(input: &[u8], kind: WorkbookKind, options: &ReadOptions) -> Roster {
    match super::spreadsheet::sheet_text(input, kind, options.sheet) {
        Ok(sheet) => {
            let mut roster = read_text(sheet.text.as_bytes(), options, &mut |_| {});
            let name = sheet
                .sheets
                .get(sheet.index)
                .map(|s| s.name.clone())
                .unwrap_or_default();
            roster.notices.insert(
                0,
                Notice::Sheet {
                    name,
                    index: sheet.index,
                    count: sheet.sheets.len(),
                    skipped_empty: sheet.skipped_empty,
                },
            );
            roster
        }
        Err(error) => Roster {
            notices: vec![Notice::WorkbookUnreadable { error }],
            ..Roster::default()
        },
    }
}

/// Without the workbook reader (the web page, whose workbook worker reads them).
#[cfg(not(feature = "workbooks"))]
fn read_workbook(_: &[u8], _: WorkbookKind, _: &ReadOptions) -> Roster {
    Roster {
        notices: vec![Notice::WorkbookUnreadable {
            error: crate::domain::spreadsheet::WorkbookError::NoReader,
        }],
        ..Roster::default()
    }
}

/// Reads text: decoded from its bytes, then as JSON or delimited text.
fn read_text(
    input: &[u8],
    options: &ReadOptions,
    progress: &mut dyn FnMut(ReadProgress),
) -> Roster {
    let (text, encoding) = decode(input);
    // Old Mac Excel ends lines with a lone CR.
    // (Looking for `\n` first: it stops at the first line's end instead of reading it all.)
    let text = if !text.contains('\n') && text.contains('\r') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    };
    let mut roster = match text.trim_start().chars().next() {
        None => Roster::default(),
        Some('[') | Some('{') => json::read_json(&text, options),
        Some(_) => delimited::read_delimited(&text, options, progress),
    };
    let notice = match encoding {
        Encoding::Utf8 => None,
        Encoding::Windows1252 => Some(Notice::NotUtf8),
        Encoding::Utf16Le | Encoding::Utf16Be => Some(Notice::Utf16 {
            big_endian: encoding == Encoding::Utf16Be,
        }),
        Encoding::Utf8Repaired { bytes, at } => {
            let lines = lines_of(&text, &at);
            mark_repaired(&mut roster, &lines);
            Some(Notice::RepairedBytes { bytes, lines })
        }
    };
    if let Some(n) = notice {
        roster.notices.insert(0, n);
    }
    roster
}

/// The 1-based lines of increasing byte offsets of `text`, each line once.
fn lines_of(text: &str, offsets: &[usize]) -> Vec<u64> {
    let (mut lines, mut line, mut from) = (Vec::new(), 1u64, 0usize);
    for &at in offsets {
        let at = at.min(text.len());
        line += text.as_bytes()[from.min(at)..at]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        from = at;
        if lines.last() != Some(&line) {
            lines.push(line);
        }
    }
    lines
}

/// Marks the creators with a row on one of `lines` as holding repaired text.
fn mark_repaired(roster: &mut Roster, lines: &[u64]) {
    for c in &mut roster.creators {
        let on = |l: &u64| lines.binary_search(l).is_ok();
        if on(&u64::from(c.line)) || c.rows().iter().any(|r| on(&r.line)) {
            c.repaired_text = true;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;

    /// Reads text with the default options.
    pub fn read(text: &str) -> Roster {
        read_roster(text.as_bytes(), &ReadOptions::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::read::tests_support::read;
    use crate::domain::{Metric, ProblemKind, Source};

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
    fn past_the_listed_problems_the_count_is_still_every_problem() {
        let mut text = String::from("handle,followers,likes\n");
        for i in 0..150 {
            text.push_str(&format!("u{i},12x,{}\n", if i < 3 { "zz" } else { "5" }));
        }
        let r = read(&text);
        // 100 of `followers` listed and one line for the other 50; 3 of `likes`.
        assert_eq!(r.problems.len(), 104);
        assert!(matches!(
            r.problems.last().map(|p| &p.kind),
            Some(ProblemKind::More { count: 50, .. })
        ));
        assert_eq!(r.problem_count(), 153);
        assert_eq!(read("handle,followers\na,1\n").problem_count(), 0);
    }

    #[test]
    fn a_mapping_naming_a_header_the_file_lacks_reads_nothing_and_says_so() {
        let options = ReadOptions {
            map_by_header: vec![
                ("Subscriberz".into(), Some(Field::Followers)),
                ("likes".into(), None),
            ],
            ..ReadOptions::default()
        };
        let csv = "Tiktoker,Subscribers count,likes\nkhaby.lame,149200000,2300000\n";
        let json = r#"[{"Tiktoker": "khaby.lame", "Subscribers count": 149200000, "likes": 5}]"#;
        for text in [csv, json] {
            let r = read_roster(text.as_bytes(), &options);
            assert_eq!(
                r.notices,
                vec![Notice::MappedHeaderMissing {
                    headers: vec!["Subscriberz".into()],
                    columns: vec![
                        "Tiktoker".into(),
                        "Subscribers count".into(),
                        "likes".into()
                    ],
                }],
                "{text}"
            );
            assert!(r.creators.is_empty() && r.problems.is_empty() && r.rows_read == 0);
        }
        // Headers are matched as the mapping always matched them (case and spaces aside).
        let options = ReadOptions {
            map_by_header: vec![(" subscribers COUNT ".into(), Some(Field::Followers))],
            ..ReadOptions::default()
        };
        assert_eq!(read_roster(csv.as_bytes(), &options).creators.len(), 1);
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
        assert_eq!(a.source(), Source::PerPost { posts: 3 });
        assert_eq!(a.get(Metric::Likes), Some(20.0));
        assert_eq!(a.per_post(Metric::Likes), vec![10.0, 30.0, 20.0]);
        let b = &r.creators[1];
        assert_eq!(b.source(), Source::SingleRow);
        assert_eq!(b.duplicate_lines(), [6]);
    }

    #[test]
    fn conflicting_follower_counts_are_kept_and_flagged() {
        let r = read("handle,followers,likes\na,1000,10\na,1200,10\n");
        let a = &r.creators[0];
        assert_eq!(a.conflicting_lines(), [2, 3]);
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
    fn handles_from_urls() {
        let r = read("handle,followers\nhttps://www.tiktok.com/@dancer,5000\n");
        assert_eq!(r.creators[0].handle, "dancer");
        assert_eq!(r.creators[0].platform, Platform::TikTok);
    }

    #[test]
    fn duplicates_are_told_apart_from_posts() {
        let r = read("handle,followers,likes,comments,post\na,1000,10,0,p1\na,1000,10,0,p1\na,1000,40,0,p2\n");
        let a = &r.creators[0];
        assert_eq!(a.source(), Source::PerPost { posts: 2 });
        assert_eq!(a.duplicate_lines(), [3]);
        assert_eq!(a.get(Metric::Likes), Some(25.0));
        // A profile URL is not a post column.
        let r = read("handle,followers,likes,url\na,1000,10,https://x.example/a\na,1000,10,https://x.example/a\n");
        assert_eq!(r.creators[0].source(), Source::SingleRow);
        assert_eq!(r.creators[0].duplicate_lines(), [3]);
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
        assert_eq!(*r.creators[0].extras, ["100"]);
    }
}
