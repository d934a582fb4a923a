//! The entry points: every strategy side by side with the mega-vs-micro comparison
//! ([`Planning`]), for a roster ([`plan_all`], [`plan_all_in`]) or a pool already built
//! ([`plan_pool`]).

use serde::{Deserialize, Serialize};

use super::candidates::{candidates_in, Pool, Skip};
use super::mega_vs_micro::{mega_vs_micro, MegaVsMicro};
use super::plans::{Outcomes, Plan};
use super::settings::{Objective, SplitSettings, Strategy};
use super::strategies::plan_one;
use super::to_model::limits_of;
use crate::domain::analysis::Settings;
use crate::domain::currency::Currency;
use crate::domain::roster::Roster;

/// Every strategy side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Planning {
    /// The candidates the plans were made from, and who was left out.
    pub pool: Pool,
    /// The settings these plans are for.
    pub settings: SplitSettings,
    /// What the plans maximise (the settings' objective).
    pub objective: Objective,
    /// Each strategy with what it came to, in [`Strategy::ALL`] order.
    pub strategies: Vec<(Strategy, Outcomes)>,
    /// The seed's comparison of one mega creator with 30–40 micro ones.
    pub mega_vs_micro: MegaVsMicro,
    /// Some candidate of the pool has a conversions figure (its own or from the typed
    /// rate), so conversions can be shown; kept when [`Planning::compact`] drops the
    /// candidates no plan holds.
    pub any_conversions: bool,
    /// Who the creators the plans mention are (their candidates and the forced ones), by
    /// creator index, once [`Planning::name`] has named them: what the page calls them by
    /// without the roster at hand.
    #[serde(default)]
    pub named: Vec<Who>,
}

/// A creator a plan mentions: their roster line, handle and name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Who {
    /// Index into the roster's creators.
    pub creator: usize,
    /// The line of the creator's first row.
    pub line: u64,
    /// The creator's handle.
    pub handle: crate::domain::roster::Text,
    /// The creator's display name (empty without one).
    pub name: crate::domain::roster::Text,
}

impl Who {
    /// Creator `creator` of `roster`, if there is one.
    pub fn of(roster: &Roster, creator: usize) -> Option<Who> {
        roster.creators.get(creator).map(|c| Who {
            creator,
            line: u64::from(c.line),
            handle: c.handle.clone(),
            name: c.name.clone(),
        })
    }
}

impl Planning {
    /// What this strategy came to.
    pub fn get(&self, s: Strategy) -> Option<&Outcomes> {
        self.strategies
            .iter()
            .find(|(k, _)| *k == s)
            .map(|(_, o)| o)
    }

    /// The same plans with only the candidates some plan holds (each plan line's
    /// `candidate` renumbered to match): what the page needs to show them, small enough to
    /// send from a worker whatever the roster's size.
    pub fn compact(mut self) -> Planning {
        let mut kept: Vec<Option<usize>> = vec![None; self.pool.candidates.len()];
        let mut candidates = Vec::new();
        let mut renumber = |plan: &mut Plan| {
            for l in &mut plan.lines {
                let Some(slot) = kept.get_mut(l.candidate) else {
                    continue;
                };
                l.candidate = *slot.get_or_insert_with(|| {
                    candidates.push(self.pool.candidates[l.candidate].clone());
                    candidates.len() - 1
                });
            }
        };
        for (_, outcomes) in &mut self.strategies {
            if let Some(plan) = outcomes.plan_mut() {
                renumber(plan);
            }
        }
        let m = &mut self.mega_vs_micro;
        for plan in [m.one_mega.as_mut(), m.micro.as_mut()]
            .into_iter()
            .flatten()
        {
            renumber(plan);
        }
        self.pool.candidates = candidates;
        self
    }

    /// The same plans, every creator they mention named from `roster` (see
    /// [`Planning::who`]). Names every candidate: for a pool of a whole big roster,
    /// [`Planning::compact`] first.
    pub fn name(mut self, roster: &Roster) -> Planning {
        let mut creators: Vec<usize> = self.pool.candidates.iter().map(|c| c.creator).collect();
        creators.extend(self.settings.forced.iter().copied());
        creators.sort_unstable();
        creators.dedup();
        self.named = creators
            .into_iter()
            .filter_map(|i| Who::of(roster, i))
            .collect();
        self
    }

    /// Who creator `creator` (an index into the roster) is, when [`Planning::name`] named
    /// them.
    pub fn who(&self, creator: usize) -> Option<&Who> {
        self.named
            .binary_search_by_key(&creator, |w| w.creator)
            .ok()
            .map(|k| &self.named[k])
    }
}

/// Every strategy for a roster.
pub fn plan_all(roster: &Roster, analysis: &Settings, s: &SplitSettings) -> Planning {
    plan_all_in(roster, analysis, s, None)
}

/// [`plan_all`] for a budget in `currency` (see [`candidates_in`]).
pub fn plan_all_in(
    roster: &Roster,
    analysis: &Settings,
    s: &SplitSettings,
    currency: Option<Currency>,
) -> Planning {
    let pool = candidates_in(roster, analysis, s, currency);
    plan_pool(pool, s)
}

/// Counts, among the pool's skipped creators, those whose fewest posts cost more than the
/// cap or the whole budget (they are in no plan; forced ones are reported as conflicts).
pub fn count_over_cap(pool: &mut Pool, s: &SplitSettings) {
    let cap = limits_of(s).cap.min(limits_of(s).budget);
    let lo = u64::from(s.posts.0.max(1));
    let over = pool
        .candidates
        .iter()
        .filter(|c| c.posts_cost(lo) > u128::from(cap) && !s.forced.contains(&c.creator))
        .count();
    pool.skipped.retain(|(k, _)| *k != Skip::OverCap);
    if over > 0 {
        pool.skipped.push((Skip::OverCap, over));
    }
}

/// Every strategy for a pool already built.
pub fn plan_pool(mut pool: Pool, s: &SplitSettings) -> Planning {
    count_over_cap(&mut pool, s);
    let strategies = Strategy::ALL
        .iter()
        .map(|k| (*k, plan_one(&pool.candidates, s, *k)))
        .collect();
    let mega_vs_micro = mega_vs_micro(&pool.candidates, s);
    let any_conversions = pool.candidates.iter().any(|c| c.conversions.is_some());
    Planning {
        any_conversions,
        settings: s.clone(),
        objective: s.objective,
        strategies,
        mega_vs_micro,
        pool,
        named: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roster::Platform;
    use crate::domain::split::testgen::candidate;
    use crate::domain::split::Cap;
    use crate::domain::tier::Tier;

    #[test]
    fn a_pool_is_planned_by_every_strategy_with_those_over_the_cap_counted() {
        let pool = Pool {
            candidates: vec![
                candidate(0, Tier::Micro, Platform::Instagram, 1_000, 10.0),
                candidate(1, Tier::Macro, Platform::Instagram, 90_000, 800.0),
            ],
            skipped: vec![(Skip::NoPrice, 2)],
        };
        let s = SplitSettings {
            budget: 1_000.0,
            cap: Some(Cap::Percent(50.0)),
            ..SplitSettings::default()
        };
        let p = plan_pool(pool, &s);
        let kinds: Vec<Strategy> = p.strategies.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, Strategy::ALL.to_vec());
        assert_eq!(p.pool.skipped, vec![(Skip::NoPrice, 2), (Skip::OverCap, 1)]);
        assert_eq!(p.objective, s.objective);
        assert_eq!(p.get(Strategy::TierMix), Some(&Outcomes::NeedsTierMix));
        // Counted once, however often it is asked.
        let mut pool = p.pool.clone();
        count_over_cap(&mut pool, &s);
        assert_eq!(pool.skipped, p.pool.skipped);
    }

    #[test]
    fn a_compact_plan_names_its_creators_and_the_forced_ones_from_the_roster() {
        use crate::domain::{read_roster, ReadOptions};
        let mut csv = String::from("handle,name,followers,likes,price\n");
        for i in 0..60u64 {
            let f = 3_000 + i * 9_000;
            csv.push_str(&format!("c{i},Creator {i},{f},{},{}\n", f / 25, 50 + i * 7));
        }
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let s = SplitSettings {
            budget: 900.0,
            // One creator forced in whom no budget of 900 can pay: a conflict names them.
            forced: vec![59],
            ..SplitSettings::default()
        };
        let p = plan_all(&roster, &Settings::default(), &s)
            .compact()
            .name(&roster);
        assert!(p.pool.candidates.len() < roster.creators.len());
        for c in &p.pool.candidates {
            let who = p.who(c.creator).expect("named");
            let creator = &roster.creators[c.creator];
            assert_eq!(
                (who.line, who.handle.as_str(), who.name.as_str()),
                (
                    u64::from(creator.line),
                    creator.handle.as_str(),
                    creator.name.as_str()
                )
            );
        }
        assert_eq!(p.who(59).map(|w| w.handle.as_str()), Some("c59"));
        assert_eq!(p.who(roster.creators.len()), None);
        assert!(p.named.windows(2).all(|w| w[0].creator < w[1].creator));
    }
}
