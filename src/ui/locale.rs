//! The user's language and number format, shared with every component through a context.

use crate::i18n::{t, tf, Lang, NumberFormat};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Locale {
    pub lang: Lang,
    pub nf: NumberFormat,
}

impl Locale {
    /// From the browser: the number format of `navigator.language`, via `Intl.NumberFormat`.
    pub fn from_browser() -> Locale {
        let lang = web_sys::window()
            .map(|w| w.navigator().language().unwrap_or_default())
            .unwrap_or_default();
        Locale::from_tag(&lang)
    }

    /// For a BCP 47 language tag (an embedded page's `lang=`): its text and number format.
    pub fn from_tag(lang: &str) -> Locale {
        let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(lang));
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new());
        let sample = format
            .format()
            .call1(&format, &wasm_bindgen::JsValue::from_f64(1_234_567.5))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        Locale {
            lang: Lang::from_tag(lang).unwrap_or_default(),
            nf: NumberFormat::from_sample(&sample),
        }
    }

    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        tf(self.lang, key, args)
    }
}
