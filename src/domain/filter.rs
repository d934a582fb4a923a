//! Which creators the table shows: a filter by handle or name, tier, platform and flags.
//! Pure, so the page (and later its worker) and tests share it.

use super::analysis::CreatorKey;
use super::roster::{Creator, Platform};
use super::tier::Tier;

/// What the user asked to see; the default shows everyone.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatorFilter {
    /// Part of a handle or name, any case (`@` ignored).
    pub text: String,
    /// Only creators of this tier; `None`: every tier (and creators without one).
    pub tier: Option<Tier>,
    /// Only creators on this platform; `None`: every platform.
    pub platform: Option<Platform>,
    /// Only creators with a data-quality flag.
    pub flagged: bool,
}

/// One change to a filter: applied to the filter as it is then, so quick changes in a row
/// never undo each other.
#[derive(Clone, Debug, PartialEq)]
pub enum FilterEdit {
    /// Sets the handle or name text.
    Text(String),
    /// Sets the tier (`None`: every tier).
    Tier(Option<Tier>),
    /// Sets the platform (`None`: every platform).
    Platform(Option<Platform>),
    /// Sets whether only flagged creators are shown.
    Flagged(bool),
    /// Show everyone.
    Clear,
}

impl CreatorFilter {
    /// The filter with one change made.
    pub fn edit(&mut self, edit: FilterEdit) {
        match edit {
            FilterEdit::Text(t) => self.text = t,
            FilterEdit::Tier(t) => self.tier = t,
            FilterEdit::Platform(p) => self.platform = p,
            FilterEdit::Flagged(f) => self.flagged = f,
            FilterEdit::Clear => *self = CreatorFilter::default(),
        }
    }

    /// Shows everyone.
    pub fn is_empty(&self) -> bool {
        self.needle().is_empty() && self.tier.is_none() && self.platform.is_none() && !self.flagged
    }

    fn needle(&self) -> String {
        self.text.trim().trim_start_matches('@').to_lowercase()
    }

    /// The indices of `creators` (with their analysis `keys`) the filter lets through, in order.
    pub fn apply(&self, creators: &[Creator], keys: &[CreatorKey]) -> Vec<usize> {
        let needle = self.needle();
        // Called with a needle that is not empty.
        let has = |hay: &str| {
            // Most handles are ASCII: compare without allocating when they are.
            if hay.is_ascii() && needle.is_ascii() {
                hay.as_bytes()
                    .windows(needle.len())
                    .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
            } else {
                hay.to_lowercase().contains(&needle)
            }
        };
        creators
            .iter()
            .zip(keys)
            .enumerate()
            .filter(|(_, (c, k))| {
                self.tier.is_none_or(|t| k.tier == Some(t))
                    && self.platform.is_none_or(|p| c.platform == p)
                    && (!self.flagged || k.flags > 0)
                    && (needle.is_empty() || has(&c.handle) || has(&c.name))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{analyze, read_roster, ReadOptions, Settings};

    #[test]
    fn filters_by_text_tier_platform_and_flags() {
        let r = read_roster(
            "handle,name,platform,followers,likes,comments\n\
             @Ana.Bakes,Ana Piekarz,instagram,5000,250,10\n\
             bo.runs,Bo,tiktok,50000,4000,100\n\
             zoë.art,Zoë Łódź,instagram,20000,10,1\n\
             cy,,youtube,,5,1\n"
                .as_bytes(),
            &ReadOptions::default(),
        );
        let a = analyze(&r, &Settings::default());
        let f = |filter: CreatorFilter| filter.apply(&r.creators, &a.keys);
        assert_eq!(f(CreatorFilter::default()), vec![0, 1, 2, 3]);
        assert!(CreatorFilter::default().is_empty());
        let text = |t: &str| CreatorFilter {
            text: t.into(),
            ..Default::default()
        };
        assert_eq!(f(text("ana")), vec![0]);
        assert_eq!(f(text("@ANA.b")), vec![0]);
        assert_eq!(f(text("piekarz")), vec![0], "by name too");
        assert_eq!(f(text("ZOË")), vec![2], "any case, beyond ASCII");
        assert_eq!(f(text("łódź")), vec![2]);
        assert_eq!(f(text("  ")), vec![0, 1, 2, 3]);
        assert_eq!(f(text("nobody")), Vec::<usize>::new());
        assert_eq!(
            f(CreatorFilter {
                platform: Some(Platform::Instagram),
                ..Default::default()
            }),
            vec![0, 2]
        );
        assert_eq!(
            f(CreatorFilter {
                tier: Some(Tier::Micro),
                ..Default::default()
            }),
            vec![1, 2]
        );
        // zoë: 0.055% against 3-5.5% is far below.
        let flagged = f(CreatorFilter {
            flagged: true,
            ..Default::default()
        });
        assert!(flagged.contains(&2), "{flagged:?}");
        assert!(!flagged.contains(&1), "{flagged:?}");
        assert!(flagged.iter().all(|&i| a.keys[i].flags > 0));
    }

    #[test]
    fn edits_in_a_row_keep_each_other() {
        let mut f = CreatorFilter::default();
        f.edit(FilterEdit::Tier(Some(Tier::Micro)));
        f.edit(FilterEdit::Platform(Some(Platform::TikTok)));
        f.edit(FilterEdit::Text("ana".into()));
        assert_eq!(
            f,
            CreatorFilter {
                text: "ana".into(),
                tier: Some(Tier::Micro),
                platform: Some(Platform::TikTok),
                flagged: false,
            }
        );
        f.edit(FilterEdit::Clear);
        assert!(f.is_empty());
    }
}
