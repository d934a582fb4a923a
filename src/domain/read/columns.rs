//! Which column feeds which field, and why. Headers say what they can
//! ([`match_header`]); the first rows' cells settle what headers cannot:
//!
//! - who a creator is: of `Tiktoker name` and `Tiktok name`, the one whose cells look like
//!   handles (no spaces) holds handles; `Display name @handle` in one cell gives both;
//! - two columns for one field: a per-post average over a lifetime total, exact figures
//!   over rounded ones (`221700` over `221.7K`), the fuller one; columns that never hold a
//!   figure in the same row (JSON objects with `subscribers` in one, `followers` in the
//!   next) both fill it;
//! - figures that are not what the header says: lifetime totals (views hundreds of times
//!   the followers) are not views per post; an `Engagement` column of percentages is a rate;
//!   a `platform` column holding `Music` and `Games` is not the platform;
//! - the platform, when no column gives it: from the headers' words (`Youtuber`,
//!   `Tiktoker`, `subscribers`), and from profile or post links row by row.
//!
//! Every such decision is told in a [`Notice`]; the user's own mapping overrides them all.

use super::super::header::{match_header, Field, HeaderMatch, Identity};
use super::super::number::read_cell;
use super::super::roster::{ChoiceReason, ColumnRef, Notice, Platform, PlatformCell, PlatformFrom};
use super::ReadOptions;

/// How many rows the decisions look at.
pub(super) const SAMPLE_ROWS: usize = 1000;

/// The first rows' cells, as text (trimmed), one vector per row.
pub(super) type Sample = Vec<Vec<String>>;

/// The decisions about the columns.
#[derive(Debug)]
pub(super) struct ColumnPlan {
    /// Per column: the field it feeds (several columns may feed one field when they never
    /// hold it in the same row).
    pub fields: Vec<Option<Field>>,
    /// Per column: set by the user.
    pub by_user: Vec<bool>,
    /// A column whose cells are `Display name @handle`: the name and the handle both come
    /// from it.
    pub name_and_handle: Option<usize>,
    /// Columns holding profile or post links, for the platform of rows without one.
    pub link_columns: Vec<usize>,
    /// What the headers' words say of the platform.
    pub platform_hint: PlatformHint,
    /// The handle column's header says it holds handles (`username`); not so when the
    /// handles were told from a `name` column by their cells.
    pub handle_by_header: bool,
    /// Headers the user's mapping by header text names that no column has.
    pub unknown_headers: Vec<String>,
    pub notices: Vec<Notice>,
}

/// What the sample says of one column.
#[derive(Debug, Default, Clone)]
struct Stats {
    filled: usize,
    /// Cells that look like handles: no spaces, letters, digits, `.`, `_`, `-`.
    handle_like: usize,
    /// Cells all in lower case (handles on Instagram and TikTok are).
    lower: usize,
    /// Cells of the form `Display name @handle`.
    name_at_handle: usize,
    /// Cells with a `%`.
    percent: usize,
    /// Cells read as numbers, and their significant digits.
    numeric: usize,
    digits: usize,
    /// Cells with a `K`/`M`/`B` suffix: rounded figures.
    suffixed: usize,
    platforms: usize,
    not_platforms: usize,
    /// Examples of the values that are not platforms.
    not_platform_examples: Vec<String>,
    links: usize,
    /// Per sample row: the cell's value, if a number.
    values: Vec<Option<f64>>,
    /// Per sample row: the cell is filled.
    present: Vec<bool>,
}

/// Instagram and TikTok handles are ASCII letters, digits, `.` and `_` (YouTube adds `-`);
/// a one-word name in another script (`Татьяна`) is a name.
fn is_handle_like(t: &str) -> bool {
    let t = t.strip_prefix('@').unwrap_or(t);
    !t.is_empty()
        && t.len() <= 40
        && t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
}

/// `Display name @handle`: the name and the handle.
pub(super) fn split_name_at_handle(t: &str) -> Option<(&str, &str)> {
    let at = t.rfind(" @")?;
    let (name, handle) = (t[..at].trim(), &t[at + 2..]);
    (!name.is_empty() && is_handle_like(handle)).then_some((name, handle))
}

fn link_platform(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    ["tiktok.com", "instagram.com", "youtube.com", "youtu.be"]
        .iter()
        .any(|d| l.contains(d))
}

fn significant_digits(t: &str) -> usize {
    let digits: Vec<u8> = t.bytes().filter(u8::is_ascii_digit).collect();
    let start = digits
        .iter()
        .position(|d| *d != b'0')
        .unwrap_or(digits.len());
    let end = digits
        .iter()
        .rposition(|d| *d != b'0')
        .map_or(start, |e| e + 1);
    // Trailing zeros of a whole number are not significant (221700 ~ 2217), but a suffix
    // already rounds: what counts is how many digits were written.
    end.saturating_sub(start)
}

impl Stats {
    fn of(sample: &Sample, col: usize) -> Stats {
        let mut s = Stats::default();
        for row in sample {
            let cell = row.get(col).map_or("", |c| c.as_str());
            let missing = super::super::number::is_missing(cell);
            s.present.push(!missing);
            let value = if missing {
                None
            } else {
                // An ambiguous cell (`10.000`) as a count reads it: grouped, the larger.
                read_cell(cell.as_bytes())
                    .ok()
                    .flatten()
                    .map(|r| r.if_comma.map_or(r.value, |c| c.max(r.value)))
            };
            s.values.push(value);
            if missing {
                continue;
            }
            s.filled += 1;
            if is_handle_like(cell) {
                s.handle_like += 1;
            }
            if !cell.chars().any(char::is_uppercase) {
                s.lower += 1;
            }
            if split_name_at_handle(cell).is_some() {
                s.name_at_handle += 1;
            }
            if cell.contains('%') || cell.contains('٪') {
                s.percent += 1;
            }
            if value.is_some() {
                s.numeric += 1;
                s.digits += significant_digits(cell);
                if cell
                    .trim_end()
                    .ends_with(|c: char| matches!(c.to_ascii_lowercase(), 'k' | 'm' | 'b'))
                {
                    s.suffixed += 1;
                }
            }
            // Platforms are short words, links hold a dot: most cells are neither.
            let platform_like = value.is_none() && cell.len() <= 30;
            match platform_like.then(|| Platform::classify(cell)).flatten() {
                Some(PlatformCell::Known(_) | PlatformCell::Other) => s.platforms += 1,
                Some(PlatformCell::NotAPlatform) => {
                    s.not_platforms += 1;
                    if s.not_platform_examples.len() < 3
                        && !s.not_platform_examples.iter().any(|e| e == cell)
                    {
                        s.not_platform_examples.push(cell.to_string());
                    }
                }
                None => {}
            }
            if cell.contains('.') && link_platform(cell) {
                s.links += 1;
            }
        }
        s
    }

    fn share(&self, n: usize) -> f64 {
        if self.filled == 0 {
            0.0
        } else {
            n as f64 / self.filled as f64
        }
    }

    /// Mean significant digits of the numeric cells.
    fn precision(&self) -> f64 {
        if self.numeric == 0 {
            0.0
        } else {
            self.digits as f64 / self.numeric as f64
        }
    }
}

/// Figures per post: a column of one of these holding lifetime totals is not one of them.
/// The ratio to followers above which a column's median says "lifetime total".
const LIFETIME_RATIO: [(Field, f64); 6] = [
    (Field::Views, 50.0),
    (Field::Likes, 5.0),
    (Field::Comments, 1.0),
    (Field::Shares, 2.0),
    (Field::Saves, 2.0),
    (Field::Engagements, 5.0),
];

fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    Some(xs[xs.len() / 2])
}

/// Decides every column's field.
pub(super) fn plan(headers: &[String], sample: &Sample, options: &ReadOptions) -> ColumnPlan {
    let n = headers.len();
    let matches: Vec<HeaderMatch> = headers.iter().map(|h| match_header(h)).collect();
    let stats: Vec<Stats> = (0..n).map(|i| Stats::of(sample, i)).collect();
    let mut fields: Vec<Option<Field>> = matches.iter().map(|m| m.field).collect();
    let mut notices = Vec::new();
    // A header names its column; its number tells two of the same name apart.
    let header = |i: usize| ColumnRef::of(headers, i);

    // Figures the header misnames: an `Engagement` column of percentages is a rate; a rate
    // column of large whole counts is interactions.
    for i in 0..n {
        let s = &stats[i];
        if fields[i] == Some(Field::Engagements) && s.filled > 0 && s.share(s.percent) > 0.5 {
            fields[i] = Some(Field::EngagementRate);
            notices.push(Notice::ReadAs {
                column: header(i),
                field: Field::EngagementRate,
            });
        } else if fields[i] == Some(Field::EngagementRate) && s.percent == 0 && s.numeric > 0 {
            let big = s.values.iter().flatten().filter(|v| **v > 100.0).count();
            if big * 2 > s.numeric {
                fields[i] = Some(Field::Engagements);
                notices.push(Notice::ReadAs {
                    column: header(i),
                    field: Field::Engagements,
                });
            }
        }
    }

    // A platform column must hold platforms.
    for i in 0..n {
        let s = &stats[i];
        if fields[i] == Some(Field::Platform)
            && s.not_platforms > 0
            && s.not_platforms * 2 >= s.platforms + s.not_platforms
        {
            fields[i] = None;
            notices.push(Notice::NotPlatforms {
                column: header(i),
                examples: s.not_platform_examples.clone(),
            });
        }
    }

    let name_at_handle = decide_identity(&matches, &stats, &mut fields, &mut notices, headers);

    // Lifetime totals: a per-post figure hundreds of times the followers is not per post.
    let followers = best_of(Field::Followers, &fields, &matches, &stats, &[]);
    let mut lifetime = vec![false; n];
    if let Some(f) = followers {
        for i in 0..n {
            let Some(&(_, limit)) = LIFETIME_RATIO.iter().find(|(x, _)| Some(*x) == fields[i])
            else {
                continue;
            };
            let ratios: Vec<f64> = stats[i]
                .values
                .iter()
                .zip(&stats[f].values)
                .filter_map(|(v, f)| match (v, f) {
                    (Some(v), Some(f)) if *f > 0.0 => Some(v / f),
                    _ => None,
                })
                .collect();
            if ratios.len() >= 3 {
                if let Some(m) = median(ratios) {
                    lifetime[i] = m > limit;
                    if lifetime[i] {
                        notices.push(Notice::LifetimeTotals {
                            column: header(i),
                            field: fields[i].unwrap_or(Field::Views),
                            times_followers: m,
                        });
                    }
                }
            }
        }
    }
    for i in 0..n {
        if lifetime[i] || (matches[i].lifetime && per_post(fields[i])) {
            if !lifetime[i] {
                notices.push(Notice::LifetimeTotals {
                    column: header(i),
                    field: fields[i].unwrap_or(Field::Views),
                    times_followers: 0.0,
                });
            }
            fields[i] = None;
        }
    }

    // Two columns for one field.
    for field in Field::ALL {
        if matches!(field, Field::Handle | Field::Name) {
            continue;
        }
        let cols: Vec<usize> = (0..n).filter(|&i| fields[i] == Some(field)).collect();
        if cols.len() < 2 {
            continue;
        }
        if complementary(&cols, &stats) {
            notices.push(Notice::ColumnsCombined {
                field,
                columns: cols.iter().map(|&i| header(i)).collect(),
            });
            continue;
        }
        let Some(best) = best_of(field, &fields, &matches, &stats, &lifetime) else {
            continue;
        };
        let why = reason(best, &cols, &matches, &stats);
        for &i in &cols {
            if i != best {
                fields[i] = None;
            }
        }
        notices.push(Notice::ColumnChosen {
            field,
            used: header(best),
            over: cols
                .iter()
                .filter(|&&i| i != best)
                .map(|&i| header(i))
                .collect(),
            why,
        });
    }

    // The user's mapping, by index (the Columns panel) or by header (`--map`), wins.
    let mut by_user = vec![false; n];
    let mut mapping = options.mapping.clone();
    let mut unknown_headers = Vec::new();
    for (name, field) in &options.map_by_header {
        let want = super::super::header::normalize(name);
        match headers
            .iter()
            .position(|h| super::super::header::normalize(h) == want)
        {
            Some(i) => mapping.push((i, *field)),
            None => unknown_headers.push(name.trim().to_string()),
        }
    }
    for &(i, f) in &mapping {
        if i >= n {
            continue;
        }
        if let Some(f) = f {
            // A field the user gives to this column is taken from any other column.
            for (j, other) in fields.iter_mut().enumerate() {
                if *other == Some(f) {
                    *other = None;
                    by_user[j] = false;
                }
            }
        }
        fields[i] = f;
        by_user[i] = true;
    }
    let name_and_handle = name_at_handle
        .filter(|&i| fields[i] == Some(Field::Name) && !fields.contains(&Some(Field::Handle)));
    if let Some(i) = name_and_handle {
        notices.push(Notice::NameAndHandle { column: header(i) });
    }

    let link_columns = (0..n)
        .filter(|&i| stats[i].filled > 0 && stats[i].share(stats[i].links) >= 0.3)
        .collect();
    let handle_by_header = fields.iter().enumerate().any(|(i, f)| {
        *f == Some(Field::Handle) && (by_user[i] || matches[i].identity == Some(Identity::Handle))
    });
    ColumnPlan {
        unknown_headers,
        handle_by_header,
        fields,
        by_user,
        name_and_handle,
        link_columns,
        platform_hint: platform_hint(headers, &matches),
        notices,
    }
}

/// Fields whose figures are per post (a lifetime total of them is not).
fn per_post(field: Option<Field>) -> bool {
    LIFETIME_RATIO.iter().any(|(f, _)| Some(*f) == field)
}

/// Whether no sample row holds a value in two of these columns.
fn complementary(cols: &[usize], stats: &[Stats]) -> bool {
    let rows = stats[cols[0]].present.len();
    let mut any = false;
    for r in 0..rows {
        let filled = cols.iter().filter(|&&c| stats[c].present[r]).count();
        if filled > 1 {
            return false;
        }
        any |= filled == 1;
    }
    any
}

/// The better of the columns that feed `field`: not a lifetime total, an average per post,
/// exact rather than rounded, fuller; else the first.
fn best_of(
    field: Field,
    fields: &[Option<Field>],
    matches: &[HeaderMatch],
    stats: &[Stats],
    lifetime: &[bool],
) -> Option<usize> {
    let cols: Vec<usize> = (0..fields.len())
        .filter(|&i| fields[i] == Some(field))
        .collect();
    let mut best = *cols.first()?;
    for &i in &cols[1..] {
        if better(i, best, matches, stats, lifetime).is_some() {
            best = i;
        }
    }
    Some(best)
}

/// Why `a` is better than `b`, if it is.
fn better(
    a: usize,
    b: usize,
    matches: &[HeaderMatch],
    stats: &[Stats],
    lifetime: &[bool],
) -> Option<ChoiceReason> {
    let life = |i: usize| lifetime.get(i).copied().unwrap_or(false) || matches[i].lifetime;
    if life(a) != life(b) {
        return (!life(a)).then_some(ChoiceReason::NotLifetime);
    }
    if matches[a].average != matches[b].average {
        return matches[a].average.then_some(ChoiceReason::Average);
    }
    // A `K`/`M` suffix is a rounded figure.
    let rounded = |i: usize| stats[i].share(stats[i].suffixed);
    if (rounded(a) - rounded(b)).abs() >= 0.5 && stats[a].numeric > 0 && stats[b].numeric > 0 {
        return (rounded(a) < rounded(b)).then_some(ChoiceReason::MoreDigits);
    }
    let (pa, pb) = (stats[a].precision(), stats[b].precision());
    if (pa - pb).abs() >= 0.5 && stats[a].numeric > 0 && stats[b].numeric > 0 {
        return (pa > pb).then_some(ChoiceReason::MoreDigits);
    }
    let (fa, fb) = (stats[a].filled, stats[b].filled);
    if fa * 10 > fb * 11 {
        return Some(ChoiceReason::Fuller);
    }
    None
}

/// Why `best` was chosen over the others, in the words of the first rule that decided.
fn reason(best: usize, cols: &[usize], matches: &[HeaderMatch], stats: &[Stats]) -> ChoiceReason {
    cols.iter()
        .filter(|&&i| i != best)
        .find_map(|&i| better(best, i, matches, stats, &[]))
        .unwrap_or(ChoiceReason::First)
}

/// Decides the handle and name columns; returns a column whose cells are `Name @handle`.
fn decide_identity(
    matches: &[HeaderMatch],
    stats: &[Stats],
    fields: &mut [Option<Field>],
    notices: &mut Vec<Notice>,
    headers: &[String],
) -> Option<usize> {
    let of = |id: Identity| -> Vec<usize> {
        (0..fields.len())
            .filter(|&i| {
                matches!(fields[i], Some(Field::Handle | Field::Name))
                    && matches[i].identity == Some(id)
            })
            .collect()
    };
    let (handles, names, either) = (
        of(Identity::Handle),
        of(Identity::Name),
        of(Identity::Either),
    );
    let handle_share = |i: usize| stats[i].share(stats[i].handle_like);
    let lower_share = |i: usize| stats[i].share(stats[i].lower);
    let mut handle = handles.first().copied();
    let mut name = names.first().copied();
    let mut by_cells = false;
    let mut open: Vec<usize> = either.clone();
    if handle.is_none() && !open.is_empty() {
        // The most handle-like of the open columns, if its cells look like handles.
        let mut best = open[0];
        for &i in &open[1..] {
            let (hi, hb) = (handle_share(i), handle_share(best));
            let more = hi - hb >= 0.15
                || ((hi - hb).abs() < 0.15 && lower_share(i) - lower_share(best) >= 0.15);
            if more {
                best = i;
            }
        }
        let clearly = handle_share(best) >= 0.9
            || (open.len() > 1
                && open.iter().all(|&j| {
                    j == best
                        || handle_share(best) - handle_share(j) >= 0.15
                        || lower_share(best) - lower_share(j) >= 0.15
                }));
        if clearly && stats[best].filled > 0 {
            handle = Some(best);
            open.retain(|&i| i != best);
            by_cells = true;
        }
    }
    if name.is_none() && !open.is_empty() {
        // The least handle-like of what is left.
        let mut best = open[0];
        for &i in &open[1..] {
            if handle_share(i) + 0.15 <= handle_share(best) {
                best = i;
            }
        }
        name = Some(best);
        open.retain(|&i| i != best);
    }
    for (i, field) in fields.iter_mut().enumerate() {
        if matches!(field, Some(Field::Handle | Field::Name)) {
            *field = if Some(i) == handle {
                Some(Field::Handle)
            } else if Some(i) == name {
                Some(Field::Name)
            } else {
                None
            };
        }
    }
    if by_cells {
        notices.push(Notice::IdentityByCells {
            handle: handle.map(|i| headers[i].trim().to_string()),
            name: name
                .filter(|i| either.contains(i))
                .map(|i| headers[i].trim().to_string()),
        });
    }
    let others: Vec<String> = handles
        .iter()
        .skip(1)
        .chain(names.iter().skip(1))
        .chain(open.iter())
        .map(|&i| headers[i].trim().to_string())
        .collect();
    if !others.is_empty() {
        notices.push(Notice::IdentityExtra { columns: others });
    }
    name.filter(|&i| stats[i].filled > 0 && stats[i].share(stats[i].name_at_handle) >= 0.7)
}

/// What the headers' words say of the platform of rows without one.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum PlatformHint {
    /// No header names a platform.
    Silent,
    /// They name this one ([`PlatformFrom`] says which headers, and what they outweigh).
    Names(Platform, PlatformFrom),
    /// They name several, none clearly ([`PlatformFrom::HeadersDisagree`]).
    Disagree(PlatformFrom),
}

/// The platform the headers' words name: `Tiktoker name`, `Youtuber`, `insta` name it
/// outright; weaker words (`subscribers`, used on several platforms) decide only when no
/// header names a platform outright, and each counts once per field (two `Subscribers
/// count` columns are one hint). A platform wins when it is named at least twice as often
/// as any other.
fn platform_hint(headers: &[String], matches: &[HeaderMatch]) -> PlatformHint {
    let mut strong = [0usize; 3];
    // Per platform: the fields its weaker words were seen for.
    let mut weak: [Vec<Option<Field>>; 3] = Default::default();
    let mut said: [Vec<String>; 3] = Default::default();
    let mut said_strong: [Vec<String>; 3] = Default::default();
    for (h, m) in headers.iter().zip(matches) {
        let Some((p, is_strong)) = m.platform else {
            continue;
        };
        let Some(i) = Platform::KNOWN.iter().position(|k| *k == p) else {
            continue;
        };
        if is_strong {
            strong[i] += 1;
        } else if !weak[i].contains(&m.field) {
            weak[i].push(m.field);
        }
        // Three are enough to say why.
        let h = h.trim();
        let say = |list: &mut Vec<String>| {
            if list.len() < 3 && !list.iter().any(|x| x == h) {
                list.push(h.to_string());
            }
        };
        say(&mut said[i]);
        if is_strong {
            say(&mut said_strong[i]);
        }
    }
    let by_strong = strong.iter().any(|s| *s > 0);
    let score: [usize; 3] = if by_strong {
        strong
    } else {
        [weak[0].len(), weak[1].len(), weak[2].len()]
    };
    let Some((best, &top)) = score.iter().enumerate().max_by_key(|(_, s)| **s) else {
        return PlatformHint::Silent;
    };
    if top == 0 {
        return PlatformHint::Silent;
    }
    let next = (0..3)
        .filter(|&i| i != best)
        .map(|i| score[i])
        .max()
        .unwrap_or(0);
    let others = |keep: &dyn Fn(usize) -> bool, said: &[Vec<String>; 3]| {
        (0..3)
            .filter(|&i| keep(i) && !said[i].is_empty())
            .map(|i| (Platform::KNOWN[i], said[i].clone()))
            .collect::<Vec<_>>()
    };
    if next > 0 && top < 2 * next {
        return PlatformHint::Disagree(PlatformFrom::HeadersDisagree {
            named: others(
                &|i| score[i] > 0,
                if by_strong { &said_strong } else { &said },
            ),
        });
    }
    let headers = said[best].clone();
    let fewer = others(
        &|i| i != best && score[i] > 0,
        if by_strong { &said_strong } else { &said },
    );
    let weaker = others(&|i| i != best && score[i] == 0, &said);
    let from = if !fewer.is_empty() {
        PlatformFrom::HeadersOverFewer { headers, fewer }
    } else if !weaker.is_empty() {
        PlatformFrom::HeadersOverWeaker { headers, weaker }
    } else {
        PlatformFrom::Headers { headers }
    };
    PlatformHint::Names(Platform::KNOWN[best], from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(rows: &[&[&str]]) -> Sample {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn handles_are_told_from_names_by_their_cells() {
        let h = headers(&["Tiktoker name", "Tiktok name", "Subscribers count"]);
        let s = sample(&[
            &["ekin.721", "MOMO’s", "221.7K"],
            &["jake2r", "Jake2r, Ph.D.", "2.1M"],
            &["k1lauea", "Kilauea Wilson", "1M"],
        ]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(
            p.fields,
            vec![
                Some(Field::Handle),
                Some(Field::Name),
                Some(Field::Followers)
            ]
        );
        assert!(matches!(
            p.platform_hint,
            PlatformHint::Names(Platform::TikTok, _)
        ));
        // The other way round (a YouTube list's `Name` display, `Youtuber` handle).
        let h = headers(&["Name", "Youtuber", "Subscribers"]);
        let s = sample(&[
            &["T-Series Bhakti", "tseriesbhakti", "50M"],
            &["Cocomelon - Nursery Rhymes", "checkgate", "132M"],
        ]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(
            p.fields,
            vec![
                Some(Field::Name),
                Some(Field::Handle),
                Some(Field::Followers)
            ]
        );
        assert!(matches!(
            p.platform_hint,
            PlatformHint::Names(Platform::YouTube, _)
        ));
    }

    #[test]
    fn exact_figures_win_over_rounded_ones_and_averages_over_totals() {
        let h = headers(&["handle", "Followers", "Followers", "Views", "ViewsAvg."]);
        let s = sample(&[
            &["a", "221.7K", "221700", "1.96E+11", "2095329"],
            &["b", "2.1M", "2103456", "5E+9", "1200"],
        ]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(p.fields[1], None);
        assert_eq!(p.fields[2], Some(Field::Followers));
        assert_eq!(p.fields[3], None);
        assert_eq!(p.fields[4], Some(Field::Views));
        assert!(p.notices.iter().any(|n| matches!(
            n,
            Notice::ColumnChosen {
                field: Field::Followers,
                why: ChoiceReason::MoreDigits,
                ..
            }
        )));
    }

    #[test]
    fn a_header_written_twice_is_referred_to_with_its_number() {
        let h = headers(&["username", "followers", "Followers ", "likes"]);
        assert_eq!(ColumnRef::of(&h, 0), ColumnRef::plain("username"));
        let twin = ColumnRef::of(&h, 2);
        assert_eq!(twin.header, "Followers");
        assert_eq!(
            twin.position, None,
            "headers differing in case are not twins"
        );
        let h = headers(&["username", "followers", "followers "]);
        let twin = ColumnRef::of(&h, 2);
        assert_eq!(twin.position, Some(3));
        // JSON keeps the readable form.
        let notice = Notice::NameAndHandle { column: twin };
        let json = serde_json::to_string(&notice).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"kind":"name_and_handle","column":"followers (column 3)"}"#
        );
    }

    #[test]
    fn complementary_columns_both_fill_the_field() {
        let h = headers(&["username", "subscribers", "followers"]);
        let s = sample(&[&["a", "100", ""], &["b", "", "200"]]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(
            p.fields,
            vec![
                Some(Field::Handle),
                Some(Field::Followers),
                Some(Field::Followers)
            ]
        );
    }

    #[test]
    fn a_category_column_is_not_the_platform() {
        let h = headers(&["Youtuber", "subscribers", "platform"]);
        let s = sample(&[&["tseries", "245M", "Music"], &["mrbeast", "180M", "Games"]]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(p.fields[2], None);
        assert!(
            matches!(&p.notices[0], Notice::NotPlatforms { examples, .. } if examples == &["Music", "Games"])
        );
    }

    #[test]
    fn a_platform_named_outright_beats_weaker_words_however_many() {
        let hint = |h: &[&str]| plan(&headers(h), &Sample::new(), &ReadOptions::default());
        let p = hint(&[
            "Tiktoker",
            "Subscribers count",
            "Subscribers count",
            "Likes avg",
        ]);
        assert_eq!(
            p.platform_hint,
            PlatformHint::Names(
                Platform::TikTok,
                PlatformFrom::HeadersOverWeaker {
                    headers: vec!["Tiktoker".into()],
                    weaker: vec![(Platform::YouTube, vec!["Subscribers count".into()])],
                }
            )
        );
        // Weaker words alone decide, each once per field: two `subscribers` columns are one
        // hint, as many as `plays`.
        let p = hint(&["handle", "subscribers", "Subscribers count", "plays"]);
        assert_eq!(
            p.platform_hint,
            PlatformHint::Disagree(PlatformFrom::HeadersDisagree {
                named: vec![
                    (Platform::TikTok, vec!["plays".into()]),
                    (
                        Platform::YouTube,
                        vec!["subscribers".into(), "Subscribers count".into()]
                    ),
                ]
            })
        );
        let p = hint(&["handle", "subscribers", "uploads", "plays"]);
        assert!(matches!(
            p.platform_hint,
            PlatformHint::Names(Platform::YouTube, PlatformFrom::HeadersOverFewer { .. })
        ));
        // Words naming two platforms outright, once each: neither.
        let p = hint(&["Tiktoker", "Youtuber", "followers"]);
        assert!(matches!(p.platform_hint, PlatformHint::Disagree(_)));
        let p = hint(&["Tiktoker name", "Tiktok name", "insta followers"]);
        assert!(matches!(
            p.platform_hint,
            PlatformHint::Names(Platform::TikTok, PlatformFrom::HeadersOverFewer { .. })
        ));
        let p = hint(&["Youtuber", "subscribers"]);
        assert_eq!(
            p.platform_hint,
            PlatformHint::Names(
                Platform::YouTube,
                PlatformFrom::Headers {
                    headers: vec!["Youtuber".into(), "subscribers".into()]
                }
            )
        );
        assert_eq!(
            hint(&["handle", "followers"]).platform_hint,
            PlatformHint::Silent
        );
    }

    #[test]
    fn name_and_handle_in_one_cell() {
        let h = headers(&["#", "NAME", "FOLLOWERS"]);
        let s = sample(&[
            &["1", "Shahid @shahid", "4.3M"],
            &["3", "????? ???? @dooj214", "3.8M"],
            &["5", "??? ??????? @bro..anas", "3.1M"],
        ]);
        let p = plan(&h, &s, &ReadOptions::default());
        assert_eq!(p.name_and_handle, Some(1));
    }
}
