//! How numbers are written in the user's locale: grouping, decimal mark, digits, where the
//! currency goes. The app reads them from the browser's `Intl.NumberFormat`; the CLI takes
//! the language's usual format ([`NumberFormat::for_lang`]).

/// How numbers are written in the user's locale.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberFormat {
    pub group: String,
    pub decimal: String,
    /// The locale's digits 0–9 when not ASCII (Arabic-Indic, Thai).
    pub digits: Option<[char; 10]>,
    /// Group only numbers of at least this many integer digits above 3: 1 groups 1,234;
    /// 2 (Polish, Spanish) writes 1234 but 10 000.
    pub min_grouping: usize,
    /// The currency follows the amount, after a no-break space (`1 200 €`), rather than
    /// leading it (`€1,200`).
    pub currency_after: bool,
    /// The percent sign as the locale writes it (`%`, Arabic `٪`).
    pub percent_sign: String,
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
            nf.percent_sign = "٪".to_string();
        }
        nf
    }

    /// A language's usual format, as CLDR gives it for its main country (for the CLI,
    /// which has no browser to ask): English `1,234.5`, Arabic (Egypt) `١٬٢٣٤٫٥`,
    /// Vietnamese `1.234,5`, Polish `1234,5` and `10 000,5`, Thai `1,234.5`.
    pub fn for_lang(lang: super::Lang) -> NumberFormat {
        use super::Lang;
        match lang {
            Lang::En | Lang::Pseudo | Lang::Th => NumberFormat::default(),
            Lang::Ar => NumberFormat::from_samples("١٬٢٣٤٬٥٦٧٫٥", "١٬٢٣٤", "١٬٢٣٤٫٥٠ €"),
            Lang::Vi => NumberFormat::from_samples("1.234.567,5", "1.234", "1.234,50 €"),
            Lang::Pl => {
                NumberFormat::from_samples("1\u{a0}234\u{a0}567,5", "1234", "1234,50\u{a0}€")
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
        format!("{}{}", self.format(v, decimals), self.percent_sign)
    }

    /// Money prefixed `$` (the rate card's currency): whole dollars from $100, else cents.
    pub fn money(&self, v: f64) -> String {
        self.money_in("$", v)
    }

    /// Money prefixed with a currency sign or code (`€`, `PLN `).
    pub fn money_in(&self, currency: &str, v: f64) -> String {
        let place = |amount: String| {
            if self.currency_after {
                format!("{amount}\u{a0}{}", currency.trim())
            } else {
                format!("{currency}{amount}")
            }
        };
        if v >= 100.0 || v.fract() == 0.0 {
            return place(self.format(v, 0));
        }
        let cents = self.format(v, 2);
        // Keep two decimals: $0.50, not $0.5.
        let pad = match cents.split_once(self.decimal.as_str()) {
            Some((_, frac)) if frac.chars().count() == 1 => "0".to_string(),
            None => format!("{}00", self.decimal),
            _ => String::new(),
        };
        place(format!("{cents}{pad}"))
    }

    /// Compact count: `12.5K`, `1.2M`, for summaries.
    /// Round thresholds as people write them: `0`, `10K`, `500K`, `1M`.
    pub fn compact_short(&self, v: f64) -> String {
        if v >= 1e6 {
            format!("{}M", self.format(v / 1e6, 1))
        } else if v >= 1e3 {
            format!("{}K", self.format(v / 1e3, 1))
        } else {
            self.format(v, 0)
        }
    }

    pub fn compact(&self, v: f64) -> String {
        if v < 10_000.0 {
            return self.format(v, 1);
        }
        let units = [(1e3, "K"), (1e6, "M"), (1e9, "B")];
        let mut i = if v >= 1e9 {
            2
        } else if v >= 1e6 {
            1
        } else {
            0
        };
        // Round to what is shown first, so 999,950 reads 1M, not 1,000K.
        if ((v / units[i].0) * 10.0).round() / 10.0 >= 1000.0 && i < 2 {
            i += 1;
        }
        format!("{}{}", self.format(v / units[i].0, 1), units[i].1)
    }
}
