//! What the planner is asked: the goal ([`Objective`]), the ways of splitting
//! ([`Strategy`]), and every setting of a split ([`SplitSettings`]: budget, posts per creator,
//! tier and platform bands as [`Mix`]es, the [`Cap`], creator counts, forced and excluded
//! creators), with the names of its bands ([`BandOf`], [`Bands`]).

use serde::{Deserialize, Serialize};

use crate::domain::roster::Platform;
use crate::domain::tier::Tier;

/// What the plan maximises, by funnel stage (seed 001).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Awareness: people reached.
    Reach,
    /// Consideration: likes, comments, shares, saves.
    Engagements,
    /// Action: clicks or conversions.
    Conversions,
}

impl Objective {
    /// Every objective, by funnel stage.
    pub const ALL: [Objective; 3] = [
        Objective::Reach,
        Objective::Engagements,
        Objective::Conversions,
    ];

    /// Stable id (`reach`, `engagements`, `conversions`), for the CLI, saved settings and
    /// translation keys.
    pub fn id(self) -> &'static str {
        match self {
            Objective::Reach => "reach",
            Objective::Engagements => "engagements",
            Objective::Conversions => "conversions",
        }
    }

    /// The objective with this [`Objective::id`]; `None` for an unknown id.
    pub fn from_id(id: &str) -> Option<Objective> {
        Objective::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// How the money is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// The same amount for each of the chosen creators.
    Equal,
    /// Money in proportion to each creator's expected outcome per post.
    Proportional,
    /// Each tier gets the middle of its band; inside a tier, the best value first.
    TierMix,
    /// Whole posts chosen to maximise the objective under every constraint.
    Optimal,
}

impl Strategy {
    /// Every strategy, in the order [`plan_all`](super::plan_all) makes and lists their plans.
    pub const ALL: [Strategy; 4] = [
        Strategy::Equal,
        Strategy::Proportional,
        Strategy::TierMix,
        Strategy::Optimal,
    ];

    /// Stable id (`equal`, `proportional`, `tier-mix`, `optimal`), for the CLI and
    /// translation keys.
    pub fn id(self) -> &'static str {
        match self {
            Strategy::Equal => "equal",
            Strategy::Proportional => "proportional",
            Strategy::TierMix => "tier-mix",
            Strategy::Optimal => "optimal",
        }
    }

    /// The strategy with this [`Strategy::id`]; `None` for an unknown id.
    pub fn from_id(id: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The most one creator may get.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Cap {
    /// Percent of the budget.
    Percent(f64),
    /// An amount of money, in the budget's currency.
    Amount(f64),
}

/// A spend band in percent of the total budget, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mix {
    /// The least share of the budget, in percent (0–100).
    pub min_pct: f64,
    /// The most share of the budget, in percent (0–100).
    pub max_pct: f64,
}

/// Everything the planner sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SplitSettings {
    /// In the roster's currency.
    pub budget: f64,
    /// What the plan maximises.
    pub objective: Objective,
    /// Percent of engagements that become a click or conversion, typed by the user; used
    /// where the roster has no conversions column (and marked "assumed").
    pub conversion_rate_pct: Option<f64>,
    /// Posts per chosen creator, `min..=max` (min at least 1).
    pub posts: (u32, u32),
    /// Spend bands per tier; a tier not listed has no band.
    pub tier_mix: Vec<(Tier, Mix)>,
    /// Spend bands per platform; a platform not listed has no band.
    pub platform_mix: Vec<(Platform, Mix)>,
    /// The most one creator may get; `None` for no cap.
    pub cap: Option<Cap>,
    /// The fewest creators a plan may have (0: no minimum).
    pub min_creators: u32,
    /// The most creators a plan may have; `None` for no maximum.
    pub max_creators: Option<u32>,
    /// Creators (indices into the roster) that must be in the plan.
    pub forced: Vec<usize>,
    /// Creators (indices into the roster) that must not.
    pub excluded: Vec<usize>,
}

impl Default for SplitSettings {
    fn default() -> Self {
        SplitSettings {
            budget: 2_000.0,
            objective: Objective::Engagements,
            conversion_rate_pct: None,
            posts: (1, 3),
            tier_mix: Vec::new(),
            platform_mix: Vec::new(),
            cap: None,
            min_creators: 0,
            max_creators: None,
            forced: Vec::new(),
            excluded: Vec::new(),
        }
    }
}

/// Which kind of bands: the tiers' or the platforms'.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bands {
    /// The tiers' bands ([`SplitSettings::tier_mix`]).
    Tiers,
    /// The platforms' bands ([`SplitSettings::platform_mix`]).
    Platforms,
}

/// One band of the settings: a tier's or a platform's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum BandOf {
    /// The band of this tier.
    Tier(Tier),
    /// The band of this platform.
    Platform(Platform),
}

/// A tier's place in [`Tier::ALL`], the order of the solver's groups.
pub(super) fn tier_index(t: Tier) -> usize {
    Tier::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// A platform's place in [`PLATFORMS`].
pub(super) fn platform_index(p: Platform) -> usize {
    match p {
        Platform::Instagram => 0,
        Platform::TikTok => 1,
        Platform::YouTube => 2,
        Platform::Other => 3,
    }
}

/// The platforms in the order of the solver's platform bands and the budget form's fields.
pub(super) const PLATFORMS: [Platform; 4] = [
    Platform::Instagram,
    Platform::TikTok,
    Platform::YouTube,
    Platform::Other,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_what_they_name() {
        for o in Objective::ALL {
            assert_eq!(Objective::from_id(o.id()), Some(o));
        }
        for s in Strategy::ALL {
            assert_eq!(Strategy::from_id(s.id()), Some(s));
        }
        assert_eq!(Strategy::from_id("best"), None);
    }

    #[test]
    fn tiers_and_platforms_are_numbered_in_their_lists_order() {
        for (i, t) in Tier::ALL.iter().enumerate() {
            assert_eq!(tier_index(*t), i);
        }
        for (i, p) in PLATFORMS.iter().enumerate() {
            assert_eq!(platform_index(*p), i);
        }
    }
}
