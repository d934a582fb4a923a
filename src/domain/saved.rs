//! What the app keeps in the browser between visits (autosave): every setting and the budget
//! panel, as one JSON record; the roster's text is kept beside it (see the app's storage).
//! A record of another version, or one that does not parse, is ignored rather than trusted.

use serde::{Deserialize, Serialize};

use super::analysis::Interactions;
use super::benchmark::{ErBasis, RateCard};
use super::header::Field;
use super::roster::Platform;
use super::split::form::BudgetForm;
use super::tier::TierScheme;

/// Bumped when the record's shape changes.
pub const SAVED_VERSION: u32 = 1;

/// Where the kept roster came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SavedSource {
    #[default]
    None,
    Pasted,
    Sample,
    File {
        name: String,
    },
}

/// Everything but the roster's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u32,
    pub scheme: TierScheme,
    pub compare: Option<String>,
    pub interactions: Interactions,
    pub basis: ErBasis,
    pub rate_card: RateCard,
    pub default_platform: Platform,
    pub mapping: Vec<(usize, Option<Field>)>,
    pub budget: BudgetForm,
    pub source: SavedSource,
}

impl SavedState {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The record, if it is one of this version.
    pub fn from_json(text: &str) -> Option<SavedState> {
        serde_json::from_str::<SavedState>(text)
            .ok()
            .filter(|s| s.version == SAVED_VERSION)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::{builtin_schemes, Tier};

    pub(crate) fn sample() -> SavedState {
        let mut scheme = builtin_schemes()[2].clone();
        scheme.min_followers[Tier::Micro.index()] = Some(7_000);
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
    fn other_versions_and_garbage_are_ignored() {
        let mut s = sample();
        s.version = SAVED_VERSION + 1;
        assert_eq!(SavedState::from_json(&s.to_json()), None);
        assert_eq!(SavedState::from_json("{\"version\":1"), None);
        assert_eq!(SavedState::from_json(""), None);
    }
}
