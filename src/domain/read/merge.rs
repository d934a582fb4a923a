//! Rows of one creator merged: exact repeats are duplicates, the rest per-post rows;
//! follower counts that disagree are flagged. Identities ignore case.

use rustc_hash::FxHashMap;

use super::super::roster::{Creator, Merged, Metric, Platform, Row, Source, Values};

/// Merges rows of the same creator (same platform, handle and label, ignoring case):
/// the first row's creator keeps them all, in input order, for `merge_rows`.
pub(super) fn group_rows(creators: &mut Vec<Creator>, identities: &[u64], by_name: bool) -> bool {
    // Only identities whose bit in a map of hash bits is hit twice can repeat: sorting
    // those finds the repeats without sorting a million identities.
    let bits = (identities.len() * 8)
        .clamp(64, 1 << 24)
        .next_power_of_two();
    let mask = bits as u64 - 1;
    let (mut seen, mut twice) = (vec![0u64; bits / 64], vec![0u64; bits / 64]);
    let slot = |key: u64| {
        let bit = (key & mask) as usize;
        (bit / 64, 1u64 << (bit % 64))
    };
    for &key in identities {
        let (word, bit) = slot(key);
        if seen[word] & bit == 0 {
            seen[word] |= bit;
        } else {
            twice[word] |= bit;
        }
    }
    let mut sorted: Vec<u64> = identities
        .iter()
        .copied()
        .filter(|&key| {
            let (word, bit) = slot(key);
            twice[word] & bit != 0
        })
        .collect();
    sorted.sort_unstable();
    let repeated: rustc_hash::FxHashSet<u64> = sorted
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    if repeated.is_empty() {
        return false;
    }
    // Survivors by identity hash; a list, for the rare 64-bit collision.
    let mut survivors: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut merged = vec![false; creators.len()];
    for (i, (&key, done)) in identities.iter().zip(merged.iter_mut()).enumerate() {
        if !repeated.contains(&key) {
            continue;
        }
        let list = survivors.entry(key).or_default();
        let (before, rest) = creators.split_at_mut(i);
        let row = &rest[0];
        let same = list.iter().copied().find(|&s| {
            if by_name {
                same_name(&before[s], row)
            } else {
                same_identity(&before[s], row.platform, &row.handle, &row.platform_label)
            }
        });
        match same {
            Some(s) => {
                let first = &mut before[s];
                if first.rows().is_empty() {
                    let own = Row {
                        line: u64::from(first.line),
                        values: first.values,
                        post: first.post,
                    };
                    first.merged_mut().rows.push(own);
                }
                first.merged_mut().rows.push(Row {
                    line: u64::from(row.line),
                    values: row.values,
                    post: row.post,
                });
                *done = true;
            }
            None => list.push(i),
        }
    }
    let mut index = 0;
    creators.retain(|_| {
        index += 1;
        !merged[index - 1]
    });
    true
}

/// Merges the rows of one handle: exact repeats are duplicates; the rest are posts. Follower
/// counts that disagree are flagged and the last one is used.
/// Creators told apart by name (no handle column): the same name exactly, case included,
/// on the same platform, with the same follower count (or none).
fn same_name(c: &Creator, row: &Creator) -> bool {
    c.platform == row.platform
        && c.handle == row.handle
        && c.platform_label == row.platform_label
        && c.get(Metric::Followers) == row.get(Metric::Followers)
}

/// The identity of a creator told apart by name: platform, the name exactly and the follower
/// count (see [`same_name`]).
pub(super) fn name_identity_hash(platform: Platform, name: &str, followers: Option<f64>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    name.hash(&mut h);
    followers.map(f64::to_bits).hash(&mut h);
    h.write_u8(platform as u8);
    h.finish()
}

pub(super) fn merge_rows(c: &mut Creator, per_post_column: bool) {
    let values = merge(c.merged_mut(), per_post_column);
    if let Some(v) = values {
        c.values = v;
    }
}

/// [`merge_rows`] on the merged rows: the creator's figures, unless they stay its first
/// row's.
fn merge(c: &mut Merged, per_post_column: bool) -> Option<Values> {
    let mut distinct: Vec<Row> = Vec::with_capacity(c.rows.len());
    for row in c.rows.drain(..) {
        if distinct
            .iter()
            .any(|d| d.post == row.post && d.values.same_as(&row.values))
        {
            c.duplicate_lines.push(row.line);
        } else {
            distinct.push(row);
        }
    }
    let followers: Vec<(u64, f64)> = distinct
        .iter()
        .filter_map(|r| r.values.get(Metric::Followers).map(|f| (r.line, f)))
        .collect();
    // One row per post, scraped over days, sees the count move a little: that is the same
    // creator, not a conflict (the last count is used).
    let drift = |a: f64, b: f64| per_post_column && a.max(b) <= a.min(b) * 1.05;
    if followers
        .windows(2)
        .any(|w| w[0].1 != w[1].1 && !drift(w[0].1, w[1].1))
    {
        c.conflicting_lines = followers.iter().map(|(l, _)| *l).collect();
    }
    if distinct.len() == 1 {
        let values = distinct[0].values;
        c.rows = distinct;
        return Some(values);
    }
    let same_posts = distinct
        .windows(2)
        .all(|w| w[0].values.same_post_figures(&w[1].values));
    // Without a post column, rows whose follower counts disagree are two snapshots of one
    // creator (flagged), not posts to average: the last one is used.
    let snapshots = !per_post_column && !c.conflicting_lines.is_empty();
    if (same_posts || snapshots) && !per_post_column {
        // Only the follower count changed: one creator listed twice, keep the last row.
        let values = distinct.last().map(|last| last.values);
        c.rows = distinct;
        return values;
    }
    let mut values = Values::default();
    for m in Metric::ALL {
        let present: Vec<f64> = distinct.iter().filter_map(|r| r.values.get(m)).collect();
        let v = match m {
            Metric::Followers => followers.last().map(|(_, f)| *f),
            // A price is per post already; a post count is the creator's.
            Metric::Price | Metric::Posts => present.last().copied(),
            _ if present.is_empty() => None,
            _ => Some(present.iter().sum::<f64>() / present.len() as f64),
        };
        values.set(m, v);
    }
    c.source = Source::PerPost {
        posts: distinct.len(),
    };
    c.rows = distinct;
    Some(values)
}

/// A hash of who a creator is: platform, handle and platform label, ignoring case. Rows
/// with the same identity are one creator's (per-post rows or duplicates).
pub(super) fn identity_hash(
    platform: Platform,
    handle: &str,
    label: &str,
    buf: &mut Vec<u8>,
) -> u64 {
    use std::hash::Hasher;
    /// `A`–`Z` to `a`–`z` in eight bytes at once; other bytes (UTF-8 ones too) unchanged.
    fn lower8(w: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        let low = w & (0x7f * ONES);
        let from_a = low + (0x80 - u64::from(b'A')) * ONES;
        let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
        let upper = from_a & !past_z & !w & (0x80 * ONES);
        w | (upper >> 2)
    }
    /// Hashes bytes eight at a time with ASCII letters lower-cased, then their length.
    fn write_folded(h: &mut rustc_hash::FxHasher, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            h.write_u64(lower8(u64::from_le_bytes(w)));
        }
        let rest = chunks.remainder();
        let mut w = [0; 8];
        w[..rest.len()].copy_from_slice(rest);
        h.write_u64(lower8(u64::from_le_bytes(w)));
        h.write_usize(bytes.len());
    }
    let mut h = rustc_hash::FxHasher::default();
    for part in [handle, label] {
        // ASCII letters are lower-cased by `write_folded`; text whose other letters are all
        // lower case already (or caseless) is hashed as it is.
        let lower = |c: char| c.is_ascii() || is_caseless(c) || c.is_lowercase();
        if part.is_ascii() || part.chars().all(lower) {
            write_folded(&mut h, part.as_bytes());
        } else {
            // Lower-case the other letters first; ASCII ones are left to `write_folded`.
            buf.clear();
            let mut utf8 = [0; 4];
            for c in part.chars() {
                if lower(c) {
                    buf.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                } else {
                    for l in c.to_lowercase() {
                        buf.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                    }
                }
            }
            write_folded(&mut h, buf);
        }
    }
    h.write_u8(platform as u8);
    h.finish()
}

/// Characters that are their own lower case, found without the case tables: Latin-1
/// lower-case letters, Arabic, Thai, CJK, Hangul and emoji (the test checks every one).
fn is_caseless(c: char) -> bool {
    CASELESS.iter().any(|r| r.contains(&u32::from(c)))
}

const CASELESS: [std::ops::RangeInclusive<u32>; 6] = [
    0xdf..=0xff,
    0x0600..=0x06ff,
    0x0e00..=0x0e7f,
    0x3040..=0x9fff,
    0xac00..=0xd7a3,
    0x1_f300..=0x1_faff,
];

fn same_identity(c: &Creator, platform: Platform, handle: &str, label: &str) -> bool {
    let eq = |a: &str, b: &str| {
        if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
        }
    };
    c.platform == platform && eq(&c.handle, handle) && eq(&c.platform_label, label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caseless_characters_are_their_own_lower_case() {
        for c in CASELESS
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
        {
            assert!(is_caseless(c));
            assert!(c.to_lowercase().eq([c]), "{c:?} U+{:04X}", u32::from(c));
        }
        assert!(!is_caseless('Ł') && !is_caseless('É') && !is_caseless('Ễ'));
        // Identity hashing also takes a lower-case letter as it is, without the tables.
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            if c.is_lowercase() {
                assert!(c.to_lowercase().eq([c]), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn identities_ignore_case_however_the_text_is_cut() {
        let same = |a: &str, b: &str| {
            let mut buf = Vec::new();
            identity_hash(Platform::TikTok, a, "", &mut buf)
                == identity_hash(Platform::TikTok, b, "", &mut buf)
        };
        // ASCII of every length around the 8-byte steps, and text with UTF-8 in it.
        for n in 0..20 {
            let lower: String = "abcdefghijklmnopqrstuvwxyz"
                .chars()
                .cycle()
                .take(n)
                .collect();
            assert!(same(&lower, &lower.to_uppercase()), "{lower}");
            assert!(same(
                &format!("Ł{lower}"),
                &format!("ł{}", lower.to_uppercase())
            ));
        }
        assert!(same("AZaz@[`{09_", "azaz@[`{09_"));
        assert!(!same("a@", "a`") && !same("z[", "z{") && !same("ab", "abc"));
        // U+212A KELVIN SIGN lower-cases to an ASCII k.
        assert!(same("\u{212a}ate_is_here", "KATE_IS_HERE"));
        assert_ne!(
            identity_hash(Platform::TikTok, "kate", "", &mut Vec::new()),
            identity_hash(Platform::YouTube, "kate", "", &mut Vec::new())
        );
        assert_ne!(
            identity_hash(Platform::Other, "kate", "vk", &mut Vec::new()),
            identity_hash(Platform::Other, "katev", "k", &mut Vec::new())
        );
    }
}
