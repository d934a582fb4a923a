//! How numbers are written in the user's locale: grouping, decimal mark, digits, where the
//! currency goes. The app reads them from the browser's `Intl.NumberFormat`; the CLI takes
//! the language's usual format ([`NumberFormat::for_lang`]).

/// How numbers are written in the user's locale.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NumberFormat {
    /// The thousands separator (`,`, a no-break space, Arabic `٬`).
    pub group: String,
    /// The decimal mark (`.`, `,`, Arabic `٫`).
    pub decimal: String,
    /// The locale's digits 0–9 when not ASCII (Arabic-Indic, Thai).
    pub digits: Option<[char; 10]>,
    /// Group only numbers of at least this many integer digits above 3: 1 groups 1,234;
    /// 2 (Polish, Spanish) writes 1234 but 10 000.
    pub min_grouping: usize,
    /// The currency follows the amount, after a no-break space (`1 200 €`), rather than
    /// leading it (`€1,200`).
    pub currency_after: bool,
    /// The percent sign as the locale writes it (`%`, Arabic `٪؜`, `‎%‎`), bidi marks kept.
    pub percent_sign: String,
    /// What stands before a percentage's digits (bidi marks, or the sign in some locales).
    pub percent_prefix: String,
    /// Bidi marks the locale puts before an amount of money (Arabic: U+200F).
    pub money_marks: String,
    /// The words or letters after (and before) a compact number of thousands, millions and
    /// billions, as `Intl.NumberFormat`'s compact notation writes them: `K`, `\u{a0}tys.`,
    /// `\u{a0}ألف`.
    pub compact_units: [(String, String); 3],
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat {
            group: ",".to_string(),
            decimal: ".".to_string(),
            digits: None,
            min_grouping: 1,
            currency_after: false,
            percent_sign: "%".to_string(),
            percent_prefix: String::new(),
            money_marks: String::new(),
            compact_units: [
                (String::new(), "K".to_string()),
                (String::new(), "M".to_string()),
                (String::new(), "B".to_string()),
            ],
        }
    }
}

impl NumberFormat {
    /// From a sample of the locale formatting 1234567.5 (what `Intl.NumberFormat` gives),
    /// e.g. `1,234,567.5`, `1.234.567,5`, `1 234 567,5`, `١٬٢٣٤٬٥٦٧٫٥`.
    pub fn from_sample(sample: &str) -> NumberFormat {
        let chars: Vec<char> = sample.chars().collect();
        let is_digit = |c: char| c.is_numeric();
        let digit_zero = chars.iter().find(|c| is_digit(**c)).map(|c| *c as u32 - 1);
        let digits = digit_zero.filter(|z| *z != '0' as u32).and_then(|zero| {
            let ds: Option<Vec<char>> = (0..10).map(|i| char::from_u32(zero + i)).collect();
            ds.and_then(|v| <[char; 10]>::try_from(v).ok())
        });
        // Separators: non-digit runs between digits. The last one is the decimal mark.
        let mut seps: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut seen_digit = false;
        for c in chars {
            if is_digit(c) {
                if seen_digit && !cur.is_empty() {
                    seps.push(std::mem::take(&mut cur));
                }
                seen_digit = true;
            } else if seen_digit {
                cur.push(c);
            }
        }
        match seps.as_slice() {
            [] => NumberFormat::default(),
            [decimal] => NumberFormat {
                group: String::new(),
                decimal: decimal.clone(),
                digits,
                ..NumberFormat::default()
            },
            [group, .., decimal] => NumberFormat {
                group: group.clone(),
                decimal: decimal.clone(),
                digits,
                ..NumberFormat::default()
            },
        }
    }

    /// From what the locale writes for 1234567.5 (`big`), for 1234 (`small`: no group
    /// separator means minimum grouping 2) and for €1,234.50 (`money`: where the sign goes).
    /// Arabic-Indic digits bring the Arabic percent sign.
    pub fn from_samples(big: &str, small: &str, money: &str) -> NumberFormat {
        let mut nf = NumberFormat::from_sample(big);
        if !nf.group.is_empty() && small.chars().filter(|c| c.is_numeric()).count() == 4 {
            let grouped = small.chars().any(|c| !c.is_numeric());
            nf.min_grouping = if grouped { 1 } else { 2 };
        }
        let sign = money.find('€');
        let first_digit = money.find(|c: char| c.is_numeric());
        nf.currency_after = matches!((sign, first_digit), (Some(s), Some(d)) if s > d);
        if nf.digits.is_some_and(|d| d[0] == '٠') {
            nf.percent_sign = "٪\u{61c}".to_string();
        }
        nf.money_marks = money
            .chars()
            .take_while(|c| !c.is_numeric())
            .filter(|c| is_bidi_mark(*c))
            .collect();
        nf
    }

    /// With the percent sign (and any bidi marks) of `sample`, what the locale writes for
    /// 12.3% (`Intl.NumberFormat` with `style: "percent"` for 0.123): `12.3‎%‎`, `١٢٫٣٪؜`.
    pub fn with_percent_sample(mut self, sample: &str) -> NumberFormat {
        let (prefix, suffix) = around_digits(sample);
        if !prefix.is_empty() || !suffix.is_empty() {
            self.percent_prefix = prefix;
            self.percent_sign = suffix;
        }
        self
    }

    /// With the compact units of `samples`, what the locale writes for 1200, 1.2 million and
    /// 1.2 billion in compact notation (`1.2K`, `1,2\u{a0}tys.`, `1.2\u{a0}ألف`).
    pub fn with_compact_samples(mut self, samples: [&str; 3]) -> NumberFormat {
        for (unit, sample) in self.compact_units.iter_mut().zip(samples) {
            let (prefix, suffix) = around_digits(sample);
            if !prefix.is_empty() || !suffix.is_empty() {
                *unit = (prefix, suffix);
            }
        }
        self
    }

    /// A language's usual format, as CLDR gives it for its main country (for the CLI,
    /// which has no browser to ask): English `1,234.5`, Arabic (Egypt) `١٬٢٣٤٫٥`,
    /// Vietnamese `1.234,5`, Polish `1234,5` and `10 000,5`, Thai `1,234.5`.
    pub fn for_lang(lang: super::Lang) -> NumberFormat {
        use super::Lang;
        match lang {
            Lang::En | Lang::Pseudo | Lang::Th => NumberFormat::default(),
            Lang::Ar => {
                NumberFormat::from_samples("١٬٢٣٤٬٥٦٧٫٥", "١٬٢٣٤", "\u{200f}١٬٢٣٤٫٥٠\u{a0}€")
                    .with_percent_sample("١٢٫٣٪\u{61c}")
                    .with_compact_samples(["١٫٢\u{a0}ألف", "١٫٢\u{a0}مليون", "١٫٢\u{a0}مليار"])
            }
            Lang::Vi => NumberFormat::from_samples("1.234.567,5", "1.234", "1.234,50\u{a0}€")
                .with_compact_samples(["1,2\u{a0}N", "1,2\u{a0}Tr", "1,2\u{a0}T"]),
            Lang::Pl => {
                NumberFormat::from_samples("1\u{a0}234\u{a0}567,5", "1234", "1234,50\u{a0}€")
                    .with_compact_samples(["1,2\u{a0}tys.", "1,2\u{a0}mln", "1,2\u{a0}mld"])
            }
        }
    }

    /// `v` with at most `decimals` decimals (trailing zeros dropped), grouped by thousands.
    pub fn format(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return "–".to_string();
        }
        let s = format!("{:.*}", decimals, v.abs());
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
            None => (s, String::new()),
        };
        let mut out = String::new();
        if v < 0.0 && (int != "0" || !frac.is_empty()) {
            out.push('-');
        }
        let n = int.len();
        let grouped = n >= 3 + self.min_grouping.max(1);
        for (i, c) in int.chars().enumerate() {
            if grouped && i > 0 && (n - i) % 3 == 0 {
                out.push_str(&self.group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(&frac);
        }
        match self.digits {
            Some(d) => out
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |i| d[i as usize]))
                .collect(),
            None => out,
        }
    }

    /// A line, column or year number: the locale's digits, never grouped (line 12345,
    /// not line 12,345).
    pub fn ordinal(&self, n: u64) -> String {
        let s = n.to_string();
        match self.digits {
            Some(d) => s
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |i| d[i as usize]))
                .collect(),
            None => s,
        }
    }

    /// A count: whole numbers grouped, averages with up to one decimal.
    pub fn count(&self, v: f64) -> String {
        self.format(v, if v.fract() == 0.0 || v >= 100.0 { 0 } else { 1 })
    }

    /// A percentage with two decimals: `4.25%`.
    pub fn percent(&self, v: f64) -> String {
        self.percent_with(v, 2)
    }

    /// A percentage with at most `decimals` decimals, with the locale's sign.
    pub fn percent_with(&self, v: f64, decimals: usize) -> String {
        format!(
            "{}{}{}",
            self.percent_prefix,
            self.format(v, decimals),
            self.percent_sign
        )
    }

    /// Money prefixed `$` (the rate card's currency): whole dollars from $100, else cents.
    pub fn money(&self, v: f64) -> String {
        self.money_in("$", v)
    }

    /// Money prefixed with a currency sign or code (`€`, `PLN `).
    pub fn money_in(&self, currency: &str, v: f64) -> String {
        let place = |amount: String| {
            let marks = &self.money_marks;
            if self.currency_after {
                format!("{marks}{amount}\u{a0}{}", currency.trim())
            } else {
                format!("{marks}{currency}{amount}")
            }
        };
        if v >= 100.0 || v.fract() == 0.0 {
            return place(self.format(v, 0));
        }
        let cents = self.format(v, 2);
        // Keep two decimals: $0.50, not $0.5.
        // The padding zeros in the locale's digits (١٢٫٥٠, not ١٢٫٥0).
        let zero = self.digits.map_or('0', |d| d[0]);
        let pad = match cents.split_once(self.decimal.as_str()) {
            Some((_, frac)) if frac.chars().count() == 1 => zero.to_string(),
            None => format!("{}{zero}{zero}", self.decimal),
            _ => String::new(),
        };
        place(format!("{cents}{pad}"))
    }

    /// Compact count: `12.5K`, `1.2M`, for summaries.
    /// Round thresholds as people write them: `0`, `10K`, `500K`, `1M`.
    pub fn compact_short(&self, v: f64) -> String {
        if v >= 1e6 {
            self.with_unit(1, self.format(v / 1e6, 1))
        } else if v >= 1e3 {
            self.with_unit(0, self.format(v / 1e3, 1))
        } else {
            self.format(v, 0)
        }
    }

    /// Compact figure for summaries: below 10,000 as is (at most one decimal), else in
    /// thousands, millions or billions with the locale's unit (`12.5K`, `3.4M`, `1B`).
    pub fn compact(&self, v: f64) -> String {
        if v < 10_000.0 {
            return self.format(v, 1);
        }
        let units = [1e3, 1e6, 1e9];
        let mut i = if v >= 1e9 {
            2
        } else if v >= 1e6 {
            1
        } else {
            0
        };
        // Round to what is shown first, so 999,950 reads 1M, not 1,000K.
        if ((v / units[i]) * 10.0).round() / 10.0 >= 1000.0 && i < 2 {
            i += 1;
        }
        self.with_unit(i, self.format(v / units[i], 1))
    }

    /// `amount` with the locale's compact unit `i` (0 thousands, 1 millions, 2 billions).
    fn with_unit(&self, i: usize, amount: String) -> String {
        match self.compact_units.get(i) {
            Some((prefix, suffix)) => format!("{prefix}{amount}{suffix}"),
            None => amount,
        }
    }
}

/// Left-to-right, right-to-left and Arabic letter marks, which CLDR puts around signs so
/// they keep their place in right-to-left text.
fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// What stands before the first digit and after the last one of `sample`, kept whole
/// (no-break spaces and bidi marks included); both empty when `sample` has no digit.
fn around_digits(sample: &str) -> (String, String) {
    let first = sample.find(|c: char| c.is_numeric());
    let last = sample
        .char_indices()
        .rfind(|(_, c)| c.is_numeric())
        .map(|(i, c)| i + c.len_utf8());
    match (first, last) {
        (Some(f), Some(l)) => (sample[..f].to_string(), sample[l..].to_string()),
        _ => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn line_numbers_use_the_locales_digits_without_groups() {
        let ar = NumberFormat::from_samples("١٬٢٣٤٬٥٦٧٫٥", "١٬٢٣٤", "\u{200f}١٬٢٣٤٫٥٠\u{a0}€");
        assert_eq!(ar.ordinal(12345), "١٢٣٤٥");
        let pl = NumberFormat::for_lang(crate::i18n::Lang::Pl);
        assert_eq!(pl.ordinal(12345), "12345");
    }

    use super::*;

    /// What Intl.NumberFormat writes (node 20's ICU, which Chromium's agrees with) for
    /// 1234567.5, 1234, €1234.50, 12.3% (0.123, style percent) and 1200, 1.2e6, 1.2e9 in
    /// compact notation.
    fn intl(lang: &str) -> NumberFormat {
        let (big, small, money, percent, compact): (&str, &str, &str, &str, [&str; 3]) = match lang
        {
            "ar" => (
                "1,234,567.5",
                "1,234",
                "\u{200f}1,234.50\u{a0}€",
                "12.3\u{200e}%\u{200e}",
                ["1.2\u{a0}ألف", "1.2\u{a0}مليون", "1.2\u{a0}مليار"],
            ),
            "ar-EG" => (
                "١٬٢٣٤٬٥٦٧٫٥",
                "١٬٢٣٤",
                "\u{200f}١٬٢٣٤٫٥٠\u{a0}€",
                "١٢٫٣٪\u{61c}",
                ["١٫٢\u{a0}ألف", "١٫٢\u{a0}مليون", "١٫٢\u{a0}مليار"],
            ),
            "pl" => (
                "1\u{a0}234\u{a0}567,5",
                "1234",
                "1234,50\u{a0}€",
                "12,3%",
                ["1,2\u{a0}tys.", "1,2\u{a0}mln", "1,2\u{a0}mld"],
            ),
            "vi" => (
                "1.234.567,5",
                "1.234",
                "1.234,50\u{a0}€",
                "12,3%",
                ["1,2\u{a0}N", "1,2\u{a0}Tr", "1,2\u{a0}T"],
            ),
            _ => (
                "1,234,567.5",
                "1,234",
                "€1,234.50",
                "12.3%",
                ["1.2K", "1.2M", "1.2B"],
            ),
        };
        NumberFormat::from_samples(big, small, money)
            .with_percent_sample(percent)
            .with_compact_samples(compact)
    }

    #[test]
    fn arabic_percent_keeps_the_bidi_marks_intl_gives() {
        assert_eq!(intl("ar").percent_with(12.3, 1), "12.3\u{200e}%\u{200e}");
        assert_eq!(intl("ar-EG").percent_with(12.3, 1), "١٢٫٣٪\u{61c}");
        // Without a percent sample, Arabic-Indic digits still bring ٪ and its mark.
        let nf = NumberFormat::from_samples("١٬٢٣٤٬٥٦٧٫٥", "١٬٢٣٤", "١٬٢٣٤٫٥٠ €");
        assert_eq!(nf.percent_with(5.0, 1), "٥٪\u{61c}");
        assert_eq!(
            NumberFormat::for_lang(crate::i18n::Lang::Ar).percent_with(4.25, 2),
            "٤٫٢٥٪\u{61c}"
        );
    }

    #[test]
    fn arabic_money_keeps_the_right_to_left_mark() {
        assert_eq!(intl("ar").money_in("€", 12.5), "\u{200f}12.50\u{a0}€");
        assert_eq!(intl("ar-EG").money_in("€", 1500.0), "\u{200f}١٬٥٠٠\u{a0}€");
        assert_eq!(intl("ar-EG").money_in("€", 12.5), "\u{200f}١٢٫٥٠\u{a0}€");
        // Other locales have no mark.
        assert_eq!(intl("pl").money_in("€", 12.5), "12,50\u{a0}€");
        assert_eq!(intl("en").money_in("€", 12.5), "€12.50");
    }

    #[test]
    fn percent_in_other_locales() {
        assert_eq!(intl("pl").percent_with(12.3, 1), "12,3%");
        assert_eq!(intl("vi").percent_with(12.3, 1), "12,3%");
        assert_eq!(intl("th").percent_with(12.3, 1), "12.3%");
    }

    #[test]
    fn compact_numbers_in_each_language() {
        let cases = [
            ("en", ["12.5K", "3.4M", "1B"]),
            ("th", ["12.5K", "3.4M", "1B"]),
            ("pl", ["12,5\u{a0}tys.", "3,4\u{a0}mln", "1\u{a0}mld"]),
            ("vi", ["12,5\u{a0}N", "3,4\u{a0}Tr", "1\u{a0}T"]),
            ("ar", ["12.5\u{a0}ألف", "3.4\u{a0}مليون", "1\u{a0}مليار"]),
            ("ar-EG", ["١٢٫٥\u{a0}ألف", "٣٫٤\u{a0}مليون", "١\u{a0}مليار"]),
        ];
        for (lang, [k, m, b]) in cases {
            let nf = intl(lang);
            assert_eq!(nf.compact(12_500.0), k, "{lang}");
            assert_eq!(nf.compact(3_400_000.0), m, "{lang}");
            assert_eq!(nf.compact(1e9), b, "{lang}");
            // 999,950 rounds to the next unit.
            assert_eq!(nf.compact(999_950.0), nf.compact(1e6), "{lang}");
        }
        assert_eq!(intl("pl").compact_short(500_000.0), "500\u{a0}tys.");
        assert_eq!(intl("ar").compact_short(1e6), "1\u{a0}مليون");
    }

    #[test]
    fn the_cli_formats_match_intl() {
        use crate::i18n::Lang;
        for (lang, tag) in [(Lang::Pl, "pl"), (Lang::Vi, "vi"), (Lang::Ar, "ar-EG")] {
            let (cli, browser) = (NumberFormat::for_lang(lang), intl(tag));
            assert_eq!(
                cli.compact(3_400_000.0),
                browser.compact(3_400_000.0),
                "{tag}"
            );
            assert_eq!(
                cli.percent_with(12.3, 1),
                browser.percent_with(12.3, 1),
                "{tag}"
            );
            assert_eq!(
                cli.money_in("€", 12.5),
                browser.money_in("€", 12.5),
                "{tag}"
            );
        }
    }
}
