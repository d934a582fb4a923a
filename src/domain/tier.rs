//! Follower tiers and the schemes that define them (each with its source, shown beside the scheme).
//!
//! A scheme gives each tier it uses the lowest follower count that belongs to it.
//! Intervals are half-open: exactly 10,000 followers is micro under the default scheme.

use serde::Serialize;

/// A follower tier, smallest first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// The smallest accounts: under 1,000 followers in the default scheme.
    Emerging,
    /// 1,000 to 10,000 followers in the default scheme.
    Nano,
    /// 10,000 to 100,000 followers in the default scheme.
    Micro,
    /// Between micro and macro; the default scheme does not use it (HypeAuditor: 20,000 to
    /// 100,000).
    Mid,
    /// 100,000 to 1,000,000 followers in the default scheme.
    Macro,
    /// 1,000,000 followers and up in every built-in scheme.
    Mega,
}

impl Tier {
    /// Every tier, smallest first.
    pub const ALL: [Tier; 6] = [
        Tier::Emerging,
        Tier::Nano,
        Tier::Micro,
        Tier::Mid,
        Tier::Macro,
        Tier::Mega,
    ];

    /// Lower-case id used by the CLI and in translation keys.
    pub fn id(self) -> &'static str {
        match self {
            Tier::Emerging => "emerging",
            Tier::Nano => "nano",
            Tier::Micro => "micro",
            Tier::Mid => "mid",
            Tier::Macro => "macro",
            Tier::Mega => "mega",
        }
    }

    /// The tier's 0-based position in [`Tier::ALL`], the index into
    /// [`TierScheme::min_followers`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A tier scheme: for each tier, the lowest follower count in it, or `None` when the scheme
/// does not use that tier. Minimums of the tiers in use rise strictly.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct TierScheme {
    /// Stable id: `seeds`, `broad-micro`, `hypeauditor`, `later-fohr`, `hootsuite`, `custom`.
    pub id: String,
    /// Where the cut-offs come from, shown beside the scheme.
    pub source: String,
    /// Per tier in [`Tier::ALL`] order, the lowest follower count in it; `None` for a tier
    /// the scheme does not use.
    pub min_followers: [Option<u64>; 6],
}

/// The built-in schemes, default first. Figures from each scheme's source (`scheme_source`).
pub fn builtin_schemes() -> Vec<TierScheme> {
    let s = |id: &str, source: &str, m: [Option<u64>; 6]| TierScheme {
        id: id.to_string(),
        source: source.to_string(),
        min_followers: m,
    };
    vec![
        s(
            "seeds",
            "Shopify (seed 002), seeds 003 and 004",
            [
                Some(0),
                Some(1_000),
                Some(10_000),
                None,
                Some(100_000),
                Some(1_000_000),
            ],
        ),
        s(
            "broad-micro",
            "Seed 000",
            [
                Some(0),
                None,
                Some(1_000),
                None,
                Some(100_000),
                Some(1_000_000),
            ],
        ),
        s(
            "hypeauditor",
            "HypeAuditor (older tiers)",
            [
                Some(0),
                Some(1_000),
                Some(5_000),
                Some(20_000),
                Some(100_000),
                Some(1_000_000),
            ],
        ),
        s(
            "later-fohr",
            "Later × Fohr, 2021",
            [
                None,
                Some(0),
                Some(10_000),
                Some(100_000),
                Some(500_000),
                Some(1_000_000),
            ],
        ),
        s(
            "hootsuite",
            "Hootsuite",
            [
                Some(0),
                Some(1_000),
                Some(10_000),
                Some(50_000),
                Some(500_000),
                Some(1_000_000),
            ],
        ),
    ]
}

/// The built-in scheme with this id; `None` for an id no built-in scheme has.
pub fn scheme_by_id(id: &str) -> Option<TierScheme> {
    builtin_schemes().into_iter().find(|s| s.id == id)
}

/// Why a set of cut-offs cannot be a scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemeError {
    /// No tier is switched on.
    NoTiers,
    /// The lowest tier in use must start at 0 so every creator has a tier.
    MustStartAtZero(Tier),
    /// This tier starts at or below the tier before it.
    NotRising {
        /// The tier that starts too low.
        tier: Tier,
        /// The tier in use before it.
        previous: Tier,
    },
}

/// A plain English fallback; the words users read are in the translation table.
impl std::fmt::Display for SchemeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemeError::NoTiers => f.write_str("no tier is switched on"),
            SchemeError::MustStartAtZero(t) => {
                write!(f, "the lowest tier ({}) must start at 0", t.id())
            }
            SchemeError::NotRising { tier, previous } => {
                write!(f, "{} must start above {}", tier.id(), previous.id())
            }
        }
    }
}

impl std::error::Error for SchemeError {}

impl TierScheme {
    /// A custom scheme from edited cut-offs, checked.
    pub fn custom(min_followers: [Option<u64>; 6]) -> Result<TierScheme, SchemeError> {
        let scheme = TierScheme {
            id: "custom".to_string(),
            // Shown through the translation table ("scheme.custom_source").
            source: String::new(),
            min_followers,
        };
        scheme.validate()?;
        Ok(scheme)
    }

    /// Checks the cut-offs: at least one tier in use, the lowest starting at 0, and the
    /// minimums rising strictly.
    pub fn validate(&self) -> Result<(), SchemeError> {
        let used: Vec<(Tier, u64)> = self.tiers().collect();
        let Some(&(first, first_min)) = used.first() else {
            return Err(SchemeError::NoTiers);
        };
        if first_min != 0 {
            return Err(SchemeError::MustStartAtZero(first));
        }
        for pair in used.windows(2) {
            if pair[1].1 <= pair[0].1 {
                return Err(SchemeError::NotRising {
                    tier: pair[1].0,
                    previous: pair[0].0,
                });
            }
        }
        Ok(())
    }

    /// The tiers this scheme uses with their minimums, smallest first.
    pub fn tiers(&self) -> impl Iterator<Item = (Tier, u64)> + '_ {
        Tier::ALL
            .into_iter()
            .filter_map(|t| self.min_followers[t.index()].map(|m| (t, m)))
    }

    /// The tier of a creator with this many followers: the highest tier whose minimum is at
    /// most `followers`. `None` for negative or non-finite counts.
    pub fn classify(&self, followers: f64) -> Option<Tier> {
        if !followers.is_finite() || followers < 0.0 {
            return None;
        }
        let mut found = None;
        for (tier, min) in self.tiers() {
            if followers >= min as f64 {
                found = Some(tier);
            } else {
                break;
            }
        }
        found
    }

    /// The exclusive upper bound of `tier`'s interval, `None` for the top tier.
    pub fn upper_bound(&self, tier: Tier) -> Option<u64> {
        self.tiers()
            .skip_while(|(t, _)| *t != tier)
            .nth(1)
            .map(|(_, m)| m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> TierScheme {
        scheme_by_id("seeds").unwrap()
    }

    #[test]
    fn intervals_are_half_open() {
        let s = seeds();
        assert_eq!(s.classify(999.0), Some(Tier::Emerging));
        assert_eq!(s.classify(1_000.0), Some(Tier::Nano));
        assert_eq!(s.classify(9_999.0), Some(Tier::Nano));
        assert_eq!(s.classify(10_000.0), Some(Tier::Micro));
        assert_eq!(s.classify(99_999.0), Some(Tier::Micro));
        assert_eq!(s.classify(100_000.0), Some(Tier::Macro));
        assert_eq!(s.classify(999_999.0), Some(Tier::Macro));
        assert_eq!(s.classify(1_000_000.0), Some(Tier::Mega));
    }

    #[test]
    fn every_builtin_scheme_is_valid_and_starts_at_zero() {
        for s in builtin_schemes() {
            assert_eq!(s.validate(), Ok(()), "{}", s.id);
            assert!(s.classify(0.0).is_some(), "{}", s.id);
        }
    }

    #[test]
    fn schemes_disagree_where_domain_says_they_do() {
        let hype = scheme_by_id("hypeauditor").unwrap();
        let later = scheme_by_id("later-fohr").unwrap();
        let hoot = scheme_by_id("hootsuite").unwrap();
        let broad = scheme_by_id("broad-micro").unwrap();
        assert_eq!(hype.classify(7_000.0), Some(Tier::Micro));
        assert_eq!(hype.classify(50_000.0), Some(Tier::Mid));
        assert_eq!(later.classify(500.0), Some(Tier::Nano));
        assert_eq!(later.classify(600_000.0), Some(Tier::Macro));
        assert_eq!(hoot.classify(60_000.0), Some(Tier::Mid));
        assert_eq!(broad.classify(5_000.0), Some(Tier::Micro));
    }

    #[test]
    fn custom_cutoffs_are_checked() {
        assert_eq!(
            TierScheme::custom([None, Some(0), Some(5_000), None, Some(5_000), None]),
            Err(SchemeError::NotRising {
                tier: Tier::Macro,
                previous: Tier::Micro
            })
        );
        assert_eq!(
            TierScheme::custom([None, Some(10), None, None, None, None]),
            Err(SchemeError::MustStartAtZero(Tier::Nano))
        );
        assert_eq!(TierScheme::custom([None; 6]), Err(SchemeError::NoTiers));
        let s = TierScheme::custom([None, Some(0), Some(2_000), None, None, None]).unwrap();
        assert_eq!(s.classify(2_000.0), Some(Tier::Micro));
        assert_eq!(s.upper_bound(Tier::Nano), Some(2_000));
        assert_eq!(s.upper_bound(Tier::Micro), None);
    }

    #[test]
    fn bad_counts_have_no_tier() {
        assert_eq!(seeds().classify(-1.0), None);
        assert_eq!(seeds().classify(f64::NAN), None);
    }
}
