//! Numbers as real exports write them: `12.5K`, `475.8m`, `1,234`, `1.234`, `10 000`,
//! `4,5%`, `$1,200`, Arabic-Indic and Thai digits, and the many ways to say "missing".
//!
//! A lone separator followed by exactly three digits (`1.234`, `1,234`) is ambiguous.
//! Such cells are not decided one by one: the reader first looks at the whole column
//! ([`Evidence`]), picks its [`DecimalMark`], then parses every cell with it.

use super::currency::{Currency, SIGNS};

/// Which character a column uses as its decimal mark; the other one groups thousands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecimalMark {
    /// `1,234.5`: English, Thai.
    Dot,
    /// `1.234,5` or `1 234,5`: Vietnamese, Polish, European Excel.
    Comma,
}

/// What one cell says about the column's decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// No separator at all, or a cell that is not a number: says nothing.
    None,
    /// Only readable with this decimal mark (`4,5`, `1.234.567`, `1,234.5`).
    Decides(DecimalMark),
    /// One `.` or `,` followed by exactly three digits: either reading works.
    Ambiguous,
}

/// A cell read as a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The figure, with `K`/`M`/`B` applied; a percentage is its percent figure (`1.39%`
    /// is 1.39).
    pub value: f64,
    /// The cell carried a percent sign.
    pub percent: bool,
}

/// Why a cell is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Characters that are not digits, separators, a known suffix or a currency.
    NotANumber,
    /// Thousands groups that are not three digits long (`1,23,4`).
    BadGrouping,
}

/// A plain English fallback; the words users read are in the translation table.
impl std::fmt::Display for NumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NumberError::NotANumber => "not a number",
            NumberError::BadGrouping => "thousands groups that are not three digits long",
        })
    }
}

impl std::error::Error for NumberError {}

/// Texts that mean "no value" in real exports. Compared case-insensitively after trimming.
const MISSING: &[&str] = &[
    "",
    "-",
    "--",
    "—",
    "–",
    "n/a",
    "na",
    "nan",
    "nan%",
    "null",
    "none",
    "?",
    "#n/a",
    "#value!",
    "#div/0!",
    "undefined",
    "brak",
    "không có",
    "ไม่มี",
    "غير متوفر",
];

/// Suffixes that multiply: English, Polish, Vietnamese, Thai, Arabic. Longest first within
/// a language so `mln` wins over `m`. Compared on the lower-cased text.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("พันล้าน", 1e9),
    ("billion", 1e9),
    ("mld", 1e9),
    ("mrd", 1e9),
    ("bn", 1e9),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("مليار", 1e9),
    ("b", 1e9),
    ("million", 1e6),
    ("mln", 1e6),
    ("mio", 1e6),
    ("triệu", 1e6),
    ("tr", 1e6),
    ("ล้าน", 1e6),
    ("مليون", 1e6),
    ("m", 1e6),
    ("แสน", 1e5),
    ("หมื่น", 1e4),
    ("thousand", 1e3),
    ("tys.", 1e3),
    ("tys", 1e3),
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("พัน", 1e3),
    ("ألف", 1e3),
    ("k", 1e3),
];

/// True for texts that mean "no value" (`-`, `n/a`, `NaN%`, empty…), a spreadsheet's
/// error codes in any language (`#N/A`, `#VALOR!`, `#DZIEL/0!`), and the button labels a
/// scraper copies where a count is hidden or zero (`Share`, `Like`).
pub fn is_missing(text: &str) -> bool {
    let t = text.trim_matches(is_space).trim_matches(['\'', '’']);
    if t.is_empty()
        || (t.starts_with('#') && t.len() <= 16 && t.ends_with(['!', '?', 'a', 'A', 'd', 'D']))
    {
        return true;
    }
    // Every marker is short: a longer text (a name, a figure with digits) is not one.
    if t.len() > 20 {
        return false;
    }
    let lower = t.to_lowercase();
    MISSING.iter().chain(LABELS).any(|m| lower == *m)
}

/// Button labels scrapers copy into count cells (TikTok shows "Share" for no shares).
const LABELS: &[&str] = &[
    "share", "like", "comment", "save", "view", "views", "follow",
];

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || c == '\u{a0}'
        || c == '\u{202f}'
        || c == '\u{2009}'
        || c == '\u{200f}'
        || c == '\u{200e}'
        || c == '\u{61c}'
}

/// The cell reduced to ASCII: digits, `.`, `,`, `' '` (a group separator), `d` (an explicit
/// decimal mark such as Arabic `٫`), an optional sign, plus the multiplier and percent flag.
struct Cleaned {
    body: String,
    negative: bool,
    multiplier: f64,
    percent: bool,
    currency: Option<Currency>,
}

fn clean(text: &str) -> Result<Option<Cleaned>, NumberError> {
    if is_missing(text) {
        return Ok(None);
    }
    let lower = text.trim_matches(is_space).to_lowercase();
    let mut t: &str = &lower;
    let mut percent = false;
    let mut negative = false;
    let mut multiplier = 1.0;
    let mut currency = None;
    // Peel signs, percent, currency and suffix from both ends until nothing changes.
    loop {
        let before = t.len();
        t = t.trim_matches(is_space);
        if let Some(rest) = t.strip_suffix('%').or_else(|| t.strip_suffix('٪')) {
            percent = true;
            t = rest;
        }
        if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
            negative = true;
            t = rest;
        } else if let Some(rest) = t.strip_prefix('+') {
            t = rest;
        }
        let digit_ends = t.chars().next().is_some_and(|c| c.is_ascii_digit())
            && t.chars().last().is_some_and(|c| c.is_ascii_digit());
        if !digit_ends {
            for (sign, c) in SIGNS {
                let before = t.len();
                t = t.strip_prefix(sign).unwrap_or(t);
                t = t.strip_suffix(sign).unwrap_or(t);
                if t.len() != before {
                    currency.get_or_insert(*c);
                }
            }
        }
        if multiplier == 1.0 {
            for (suffix, factor) in MULTIPLIERS {
                if let Some(rest) = t.strip_suffix(suffix) {
                    // A suffix must follow a digit or a space: "12k", "12 k", not "book".
                    let ok = rest.chars().last().is_some_and(|c| {
                        c.is_ascii_digit() || is_space(c) || digit_value(c).is_some()
                    });
                    if ok {
                        multiplier = *factor;
                        t = rest;
                        break;
                    }
                }
            }
        }
        if t.len() == before {
            break;
        }
    }
    let mut body = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '0'..='9' | '.' | ',' => body.push(c),
            '٬' | '\'' | '’' => body.push(' '),
            '٫' => body.push('d'),
            c if is_space(c) => body.push(' '),
            c => match digit_value(c) {
                Some(d) => body.push(char::from(b'0' + d)),
                None => return Err(NumberError::NotANumber),
            },
        }
    }
    if !body.bytes().any(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    Ok(Some(Cleaned {
        body,
        negative,
        multiplier,
        percent,
        currency,
    }))
}

/// Arabic-Indic, Eastern Arabic-Indic (Persian/Urdu) and Thai digits.
fn digit_value(c: char) -> Option<u8> {
    let v = match c {
        '\u{660}'..='\u{669}' => c as u32 - 0x660,
        '\u{6f0}'..='\u{6f9}' => c as u32 - 0x6f0,
        '\u{e50}'..='\u{e59}' => c as u32 - 0xe50,
        _ => return None,
    };
    u8::try_from(v).ok()
}

/// One pass over a number's digits and separators.
fn evidence_of(body: &[u8]) -> Evidence {
    let (mut dots, mut commas, mut spaces) = (0usize, 0usize, false);
    let (mut last_dot, mut last_comma) = (0usize, 0usize);
    for (i, &c) in body.iter().enumerate() {
        match c {
            b'.' => {
                dots += 1;
                last_dot = i;
            }
            b',' => {
                commas += 1;
                last_comma = i;
            }
            b' ' => spaces = true,
            _ => {}
        }
    }
    match (dots, commas) {
        (0, 0) => Evidence::None,
        (_, 0) | (0, _) => {
            let (count, at, this) = if dots > 0 {
                (dots, last_dot, DecimalMark::Dot)
            } else {
                (commas, last_comma, DecimalMark::Comma)
            };
            if count > 1 {
                // Repeated: it groups thousands, so the other mark is the decimal one.
                return Evidence::Decides(other(this));
            }
            let digits_after = body[at + 1..].iter().filter(|b| b.is_ascii_digit()).count();
            let mut int_digits = body[..at].iter().filter(|b| b.is_ascii_digit());
            let int_count = int_digits.clone().count();
            let int_is_zero = int_count == 1 && int_digits.next() == Some(&b'0');
            // `1,234` and `1.234` read either way; `0.123` and `,5` cannot be thousands.
            if digits_after == 3 && int_count > 0 && !int_is_zero && !spaces {
                Evidence::Ambiguous
            } else {
                Evidence::Decides(this)
            }
        }
        _ if last_dot > last_comma => Evidence::Decides(DecimalMark::Dot),
        _ => Evidence::Decides(DecimalMark::Comma),
    }
}

fn other(mark: DecimalMark) -> DecimalMark {
    match mark {
        DecimalMark::Dot => DecimalMark::Comma,
        DecimalMark::Comma => DecimalMark::Dot,
    }
}

/// A cell read as a number, with what it says about its column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// The value read with a decimal dot (or with the cell's own decimal mark when its
    /// separators can only be read one way).
    pub value: f64,
    /// For ambiguous cells (`1,234`): the value if the column's decimal mark is a comma.
    pub if_comma: Option<f64>,
    pub percent: bool,
    pub evidence: Evidence,
    /// The currency its sign or code names (`€1.200`, `300 zł`).
    pub currency: Option<Currency>,
}

impl Reading {
    /// The value under the column's decimal mark.
    pub fn value_for(&self, mark: DecimalMark) -> f64 {
        match (mark, self.if_comma) {
            (DecimalMark::Comma, Some(v)) => v,
            _ => self.value,
        }
    }
}

/// Reads one cell once: its value, its comma reading if ambiguous, and its evidence.
/// `Ok(None)` means the cell is empty or says "missing".
pub fn read_cell(bytes: &[u8]) -> Result<Option<Reading>, NumberError> {
    // Most cells are whole numbers, or have one separator (`12.5`, `1,234`).
    if let Some(r) = simple_body(bytes, 1.0, false) {
        return Ok(Some(r));
    }
    // The usual ways of saying "missing", without reading the cell as text.
    if matches!(bytes.trim_ascii(), b"" | b"-") {
        return Ok(None);
    }
    if let Some(r) = scientific(bytes.trim_ascii()) {
        return Ok(Some(r));
    }
    if let Some((body, multiplier, percent)) = plain_parts(bytes) {
        let dollar = bytes.starts_with(b"$").then_some(Currency::Usd);
        let r = match simple_body(body, multiplier, percent) {
            Some(r) => r,
            None => read_body(body, multiplier, percent, false)?,
        };
        return Ok(Some(Reading {
            currency: dollar,
            ..r
        }));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| NotANumber)?;
    let Some(c) = clean(text)? else {
        return Ok(None);
    };
    let r = read_body(c.body.as_bytes(), c.multiplier, c.percent, true)?;
    let sign = if c.negative { -1.0 } else { 1.0 };
    Ok(Some(Reading {
        value: sign * r.value,
        if_comma: r.if_comma.map(|v| sign * v),
        currency: c.currency,
        ..r
    }))
}

/// Scientific notation as spreadsheets write it: `1.5E+6`, `2.28E+11`, `3.4e4`, `1,5E+06`
/// (a European Excel's decimal comma). Read by the standard parser, so exactly.
fn scientific(b: &[u8]) -> Option<Reading> {
    let e = b.iter().position(|c| matches!(c, b'e' | b'E'))?;
    let (mantissa, exponent) = (&b[..e], &b[e + 1..]);
    let exponent = exponent.strip_prefix(b"+").unwrap_or(exponent);
    let digits = exponent.strip_prefix(b"-").unwrap_or(exponent);
    let mark = mantissa.iter().position(|c| matches!(c, b'.' | b','));
    let (int, frac) = match mark {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, &b""[..]),
    };
    let all_digits = |x: &[u8]| x.iter().all(u8::is_ascii_digit);
    let ok = !int.is_empty()
        && int.len() + frac.len() <= 30
        && all_digits(int)
        && all_digits(frac)
        && (mark.is_none() || !frac.is_empty())
        && (1..=3).contains(&digits.len())
        && all_digits(digits);
    if !ok {
        return None;
    }
    let text: String = b
        .iter()
        .map(|&c| if c == b',' { '.' } else { char::from(c) })
        .collect();
    let value: f64 = text.parse().ok()?;
    value.is_finite().then_some(Reading {
        value,
        if_comma: None,
        percent: false,
        evidence: match mark.map(|i| mantissa[i]) {
            Some(b'.') => Evidence::Decides(DecimalMark::Dot),
            Some(_) => Evidence::Decides(DecimalMark::Comma),
            None => Evidence::None,
        },
        currency: None,
    })
}

/// [`read_body`] in one pass for the usual bodies: up to 15 digits with at most one `.` or
/// `,` between digits (`1234`, `12.5`, `8,323`). `None` for anything else, which
/// `read_body` then reads; a test checks that both agree wherever this one answers.
#[inline]
pub fn simple_body(body: &[u8], multiplier: f64, percent: bool) -> Option<Reading> {
    if body.len() > 16 {
        return None;
    }
    // Digits up to the first non-digit.
    let mut m = 0u64;
    let mut at = 0;
    while let Some(d) = body
        .get(at)
        .map(|b| b.wrapping_sub(b'0'))
        .filter(|d| *d <= 9)
    {
        m = m * 10 + u64::from(d);
        at += 1;
    }
    if at == body.len() {
        // Whole (at most 16 digits here; 16 would not be exact in every case).
        return (at > 0 && at <= 15).then_some(Reading {
            value: m as f64 * multiplier,
            if_comma: None,
            percent,
            evidence: Evidence::None,
            currency: None,
        });
    }
    let mark = body[at];
    if !matches!(mark, b'.' | b',') {
        return None;
    }
    // Digits after the one separator, to the end.
    for &c in &body[at + 1..] {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        m = m * 10 + u64::from(d);
    }
    if body.len() - 1 > 15 {
        return None;
    }
    let after = body.len() - at - 1;
    if at == 0 || after == 0 {
        return None;
    }
    // Exact: m < 10^15 and powers of ten up to 10^15 are exact doubles; one multiplication
    // or division rounds correctly (so `4.1M` is 4100000, not 4099999.9999999995).
    let as_decimal = scaled(m, after, multiplier);
    let mark_is_dot = mark == b'.';
    if after == 3 && !(at == 1 && body[0] == b'0') {
        // `1,234` or `1.234`: either reading, settled by the column. As thousands the
        // first group has at most three digits; longer ones are left to `read_body`.
        if at > 3 {
            return None;
        }
        let as_thousands = m as f64 * multiplier;
        let (dot, comma) = if mark_is_dot {
            (as_decimal, as_thousands)
        } else {
            (as_thousands, as_decimal)
        };
        return Some(Reading {
            value: dot,
            if_comma: Some(comma),
            percent,
            evidence: Evidence::Ambiguous,
            currency: None,
        });
    }
    Some(Reading {
        value: as_decimal,
        if_comma: None,
        percent,
        evidence: Evidence::Decides(if mark_is_dot {
            DecimalMark::Dot
        } else {
            DecimalMark::Comma
        }),
        currency: None,
    })
}

/// `m / 10^after × multiplier` (a power of ten) with one rounding, for `m` < 2^53 and
/// `after` ≤ 15: as a decimal written out would read.
fn scaled(m: u64, after: usize, multiplier: f64) -> f64 {
    let p = POWERS_OF_TEN[after];
    if multiplier == 1.0 {
        m as f64 / p
    } else if multiplier >= p {
        // Both are powers of ten, so the quotient is exact.
        m as f64 * (multiplier / p)
    } else {
        m as f64 / (p / multiplier)
    }
}

fn read_body(
    body: &[u8],
    multiplier: f64,
    percent: bool,
    explicit: bool,
) -> Result<Reading, NumberError> {
    let evidence = evidence_of(body);
    let decimal = match evidence {
        Evidence::Decides(m) => m,
        Evidence::Ambiguous | Evidence::None => DecimalMark::Dot,
    };
    let value = parse_body(body, decimal, explicit, multiplier)?;
    let if_comma = if evidence == Evidence::Ambiguous {
        parse_body(body, DecimalMark::Comma, explicit, multiplier).ok()
    } else {
        None
    };
    Ok(Reading {
        value,
        if_comma,
        percent,
        evidence,
        currency: None,
    })
}

/// Reads one cell. `Ok(None)` means the cell is empty or says "missing".
///
/// `mark` is the column's decimal mark; it only matters for ambiguous cells. Cells whose
/// separators can only be read one way are read that way.
pub fn parse_number(text: &str, mark: DecimalMark) -> Result<Option<Number>, NumberError> {
    Ok(read_cell(text.as_bytes())?.map(|r| Number {
        value: r.value_for(mark),
        percent: r.percent,
    }))
}

/// The common case, without allocating: ASCII digits with `.`/`,` separators, an optional
/// `$` before, `K`/`M`/`B` and `%` after (`1234`, `12.5K`, `"1,234,567"`, `$59`, `1.39%`).
fn plain_parts(b: &[u8]) -> Option<(&[u8], f64, bool)> {
    let mut b = b;
    let mut percent = false;
    if let Some(rest) = b.strip_prefix(b"$") {
        b = rest;
    }
    if let Some(rest) = b.strip_suffix(b"%") {
        b = rest;
        percent = true;
    }
    let (&last, _) = b.split_last()?;
    let (body, multiplier) = match last {
        b'k' | b'K' => (&b[..b.len() - 1], 1e3),
        b'm' | b'M' => (&b[..b.len() - 1], 1e6),
        b'b' | b'B' => (&b[..b.len() - 1], 1e9),
        _ => (b, 1.0),
    };
    if body.is_empty()
        || !body[0].is_ascii_digit()
        || !body
            .iter()
            .all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',')
    {
        return None;
    }
    Some((body, multiplier, percent))
}

/// Digits with at most one decimal mark, thousands grouped by the other mark or spaces in
/// groups of three; with `explicit`, a `d` is a decimal mark whatever the column says
/// (Arabic `٫`). No allocation.
fn parse_body(
    body: &[u8],
    decimal: DecimalMark,
    explicit: bool,
    multiplier: f64,
) -> Result<f64, NumberError> {
    let (dec, group) = match decimal {
        DecimalMark::Dot => (b'.', b','),
        DecimalMark::Comma => (b',', b'.'),
    };
    let is_dec = |c: u8| c == dec || (explicit && c == b'd');
    let dec_pos = body.iter().position(|&c| is_dec(c));
    let (int, frac) = match dec_pos {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    if frac.is_some_and(|f| f.iter().any(|&c| is_dec(c))) {
        return Err(NumberError::BadGrouping);
    }
    let mut whole: u64 = 0;
    let mut digits = 0;
    let mut group_len = 0;
    let mut groups = 0;
    // Thousands groups are three digits (`1,234,567`); Indian lakh and crore groups are two
    // before the last three (`22,20,00,000`, `1,96,497`), which only a comma writes.
    let (mut western, mut indian) = (true, group == b',');
    for &c in int {
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 18 {
                return Err(NotANumber);
            }
            whole = whole * 10 + u64::from(c - b'0');
            group_len += 1;
        } else if c == group || c == b' ' {
            if groups == 0 {
                western &= (1..=3).contains(&group_len);
                indian &= (1..=2).contains(&group_len);
            } else {
                western &= group_len == 3;
                indian &= group_len == 2;
            }
            indian &= c == b',';
            if !western && !indian {
                return Err(NumberError::BadGrouping);
            }
            groups += 1;
            group_len = 0;
        } else {
            return Err(NotANumber);
        }
    }
    if groups > 0 && group_len != 3 {
        return Err(NumberError::BadGrouping);
    }
    let Some(frac) = frac else {
        return Ok(whole as f64 * multiplier);
    };
    if frac.is_empty() || !frac.iter().all(u8::is_ascii_digit) {
        return Err(NotANumber);
    }
    // Exact without the standard parser when digits and scale fit (Clinger's fast path):
    // `whole.frac` = m / 10^k with m < 2^53 and 10^k ≤ 10^22 both exact doubles, and one
    // division rounds correctly, as the parser does.
    if frac.len() <= 15 {
        let m = frac.iter().fold(whole, |acc, &c| {
            acc.saturating_mul(10).saturating_add(u64::from(c - b'0'))
        });
        if m < 1 << 53 {
            return Ok(scaled(m, frac.len(), multiplier));
        }
    }
    // Otherwise through the standard parser: `whole.frac`.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for &c in int.iter().filter(|c| c.is_ascii_digit()) {
        buf[n] = c;
        n += 1;
    }
    if n == 0 {
        buf[0] = b'0';
        n = 1;
    }
    buf[n] = b'.';
    n += 1;
    for &c in frac.iter().take(buf.len() - n - 4) {
        buf[n] = c;
        n += 1;
    }
    // The multiplier as an exponent, so the parser rounds once.
    let exponent = [
        (1e3, b"e3"),
        (1e4, b"e4"),
        (1e5, b"e5"),
        (1e6, b"e6"),
        (1e9, b"e9"),
    ]
    .iter()
    .find(|(m, _)| *m == multiplier);
    if let Some((_, e)) = exponent {
        buf[n..n + 2].copy_from_slice(*e);
        n += 2;
    }
    let scale = if exponent.is_some() { 1.0 } else { multiplier };
    std::str::from_utf8(&buf[..n])
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .map(|v| v * scale)
        .ok_or(NotANumber)
}

/// 10^0 … 10^15, all exact doubles.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

use NumberError::NotANumber;

#[cfg(test)]
mod tests {
    use super::*;

    fn dot(t: &str) -> Option<f64> {
        parse_number(t, DecimalMark::Dot).unwrap().map(|n| n.value)
    }
    fn comma(t: &str) -> Option<f64> {
        parse_number(t, DecimalMark::Comma)
            .unwrap()
            .map(|n| n.value)
    }

    #[test]
    fn the_one_pass_reader_agrees_with_the_general_one() {
        // Every body of up to 7 characters over digits and both marks, with and without a
        // multiplier: wherever `simple_body` answers, `read_body` answers the same.
        let alphabet = [b'0', b'1', b'5', b'9', b'.', b','];
        let mut answered = 0;
        let mut body = Vec::new();
        for len in 1..=7u32 {
            for code in 0..6usize.pow(len) {
                body.clear();
                let mut c = code;
                for _ in 0..len {
                    body.push(alphabet[c % 6]);
                    c /= 6;
                }
                for multiplier in [1.0, 1e3] {
                    if let Some(fast) = simple_body(&body, multiplier, false) {
                        answered += 1;
                        let general = read_body(&body, multiplier, false, false);
                        assert_eq!(Ok(fast), general, "{}", String::from_utf8_lossy(&body));
                    }
                }
            }
        }
        assert!(answered > 100_000, "{answered}");
        for long in [
            "1234567890123456",
            "12345678.901234567",
            "1234,567",
            "1.2.3",
        ] {
            assert_eq!(simple_body(long.as_bytes(), 1.0, false), None, "{long}");
        }
    }

    #[test]
    fn decimals_round_exactly_as_the_standard_parser_does() {
        // Digits around the fast path's limits (2^53, 15 decimals) and awkward fractions.
        let mut texts: Vec<String> = vec![
            "0.1".into(),
            "0.3".into(),
            "2.675".into(),
            "9007199254740.991".into(),
            "9007199254740.993".into(),
            "900719925474099.3".into(),
            "1.000000000000001".into(),
            "0.1234567890123456".into(),
            "123456789.123456789".into(),
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let int = x % 10_000_000;
            let places = (x >> 40) % 17;
            let frac = (x >> 20) % 10u64.pow(places.min(12) as u32).max(1);
            texts.push(format!("{int}.{frac:0width$}", width = places as usize));
        }
        for t in texts.iter().filter(|t| !t.ends_with('.')) {
            let expected: f64 = t.parse().unwrap();
            assert_eq!(dot(t), Some(expected), "{t}");
        }
    }

    #[test]
    fn suffixes() {
        assert_eq!(dot("12.5K"), Some(12_500.0));
        assert_eq!(dot("475.8m"), Some(475_800_000.0));
        assert_eq!(dot("29.0b"), Some(29_000_000_000.0));
        assert_eq!(dot("3.3k"), Some(3_300.0));
        assert_eq!(comma("12,5 tys."), Some(12_500.0));
        assert_eq!(comma("1,2 mln"), Some(1_200_000.0));
        assert_eq!(dot("1.5 triệu"), Some(1_500_000.0));
        assert_eq!(dot("2 ล้าน"), Some(2_000_000.0));
    }

    #[test]
    fn grouping_and_decimals() {
        assert_eq!(dot("1,234"), Some(1234.0));
        assert_eq!(comma("1.234"), Some(1234.0));
        assert_eq!(dot("1.234"), Some(1.234));
        assert_eq!(dot("1.234.567"), Some(1_234_567.0));
        assert_eq!(dot("1,234,567.89"), Some(1_234_567.89));
        assert_eq!(dot("1.234,5"), Some(1234.5));
        assert_eq!(dot("10\u{a0}000"), Some(10_000.0));
        assert_eq!(dot("10 000,5"), Some(10_000.5));
        assert_eq!(dot("4,5"), Some(4.5));
    }

    #[test]
    fn percent_and_currency() {
        let n = parse_number("$1,200", DecimalMark::Dot).unwrap().unwrap();
        assert_eq!((n.value, n.percent), (1200.0, false));
        let n = parse_number("1.39%", DecimalMark::Dot).unwrap().unwrap();
        assert_eq!((n.value, n.percent), (1.39, true));
        let n = parse_number("4,5%", DecimalMark::Dot).unwrap().unwrap();
        assert_eq!(n.value, 4.5);
        assert!(n.percent);
        assert_eq!(dot("$1,200"), Some(1200.0));
        assert_eq!(comma("1.200,50 €"), Some(1200.5));
        assert_eq!(comma("300 zł"), Some(300.0));
        assert_eq!(dot("USD 250"), Some(250.0));
    }

    #[test]
    fn scientific_notation_is_a_number() {
        assert_eq!(dot("1.5E+6"), Some(1_500_000.0));
        assert_eq!(dot("2.28E+11"), Some(228_000_000_000.0));
        assert_eq!(dot("3.4e4"), Some(34_000.0));
        assert_eq!(dot("1E5"), Some(100_000.0));
        assert_eq!(dot("6.02e-2"), Some(0.0602));
        assert_eq!(comma("1,5E+06"), Some(1_500_000.0));
        assert_eq!(evidence("1,5E+06"), Evidence::Decides(DecimalMark::Comma));
        for bad in ["1.5E", "E5", "1.E5", "1.5E+1234", "1e5k"] {
            assert!(parse_number(bad, DecimalMark::Dot).is_err(), "{bad}");
        }
    }

    #[test]
    fn multipliers_leave_no_float_noise() {
        // 4.1 × 1e6 in floating point is 4099999.9999999995.
        assert_eq!(dot("4.1M"), Some(4_100_000.0));
        assert_eq!(dot("475.8m"), Some(475_800_000.0));
        assert_eq!(dot("1.15K"), Some(1_150.0));
        assert_eq!(dot("0.3K"), Some(300.0));
        assert_eq!(dot("2.01B"), Some(2_010_000_000.0));
        assert_eq!(comma("12,3 tys."), Some(12_300.0));
        assert_eq!(dot("1,234.7K"), Some(1_234_700.0));
        // Every one- to three-decimal K and M figure is the integer it names.
        for whole in 0..200u64 {
            for frac in 0..1000u64 {
                for (suffix, factor) in [("K", 1_000u64), ("M", 1_000_000)] {
                    let text = format!("{whole}.{frac:03}{suffix}");
                    let expected = (whole * 1000 + frac) * factor / 1000;
                    assert_eq!(dot(&text), Some(expected as f64), "{text}");
                }
            }
        }
    }

    #[test]
    fn other_digits() {
        assert_eq!(dot("١٠٬٠٠٠"), Some(10_000.0));
        assert_eq!(dot("٤٫٥٪"), Some(4.5));
        assert_eq!(dot("๑๐,๐๐๐"), Some(10_000.0));
    }

    #[test]
    fn missing_values() {
        for t in ["", "  ", "-", "n/a", "N/A", "NaN%", "nan", "null", "—"] {
            assert_eq!(parse_number(t, DecimalMark::Dot), Ok(None), "{t:?}");
        }
    }

    #[test]
    fn indian_grouping_is_read() {
        assert_eq!(dot("22,20,00,000"), Some(222_000_000.0));
        assert_eq!(dot("1,98,45,90,90,822"), Some(198_459_090_822.0));
        assert_eq!(dot("1,96,497"), Some(196_497.0));
        assert_eq!(dot("12,34,567.5"), Some(1_234_567.5));
        // Neither pattern: still a grouping problem.
        assert_eq!(
            parse_number("1,2345,678", DecimalMark::Dot),
            Err(NumberError::BadGrouping)
        );
        assert_eq!(
            parse_number("12.34.567", DecimalMark::Comma),
            Err(NumberError::BadGrouping)
        );
    }

    #[test]
    fn spreadsheet_errors_and_scraped_labels_are_missing() {
        for t in [
            "#VALOR!",
            "#N/A",
            "#N/D",
            "#DZIEL/0!",
            "#NAZWA?",
            "#REF!",
            "N/A'",
            "Share",
            "like",
            "—",
        ] {
            assert_eq!(parse_number(t, DecimalMark::Dot), Ok(None), "{t:?}");
        }
        assert!(parse_number("#1", DecimalMark::Dot).is_err());
    }

    #[test]
    fn negatives_are_read_as_negative() {
        assert_eq!(dot("-500"), Some(-500.0));
    }

    #[test]
    fn garbage_is_an_error() {
        assert_eq!(
            parse_number("12,x5", DecimalMark::Dot),
            Err(NumberError::NotANumber)
        );
        assert_eq!(
            parse_number("book", DecimalMark::Dot),
            Err(NumberError::NotANumber)
        );
        assert_eq!(
            parse_number("1,23,4", DecimalMark::Dot),
            Err(NumberError::BadGrouping)
        );
        assert_eq!(
            parse_number("12k5", DecimalMark::Dot),
            Err(NumberError::NotANumber)
        );
    }

    fn evidence(text: &str) -> Evidence {
        match read_cell(text.as_bytes()) {
            Ok(Some(r)) => r.evidence,
            _ => Evidence::None,
        }
    }

    #[test]
    fn evidence_per_cell() {
        assert_eq!(evidence("1,234"), Evidence::Ambiguous);
        assert_eq!(evidence("1.234"), Evidence::Ambiguous);
        assert_eq!(evidence("4,5%"), Evidence::Decides(DecimalMark::Comma));
        assert_eq!(evidence("1.234.567"), Evidence::Decides(DecimalMark::Comma));
        assert_eq!(evidence("12.5K"), Evidence::Decides(DecimalMark::Dot));
        assert_eq!(evidence("1,234.5"), Evidence::Decides(DecimalMark::Dot));
        assert_eq!(evidence("10000"), Evidence::None);
        assert_eq!(evidence("abc"), Evidence::None);
        assert_eq!(evidence("0.123"), Evidence::Decides(DecimalMark::Dot));
    }
}
