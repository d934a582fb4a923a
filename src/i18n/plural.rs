//! CLDR plural categories (`one`, `few`, `many`…) for a number in a language, from the
//! Unicode Consortium's rules as the `intl_pluralrules` crate carries them.

use std::sync::OnceLock;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::Lang;

fn rules(lang: Lang) -> Option<&'static PluralRules> {
    static RULES: OnceLock<Vec<(Lang, PluralRules)>> = OnceLock::new();
    let all = RULES.get_or_init(|| {
        Lang::ALL
            .iter()
            .filter_map(|l| {
                let id: LanguageIdentifier = l.code().parse().ok()?;
                let r = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
                Some((*l, r))
            })
            .collect()
    });
    let lang = if lang == Lang::Pseudo { Lang::En } else { lang };
    all.iter().find(|(l, _)| *l == lang).map(|(_, r)| r)
}

/// The category of `n` in `lang`: `"one"`, `"few"`, … (`"other"` when the rules don't
/// say, or for a number that is not finite).
pub fn category(lang: Lang, n: f64) -> &'static str {
    let Some(r) = rules(lang) else {
        return "other";
    };
    if !n.is_finite() {
        return "other";
    }
    // Whole numbers as integers, so 5.0 is "5" (Polish many), not "5.0" (other).
    let chosen = if n.fract() == 0.0 && n.abs() < 1e15 {
        r.select(n as i64)
    } else {
        r.select(n)
    };
    match chosen {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_by_cldr() {
        assert_eq!(category(Lang::En, 1.0), "one");
        assert_eq!(category(Lang::En, 2.0), "other");
        // Polish: 1 one; 2–4, 22–24 few; 5–21, 25 many; fractions other.
        assert_eq!(category(Lang::Pl, 1.0), "one");
        assert_eq!(category(Lang::Pl, 3.0), "few");
        assert_eq!(category(Lang::Pl, 22.0), "few");
        assert_eq!(category(Lang::Pl, 5.0), "many");
        assert_eq!(category(Lang::Pl, 12.0), "many");
        assert_eq!(category(Lang::Pl, 1.5), "other");
        // Arabic: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 other.
        assert_eq!(category(Lang::Ar, 0.0), "zero");
        assert_eq!(category(Lang::Ar, 1.0), "one");
        assert_eq!(category(Lang::Ar, 2.0), "two");
        assert_eq!(category(Lang::Ar, 7.0), "few");
        assert_eq!(category(Lang::Ar, 11.0), "many");
        assert_eq!(category(Lang::Ar, 100.0), "other");
        // Vietnamese and Thai have one form.
        assert_eq!(category(Lang::Vi, 1.0), "other");
        assert_eq!(category(Lang::Th, 1.0), "other");
    }
}
