//! The creators table's order: which creators a filter lets through, sorted by one column
//! either way. Pure, so the page's worker, the page itself and tests share it.

use serde::{Deserialize, Serialize};

use super::analysis::CreatorKey;
use super::filter::CreatorFilter;
use super::roster::{Creator, Metric};

/// Columns of the creators table, each sortable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    /// The line of the creator's first row.
    Line,
    /// The handle, any case.
    Handle,
    /// The platform.
    Platform,
    /// Followers.
    Followers,
    /// The tier, smallest first.
    Tier,
    /// Engagements per post.
    Engagements,
    /// The headline engagement rate.
    Er,
    /// The price per post, supplied or estimated.
    Price,
    /// Cost per engagement.
    Cpe,
    /// Cost per thousand impressions.
    Cpm,
    /// Cost per view.
    Cpv,
    /// How many data-quality flags were raised.
    Flags,
}

impl SortKey {
    /// Every column, in the table's order.
    pub const ALL: [SortKey; 12] = [
        SortKey::Line,
        SortKey::Handle,
        SortKey::Platform,
        SortKey::Followers,
        SortKey::Tier,
        SortKey::Engagements,
        SortKey::Er,
        SortKey::Price,
        SortKey::Cpe,
        SortKey::Cpm,
        SortKey::Cpv,
        SortKey::Flags,
    ];

    /// Translation key of the column's title.
    pub fn title_key(self) -> &'static str {
        match self {
            SortKey::Line => "col.line",
            SortKey::Handle => "col.handle",
            SortKey::Platform => "col.platform",
            SortKey::Followers => "col.followers",
            SortKey::Tier => "col.tier",
            SortKey::Engagements => "col.engagements",
            SortKey::Er => "col.er",
            SortKey::Price => "col.price",
            SortKey::Cpe => "col.cpe",
            SortKey::Cpm => "col.cpm",
            SortKey::Cpv => "col.cpv",
            SortKey::Flags => "col.flags",
        }
    }
}

/// Every creator sorted by one column, ascending: the base every order by that column is
/// made from ([`Sorted::arrange`]), so the engine sorts a column once and turns it around,
/// or filters it, without sorting again.
#[derive(Clone, Debug, PartialEq)]
pub struct Sorted {
    /// Creator indices, ascending by the column, ties in roster order, creators without a
    /// value last.
    order: Vec<u32>,
    /// How many creators have a value (the first `present` of `order`).
    present: usize,
    /// Descending turns everything around (names and platforms, which every creator has),
    /// not only the creators with a value.
    turn_all: bool,
}

impl Sorted {
    /// Sorts every creator by `key`.
    pub fn new(creators: &[Creator], keys: &[CreatorKey], key: SortKey) -> Sorted {
        let mut order: Vec<u32> = (0..creators.len() as u32).collect();
        let num = |i: u32| sort_value(key, &creators[i as usize], &keys[i as usize]);
        let turn_all = matches!(key, SortKey::Handle | SortKey::Platform);
        let present = match key {
            SortKey::Line => creators.len(), // creators are kept in the order of their first lines
            SortKey::Handle => {
                order.sort_by_cached_key(|&i| creators[i as usize].handle.to_lowercase());
                creators.len()
            }
            SortKey::Platform => {
                order.sort_by_key(|&i| creators[i as usize].platform);
                creators.len()
            }
            _ => {
                // Each creator's value looked up once, not at each of the ~20 comparisons a
                // million-row sort makes of it; sorted with its index, so that ties keep
                // roster order, as a stable sort would.
                let mut keyed: Vec<(Option<f64>, u32)> =
                    order.iter().map(|&i| (num(i), i)).collect();
                keyed.sort_unstable_by(|(x, a), (y, b)| {
                    match (x, y) {
                        (Some(x), Some(y)) => x.total_cmp(y),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    }
                    .then(a.cmp(b))
                });
                let present = keyed.iter().take_while(|(v, _)| v.is_some()).count();
                order = keyed.into_iter().map(|(_, i)| i).collect();
                present
            }
        };
        Sorted {
            order,
            present,
            turn_all,
        }
    }

    /// The creators `keep` lets through (all when `None`; indexed by creator), in this
    /// column's order either way; creators without a value stay last when descending.
    pub fn arrange(&self, ascending: bool, keep: Option<&[bool]>) -> Vec<usize> {
        let kept = |&&i: &&u32| keep.is_none_or(|k| k.get(i as usize).copied().unwrap_or(false));
        let (with, without) = self.order.split_at(self.present);
        let out: Vec<usize> = if ascending {
            self.order
                .iter()
                .filter(kept)
                .map(|&i| i as usize)
                .collect()
        } else if self.turn_all {
            self.order
                .iter()
                .rev()
                .filter(kept)
                .map(|&i| i as usize)
                .collect()
        } else {
            with.iter()
                .rev()
                .chain(without.iter())
                .filter(kept)
                .map(|&i| i as usize)
                .collect()
        };
        out
    }
}

/// Which creators `filter` lets through, by creator index; `None` when it lets everyone.
pub fn filter_mask(
    creators: &[Creator],
    keys: &[CreatorKey],
    filter: &CreatorFilter,
) -> Option<Vec<bool>> {
    if filter.is_empty() {
        return None;
    }
    let mut keep = vec![false; creators.len()];
    for i in filter.apply(creators, keys) {
        keep[i] = true;
    }
    Some(keep)
}

/// The creators (indices into `creators`, with their analysis `keys`) `filter` lets
/// through, sorted by `key`. Ties keep roster order (turned around when descending);
/// missing values sort last whichever the direction.
pub fn display_order(
    creators: &[Creator],
    keys: &[CreatorKey],
    filter: &CreatorFilter,
    key: SortKey,
    ascending: bool,
) -> Vec<usize> {
    let keep = filter_mask(creators, keys, filter);
    if key == SortKey::Line && ascending {
        // Creators are kept in the order of their first lines.
        return match keep {
            None => (0..creators.len()).collect(),
            Some(k) => (0..creators.len()).filter(|&i| k[i]).collect(),
        };
    }
    Sorted::new(creators, keys, key).arrange(ascending, keep.as_deref())
}

fn sort_value(key: SortKey, c: &Creator, m: &CreatorKey) -> Option<f64> {
    match key {
        SortKey::Line => Some(f64::from(c.line)),
        SortKey::Followers => c.get(Metric::Followers),
        SortKey::Tier => m.tier.map(|t| t.index() as f64),
        SortKey::Engagements => m.engagements(),
        SortKey::Er => m.er(),
        SortKey::Price => m.price(),
        SortKey::Cpe => m.cpe(),
        SortKey::Cpm => m.cpm(),
        SortKey::Cpv => m.cpv(),
        SortKey::Flags => Some(f64::from(m.flags)),
        SortKey::Handle | SortKey::Platform => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{analyze, read_roster, Platform, ReadOptions, Settings, Tier};

    /// The order by its definition, the slow way: the filter's creators, stably sorted by
    /// the column (missing values last), the creators with a value turned around for
    /// descending (names and platforms: everyone).
    fn display_order_before(
        creators: &[Creator],
        keys: &[CreatorKey],
        filter: &CreatorFilter,
        key: SortKey,
        ascending: bool,
    ) -> Vec<usize> {
        let mut order: Vec<usize> = (0..creators.len())
            .filter(|i| filter.is_empty() || filter.apply(creators, keys).contains(i))
            .collect();
        let value = |i: usize| sort_value(key, &creators[i], &keys[i]);
        match key {
            SortKey::Handle => order.sort_by_key(|&i| creators[i].handle.to_lowercase()),
            SortKey::Platform => order.sort_by_key(|&i| creators[i].platform),
            _ => order.sort_by(|&a, &b| match (value(a), value(b)) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
                (x, y) => y.is_some().cmp(&x.is_some()),
            }),
        }
        if !ascending {
            let with = match key {
                SortKey::Handle | SortKey::Platform => order.len(),
                _ => order.iter().filter(|&&i| value(i).is_some()).count(),
            };
            order[..with].reverse();
        }
        order
    }

    /// A roster with ties, missing figures and every platform.
    fn roster() -> (Vec<Creator>, Vec<CreatorKey>) {
        let mut csv = String::from("handle,platform,followers,likes,comments,price\n");
        for i in 0..600u32 {
            let followers = if i % 17 == 0 {
                String::new()
            } else {
                (1_000 + (i * 37) % 90_000).to_string()
            };
            let likes = if i % 11 == 0 {
                String::new()
            } else {
                ((i * 13) % 4_000).to_string()
            };
            let price = if i % 3 == 0 {
                String::new()
            } else {
                (50 + (i % 7) * 100).to_string()
            };
            let platform = ["instagram", "tiktok", "youtube", "twitch"][(i % 4) as usize];
            csv.push_str(&format!(
                "{}{},{platform},{followers},{likes},{},{price}\n",
                ["Ana", "bo", "Cy"][(i % 3) as usize],
                i % 50,
                i % 9
            ));
        }
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let keys = analyze(&roster, &Settings::default()).keys;
        (roster.creators, keys)
    }

    #[test]
    fn every_order_is_the_one_sorted_each_time_for_every_column_direction_and_filter() {
        let (creators, keys) = roster();
        assert!(creators.len() > 100);
        let filters = [
            CreatorFilter::default(),
            CreatorFilter {
                platform: Some(Platform::TikTok),
                ..CreatorFilter::default()
            },
            CreatorFilter {
                tier: Some(Tier::Micro),
                flagged: true,
                ..CreatorFilter::default()
            },
            CreatorFilter {
                text: "bo1".into(),
                ..CreatorFilter::default()
            },
        ];
        for key in SortKey::ALL {
            let sorted = Sorted::new(&creators, &keys, key);
            for filter in &filters {
                let keep = filter_mask(&creators, &keys, filter);
                for ascending in [true, false] {
                    let want = display_order_before(&creators, &keys, filter, key, ascending);
                    assert_eq!(
                        sorted.arrange(ascending, keep.as_deref()),
                        want,
                        "{key:?} ascending {ascending} {filter:?}"
                    );
                    assert_eq!(
                        display_order(&creators, &keys, filter, key, ascending),
                        want
                    );
                }
            }
        }
    }
}
