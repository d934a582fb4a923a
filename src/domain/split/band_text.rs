//! Bands, ranges and caps as the CLI takes them (`micro=60..80,nano=10..30`, `1..3`, `20%`),
//! read into [`Mix`]es and a [`Cap`], with what was wrong ([`BandTextError`]).

use super::settings::{Cap, Mix};
use crate::domain::number::{parse_number, DecimalMark};

/// A number as the command line writes it (a dot for decimals, `%` allowed), by the domain's
/// reader of numbers.
fn number(text: &str) -> Option<f64> {
    parse_number(text.trim(), DecimalMark::Dot)
        .ok()
        .flatten()
        .map(|n| n.value)
        .filter(|x| x.is_finite())
}

/// Why a band list, a range or a cap as the CLI takes them could not be read; each holds
/// the text at fault. The words for the user are in the translation table
/// (`i18n::describe_band_text_error`); `Display` is a plain English fallback.
#[derive(Clone, Debug, PartialEq)]
pub enum BandTextError {
    /// Not `NAME=MIN..MAX`.
    NotAPair(String),
    /// A name that is no tier or platform.
    UnknownName(String),
    /// A band outside 0–100%.
    NotAPercentage(String),
    /// Not a number (nor a range of two).
    NotANumber(String),
    /// `MIN..MAX` with the minimum above the maximum.
    MinAboveMax(String),
    /// Neither `20%` nor an amount.
    NotACap(String),
}

impl std::fmt::Display for BandTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BandTextError::NotAPair(t) => write!(f, "expected NAME=MIN..MAX, found {t:?}"),
            BandTextError::UnknownName(t) => write!(f, "unknown name {t:?}"),
            BandTextError::NotAPercentage(t) => write!(f, "{t:?}: percentages go from 0 to 100"),
            BandTextError::NotANumber(t) => write!(f, "expected a number, found {t:?}"),
            BandTextError::MinAboveMax(t) => write!(f, "{t:?}: the minimum is above the maximum"),
            BandTextError::NotACap(t) => write!(f, "expected 20% or an amount, found {t:?}"),
        }
    }
}

impl std::error::Error for BandTextError {}

/// Reads a band list as the CLI writes it: `micro=60..80,nano=10..30` (percent; `60-80`
/// and `60..80%` work too). Names are tier or platform names, read by `name`.
pub fn parse_mix<T>(
    text: &str,
    name: impl Fn(&str) -> Option<T>,
) -> Result<Vec<(T, Mix)>, BandTextError> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, range) = part
            .split_once('=')
            .ok_or_else(|| BandTextError::NotAPair(part.to_string()))?;
        let key = key.trim();
        let what =
            name(&key.to_lowercase()).ok_or_else(|| BandTextError::UnknownName(key.to_string()))?;
        let (min, max) = parse_range(range.trim().trim_end_matches('%'))?;
        if !(0.0..=100.0).contains(&min) || !(0.0..=100.0).contains(&max) {
            return Err(BandTextError::NotAPercentage(part.to_string()));
        }
        out.push((
            what,
            Mix {
                min_pct: min,
                max_pct: max,
            },
        ));
    }
    Ok(out)
}

/// `MIN..MAX` (or `MIN-MAX`, or one number for both) as two numbers.
pub fn parse_range(text: &str) -> Result<(f64, f64), BandTextError> {
    let num = |t: &str| {
        number(t)
            .filter(|x| *x >= 0.0)
            .ok_or_else(|| BandTextError::NotANumber(t.trim().to_string()))
    };
    let (a, b) = match text.split_once("..") {
        Some(ab) => ab,
        None => text.split_once('-').unwrap_or((text, text)),
    };
    let (min, max) = (num(a)?, num(b)?);
    if min > max {
        return Err(BandTextError::MinAboveMax(text.to_string()));
    }
    Ok((min, max))
}

/// `20%` (of the budget) or an amount.
pub fn parse_cap(text: &str) -> Result<Cap, BandTextError> {
    let t = text.trim();
    let value = |s: &str| {
        number(s)
            .filter(|x| *x > 0.0)
            .ok_or_else(|| BandTextError::NotACap(text.to_string()))
    };
    match t.strip_suffix('%') {
        Some(p) => value(p).map(Cap::Percent),
        None => value(t).map(Cap::Amount),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_take_dots_a_dash_or_one_number() {
        assert_eq!(parse_range("10..30"), Ok((10.0, 30.0)));
        assert_eq!(parse_range("10-30"), Ok((10.0, 30.0)));
        assert_eq!(parse_range(" 5 "), Ok((5.0, 5.0)));
        assert_eq!(parse_range("10%..30%"), Ok((10.0, 30.0)));
        assert_eq!(parse_cap("20%"), Ok(Cap::Percent(20.0)));
        assert_eq!(
            parse_cap("1,500"),
            Ok(Cap::Amount(1500.0)),
            "grouped as people write it"
        );
        assert_eq!(
            parse_range("30..10"),
            Err(BandTextError::MinAboveMax("30..10".into()))
        );
        assert_eq!(
            parse_range("1..x"),
            Err(BandTextError::NotANumber("x".into()))
        );
    }

    #[test]
    fn a_band_list_needs_names_and_percentages() {
        let name = |t: &str| (t == "micro").then_some(1);
        let mix = |min_pct, max_pct| Mix { min_pct, max_pct };
        assert_eq!(
            parse_mix("Micro=60..80%, ,", name),
            Ok(vec![(1, mix(60.0, 80.0))])
        );
        assert_eq!(parse_mix("", name), Ok(vec![]));
        assert_eq!(
            parse_mix("micro", name),
            Err(BandTextError::NotAPair("micro".into()))
        );
        assert_eq!(
            parse_mix("nano=1..2", name),
            Err(BandTextError::UnknownName("nano".into()))
        );
    }

    #[test]
    fn a_cap_is_a_percentage_or_a_positive_amount() {
        assert_eq!(parse_cap(" 12.5% "), Ok(Cap::Percent(12.5)));
        assert_eq!(parse_cap("250"), Ok(Cap::Amount(250.0)));
        assert_eq!(parse_cap("0"), Err(BandTextError::NotACap("0".into())));
        assert_eq!(parse_cap("%"), Err(BandTextError::NotACap("%".into())));
    }
}
