//! Sharing without a server: the settings record and the roster's text, deflated and
//! base64url-encoded into a link's fragment (`#share=1.…`), which browsers never send to any
//! server. A roster too big for a link goes into a file instead (the same record as JSON),
//! which the app opens like any roster file.
//!
//! Reading a link or a file trusts nothing: a damaged, cut-off or foreign text is an error
//! that says which, and a link cannot inflate past [`MAX_INFLATED`] (no zip bombs).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::saved::{SavedState, SAVED_VERSION};

/// What starts a share link's fragment (after `#`).
pub const FRAGMENT_KEY: &str = "share=";
/// The link format's version, written before the data: `share=1.…`.
pub const LINK_VERSION: u32 = 1;
/// The longest link offered. Chromium takes links of 2 million characters, but Firefox's
/// address bar and many mail and chat apps stop at 65,536; a longer link is not offered
/// and the file is suggested instead.
pub const MAX_LINK_CHARS: usize = 65_536;
/// The most a link's data may inflate to: a link Tierwise makes holds at most about 48 KB
/// deflated, and rosters deflate 3 to 10 times; anything far beyond is a zip bomb aimed at
/// whoever opens the link.
pub const MAX_INFLATED: usize = 4 * 1024 * 1024;
/// A roster above this many bytes cannot fit a link in practice (it would need a
/// compression ratio above 20:1): it is not compressed at all, only the file is offered.
pub const MAX_LINK_ROSTER: usize = 1024 * 1024;

/// The key that marks a shared file (`{"tierwise_share": 1, …}`).
const FILE_KEY: &str = "tierwise_share";

/// What a link or a shared file carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// Every setting and the budget panel, as autosave keeps them.
    pub state: SavedState,
    /// The roster's text, as pasted or read from its file.
    pub roster: String,
}

#[derive(Serialize)]
struct FileOut<'a> {
    tierwise_share: u32,
    state: &'a SavedState,
    roster: &'a str,
}

#[derive(Deserialize)]
struct FileIn {
    tierwise_share: u32,
    state: serde_json::Value,
    roster: String,
}

/// Why a link or file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Made by another version of Tierwise (the version found).
    Version(u32),
    /// Not base64url, or cut off (a link copied only in part).
    Damaged,
    /// Inflates to more than [`MAX_INFLATED`] bytes.
    TooLarge,
    /// The data inside is not a Tierwise record (where serde_json stopped, and why).
    NotARecord(crate::domain::JsonError),
}

/// The record's JSON fault.
fn not_a_record(e: &serde_json::Error) -> ShareError {
    ShareError::NotARecord(crate::domain::JsonError::from_serde(
        e,
        e.line() as u64,
        e.column() as u64,
    ))
}

/// English, for logs and tests; the page says it through `share.error.*`.
impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Version(v) => write!(f, "made by another version ({v})"),
            ShareError::Damaged => f.write_str("damaged or cut off"),
            ShareError::TooLarge => f.write_str("too large"),
            ShareError::NotARecord(e) => write!(f, "not a Tierwise record: {e}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// A link that would be made for this state and roster.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// The fragment, without `#` (`share=1.…`).
    Fragment(String),
    /// Too long for a link: the link would be `chars` characters with the page's address.
    TooLong {
        /// The link's length with the page's address, in characters (for a roster over
        /// [`MAX_LINK_ROSTER`], the least it could be).
        chars: usize,
    },
}

fn record_json(state: &SavedState, roster: &str) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        state: &'a SavedState,
        roster: &'a str,
    }
    serde_json::to_string(&Out { state, roster }).unwrap_or_default()
}

/// The share link's fragment for `state` and `roster`, or how long it would be when over
/// [`MAX_LINK_CHARS`] together with `base` (the page's address before `#`).
pub fn link(state: &SavedState, roster: &str, base: &str) -> Link {
    let prefix = format!("{FRAGMENT_KEY}{LINK_VERSION}.");
    if roster.len() > MAX_LINK_ROSTER {
        // At best 20:1, then 4 characters per 3 bytes.
        let least = base.len() + 1 + prefix.len() + roster.len() / 20 * 4 / 3;
        return Link::TooLong { chars: least };
    }
    let packed = miniz_oxide::deflate::compress_to_vec(record_json(state, roster).as_bytes(), 9);
    let fragment = format!("{prefix}{}", URL_SAFE_NO_PAD.encode(packed));
    let chars = base.len() + 1 + fragment.len();
    if chars > MAX_LINK_CHARS {
        Link::TooLong { chars }
    } else {
        Link::Fragment(fragment)
    }
}

/// Whether a fragment (with or without `#`) is a share link's.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(FRAGMENT_KEY)
}

/// Opens a share link's fragment (with or without `#`). A fragment longer than any link
/// Tierwise makes is refused before it is unpacked.
pub fn open_fragment(fragment: &str) -> Result<Shared, ShareError> {
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLarge);
    }
    let data = fragment
        .trim_start_matches('#')
        .strip_prefix(FRAGMENT_KEY)
        .ok_or(ShareError::Damaged)?;
    let (version, payload) = data.split_once('.').ok_or(ShareError::Damaged)?;
    let version: u32 = version.parse().map_err(|_| ShareError::Damaged)?;
    if version != LINK_VERSION {
        return Err(ShareError::Version(version));
    }
    // Some mail apps wrap long links or escape characters; base64url has neither.
    let payload: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| ShareError::Damaged)?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
                _ => ShareError::Damaged,
            }
        })?;
    let shared: Shared = serde_json::from_slice(&json).map_err(|e| not_a_record(&e))?;
    check_version(shared)
}

/// A record of this version, made safe to use ([`SavedState::sanitized`]).
fn check_version(shared: Shared) -> Result<Shared, ShareError> {
    if shared.state.version != SAVED_VERSION {
        return Err(ShareError::Version(shared.state.version));
    }
    Ok(Shared {
        state: shared.state.sanitized(),
        ..shared
    })
}

/// The shared file's text: the same record as a link, as readable JSON.
pub fn file_text(state: &SavedState, roster: &str) -> String {
    serde_json::to_string_pretty(&FileOut {
        tierwise_share: LINK_VERSION,
        state,
        roster,
    })
    .unwrap_or_default()
}

/// Whether a file's first bytes are a shared file's (`{"tierwise_share"`), so a big roster
/// is not decoded just to find out.
pub fn looks_like_file(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rest = head.iter().skip_while(|b| b.is_ascii_whitespace());
    if rest.next() != Some(&b'{') {
        return false;
    }
    let after: Vec<u8> = rest
        .skip_while(|b| b.is_ascii_whitespace())
        .take(FILE_KEY.len() + 2)
        .copied()
        .collect();
    after == format!("\"{FILE_KEY}\"").as_bytes()
}

/// A shared file, if `text` is one (`None`: an ordinary roster, read as such).
pub fn open_file(text: &str) -> Option<Result<Shared, ShareError>> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    // Cheap test first: a roster in JSON never starts with this key.
    let rest = head.strip_prefix('{')?.trim_start();
    if !rest.starts_with(&format!("\"{FILE_KEY}\"")) {
        return None;
    }
    let file: FileIn = match serde_json::from_str(head) {
        Ok(f) => f,
        Err(e) => return Some(Err(not_a_record(&e))),
    };
    if file.tierwise_share != LINK_VERSION {
        return Some(Err(ShareError::Version(file.tierwise_share)));
    }
    Some(
        serde_json::from_value::<SavedState>(file.state)
            .map_err(|e| not_a_record(&e))
            .and_then(|state| {
                check_version(Shared {
                    state,
                    roster: file.roster,
                })
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::saved::tests::sample;

    const ROSTER: &str = "handle,platform,followers,likes\n@ana,instagram,12000,340\n\
                          @<img src=x onerror=alert(1)>,tiktok,950000,\"1,200\"\n";
    const BASE: &str = "https://example.com/tools/tierwise/";

    fn fragment(state: &SavedState, roster: &str) -> String {
        match link(state, roster, BASE) {
            Link::Fragment(f) => f,
            Link::TooLong { chars } => panic!("expected a link, got one of {chars} characters"),
        }
    }

    #[test]
    fn a_link_round_trips_settings_and_roster() {
        let state = sample();
        let f = fragment(&state, ROSTER);
        assert!(f.starts_with("share=1."), "{f}");
        assert!(is_share_fragment(&format!("#{f}")));
        // Only characters that need no escaping in a URL fragment.
        assert!(f[8..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let back = open_fragment(&format!("#{f}")).expect("opens");
        assert_eq!(back.state, state);
        assert_eq!(back.roster, ROSTER);
    }

    #[test]
    fn a_typical_roster_compresses_well() {
        let mut roster = String::from("handle,platform,followers,likes,comments\n");
        for i in 0..1_000 {
            roster.push_str(&format!(
                "@creator_{i},instagram,{},{},{}\n",
                1_000 + i * 937,
                40 + i * 7,
                i % 13
            ));
        }
        let f = fragment(&sample(), &roster);
        assert!(
            f.len() * 2 < roster.len(),
            "{} chars for {}",
            f.len(),
            roster.len()
        );
        assert_eq!(open_fragment(&f).map(|s| s.roster), Ok(roster));
    }

    #[test]
    fn too_long_for_a_link_says_how_long() {
        // Incompressible text: pseudo-random handles.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut roster = String::from("handle,followers\n");
        while roster.len() < 160_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            roster.push_str(&format!("@{x:016x},{}\n", x % 1_000_000));
        }
        match link(&sample(), &roster, BASE) {
            Link::TooLong { chars } => assert!(chars > MAX_LINK_CHARS, "{chars}"),
            Link::Fragment(f) => panic!("a link of {} characters", f.len()),
        }
        // Beyond the size no compression could bring under the limit, it is not even tried.
        let huge = "a".repeat(MAX_LINK_ROSTER + 1);
        assert!(matches!(
            link(&sample(), &huge, BASE),
            Link::TooLong { chars } if chars > MAX_LINK_CHARS
        ));
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        let f = fragment(&sample(), ROSTER);
        // Cut off, as when a mail app breaks a long link.
        assert_eq!(
            open_fragment(&f[..f.len() * 2 / 3]),
            Err(ShareError::Damaged)
        );
        assert_eq!(open_fragment("share=1.%%%"), Err(ShareError::Damaged));
        assert_eq!(open_fragment("share=1"), Err(ShareError::Damaged));
        assert_eq!(open_fragment("share=x.abc"), Err(ShareError::Damaged));
        assert_eq!(open_fragment("share=2.abc"), Err(ShareError::Version(2)));
        // Valid deflate of something that is not a record.
        let other = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2]", 6));
        assert!(matches!(
            open_fragment(&format!("share=1.{other}")),
            Err(ShareError::NotARecord(_))
        ));
        // A record of another version of the settings.
        let mut state = sample();
        state.version = SAVED_VERSION + 1;
        let newer = fragment(&state, ROSTER);
        assert_eq!(
            open_fragment(&newer),
            Err(ShareError::Version(SAVED_VERSION + 1))
        );
        // A record that does not hold together (a tier scheme nobody has) is made safe.
        let mut state = sample();
        state.scheme.id = "nonesuch".into();
        let opened = open_fragment(&fragment(&state, ROSTER)).expect("opens");
        assert_eq!(opened.state.scheme.id, "seeds");
        // Longer than any link Tierwise makes: refused before unpacking.
        let long = format!("share=1.{}", "A".repeat(MAX_LINK_CHARS));
        assert_eq!(open_fragment(&long), Err(ShareError::TooLarge));
        // Line breaks a mail app put into the link are ignored.
        let wrapped = format!("{}\n{}", &f[..40], &f[40..]);
        assert!(open_fragment(&wrapped).is_ok());
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
            &vec![b' '; MAX_INFLATED + 1],
            9,
        ));
        assert_eq!(
            open_fragment(&format!("share=1.{bomb}")),
            Err(ShareError::TooLarge)
        );
    }

    #[test]
    fn a_shared_file_round_trips_and_rosters_are_not_mistaken_for_one() {
        let state = sample();
        let text = file_text(&state, ROSTER);
        let back = open_file(&text).expect("is a shared file").expect("opens");
        assert_eq!((back.state, back.roster.as_str()), (state, ROSTER));
        // With a byte-order mark, as some editors save it.
        assert!(matches!(open_file(&format!("\u{feff}{text}")), Some(Ok(_))));
        // Rosters in JSON stay rosters.
        assert_eq!(open_file(r#"[{"handle":"@a","followers":10}]"#), None);
        assert_eq!(
            open_file(r#"{"creators":[{"handle":"@a","followers":10}]}"#),
            None
        );
        assert_eq!(open_file(ROSTER), None);
        // A damaged shared file is an error, not a roster.
        assert!(matches!(
            open_file(r#"{"tierwise_share": 1, "state": {"version": 1}, "roster": ""}"#),
            Some(Err(ShareError::NotARecord(_)))
        ));
        // Found from the first bytes alone.
        assert!(looks_like_file(text.as_bytes()));
        assert!(looks_like_file(format!("\u{feff}  {text}").as_bytes()));
        assert!(!looks_like_file(br#"[{"handle":"@a"}]"#));
        assert!(!looks_like_file(br#"{"creators":[]}"#));
        assert!(!looks_like_file(ROSTER.as_bytes()));
        assert!(!looks_like_file(b""));
        // A file cut in half: the JSON ends early, and where is known (no English text).
        match open_file(&text[..text.len() / 2]) {
            Some(Err(ShareError::NotARecord(e))) => {
                assert_eq!(e.fault, crate::domain::JsonFault::Eof, "{e}");
                assert!(e.line >= 1 && e.column >= 1, "{e}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            open_file(r#"{"tierwise_share": 7, "state": {}, "roster": ""}"#),
            Some(Err(ShareError::Version(7)))
        );
    }
}
