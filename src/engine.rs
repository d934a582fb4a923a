//! The engine behind the page: it holds a roster and its analysis and answers the heavy
//! questions asked of them (the creators table's order, every strategy's plan). Requests
//! and replies are plain serialisable values, so the engine runs in the page's worker
//! (`src/bin/engine.rs`), off the thread that draws, and natively in tests alike.
//!
//! The page sends the roster's input and the settings whenever they change, then asks;
//! requests are answered in the order they come, so a question is always answered about
//! the last roster and settings sent before it. Each question carries a ticket the page
//! uses to drop answers it no longer waits for.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, NumberFormat};

use crate::domain::currency::Currency;
use crate::domain::filter::CreatorFilter;
use crate::domain::order::{filter_mask, SortKey, Sorted};
use crate::domain::split::form::{BudgetForm, Expected, FormError};
use crate::domain::split::{plan_all_in, Planning};
use crate::domain::view::Overview;
use crate::domain::{
    analyze, read_roster_with, Analysis, Creator, ReadOptions, ReadProgress, Roster, Settings,
};
use crate::domain::{DecimalMark, TierScheme};

/// What the page asks the engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Read this input (the bytes the page read its roster from) with these options: the
    /// roster questions are about from now on.
    Read {
        /// The pasted text's or the file's bytes.
        #[serde(with = "serde_bytes")]
        input: Vec<u8>,
        /// How to read them (the same options the page read them with).
        options: ReadOptions,
    },
    /// Analyse with these settings from now on.
    Settings(Settings),
    /// What the page shows of the roster ([`Overview`]), compared with this scheme.
    View {
        /// Names the answer.
        ticket: u32,
        /// The scheme the tiers are compared with, if any.
        compare: Option<TierScheme>,
    },
    /// The creators a filter lets through, sorted by a column.
    Order {
        /// Names the answer.
        ticket: u32,
        /// Which creators.
        filter: CreatorFilter,
        /// The column sorted by.
        key: SortKey,
        /// Ascending, else descending.
        ascending: bool,
    },
    /// These creators (indices into the roster), for the rows the creators table shows.
    Rows {
        /// Names the answer.
        ticket: u32,
        /// The creators, in the order wanted.
        creators: Vec<u32>,
    },
    /// Every creator's figures as a file or a table to paste, in a language and its
    /// number format.
    Export {
        /// Names the answer.
        ticket: u32,
        /// Which.
        kind: ExportKind,
        /// The language of the headers and words.
        lang: Lang,
        /// How the user's locale writes numbers.
        nf: Box<NumberFormat>,
    },
    /// Every strategy's plan for a budget.
    Plan {
        /// Names the answer.
        ticket: u32,
        /// The budget panel's entries, as typed.
        form: Box<BudgetForm>,
        /// The decimal mark they are read with.
        mark: DecimalMark,
        /// The budget's currency: only prices in it (or in none) are planned with.
        currency: Option<Currency>,
    },
}

/// What the engine answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// The engine is running and listening (sent once, first).
    Ready,
    /// How far reading the roster has come (sent on the way, while it reads).
    Reading(ReadProgress),
    /// The file handed over could not be read (changed or removed since it was picked):
    /// the questions after it are about no roster. Sent by the worker, before the empty
    /// roster's answers.
    Unreadable,
    /// The answer to [`Request::View`].
    Viewed {
        /// The request's ticket.
        ticket: u32,
        /// What the page shows of the roster.
        overview: Box<Overview>,
    },
    /// The answer to [`Request::Order`].
    Ordered {
        /// The request's ticket.
        ticket: u32,
        /// The creators' indices in display order, each as 4 little-endian bytes
        /// ([`order_bytes`]): a million of them cross to the page as one byte array.
        #[serde(with = "serde_bytes")]
        order: Vec<u8>,
    },
    /// The answer to [`Request::Rows`]: the creators asked for, in the order asked (one
    /// index past the roster's end is left out).
    Rows {
        /// The request's ticket.
        ticket: u32,
        /// Each creator asked for, with its index.
        rows: Vec<(u32, Creator)>,
    },
    /// The answer to [`Request::Export`].
    Exported {
        /// The request's ticket.
        ticket: u32,
        /// Which.
        kind: ExportKind,
        /// The file's text (or the table to paste).
        text: String,
        /// How many creators it holds.
        creators: usize,
    },
    /// The answer to [`Request::Plan`], with only the candidates some plan holds
    /// ([`Planning::compact`]).
    Planned {
        /// The request's ticket.
        ticket: u32,
        /// Every strategy's plan.
        planning: Box<Planning>,
        /// Entries of the form that name no creator of the roster (the page finds the
        /// others' faults itself).
        errors: Vec<FormError>,
    },
}

/// A roster, its settings and analysis, answering [`Request`]s.
#[derive(Debug, Default)]
pub struct Engine {
    roster: Roster,
    settings: Settings,
    /// The analysis of `roster` under `settings` (`None` only before the first roster).
    analysis: Option<Analysis>,
    /// Every creator sorted by each column asked for so far, in [`SortKey::ALL`] order:
    /// turning a column around or filtering it sorts nothing again.
    sorted: Vec<Option<Sorted>>,
}

impl Engine {
    /// An engine with no roster and the default settings.
    pub fn new() -> Engine {
        Engine::default()
    }

    /// Answers one request; `Read` and `Settings` have no answer.
    pub fn answer(&mut self, request: Request) -> Option<Reply> {
        self.answer_with(request, &mut |_| {})
    }

    /// [`Engine::answer`], telling `on_the_way` how far a long request has come (reading:
    /// [`Reply::Reading`]).
    pub fn answer_with(
        &mut self,
        request: Request,
        on_the_way: &mut dyn FnMut(Reply),
    ) -> Option<Reply> {
        match request {
            // The analysis is made at once, while the page has nothing to ask yet: a sort
            // asked later is answered sooner.
            Request::Read { input, options } => {
                self.roster =
                    read_roster_with(&input, &options, &mut |p| on_the_way(Reply::Reading(p)));
                self.analysis = Some(analyze(&self.roster, &self.settings));
                self.sorted.clear();
                None
            }
            Request::Settings(settings) => {
                if settings != self.settings || self.analysis.is_none() {
                    self.settings = settings;
                    self.analysis = Some(analyze(&self.roster, &self.settings));
                    self.sorted.clear();
                }
                None
            }
            Request::Order {
                ticket,
                filter,
                key,
                ascending,
            } => {
                let (roster, settings) = (&self.roster, &self.settings);
                let analysis = self
                    .analysis
                    .get_or_insert_with(|| analyze(roster, settings));
                let (creators, keys) = (&roster.creators, &analysis.keys);
                let sorted = sorted_by(&mut self.sorted, creators, keys, key);
                let keep = filter_mask(creators, keys, &filter);
                let order = sorted.arrange(ascending, keep.as_deref());
                Some(Reply::Ordered {
                    ticket,
                    order: order_bytes(&order),
                })
            }
            Request::Rows { ticket, creators } => Some(Reply::Rows {
                ticket,
                rows: creators
                    .into_iter()
                    .filter_map(|i| Some((i, self.roster.creators.get(i as usize)?.clone())))
                    .collect(),
            }),
            Request::Export {
                ticket,
                kind,
                lang,
                nf,
            } => Some(Reply::Exported {
                ticket,
                kind,
                text: export(&self.roster, &self.settings, kind, lang, &nf),
                creators: self.roster.creators.len(),
            }),
            Request::View { ticket, compare } => {
                let (roster, settings) = (&self.roster, &self.settings);
                let analysis = self
                    .analysis
                    .get_or_insert_with(|| analyze(roster, settings));
                Some(Reply::Viewed {
                    ticket,
                    overview: Box::new(Overview::of(roster, analysis, settings, compare.as_ref())),
                })
            }
            Request::Plan {
                ticket,
                form,
                mark,
                currency,
            } => {
                let (split, mut errors) = form.settings(&self.roster, mark);
                errors.retain(|e| matches!(e.expected, Expected::Handles { .. }));
                Some(Reply::Planned {
                    ticket,
                    planning: Box::new(
                        plan_all_in(&self.roster, &self.settings, &split, currency)
                            .compact()
                            .name(&self.roster),
                    ),
                    errors,
                })
            }
        }
    }

    /// Sorts one more column while the page asks nothing (the worker calls it when idle),
    /// so that a click on a column's header is answered without sorting: the columns
    /// people sort by most first. False when every column is sorted already.
    pub fn warm(&mut self) -> bool {
        let Some(analysis) = &self.analysis else {
            return false;
        };
        let (creators, keys) = (&self.roster.creators, &analysis.keys);
        if creators.len() <= WARM_FROM {
            return false;
        }
        for key in WARM_ORDER {
            if self.sorted.get(slot(key)).is_none_or(|s| s.is_none()) {
                sorted_by(&mut self.sorted, creators, keys, key);
                return true;
            }
        }
        false
    }

    /// The roster read last.
    pub fn roster(&self) -> &Roster {
        &self.roster
    }
}

/// The exports of every creator's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// A CSV file for the user's spreadsheet (its delimiter and decimal mark).
    Csv,
    /// A JSON file.
    Json,
    /// Tab-separated text to paste into a spreadsheet.
    Paste,
}

fn export(
    roster: &Roster,
    settings: &Settings,
    kind: ExportKind,
    lang: Lang,
    nf: &NumberFormat,
) -> String {
    use crate::export::{creators_json, creators_tsv, write_csv, SheetFormat};
    let sheet = SheetFormat::for_locale(nf);
    match kind {
        ExportKind::Csv => {
            let mut out = Vec::new();
            // Writing to memory cannot fail; a roster's text is UTF-8.
            let _ = write_csv(&mut out, lang, sheet, roster, settings, nf);
            String::from_utf8_lossy(&out).into_owned()
        }
        ExportKind::Json => creators_json(lang, roster, settings, nf),
        ExportKind::Paste => creators_tsv(lang, sheet, roster, settings, nf),
    }
}

/// Rosters this small are sorted when asked (a few milliseconds): not sorted ahead.
const WARM_FROM: usize = 20_000;

/// The columns [`Engine::warm`] sorts ahead, most asked for first.
const WARM_ORDER: [SortKey; 11] = [
    SortKey::Followers,
    SortKey::Er,
    SortKey::Price,
    SortKey::Cpe,
    SortKey::Engagements,
    SortKey::Tier,
    SortKey::Handle,
    SortKey::Cpm,
    SortKey::Cpv,
    SortKey::Flags,
    SortKey::Platform,
];

fn slot(key: SortKey) -> usize {
    SortKey::ALL.iter().position(|k| *k == key).unwrap_or(0)
}

/// The kept sort by `key`, made now if it is not kept yet.
fn sorted_by<'a>(
    kept: &'a mut Vec<Option<Sorted>>,
    creators: &[crate::domain::Creator],
    keys: &[crate::domain::CreatorKey],
    key: SortKey,
) -> &'a Sorted {
    if kept.len() < SortKey::ALL.len() {
        kept.resize(SortKey::ALL.len(), None);
    }
    kept[slot(key)].get_or_insert_with(|| Sorted::new(creators, keys, key))
}

/// Creator indices as 4 little-endian bytes each (a roster holds fewer than 2³² creators).
pub fn order_bytes(order: &[usize]) -> Vec<u8> {
    order
        .iter()
        .flat_map(|&i| (i as u32).to_le_bytes())
        .collect()
}

/// The indices [`order_bytes`] wrote (a last partial group of bytes is ignored).
pub fn order_from_bytes(bytes: &[u8]) -> Vec<usize> {
    bytes
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::display_order;
    use crate::domain::split::{plan_all_in, Strategy};
    use crate::domain::{read_roster, Platform, Tier};

    /// A roster shaped like an agency's export: platforms, prices, per-post rows.
    fn roster_csv() -> String {
        let mut s = String::from("handle,platform,followers,likes,comments,price\n");
        for i in 0..240u64 {
            let platform = ["instagram", "tiktok", "youtube"][(i % 3) as usize];
            let followers = 2_000 + (i * 7_919) % 900_000;
            let likes = followers / (20 + i % 30);
            let price = 40 + (followers / 900) * (1 + i % 4);
            s.push_str(&format!(
                "@creator{i},{platform},{followers},{likes},{},{price}\n",
                likes / 25
            ));
        }
        s
    }

    fn engine_with(csv: &str, settings: Settings) -> Engine {
        let mut e = Engine::new();
        assert_eq!(
            e.answer(Request::Read {
                input: csv.as_bytes().to_vec(),
                options: ReadOptions::default(),
            }),
            None
        );
        assert_eq!(e.answer(Request::Settings(settings)), None);
        e
    }

    #[test]
    fn the_order_is_the_page_s_order_for_the_same_roster_and_filter() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let analysis = analyze(&roster, &Settings::default());
        let filter = CreatorFilter {
            platform: Some(Platform::TikTok),
            ..CreatorFilter::default()
        };
        for (key, ascending) in [
            (SortKey::Followers, false),
            (SortKey::Er, true),
            (SortKey::Handle, false),
        ] {
            let Some(Reply::Ordered { ticket, order }) = e.answer(Request::Order {
                ticket: 7,
                filter: filter.clone(),
                key,
                ascending,
            }) else {
                panic!("no order");
            };
            assert_eq!(ticket, 7);
            let want = display_order(&roster.creators, &analysis.keys, &filter, key, ascending);
            assert_eq!(want.len(), 80);
            assert_eq!(order_from_bytes(&order), want);
        }
    }

    #[test]
    fn new_settings_change_the_analysis_the_order_is_made_from() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let ask = |e: &mut Engine| match e.answer(Request::Order {
            ticket: 1,
            filter: CreatorFilter {
                tier: Some(Tier::Micro),
                ..CreatorFilter::default()
            },
            key: SortKey::Line,
            ascending: true,
        }) {
            Some(Reply::Ordered { order, .. }) => order_from_bytes(&order).len(),
            other => panic!("{other:?}"),
        };
        let before = ask(&mut e);
        let other = crate::domain::scheme_by_id("influencer-marketing-hub").unwrap_or_else(|| {
            crate::domain::builtin_schemes()
                .pop()
                .expect("a built-in scheme")
        });
        let settings = Settings {
            scheme: other.clone(),
            ..Settings::default()
        };
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let want = analyze(&roster, &settings)
            .keys
            .iter()
            .filter(|k| k.tier == Some(Tier::Micro))
            .count();
        e.answer(Request::Settings(settings));
        assert_eq!(ask(&mut e), want);
        assert_ne!(
            before, want,
            "the two schemes draw the micro tier alike here"
        );
    }

    #[test]
    fn a_plan_keeps_only_the_candidates_its_plans_hold_and_names_the_same_creators() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let form = BudgetForm {
            budget: "25,000".into(),
            include: "@creator7, nobody".into(),
            ..BudgetForm::default()
        };
        let Some(Reply::Planned {
            ticket,
            planning,
            errors,
        }) = e.answer(Request::Plan {
            ticket: 3,
            form: Box::new(form.clone()),
            mark: DecimalMark::Dot,
            currency: None,
        })
        else {
            panic!("no plan");
        };
        assert_eq!(ticket, 3);
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        // The form is read against the roster: a handle it has is forced in, one it has
        // not is said (and only that: the page says the rest itself).
        let (split, all_errors) = form.settings(&roster, DecimalMark::Dot);
        assert_eq!(split.forced, vec![7]);
        assert_eq!(errors, all_errors);
        assert!(
            matches!(&errors[..], [FormError { expected: Expected::Handles { unknown }, .. }] if unknown == &["nobody"])
        );
        assert_eq!(planning.who(7).map(|w| w.handle.as_str()), Some("creator7"));
        let full = plan_all_in(&roster, &Settings::default(), &split, None);
        assert!(planning.pool.candidates.len() < full.pool.candidates.len());
        assert_eq!(planning.settings, split);
        assert_eq!(planning.pool.skipped, full.pool.skipped);
        assert_eq!(planning.any_conversions, full.any_conversions);
        for k in Strategy::ALL {
            let (a, b) = (planning.get(k), full.get(k));
            let (Some(a), Some(b)) = (a.and_then(|o| o.plan()), b.and_then(|o| o.plan())) else {
                assert_eq!(
                    a.and_then(|o| o.plan()).is_some(),
                    b.and_then(|o| o.plan()).is_some()
                );
                continue;
            };
            assert_eq!(a.totals, b.totals);
            let creators = |p: &crate::domain::split::Plan,
                            pool: &[crate::domain::split::Candidate]| {
                p.lines
                    .iter()
                    .map(|l| (pool[l.candidate].creator, l.posts))
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                creators(a, &planning.pool.candidates),
                creators(b, &full.pool.candidates)
            );
            assert!(!a.lines.is_empty());
        }
    }

    #[test]
    fn requests_cross_a_self_describing_format_intact() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let request = Request::Plan {
            ticket: 9,
            form: Box::new(BudgetForm {
                budget: "12000".into(),
                min_creators: "3".into(),
                ..BudgetForm::default()
            }),
            mark: DecimalMark::Comma,
            currency: Some(Currency::Usd),
        };
        let text = serde_json::to_string(&request).expect("serialisable");
        let back: Request = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, request);
        // Replies hold computed figures, which JSON does not read back to the last bit;
        // the page's own format (serde-wasm-bindgen) is checked in tests/browser.rs.
        assert!(matches!(
            e.answer(back),
            Some(Reply::Planned { ticket: 9, .. })
        ));
        let read = Request::Read {
            input: csv.into_bytes(),
            options: ReadOptions::default(),
        };
        let text = serde_json::to_string(&read).expect("serialisable");
        assert_eq!(serde_json::from_str::<Request>(&text).ok(), Some(read));
    }

    #[test]
    fn a_big_roster_is_sorted_ahead_column_by_column_and_answers_the_same() {
        let mut csv = String::from("handle,followers,likes,price\n");
        for i in 0..(WARM_FROM as u64 + 500) {
            csv.push_str(&format!(
                "c{i},{},{},{}\n",
                1_000 + (i * 7_919) % 500_000,
                i % 977,
                10 + i % 300
            ));
        }
        let mut cold = engine_with(&csv, Settings::default());
        let mut warm = engine_with(&csv, Settings::default());
        let mut steps = 0;
        while warm.warm() {
            steps += 1;
        }
        assert_eq!(steps, WARM_ORDER.len(), "every column but the line, once");
        assert!(!warm.warm());
        for key in SortKey::ALL {
            let ask = |e: &mut Engine| {
                e.answer(Request::Order {
                    ticket: 1,
                    filter: CreatorFilter::default(),
                    key,
                    ascending: false,
                })
            };
            assert_eq!(ask(&mut warm), ask(&mut cold), "{key:?}");
        }
        // A small roster is not sorted ahead; new settings drop the kept sorts.
        assert!(!engine_with("handle,followers\na,10\n", Settings::default()).warm());
        warm.answer(Request::Settings(Settings {
            basis: crate::domain::ErBasis::Reach,
            ..Settings::default()
        }));
        assert!(warm.warm());
    }

    #[test]
    fn rows_are_the_creators_asked_for_in_the_order_asked() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let asked = vec![17, 3, 239, 240, 0];
        let Some(Reply::Rows { ticket, rows }) = e.answer(Request::Rows {
            ticket: 2,
            creators: asked,
        }) else {
            panic!("no rows");
        };
        assert_eq!(ticket, 2);
        // 240 is one past the end: left out.
        let indices: Vec<u32> = rows.iter().map(|(i, _)| *i).collect();
        assert_eq!(indices, vec![17, 3, 239, 0]);
        for (i, c) in &rows {
            let want = &roster.creators[*i as usize];
            // Missing figures are NaN inside, never equal to themselves: compared as such.
            assert!(c.values.same_as(&want.values));
            assert_eq!(
                (&c.handle, c.line, c.platform),
                (&want.handle, want.line, want.platform)
            );
        }
    }

    #[test]
    fn exports_are_the_roster_s_figures_in_the_language_and_format_asked() {
        use crate::export::{creators_json, creators_tsv, SheetFormat};
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let nf = NumberFormat::for_lang(Lang::Pl);
        let mut ask = |kind| match e.answer(Request::Export {
            ticket: 8,
            kind,
            lang: Lang::Pl,
            nf: Box::new(nf.clone()),
        }) {
            Some(Reply::Exported {
                ticket: 8,
                kind: k,
                text,
                creators,
            }) if k == kind => {
                assert_eq!(creators, 240);
                text
            }
            other => panic!("{other:?}"),
        };
        let sheet = SheetFormat::for_locale(&nf);
        assert_eq!(
            ask(ExportKind::Json),
            creators_json(Lang::Pl, &roster, &Settings::default(), &nf)
        );
        assert_eq!(
            ask(ExportKind::Paste),
            creators_tsv(Lang::Pl, sheet, &roster, &Settings::default(), &nf)
        );
        let file = ask(ExportKind::Csv);
        // Polish spreadsheets: semicolons, and a byte-order mark for Excel.
        assert!(file.starts_with('\u{feff}'), "{:?}", &file[..20]);
        assert_eq!(file.lines().count(), 241);
        assert!(file.lines().nth(1).is_some_and(|l| l.contains(';')));
    }

    #[test]
    fn the_view_is_the_overview_of_the_roster_read_under_the_settings_sent() {
        let csv = roster_csv();
        let mut e = engine_with(&csv, Settings::default());
        let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
        let other = crate::domain::scheme_by_id("hypeauditor");
        let view = |e: &mut Engine| match e.answer(Request::View {
            ticket: 4,
            compare: other.clone(),
        }) {
            Some(Reply::Viewed {
                ticket: 4,
                overview,
            }) => *overview,
            other => panic!("{other:?}"),
        };
        let settings = Settings::default();
        let want = Overview::of(
            &roster,
            &analyze(&roster, &settings),
            &settings,
            other.as_ref(),
        );
        assert_eq!(view(&mut e), want);
        let reach = Settings {
            basis: crate::domain::ErBasis::Reach,
            ..Settings::default()
        };
        e.answer(Request::Settings(reach.clone()));
        let want = Overview::of(&roster, &analyze(&roster, &reach), &reach, other.as_ref());
        assert_eq!(view(&mut e), want);
        assert_eq!(want.creators, 240);
    }

    #[test]
    fn reading_a_big_roster_says_how_far_it_has_come_on_the_way() {
        use crate::domain::PROGRESS_ROWS;
        let mut csv = String::from("handle,followers,likes\n");
        let rows = PROGRESS_ROWS * 3 + 100;
        for i in 0..rows {
            csv.push_str(&format!("c{i},{},{}\n", 1_000 + i, i % 300));
        }
        let mut e = Engine::new();
        let mut said = Vec::new();
        let reply = e.answer_with(
            Request::Read {
                input: csv.clone().into_bytes(),
                options: ReadOptions::default(),
            },
            &mut |r| said.push(r),
        );
        assert_eq!(reply, None);
        let seen: Vec<ReadProgress> = said
            .into_iter()
            .map(|r| match r {
                Reply::Reading(p) => p,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(seen.len(), 3);
        for (k, p) in seen.iter().enumerate() {
            assert_eq!(p.rows, PROGRESS_ROWS * (k + 1));
            assert_eq!(p.of, csv.len());
            // The bytes of the header and the rows read so far.
            let upto: usize = csv
                .split_inclusive('\n')
                .take(p.rows + 1)
                .map(str::len)
                .sum();
            assert_eq!(p.done, upto);
        }
        assert_eq!(e.roster().creators.len(), rows);
    }

    #[test]
    fn orders_cross_as_bytes_and_back() {
        let order = vec![0, 5, 70_000, 1_048_575, 3];
        assert_eq!(order_from_bytes(&order_bytes(&order)), order);
        assert_eq!(order_from_bytes(&[1, 0, 0, 0, 9]), vec![1]);
    }
}
