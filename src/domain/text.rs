//! Bytes → text: UTF-8 (with or without BOM), else Windows-1252; and repair of text that was
//! decoded with the wrong charset somewhere upstream (`CÃ´te d'Ivoire` → `Côte d'Ivoire`).

use std::borrow::Cow;

/// Windows-1252 code points for bytes 0x80–0x9F (the rest of the range is Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes input bytes. Returns the text and whether it was *not* UTF-8 (then it is read as
/// Windows-1252, the usual charset of an old Excel export). A UTF-8 BOM is dropped.
pub fn decode(input: &[u8]) -> (Cow<'_, str>, bool) {
    let input = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
    match std::str::from_utf8(input) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (
            Cow::Owned(
                input
                    .iter()
                    .map(|&b| match b {
                        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
                        _ => char::from(b),
                    })
                    .collect(),
            ),
            true,
        ),
    }
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
        assert_eq!(decode(b"\xef\xbb\xbfa,b"), (Cow::Borrowed("a,b"), false));
        let (t, not_utf8) = decode(b"Jos\xe9 \x80");
        assert_eq!(t, "José €");
        assert!(not_utf8);
    }
}
