//! Local search from a feasible plan ([`improve`]): the best change of one candidate's
//! posts, exchange of posts between two, or raise of one that drops the weakest posts per
//! cent to make room, until none helps.

use super::super::model::{plan_value, Item, Model, Tally};
use super::ranked::{by_key_high_first, low_first};

/// Local search from a feasible plan: applies the best single change (one candidate's
/// posts) or exchange (one candidate's posts down, another's up) that keeps every
/// constraint and raises the value, until none does or `max_checks` plans were tried.
/// Exchanges matter when the number of creators is capped or bands are tight: the greedy
/// fills by value per cent, the best plan may need fewer, bigger posts. Returns the value.
///
/// Raising posts only adds spend, so the best raise of a candidate is to the most posts
/// the upper limits leave ([`most_posts`]): where that breaks a minimum, fewer do too. So
/// each move costs the same whatever a candidate's range of posts; the posts a candidate
/// may be lowered to, and raised to before a repair, are all of them in a short range and
/// a geometric spread in a long one ([`lower_options`], [`raise_options`]). (Trying every
/// count of posts of candidates allowed a million each never returned.)
pub(super) fn improve(m: &Model, posts: &mut [u32], max_checks: usize) -> f64 {
    let n = m.items.len();
    if max_checks == 0 || n == 0 {
        return plan_value(m, posts);
    }
    let mut t = Tally::of(m, posts);
    if !t.feasible(m) {
        return plan_value(m, posts);
    }
    // Exchange partners: the candidates worth most per cent (all of them when few).
    let partners: Vec<usize> = by_key_high_first(n, |i| efficiency(&m.items[i]))
        .first(PARTNERS)
        .iter()
        .map(|&(_, i)| i)
        .collect();
    let mut checks = 0usize;
    while checks < max_checks {
        // (gain, item, posts, the partner and its posts)
        let mut best: Option<Exchange> = None;
        let floor = |best: &Option<Exchange>| best.map_or(MIN_GAIN, |b| b.0 + MIN_GAIN);
        for (i, (it, &from)) in m.items.iter().zip(posts.iter()).enumerate() {
            let Some(k) = most_posts(m, &t, it, from) else {
                continue;
            };
            let gain = it.value * (f64::from(k) - f64::from(from));
            if gain <= floor(&best) {
                continue;
            }
            checks += 1;
            t.change(it, from, k);
            if t.feasible(m) {
                best = Some((gain, i, k, None));
            }
            t.change(it, k, from);
        }
        for i in 0..n {
            let (it, from) = (&m.items[i], posts[i]);
            for k in lower_options(it, from) {
                let loss = it.value * (f64::from(from) - f64::from(k));
                t.change(it, from, k);
                for &j in partners.iter().filter(|&&j| j != i) {
                    let (jt, jfrom) = (&m.items[j], posts[j]);
                    let Some(kj) = most_posts(m, &t, jt, jfrom) else {
                        continue;
                    };
                    let gain = jt.value * (f64::from(kj) - f64::from(jfrom)) - loss;
                    if gain <= floor(&best) {
                        continue;
                    }
                    checks += 1;
                    t.change(jt, jfrom, kj);
                    if t.feasible(m) {
                        best = Some((gain, i, k, Some((j, kj))));
                    }
                    t.change(jt, kj, jfrom);
                }
                t.change(it, k, from);
            }
        }
        let Some((_, i, k, partner)) = best else {
            // No single change or exchange helps: raise one candidate and make room by
            // dropping the weakest posts per cent, then refill.
            match raise_and_repair(m, posts, &partners, &mut checks) {
                Some(better) => {
                    posts.copy_from_slice(&better);
                    t = Tally::of(m, posts);
                    continue;
                }
                None => break,
            }
        };
        t.change(&m.items[i], posts[i], k);
        posts[i] = k;
        if let Some((j, kj)) = partner {
            t.change(&m.items[j], posts[j], kj);
            posts[j] = kj;
        }
    }
    plan_value(m, posts)
}

/// The most posts `it` (now at `from`) can have within the budget, its group's and
/// platform's maximums and the most creators, given the tally `t`; `None` when it cannot
/// rise at all.
fn most_posts(m: &Model, t: &Tally, it: &Item, from: u32) -> Option<u32> {
    if from == 0 && t.count >= m.max_count {
        return None;
    }
    let room = m
        .budget
        .saturating_sub(t.spend)
        .min(m.groups[it.group].max.saturating_sub(t.groups[it.group]))
        .min(
            m.platforms[it.platform]
                .max
                .saturating_sub(t.platforms[it.platform]),
        );
    let top = (u64::from(from) + room / it.price).min(u64::from(it.hi)) as u32;
    let least = if from == 0 {
        it.lo
    } else {
        from.checked_add(1)?
    };
    (top >= least).then_some(top)
}

/// The least gain in value a move must bring (and by which it must beat the best move so
/// far) to be taken: smaller ones are rounding.
const MIN_GAIN: f64 = 1e-9;

/// Ranges of posts up to this long are tried whole by the local search.
const WHOLE_RANGE: u32 = 8;

/// The posts below `from` the local search lowers `it` to, fewest first: 0 (unless
/// forced), then every count from `lo`, or in a long range `lo` and `from` less 1, 2, 4, ….
fn lower_options(it: &Item, from: u32) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    if from == 0 {
        return out;
    }
    if !it.forced {
        out.push(0);
    }
    if from <= it.lo {
        return out;
    }
    if from - it.lo <= WHOLE_RANGE {
        out.extend(it.lo..from);
    } else {
        let mut below: Vec<u32> = std::iter::successors(Some(1u32), |d| d.checked_mul(2))
            .map_while(|d| from.checked_sub(d).filter(|k| *k > it.lo))
            .collect();
        below.reverse();
        out.push(it.lo);
        out.extend(below);
    }
    out
}

/// The posts above `from` a repair raises `it` to, fewest first: every count in a short
/// range, else the first and then 1, 3, 7, … more, and the most.
fn raise_options(it: &Item, from: u32) -> Vec<u32> {
    let first = if from == 0 {
        it.lo
    } else {
        match from.checked_add(1) {
            Some(k) => k,
            None => return Vec::new(),
        }
    };
    if first > it.hi {
        return Vec::new();
    }
    if it.hi - first <= WHOLE_RANGE {
        return (first..=it.hi).collect();
    }
    let mut out: Vec<u32> = std::iter::successors(Some(0u32), |d| d.checked_mul(2)?.checked_add(1))
        .map_while(|d| first.checked_add(d).filter(|k| *k < it.hi))
        .collect();
    out.push(it.hi);
    out
}

/// The exchange partners of the local search: this many candidates worth most per cent.
const PARTNERS: usize = 400;

/// Value per cent, as the local search ranks candidates.
fn efficiency(it: &Item) -> f64 {
    it.value / it.price as f64
}

/// The best plan found by raising one of `partners` to more posts, dropping the weakest
/// posts per cent of the others until every upper limit holds, then adding the best posts
/// per cent that still fit; `None` when none beats `posts`.
///
/// Each try changes few candidates' posts, so it is made on one copy of the plan, undone
/// after it, and valued over the candidates with posts only (in index order, as
/// `plan_value` adds them: the candidates left out add nothing).
fn raise_and_repair(
    m: &Model,
    posts: &[u32],
    partners: &[usize],
    checks: &mut usize,
) -> Option<Vec<u32>> {
    let current = plan_value(m, posts);
    let chosen: Vec<usize> = (0..posts.len()).filter(|&i| posts[i] > 0).collect();
    // Weakest first (for dropping); the partners are strongest first (for refilling). Only
    // candidates with posts can be dropped (the raised one never is, and it is the only one
    // whose posts differ from the plan's when dropping starts), so only they are ordered.
    let mut weakest: Vec<(f64, usize)> = chosen
        .iter()
        .map(|&i| (efficiency(&m.items[i]), i))
        .collect();
    weakest.sort_unstable_by(low_first);
    let start = Tally::of(m, posts);
    let mut p = posts.to_vec();
    // Candidates whose posts this try changed (to undo it), and those with posts after it.
    let mut touched: Vec<usize> = Vec::new();
    let mut support: Vec<usize> = Vec::new();
    let mut best: Option<(f64, Vec<(usize, u32)>)> = None;
    let over = |t: &Tally| {
        t.spend > m.budget
            || t.count > m.max_count
            || m.groups.iter().zip(&t.groups).any(|(b, s)| *s > b.max)
            || m.platforms
                .iter()
                .zip(&t.platforms)
                .any(|(b, s)| *s > b.max)
    };
    for &j in partners {
        for kj in raise_options(&m.items[j], posts[j]) {
            *checks += 1;
            for &i in &touched {
                p[i] = posts[i];
            }
            touched.clear();
            let mut t = start.clone();
            t.change(&m.items[j], p[j], kj);
            p[j] = kj;
            touched.push(j);
            for &(_, i) in &weakest {
                if !over(&t) {
                    break;
                }
                if i == j || p[i] == 0 {
                    continue;
                }
                let it = &m.items[i];
                let to = if it.forced { it.lo } else { 0 };
                if to < p[i] {
                    t.change(it, p[i], to);
                    p[i] = to;
                    touched.push(i);
                }
            }
            if over(&t) {
                continue;
            }
            for &i in partners {
                let it = &m.items[i];
                let from = p[i];
                if let Some(to) = most_posts(m, &t, it, from) {
                    t.change(it, from, to);
                    p[i] = to;
                    touched.push(i);
                }
            }
            if !t.feasible(m) {
                continue;
            }
            support.clear();
            support.extend(chosen.iter().chain(&touched).copied().filter(|&i| p[i] > 0));
            support.sort_unstable();
            support.dedup();
            let z = support
                .iter()
                .map(|&i| m.items[i].value * f64::from(p[i]))
                .sum::<f64>();
            if z > current + MIN_GAIN && best.as_ref().is_none_or(|(b, _)| z > *b) {
                best = Some((z, touched.iter().map(|&i| (i, p[i])).collect()));
            }
        }
    }
    best.map(|(_, changes)| {
        let mut out = posts.to_vec();
        for (i, k) in changes {
            out[i] = k;
        }
        out
    })
}

/// A move of the local search: (gain, item, its posts, the partner and its posts).
type Exchange = (f64, usize, u32, Option<(usize, u32)>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::model::Band;
    use crate::domain::split::testgen::{enumerate, item, model};

    #[test]
    fn exchanges_fix_what_the_greedy_gets_wrong_under_a_creator_cap() {
        // One creator at most: the cheap one is worth most per cent, the dear one most.
        let mut m = model(
            vec![item(100, 10.0, 0), item(1_000, 60.0, 0)],
            3_000,
            vec![Band::ANY],
        );
        m.max_count = 1;
        let mut posts = vec![3, 0];
        let z = improve(&m, &mut posts, 1_000);
        assert_eq!((posts.clone(), z), (vec![0, 3], 180.0));
        assert!(Tally::of(&m, &posts).feasible(&m));
    }

    #[test]
    fn raising_one_post_can_drop_several_small_ones() {
        // The budget is full of three small posts; a second post of the big one is worth
        // more than all three, but only after dropping every one of them.
        let big = Item {
            price: 1_300,
            value: 3_500.0,
            group: 0,
            platform: 0,
            lo: 1,
            hi: 2,
            forced: false,
        };
        let small = |price: u64, value: f64| Item {
            hi: 1,
            ..item(price, value, 0)
        };
        let m = model(
            vec![big, small(500, 300.0), small(450, 280.0), small(400, 250.0)],
            2_700,
            vec![Band::ANY],
        );
        let mut posts = vec![1, 1, 1, 1];
        assert!(Tally::of(&m, &posts).feasible(&m));
        let z = improve(&m, &mut posts, 10_000);
        assert_eq!(posts, vec![2, 0, 0, 0]);
        assert_eq!(z, 7_000.0);
        assert_eq!(enumerate(&m), Some(7_000.0));
    }
}
