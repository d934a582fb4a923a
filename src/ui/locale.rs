//! The user's language and number format, shared with every component through a context.
//!
//! The language is, in order: the user's pick in the page's language menu (kept), the
//! page's or embed snippet's `?lang=`, the browser's languages; English when none has a
//! table. Numbers follow the tag that chose the language (`ar-MA` keeps Latin digits,
//! `ar` writes Arabic-Indic ones), through the browser's `Intl.NumberFormat`.

use crate::i18n::{t, tf, Lang, NumberFormat};

/// The page's language and number format.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Locale {
    /// The language of the words.
    pub lang: Lang,
    /// How numbers are written, from the browser's `Intl.NumberFormat` for `tag`.
    pub nf: NumberFormat,
    /// The BCP 47 tag the number format comes from.
    pub tag: String,
}

/// The browser's languages, most preferred first.
fn browser_tags() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

impl Locale {
    /// The decimal mark numbers typed in this locale are read with.
    pub fn decimal_mark(&self) -> crate::domain::DecimalMark {
        if self.nf.decimal == "," {
            crate::domain::DecimalMark::Comma
        } else {
            crate::domain::DecimalMark::Dot
        }
    }

    /// The page's locale: `picked` (the kept choice), else `query` (`?lang=`), else the
    /// browser's.
    pub fn choose(picked: Option<&str>, query: Option<&str>) -> Locale {
        let browser = browser_tags();
        if let Some(lang) = picked.and_then(Lang::from_tag) {
            return Locale::for_lang(lang, query, &browser);
        }
        if let Some(tag) = query {
            // A tag without a table (`de-DE`) still sets the numbers; the words are English.
            return Locale::from_tag(tag);
        }
        let lang = Lang::negotiate(browser.iter().map(String::as_str));
        Locale::for_lang(lang, None, &browser)
    }

    /// `lang`'s words, with the numbers of the first of `tags` in that language (so a
    /// Moroccan reader's `ar-MA` keeps its digits), else the language's own.
    pub fn for_lang(lang: Lang, query: Option<&str>, tags: &[String]) -> Locale {
        let tag = query
            .into_iter()
            .chain(tags.iter().map(String::as_str))
            .find(|t| Lang::from_tag(t) == Some(lang))
            .map_or_else(|| lang.number_tag().to_string(), str::to_string);
        Locale {
            lang,
            nf: number_format(&tag),
            tag,
        }
    }

    /// For a BCP 47 language tag (an embedded page's `lang=`): its text and number format.
    pub fn from_tag(tag: &str) -> Locale {
        Locale {
            lang: Lang::from_tag(tag).unwrap_or_default(),
            nf: number_format(tag),
            tag: tag.to_string(),
        }
    }

    /// The text for `key` in this language (see [`crate::i18n::t`]).
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    /// The text for `key` with its `{ $name }` values from `args` (see [`crate::i18n::tf`]).
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        tf(self.lang, key, args)
    }

    /// A message choosing its words by the numbers in `nums`.
    pub fn tfn(&self, key: &str, args: &[(&str, &str)], nums: &[(&str, f64)]) -> String {
        crate::i18n::tfn(self.lang, key, args, nums)
    }
}

/// The number format of `tag`, from what `Intl.NumberFormat` writes for 1234567.5, 1234
/// (minimum grouping), an amount of money (where the currency goes), 12.3% (the percent
/// sign with its bidi marks) and 1.2 thousand, million, billion in compact notation.
fn number_format(tag: &str) -> NumberFormat {
    let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(tag));
    let sample = |options: &js_sys::Object, v: f64| {
        let format = js_sys::Intl::NumberFormat::new(&locales, options);
        format
            .format()
            .call1(&format, &wasm_bindgen::JsValue::from_f64(v))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let plain = js_sys::Object::new();
    let money = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&money, &"style".into(), &"currency".into());
    let _ = js_sys::Reflect::set(&money, &"currency".into(), &"EUR".into());
    let percent = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&percent, &"style".into(), &"percent".into());
    let _ = js_sys::Reflect::set(&percent, &"maximumFractionDigits".into(), &1.into());
    let compact = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&compact, &"notation".into(), &"compact".into());
    NumberFormat::from_samples(
        &sample(&plain, 1_234_567.5),
        &sample(&plain, 1234.0),
        &sample(&money, 1234.5),
    )
    .with_percent_sample(&sample(&percent, 0.123))
    .with_compact_samples([
        &sample(&compact, 1200.0),
        &sample(&compact, 1_200_000.0),
        &sample(&compact, 1_200_000_000.0),
    ])
}
