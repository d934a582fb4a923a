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

/// The creators (indices into `creators`, with their analysis `keys`) `filter` lets
/// through, sorted by `key`. Ties keep roster order; missing values sort last whichever
/// the direction.
pub fn display_order(
    creators: &[Creator],
    keys: &[CreatorKey],
    filter: &CreatorFilter,
    key: SortKey,
    ascending: bool,
) -> Vec<usize> {
    let mut order: Vec<usize> = if filter.is_empty() {
        (0..creators.len()).collect()
    } else {
        filter.apply(creators, keys)
    };
    if key == SortKey::Line && ascending {
        // Creators are kept in the order of their first lines.
        return order;
    }
    let num = |i: usize| sort_value(key, &creators[i], &keys[i]);
    match key {
        SortKey::Handle => order.sort_by_cached_key(|&i| creators[i].handle.to_lowercase()),
        SortKey::Platform => order.sort_by_key(|&i| creators[i].platform),
        _ => {
            // Each creator's value looked up once, not at each of the ~20 comparisons a
            // million-row sort makes of it; sorted with its index, so that ties keep the
            // order they had (`order` is ascending), as a stable sort would.
            let mut keyed: Vec<(Option<f64>, usize)> = order.iter().map(|&i| (num(i), i)).collect();
            keyed.sort_unstable_by(|(x, a), (y, b)| {
                match (x, y) {
                    (Some(x), Some(y)) => x.total_cmp(y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
                .then(a.cmp(b))
            });
            order = keyed.into_iter().map(|(_, i)| i).collect();
        }
    }
    if !ascending {
        let missing_last = matches!(key, SortKey::Handle | SortKey::Platform);
        if missing_last {
            order.reverse();
        } else {
            let split = order
                .iter()
                .position(|&i| num(i).is_none())
                .unwrap_or(order.len());
            order[..split].reverse();
        }
    }
    order
}

fn sort_value(key: SortKey, c: &Creator, m: &CreatorKey) -> Option<f64> {
    match key {
        SortKey::Line => Some(c.line as f64),
        SortKey::Followers => c.get(Metric::Followers),
        SortKey::Tier => m.tier.map(|t| t.index() as f64),
        SortKey::Engagements => m.engagements,
        SortKey::Er => m.er,
        SortKey::Price => m.price,
        SortKey::Cpe => m.cpe,
        SortKey::Cpm => m.cpm,
        SortKey::Cpv => m.cpv,
        SortKey::Flags => Some(f64::from(m.flags)),
        SortKey::Handle | SortKey::Platform => None,
    }
}
