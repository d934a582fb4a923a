//! What a plan is: its [`PlanLine`]s, [`Totals`] (spend, reach, engagements and conversions
//! as [`Range`]s, each objective's with [`Totals::of`], cost per result, concentration,
//! spend per tier and platform), its tier and platform bands resolved to cents with its
//! spend on each ([`BandTarget`]), the constraints it does not meet ([`Broken`]) and, for
//! the optimal plan, its [`Proof`]; [`Outcomes`] is a plan or why there is none. `assess`
//! works all of it out from posts.

use serde::{Deserialize, Serialize};

use super::candidates::{Candidate, Outcome};
use super::conflicts::Conflict;
use super::settings::{platform_index, tier_index, BandOf, Objective, SplitSettings, PLATFORMS};
use super::to_model::{bands_of, Built};
use super::units;
use crate::domain::roster::Platform;
use crate::domain::tier::Tier;

/// One line of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanLine {
    /// Index into [`Planning::pool`](super::Planning::pool)'s candidates.
    pub candidate: usize,
    /// Posts bought from the creator, at least 1.
    pub posts: u32,
    /// What they cost: posts × price, in cents.
    pub spend_cents: u64,
}

/// Pessimistic, expected and optimistic totals.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Range {
    /// The sum of the pessimistic figures.
    pub low: f64,
    /// The sum of the expected figures.
    pub expected: f64,
    /// The sum of the optimistic figures.
    pub high: f64,
}

impl Range {
    fn add(&mut self, o: &Outcome, posts: u32) {
        let k = f64::from(posts);
        self.low += o.low * k;
        self.expected += o.expected * k;
        self.high += o.high * k;
    }
}

/// What a plan buys and how it is spread. Serialised with the names of the CLI's `split`
/// JSON: money in the budget's currency (`spend`, `left_over`…), not cents; every figure
/// reads back to the last bit (the engine worker sends plans this way).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// What the plan spends, in cents.
    #[serde(rename = "spend", with = "units::money")]
    pub spend_cents: u64,
    /// What is left of the budget, in cents.
    #[serde(rename = "left_over", with = "units::money")]
    pub left_cents: u64,
    /// Creators in the plan.
    pub creators: u32,
    /// Posts in all (stopping at `u32::MAX`: each creator may have that many).
    pub posts: u32,
    /// People reached, over every post.
    pub reach: Range,
    /// Interactions, over every post.
    pub engagements: Range,
    /// Clicks or conversions, over every post; `None` when no candidate has figures for
    /// them.
    pub conversions: Option<Range>,
    /// Spend per expected engagement, in the budget's currency.
    pub cpe: Option<f64>,
    /// Spend per thousand people reached.
    pub cpm: Option<f64>,
    /// Spend per expected conversion.
    pub cpa: Option<f64>,
    /// The biggest single creator's share of the spend, in percent.
    #[serde(rename = "top_creator_share_pct")]
    pub top_share_pct: f64,
    /// Herfindahl–Hirschman index of the spend shares, 0–10,000.
    pub hhi: f64,
    /// Spend per tier in cents, in tier order, tiers with spend only.
    #[serde(rename = "spend_by_tier", with = "units::spend_map")]
    pub by_tier: Vec<(Tier, u64)>,
    /// Spend per platform in cents (Instagram, TikTok, YouTube, other), platforms with
    /// spend only.
    #[serde(rename = "spend_by_platform", with = "units::spend_map")]
    pub by_platform: Vec<(Platform, u64)>,
    /// Spend on posts whose price is a rate-card estimate, in cents.
    #[serde(rename = "spend_on_estimated_prices", with = "units::money")]
    pub estimated_price_cents: u64,
}

impl Totals {
    /// The total of what `objective` counts; `None` for conversions when no candidate has
    /// figures for them.
    pub fn of(&self, objective: Objective) -> Option<Range> {
        match objective {
            Objective::Reach => Some(self.reach),
            Objective::Engagements => Some(self.engagements),
            Objective::Conversions => self.conversions,
        }
    }
}

/// A tier's or platform's band of the settings resolved to cents of the budget, with the
/// plan's spend on it: what the solver holds the plan to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandTarget {
    /// The band.
    pub what: BandOf,
    /// The least the plan should spend on it, in cents.
    pub min_cents: u64,
    /// The most the plan may spend on it, in cents.
    pub max_cents: u64,
    /// What the plan spends on it, in cents.
    pub spend_cents: u64,
}

impl BandTarget {
    /// The plan's spend is inside the band (the rule [`Broken::Band`] reports broken).
    pub fn met(&self) -> bool {
        (self.min_cents..=self.max_cents).contains(&self.spend_cents)
    }
}

/// A constraint a (simple) plan does not meet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Broken {
    /// A tier's or platform's spend is outside its band.
    Band {
        /// The band.
        what: BandOf,
        /// The plan's spend on it, in percent of the budget.
        spend_pct: f64,
        /// The band's minimum, in percent of the budget.
        min_pct: f64,
        /// The band's maximum, in percent of the budget.
        max_pct: f64,
    },
    /// Fewer creators than the minimum.
    MinCreators {
        /// Creators in the plan.
        creators: u32,
        /// The minimum number of creators.
        min: u32,
    },
    /// More creators than the maximum.
    MaxCreators {
        /// Creators in the plan.
        creators: u32,
        /// The maximum number of creators.
        max: u32,
    },
    /// Forced creators left out of the plan.
    Forced {
        /// How many.
        missing: u32,
    },
}

/// The optimal plan's certificate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proof {
    /// No plan can reach more than this.
    pub upper_bound: f64,
    /// Percent below the upper bound.
    pub gap_pct: f64,
    /// The search finished: optimal (within 0.0001%).
    pub proven: bool,
}

/// One plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// One line per creator with posts.
    pub lines: Vec<PlanLine>,
    /// What the plan buys and how it is spread.
    pub totals: Totals,
    /// The settings' tier bands then platform bands, in their order, in cents with the
    /// plan's spend on each.
    pub bands: Vec<BandTarget>,
    /// The constraints the plan does not meet (the simple strategies do not try to).
    pub broken: Vec<Broken>,
    /// How close to the best possible plan it is; only the optimal plan has one.
    pub proof: Option<Proof>,
}

/// A strategy's result: a plan, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "result")]
pub enum Outcomes {
    /// A plan.
    Plan(Box<Plan>),
    /// The tier-mix split without a tier mix.
    NeedsTierMix,
    /// No plan: no candidate has figures for the objective, or (for the optimal plan) the
    /// constraints cannot all hold. These say which.
    Conflicts {
        /// The constraints that cannot hold, with their figures.
        conflicts: Vec<Conflict>,
    },
}

impl Outcomes {
    /// The plan, if there is one.
    pub fn plan(&self) -> Option<&Plan> {
        match self {
            Outcomes::Plan(p) => Some(p.as_ref()),
            _ => None,
        }
    }

    /// The plan, if there is one, to change.
    pub fn plan_mut(&mut self) -> Option<&mut Plan> {
        match self {
            Outcomes::Plan(p) => Some(p.as_mut()),
            _ => None,
        }
    }
}

/// Totals and broken constraints of the posts `posts[j]` for model item `j`.
pub(super) fn assess(pool: &[Candidate], built: &Built, s: &SplitSettings, posts: &[u32]) -> Plan {
    let m = &built.model;
    let mut lines = Vec::new();
    let mut t = Totals {
        spend_cents: 0,
        left_cents: 0,
        creators: 0,
        posts: 0,
        reach: Range::default(),
        engagements: Range::default(),
        conversions: pool
            .iter()
            .any(|c| c.conversions.is_some())
            .then(Range::default),
        cpe: None,
        cpm: None,
        cpa: None,
        top_share_pct: 0.0,
        hhi: 0.0,
        by_tier: Vec::new(),
        by_platform: Vec::new(),
        estimated_price_cents: 0,
    };
    let mut tiers = vec![0u64; Tier::ALL.len()];
    let mut platforms = vec![0u64; PLATFORMS.len()];
    for (j, &k) in posts.iter().enumerate() {
        if k == 0 {
            continue;
        }
        let ci = built.pool[j];
        let c = &pool[ci];
        let spend = m.items[j].price * u64::from(k);
        lines.push(PlanLine {
            candidate: ci,
            posts: k,
            spend_cents: spend,
        });
        // (Every plan keeps the budget, so its sums of cents fit; posts may not.)
        t.spend_cents += spend;
        t.creators += 1;
        t.posts = t.posts.saturating_add(k);
        t.reach.add(&c.reach, k);
        t.engagements.add(&c.engagements, k);
        if let (Some(r), Some(o)) = (t.conversions.as_mut(), c.conversions.as_ref()) {
            r.add(o, k);
        }
        tiers[tier_index(c.tier)] += spend;
        platforms[platform_index(c.platform)] += spend;
        if c.price_estimated {
            t.estimated_price_cents += spend;
        }
    }
    t.left_cents = m.budget.saturating_sub(t.spend_cents);
    let money = t.spend_cents as f64 / 100.0;
    let per = |x: f64, scale: f64| (x > 0.0).then(|| money / x * scale);
    t.cpe = per(t.engagements.expected, 1.0);
    t.cpm = per(t.reach.expected, 1000.0);
    t.cpa = t.conversions.and_then(|c| per(c.expected, 1.0));
    if t.spend_cents > 0 {
        let total = t.spend_cents as f64;
        for l in &lines {
            let share = l.spend_cents as f64 / total;
            t.top_share_pct = t.top_share_pct.max(share * 100.0);
            t.hhi += (share * 100.0) * (share * 100.0);
        }
    }
    t.by_tier = Tier::ALL
        .iter()
        .zip(&tiers)
        .filter(|(_, s)| **s > 0)
        .map(|(t, s)| (*t, *s))
        .collect();
    t.by_platform = PLATFORMS
        .iter()
        .zip(&platforms)
        .filter(|(_, s)| **s > 0)
        .map(|(p, s)| (*p, *s))
        .collect();
    // Constraints the plan does not meet.
    let mut broken = Vec::new();
    let mut bands = Vec::new();
    let pct = |c: u64| c as f64 / m.budget.max(1) as f64 * 100.0;
    for (what, mix) in bands_of(s) {
        let (b, spent) = match what {
            BandOf::Tier(x) => (m.groups[tier_index(x)], tiers[tier_index(x)]),
            BandOf::Platform(x) => (m.platforms[platform_index(x)], platforms[platform_index(x)]),
        };
        let target = BandTarget {
            what,
            min_cents: b.min,
            max_cents: b.max,
            spend_cents: spent,
        };
        bands.push(target);
        if !target.met() {
            broken.push(Broken::Band {
                what,
                spend_pct: pct(spent),
                min_pct: mix.min_pct,
                max_pct: mix.max_pct,
            });
        }
    }
    if t.creators < m.min_count {
        broken.push(Broken::MinCreators {
            creators: t.creators,
            min: m.min_count,
        });
    }
    if t.creators > m.max_count {
        broken.push(Broken::MaxCreators {
            creators: t.creators,
            max: m.max_count,
        });
    }
    let missing = m
        .items
        .iter()
        .zip(posts)
        .filter(|(it, &k)| it.forced && k == 0)
        .count() as u32;
    if missing > 0 {
        broken.push(Broken::Forced { missing });
    }
    Plan {
        lines,
        totals: t,
        bands,
        broken,
        proof: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::settings::Mix;
    use crate::domain::split::testgen::candidate;
    use crate::domain::split::to_model::build;
    use crate::domain::split::Objective;

    #[test]
    fn totals_and_broken_constraints_of_some_posts() {
        let pool = [
            candidate(0, Tier::Micro, Platform::Instagram, 1_000, 10.0),
            candidate(1, Tier::Mega, Platform::TikTok, 6_000, 900.0),
        ];
        let s = SplitSettings {
            budget: 100.0,
            min_creators: 3,
            tier_mix: vec![(
                Tier::Micro,
                Mix {
                    min_pct: 50.0,
                    max_pct: 100.0,
                },
            )],
            ..SplitSettings::default()
        };
        let built = build(&pool, &s, Objective::Engagements);
        let p = assess(&pool, &built, &s, &[2, 1]);
        let t = &p.totals;
        assert_eq!((t.spend_cents, t.left_cents), (8_000, 2_000));
        assert_eq!((t.creators, t.posts), (2, 3));
        assert_eq!(t.engagements.expected, 920.0);
        assert_eq!(t.reach.expected, 9_200.0);
        assert_eq!(t.conversions, None);
        assert_eq!(t.cpe, Some(80.0 / 920.0));
        assert_eq!(t.top_share_pct, 75.0);
        assert_eq!(t.hhi, 75.0 * 75.0 + 25.0 * 25.0);
        assert_eq!(t.by_tier, vec![(Tier::Micro, 2_000), (Tier::Mega, 6_000)]);
        assert_eq!(
            t.by_platform,
            vec![(Platform::Instagram, 2_000), (Platform::TikTok, 6_000)]
        );
        assert_eq!(
            p.broken,
            vec![
                Broken::Band {
                    what: BandOf::Tier(Tier::Micro),
                    spend_pct: 20.0,
                    min_pct: 50.0,
                    max_pct: 100.0
                },
                Broken::MinCreators {
                    creators: 2,
                    min: 3
                },
            ]
        );
        assert_eq!(p.lines[1].spend_cents, 6_000);
        assert!(p.proof.is_none());
        // The band in cents, with the spend that breaks it.
        assert_eq!(
            p.bands,
            vec![BandTarget {
                what: BandOf::Tier(Tier::Micro),
                min_cents: 5_000,
                max_cents: 10_000,
                spend_cents: 2_000,
            }]
        );
        assert!(!p.bands[0].met());
        assert_eq!(t.of(Objective::Engagements), Some(t.engagements));
        assert_eq!(t.of(Objective::Reach), Some(t.reach));
        assert_eq!(t.of(Objective::Conversions), None);
    }
}
