//! Every word a user reads, in the app or from the CLI, comes from here by key.
//!
//! The texts live in Fluent files, one directory per language (`src/i18n/en/`, `ar/`, `vi/`,
//! `pl/`, `th/`), each split by area (`main.ftl`, …) and edited by a translator without
//! reading Rust; English is the reference. `build.rs` compiles them into tables, so the program carries no parser. A key
//! in the code is the message id with dots for dashes (`input.paste` is `input-paste`).
//!
//! - this module: the languages, lookup and filling in values ([`t`], [`tf`], [`tfn`], [`count`]);
//! - [`plural`]: CLDR plural categories;
//! - [`number`]: number formats ([`NumberFormat`]);
//! - [`describe`]: sentences about the domain's results (problems, flags, notices, plans).

pub mod describe;
pub mod errors;
pub mod number;
pub mod plural;
pub mod sources;

pub use describe::*;
pub use errors::*;
pub use number::NumberFormat;
pub use sources::{benchmark_source, scheme_label, scheme_source};

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// English, the default and the fallback for any missing message.
    #[default]
    En,
    /// Arabic, written right to left.
    Ar,
    /// Vietnamese.
    Vi,
    /// Polish.
    Pl,
    /// Thai.
    Th,
    /// `en-XA`: English accented and a third longer, for finding untranslated text and
    /// layouts that break on longer words. Only by `?lang=en-XA` or `--lang en-XA`.
    Pseudo,
}

impl Lang {
    /// The languages a user can pick, in the picker's order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ar, Lang::Vi, Lang::Pl, Lang::Th];

    /// The interface language for a BCP 47 tag (`pl-PL`, `ar`, `vi_VN.UTF-8`): its table
    /// when there is one, else `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") || tag.eq_ignore_ascii_case("en_XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            "vi" => Some(Lang::Vi),
            "pl" => Some(Lang::Pl),
            "th" => Some(Lang::Th),
            _ => None,
        }
    }

    /// The first of `tags` (most preferred first) that has a table; English when none.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// Its code: the table's file name and the document's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Vi => "vi",
            Lang::Pl => "pl",
            Lang::Th => "th",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The tag whose number format the language uses when nothing says more (its main
    /// country's).
    pub fn number_tag(self) -> &'static str {
        match self {
            Lang::En | Lang::Pseudo => "en-US",
            Lang::Ar => "ar-EG",
            Lang::Vi => "vi-VN",
            Lang::Pl => "pl-PL",
            Lang::Th => "th-TH",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Vi => "Tiếng Việt",
            Lang::Pl => "Polski",
            Lang::Th => "ไทย",
            Lang::Pseudo => "Ƥšéûðö",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// The document's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn table(self) -> Table {
        TABLES
            .iter()
            .find(|(code, _)| *code == self.code())
            .map_or(EN, |(_, t)| *t)
    }
}

/// The languages offered for an embedded page (their names are `lang.<tag>`); the number
/// format follows the tag, the words its language when there is a table for it.
pub const EMBED_LANGS: [&str; 9] = [
    "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pl-PL", "vi-VN", "th-TH", "ar-EG",
];

/// A message compiled from its `.ftl` file.
#[derive(Debug)]
pub(crate) enum Part {
    Text(&'static str),
    Var(&'static str),
    /// `{ $var -> [one] … *[other] … }`.
    Select {
        var: &'static str,
        variants: &'static [(Key, &'static [Part])],
        default: usize,
    },
}

/// A variant's key: a CLDR plural category or an exact number.
#[derive(Debug)]
pub(crate) enum Key {
    Category(&'static str),
    // English has no exact-number variant; a translation may (`[0] …`).
    #[allow(dead_code)]
    Number(&'static str),
}

/// One language's messages, sorted by id.
pub(crate) type Table = &'static [(&'static str, &'static [Part])];

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The message id of a key: `input.paste` is `input-paste` in the files.
fn message_id(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains('.') {
        std::borrow::Cow::Owned(key.replace('.', "-"))
    } else {
        std::borrow::Cow::Borrowed(key)
    }
}

fn find(table: Table, id: &str) -> Option<&'static [Part]> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .map(|i| table[i].1)
}

/// The message for `key` in `lang`, else in English.
fn message(lang: Lang, key: &str) -> Option<&'static [Part]> {
    let id = message_id(key);
    find(lang.table(), &id).or_else(|| find(EN, &id))
}

/// Whether English has a message for `key`.
pub fn has_key(key: &str) -> bool {
    find(EN, &message_id(key)).is_some()
}

/// The text for `key`; the key itself when missing (so a gap shows, rather than nothing).
pub fn t(lang: Lang, key: &str) -> String {
    tfn(lang, key, &[], &[])
}

/// The text for `key` with its `{ $name }` values filled in from `args`.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    tfn(lang, key, args, &[])
}

/// The text for `key` with values from `args`, and numbers in `nums` that choose the
/// words (`{ $n -> [one] … *[other] … }`) by the language's plural rules. A value is
/// shown from `args`; a number only in `nums` is shown as is.
///
/// Values are filled in one pass: a handle containing `{ $cap }` stays as written. In a
/// right-to-left language each value is isolated (U+2068 … U+2069), so a handle or a
/// number keeps its own direction inside the sentence.
pub fn tfn(lang: Lang, key: &str, args: &[(&str, &str)], nums: &[(&str, f64)]) -> String {
    let Some(parts) = message(lang, key) else {
        return key.to_string();
    };
    let mut out = String::new();
    write_parts(lang, parts, args, nums, &mut out);
    out
}

fn write_parts(
    lang: Lang,
    parts: &[Part],
    args: &[(&str, &str)],
    nums: &[(&str, f64)],
    out: &mut String,
) {
    for part in parts {
        match part {
            Part::Text(s) => out.push_str(s),
            Part::Var(name) => {
                let value = args
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| std::borrow::Cow::Borrowed(*v))
                    .or_else(|| {
                        nums.iter()
                            .find(|(n, _)| n == name)
                            .map(|(_, v)| std::borrow::Cow::Owned(v.to_string()))
                    });
                match value {
                    Some(v) if lang.is_rtl() => {
                        out.push('\u{2068}');
                        out.push_str(&v);
                        out.push('\u{2069}');
                    }
                    Some(v) => out.push_str(&v),
                    // A value the code did not give: its name shows, so the gap is seen.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                let chosen = choose(lang, var, variants, args, nums).unwrap_or(*default);
                if let Some((_, ps)) = variants.get(chosen) {
                    write_parts(lang, ps, args, nums, out);
                }
            }
        }
    }
}

/// The variant for the value of `var`: an exact number first, then its plural category;
/// for a text value, the variant named by it.
fn choose(
    lang: Lang,
    var: &str,
    variants: &[(Key, &[Part])],
    args: &[(&str, &str)],
    nums: &[(&str, f64)],
) -> Option<usize> {
    if let Some((_, n)) = nums.iter().find(|(name, _)| *name == var) {
        let exact = variants.iter().position(|(k, _)| match k {
            Key::Number(s) => s.parse::<f64>().is_ok_and(|v| v == *n),
            Key::Category(_) => false,
        });
        if exact.is_some() {
            return exact;
        }
        let category = plural::category(lang, *n);
        return variants
            .iter()
            .position(|(k, _)| matches!(k, Key::Category(c) if *c == category));
    }
    let (_, text) = args.iter().find(|(name, _)| *name == var)?;
    let named = variants
        .iter()
        .position(|(k, _)| matches!(k, Key::Category(c) if c == text));
    if named.is_some() {
        return named;
    }
    // A number already written for the reader (`1,234`, `١٢`, `4,5`): chosen by its value.
    let n = shown_number(text)?;
    choose(lang, var, variants, &[], &[(var, n)])
}

/// The value of a number as [`NumberFormat`] writes it, in any locale: digits of any
/// script, group separators dropped; the last separator is the decimal mark when one or
/// two digits follow it (counts are shown with at most two decimals), else a group
/// separator. Text around the number (`%`, `$`, a unit) is ignored; `None` when there
/// is no digit, or two numbers.
fn shown_number(text: &str) -> Option<f64> {
    let digit = |c: char| -> Option<u32> {
        let u = c as u32;
        c.to_digit(10)
            .or_else(|| (0x660..=0x669).contains(&u).then(|| u - 0x660))
            .or_else(|| (0x6F0..=0x6F9).contains(&u).then(|| u - 0x6F0))
            .or_else(|| (0xE50..=0xE59).contains(&u).then(|| u - 0xE50))
    };
    let chars: Vec<char> = text.chars().collect();
    let first = chars.iter().position(|c| digit(*c).is_some())?;
    let last = chars.iter().rposition(|c| digit(*c).is_some())?;
    let body = &chars[first..=last];
    // Separators inside a number are single: `,` `.` `٬` `٫` spaces (thin, no-break) `'`.
    let mut groups: Vec<String> = vec![String::new()];
    for (i, c) in body.iter().enumerate() {
        match digit(*c) {
            Some(d) => {
                if let Some(g) = groups.last_mut() {
                    g.push(char::from_digit(d, 10)?);
                }
            }
            None => {
                let next_is_digit = body.get(i + 1).is_some_and(|n| digit(*n).is_some());
                if !next_is_digit || !",.٬٫ \u{a0}\u{202f}'’".contains(*c) {
                    return None;
                }
                groups.push(String::new());
            }
        }
    }
    let negative = first > 0 && matches!(chars[first - 1], '-' | '−');
    let frac = match groups.last() {
        Some(last) if groups.len() > 1 && (1..=2).contains(&last.len()) => groups.pop(),
        _ => None,
    };
    let mut s: String = groups.concat();
    if let Some(f) = frac {
        s.push('.');
        s.push_str(&f);
    }
    let v: f64 = s.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// "1 creator", "40 creators": a message choosing its words by `{ $n }`.
pub fn count(lang: Lang, nf: &NumberFormat, key: &str, n: usize) -> String {
    let shown = nf.count(n as f64);
    tfn(lang, key, &[("n", &shown)], &[("n", n as f64)])
}

/// The placeholders and plural selectors of every message, by language (for the tests
/// that compare each language with English).
#[cfg(test)]
pub(crate) fn catalogue(
    lang: Lang,
) -> Vec<(&'static str, std::collections::BTreeSet<&'static str>)> {
    fn vars(parts: &[Part], into: &mut std::collections::BTreeSet<&'static str>) {
        for p in parts {
            match p {
                Part::Text(_) => {}
                Part::Var(v) => {
                    into.insert(v);
                }
                Part::Select { var, variants, .. } => {
                    into.insert(var);
                    for (_, ps) in variants.iter() {
                        vars(ps, into);
                    }
                }
            }
        }
    }
    lang.table()
        .iter()
        .map(|(id, parts)| {
            let mut set = std::collections::BTreeSet::new();
            vars(parts, &mut set);
            (*id, set)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys written out in the source (`loc.t("status.stale")`, `tf(…, "count.rows", …)`),
    /// with where: every one has an English message. A key made at run time (`format!`) is
    /// not seen here; those are checked where they are made.
    fn keys_in_source() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, files);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root, &mut files);
        let mut keys = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for call in [".t(\"", ".tf(\""] {
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '.'
                        })
                        .collect();
                    // A whole literal naming a message: `section.name`.
                    if rest[key.len()..].starts_with('"') && key.contains('.') {
                        keys.push((key, file.display().to_string()));
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_the_source_names_has_a_message() {
        let keys = keys_in_source();
        // The scan finds the page's keys (it would find none if the pattern broke).
        assert!(keys.len() > 200, "only {} keys found", keys.len());
        let missing: Vec<_> = keys.iter().filter(|(k, _)| !has_key(k)).collect();
        assert!(missing.is_empty(), "keys without a message: {missing:?}");
    }

    /// Every translation has every English message, no other, with the same values, and
    /// reads whole.
    #[test]
    fn every_language_has_every_message_with_the_same_values() {
        let mut faults: Vec<String> = FAULTS.iter().map(|(l, e)| format!("{l}: {e}")).collect();
        let en: std::collections::BTreeMap<_, _> = catalogue(Lang::En).into_iter().collect();
        for lang in Lang::ALL.into_iter().chain([Lang::Pseudo]) {
            if lang == Lang::En {
                continue;
            }
            if !TABLES.iter().any(|(code, _)| *code == lang.code()) {
                faults.push(format!(
                    "{}: no src/i18n/{}/*.ftl",
                    lang.code(),
                    lang.code()
                ));
                continue;
            }
            let other: std::collections::BTreeMap<_, _> = catalogue(lang).into_iter().collect();
            for (id, vars) in &en {
                match other.get(id) {
                    None => faults.push(format!("{}: missing {id}", lang.code())),
                    Some(v) if v != vars => faults.push(format!(
                        "{}: {id} uses {v:?}, English {vars:?}",
                        lang.code()
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                faults.push(format!("{}: {id} is not an English message", lang.code()));
            }
        }
        let shown: Vec<&String> = faults.iter().take(40).collect();
        assert!(
            faults.is_empty(),
            "{} faults, first: {shown:#?}",
            faults.len()
        );
    }

    #[test]
    fn values_are_filled_in_one_pass() {
        // A handle that looks like a placeholder is not filled in again.
        let s = tf(Lang::En, "input.reading", &[("name", "{ $error } {name}")]);
        assert_eq!(s, "Reading { $error } {name}…");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let nf = NumberFormat::default();
        assert_eq!(count(Lang::En, &nf, "count.creators", 1), "1 creator");
        assert_eq!(count(Lang::En, &nf, "count.creators", 0), "0 creators");
        assert_eq!(count(Lang::En, &nf, "count.creators", 21), "21 creators");
    }

    #[test]
    fn a_missing_key_shows_itself_and_a_missing_value_its_name() {
        assert_eq!(t(Lang::En, "no.such.key"), "no.such.key");
        assert_eq!(tf(Lang::En, "input.reading", &[]), "Reading {$name}…");
    }

    #[test]
    fn numbers_shown_as_text_choose_words_too() {
        assert_eq!(shown_number("1,234"), Some(1234.0));
        assert_eq!(shown_number("12.5"), Some(12.5));
        assert_eq!(shown_number("4,5%"), Some(4.5));
        assert_eq!(shown_number("10\u{a0}000"), Some(10000.0));
        assert_eq!(shown_number("١٬٢٣٤"), Some(1234.0));
        assert_eq!(shown_number("๕"), Some(5.0));
        assert_eq!(shown_number("$1,200"), Some(1200.0));
        assert_eq!(shown_number("@maddie"), None);
        assert_eq!(shown_number("3 of 4"), None);
        // The English plural message chooses by a number given only as text.
        assert_eq!(
            tf(
                Lang::En,
                "broken.min_creators",
                &[("creators", "1"), ("min", "3")]
            ),
            "1 creator (at least 3 asked)"
        );
    }

    #[test]
    fn english_counts_read_in_the_singular_too() {
        let one = tf(
            Lang::En,
            "notice.platform_default",
            &[("rows", "1"), ("platform", "TikTok")],
        );
        assert!(one.contains("1 row taken as TikTok"), "{one}");
        let many = tf(Lang::En, "export.copied", &[("rows", "1,234")]);
        assert!(many.starts_with("Copied 1,234 rows"), "{many}");
        assert_eq!(tf(Lang::En, "cell.posts", &[("count", "1")]), "1 post");
    }

    #[test]
    fn tags_choose_a_language() {
        assert_eq!(Lang::from_tag("pl-PL"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("ar_EG.UTF-8"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::negotiate(["de-DE", "vi", "en"]), Lang::Vi);
        assert_eq!(Lang::negotiate(["de-DE"]), Lang::En);
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
    }

    #[test]
    fn right_to_left_values_are_isolated() {
        let s = tf(Lang::Ar, "input.reading", &[("name", "roster.csv")]);
        assert!(s.contains("\u{2068}roster.csv\u{2069}"), "{s}");
        assert!(!tf(Lang::En, "input.reading", &[("name", "x")]).contains('\u{2068}'));
    }

    #[test]
    fn pseudo_locale_is_longer_and_keeps_values() {
        let s = tf(Lang::Pseudo, "input.reading", &[("name", "roster.csv")]);
        let en = tf(Lang::En, "input.reading", &[("name", "roster.csv")]);
        assert!(s.contains("roster.csv"), "{s}");
        assert!(
            s.chars().count() as f64 >= en.chars().count() as f64 * 1.2,
            "{s}"
        );
        assert_ne!(s, en);
    }

    /// Every message of every language, filled in with numbers of each plural category
    /// the language has, reads whole: no gap (`{$name}`), no stray brace, no doubled or
    /// edge space. And where English chooses its words by a number, Polish and Arabic
    /// say every form their grammar has (a `[one] … *[other]` choice reads wrong for
    /// "5 twórców" or "11 مؤثرًا").
    #[test]
    fn every_message_reads_whole_for_every_number_in_every_language() {
        const SAMPLES: [f64; 12] = [
            0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 25.0, 100.0, 102.0, 1.5,
        ];
        fn selects(parts: &[Part], into: &mut Vec<(&'static str, Vec<&'static str>)>) {
            for p in parts {
                if let Part::Select { var, variants, .. } = p {
                    let keys = variants
                        .iter()
                        .filter_map(|(k, _)| match k {
                            Key::Category(c) => Some(*c),
                            Key::Number(_) => None,
                        })
                        .collect();
                    into.push((var, keys));
                    for (_, ps) in variants.iter() {
                        selects(ps, into);
                    }
                }
            }
        }
        let mut faults = Vec::new();
        let en: std::collections::BTreeMap<_, _> = catalogue(Lang::En).into_iter().collect();
        for lang in Lang::ALL.into_iter().chain([Lang::Pseudo]) {
            for (id, parts) in lang.table() {
                let Some(vars) = en.get(id) else { continue };
                for n in SAMPLES {
                    let shown = n.to_string();
                    let args: Vec<(&str, &str)> =
                        vars.iter().map(|v| (*v, shown.as_str())).collect();
                    let nums: Vec<(&str, f64)> = vars.iter().map(|v| (*v, n)).collect();
                    let mut out = String::new();
                    write_parts(lang, parts, &args, &nums, &mut out);
                    // A space at an edge in English (a list separator, an indented CLI
                    // line) is the message's own: the translation keeps one there (it may
                    // add its own, as Thai joins sentences with a space); inside a line,
                    // never two.
                    let edges = |t: &str| (t.starts_with(' '), t.ends_with(' '));
                    let mut english = String::new();
                    if let Some(en_parts) = find(EN, id) {
                        write_parts(Lang::En, en_parts, &args, &nums, &mut english);
                    }
                    let doubled = out
                        .lines()
                        .any(|l| l.trim_start_matches('⟦').trim_start().contains("  "));
                    let what = if out.trim().is_empty() {
                        Some("is empty")
                    } else if out.contains("{$") {
                        Some("leaves a value unfilled")
                    } else if out.contains('{') || out.contains('}') {
                        Some("has a stray brace")
                    } else if doubled {
                        Some("has a doubled space")
                    } else if lang != Lang::Pseudo
                        && ((edges(&english).0 && !edges(&out).0)
                            || (edges(&english).1 && !edges(&out).1))
                    {
                        Some("drops a space English has at its edge")
                    } else {
                        None
                    };
                    if let Some(what) = what {
                        faults.push(format!("{}: {id} with {n} {what}: {out:?}", lang.code()));
                        break;
                    }
                }
            }
            if !matches!(lang, Lang::Pl | Lang::Ar) {
                continue;
            }
            let needed: std::collections::BTreeSet<&str> =
                [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 22.0, 100.0, 102.0, 1.5]
                    .into_iter()
                    .map(|n| plural::category(lang, n))
                    .collect();
            for (id, parts) in lang.table() {
                let mut found = Vec::new();
                selects(parts, &mut found);
                for (var, keys) in found {
                    // A choice made on a word (`[instagram]`), not a number.
                    if keys
                        .iter()
                        .any(|k| !["zero", "one", "two", "few", "many", "other"].contains(k))
                    {
                        continue;
                    }
                    let missing: Vec<&&str> = needed.iter().filter(|c| !keys.contains(c)).collect();
                    if !missing.is_empty() {
                        faults.push(format!(
                            "{}: {id}: the choice on ${var} lacks {missing:?}",
                            lang.code()
                        ));
                    }
                }
            }
        }
        let shown: Vec<&String> = faults.iter().take(60).collect();
        assert!(
            faults.is_empty(),
            "{} faults, first: {shown:#?}",
            faults.len()
        );
    }
}
