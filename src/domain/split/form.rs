//! The budget panel's inputs as the user typed them, and how they become [`SplitSettings`].
//! Pure, so it is tested natively; the app keeps the typed text (a bad entry stays on
//! screen beside its error) and plans with the entries that could be read.

use super::settings::{platform_index, Cap, Mix, Objective, SplitSettings, Strategy, PLATFORMS};
use crate::domain::number::{parse_number, DecimalMark};
use crate::domain::roster::Platform;
use crate::domain::roster::Roster;
use crate::domain::tier::Tier;

/// Every input of the budget panel, as typed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BudgetForm {
    /// The budget, an amount in the roster's currency.
    pub budget: String,
    /// A sign or code written before amounts (`$`, `€`, `PLN `).
    pub currency: String,
    /// What the plan maximises.
    pub objective: Objective,
    /// The percent of engagements assumed to convert, where the roster has no conversions
    /// column; empty for none.
    pub conversion_rate: String,
    /// The fewest posts per chosen creator (empty: 1).
    pub posts_min: String,
    /// The most posts per chosen creator (empty: 3, or the minimum if higher).
    pub posts_max: String,
    /// The most one creator may get; empty for no cap.
    pub cap: String,
    /// The cap is a percentage of the budget (else an amount).
    pub cap_percent: bool,
    /// The fewest creators in a plan; empty for no minimum.
    pub min_creators: String,
    /// The most creators in a plan; empty for no maximum.
    pub max_creators: String,
    /// Per tier, in [`Tier::ALL`] order: the band's minimum and maximum percent.
    pub tier_min: [String; 6],
    /// Per tier, the band's maximum percent (see `tier_min`).
    pub tier_max: [String; 6],
    /// Per platform (Instagram, TikTok, YouTube, other): the band's minimum and maximum.
    pub platform_min: [String; 4],
    /// Per platform, the band's maximum (see `platform_min`).
    pub platform_max: [String; 4],
    /// Handles that must be in the plan, and handles left out (comma or space separated).
    pub include: String,
    /// Handles left out of every plan (see `include`).
    pub exclude: String,
    /// The strategy whose plan is shown.
    pub show: Strategy,
}

impl Default for BudgetForm {
    fn default() -> Self {
        BudgetForm {
            budget: "2000".into(),
            currency: "$".into(),
            objective: Objective::Engagements,
            conversion_rate: String::new(),
            posts_min: "1".into(),
            posts_max: "3".into(),
            cap: String::new(),
            cap_percent: true,
            min_creators: String::new(),
            max_creators: String::new(),
            tier_min: Default::default(),
            tier_max: Default::default(),
            platform_min: Default::default(),
            platform_max: Default::default(),
            include: String::new(),
            exclude: String::new(),
            show: Strategy::Optimal,
        }
    }
}

/// An input of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FormField {
    /// [`BudgetForm::budget`].
    Budget,
    /// [`BudgetForm::currency`].
    Currency,
    /// [`BudgetForm::conversion_rate`].
    ConversionRate,
    /// [`BudgetForm::posts_min`].
    PostsMin,
    /// [`BudgetForm::posts_max`].
    PostsMax,
    /// [`BudgetForm::cap`].
    Cap,
    /// [`BudgetForm::min_creators`].
    MinCreators,
    /// [`BudgetForm::max_creators`].
    MaxCreators,
    /// The minimum percent of this tier's band.
    TierMin(Tier),
    /// The maximum percent of this tier's band.
    TierMax(Tier),
    /// The minimum percent of this platform's band.
    PlatformMin(Platform),
    /// The maximum percent of this platform's band.
    PlatformMax(Platform),
    /// [`BudgetForm::include`].
    Include,
    /// [`BudgetForm::exclude`].
    Exclude,
}

/// What an input should hold.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Expected {
    /// An amount above 0.
    Amount,
    /// A percentage from 0 to 100.
    Percent,
    /// A whole number (of posts or creators) from `min`.
    Whole {
        /// The least number allowed.
        min: u32,
    },
    /// The maximum is below the minimum.
    NotBelowMin,
    /// Handles of the roster; these are not in it.
    Handles {
        /// The handles typed that no creator has.
        unknown: Vec<String>,
    },
}

/// An entry that could not be used: which input, what was typed, what was expected.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FormError {
    /// The input.
    pub field: FormField,
    /// What was typed in it.
    pub text: String,
    /// What it should hold.
    pub expected: Expected,
}

/// A plain English fallback; the words users read are in the translation table
/// (`i18n::describe_form_error`).
impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let expected = match &self.expected {
            Expected::Amount => "an amount above 0".to_string(),
            Expected::Percent => "a percentage from 0 to 100".to_string(),
            Expected::Whole { min } => format!("a whole number from {min}"),
            Expected::NotBelowMin => "a maximum not below the minimum".to_string(),
            Expected::Handles { unknown } => format!("handles of the roster, not {unknown:?}"),
        };
        write!(f, "{:?}: {:?}: expected {expected}", self.field, self.text)
    }
}

impl std::error::Error for FormError {}

/// One change to the budget form, as the person made it: applied to the form as it is then,
/// so quick edits in a row never undo each other.
#[derive(Clone, Debug, PartialEq)]
pub enum BudgetEdit {
    /// A text input, as typed.
    Text(FormField, String),
    /// The objective chosen.
    Objective(Objective),
    /// The cap is a percentage of the budget (else an amount).
    CapPercent(bool),
    /// The strategy whose plan is shown (nothing is planned again).
    Show(Strategy),
}

impl BudgetForm {
    /// Makes one change.
    pub fn apply(&mut self, edit: BudgetEdit) {
        match edit {
            BudgetEdit::Text(field, text) => self.set(field, text),
            BudgetEdit::Objective(o) => self.objective = o,
            BudgetEdit::CapPercent(p) => self.cap_percent = p,
            BudgetEdit::Show(s) => self.show = s,
        }
    }

    /// Sets one input to the text typed.
    pub fn set(&mut self, field: FormField, text: String) {
        match field {
            FormField::Budget => self.budget = text,
            FormField::Currency => self.currency = text,
            FormField::ConversionRate => self.conversion_rate = text,
            FormField::PostsMin => self.posts_min = text,
            FormField::PostsMax => self.posts_max = text,
            FormField::Cap => self.cap = text,
            FormField::MinCreators => self.min_creators = text,
            FormField::MaxCreators => self.max_creators = text,
            FormField::TierMin(t) => self.tier_min[t.index()] = text,
            FormField::TierMax(t) => self.tier_max[t.index()] = text,
            FormField::PlatformMin(p) => self.platform_min[platform_index(p)] = text,
            FormField::PlatformMax(p) => self.platform_max[platform_index(p)] = text,
            FormField::Include => self.include = text,
            FormField::Exclude => self.exclude = text,
        }
    }

    /// The text of one input.
    pub fn get(&self, field: FormField) -> &str {
        match field {
            FormField::Budget => &self.budget,
            FormField::Currency => &self.currency,
            FormField::ConversionRate => &self.conversion_rate,
            FormField::PostsMin => &self.posts_min,
            FormField::PostsMax => &self.posts_max,
            FormField::Cap => &self.cap,
            FormField::MinCreators => &self.min_creators,
            FormField::MaxCreators => &self.max_creators,
            FormField::TierMin(t) => &self.tier_min[t.index()],
            FormField::TierMax(t) => &self.tier_max[t.index()],
            FormField::PlatformMin(p) => &self.platform_min[platform_index(p)],
            FormField::PlatformMax(p) => &self.platform_max[platform_index(p)],
            FormField::Include => &self.include,
            FormField::Exclude => &self.exclude,
        }
    }

    /// The settings from the entries that can be read, and an error for each that cannot
    /// (that entry is then left out: its default holds).
    pub fn settings(&self, roster: &Roster, mark: DecimalMark) -> (SplitSettings, Vec<FormError>) {
        let mut errors = Vec::new();
        let mut s = SplitSettings {
            objective: self.objective,
            ..SplitSettings::default()
        };
        let mut fail = |field, text: &str, expected| {
            errors.push(FormError {
                field,
                text: text.to_string(),
                expected,
            })
        };
        let number = |text: &str| -> Option<Option<f64>> {
            match parse_number(text.trim().trim_start_matches(self.currency.trim()), mark) {
                Ok(v) => Some(v.map(|n| n.value).filter(|v| v.is_finite())),
                Err(_) => None,
            }
        };
        match number(&self.budget) {
            Some(Some(v)) if v > 0.0 => s.budget = v,
            _ => fail(FormField::Budget, &self.budget, Expected::Amount),
        }
        let percent = |text: &str| match number(text) {
            Some(Some(v)) if (0.0..=100.0).contains(&v) => Ok(Some(v)),
            Some(None) => Ok(None),
            _ => Err(()),
        };
        match percent(&self.conversion_rate) {
            Ok(v) => s.conversion_rate_pct = v,
            Err(()) => fail(
                FormField::ConversionRate,
                &self.conversion_rate,
                Expected::Percent,
            ),
        }
        let whole = |text: &str, min: u32| match number(text) {
            Some(Some(v)) if v.fract() == 0.0 && v >= f64::from(min) && v <= 1e6 => {
                Ok(Some(v as u32))
            }
            Some(None) => Ok(None),
            _ => Err(Expected::Whole { min }),
        };
        let lo = match whole(&self.posts_min, 1) {
            Ok(v) => v.unwrap_or(1),
            Err(e) => {
                fail(FormField::PostsMin, &self.posts_min, e);
                1
            }
        };
        let hi = match whole(&self.posts_max, 1) {
            Ok(Some(v)) if v < lo => {
                fail(FormField::PostsMax, &self.posts_max, Expected::NotBelowMin);
                lo
            }
            Ok(v) => v.unwrap_or(lo.max(3)),
            Err(e) => {
                fail(FormField::PostsMax, &self.posts_max, e);
                lo.max(3)
            }
        };
        s.posts = (lo, hi);
        match number(&self.cap) {
            Some(None) => {}
            Some(Some(v)) if v > 0.0 && (!self.cap_percent || v <= 100.0) => {
                s.cap = Some(if self.cap_percent {
                    Cap::Percent(v)
                } else {
                    Cap::Amount(v)
                })
            }
            _ => fail(
                FormField::Cap,
                &self.cap,
                if self.cap_percent {
                    Expected::Percent
                } else {
                    Expected::Amount
                },
            ),
        }
        match whole(&self.min_creators, 0) {
            Ok(v) => s.min_creators = v.unwrap_or(0),
            Err(e) => fail(FormField::MinCreators, &self.min_creators, e),
        }
        match whole(&self.max_creators, 1) {
            Ok(v) => s.max_creators = v,
            Err(e) => fail(FormField::MaxCreators, &self.max_creators, e),
        }
        // A band from its two boxes: empty boxes mean no band, one empty end 0 or 100%.
        let mut band = |min_field: FormField, max_field: FormField| -> Option<Mix> {
            let (min_text, max_text) = (self.get(min_field), self.get(max_field));
            let min = percent(min_text);
            let max = percent(max_text);
            if min.is_err() {
                fail(min_field, min_text, Expected::Percent);
            }
            if max.is_err() {
                fail(max_field, max_text, Expected::Percent);
            }
            match (min.ok().flatten(), max.ok().flatten()) {
                (None, None) => None,
                (a, b) => {
                    let (min_pct, max_pct) = (a.unwrap_or(0.0), b.unwrap_or(100.0));
                    if max_pct < min_pct {
                        fail(max_field, max_text, Expected::NotBelowMin);
                        None
                    } else {
                        Some(Mix { min_pct, max_pct })
                    }
                }
            }
        };
        for tier in Tier::ALL {
            if let Some(mix) = band(FormField::TierMin(tier), FormField::TierMax(tier)) {
                s.tier_mix.push((tier, mix));
            }
        }
        for platform in PLATFORMS {
            if let Some(mix) = band(
                FormField::PlatformMin(platform),
                FormField::PlatformMax(platform),
            ) {
                s.platform_mix.push((platform, mix));
            }
        }
        for (field, text, list) in [
            (FormField::Include, &self.include, &mut s.forced),
            (FormField::Exclude, &self.exclude, &mut s.excluded),
        ] {
            let mut unknown = Vec::new();
            for h in handles(text) {
                let found: Vec<usize> = roster
                    .creators
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.handle.eq_ignore_ascii_case(&h) || c.handle == h)
                    .map(|(i, _)| i)
                    .collect();
                if found.is_empty() {
                    unknown.push(h);
                }
                list.extend(found);
            }
            if !unknown.is_empty() {
                fail(field, text, Expected::Handles { unknown });
            }
        }
        (s, errors)
    }
}

/// Handles in a list typed as `@a, b c`.
fn handles(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(|h| h.trim().trim_start_matches('@'))
        .filter(|h| !h.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_form_error_is_an_error_with_its_field_text_and_expectation() {
        let (_, errors) = BudgetForm {
            budget: "lots".into(),
            ..BudgetForm::default()
        }
        .settings(&Roster::default(), DecimalMark::Dot);
        let e: &dyn std::error::Error = &errors[0];
        assert_eq!(
            e.to_string(),
            "Budget: \"lots\": expected an amount above 0"
        );
    }

    use super::*;
    use crate::domain::{read_roster, ReadOptions};

    fn roster() -> Roster {
        read_roster(
            b"handle,followers,price\nana,5000,50\nbo,50000,300\n",
            &ReadOptions::default(),
        )
    }

    #[test]
    fn typed_entries_become_settings() {
        let mut f = BudgetForm {
            budget: "$2,500".into(),
            cap: "20".into(),
            min_creators: "2".into(),
            include: "@Ana".into(),
            ..BudgetForm::default()
        };
        f.tier_min[Tier::Micro.index()] = "60".into();
        f.tier_max[Tier::Micro.index()] = "80%".into();
        f.tier_min[Tier::Nano.index()] = "10".into();
        let (s, errors) = f.settings(&roster(), DecimalMark::Dot);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(s.budget, 2_500.0);
        assert_eq!(s.cap, Some(Cap::Percent(20.0)));
        assert_eq!(s.min_creators, 2);
        assert_eq!(s.posts, (1, 3));
        assert_eq!(s.forced, vec![0]);
        assert_eq!(
            s.tier_mix,
            vec![
                (
                    Tier::Nano,
                    Mix {
                        min_pct: 10.0,
                        max_pct: 100.0
                    }
                ),
                (
                    Tier::Micro,
                    Mix {
                        min_pct: 60.0,
                        max_pct: 80.0
                    }
                ),
            ]
        );
    }

    #[test]
    fn bad_entries_are_reported_with_their_text_and_left_out() {
        let mut f = BudgetForm {
            budget: "lots".into(),
            posts_min: "2".into(),
            posts_max: "1".into(),
            conversion_rate: "150".into(),
            exclude: "bo, zed".into(),
            ..BudgetForm::default()
        };
        f.tier_min[Tier::Micro.index()] = "70".into();
        f.tier_max[Tier::Micro.index()] = "50".into();
        let (s, errors) = f.settings(&roster(), DecimalMark::Dot);
        let fields: Vec<FormField> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                FormField::Budget,
                FormField::ConversionRate,
                FormField::PostsMax,
                FormField::TierMax(Tier::Micro),
                FormField::Exclude
            ]
        );
        assert_eq!(errors[0].text, "lots");
        assert_eq!(
            errors[4].expected,
            Expected::Handles {
                unknown: vec!["zed".into()]
            }
        );
        // The rest still holds: bo is left out, the default budget is used.
        assert_eq!(s.excluded, vec![1]);
        assert_eq!(s.budget, 2_000.0);
        assert_eq!(s.posts, (2, 2));
        assert!(s.tier_mix.is_empty());
    }

    #[test]
    fn platform_mix_and_set_get() {
        let mut f = BudgetForm::default();
        f.set(FormField::PlatformMin(Platform::TikTok), "50".into());
        f.set(FormField::PlatformMax(Platform::Instagram), "30".into());
        assert_eq!(f.get(FormField::PlatformMin(Platform::TikTok)), "50");
        let (s, errors) = f.settings(&roster(), DecimalMark::Dot);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            s.platform_mix,
            vec![
                (
                    Platform::Instagram,
                    Mix {
                        min_pct: 0.0,
                        max_pct: 30.0
                    }
                ),
                (
                    Platform::TikTok,
                    Mix {
                        min_pct: 50.0,
                        max_pct: 100.0
                    }
                ),
            ]
        );
    }

    #[test]
    fn comma_decimal_locale() {
        let f = BudgetForm {
            budget: "1.500,50".into(),
            ..BudgetForm::default()
        };
        let (s, errors) = f.settings(&roster(), DecimalMark::Comma);
        assert!(errors.is_empty());
        assert_eq!(s.budget, 1_500.5);
    }
}
