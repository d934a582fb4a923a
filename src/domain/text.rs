//! Bytes → text: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), UTF-8 with a
//! stray byte repaired on its own, else Windows-1252; and repair of text that was decoded with
//! the wrong charset somewhere upstream (`CÃ´te d'Ivoire` → `Côte d'Ivoire`).

use std::borrow::Cow;

/// Windows-1252 code points for bytes 0x80–0x9F (the rest of the range is Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// How the input's bytes were turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (a BOM, if any, dropped).
    Utf8,
    /// UTF-8 with a few bytes that are not: each such byte was read as the Windows-1252
    /// character it stands for. `at` holds the byte offsets in the decoded text of the first
    /// [`REPAIRED_OFFSETS`] of them; `bytes` counts them all.
    Utf8Repaired { bytes: usize, at: Vec<usize> },
    /// UTF-16, little-endian (Excel's "Unicode text"), with or without a BOM.
    Utf16Le,
    /// UTF-16, big-endian, with or without a BOM.
    Utf16Be,
    /// Not UTF-8 at all: read as Windows-1252, the usual charset of an old Excel export.
    Windows1252,
}

/// How many repaired byte offsets [`Encoding::Utf8Repaired`] keeps.
pub const REPAIRED_OFFSETS: usize = 1000;

/// Decodes input bytes: UTF-8 (a BOM dropped), UTF-16 (by its BOM or, without one, by its
/// zero bytes), UTF-8 with a few stray bytes (each repaired on its own), else Windows-1252.
pub fn decode(input: &[u8]) -> (Cow<'_, str>, Encoding) {
    if let Some(big_endian) = utf16_order(input) {
        let body = match input {
            [0xff, 0xfe, rest @ ..] | [0xfe, 0xff, rest @ ..] => rest,
            _ => input,
        };
        let units = body.chunks_exact(2).map(|p| {
            let pair = [p[0], p[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        let encoding = if big_endian {
            Encoding::Utf16Be
        } else {
            Encoding::Utf16Le
        };
        return (Cow::Owned(text), encoding);
    }
    let input = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
    // The fast check first (it says only whether the text is valid); std's says where not.
    if let Ok(s) = simdutf8::basic::from_utf8(input) {
        return (Cow::Borrowed(s), Encoding::Utf8);
    }
    match std::str::from_utf8(input) {
        Ok(s) => (Cow::Borrowed(s), Encoding::Utf8),
        Err(_) if mostly_utf8(input) => {
            let (text, bytes, at) = repair_bytes(input);
            (Cow::Owned(text), Encoding::Utf8Repaired { bytes, at })
        }
        Err(_) => (
            Cow::Owned(input.iter().map(|&b| cp1252_char(b)).collect()),
            Encoding::Windows1252,
        ),
    }
}

/// The Windows-1252 character of one byte.
fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Whether the input is UTF-16, and if so big-endian: by its BOM, else by where the zero
/// bytes of ASCII text fall in the first 4 KiB (`h\0a\0` little-endian, `\0h\0a`
/// big-endian). A text of UTF-8 or Windows-1252 has no zero bytes at all.
pub(crate) fn utf16_order(input: &[u8]) -> Option<bool> {
    match input {
        [0xff, 0xfe, ..] => return Some(false),
        [0xfe, 0xff, ..] => return Some(true),
        _ => {}
    }
    let head = &input[..input.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    // Most characters of a roster are ASCII: in UTF-16 each has one zero byte, always on the
    // same side.
    if odd * 10 >= pairs * 6 && even * 10 <= pairs {
        Some(false)
    } else if even * 10 >= pairs * 6 && odd * 10 <= pairs {
        Some(true)
    } else {
        None
    }
}

/// True when the input's non-ASCII bytes are mostly well-formed UTF-8: a UTF-8 file with a
/// stray byte or two, rather than a file in another charset.
fn mostly_utf8(input: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut rest = input;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.bytes().filter(|b| !b.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                good += valid.iter().filter(|b| !b.is_ascii()).count();
                let n = e.error_len().unwrap_or(after.len());
                bad += n;
                rest = &after[n..];
            }
        }
    }
    // A multi-byte character has at least two non-ASCII bytes; a Windows-1252 file read as
    // UTF-8 has almost none that are well-formed.
    good >= 4 * bad
}

/// UTF-8 whose ill-formed bytes are each read as Windows-1252: the text, how many bytes
/// were repaired, and where (byte offsets in the text, the first [`REPAIRED_OFFSETS`]).
fn repair_bytes(input: &[u8]) -> (String, usize, Vec<usize>) {
    let mut text = String::with_capacity(input.len() + 16);
    let (mut count, mut at) = (0usize, Vec::new());
    let mut rest = input;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                // `valid_up_to` bytes are well-formed UTF-8: this never falls back.
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let n = e.error_len().unwrap_or(after.len());
                for &b in &after[..n] {
                    if at.len() < REPAIRED_OFFSETS {
                        at.push(text.len());
                    }
                    text.push(cp1252_char(b));
                    count += 1;
                }
                rest = &after[n..];
            }
        }
    }
    (text, count, at)
}

fn cp1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        0..=0x7f | 0xa0..=0xff => u8::try_from(u32::from(c)).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// A quick test on the bytes, run on every text cell of a roster: false when `text` cannot
/// hold mojibake. Such text has a character U+00C2–U+00F4 (UTF-8 `C3 82`–`C3 B4`) followed
/// by one standing for a continuation byte: U+0080–U+00BF (`C2 ..`) or one of the
/// Windows-1252 letters and signs of 0x80–0x9F (`Š` `C5 ..`, `ƒ` `C6 ..`, `ˆ` `CB ..`,
/// `€` `E2 ..`).
fn may_be_mojibake(b: &[u8]) -> bool {
    b.windows(3).any(|w| {
        w[0] == 0xc3
            && (0x82..=0xb4).contains(&w[1])
            && matches!(w[2], 0xc2 | 0xc5 | 0xc6 | 0xcb | 0xe2)
    })
}

/// If `text` reads as UTF-8 that was decoded as Windows-1252 (mojibake), the repaired text.
#[inline]
pub fn repair_mojibake(text: &str) -> Option<String> {
    // Runs on every text cell of a roster: plain ASCII, the usual case, costs one check.
    if text.is_ascii() {
        return None;
    }
    repair_non_ascii(text)
}

fn repair_non_ascii(text: &str) -> Option<String> {
    // Mojibake of UTF-8 always has one of Â Ã Ä Å … ô (lead bytes 0xC2–0xF4) followed by a
    // character standing for a continuation byte (0x80–0xBF): `Ã´`, `Å‚`. A plain `é` or
    // `ł` is not that, and is left alone without trying to re-decode the text.
    if !may_be_mojibake(text.as_bytes()) {
        return None;
    }
    let continuation = |c: char| cp1252_byte(c).is_some_and(|b| (0x80..=0xbf).contains(&b));
    let mut chars = text.chars().peekable();
    let mut suspicious = false;
    while let Some(c) = chars.next() {
        if ('\u{c2}'..='\u{f4}').contains(&c) && chars.peek().is_some_and(|n| continuation(*n)) {
            suspicious = true;
            break;
        }
    }
    if !suspicious {
        return None;
    }
    let bytes: Option<Vec<u8>> = text.chars().map(cp1252_byte).collect();
    let fixed = String::from_utf8(bytes?).ok()?;
    (fixed != text).then_some(fixed)
}

/// A text cell a spreadsheet will not run as a formula (OWASP's advice on CSV injection):
/// text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
/// Numbers (`-12.5`) stay as they are.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && text.trim().parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_double_decoded_text() {
        assert_eq!(
            repair_mojibake("CÃ´te d'Ivoire").as_deref(),
            Some("Côte d'Ivoire")
        );
        assert_eq!(repair_mojibake("Å‚Ã³dÅº").as_deref(), Some("łódź"));
        assert_eq!(repair_mojibake("José"), None);
        assert_eq!(repair_mojibake("Côte d'Ivoire"), None);
        assert_eq!(repair_mojibake("plain"), None);
    }

    #[test]
    fn the_quick_test_lets_every_mojibake_pair_through() {
        // Every character U+00C2–U+00F4 followed by every character standing for a
        // continuation byte must reach the full check.
        for lead in '\u{c2}'..='\u{f4}' {
            for byte in 0x80u8..=0xbf {
                let cont = match byte {
                    0x80..=0x9f => CP1252_HIGH[usize::from(byte - 0x80)],
                    _ => char::from(byte),
                };
                let text = format!("a{lead}{cont}b");
                assert!(may_be_mojibake(text.as_bytes()), "{text:?}");
            }
        }
        for plain in [
            "José",
            "Søren",
            "Łukasz",
            "Nguyễn Văn",
            "محمد",
            "สมชาย",
            "✨ García",
        ] {
            assert!(!may_be_mojibake(plain.as_bytes()), "{plain}");
        }
    }

    #[test]
    fn decodes_bom_and_cp1252() {
        assert_eq!(
            decode(b"\xef\xbb\xbfa,b"),
            (Cow::Borrowed("a,b"), Encoding::Utf8)
        );
        let (t, encoding) = decode(b"Jos\xe9 \x80");
        assert_eq!(t, "José €");
        assert_eq!(encoding, Encoding::Windows1252);
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian {
                [0xfe, 0xff]
            } else {
                [0xff, 0xfe]
            });
        }
        for unit in text.encode_utf16() {
            out.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn decodes_utf16_with_and_without_a_bom() {
        let text = "Handle\tFollowers\r\nłucja.gotuje\t12 500\r\nนภา 🌸\t9,999\r\n";
        for (big_endian, expected) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
            for bom in [true, false] {
                let bytes = utf16(text, big_endian, bom);
                let (t, e) = decode(&bytes);
                assert_eq!((t.as_ref(), &e), (text, &expected), "{big_endian} {bom}");
            }
        }
        // A lone surrogate becomes U+FFFD rather than failing the file.
        let mut bytes = utf16("ab", false, true);
        bytes.extend([0x00, 0xd8]);
        assert_eq!(decode(&bytes).0, "ab\u{fffd}");
    }

    #[test]
    fn a_stray_byte_in_utf8_is_repaired_alone() {
        let mut bytes = "handle,name\nłucja,Łucja Nowak\nnam,Nguyễn Nam\n"
            .as_bytes()
            .to_vec();
        let at = bytes.len();
        bytes.extend(b"jose,Jos\xe9\n");
        let (t, e) = decode(&bytes);
        assert!(t.ends_with("jose,José\n"), "{t}");
        assert!(t.contains("Łucja Nowak") && t.contains("Nguyễn"), "{t}");
        assert_eq!(
            e,
            Encoding::Utf8Repaired {
                bytes: 1,
                at: vec![at + 8]
            }
        );
        // A file with no well-formed UTF-8 at all is Windows-1252 as a whole.
        assert_eq!(decode(b"a,Jos\xe9\nb,Ren\xe9e\n").1, Encoding::Windows1252);
    }
}
