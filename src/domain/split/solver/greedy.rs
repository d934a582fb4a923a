//! The greedy plans: with the multipliers' prices, forced items first, then the group,
//! platform and count minimums, then the fill by priced efficiency and by plain value per
//! cent ([`Scaled::build_plan`]); and restarts with one skipped creator placed first.

use std::cell::RefCell;

use super::super::model::{plan_value_of_chosen, Incumbent, Item, Tally};
use super::lagrange::{Duals, Scaled};
use super::ranked::{by_key_high_first, high_first, Ranked};

/// The greedy's orders for one set of multipliers.
pub(super) struct Greedy {
    r: Vec<f64>,
    key: Vec<f64>,
    /// Items by priced efficiency, best first, sorted as far as read: those whose key is
    /// above 0 (few), then the rest (made when first read).
    order: RefCell<Ranked<(f64, usize)>>,
    rest: RefCell<Option<Ranked<(f64, usize)>>>,
    /// Items by the priced value of their first posts, best first (for the minimum count),
    /// made when first needed.
    entry: RefCell<Option<Ranked<(f64, usize)>>>,
}

/// Above 0 in `total_cmp`'s order (a NaN with its sign bit clear is too).
fn above_zero(x: f64) -> bool {
    x.total_cmp(&0.0).is_gt()
}

impl Greedy {
    /// The item at position `k` of the priced order.
    fn at(&self, k: usize) -> Option<usize> {
        let mut head = self.order.borrow_mut();
        if k < head.len() {
            return head.get(k).map(|(_, i)| i);
        }
        let mut rest = self.rest.borrow_mut();
        let rest = rest.get_or_insert_with(|| {
            let keyed = (0..self.key.len())
                .filter(|&i| !above_zero(self.key[i]))
                .map(|i| (self.key[i], i))
                .collect();
            Ranked::new(keyed, high_first)
        });
        rest.get(k - head.len()).map(|(_, i)| i)
    }

    /// The item at position `k` of the order by priced value of the first posts.
    fn entry_at(&self, s: &Scaled, k: usize) -> Option<usize> {
        let mut entry = self.entry.borrow_mut();
        let ranked = entry.get_or_insert_with(|| {
            by_key_high_first(s.m.items.len(), |i| f64::from(s.m.items[i].lo) * self.r[i])
        });
        ranked.get(k).map(|(_, i)| i)
    }
}

impl Scaled<'_> {
    /// A plan built greedily with the multipliers' prices; `None` if it misses a minimum.
    pub(super) fn construct(&self, d: &Duals) -> Option<(Vec<u32>, f64)> {
        let g = self.greedy_order(d);
        self.build_plan(&g, &[])
    }

    /// Items in the multipliers' priced order (with the keys and reduced values); the plain
    /// value-per-cent order is the same for every multiplier ([`Scaled::plain`]).
    pub(super) fn greedy_order(&self, d: &Duals) -> Greedy {
        let m = self.m;
        let (r, c) = self.reduced(d);
        let n = m.items.len();
        // Priced efficiency, with the count reward spread over the first posts.
        let key: Vec<f64> = (0..n)
            .map(|i| (r[i] + c / f64::from(m.items[i].lo)) / self.price[i])
            .collect();
        // Every key above 0 comes before every other in the order (`total_cmp`'s).
        let head = (0..n)
            .filter(|&i| above_zero(key[i]))
            .map(|i| (key[i], i))
            .collect();
        Greedy {
            r,
            key,
            order: RefCell::new(Ranked::new(head, high_first)),
            rest: RefCell::new(None),
            entry: RefCell::new(None),
        }
    }

    /// Restarts of the greedy with one skipped creator placed first: the greedy fills in
    /// priced order and may leave out a big post that the best plan pays for (a mega post
    /// worth a quarter of the budget) because the room is gone when its turn comes.
    pub(super) fn restarts(&self, d: &Duals, best: &mut Incumbent) {
        let g = self.greedy_order(d);
        let Some((base, _)) = self.build_plan(&g, &[]) else {
            return;
        };
        let skipped: Vec<usize> = (0..)
            .map_while(|k| g.at(k))
            .filter(|&i| base[i] < self.m.items[i].hi && self.value[i] > 0.0)
            .take(30)
            .collect();
        for i in skipped {
            let it = &self.m.items[i];
            for k in [it.hi, it.lo] {
                if let Some((p, z)) = self.build_plan(&g, &[(i, k)]) {
                    if best.as_ref().is_none_or(|(_, b)| z > *b) {
                        *best = Some((p, z));
                    }
                }
            }
        }
    }

    /// The greedy plan: forced items, then `first` (an item and its posts) if given, then
    /// the minimums, then the fill.
    pub(super) fn build_plan(&self, g: &Greedy, first: &[(usize, u32)]) -> Option<(Vec<u32>, f64)> {
        let m = self.m;
        let n = m.items.len();
        let key = &g.key;
        let plain = self.plain();
        let mut posts = vec![0u32; n];
        let mut t = Tally::new(m);
        // The items given posts (so that the plan is walked and valued over those only).
        let chosen: RefCell<Vec<usize>> = RefCell::new(plain.forced.clone());
        for &i in &plain.forced {
            let it = &m.items[i];
            t.change(it, 0, it.lo);
            posts[i] = it.lo;
        }
        for &(i, k) in first {
            let it = &m.items[i];
            let from = posts[i];
            if k < from || !t.fits(m, it, from, k) {
                return None;
            }
            t.change(it, from, k);
            posts[i] = k;
            chosen.borrow_mut().push(i);
        }
        // Adds posts to `i` (up to `cap` posts in all) while the upper limits allow.
        let raise = |i: usize, cap: u32, posts: &mut Vec<u32>, t: &mut Tally| -> bool {
            let it = &m.items[i];
            let from = posts[i];
            let mut to = from;
            let top = cap.min(it.hi);
            // (Checked: an item may have u32::MAX posts.)
            let mut next = if from == 0 {
                Some(it.lo)
            } else {
                from.checked_add(1)
            };
            while let Some(k) = next.filter(|&k| k <= top && t.fits(m, it, from, k)) {
                to = k;
                next = k.checked_add(1);
            }
            if to > from {
                t.change(it, from, to);
                posts[i] = to;
                if from == 0 {
                    chosen.borrow_mut().push(i);
                }
                true
            } else {
                false
            }
        };
        // 1. Group and platform minimums, each with its own best items, post by post.
        for by_platform in [false, true] {
            let bands = if by_platform { &m.platforms } else { &m.groups };
            for (j, band) in bands.iter().enumerate() {
                let spent = |t: &Tally| {
                    if by_platform {
                        t.platforms[j]
                    } else {
                        t.groups[j]
                    }
                };
                let member = |it: &Item| (if by_platform { it.platform } else { it.group }) == j;
                for i in (0..).map_while(|k| g.at(k)) {
                    if spent(&t) >= band.min {
                        break;
                    }
                    if !member(&m.items[i]) {
                        continue;
                    }
                    while spent(&t) < band.min {
                        let want = if posts[i] == 0 {
                            m.items[i].lo
                        } else {
                            posts[i].saturating_add(1)
                        };
                        if !raise(i, want, &mut posts, &mut t) {
                            break;
                        }
                    }
                }
            }
        }
        // 2. The minimum count, with the items whose first posts are worth most as priced.
        // (Those with posts are passed over: raising one to its fewest posts does nothing.)
        if t.count < m.min_count {
            for i in (0..).map_while(|k| g.entry_at(self, k)) {
                if t.count >= m.min_count {
                    break;
                }
                if posts[i] == 0 {
                    raise(i, m.items[i].lo, &mut posts, &mut t);
                }
            }
            if t.count < m.min_count {
                // Cheapest first, as a last resort.
                let mut cheapest = Ranked::new(
                    (0..n)
                        .map(|i| (m.items[i].price * u64::from(m.items[i].lo), i))
                        .collect(),
                    Ord::cmp,
                );
                for i in (0..).map_while(|k| cheapest.get(k).map(|(_, i)| i)) {
                    if t.count >= m.min_count {
                        break;
                    }
                    if posts[i] == 0 {
                        raise(i, m.items[i].lo, &mut posts, &mut t);
                    }
                }
            }
        }
        // 3. Fill: priced order, then plain value per cent for what is left. Every raise
        // costs at least a post of the item, so once the budget left is below the cheapest
        // post nothing more fits.
        let room = |t: &Tally| m.budget.saturating_sub(t.spend);
        for i in (0..).map_while(|k| g.at(k)) {
            if key[i] <= 0.0 || room(&t) < plain.cheapest_post {
                break;
            }
            raise(i, u32::MAX, &mut posts, &mut t);
        }
        // In the plain order only the items with posts can rise once their fewest posts
        // cost more than the budget left (or no more creators may join), so the walk goes
        // from one of those to the next without the others.
        let mut with_posts: Vec<usize> = chosen
            .borrow()
            .iter()
            .map(|&i| plain.position[i])
            .filter(|&k| k < plain.positive)
            .collect();
        with_posts.sort_unstable();
        with_posts.dedup();
        let mut with_posts = with_posts.into_iter().peekable();
        let mut from = 0;
        loop {
            let joins = (t.count < m.max_count)
                .then(|| plain.entry.first_at_most(from, room(&t)))
                .flatten()
                .filter(|&k| k < plain.positive);
            let Some(k) = joins.into_iter().chain(with_posts.peek().copied()).min() else {
                break;
            };
            if with_posts.peek() == Some(&k) {
                with_posts.next();
            }
            raise(plain.order[k], u32::MAX, &mut posts, &mut t);
            from = k + 1;
        }
        if !t.feasible(m) {
            return None;
        }
        let value = plan_value_of_chosen(m, &posts, &mut chosen.into_inner());
        Some((posts, value))
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::model::plan_value;
    use super::*;
    use crate::domain::split::testgen::{enumerate, random_model, test_random, SMALL};

    #[test]
    fn greedy_plans_meet_every_constraint_and_take_the_forced() {
        let mut rnd = test_random(33);
        let (mut built, mut possible) = (0, 0);
        for _ in 0..600 {
            let m = random_model(&mut rnd, &SMALL);
            let s = Scaled::new(&m);
            let d = s.zero_duals();
            let mut best: Incumbent = s.construct(&d);
            possible += usize::from(enumerate(&m).is_some());
            s.restarts(&d, &mut best);
            let Some((posts, z)) = best else {
                continue;
            };
            built += 1;
            let t = Tally::of(&m, &posts);
            assert!(t.feasible(&m), "{m:?}: {posts:?}");
            assert_eq!(z, plan_value(&m, &posts));
            for (it, &k) in m.items.iter().zip(&posts) {
                assert!(k == 0 || (it.lo..=it.hi).contains(&k), "{m:?}: {posts:?}");
                assert!(!it.forced || k > 0, "{m:?}: {posts:?}");
            }
            assert!(z <= enumerate(&m).expect("a plan exists") + 1e-9);
        }
        // The greedy is a heuristic; it finds most of the plans there are.
        assert!(built * 2 > possible, "{built} of {possible}");
    }
}
