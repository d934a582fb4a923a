//! The app's state and every change to it. Calls the domain; knows nothing of the DOM.
//! Reading happens only when the input or the column mapping changes, analysis only when
//! a setting changes, and the sort order is computed here, once, not on every render.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::filter::{CreatorFilter, FilterEdit};
use crate::domain::keep::Keeping;
use crate::domain::order::display_order;
pub use crate::domain::order::SortKey;
use crate::domain::saved::{SavedSource, SavedState, SAVED_VERSION};
use crate::domain::share::{self, ShareError};
use crate::domain::sniff::{sniff, FileKind, Sniffed, WorkbookKind};
use crate::domain::split::form::{BudgetEdit, BudgetForm, FormError};
use crate::domain::split::Planning;
use crate::domain::spreadsheet::{SheetInfo, SheetText, WorkbookError};
use crate::domain::view::Overview;
use crate::domain::{
    analyze, builtin_schemes, read_roster, Analysis, DecimalMark, ErBasis, Field, Interactions,
    Platform, ReadOptions, Roster, SchemeError, Settings, Tier, TierScheme,
};

/// A shared value compared by identity: props holding a whole roster must not compare
/// a million creators to decide whether to re-render.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    pub fn new(v: T) -> Self {
        Shared(Rc::new(v))
    }
}

/// A cut-off edit that could not be applied: the tier, the text as typed, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct CutoffError {
    pub tier: Tier,
    pub typed: String,
    /// `None`: not a number of followers (negative, or not a number at all).
    pub scheme: Option<SchemeError>,
}

/// Where the current input came from.
#[derive(Clone, Debug, PartialEq)]
pub enum InputSource {
    None,
    Pasted,
    Sample,
    File { name: String, bytes: usize },
}

/// Why a picked or dropped file gave no roster.
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    /// The browser could not read the file (why, from its error).
    Read {
        name: String,
        fault: crate::i18n::FileFault,
    },
    /// An image, a PDF, an archive…: not a roster.
    NotARoster { name: String, kind: FileKind },
    /// A workbook that could not be read.
    Workbook { name: String, error: WorkbookError },
}

/// A workbook the roster was read from: its bytes (for reading another sheet), its sheets
/// and which one is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkbookView {
    pub name: String,
    pub kind: WorkbookKind,
    pub bytes: Shared<Vec<u8>>,
    pub sheets: Vec<SheetInfo>,
    pub index: usize,
    /// The sheets before the one shown hold nothing.
    pub skipped_empty: bool,
}

/// A rate-card edit that would make a range that is not one ("to" below "from").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateError {
    pub platform: Platform,
    pub band: usize,
    /// The "to" box was edited (else "from").
    pub high: bool,
    pub tried: crate::domain::PriceRange,
    pub kept: crate::domain::PriceRange,
}

/// What opening a share link or a shared file did (shown until the next roster).
#[derive(Clone, Debug, PartialEq)]
pub enum ShareNotice {
    OpenedLink,
    OpenedFile { name: String },
    BadLink(ShareError),
    BadFile { name: String, error: ShareError },
}

/// Everything the page shows: the input, the settings, the roster read from it, its
/// analysis and plans, and what the user is doing with them. Changed only by [`Action`]s.
#[derive(Clone, Debug)]
pub struct State {
    /// The text in the paste box (files are not copied into it).
    pub text: Shared<String>,
    /// The bytes being analysed: the pasted text, the sample, or a file.
    pub input: Shared<Vec<u8>>,
    /// Where the input came from: pasted, the sample, or a file.
    pub source: InputSource,
    /// How the input is read: the platform of rows without one, the user's column mapping,
    /// the workbook sheet.
    pub read_options: ReadOptions,
    /// The analysis settings: tier scheme, interactions, ER basis, rate card.
    pub settings: Settings,
    /// Id of the scheme to compare with, if any.
    pub compare: Option<String>,
    /// The last cut-off edit that could not become a scheme, with the reason.
    pub scheme_error: Option<CutoffError>,
    /// The roster read from `input`.
    pub roster: Shared<Roster>,
    /// The analysis of every creator of `roster`, and the tier summary.
    pub analysis: Shared<Analysis>,
    /// What the page shows of the roster: its head, the summary, the charts' figures.
    pub overview: Shared<Overview>,
    /// The creators table's sort column, and whether it runs ascending.
    pub sort: (SortKey, bool),
    /// Creator indices in display order.
    pub order: Shared<Vec<usize>>,

    /// Counts the new orders (a roster, a sort, a filter): when it moves, the creators table
    /// scrolls back to its top.
    pub rewind: u32,
    /// Why the last file gave no roster.
    pub file_error: Option<FileProblem>,
    /// The workbook the roster was read from, when it came from one.
    pub workbook: Option<WorkbookView>,
    /// A file being read: its name and size, shown until its roster is ready.
    pub busy: Option<(String, u64)>,
    /// The paste box holds edits not read yet.
    pub stale: bool,
    /// A line to select in the paste box, with a counter so asking twice shows it again.
    pub show_line: Option<(u64, u32)>,
    /// The budget panel's inputs as typed, and the decimal mark of the user's locale.
    pub budget: BudgetForm,
    /// The decimal mark the budget panel's numbers are read with.
    pub budget_mark: DecimalMark,
    /// Entries of the budget panel that could not be used.
    pub budget_errors: Vec<FormError>,
    /// Every strategy's plan for the roster and the budget panel.
    pub planning: Option<Shared<Planning>>,
    /// The roster is too big to plan on every edit: the plan waits for a button.
    pub plan_on_request: bool,
    /// The budget form changed since the plan on screen was made: a new one is due once the
    /// typing pauses (`PlanDue`); meanwhile the old plan stays, marked as updating.
    pub plan_pending: bool,
    /// The plan asked of the engine and not answered yet (the plan on screen, if any, is
    /// for earlier entries).
    pub plan_request: Option<PlanRequest>,
    /// Counts the plans asked for: only the newest one's answer is taken.
    pub plan_ticket: u32,
    /// The creators table's order asked of the engine and not answered yet (the table
    /// shows the order it had, or roster order for a new roster, meanwhile).
    pub order_request: Option<OrderRequest>,
    /// Counts the orders asked for: only the newest one's answer is taken.
    pub order_ticket: u32,
    /// What a share link or shared file did.
    pub share_notice: Option<ShareNotice>,
    /// What the page keeps and when: autosave on, a shared view shown over the user's own
    /// kept work, or the kept roster coming back from IndexedDB.
    pub keeping: Keeping,
    /// The last rate-card edit that was not applied, with why.
    pub rate_error: Option<RateError>,
    /// Counts the rosters the user brought (sample, paste, file, "Analyse"): when it moves,
    /// the page brings the answer into view. Typing does not move it.
    pub reveal: u32,
    /// The creator (an index into the roster) chosen on a chart, marked in the table.
    pub selected: Option<usize>,
    /// Which creators the table shows (`order` holds only those).
    pub filter: CreatorFilter,
}

/// Rosters up to this many creators are planned again on every edit (after typing
/// pauses), by the engine in its worker: every strategy for 200,000 creators takes about
/// half a second natively (`examples/plan_times`). Bigger ones wait for "Make the plan".
pub const AUTO_PLAN: usize = 100_000;

/// Rosters up to this many creators are sorted and filtered on the page itself: a few
/// milliseconds, less than a message to the engine and back costs. Bigger ones by the
/// engine, in its worker.
pub const SORT_HERE: usize = 20_000;

/// A plan asked of the engine ([`crate::domain::engine::Request::Plan`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRequest {
    /// Names the answer.
    pub ticket: u32,
    /// The budget panel's settings.
    pub split: crate::domain::split::SplitSettings,
    /// The budget's currency.
    pub currency: Option<crate::domain::currency::Currency>,
}

/// An order of the creators table asked of the engine
/// ([`crate::domain::engine::Request::Order`]).
#[derive(Clone, Debug, PartialEq)]
pub struct OrderRequest {
    /// Names the answer.
    pub ticket: u32,
    /// Which creators.
    pub filter: CreatorFilter,
    /// The column sorted by, and whether ascending.
    pub sort: (SortKey, bool),
}

/// Files up to this size are shown in the paste box, so they can be edited; bigger not.
const SHOWN_FILE: usize = 512 * 1024;

impl Default for State {
    fn default() -> Self {
        State {
            text: Shared::new(String::new()),
            input: Shared::new(Vec::new()),
            source: InputSource::None,
            read_options: ReadOptions::default(),
            settings: Settings::default(),
            compare: Some("hypeauditor".to_string()),
            scheme_error: None,
            roster: Shared::new(Roster::default()),
            analysis: Shared::new(Analysis {
                keys: Vec::new(),
                summary: Vec::new(),
            }),
            overview: Shared::new(Overview::default()),
            sort: (SortKey::Line, true),
            order: Shared::new(Vec::new()),
            rewind: 0,
            file_error: None,
            workbook: None,
            busy: None,
            stale: false,
            show_line: None,
            budget: BudgetForm::default(),
            budget_mark: DecimalMark::Dot,
            budget_errors: Vec::new(),
            planning: None,
            plan_on_request: false,
            plan_pending: false,
            plan_request: None,
            plan_ticket: 0,
            order_request: None,
            order_ticket: 0,
            share_notice: None,
            keeping: Keeping::default(),
            rate_error: None,
            reveal: 0,
            selected: None,
            filter: CreatorFilter::default(),
        }
    }
}

/// One change in the settings panel or the rate card: what those components may ask.
pub enum SettingsEdit {
    /// Use the built-in scheme with this id (or `custom`, keeping the cut-offs).
    Scheme(String),
    /// A cut-off box changed, as typed: empty drops the tier.
    Cutoff(Tier, String),
    /// Compare tiers with the built-in scheme of this id; `None`: no comparison.
    Compare(Option<String>),
    /// Count these interactions towards E.
    Interactions(Interactions),
    /// Divide the headline ER by this.
    Basis(ErBasis),
    /// The platform of rows without one: chosen, or (`None`) taken from the file's words.
    DefaultPlatform(Option<Platform>),
    /// A rate-card box changed: the low (`high == false`) or high end of a price range.
    Rate {
        /// The rate card row's platform.
        platform: Platform,
        /// The band, 0-based in `RATE_CARD_BANDS` order (nano, micro, macro, mega).
        band: usize,
        /// The high end ("to") rather than the low end ("from").
        high: bool,
        /// The amount typed; `None` (an empty box) makes a high end "and up" and leaves a
        /// low end as it was.
        value: Option<f64>,
    },
}

/// One thing the user did with the input: what the input panel may ask.
pub enum InputAction {
    /// The paste box changed.
    Paste(String),
    /// The paste box changed, but reading waits (a big roster being edited).
    Edit(String),
    /// Re-read the paste box.
    Analyse,
    /// Show the sample roster.
    LoadSample,
    /// A file is being read (its roster arrives with `LoadFile`).
    Busy {
        /// The file's name.
        name: String,
        /// Its size, in bytes.
        bytes: u64,
    },
    /// A file was read (a roster, or a file saved by "Save as a file", which brings its
    /// settings).
    LoadFile {
        /// The file's name.
        name: String,
        /// Its contents.
        bytes: Vec<u8>,
    },
    /// A picked or dropped file gave no roster.
    FileError(FileProblem),
    /// A sheet of a workbook, read by the workbook worker, with the workbook it is from.
    LoadSheet {
        /// The workbook file's name.
        name: String,
        /// Its format.
        kind: WorkbookKind,
        /// The whole workbook, kept for picking another sheet.
        bytes: Shared<Vec<u8>>,
        /// The sheet read, as text, with the workbook's list of sheets.
        sheet: SheetText,
    },
    /// Drop the roster; settings, comparison and budget stay.
    Clear,
    /// The user brought a roster (pasted it, pressed "Analyse"): show them the answer.
    Reveal,
}

/// One change to the [`State`], as the page asks for it.
pub enum Action {
    /// One thing the user did with the input (the input panel's).
    Input(InputAction),
    /// Select this line of the paste box (from a problem).
    ShowLine(u64),
    /// One change in the settings panel or the rate card.
    Settings(SettingsEdit),
    /// The user maps column `index` to a field (or to nothing).
    MapColumn(usize, Option<Field>),
    /// Sort the creators table by this column; the column already sorted by turns around.
    Sort(SortKey),
    /// Forget everything: roster, settings, budget (after "Clear my data").
    ClearAll,
    /// One change in the budget panel (with the locale's decimal mark).
    EditBudget(BudgetEdit, DecimalMark),
    /// Plan now (a roster too big to plan on every edit).
    MakePlan,
    /// Typing in the budget panel paused: make the plan the edits asked for.
    PlanDue,
    /// Stop making the plan asked for.
    CancelPlan,
    /// The engine's plan, for the request with this ticket.
    Planned {
        /// The request's ticket.
        ticket: u32,
        /// Every strategy's plan.
        planning: Box<Planning>,
    },
    /// The engine's order of the creators table, for the request with this ticket.
    Ordered {
        /// The request's ticket.
        ticket: u32,
        /// Creator indices, in display order.
        order: Vec<usize>,
    },
    /// Show this kept or shared record and roster (the locale's decimal mark comes along),
    /// with what to tell the user about it.
    Restore {
        /// The settings record.
        saved: Box<SavedState>,
        /// The roster's text.
        text: String,
        /// What opening a share link or file did, to tell the user; `None` for the kept
        /// record.
        notice: Option<ShareNotice>,
    },
    /// Show a kept record whose roster is still coming back from IndexedDB.
    StartRestore(Box<SavedState>),
    /// The kept roster came back: shown if nothing replaced it meanwhile.
    RestoreKept(String),
    /// The kept roster could not be read back from IndexedDB.
    RestoreFailed,
    /// A creator chosen on a chart: marked in the creators table and shown there.
    Select(usize),
    /// The creators table's filter changed.
    Filter(FilterEdit),
    /// After opening a share link: keep the shared view (autosave resumes and replaces the
    /// user's earlier work).
    KeepShared,
}

impl State {
    /// The record autosave keeps (everything but the roster's text).
    pub fn saved(&self) -> SavedState {
        SavedState {
            version: SAVED_VERSION,
            scheme: self.settings.scheme.clone(),
            compare: self.compare.clone(),
            interactions: self.settings.interactions,
            basis: self.settings.basis,
            rate_card: self.settings.rate_card.clone(),
            default_platform: self.read_options.default_platform,
            infer_platform: self.read_options.infer_platform,
            mapping: self.read_options.mapping.clone(),
            budget: self.budget.clone(),
            source: match &self.source {
                InputSource::None => SavedSource::None,
                InputSource::Pasted => SavedSource::Pasted,
                InputSource::Sample => SavedSource::Sample,
                InputSource::File { name, .. } => SavedSource::File { name: name.clone() },
            },
        }
    }

    /// The state a kept record and roster text describe.
    pub fn restored(saved: SavedState, text: String, mark: DecimalMark) -> State {
        let mut s = State::default();
        s.settings.scheme = saved.scheme;
        s.settings.interactions = saved.interactions;
        s.settings.basis = saved.basis;
        s.settings.rate_card = saved.rate_card;
        s.compare = saved.compare;
        s.read_options.default_platform = saved.default_platform;
        s.read_options.infer_platform = saved.infer_platform;
        s.read_options.mapping = saved.mapping;
        s.budget = saved.budget;
        s.budget_mark = mark;
        if text.is_empty() {
            return s;
        }
        let source = match saved.source {
            SavedSource::Sample => InputSource::Sample,
            SavedSource::File { name } => InputSource::File {
                name,
                bytes: text.len(),
            },
            _ => InputSource::Pasted,
        };
        let bytes = text.as_bytes().to_vec();
        // A big file is not put in the paste box (as when it was uploaded).
        let shown = !matches!(source, InputSource::File { .. }) || text.len() <= SHOWN_FILE;
        s.text = Shared::new(if shown { text } else { String::new() });
        // The mapping belongs to these columns: keep it through the first read.
        let mapping = s.read_options.mapping.clone();
        s.set_input(bytes, source);
        if s.read_options.mapping != mapping {
            s.read_options.mapping = mapping;
            s.reread();
        }
        s
    }
}

/// The sample roster shipped with the app (also served as static/sample-roster.csv).
pub const SAMPLE: &str = include_str!("../../static/sample-roster.csv");

impl State {
    fn reread(&mut self) {
        self.roster = Shared::new(read_roster(&self.input, &self.read_options));
        // The plan and the order on screen were for the roster before: their indices mean
        // nothing now. Roster order stands in until the engine's answer comes.
        self.planning = None;
        self.order = Shared::new((0..self.roster.creators.len()).collect());
        // A budget still in the default dollars follows a roster priced in one other
        // currency (zł, €…): its prices are then all usable, and shown in it.
        if let Some(cur) = self.roster.price_currency() {
            if self.budget.currency.trim() == "$" && cur != crate::domain::currency::Currency::Usd {
                self.budget.currency = cur.sign().trim().to_string();
            }
        }
        self.reanalyse();
    }

    fn reanalyse(&mut self) {
        self.analysis = Shared::new(analyze(&self.roster, &self.settings));
        self.review();
        self.resort();
        self.replan(false);
    }

    /// What the page shows of the roster, made again (the scheme compared with changed).
    fn review(&mut self) {
        let other = self
            .compare
            .as_deref()
            .and_then(crate::domain::scheme_by_id);
        self.overview = Shared::new(Overview::of(
            &self.roster,
            &self.analysis,
            &self.settings,
            other.as_ref(),
        ));
    }

    /// Plans every strategy again (a big roster only when `now`).
    fn replan(&mut self, now: bool) {
        self.plan_pending = false;
        // An answer on its way is for older entries.
        self.plan_ticket = self.plan_ticket.wrapping_add(1);
        self.plan_request = None;
        if self.roster.creators.is_empty() {
            self.planning = None;
            self.budget_errors.clear();
            self.plan_on_request = false;
            return;
        }
        let (settings, errors) = self.budget.settings(&self.roster, self.budget_mark);
        self.budget_errors = errors;
        if self.roster.creators.len() > AUTO_PLAN && !now {
            self.planning = None;
            self.plan_on_request = true;
            return;
        }
        self.plan_on_request = false;
        // A budget in "€" plans only on prices in euros (unsigned prices count as its).
        let currency = crate::domain::currency::Currency::from_sign(&self.budget.currency);
        // Planned by the engine, in its worker; the plan on screen stays until the answer.
        self.plan_request = Some(PlanRequest {
            ticket: self.plan_ticket,
            split: settings,
            currency,
        });
    }

    /// The plan being made is not wanted any more ("Cancel"): the entries stay, the plan
    /// on screen (if any) too, and a roster too big to plan on every edit waits for
    /// "Make the plan" again.
    fn cancel_plan(&mut self) {
        if self.plan_request.take().is_some() {
            self.plan_ticket = self.plan_ticket.wrapping_add(1);
            self.plan_pending = false;
            self.plan_on_request = self.roster.creators.len() > AUTO_PLAN;
        }
    }

    fn resort(&mut self) {
        let (key, ascending) = self.sort;
        self.order_ticket = self.order_ticket.wrapping_add(1);
        self.order_request = None;
        let unsorted = key == SortKey::Line && ascending && self.filter.is_empty();
        if self.roster.creators.len() > SORT_HERE && !unsorted {
            self.order_request = Some(OrderRequest {
                ticket: self.order_ticket,
                filter: self.filter.clone(),
                sort: self.sort,
            });
            return;
        }
        self.order = Shared::new(display_order(
            &self.roster.creators,
            &self.analysis.keys,
            &self.filter,
            key,
            ascending,
        ));
    }

    fn set_input(&mut self, bytes: Vec<u8>, source: InputSource) {
        let headers: Vec<String> = self
            .roster
            .columns
            .iter()
            .map(|c| c.header.clone())
            .collect();
        self.input = Shared::new(bytes);
        self.source = source;
        self.rewind = self.rewind.wrapping_add(1);
        self.file_error = None;
        self.workbook = None;
        self.busy = None;
        self.stale = false;
        self.share_notice = None;
        // A roster of the user's own now: one still coming back from storage must not
        // replace it, and it is not the kept one.
        self.keeping.own_roster();
        self.selected = None;
        self.filter = CreatorFilter::default();
        self.reread();
        // The user's column mapping holds while the columns are the same (editing a cell
        // must not undo it); a roster with other columns starts afresh.
        let same_columns = self
            .roster
            .columns
            .iter()
            .map(|c| &c.header)
            .eq(headers.iter());
        if !same_columns && !self.read_options.mapping.is_empty() {
            self.read_options.mapping.clear();
            self.reread();
        }
    }
}

impl State {
    /// A text file: shown in the paste box when small enough to edit there, and read.
    fn load_text_file(&mut self, name: String, bytes: Vec<u8>) {
        let len = bytes.len();
        self.text = Shared::new(if len <= SHOWN_FILE {
            crate::domain::decode_text(&bytes)
        } else {
            String::new()
        });
        self.set_input(bytes, InputSource::File { name, bytes: len });
    }
}

impl State {
    /// One change in the settings panel or the rate card.
    fn edit_settings(&mut self, edit: SettingsEdit) {
        match edit {
            SettingsEdit::Scheme(id) => {
                if id == "custom" {
                    self.settings.scheme.id = "custom".to_string();
                    self.settings.scheme.source = String::new();
                } else if let Some(scheme) = builtin_schemes().into_iter().find(|x| x.id == id) {
                    self.settings.scheme = scheme;
                }
                self.scheme_error = None;
                // Comparing a scheme with itself says nothing: compare with the default
                // (or, when that is the one chosen, with HypeAuditor's).
                if self.compare.as_deref() == Some(self.settings.scheme.id.as_str()) {
                    let other = if self.settings.scheme.id == "seeds" {
                        "hypeauditor"
                    } else {
                        "seeds"
                    };
                    self.compare = Some(other.to_string());
                }
                self.reanalyse();
            }
            SettingsEdit::Cutoff(tier, typed) => {
                let text = typed.trim();
                let value = if text.is_empty() {
                    Ok(None)
                } else {
                    // A number box gives the number as `1234.5` whatever the locale; read by
                    // the domain's reader of numbers all the same.
                    match crate::domain::parse_number(text, DecimalMark::Dot) {
                        Ok(Some(n)) if n.value.is_finite() && n.value >= 0.0 => {
                            Ok(Some(n.value.round() as u64))
                        }
                        _ => Err(None),
                    }
                };
                let result = value.and_then(|v| {
                    let mut mins = self.settings.scheme.min_followers;
                    mins[tier.index()] = v;
                    TierScheme::custom(mins).map_err(Some)
                });
                match result {
                    Ok(scheme) => {
                        self.settings.scheme = scheme;
                        self.scheme_error = None;
                        self.reanalyse();
                    }
                    // Kept with what was typed, so the box still shows it beside the reason.
                    Err(scheme) => {
                        self.scheme_error = Some(CutoffError {
                            tier,
                            typed,
                            scheme,
                        })
                    }
                }
            }
            SettingsEdit::Compare(id) => {
                self.compare = id;
                self.review();
            }
            SettingsEdit::Interactions(i) => {
                self.settings.interactions = i;
                self.reanalyse();
            }
            SettingsEdit::Basis(b) => {
                self.settings.basis = b;
                self.reanalyse();
            }
            SettingsEdit::DefaultPlatform(p) => {
                self.read_options.infer_platform = p.is_none();
                self.read_options.default_platform = p.unwrap_or(Platform::Instagram);
                self.reread();
            }
            SettingsEdit::Rate {
                platform,
                band,
                high,
                value,
            } => {
                let card = &mut self.settings.rate_card;
                if let Some((_, ranges)) = card.rows.iter_mut().find(|(p, _)| *p == platform) {
                    if let Some(range) = ranges.get_mut(band) {
                        // Raising a range "from" first passes through "to" below "from":
                        // the refused edit is remembered, so fixing "to" next applies both.
                        let mut next = match self.rate_error {
                            Some(e) if e.platform == platform && e.band == band => e.tried,
                            _ => *range,
                        };
                        match (high, value) {
                            // An empty upper end means "and up"; the lower end is needed.
                            (true, v) => next.high = v,
                            (false, Some(v)) => next.low = v,
                            (false, None) => {}
                        }
                        if next.is_valid() {
                            *range = next;
                            card.edited = true;
                            self.rate_error = None;
                            self.reanalyse();
                        } else {
                            // Kept out of the card (and of what is saved), and said.
                            self.rate_error = Some(RateError {
                                platform,
                                band,
                                high,
                                tried: next,
                                kept: *range,
                            });
                        }
                    }
                }
            }
        }
    }
}

impl State {
    /// One thing the user did with the input: pasted, typed, loaded, cleared.
    fn take_input(&mut self, action: InputAction) {
        // A shared file replaces the whole state: it still counts as a roster brought.
        let reveal = self.reveal.wrapping_add(1);
        match action {
            InputAction::Paste(text) => {
                let bytes = text.as_bytes().to_vec();
                self.text = Shared::new(text);
                self.set_input(bytes, InputSource::Pasted);
            }
            InputAction::Edit(text) => {
                self.text = Shared::new(text);
                self.stale = true;
                self.keeping.own_roster();
            }
            InputAction::Analyse => {
                if self.text.is_empty() && matches!(self.source, InputSource::File { .. }) {
                    // A big file is not copied into the paste box: read its bytes again.
                    self.reread();
                } else {
                    let bytes = self.text.as_bytes().to_vec();
                    self.set_input(bytes, InputSource::Pasted);
                }
            }
            InputAction::LoadSample => {
                self.text = Shared::new(SAMPLE.to_string());
                self.set_input(SAMPLE.as_bytes().to_vec(), InputSource::Sample);
                self.reveal = self.reveal.wrapping_add(1);
            }
            InputAction::Reveal => self.reveal = self.reveal.wrapping_add(1),
            InputAction::LoadFile { name, bytes } => {
                self.reveal = self.reveal.wrapping_add(1);
                // A file saved by "Save as a file" brings its settings with it.
                let opened = share::looks_like_file(&bytes)
                    .then(|| share::open_file(&crate::domain::decode_text(&bytes)))
                    .flatten();
                if let Some(opened) = opened {
                    match opened {
                        Ok(shared) => {
                            // Like a link: the user's own work on screen (and kept) is not
                            // replaced in storage until they choose.
                            let own =
                                !self.input.is_empty() || self.saved() != State::default().saved();
                            let paused = matches!(self.keeping, Keeping::Shared) || own;
                            *self = State::restored(shared.state, shared.roster, self.budget_mark);
                            self.share_notice = Some(ShareNotice::OpenedFile { name });
                            if paused {
                                self.keeping = Keeping::Shared;
                            }
                            self.reveal = reveal;
                        }
                        Err(error) => {
                            self.busy = None;
                            self.share_notice = Some(ShareNotice::BadFile { name, error });
                        }
                    }
                    return;
                }
                match sniff(&bytes) {
                    Sniffed::Text => self.load_text_file(name, bytes),
                    Sniffed::NotARoster(kind) => {
                        self.busy = None;
                        self.file_error = Some(FileProblem::NotARoster { name, kind });
                    }
                    // Workbooks are read by the workbook worker and come as `LoadSheet`.
                    Sniffed::Workbook(_) => {
                        self.busy = None;
                        self.file_error = Some(FileProblem::Workbook {
                            name,
                            error: WorkbookError::Unreadable("not read".to_string()),
                        });
                    }
                }
            }
            InputAction::LoadSheet {
                name,
                kind,
                bytes,
                sheet,
            } => {
                let view = WorkbookView {
                    name: name.clone(),
                    kind,
                    bytes,
                    sheets: sheet.sheets,
                    index: sheet.index,
                    skipped_empty: sheet.skipped_empty,
                };
                self.load_text_file(name, sheet.text.into_bytes());
                self.workbook = Some(view);
                self.reveal = self.reveal.wrapping_add(1);
            }
            InputAction::Busy { name, bytes } => self.busy = Some((name, bytes)),
            InputAction::FileError(e) => {
                self.busy = None;
                self.file_error = Some(e);
            }
            InputAction::Clear => {
                let settings = self.settings.clone();
                let compare = self.compare.clone();
                let (budget, budget_mark) = (self.budget.clone(), self.budget_mark);
                // A shared view stays a shared view: clearing it must not let autosave
                // replace the user's own kept work.
                let keeping = match self.keeping {
                    Keeping::Shared => Keeping::Shared,
                    _ => Keeping::fresh(),
                };
                *self = State {
                    settings,
                    compare,
                    budget,
                    budget_mark,
                    keeping,
                    ..State::default()
                };
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::ShowLine(line) => {
                let n = s.show_line.map_or(0, |(_, n)| n.wrapping_add(1));
                s.show_line = Some((line, n));
            }
            Action::Filter(edit) => {
                s.filter.edit(edit);
                s.rewind = s.rewind.wrapping_add(1);
                s.resort();
            }
            Action::Select(creator) => {
                if !s.order.contains(&creator) && !s.filter.is_empty() {
                    // Chosen on a chart but filtered out of the table: show everyone again
                    // (the creator is among them, whether the order comes now or later).
                    s.filter = CreatorFilter::default();
                    s.rewind = s.rewind.wrapping_add(1);
                    s.resort();
                    if creator < s.roster.creators.len() {
                        s.selected = Some(creator);
                    }
                } else if s.order.contains(&creator) {
                    s.selected = Some(creator);
                }
            }
            Action::MapColumn(index, field) => {
                s.read_options.mapping.retain(|(i, _)| *i != index);
                s.read_options.mapping.push((index, field));
                s.reread();
            }
            Action::Sort(key) => {
                s.sort = if s.sort.0 == key {
                    (key, !s.sort.1)
                } else {
                    // Figures read best largest first; names A to Z.
                    (
                        key,
                        matches!(
                            key,
                            SortKey::Line | SortKey::Handle | SortKey::Platform | SortKey::Tier
                        ),
                    )
                };
                // A new order is read from its top.
                s.rewind = s.rewind.wrapping_add(1);
                s.resort();
            }
            Action::Settings(edit) => s.edit_settings(edit),
            Action::EditBudget(BudgetEdit::Show(strategy), _) => s.budget.show = strategy,
            Action::EditBudget(edit, mark) => {
                s.budget.apply(edit);
                s.budget_mark = mark;
                if s.planning.is_some() && s.roster.creators.len() <= AUTO_PLAN {
                    // Said at once: what cannot be used; planned when typing pauses.
                    s.budget_errors = s.budget.settings(&s.roster, s.budget_mark).1;
                    s.plan_pending = true;
                } else {
                    s.replan(false);
                }
            }
            Action::MakePlan => s.replan(true),
            Action::CancelPlan => s.cancel_plan(),
            Action::Planned { ticket, planning } => {
                if s.plan_request.as_ref().is_some_and(|r| r.ticket == ticket) {
                    s.plan_request = None;
                    s.planning = Some(Shared::new(*planning));
                }
            }
            Action::Ordered { ticket, order } => {
                let n = s.roster.creators.len();
                if s.order_request.as_ref().is_some_and(|r| r.ticket == ticket)
                    && order.iter().all(|&i| i < n)
                {
                    s.order_request = None;
                    s.order = Shared::new(order);
                    s.rewind = s.rewind.wrapping_add(1);
                }
            }
            Action::PlanDue => {
                if s.plan_pending {
                    s.replan(false);
                }
            }
            Action::Restore {
                saved,
                text,
                notice,
            } => {
                s = State::restored(*saved, text, s.budget_mark);
                s.share_notice = notice;
                s.keeping = Keeping::kept();
            }
            Action::StartRestore(saved) => {
                s = State::restored((*saved).clone(), String::new(), s.budget_mark);
                s.keeping = Keeping::Restoring(saved);
            }
            Action::RestoreKept(text) => {
                if let Some(kept) = s.keeping.restored() {
                    // The settings as they are now (changed meanwhile or not), the roster's
                    // source as kept.
                    let mut now = s.saved();
                    now.source = kept.source;
                    s = State::restored(now, text, s.budget_mark);
                    s.keeping = Keeping::kept();
                }
            }
            Action::KeepShared => s.keeping.keep_shared(),
            Action::RestoreFailed => {
                s.keeping.restore_failed_now();
            }
            Action::ClearAll => s = State::default(),
            Action::Input(a) => s.take_input(a),
        }
        Rc::new(s)
    }
}
