//! What the page shows of a roster without holding its creators: the roster's head (its
//! columns, notices and problems), the tier summary, the charts' figures, the platforms
//! and the price currency. The engine makes it where the roster is; the page draws it.
//! One serialisable value, so that it crosses from the engine's worker to the page.

use serde::{Deserialize, Serialize};

use super::analysis::{compare_schemes, platforms, Analysis, Settings, TierSummary};
use super::chart::{scatter, tier_mix, Scatter, TierShare};
use super::currency::Currency;
use super::roster::{Platform, Roster};
use super::tier::{Tier, TierScheme};

/// A roster as the page shows it, its creators left out (the creators table asks for the
/// rows it shows).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// The roster without its creators: format, columns, extras, problems, notices,
    /// missing fields and the rows read.
    pub head: Roster,
    /// How many creators the roster holds.
    pub creators: usize,
    /// The one currency every price is in, if there is one ([`Roster::price_currency`]).
    pub price_currency: Option<Currency>,
    /// The roster's platforms, in order ([`platforms`]).
    pub platforms: Vec<Platform>,
    /// The tier summary under the settings' scheme.
    pub summary: Vec<TierSummary>,
    /// Creators with at least one data-quality flag.
    pub flagged: usize,
    /// The engagement rate against followers.
    pub scatter: Scatter,
    /// Creators and followers per tier of the settings' scheme.
    pub mix: Vec<TierShare>,
    /// The same under the scheme compared with, and the two side by side.
    pub compared: Option<Compared>,
}

/// The roster under the scheme compared with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Compared {
    /// Creators and followers per tier of that scheme.
    pub mix: Vec<TierShare>,
    /// `(tier, creators under the settings' scheme, creators under that one)`
    /// ([`compare_schemes`]).
    pub tiers: Vec<(Tier, usize, usize)>,
}

impl Overview {
    /// What the page shows of `roster`, analysed under `settings` (`analysis`), compared
    /// with `other` if given.
    pub fn of(
        roster: &Roster,
        analysis: &Analysis,
        settings: &Settings,
        other: Option<&TierScheme>,
    ) -> Overview {
        Overview {
            head: roster.clone_head(),
            creators: roster.creators.len(),
            price_currency: roster.price_currency(),
            platforms: platforms(roster),
            summary: analysis.summary.clone(),
            flagged: analysis.keys.iter().filter(|k| k.flags > 0).count(),
            scatter: scatter(roster, analysis, settings),
            mix: tier_mix(roster, &settings.scheme),
            compared: other.map(|b| Compared {
                mix: tier_mix(roster, b),
                tiers: compare_schemes(roster, &settings.scheme, b),
            }),
        }
    }

    /// How many problems were found ([`Roster::problem_count`]).
    pub fn problem_count(&self) -> usize {
        self.head.problem_count()
    }

    /// True when the roster holds no creator.
    pub fn is_empty(&self) -> bool {
        self.creators == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{analyze, read_roster, scheme_by_id, ReadOptions};

    const CSV: &str = "handle,platform,followers,likes,comments,price,Notes,Subscribers count,Subscribers count\n\
        @ana,instagram,12000,600,40,€150,a,1,2\n\
        @bo,tiktok,250000,9000,300,€900,b,1,2\n\
        @cy,youtube,not many,10,1,€40,c,1,2\n\
        @di,instagram,1200000,5000,90,€5000,d,1,2\n";

    #[test]
    fn the_overview_holds_what_the_page_shows_and_not_the_creators() {
        let roster = read_roster(CSV.as_bytes(), &ReadOptions::default());
        let settings = Settings::default();
        let analysis = analyze(&roster, &settings);
        let other = scheme_by_id("hypeauditor");
        let o = Overview::of(&roster, &analysis, &settings, other.as_ref());
        assert!(o.head.creators.is_empty());
        assert_eq!(o.creators, roster.creators.len());
        assert_eq!(o.head.columns, roster.columns);
        assert_eq!(o.head.problems, roster.problems);
        assert_eq!(o.head.notices, roster.notices);
        assert_eq!(o.problem_count(), 1, "{:?}", roster.problems);
        assert_eq!(o.price_currency, Some(Currency::Eur));
        assert_eq!(
            o.platforms,
            vec![Platform::Instagram, Platform::TikTok, Platform::YouTube]
        );
        assert_eq!(o.summary, analysis.summary);
        assert_eq!(o.scatter.labels.len(), o.scatter.points.len());
        for (p, l) in o.scatter.points.iter().zip(&o.scatter.labels) {
            assert_eq!(l.handle, roster.creators[p.creator].handle);
        }
        let compared = o.compared.expect("compared");
        assert_eq!(compared.tiers.iter().map(|t| t.1).sum::<usize>(), 3);
        assert_eq!(compared.tiers.iter().map(|t| t.2).sum::<usize>(), 3);
    }

    #[test]
    fn the_overview_reads_back_from_a_self_describing_format() {
        let roster = read_roster(CSV.as_bytes(), &ReadOptions::default());
        let settings = Settings::default();
        let analysis = analyze(&roster, &settings);
        let o = Overview::of(&roster, &analysis, &settings, None);
        // Twin headers name their column numbers, which must come back as numbers.
        assert!(o
            .head
            .notices
            .iter()
            .any(|n| format!("{n:?}").contains("position: Some(")));
        let text = serde_json::to_string(&o).expect("serialisable");
        let back: Overview = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back.head.notices, o.head.notices);
        assert_eq!(back.head.problems, o.head.problems);
        assert_eq!(back.head.columns, o.head.columns);
        assert_eq!(back.summary.len(), o.summary.len());
        assert_eq!(back.scatter.labels, o.scatter.labels);
    }
}
