//! Orders sorted only as far as they are read ([`Ranked`]): the solver's greedy and local
//! search walk a million candidates by value per cent (or a priced key) and mostly stop
//! after the first few dozen, so sorting all of them on every walk was most of a solve.
//! And the first position of an order from which a cost fits what is left ([`MinTree`]),
//! for walks that would otherwise pass over a million candidates too dear for the rest of
//! the budget.
//!
//! The orders are strict total orders (keys compared with `total_cmp`, ties broken by the
//! index), so whatever sorts them, the order read is the one a full sort gives.

use std::cmp::Ordering;

/// The first prefix sorted (then the sorted part doubles each time it runs out).
const FIRST_CHUNK: usize = 256;

/// Elements in the order of `cmp`, sorted lazily: reading position `k` sorts the prefix up
/// to it (by partial selection of the rest, then a sort of the part selected), so a walk
/// that stops early costs about a linear pass instead of a full sort. `cmp` must be a strict
/// total order (no two elements equal), so the order is that of a full sort.
pub(super) struct Ranked<T> {
    items: Vec<T>,
    sorted: usize,
    cmp: fn(&T, &T) -> Ordering,
}

impl<T: Copy> Ranked<T> {
    /// The elements, to be read in the order of `cmp`.
    pub(super) fn new(items: Vec<T>, cmp: fn(&T, &T) -> Ordering) -> Ranked<T> {
        Ranked {
            items,
            sorted: 0,
            cmp,
        }
    }

    /// How many elements there are.
    pub(super) fn len(&self) -> usize {
        self.items.len()
    }

    /// The element at position `k` of the order (`None` past the end).
    pub(super) fn get(&mut self, k: usize) -> Option<T> {
        while k >= self.sorted && self.sorted < self.items.len() {
            self.extend();
        }
        self.items.get(k).copied()
    }

    /// The first `k` elements in order (all of them when fewer).
    pub(super) fn first(&mut self, k: usize) -> &[T] {
        let k = k.min(self.items.len());
        if k > 0 {
            self.get(k - 1);
        }
        &self.items[..k]
    }

    /// Sorts the next part of the order: as long again as what is sorted (at least
    /// [`FIRST_CHUNK`]), or the rest.
    fn extend(&mut self) {
        let cmp = self.cmp;
        let rest = &mut self.items[self.sorted..];
        let take = self.sorted.max(FIRST_CHUNK);
        if take < rest.len() {
            rest.select_nth_unstable_by(take - 1, cmp);
            rest[..take].sort_unstable_by(cmp);
            self.sorted += take;
        } else {
            rest.sort_unstable_by(cmp);
            self.sorted = self.items.len();
        }
    }
}

/// Best first: the higher key first, the lower index on a tie.
pub(super) fn high_first(a: &(f64, usize), b: &(f64, usize)) -> Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
}

/// Weakest first: the lower key first, the lower index on a tie.
pub(super) fn low_first(a: &(f64, usize), b: &(f64, usize)) -> Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
}

/// Indices `0..n` with the key of each, best first (the higher key, then the lower index),
/// read lazily.
pub(super) fn by_key_high_first(n: usize, key: impl Fn(usize) -> f64) -> Ranked<(f64, usize)> {
    Ranked::new((0..n).map(|i| (key(i), i)).collect(), high_first)
}

/// Costs by position with the least of every power-of-two block (a segment tree), to find
/// the first position from some position on whose cost is within a bound in O(log n).
pub(super) struct MinTree {
    /// Leaves from `size` on (past the costs: `u64::MAX`); node `x` holds the least of
    /// nodes `2x` and `2x + 1`.
    tree: Vec<u64>,
    size: usize,
    len: usize,
}

impl MinTree {
    /// The tree of these costs.
    pub(super) fn new(costs: &[u64]) -> MinTree {
        let size = costs.len().next_power_of_two();
        let mut tree = vec![u64::MAX; 2 * size];
        tree[size..size + costs.len()].copy_from_slice(costs);
        for x in (1..size).rev() {
            tree[x] = tree[2 * x].min(tree[2 * x + 1]);
        }
        MinTree {
            tree,
            size,
            len: costs.len(),
        }
    }

    /// The first position from `from` on whose cost is at most `bound` (`None` if none).
    pub(super) fn first_at_most(&self, from: usize, bound: u64) -> Option<usize> {
        if from >= self.len {
            return None;
        }
        let mut x = from + self.size;
        loop {
            if self.tree[x] <= bound {
                // The leftmost leaf within the bound under this node.
                while x < self.size {
                    x *= 2;
                    if self.tree[x] > bound {
                        x += 1;
                    }
                }
                return Some(x - self.size).filter(|&k| k < self.len);
            }
            // The next block to the right: up while a right child, then its right sibling.
            while x & 1 == 1 {
                x >>= 1;
            }
            if x == 0 {
                return None;
            }
            x += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::test_random;

    /// Keys as the solver's are: value per cent, many of them equal (the same price and
    /// figures), some zero, an infinite and a NaN one.
    fn keys(rnd: &mut dyn FnMut(u64) -> u64, n: usize) -> Vec<f64> {
        (0..n)
            .map(|_| match rnd(50) {
                0 => 0.0,
                1 => -0.0,
                2 => f64::INFINITY,
                3 => f64::NAN,
                4 => -(rnd(100) as f64) / 7.0,
                _ => (1 + rnd(40)) as f64 / (1 + rnd(9)) as f64,
            })
            .collect()
    }

    #[test]
    fn read_lazily_the_order_is_the_full_sort_s_at_every_position() {
        let mut rnd = test_random(71);
        for n in [0, 1, 2, 255, 256, 257, 1_000, 5_000] {
            let key = keys(&mut rnd, n);
            let mut full: Vec<usize> = (0..n).collect();
            full.sort_by(|&a, &b| key[b].total_cmp(&key[a]).then(a.cmp(&b)));
            // Read all at once, step by step, and from a deep position first.
            let mut all = by_key_high_first(n, |i| key[i]);
            let got: Vec<usize> = all.first(n + 3).iter().map(|x| x.1).collect();
            assert_eq!(got, full, "n {n}");
            let mut stepwise = by_key_high_first(n, |i| key[i]);
            let got: Vec<usize> = (0..n + 2)
                .map_while(|k| stepwise.get(k))
                .map(|x| x.1)
                .collect();
            assert_eq!(got, full, "n {n}");
            let mut deep = by_key_high_first(n, |i| key[i]);
            if n > 700 {
                assert_eq!(deep.get(700).map(|x| x.1), Some(full[700]));
                assert_eq!(deep.get(3).map(|x| x.1), Some(full[3]));
            }
            let got: Vec<usize> = deep.first(n).iter().map(|x| x.1).collect();
            assert_eq!(got, full, "n {n}");
        }
    }

    #[test]
    fn the_first_cost_within_a_bound_is_the_one_a_walk_finds() {
        let mut rnd = test_random(72);
        for n in [0, 1, 2, 3, 64, 100, 1_000] {
            // Prices in cents as rosters have them: many equal, a few far dearer.
            let costs: Vec<u64> = (0..n)
                .map(|_| match rnd(20) {
                    0 => 5_000_000 + rnd(1_000),
                    _ => 1_000 * (1 + rnd(30)),
                })
                .collect();
            let tree = MinTree::new(&costs);
            for _ in 0..200 {
                let from = rnd(n as u64 + 3) as usize;
                let bound = match rnd(4) {
                    0 => 0,
                    1 => u64::MAX,
                    _ => 1_000 * rnd(32),
                };
                let walk = (from..n).find(|&k| costs[k] <= bound);
                assert_eq!(
                    tree.first_at_most(from, bound),
                    walk,
                    "n {n} from {from} bound {bound}"
                );
            }
        }
        // Costs of u64::MAX are found with a bound of u64::MAX, the padding past them is not.
        let tree = MinTree::new(&[u64::MAX, 7, u64::MAX]);
        assert_eq!(tree.first_at_most(0, u64::MAX), Some(0));
        assert_eq!(tree.first_at_most(2, u64::MAX), Some(2));
        assert_eq!(tree.first_at_most(3, u64::MAX), None);
        assert_eq!(tree.first_at_most(0, 6), None);
        assert_eq!(tree.first_at_most(0, 7), Some(1));
    }

    #[test]
    fn the_weakest_first_order_is_the_reverse_of_the_keys_but_not_of_ties() {
        let mut r = Ranked::new(
            vec![(2.0, 0), (1.0, 1), (2.0, 2), (0.5, 3), (1.0, 4)],
            low_first,
        );
        let got: Vec<usize> = r.first(5).iter().map(|x| x.1).collect();
        assert_eq!(got, vec![3, 1, 4, 0, 2]);
        assert_eq!(r.get(5), None);
        let mut h = Ranked::new(vec![(1.0, 1), (2.0, 0), (1.0, 0)], high_first);
        let got: Vec<usize> = h.first(3).iter().map(|x| x.1).collect();
        assert_eq!(got, vec![0, 0, 1]);
    }
}
