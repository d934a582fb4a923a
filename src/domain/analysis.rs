//! Roster + settings → per-creator metrics (tier, engagement rates, benchmark, cost, flags)
//! and the tier summary. The formulas, as the Formulas panel states them:
//!
//! - E (interactions per post) = likes + comments [+ shares] [+ saves], per the setting;
//!   when the roster gives neither likes nor comments, its "engagements" column is E.
//! - ER by followers = E / followers × 100; by reach = E / reach × 100; by views = E / views × 100.
//!   With per-post rows: the mean is the mean of per-post rates (Flowbox's average ERR), and
//!   the median the median of per-post rates.
//! - Likes-to-followers = likes / followers × 100 (InfluencerDB).
//! - CPE = price / E; CPM = price / impressions × 1000 (views, reach or followers stand in,
//!   labelled); CPV = price / views.

use serde::Serialize;

use super::benchmark::{
    benchmark_for, healthy_comments_per_100_likes, rating, Benchmark, Comparison, ErBasis,
    PriceRange, RateCard, Rating, FAR_ABOVE_FACTOR, FAR_BELOW_FACTOR,
};
use super::currency::Currency;
use super::roster::{Creator, Metric, Platform, Roster, Source};
use super::tier::{Tier, TierScheme};

/// Which interactions count towards E.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interactions {
    /// Likes + comments (HypeAuditor, Upfluence). The default.
    LikesComments,
    /// Likes + comments + shares (HypeAuditor and Stellar for TikTok).
    LikesCommentsShares,
    /// Likes + comments + shares + saves (SocialBee).
    All,
}

impl Interactions {
    /// Every setting, in the order the settings offer them.
    pub const ALL: [Interactions; 3] = [
        Interactions::LikesComments,
        Interactions::LikesCommentsShares,
        Interactions::All,
    ];

    /// Stable id, for the CLI, saved settings and translation keys.
    pub fn id(self) -> &'static str {
        match self {
            Interactions::LikesComments => "likes_comments",
            Interactions::LikesCommentsShares => "likes_comments_shares",
            Interactions::All => "all",
        }
    }

    /// The metrics summed into E under this setting.
    pub fn metrics(self) -> &'static [Metric] {
        match self {
            Interactions::LikesComments => &[Metric::Likes, Metric::Comments],
            Interactions::LikesCommentsShares => &[Metric::Likes, Metric::Comments, Metric::Shares],
            Interactions::All => &[
                Metric::Likes,
                Metric::Comments,
                Metric::Shares,
                Metric::Saves,
            ],
        }
    }
}

/// Everything the user can change about the analysis.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Settings {
    /// The tier scheme creators are classified under.
    pub scheme: TierScheme,
    /// Which interactions count towards E.
    pub interactions: Interactions,
    /// The ER shown first, rated and compared with a benchmark.
    pub basis: ErBasis,
    /// The price ranges that estimate a post's price when the roster gives none.
    pub rate_card: RateCard,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            scheme: super::tier::builtin_schemes().remove(0),
            interactions: Interactions::LikesComments,
            basis: ErBasis::Followers,
            rate_card: RateCard::default(),
        }
    }
}

/// A rate as a mean, plus a median when per-post rows exist.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rate {
    /// The row's figure, or over per-post rows the mean of the per-post figures (a rate
    /// in percent, or interactions for E).
    pub mean: f64,
    /// The median of the per-post figures; `None` for a creator of a single row.
    pub median: Option<f64>,
    /// Computed from only part of what it counts: likes or comments missing (the other
    /// given), or, over per-post rows, the divisor missing on some posts. Shown as partial;
    /// never grounds for "inactive or bought followers".
    pub partial: bool,
}

/// What impressions a CPM was computed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CpmBasis {
    /// Impressions, as the formula says.
    Impressions,
    /// Views, standing in for missing impressions.
    Views,
    /// Reach, standing in for missing impressions and views.
    Reach,
    /// Followers, when the roster gives none of the others.
    Followers,
}

/// A price per post and whether the roster supplied it or the rate card estimated it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Price {
    /// The price of one post: the roster's, or the rate card range's point estimate.
    pub per_post: f64,
    /// The price's currency: the roster's (its cell or column), or US dollars for the rate
    /// card's estimates; `None` when the roster names none.
    pub currency: Option<Currency>,
    /// `Some` when estimated from the rate card: the range the estimate comes from.
    pub estimated_from: Option<PriceRange>,
    /// The rate card band used, for estimates.
    pub band: Option<&'static str>,
}

/// Where the headline ER came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErOrigin {
    /// Computed from the roster's interactions over the chosen basis.
    Computed,
    /// The roster's own engagement-rate column (no figures to compute one).
    Supplied,
}

/// A data-quality flag: an explanation worth a look, never a verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Flag {
    /// ER far below the benchmark band. By followers: inactive or bought followers? By
    /// views or reach the followers are not in the rate: views that did not become
    /// interactions (bought or passive views?).
    ErVeryLow {
        /// The creator's ER, in percent.
        er_pct: f64,
        /// The benchmark band's low end, in percent.
        benchmark_low_pct: f64,
        /// What the ER divides by.
        basis: ErBasis,
    },
    /// ER far above the benchmark band: engagement pods, or a mistyped follower count (view
    /// count, by views or reach)?
    ErVeryHigh {
        /// The creator's ER, in percent.
        er_pct: f64,
        /// The benchmark band's high end, in percent.
        benchmark_high_pct: f64,
        /// What the ER divides by.
        basis: ErBasis,
    },
    /// Comments per 100 likes outside the healthy range, on a platform that has one
    /// (Instagram: `benchmark::healthy_comments_per_100_likes`).
    CommentRatio {
        /// The creator's comments per 100 likes.
        per_100_likes: f64,
    },
    /// Exactly 3 likes, or no likes beside a large audience: likes are probably hidden.
    LikesHidden {
        /// The likes per post the roster gives (3 or 0).
        likes: f64,
    },
    /// Fewer views per post than likes: the two figures do not fit together.
    ViewsBelowLikes {
        /// Views per post.
        views: f64,
        /// Likes per post.
        likes: f64,
    },
    /// More interactions per post (E) than followers.
    EngagementsAboveFollowers {
        /// E per post (mean).
        engagements: f64,
        /// The follower count.
        followers: f64,
    },
    /// Rows repeated exactly: counted once.
    Duplicate {
        /// The 1-based lines of the repeats.
        lines: Vec<u64>,
    },
    /// The same handle with different follower counts: the last one is used.
    ConflictingRows {
        /// The 1-based lines whose follower counts disagree.
        lines: Vec<u64>,
    },
    /// No follower count: no tier, no ER by followers, no rate-card price.
    NoFollowers,
    /// The creator's text was repaired from a wrong-charset decoding.
    RepairedText,
}

impl Flag {
    /// Stable id, for the CLI and translation keys.
    pub fn id(&self) -> &'static str {
        match self {
            Flag::ErVeryLow { .. } => "er_very_low",
            Flag::ErVeryHigh { .. } => "er_very_high",
            Flag::CommentRatio { .. } => "comment_ratio",
            Flag::LikesHidden { .. } => "likes_hidden",
            Flag::ViewsBelowLikes { .. } => "views_below_likes",
            Flag::EngagementsAboveFollowers { .. } => "engagements_above_followers",
            Flag::Duplicate { .. } => "duplicate",
            Flag::ConflictingRows { .. } => "conflicting_rows",
            Flag::NoFollowers => "no_followers",
            Flag::RepairedText => "repaired_text",
        }
    }
}

/// All figures for one creator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CreatorMetrics {
    /// The follower tier under the scheme; `None` without a follower count.
    pub tier: Option<Tier>,
    /// Interactions per post (mean), per the interactions setting.
    pub engagements: Option<Rate>,
    /// ER by followers, in percent: E / followers × 100.
    pub er_followers: Option<Rate>,
    /// ER by reach, in percent: E / reach × 100.
    pub er_reach: Option<Rate>,
    /// ER by views, in percent: E / views × 100.
    pub er_views: Option<Rate>,
    /// Likes per post / followers × 100, in percent (InfluencerDB).
    pub likes_to_followers: Option<f64>,
    /// The ER on the chosen basis (mean), or the roster's own rate when none can be computed.
    pub er: Option<f64>,
    /// Whether [`CreatorMetrics::er`] was computed or supplied; `None` without an ER.
    pub er_origin: Option<ErOrigin>,
    /// The headline ER is partial (see [`Rate::partial`]).
    pub er_partial: bool,
    /// The headline ER's rating band; only Instagram ER by followers has bands.
    pub rating: Option<Rating>,
    /// The benchmark band for the creator's platform, basis and tier or audience.
    pub benchmark: Option<Benchmark>,
    /// How the headline ER compares with the benchmark band.
    pub comparison: Option<Comparison>,
    /// The price per post: supplied, else estimated from the rate card; `None` when
    /// neither can say.
    pub price: Option<Price>,
    /// Cost per engagement: price / E, in the price's currency.
    pub cpe: Option<f64>,
    /// Cost per thousand impressions: price / impressions × 1000, with what stood in for
    /// impressions.
    pub cpm: Option<(f64, CpmBasis)>,
    /// Cost per view: price / views.
    pub cpv: Option<f64>,
    /// Data-quality flags raised, in a fixed order.
    pub flags: Vec<Flag>,
}

/// The median, by selection rather than a full sort (a tier may hold a million rates).
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mid = values.len() / 2;
    let even = values.len().is_multiple_of(2);
    let (below, upper, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    let upper = *upper;
    Some(if even {
        let lower = below.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (lower + upper) / 2.0
    } else {
        upper
    })
}

/// E for one row's values: the sum of the counted interactions. When one of them is
/// missing and the roster gives interactions as one figure ("Engagement avg."), that figure;
/// otherwise the sum of those present (a missing count adds nothing, as the formula says).
fn engagements_of(
    values: &super::roster::Values,
    interactions: Interactions,
) -> Option<(f64, bool)> {
    let missing = interactions
        .metrics()
        .iter()
        .any(|m| values.get(*m).is_none());
    if missing {
        if let Some(e) = values.get(Metric::Engagements) {
            return Some((e, false));
        }
    }
    let (likes, comments) = (values.get(Metric::Likes), values.get(Metric::Comments));
    if likes.is_none() && comments.is_none() {
        return None;
    }
    let sum = interactions
        .metrics()
        .iter()
        .filter_map(|m| values.get(*m))
        .sum();
    Some((sum, likes.is_none() || comments.is_none()))
}

/// E and the rates of a creator with one row per post: means and medians over its posts.
/// Followers are the creator's, not the post's.
fn per_post_rates(
    c: &Creator,
    interactions: Interactions,
    followers: Option<f64>,
) -> (Option<Rate>, Option<Rate>, Option<Rate>, Option<Rate>) {
    let rows_e: Vec<((f64, bool), &super::roster::Values)> = c
        .rows()
        .iter()
        .filter_map(|r| engagements_of(&r.values, interactions).map(|e| (e, &r.values)))
        .collect();
    let partial_rows = rows_e.iter().any(|((_, p), _)| *p);
    let stat = |mut xs: Vec<f64>| -> Option<Rate> {
        if xs.is_empty() {
            return None;
        }
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        Some(Rate {
            mean,
            median: median(&mut xs),
            // Over fewer posts than have interactions: the divisor is missing on some.
            partial: partial_rows || xs.len() < rows_e.len(),
        })
    };
    let rate_over = |denominator: &dyn Fn(&super::roster::Values) -> Option<f64>| {
        stat(
            rows_e
                .iter()
                .filter_map(|((e, _), v)| {
                    denominator(v).filter(|d| *d > 0.0).map(|d| e / d * 100.0)
                })
                .collect(),
        )
    };
    (
        stat(rows_e.iter().map(|((e, _), _)| *e).collect()),
        rate_over(&|_| followers),
        rate_over(&|v| v.get(Metric::Reach)),
        rate_over(&|v| v.get(Metric::Views)),
    )
}

/// Where [`metrics_with`] puts the flags it raises: a list, or just their number.
trait FlagSink {
    fn push(&mut self, flag: Flag);
}

impl FlagSink for Vec<Flag> {
    fn push(&mut self, flag: Flag) {
        Vec::push(self, flag);
    }
}

impl FlagSink for u8 {
    fn push(&mut self, _: Flag) {
        *self = self.saturating_add(1);
    }
}

/// Computes every figure for one creator.
pub fn analyze_creator(c: &Creator, s: &Settings) -> CreatorMetrics {
    let mut flags = Vec::new();
    let metrics = metrics_with(c, s, &mut flags);
    CreatorMetrics { flags, ..metrics }
}

/// What sorting and the tier summary need of one creator: [`analyze_creator`]'s figures,
/// without a list of flags to allocate (this runs for every creator of the roster).
pub fn creator_key(c: &Creator, s: &Settings) -> CreatorKey {
    let mut flags = 0u8;
    let metrics = metrics_with(c, s, &mut flags);
    CreatorKey {
        flags,
        ..CreatorKey::of(&metrics)
    }
}

/// Every figure for one creator; its flags go to `flags`, not to the result.
#[inline(always)]
fn metrics_with(c: &Creator, s: &Settings, flags: &mut impl FlagSink) -> CreatorMetrics {
    let followers = c.get(Metric::Followers);
    let tier = followers.and_then(|f| s.scheme.classify(f));
    let per_post = matches!(c.source(), Source::PerPost { .. });

    let (engagements, er_followers, er_reach, er_views) = if per_post {
        per_post_rates(c, s.interactions, followers)
    } else {
        // One row: no vectors, this runs once per creator of a roster of a million.
        let e = engagements_of(&c.values, s.interactions);
        let rate = |d: Option<f64>| {
            e.zip(d.filter(|d| *d > 0.0)).map(|((e, partial), d)| Rate {
                mean: e / d * 100.0,
                median: None,
                partial,
            })
        };
        (
            e.map(|(e, partial)| Rate {
                mean: e,
                median: None,
                partial,
            }),
            rate(followers),
            rate(c.get(Metric::Reach)),
            rate(c.get(Metric::Views)),
        )
    };
    let likes = c.get(Metric::Likes);
    let likes_to_followers = match (likes, followers) {
        (Some(l), Some(f)) if f > 0.0 => Some(l / f * 100.0),
        _ => None,
    };

    let computed_rate = match s.basis {
        ErBasis::Followers => er_followers,
        ErBasis::Reach => er_reach,
        ErBasis::Views => er_views,
    };
    let computed = computed_rate.map(|r| r.mean);
    let partial = computed_rate.is_some_and(|r| r.partial);
    let supplied = c.get(Metric::EngagementRate);
    let (er, er_origin) = match (computed, supplied) {
        (Some(e), _) => (Some(e), Some(ErOrigin::Computed)),
        (None, Some(e)) if s.basis == ErBasis::Followers => (Some(e), Some(ErOrigin::Supplied)),
        _ => (None, None),
    };
    let benchmark = followers.and_then(|f| benchmark_for(c.platform, s.basis, tier, f));
    let comparison = er.zip(benchmark).map(|(e, b)| b.compare(e));
    let rating = er.and_then(|e| rating(c.platform, s.basis, e));

    let price = match c.get(Metric::Price) {
        Some(p) => Some(Price {
            per_post: p,
            currency: c.currency,
            estimated_from: None,
            band: None,
        }),
        None => followers
            .and_then(|f| s.rate_card.lookup(c.platform, f))
            .map(|(range, band)| Price {
                per_post: range.point(),
                currency: Some(Currency::Usd),
                estimated_from: Some(range),
                band: Some(band),
            }),
    };
    let e_mean = engagements.map(|e| e.mean);
    let cost = price.map(|p| p.per_post);
    let cpe = match (cost, e_mean) {
        (Some(p), Some(e)) if e > 0.0 => Some(p / e),
        _ => None,
    };
    let cpm = cost.and_then(|p| {
        [
            (Metric::Impressions, CpmBasis::Impressions),
            (Metric::Views, CpmBasis::Views),
            (Metric::Reach, CpmBasis::Reach),
            (Metric::Followers, CpmBasis::Followers),
        ]
        .into_iter()
        .find_map(|(m, basis)| {
            c.get(m)
                .filter(|v| *v > 0.0)
                .map(|v| (p / v * 1000.0, basis))
        })
    });
    let cpv = match (cost, c.get(Metric::Views)) {
        (Some(p), Some(v)) if v > 0.0 => Some(p / v),
        _ => None,
    };

    if let (Some(e), Some(b)) = (computed, benchmark) {
        // A rate from only part of the interactions is low for that reason alone.
        if e < b.low_pct * FAR_BELOW_FACTOR && !partial {
            flags.push(Flag::ErVeryLow {
                er_pct: e,
                benchmark_low_pct: b.low_pct,
                basis: s.basis,
            });
        } else if e > b.high_pct * FAR_ABOVE_FACTOR {
            flags.push(Flag::ErVeryHigh {
                er_pct: e,
                benchmark_high_pct: b.high_pct,
                basis: s.basis,
            });
        }
    }
    let healthy_comments = healthy_comments_per_100_likes(c.platform);
    if let (Some(l), Some(cm), Some((lo, hi))) = (likes, c.get(Metric::Comments), healthy_comments)
    {
        if l >= 100.0 {
            let per_100 = cm / l * 100.0;
            if per_100 < lo || per_100 > hi {
                flags.push(Flag::CommentRatio {
                    per_100_likes: per_100,
                });
            }
        }
    }
    if let Some(l) = likes {
        let big = followers.is_some_and(|f| f >= 10_000.0);
        if (l == 3.0 && followers.is_some_and(|f| f >= 1_000.0)) || (l == 0.0 && big) {
            flags.push(Flag::LikesHidden { likes: l });
        }
    }
    if let (Some(v), Some(l)) = (c.get(Metric::Views), likes) {
        if v < l {
            flags.push(Flag::ViewsBelowLikes { views: v, likes: l });
        }
    }
    if let (Some(e), Some(f)) = (e_mean, followers) {
        if e > f && f > 0.0 {
            flags.push(Flag::EngagementsAboveFollowers {
                engagements: e,
                followers: f,
            });
        }
    }
    if !c.duplicate_lines().is_empty() {
        flags.push(Flag::Duplicate {
            lines: c.duplicate_lines().to_vec(),
        });
    }
    if !c.conflicting_lines().is_empty() {
        flags.push(Flag::ConflictingRows {
            lines: c.conflicting_lines().to_vec(),
        });
    }
    if followers.is_none() {
        flags.push(Flag::NoFollowers);
    }
    if c.repaired_text {
        flags.push(Flag::RepairedText);
    }

    CreatorMetrics {
        tier,
        engagements,
        er_followers,
        er_reach,
        er_views,
        likes_to_followers,
        er,
        er_origin,
        er_partial: partial && er_origin == Some(ErOrigin::Computed),
        rating,
        benchmark,
        comparison,
        price,
        cpe,
        cpm,
        cpv,
        flags: Vec::new(),
    }
}

/// One line of the tier summary.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct TierSummary {
    /// `None` for creators without a follower count.
    pub tier: Option<Tier>,
    /// How many creators the tier holds.
    pub creators: usize,
    /// Share of all creators, 0–1.
    pub share: f64,
    /// The median of the tier's headline ERs, in percent; `None` when none has one.
    pub median_er: Option<f64>,
    /// The tier's followers added up (creators without a count add 0).
    pub total_followers: f64,
    /// Lowest and highest price per post (supplied or estimated).
    pub price_range: Option<(f64, f64)>,
    /// How many of those prices are estimates.
    pub estimated_prices: usize,
    /// The prices' currency, when they share one (else the range is of figures in several
    /// currencies, and `mixed_currencies` says so).
    pub currency: Option<Currency>,
    /// The prices name more than one currency.
    pub mixed_currencies: bool,
}

/// What the tier summary and sorting need of one creator: a small copy of its
/// [`CreatorMetrics`], so a roster of a million creators keeps a million of these rather
/// than a million full metrics. The full metrics are computed for the creators shown.
/// Figures are kept as `f64`s with NaN for a missing one (8 bytes, not an `Option`'s 16),
/// read through methods that give `None` for it.
#[derive(Clone, Copy, Debug)]
pub struct CreatorKey {
    /// [`CreatorMetrics::tier`].
    pub tier: Option<Tier>,
    /// The price is a rate-card estimate.
    pub price_estimated: bool,
    /// The price's currency; `None` when the roster names none.
    pub currency: Option<Currency>,
    /// How many flags were raised, at most 255.
    pub flags: u8,
    er: f64,
    engagements: f64,
    price: f64,
    cpe: f64,
    cpm: f64,
    cpv: f64,
}

/// A figure as a key keeps it: NaN for none.
fn kept(x: Option<f64>) -> f64 {
    x.unwrap_or(f64::NAN)
}

/// A kept figure read back.
fn read(x: f64) -> Option<f64> {
    (!x.is_nan()).then_some(x)
}

impl CreatorKey {
    /// The key of a creator's full metrics.
    pub fn of(m: &CreatorMetrics) -> CreatorKey {
        CreatorKey {
            tier: m.tier,
            price_estimated: m.price.is_some_and(|p| p.estimated_from.is_some()),
            currency: m.price.and_then(|p| p.currency),
            flags: u8::try_from(m.flags.len()).unwrap_or(u8::MAX),
            er: kept(m.er),
            engagements: kept(m.engagements.map(|e| e.mean)),
            price: kept(m.price.map(|p| p.per_post)),
            cpe: kept(m.cpe),
            cpm: kept(m.cpm.map(|(v, _)| v)),
            cpv: kept(m.cpv),
        }
    }

    /// The headline ER, in percent ([`CreatorMetrics::er`]).
    pub fn er(&self) -> Option<f64> {
        read(self.er)
    }

    /// E per post (mean).
    pub fn engagements(&self) -> Option<f64> {
        read(self.engagements)
    }

    /// The price per post, supplied or estimated.
    pub fn price(&self) -> Option<f64> {
        read(self.price)
    }

    /// Cost per engagement.
    pub fn cpe(&self) -> Option<f64> {
        read(self.cpe)
    }

    /// Cost per thousand impressions (or what stood in for them).
    pub fn cpm(&self) -> Option<f64> {
        read(self.cpm)
    }

    /// Cost per view.
    pub fn cpv(&self) -> Option<f64> {
        read(self.cpv)
    }
}

/// Equal when every field reads the same (two missing figures are equal, as two `None`s).
impl PartialEq for CreatorKey {
    fn eq(&self, other: &CreatorKey) -> bool {
        self.tier == other.tier
            && self.price_estimated == other.price_estimated
            && self.currency == other.currency
            && self.flags == other.flags
            && self.er() == other.er()
            && self.engagements() == other.engagements()
            && self.price() == other.price()
            && self.cpe() == other.cpe()
            && self.cpm() == other.cpm()
            && self.cpv() == other.cpv()
    }
}

/// The analysis of a whole roster.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// Parallel to `roster.creators`.
    pub keys: Vec<CreatorKey>,
    /// One line per tier of the scheme (empty tiers included), then unclassified if any.
    pub summary: Vec<TierSummary>,
}

/// Analyses every creator and summarises by tier.
pub fn analyze(roster: &Roster, settings: &Settings) -> Analysis {
    let keys: Vec<CreatorKey> = roster
        .creators
        .iter()
        .map(|c| creator_key(c, settings))
        .collect();
    let summary = summarize(&settings.scheme, roster, &keys);
    Analysis { keys, summary }
}

fn summarize(scheme: &TierScheme, roster: &Roster, metrics: &[CreatorKey]) -> Vec<TierSummary> {
    let total = metrics.len().max(1) as f64;
    // Slot 6 collects creators without a tier.
    let slot = |t: Option<Tier>| t.map_or(6, Tier::index);
    let mut counts = [0usize; 7];
    let mut followers = [0f64; 7];
    let mut ers: [Vec<f64>; 7] = Default::default();
    let mut prices: [Option<(f64, f64)>; 7] = [None; 7];
    let mut estimated = [0usize; 7];
    let mut currency: [Option<Currency>; 7] = [None; 7];
    let mut mixed = [false; 7];
    for (c, m) in roster.creators.iter().zip(metrics) {
        let i = slot(m.tier);
        counts[i] += 1;
        followers[i] += c.get(Metric::Followers).unwrap_or(0.0);
        if let Some(e) = m.er() {
            ers[i].push(e);
        }
        if let Some(v) = m.price() {
            prices[i] = Some(prices[i].map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))));
            if m.price_estimated {
                estimated[i] += 1;
            }
            match (currency[i], m.currency) {
                (None, Some(cur)) => currency[i] = Some(cur),
                (Some(a), Some(b)) if a != b => mixed[i] = true,
                _ => {}
            }
        }
    }
    let mut tiers: Vec<Option<Tier>> = scheme.tiers().map(|(t, _)| Some(t)).collect();
    if counts[6] > 0 {
        tiers.push(None);
    }
    tiers
        .into_iter()
        .map(|tier| {
            let i = slot(tier);
            TierSummary {
                tier,
                creators: counts[i],
                share: counts[i] as f64 / total,
                median_er: median(&mut ers[i]),
                total_followers: followers[i],
                price_range: prices[i],
                estimated_prices: estimated[i],
                currency: currency[i].filter(|_| !mixed[i]),
                mixed_currencies: mixed[i],
            }
        })
        .collect()
}

/// Creators per tier under two schemes, side by side: `(tier, count in a, count in b)`.
/// Tiers used by neither scheme are left out; creators without followers are not counted.
pub fn compare_schemes(
    roster: &Roster,
    a: &TierScheme,
    b: &TierScheme,
) -> Vec<(Tier, usize, usize)> {
    let mut counts = [(0usize, 0usize); 6];
    for c in &roster.creators {
        if let Some(f) = c.get(Metric::Followers) {
            if let Some(t) = a.classify(f) {
                counts[t.index()].0 += 1;
            }
            if let Some(t) = b.classify(f) {
                counts[t.index()].1 += 1;
            }
        }
    }
    Tier::ALL
        .into_iter()
        .filter(|t| a.min_followers[t.index()].is_some() || b.min_followers[t.index()].is_some())
        .map(|t| (t, counts[t.index()].0, counts[t.index()].1))
        .collect()
}

/// The platforms of a roster, for showing which benchmarks apply.
pub fn platforms(roster: &Roster) -> Vec<Platform> {
    let mut ps: Vec<Platform> = roster.creators.iter().map(|c| c.platform).collect();
    ps.sort();
    ps.dedup();
    ps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::read::tests_support::read as roster;

    #[test]
    fn er_by_followers_views_and_reach() {
        let r = roster("handle,platform,followers,likes,comments,shares,views,reach\na,instagram,20000,760,40,100,16000,8000\n");
        let m = analyze_creator(&r.creators[0], &Settings::default());
        assert_eq!(m.tier, Some(Tier::Micro));
        assert_eq!(m.engagements.unwrap().mean, 800.0);
        assert_eq!(m.er_followers.unwrap().mean, 4.0);
        assert_eq!(m.er_views.unwrap().mean, 5.0);
        assert_eq!(m.er_reach.unwrap().mean, 10.0);
        assert_eq!(m.likes_to_followers, Some(3.8));
        assert_eq!(m.er, Some(4.0));
        assert_eq!(m.rating, Some(Rating::High));
        assert_eq!(m.comparison, Some(Comparison::Within));
        let s = Settings {
            interactions: Interactions::LikesCommentsShares,
            ..Settings::default()
        };
        assert_eq!(analyze_creator(&r.creators[0], &s).er, Some(4.5));
    }

    #[test]
    fn per_post_mean_and_median() {
        let r = roster("handle,followers,likes,comments\na,1000,10,0\na,1000,20,0\na,1000,300,0\n");
        let m = analyze_creator(&r.creators[0], &Settings::default());
        let er = m.er_followers.unwrap();
        assert_eq!(er.mean, 11.0);
        assert_eq!(er.median, Some(2.0));
    }

    #[test]
    fn price_supplied_or_estimated() {
        let r = roster("handle,platform,followers,likes,comments,views,price\na,instagram,50000,1900,100,,250\nb,instagram,50000,1900,100,,\n");
        let s = Settings::default();
        let a = analyze_creator(&r.creators[0], &s);
        let p = a.price.unwrap();
        assert_eq!((p.per_post, p.estimated_from), (250.0, None));
        assert_eq!(a.cpe, Some(0.125));
        assert_eq!(a.cpm, Some((5.0, CpmBasis::Followers)));
        let b = analyze_creator(&r.creators[1], &s);
        let p = b.price.unwrap();
        assert_eq!(p.per_post, 300.0);
        assert!(p.estimated_from.is_some());
    }

    #[test]
    fn flags() {
        let r = roster("handle,platform,followers,likes,comments,views\nhidden,instagram,250000,3,0,\nodd,instagram,5000,900,10,500\nbig,instagram,1000,5000,300,\n");
        let s = Settings::default();
        let ids = |i: usize| -> Vec<&'static str> {
            analyze_creator(&r.creators[i], &s)
                .flags
                .iter()
                .map(Flag::id)
                .collect()
        };
        assert!(ids(0).contains(&"likes_hidden"));
        assert!(ids(0).contains(&"er_very_low"));
        assert!(ids(1).contains(&"views_below_likes"));
        // 1.1 comments per 100 likes on Instagram (this row was on TikTok, where spendvet's
        // range does not apply: see the comment-ratio tests below).
        assert!(ids(1).contains(&"comment_ratio"));
        assert!(ids(2).contains(&"engagements_above_followers"));
        assert!(ids(2).contains(&"er_very_high"));
    }

    #[test]
    fn summary_and_comparison() {
        let r = roster("handle,followers,likes,comments\na,500,50,1\nb,5000,200,5\nc,15000,500,10\nd,150000,2000,30\ne,2000000,20000,300\nf,,1,1\n");
        let a = analyze(&r, &Settings::default());
        let counts: Vec<(Option<Tier>, usize)> =
            a.summary.iter().map(|t| (t.tier, t.creators)).collect();
        assert_eq!(
            counts,
            vec![
                (Some(Tier::Emerging), 1),
                (Some(Tier::Nano), 1),
                (Some(Tier::Micro), 1),
                (Some(Tier::Macro), 1),
                (Some(Tier::Mega), 1),
                (None, 1)
            ]
        );
        let hype = crate::domain::scheme_by_id("hypeauditor").unwrap();
        let cmp = compare_schemes(&r, &Settings::default().scheme, &hype);
        assert_eq!(
            cmp,
            vec![
                (Tier::Emerging, 1, 1),
                (Tier::Nano, 1, 0),
                (Tier::Micro, 1, 2),
                (Tier::Mid, 0, 0),
                (Tier::Macro, 1, 1),
                (Tier::Mega, 1, 1)
            ]
        );
    }

    #[test]
    fn an_er_from_part_of_the_interactions_is_partial_and_not_called_inactive() {
        // Comments only (likes hidden or not exported): 0.05% against micro's 3–5.5%.
        let r = roster("handle,platform,followers,likes,comments\na,instagram,20000,,10\nb,instagram,20000,5,5\n");
        let s = Settings::default();
        let a = analyze_creator(&r.creators[0], &s);
        assert!(a.er_partial && a.er_followers.unwrap().partial);
        assert_eq!(a.er, Some(0.05));
        assert!(
            !a.flags.iter().any(|f| f.id() == "er_very_low"),
            "{:?}",
            a.flags
        );
        let b = analyze_creator(&r.creators[1], &s);
        assert!(!b.er_partial);
        assert!(b.flags.iter().any(|f| f.id() == "er_very_low"));
        // Per post: views missing on one of three posts makes the rate by views partial.
        let r = roster("handle,followers,likes,comments,views,post\nc,1000,10,1,100,p1\nc,1000,20,2,,p2\nc,1000,30,3,300,p3\n");
        let c = analyze_creator(&r.creators[0], &s);
        assert!(c.er_views.unwrap().partial);
        assert!(!c.er_followers.unwrap().partial);
    }

    #[test]
    fn the_comment_ratio_is_judged_on_instagram_only() {
        // Shapes of top-list rows: a TikTok star at 0.7 comments per 100 likes (the median
        // of a real top-1000 TikTok list is 0.6), a YouTube children's channel with comments
        // switched off, and two Instagram accounts, one at 0.3 (likes without talk) and one
        // at 3.
        let r = roster(
            "handle,platform,followers,likes,comments\n\
             tt.star,tiktok,149200000,2300000,15200\n\
             yt.kids,youtube,142500000,64800,0\n\
             ig.quiet,instagram,1200000,40000,120\n\
             ig.chatty,instagram,1200000,40000,1200\n",
        );
        let s = Settings::default();
        let flagged = |i: usize| {
            analyze_creator(&r.creators[i], &s)
                .flags
                .iter()
                .find_map(|f| match f {
                    Flag::CommentRatio { per_100_likes } => Some(*per_100_likes),
                    _ => None,
                })
        };
        assert_eq!(flagged(0), None);
        assert_eq!(flagged(1), None);
        assert!(flagged(2).is_some_and(|x| (x - 0.3).abs() < 1e-9));
        assert_eq!(flagged(3), None);
    }

    #[test]
    fn a_far_flag_names_the_basis_of_its_rate() {
        // A per-video scrape's small account: 1,991 followers, ~3% of views interact,
        // against Modash's 12.06–14.04% by views for 1K–5K; by followers it is 6.6%.
        let r =
            roster("handle,platform,followers,views,likes,comments\nbao,tiktok,1991,4795,125,7\n");
        let by_views = Settings {
            basis: ErBasis::Views,
            ..Settings::default()
        };
        let m = analyze_creator(&r.creators[0], &by_views);
        assert!(
            m.flags.iter().any(|f| matches!(
                f,
                Flag::ErVeryLow {
                    basis: ErBasis::Views,
                    ..
                }
            )),
            "{:?}",
            m.flags
        );
        // Hidden likes at 250K followers: far below by followers, said so.
        let r = roster("handle,platform,followers,likes,comments\nhid,instagram,250000,3,0\n");
        let m = analyze_creator(&r.creators[0], &Settings::default());
        assert!(m.flags.iter().any(|f| matches!(
            f,
            Flag::ErVeryLow {
                basis: ErBasis::Followers,
                ..
            }
        )));
    }

    #[test]
    fn engagements_column_stands_in_when_an_interaction_is_missing() {
        let r =
            roster("handle,followers,avg_likes,Engagement avg.\na,10000,400,450\nb,10000,400,\n");
        let s = Settings::default();
        assert_eq!(analyze_creator(&r.creators[0], &s).er, Some(4.5));
        assert_eq!(analyze_creator(&r.creators[1], &s).er, Some(4.0));
    }

    #[test]
    fn a_key_reads_a_missing_figure_as_none() {
        let r = roster("handle,followers,likes,comments,price\na,20000,760,40,250\nb,,,,\n");
        let a = analyze(&r, &Settings::default());
        let (full, key) = (
            analyze_creator(&r.creators[0], &Settings::default()),
            a.keys[0],
        );
        assert_eq!(key.er(), Some(4.0));
        assert_eq!(key.price(), Some(250.0));
        assert_eq!(key.cpe(), full.cpe);
        assert_eq!(key.cpv(), None);
        let none = a.keys[1];
        assert_eq!(
            (
                none.er(),
                none.engagements(),
                none.price(),
                none.cpe(),
                none.cpm()
            ),
            (None, None, None, None, None)
        );
        // Two missing figures are equal, as two `None`s were.
        assert_eq!(none, creator_key(&r.creators[1], &Settings::default()));
        assert_ne!(none, key);
    }
}
