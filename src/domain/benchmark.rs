//! Engagement benchmarks, rating bands and the price rate card, each with its source
//! (domain.md, "Engagement benchmarks" and "Prices, CPM, CPE"). This file is the only
//! place these figures live.

use serde::Serialize;

use super::roster::Platform;
use super::tier::Tier;

/// What an engagement rate is divided by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ErBasis {
    Followers,
    Reach,
    Views,
}

impl ErBasis {
    pub const ALL: [ErBasis; 3] = [ErBasis::Followers, ErBasis::Reach, ErBasis::Views];

    pub fn id(self) -> &'static str {
        match self {
            ErBasis::Followers => "followers",
            ErBasis::Reach => "reach",
            ErBasis::Views => "views",
        }
    }
}

/// A benchmark band an engagement rate is compared with. `low == high` for a published
/// average rather than a range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Benchmark {
    pub platform: Platform,
    pub basis: ErBasis,
    /// What the band is for: a tier, or a range of followers (subscribers on YouTube).
    pub segment: Segment,
    pub low_pct: f64,
    pub high_pct: f64,
    pub source: &'static str,
}

/// The creators a benchmark band is for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Segment {
    Tier {
        tier: Tier,
    },
    /// Followers (or YouTube subscribers) from `min`, below `max` (none: and up).
    Audience {
        min: f64,
        max: Option<f64>,
    },
}

/// How an engagement rate compares with its benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    Below,
    Within,
    Above,
}

impl Benchmark {
    pub fn compare(&self, er_pct: f64) -> Comparison {
        if er_pct < self.low_pct {
            Comparison::Below
        } else if er_pct > self.high_pct {
            Comparison::Above
        } else {
            Comparison::Within
        }
    }
}

/// Sources of the benchmark tables below.
pub const PASSO: &str = "passo.co, Instagram ER by tier, 2026";
pub const PENTOS: &str = "Influencer Marketing Hub via pentos, TikTok ER by followers";
pub const MODASH: &str = "Modash, YouTube ER by views, \"average\" band";

/// Instagram by tier (passo.co 2026), ER by followers: low %, high %.
const INSTAGRAM_BY_TIER: [(Tier, f64, f64); 5] = [
    (Tier::Nano, 5.0, 8.0),
    (Tier::Micro, 3.0, 5.5),
    (Tier::Mid, 1.8, 3.0),
    (Tier::Macro, 1.2, 2.0),
    (Tier::Mega, 0.8, 1.5),
];

/// TikTok averages by followers (from, average %), ER by followers; each range ends
/// where the next begins.
const TIKTOK_BY_FOLLOWERS: [(f64, f64); 7] = [
    (0.0, 9.38),
    (10_000.0, 8.43),
    (100_000.0, 7.23),
    (500_000.0, 4.88),
    (1_000_000.0, 4.99),
    (5_000_000.0, 3.35),
    (10_000_000.0, 3.07),
];

/// YouTube "average" bands by subscribers (from, low %, high %), ER by views.
const YOUTUBE_BY_SUBSCRIBERS: [(f64, f64, f64); 7] = [
    (1_000.0, 1.47, 2.02),
    (5_000.0, 0.59, 0.82),
    (10_000.0, 0.36, 0.51),
    (50_000.0, 0.23, 0.33),
    (100_000.0, 0.19, 0.27),
    (500_000.0, 0.16, 0.24),
    (1_000_000.0, 0.13, 0.18),
];

/// The range of followers of row `i` of a table whose rows start at `starts`.
fn audience(starts: impl Iterator<Item = f64> + Clone, i: usize) -> Segment {
    Segment::Audience {
        min: starts.clone().nth(i).unwrap_or(0.0),
        max: starts.clone().nth(i + 1),
    }
}

/// The benchmark for a creator, if a source covers this platform, basis and size.
/// Instagram's is by tier (of the scheme in use), TikTok's and YouTube's by follower range.
pub fn benchmark_for(
    platform: Platform,
    basis: ErBasis,
    tier: Option<Tier>,
    followers: f64,
) -> Option<Benchmark> {
    match (platform, basis) {
        (Platform::Instagram, ErBasis::Followers) => {
            let tier = tier?;
            INSTAGRAM_BY_TIER
                .iter()
                .find(|(t, ..)| *t == tier)
                .map(|&(tier, low, high)| Benchmark {
                    platform,
                    basis,
                    segment: Segment::Tier { tier },
                    low_pct: low,
                    high_pct: high,
                    source: PASSO,
                })
        }
        (Platform::TikTok, ErBasis::Followers) => TIKTOK_BY_FOLLOWERS
            .iter()
            .rposition(|(min, _)| followers >= *min)
            .map(|i| (i, TIKTOK_BY_FOLLOWERS[i].1))
            .map(|(i, avg)| Benchmark {
                platform,
                basis,
                segment: audience(TIKTOK_BY_FOLLOWERS.iter().map(|r| r.0), i),
                low_pct: avg,
                high_pct: avg,
                source: PENTOS,
            }),
        (Platform::YouTube, ErBasis::Views) => YOUTUBE_BY_SUBSCRIBERS
            .iter()
            .rposition(|(min, ..)| followers >= *min)
            .map(|i| {
                let (_, low, high) = YOUTUBE_BY_SUBSCRIBERS[i];
                (i, low, high)
            })
            .map(|(i, low, high)| Benchmark {
                platform,
                basis,
                segment: audience(YOUTUBE_BY_SUBSCRIBERS.iter().map(|r| r.0), i),
                low_pct: low,
                high_pct: high,
                source: MODASH,
            }),
        _ => None,
    }
}

/// Influencer Marketing Hub's rating bands for Instagram ER by followers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Below 1%.
    Low,
    /// 1% to 3.5%.
    Average,
    /// 3.5% to 6%.
    High,
    /// Above 6%.
    VeryHigh,
}

pub const RATING_SOURCE: &str = "Influencer Marketing Hub, Instagram ER by followers";

/// The rating band of an Instagram ER by followers. Other platforms have no such bands.
pub fn rating(platform: Platform, basis: ErBasis, er_pct: f64) -> Option<Rating> {
    if platform != Platform::Instagram || basis != ErBasis::Followers {
        return None;
    }
    Some(if er_pct < 1.0 {
        Rating::Low
    } else if er_pct < 3.5 {
        Rating::Average
    } else if er_pct <= 6.0 {
        Rating::High
    } else {
        Rating::VeryHigh
    })
}

/// How far outside its benchmark an ER must be to raise a data-quality flag: below a third
/// of the band's low end, or above three times its high end. A Tierwise rule of thumb, shown
/// as such; the flag explains, it does not judge.
pub const FAR_BELOW_FACTOR: f64 = 1.0 / 3.0;
pub const FAR_ABOVE_FACTOR: f64 = 3.0;

/// Spendvet's healthy range of comments per 100 likes.
pub const HEALTHY_COMMENTS_PER_100_LIKES: (f64, f64) = (2.0, 5.0);
pub const COMMENTS_SOURCE: &str = "spendvet";

/// A price range per post in US dollars; `high` is `None` for "and up".
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct PriceRange {
    pub low: f64,
    pub high: Option<f64>,
}

impl PriceRange {
    /// An amount of 0 or more, and an upper end (if any) not below it.
    pub fn is_valid(&self) -> bool {
        self.low.is_finite()
            && self.low >= 0.0
            && self.high.is_none_or(|h| h.is_finite() && h >= self.low)
    }

    /// The single figure used for an estimate: the middle of a closed range, the low end
    /// of an open one.
    pub fn point(&self) -> f64 {
        match self.high {
            Some(h) => (self.low + h) / 2.0,
            None => self.low,
        }
    }
}

/// The rate card's own size bands (the seeds' default cut-offs): nano < 10K (emerging
/// included), micro 10K–100K, macro 100K–1M, mega 1M+. Prices are by followers, whatever
/// scheme the user picked for tiers.
pub const RATE_CARD_BANDS: [(f64, &str); 4] = [
    (0.0, "nano"),
    (10_000.0, "micro"),
    (100_000.0, "macro"),
    (1_000_000.0, "mega"),
];

/// An editable price-per-post card: per platform, one range per band of `RATE_CARD_BANDS`.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct RateCard {
    pub source: String,
    /// The user changed a figure: estimates are no longer the source's own.
    pub edited: bool,
    pub rows: Vec<(Platform, [PriceRange; 4])>,
}

impl Default for RateCard {
    /// wordontheblock, 2023.
    fn default() -> Self {
        let r = |low: f64, high: Option<f64>| PriceRange { low, high };
        RateCard {
            source: "wordontheblock, 2023".to_string(),
            edited: false,
            rows: vec![
                (
                    Platform::Instagram,
                    [
                        r(10.0, Some(100.0)),
                        r(100.0, Some(500.0)),
                        r(500.0, Some(10_000.0)),
                        r(10_000.0, None),
                    ],
                ),
                (
                    Platform::TikTok,
                    [
                        r(5.0, Some(25.0)),
                        r(25.0, Some(125.0)),
                        r(125.0, Some(2_500.0)),
                        r(2_500.0, None),
                    ],
                ),
                (
                    Platform::YouTube,
                    [
                        r(20.0, Some(200.0)),
                        r(200.0, Some(1_000.0)),
                        r(1_000.0, Some(20_000.0)),
                        r(20_000.0, None),
                    ],
                ),
            ],
        }
    }
}

impl RateCard {
    /// The price range for a creator of this platform and size, if the card covers it.
    pub fn lookup(&self, platform: Platform, followers: f64) -> Option<(PriceRange, &'static str)> {
        let (_, ranges) = self.rows.iter().find(|(p, _)| *p == platform)?;
        let band = RATE_CARD_BANDS
            .iter()
            .rposition(|(min, _)| followers >= *min)?;
        Some((ranges[band], RATE_CARD_BANDS[band].1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instagram_benchmark_is_by_tier() {
        let b = benchmark_for(
            Platform::Instagram,
            ErBasis::Followers,
            Some(Tier::Micro),
            50_000.0,
        )
        .unwrap();
        assert_eq!((b.low_pct, b.high_pct), (3.0, 5.5));
        assert_eq!(b.compare(2.9), Comparison::Below);
        assert_eq!(b.compare(3.0), Comparison::Within);
        assert_eq!(b.compare(5.6), Comparison::Above);
        assert!(benchmark_for(
            Platform::Instagram,
            ErBasis::Followers,
            Some(Tier::Emerging),
            500.0
        )
        .is_none());
        assert!(
            benchmark_for(Platform::Instagram, ErBasis::Views, Some(Tier::Micro), 5e4).is_none()
        );
    }

    #[test]
    fn tiktok_and_youtube_by_size() {
        let b = benchmark_for(Platform::TikTok, ErBasis::Followers, None, 100_000.0).unwrap();
        assert_eq!(b.low_pct, 7.23);
        assert_eq!(
            b.segment,
            Segment::Audience {
                min: 100_000.0,
                max: Some(500_000.0)
            }
        );
        let b = benchmark_for(Platform::TikTok, ErBasis::Followers, None, 2e7).unwrap();
        assert_eq!(
            b.segment,
            Segment::Audience {
                min: 1e7,
                max: None
            }
        );
        let b = benchmark_for(Platform::YouTube, ErBasis::Views, None, 7_000.0).unwrap();
        assert_eq!((b.low_pct, b.high_pct), (0.59, 0.82));
        assert!(benchmark_for(Platform::YouTube, ErBasis::Views, None, 500.0).is_none());
    }

    #[test]
    fn rating_bands() {
        let r = |er| rating(Platform::Instagram, ErBasis::Followers, er);
        assert_eq!(r(0.5), Some(Rating::Low));
        assert_eq!(r(1.0), Some(Rating::Average));
        assert_eq!(r(4.0), Some(Rating::High));
        assert_eq!(r(6.5), Some(Rating::VeryHigh));
        assert_eq!(rating(Platform::TikTok, ErBasis::Followers, 4.0), None);
    }

    #[test]
    fn rate_card_by_followers() {
        let card = RateCard::default();
        let (range, band) = card.lookup(Platform::Instagram, 50_000.0).unwrap();
        assert_eq!(band, "micro");
        assert_eq!(range.point(), 300.0);
        let (range, _) = card.lookup(Platform::YouTube, 2_000_000.0).unwrap();
        assert_eq!(range.point(), 20_000.0);
        assert!(card.lookup(Platform::Other, 5_000.0).is_none());
    }
}
