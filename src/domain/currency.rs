//! Currencies as rosters write them: a sign or code before or after the amount (`$250`,
//! `1.200,50 €`, `300 zł`, `1.500.000 ₫`, `฿4,000`, `٣٠٠ $`, `7 768 ₽`). A price keeps its
//! currency; Tierwise converts nothing (no exchange rate is assumed), so a price in euros is
//! shown in euros and never mixed into a budget in dollars.

use serde::{Deserialize, Serialize};

/// A currency a price can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// US dollar (`$`, `US$`, `USD`); the rate card's currency.
    Usd,
    /// Euro (`€`, `EUR`).
    Eur,
    /// Pound sterling (`£`, `GBP`).
    Gbp,
    /// Polish złoty (`zł`, `PLN`).
    Pln,
    /// Vietnamese đồng (`₫`, `đ`, `VND`).
    Vnd,
    /// Thai baht (`฿`, `บาท`, `THB`).
    Thb,
    /// Saudi riyal (`ر.س`, `ريال`, `SAR`).
    Sar,
    /// UAE dirham (`د.إ`, `AED`).
    Aed,
    /// Egyptian pound (`ج.م`, `EGP`).
    Egp,
    /// Japanese yen (`¥`, `JPY`).
    Jpy,
    /// Chinese yuan (`元`, `RMB`, `CNY`).
    Cny,
    /// Indian rupee (`₹`, `INR`).
    Inr,
    /// South Korean won (`₩`, `KRW`).
    Krw,
    /// Russian ruble (`₽`, `руб.`, `RUB`).
    Rub,
    /// Turkish lira (`₺`, `TRY`).
    Try,
    /// Brazilian real (`R$`, `BRL`).
    Brl,
    /// Indonesian rupiah (`Rp`, `IDR`).
    Idr,
    /// Philippine peso (`₱`, `PHP`).
    Php,
    /// Malaysian ringgit (`RM`, `MYR`).
    Myr,
    /// Swiss franc (`CHF`).
    Chf,
    /// Canadian dollar (`C$`, `CAD`).
    Cad,
    /// Australian dollar (`A$`, `AUD`).
    Aud,
}

/// Signs and codes, longest first within a prefix (`us$` before `$`), lower case.
pub(crate) const SIGNS: &[(&str, Currency)] = &[
    ("us$", Currency::Usd),
    ("usd", Currency::Usd),
    ("r$", Currency::Brl),
    ("brl", Currency::Brl),
    ("c$", Currency::Cad),
    ("cad", Currency::Cad),
    ("a$", Currency::Aud),
    ("aud", Currency::Aud),
    ("$", Currency::Usd),
    ("eur", Currency::Eur),
    ("€", Currency::Eur),
    ("gbp", Currency::Gbp),
    ("£", Currency::Gbp),
    ("pln", Currency::Pln),
    ("zł", Currency::Pln),
    ("zl", Currency::Pln),
    ("vnđ", Currency::Vnd),
    ("vnd", Currency::Vnd),
    ("₫", Currency::Vnd),
    ("đ", Currency::Vnd),
    ("thb", Currency::Thb),
    ("บาท", Currency::Thb),
    ("฿", Currency::Thb),
    ("sar", Currency::Sar),
    ("ر.س", Currency::Sar),
    ("ريال", Currency::Sar),
    ("aed", Currency::Aed),
    ("د.إ", Currency::Aed),
    ("egp", Currency::Egp),
    ("ج.م", Currency::Egp),
    ("jpy", Currency::Jpy),
    ("¥", Currency::Jpy),
    ("cny", Currency::Cny),
    ("rmb", Currency::Cny),
    ("元", Currency::Cny),
    ("inr", Currency::Inr),
    ("₹", Currency::Inr),
    ("krw", Currency::Krw),
    ("₩", Currency::Krw),
    ("rub", Currency::Rub),
    ("руб.", Currency::Rub),
    ("руб", Currency::Rub),
    ("₽", Currency::Rub),
    ("try", Currency::Try),
    ("₺", Currency::Try),
    ("idr", Currency::Idr),
    ("rp", Currency::Idr),
    ("php", Currency::Php),
    ("₱", Currency::Php),
    ("myr", Currency::Myr),
    ("rm", Currency::Myr),
    ("chf", Currency::Chf),
];

impl Currency {
    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Pln => "PLN",
            Currency::Vnd => "VND",
            Currency::Thb => "THB",
            Currency::Sar => "SAR",
            Currency::Aed => "AED",
            Currency::Egp => "EGP",
            Currency::Jpy => "JPY",
            Currency::Cny => "CNY",
            Currency::Inr => "INR",
            Currency::Krw => "KRW",
            Currency::Rub => "RUB",
            Currency::Try => "TRY",
            Currency::Brl => "BRL",
            Currency::Idr => "IDR",
            Currency::Php => "PHP",
            Currency::Myr => "MYR",
            Currency::Chf => "CHF",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
        }
    }

    /// The sign an amount is shown with (`$`, `€`, `zł `…).
    pub fn sign(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Pln => "zł ",
            Currency::Vnd => "₫",
            Currency::Thb => "฿",
            Currency::Jpy => "¥",
            Currency::Inr => "₹",
            Currency::Krw => "₩",
            Currency::Rub => "₽",
            Currency::Try => "₺",
            Currency::Brl => "R$",
            Currency::Php => "₱",
            other => match other {
                Currency::Sar => "SAR ",
                Currency::Aed => "AED ",
                Currency::Egp => "EGP ",
                Currency::Cny => "CN¥",
                Currency::Idr => "Rp ",
                Currency::Myr => "RM ",
                Currency::Chf => "CHF ",
                Currency::Cad => "CA$",
                _ => "A$",
            },
        }
    }

    /// The currency a sign or code names (`€`, `pln`, `US$`), any case.
    pub fn from_sign(text: &str) -> Option<Currency> {
        let t = text.trim().to_lowercase();
        SIGNS.iter().find(|(s, _)| *s == t).map(|(_, c)| *c)
    }

    /// A currency named in a header (`Price (USD)`, `Cena zł`, `Giá (VND)`): a sign or code
    /// standing as a word of its own.
    pub fn in_header(header: &str) -> Option<Currency> {
        let lower = header.to_lowercase();
        lower
            .split(|c: char| c.is_whitespace() || "()[]{}_-/,:;".contains(c))
            .find_map(|w| SIGNS.iter().find(|(s, _)| *s == w).map(|(_, c)| *c))
            .or_else(|| {
                // A sign written against the word: `price$`, `cena,zł`.
                ["$", "€", "£", "₫", "฿", "₹", "₽", "₩", "¥"]
                    .iter()
                    .find(|s| lower.contains(**s))
                    .and_then(|s| Currency::from_sign(s))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_headers() {
        assert_eq!(Currency::from_sign("€"), Some(Currency::Eur));
        assert_eq!(Currency::from_sign("US$"), Some(Currency::Usd));
        assert_eq!(Currency::from_sign("zł"), Some(Currency::Pln));
        assert_eq!(Currency::from_sign("£"), Some(Currency::Gbp));
        assert_eq!(Currency::from_sign("dollars"), None);
        assert_eq!(Currency::in_header("Price (USD)"), Some(Currency::Usd));
        assert_eq!(
            Currency::in_header("Cena za post (zł)"),
            Some(Currency::Pln)
        );
        assert_eq!(
            Currency::in_header("Giá mỗi bài (VND)"),
            Some(Currency::Vnd)
        );
        assert_eq!(Currency::in_header("price_eur"), Some(Currency::Eur));
        assert_eq!(Currency::in_header("Price"), None);
        assert_eq!(Currency::in_header("Rate per post"), None);
        // Every sign is found by its own text.
        for (s, c) in SIGNS {
            assert_eq!(Currency::from_sign(s), Some(*c), "{s}");
        }
    }
}
