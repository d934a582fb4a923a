//! What the app keeps in the browser between visits (autosave): every setting and the budget
//! panel, as one JSON record; the roster's text is kept beside it (see the app's storage).
//! A record of another version, or one that does not parse, is ignored rather than trusted.

use serde::{Deserialize, Serialize};

use super::analysis::Interactions;
use super::benchmark::{ErBasis, PriceRange, RateCard};
use super::header::Field;
use super::roster::Platform;
use super::split::form::BudgetForm;
use super::tier::{builtin_schemes, TierScheme};

/// Bumped when the record's shape changes.
pub const SAVED_VERSION: u32 = 1;

/// The most a rate card may say one post costs, in its currency (a trillion: more than any
/// post, in any currency, and far from where sums of cents overflow).
pub const MAX_RATE: f64 = 1e12;

/// Where the kept roster came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SavedSource {
    /// No roster is kept.
    #[default]
    None,
    /// Text the user pasted or typed.
    Pasted,
    /// The built-in sample roster.
    Sample,
    /// A file the user opened.
    File {
        /// The file's name, as the browser gave it.
        name: String,
    },
}

/// Everything but the roster's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    /// The record's shape; only [`SAVED_VERSION`] is read back.
    pub version: u32,
    /// The tier scheme in use (a built-in one by id, or custom cut-offs).
    pub scheme: TierScheme,
    /// The id of the built-in scheme to compare with; `None` for no comparison.
    pub compare: Option<String>,
    /// Which interactions count towards E.
    pub interactions: Interactions,
    /// What the headline ER divides by.
    pub basis: ErBasis,
    /// The rate card, as edited.
    pub rate_card: RateCard,
    /// The platform of rows without one, when it is not inferred.
    pub default_platform: Platform,
    /// Take the platform of rows without one from the file's words before
    /// `default_platform` (the setting "From the file"). Records from before it existed
    /// meant an explicit platform only when it was not Instagram.
    #[serde(default = "infer_by_default")]
    pub infer_platform: bool,
    /// The user's column mapping by 0-based column index (`None`: ignore the column), as in
    /// `ReadOptions::mapping`.
    pub mapping: Vec<(usize, Option<Field>)>,
    /// The budget panel's fields, as typed.
    pub budget: BudgetForm,
    /// Where the kept roster came from.
    pub source: SavedSource,
}

fn infer_by_default() -> bool {
    true
}

impl SavedState {
    /// The record as JSON; empty if it cannot be written (it always can).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The record, if it is one of this version, [`sanitized`](Self::sanitized).
    pub fn from_json(text: &str) -> Option<SavedState> {
        serde_json::from_str::<SavedState>(text)
            .ok()
            .filter(|s| s.version == SAVED_VERSION)
            .map(SavedState::sanitized)
    }

    /// The record made safe to use. A record can come from anyone (a share link, a file), so
    /// nothing in it is trusted, but nothing usable is thrown away either: a built-in
    /// scheme is taken from the code (never with other cut-offs under its name), a custom
    /// one that does not hold together or an unknown one becomes the default, a price range
    /// that is not one (a negative amount, "to" below "from") gets the source's figures
    /// back, an unknown comparison is dropped.
    pub fn sanitized(mut self) -> SavedState {
        let builtin = builtin_schemes();
        self.scheme = match builtin.iter().find(|s| s.id == self.scheme.id) {
            Some(scheme) => scheme.clone(),
            None if self.scheme.id == "custom" => {
                TierScheme::custom(self.scheme.min_followers).unwrap_or_else(|_| builtin[0].clone())
            }
            None => builtin[0].clone(),
        };
        if let Some(id) = &self.compare {
            if !builtin.iter().any(|s| &s.id == id) {
                self.compare = None;
            }
        }
        // A range is usable when it is one and its estimate is a real amount (1e308 to
        // 1.7e308 is a valid range whose middle is infinite). A broken one gets the
        // source's figures back; a platform the source has no row for (`other`) then has
        // its row dropped, as does a platform's second row (the first is the one used).
        let usable = |r: &PriceRange| {
            r.is_valid() && r.low <= MAX_RATE && r.high.is_none_or(|h| h <= MAX_RATE)
        };
        let source = RateCard::default();
        let mut seen: Vec<Platform> = Vec::new();
        self.rate_card.rows.retain_mut(|(platform, ranges)| {
            if seen.contains(platform) {
                return false;
            }
            seen.push(*platform);
            let own = source.rows.iter().find(|(p, _)| p == platform);
            for (band, r) in ranges.iter_mut().enumerate() {
                if !usable(r) {
                    match own {
                        Some((_, own)) => *r = own[band],
                        None => return false,
                    }
                }
            }
            true
        });
        self
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::{builtin_schemes, Tier};

    pub(crate) fn sample() -> SavedState {
        // Edited cut-offs make a custom scheme, as in the app.
        let mut mins = builtin_schemes()[2].min_followers;
        mins[Tier::Micro.index()] = Some(7_000);
        let scheme = TierScheme::custom(mins).expect("rising cut-offs");
        let mut budget = BudgetForm {
            budget: "3500".into(),
            ..BudgetForm::default()
        };
        budget.tier_min[Tier::Micro.index()] = "60".into();
        let mut rate_card = RateCard {
            edited: true,
            ..RateCard::default()
        };
        rate_card.rows[0].1[1].high = Some(650.0);
        SavedState {
            version: SAVED_VERSION,
            scheme,
            compare: Some("seeds".into()),
            interactions: Interactions::ALL[2],
            basis: ErBasis::Views,
            rate_card,
            default_platform: Platform::TikTok,
            infer_platform: false,
            mapping: vec![(3, Some(Field::Followers)), (5, None)],
            budget,
            source: SavedSource::File {
                name: "roster.csv".into(),
            },
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let s = sample();
        assert_eq!(SavedState::from_json(&s.to_json()), Some(s));
    }

    #[test]
    fn records_from_outside_are_made_safe() {
        let own = builtin_schemes();
        // A built-in scheme's name with other cut-offs gets the real ones.
        let mut s = sample();
        s.scheme.id = own[2].id.clone();
        s.scheme.min_followers[Tier::Micro.index()] = Some(3);
        s.scheme.source = "trust me".into();
        assert_eq!(s.clone().sanitized().scheme, own[2]);
        // A custom scheme that does not rise, or an unknown one, becomes the default.
        s.scheme.id = "custom".into();
        s.scheme.min_followers = [Some(0), Some(5_000), Some(1_000), None, None, None];
        assert_eq!(s.clone().sanitized().scheme, own[0]);
        s.scheme.id = "nonesuch".into();
        assert_eq!(s.clone().sanitized().scheme, own[0]);
        // An unknown comparison is dropped; a broken price range gets the source's back,
        // the user's other edits stay.
        let mut s = sample();
        s.compare = Some("<img>".into());
        s.rate_card.rows[0].1[0].low = -5.0;
        s.rate_card.rows[0].1[2].high = Some(s.rate_card.rows[0].1[2].low - 1.0);
        let safe = s.clone().sanitized();
        assert_eq!(safe.compare, None);
        let source = RateCard::default();
        assert_eq!(safe.rate_card.rows[0].1[0], source.rows[0].1[0]);
        assert_eq!(safe.rate_card.rows[0].1[2], source.rows[0].1[2]);
        assert_eq!(safe.rate_card.rows[0].1[1], s.rate_card.rows[0].1[1]);
        assert_eq!(safe.budget, s.budget);
        // What autosave kept comes back made safe, not thrown away.
        let back = SavedState::from_json(&s.to_json()).expect("kept");
        assert_eq!(back, safe);
    }

    #[test]
    fn every_rate_card_range_that_opens_is_usable() {
        // Found by the share fuzz target: a valid range whose middle is infinite, a row for
        // a platform the source has no figures for, a platform twice.
        let mut s = sample();
        let huge = PriceRange {
            low: 1e308,
            high: Some(f64::MAX),
        };
        assert!(huge.is_valid() && huge.point().is_infinite());
        s.rate_card.rows[2].1[3] = huge;
        let mut other = s.rate_card.rows[0];
        other.0 = Platform::Other;
        other.1[1].low = -1.0;
        s.rate_card.rows.push(other);
        let mut second = s.rate_card.rows[1];
        second.1[0].low = 7.0;
        s.rate_card.rows.push(second);
        let safe = SavedState::from_json(&s.to_json()).expect("kept");
        let source = RateCard::default();
        assert_eq!(safe.rate_card.rows[2].1[3], source.rows[2].1[3]);
        let platforms: Vec<Platform> = safe.rate_card.rows.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            platforms,
            vec![Platform::Instagram, Platform::TikTok, Platform::YouTube]
        );
        assert_eq!(
            safe.rate_card.rows[1], s.rate_card.rows[1],
            "the first row is kept"
        );
        for (_, ranges) in &safe.rate_card.rows {
            assert!(ranges.iter().all(|r| r.is_valid() && r.point().is_finite()));
        }
        // A row for `other` whose figures are all usable is kept.
        let mut s = sample();
        other.1[1].low = 1.0;
        s.rate_card.rows.push(other);
        assert_eq!(s.clone().sanitized().rate_card.rows.last(), Some(&other));
    }

    #[test]
    fn other_versions_and_garbage_are_ignored() {
        let mut s = sample();
        s.version = SAVED_VERSION + 1;
        assert_eq!(SavedState::from_json(&s.to_json()), None);
        assert_eq!(SavedState::from_json("{\"version\":1"), None);
        assert_eq!(SavedState::from_json(""), None);
    }
}
