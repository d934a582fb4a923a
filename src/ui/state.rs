//! The app's state and every change to it. Calls the domain; knows nothing of the DOM.
//! Reading happens only when the input or the column mapping changes, analysis only when
//! a setting changes, and the sort order is computed here, once, not on every render.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::filter::{CreatorFilter, FilterEdit};
use crate::domain::keep::Keeping;
pub use crate::domain::order::SortKey;
use crate::domain::saved::{SavedSource, SavedState, SAVED_VERSION};
use crate::domain::share::{self, ShareError};
use crate::domain::sniff::{sniff, FileKind, Sniffed, WorkbookKind};
use crate::domain::split::form::{BudgetEdit, BudgetForm, Expected, FormError};
use crate::domain::split::Planning;
use crate::domain::spreadsheet::{SheetInfo, SheetText, WorkbookError};
use crate::domain::view::Overview;
use crate::domain::{
    builtin_schemes, DecimalMark, ErBasis, Field, Interactions, Platform, ReadOptions, Roster,
    SchemeError, Settings, Tier, TierScheme,
};
use crate::ui::input::{Input, Kept, BIG_FILE};

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
    /// What is analysed: the pasted text, the sample, or a file (a big one as the browser's
    /// blob, never copied into the page).
    pub input: Input,
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
    /// What the page shows of the roster read from `input` (by the engine): its head, the
    /// summary, the charts' figures.
    pub overview: Shared<Overview>,
    /// The overview asked of the engine and not answered yet.
    pub view_request: Option<ViewRequest>,
    /// Counts the overviews asked for: only the newest one's answer is taken.
    pub view_ticket: u32,
    /// The columns of the roster on screen when a new input came: the user's column
    /// mapping holds only while the new roster has the same.
    pub headers_before: Option<Vec<String>>,
    /// Entries of the budget panel naming no creator of the roster, as the engine found
    /// with the last plan.
    pub plan_errors: Vec<FormError>,
    /// How far the engine has come reading the roster (while it reads a big one).
    pub progress: Option<crate::domain::ReadProgress>,
    /// The user stopped reading a roster: said until the next one.
    pub read_stopped: bool,
    /// The engine's worker could not start, or stopped (said on the page).
    pub engine_failed: bool,
    /// The creators table's sort column, and whether it runs ascending.
    pub sort: (SortKey, bool),
    /// Creator indices in display order.
    pub order: Shared<Vec<usize>>,

    /// Counts the new orders (a roster, a sort, a filter): when it moves, the creators table
    /// scrolls back to its top.
    pub rewind: u32,
    /// The creators table's rows: the creators it shows, as the engine sent them.
    pub rows: Shared<TableRows>,
    /// The rows asked of the engine and not answered yet.
    pub rows_request: Option<RowsRequest>,
    /// Counts the rows asked for: only the newest answer is taken.
    pub rows_ticket: u32,
    /// Where the creators table's window starts: a position in `order`.
    pub table_first: usize,
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
    /// What copying the results did.
    pub export_note: Option<ExportNote>,
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

/// What the page shows of the roster asked of the engine
/// ([`crate::engine::Request::View`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ViewRequest {
    /// Names the answer.
    pub ticket: u32,
    /// The scheme compared with.
    pub compare: Option<TierScheme>,
    /// The roster was read again since the overview on screen: the answer is a new
    /// roster's (its order, plan and the budget's currency follow from it).
    pub new_roster: bool,
}

/// What copying the results did (shown beside the export buttons until the next roster).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExportNote {
    /// The table of this many creators is on the clipboard.
    Copied {
        /// How many creators it holds.
        creators: usize,
    },
    /// The browser did not let the page write to the clipboard.
    NoClipboard,
}

/// How many rows of the creators table are drawn at once (the rest stand in by height).
pub const TABLE_WINDOW: usize = 120;

/// The creators table's rows: the creators at positions `first..` of the order they were
/// asked for, each with its index into the roster.
#[derive(Clone, Debug, Default)]
pub struct TableRows {
    /// The position in the order of the first row.
    pub first: usize,
    /// The creators, in order: shared, so that a row whose creator stays as the window
    /// moves is not drawn again.
    pub creators: Vec<(usize, Shared<crate::domain::Creator>)>,
}

/// Rows of the creators table asked of the engine ([`crate::engine::Request::Rows`]).
#[derive(Clone, Debug, PartialEq)]
pub struct RowsRequest {
    /// Names the answer.
    pub ticket: u32,
    /// The position in the order of the first row.
    pub first: usize,
    /// The creators, in order.
    pub creators: Vec<u32>,
}

/// A plan asked of the engine ([`crate::engine::Request::Plan`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRequest {
    /// Names the answer.
    pub ticket: u32,
    /// The budget panel's entries, as typed.
    pub form: BudgetForm,
    /// The decimal mark they are read with.
    pub mark: DecimalMark,
    /// The budget's currency.
    pub currency: Option<crate::domain::currency::Currency>,
}

/// An order of the creators table asked of the engine
/// ([`crate::engine::Request::Order`]).
#[derive(Clone, Debug, PartialEq)]
pub struct OrderRequest {
    /// Names the answer.
    pub ticket: u32,
    /// Which creators.
    pub filter: CreatorFilter,
    /// The column sorted by, and whether ascending.
    pub sort: (SortKey, bool),
}

/// Files up to this size are shown in the paste box, so they can be edited; bigger not
/// (and bigger ones are handed on as blobs, [`BIG_FILE`]).
const SHOWN_FILE: usize = BIG_FILE as usize;

impl Default for State {
    fn default() -> Self {
        State {
            text: Shared::new(String::new()),
            input: Input::default(),
            source: InputSource::None,
            read_options: ReadOptions::default(),
            settings: Settings::default(),
            compare: Some("hypeauditor".to_string()),
            scheme_error: None,
            overview: Shared::new(Overview::default()),
            view_request: None,
            view_ticket: 0,
            headers_before: None,
            plan_errors: Vec::new(),
            progress: None,
            read_stopped: false,
            engine_failed: false,
            sort: (SortKey::Line, true),
            order: Shared::new(Vec::new()),
            rewind: 0,
            rows: Shared::new(TableRows::default()),
            rows_request: None,
            rows_ticket: 0,
            table_first: 0,
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
            export_note: None,
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
    /// A big text file, handed on as the browser's blob (the page read only its head, to
    /// know it is text).
    LoadBlob {
        /// The file's name.
        name: String,
        /// The file.
        blob: web_sys::Blob,
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
        /// The entries naming no creator of the roster.
        errors: Vec<FormError>,
    },
    /// The engine's overview of the roster, for the request with this ticket.
    Viewed {
        /// The request's ticket.
        ticket: u32,
        /// What the page shows of the roster.
        overview: Box<Overview>,
    },
    /// The engine's order of the creators table, for the request with this ticket.
    Ordered {
        /// The request's ticket.
        ticket: u32,
        /// Creator indices, in display order.
        order: Vec<usize>,
    },
    /// The creators table's window starts at this position of the order now.
    Window(usize),
    /// The results were copied, or could not be.
    Exported(ExportNote),
    /// How far the engine has come reading the roster.
    Reading(crate::domain::ReadProgress),
    /// Stop reading the roster ("Stop reading"): the page drops it, the settings stay.
    StopReading,
    /// The engine's worker could not start, or stopped: nothing is asked of it any more.
    EngineFailed,
    /// The engine could not read the file handed to it (changed or removed since it was
    /// picked): the page drops it and says so.
    Unreadable,
    /// The engine sent the rows asked for ([`crate::engine::Reply::Rows`]).
    Rows {
        /// The request's ticket.
        ticket: u32,
        /// Each creator asked for, with its index.
        rows: Vec<(u32, crate::domain::Creator)>,
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
    RestoreKept(Kept),
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
        State::restored_from(saved, Kept::Text(text), mark)
    }

    /// The state a kept record and roster (text, or a big one's blob) describe.
    pub fn restored_from(saved: SavedState, kept: Kept, mark: DecimalMark) -> State {
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
        let (input, text) = match kept {
            Kept::Text(text) => (Input::bytes(text.as_bytes().to_vec()), text),
            Kept::Blob(blob) => (Input::Blob(blob), String::new()),
        };
        if input.is_empty() {
            return s;
        }
        let source = match saved.source {
            SavedSource::Sample => InputSource::Sample,
            SavedSource::File { name } => InputSource::File {
                name,
                bytes: input.len() as usize,
            },
            _ => InputSource::Pasted,
        };
        // A big file is not put in the paste box (as when it was uploaded).
        let shown = !matches!(source, InputSource::File { .. }) || text.len() <= SHOWN_FILE;
        s.text = Shared::new(if shown { text } else { String::new() });
        // The mapping belongs to these columns: keep it through the first read.
        let mapping = s.read_options.mapping.clone();
        s.set_input(input, source);
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
    /// The input is read again (by the engine, told by `hooks::engine`): the order, the
    /// rows and the plan on screen were for the roster before, their indices mean nothing
    /// now. The new roster's come once its overview has ([`State::viewed`]).
    fn reread(&mut self) {
        self.progress = None;
        self.planning = None;
        self.plan_errors.clear();
        self.plan_ticket = self.plan_ticket.wrapping_add(1);
        self.plan_request = None;
        self.plan_pending = false;
        self.order_ticket = self.order_ticket.wrapping_add(1);
        self.order_request = None;
        self.order = Shared::new(Vec::new());
        self.rows = Shared::new(TableRows::default());
        self.ask_rows();
        self.ask_view(true);
        if !self.awaiting_roster() {
            // Nothing to read: nothing to plan either.
            self.replan(false);
        }
    }

    /// The settings changed: the overview, the order and the plans follow.
    fn reanalyse(&mut self) {
        self.ask_view(false);
        self.resort();
        self.replan(false);
    }

    /// Asks the engine for the overview (`new_roster`: of a roster read again).
    fn ask_view(&mut self, new_roster: bool) {
        self.view_ticket = self.view_ticket.wrapping_add(1);
        if self.input.is_empty() {
            // No roster: nothing to ask.
            self.view_request = None;
            self.headers_before = None;
            self.busy = None;
            self.overview = Shared::new(Overview::default());
            return;
        }
        let new_roster = new_roster || self.awaiting_roster();
        self.view_request = Some(ViewRequest {
            ticket: self.view_ticket,
            compare: self
                .compare
                .as_deref()
                .and_then(crate::domain::scheme_by_id),
            new_roster,
        });
    }

    /// A roster read again whose overview has not come yet: how many creators it holds is
    /// not known.
    fn awaiting_roster(&self) -> bool {
        self.view_request.as_ref().is_some_and(|v| v.new_roster)
    }

    /// The engine's overview for `ticket` came.
    fn viewed(&mut self, ticket: u32, overview: Overview) {
        let Some(view) = self.view_request.take_if(|v| v.ticket == ticket) else {
            return;
        };
        self.overview = Shared::new(overview);
        if !view.new_roster {
            return;
        }
        self.busy = None;
        self.progress = None;
        // The user's column mapping holds while the columns are the same (editing a cell
        // must not undo it); a roster with other columns starts afresh.
        if let Some(before) = self.headers_before.take() {
            let same = self
                .overview
                .head
                .columns
                .iter()
                .map(|c| &c.header)
                .eq(before.iter());
            if !same && !self.read_options.mapping.is_empty() {
                self.read_options.mapping.clear();
                self.reread();
                return;
            }
        }
        // A budget still in the default dollars follows a roster priced in one other
        // currency (zł, €…): its prices are then all usable, and shown in it.
        if let Some(cur) = self.overview.price_currency {
            if self.budget.currency.trim() == "$" && cur != crate::domain::currency::Currency::Usd {
                self.budget.currency = cur.sign().trim().to_string();
            }
        }
        self.resort();
        self.replan(false);
    }

    /// The budget panel's entries that cannot be used: read here, and those naming no
    /// creator as the engine found with the last plan.
    fn form_errors(&self) -> Vec<FormError> {
        let (_, mut errors) = self.budget.settings(&Roster::default(), self.budget_mark);
        errors.retain(|e| !matches!(e.expected, Expected::Handles { .. }));
        errors.extend(self.plan_errors.iter().cloned());
        errors
    }

    /// A new order is read from its top.
    fn rewind(&mut self) {
        self.rewind = self.rewind.wrapping_add(1);
        self.table_first = 0;
    }

    /// Asks the engine for the rows of the creators table's window in the order shown,
    /// unless they are the rows shown.
    fn ask_rows(&mut self) {
        let first = self
            .table_first
            .min(self.order.len().saturating_sub(TABLE_WINDOW));
        let creators: Vec<u32> = self
            .order
            .iter()
            .skip(first)
            .take(TABLE_WINDOW)
            .map(|&i| i as u32)
            .collect();
        self.rows_ticket = self.rows_ticket.wrapping_add(1);
        self.rows_request = None;
        let shown = self.rows.first == first
            && self
                .rows
                .creators
                .iter()
                .map(|(i, _)| *i as u32)
                .eq(creators.iter().copied());
        if shown {
            return;
        }
        if creators.is_empty() {
            self.rows = Shared::new(TableRows::default());
            return;
        }
        self.rows_request = Some(RowsRequest {
            ticket: self.rows_ticket,
            first,
            creators,
        });
    }

    /// Plans every strategy again (a big roster only when `now`).
    fn replan(&mut self, now: bool) {
        self.plan_pending = false;
        // An answer on its way is for older entries.
        self.plan_ticket = self.plan_ticket.wrapping_add(1);
        self.plan_request = None;
        if self.awaiting_roster() {
            // Planned once the roster's overview says how big it is.
            return;
        }
        if self.overview.is_empty() {
            self.planning = None;
            self.budget_errors.clear();
            self.plan_on_request = false;
            return;
        }
        self.budget_errors = self.form_errors();
        if self.overview.creators > AUTO_PLAN && !now {
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
            form: self.budget.clone(),
            mark: self.budget_mark,
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
            self.plan_on_request = self.overview.creators > AUTO_PLAN;
        }
    }

    fn resort(&mut self) {
        let (key, ascending) = self.sort;
        self.order_ticket = self.order_ticket.wrapping_add(1);
        self.order_request = None;
        let unsorted = key == SortKey::Line && ascending && self.filter.is_empty();
        if !unsorted {
            // Sorted and filtered by the engine, where the creators are.
            self.order_request = Some(OrderRequest {
                ticket: self.order_ticket,
                filter: self.filter.clone(),
                sort: self.sort,
            });
            return;
        }
        if self.awaiting_roster() {
            // Roster order once the overview says how many creators there are.
            return;
        }
        self.order = Shared::new((0..self.overview.creators).collect());
        self.ask_rows();
    }

    fn set_input(&mut self, input: Input, source: InputSource) {
        if self.headers_before.is_none() {
            self.headers_before = Some(
                self.overview
                    .head
                    .columns
                    .iter()
                    .map(|c| c.header.clone())
                    .collect(),
            );
        }
        self.input = input;
        self.source = source;
        self.rewind();
        self.file_error = None;
        self.workbook = None;
        // A file being read stays said until its roster's overview comes.
        self.stale = false;
        self.share_notice = None;
        self.export_note = None;
        self.read_stopped = false;
        // A roster of the user's own now: one still coming back from storage must not
        // replace it, and it is not the kept one.
        self.keeping.own_roster();
        self.selected = None;
        self.filter = CreatorFilter::default();
        self.reread();
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
        self.set_input(Input::bytes(bytes), InputSource::File { name, bytes: len });
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
                self.ask_view(false);
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
                self.set_input(Input::bytes(bytes), InputSource::Pasted);
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
                    self.set_input(Input::bytes(bytes), InputSource::Pasted);
                }
            }
            InputAction::LoadSample => {
                self.text = Shared::new(SAMPLE.to_string());
                self.set_input(
                    Input::bytes(SAMPLE.as_bytes().to_vec()),
                    InputSource::Sample,
                );
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
            InputAction::LoadBlob { name, blob } => {
                self.reveal = self.reveal.wrapping_add(1);
                self.text = Shared::new(String::new());
                let bytes = blob.size() as usize;
                self.set_input(Input::Blob(blob), InputSource::File { name, bytes });
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
                s.rewind();
                s.resort();
            }
            Action::Select(creator) => {
                if !s.order.contains(&creator) && !s.filter.is_empty() {
                    // Chosen on a chart but filtered out of the table: show everyone again
                    // (the creator is among them, whether the order comes now or later).
                    s.filter = CreatorFilter::default();
                    s.rewind();
                    s.resort();
                    if creator < s.overview.creators {
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
                s.rewind();
                s.resort();
            }
            Action::Settings(edit) => s.edit_settings(edit),
            Action::EditBudget(BudgetEdit::Show(strategy), _) => s.budget.show = strategy,
            Action::EditBudget(edit, mark) => {
                s.budget.apply(edit);
                s.budget_mark = mark;
                if s.planning.is_some() && s.overview.creators <= AUTO_PLAN {
                    // Said at once: what cannot be used; planned when typing pauses.
                    s.budget_errors = s.form_errors();
                    s.plan_pending = true;
                } else {
                    s.replan(false);
                }
            }
            Action::MakePlan => s.replan(true),
            Action::CancelPlan => s.cancel_plan(),
            Action::Planned {
                ticket,
                planning,
                errors,
            } => {
                if s.plan_request.as_ref().is_some_and(|r| r.ticket == ticket) {
                    s.plan_request = None;
                    s.planning = Some(Shared::new(*planning));
                    s.plan_errors = errors;
                    s.budget_errors = s.form_errors();
                }
            }
            Action::Viewed { ticket, overview } => s.viewed(ticket, *overview),
            Action::Ordered { ticket, order } => {
                let n = s.overview.creators;
                if s.order_request.as_ref().is_some_and(|r| r.ticket == ticket)
                    && order.iter().all(|&i| i < n)
                {
                    s.order_request = None;
                    s.order = Shared::new(order);
                    s.rewind();
                    s.ask_rows();
                }
            }
            Action::Exported(note) => s.export_note = Some(note),
            Action::Reading(progress) => {
                if s.awaiting_roster() {
                    s.progress = Some(progress);
                }
            }
            Action::EngineFailed => {
                // Nothing will answer: nothing is awaited.
                s.engine_failed = true;
                s.view_request = None;
                s.order_request = None;
                s.rows_request = None;
                s.plan_request = None;
                s.progress = None;
                s.busy = None;
            }
            Action::Unreadable => {
                if let (InputSource::File { name, .. }, Input::Blob(_)) =
                    (s.source.clone(), &s.input)
                {
                    s.take_input(InputAction::Clear);
                    s.file_error = Some(FileProblem::Read {
                        name,
                        fault: crate::i18n::FileFault::Unreadable,
                    });
                }
            }
            Action::StopReading => {
                if s.awaiting_roster() {
                    s.take_input(InputAction::Clear);
                    s.read_stopped = true;
                }
            }
            Action::Window(first) => {
                if first != s.table_first {
                    s.table_first = first;
                    s.ask_rows();
                }
            }
            Action::Rows { ticket, rows } => {
                if let Some(r) = s.rows_request.take_if(|r| r.ticket == ticket) {
                    // A creator already shown keeps its row as drawn.
                    let mut kept: std::collections::HashMap<usize, Shared<crate::domain::Creator>> =
                        s.rows
                            .creators
                            .iter()
                            .map(|(i, c)| (*i, c.clone()))
                            .collect();
                    let creators = rows
                        .into_iter()
                        .map(|(i, c)| {
                            let i = i as usize;
                            let c = kept.remove(&i).unwrap_or_else(|| Shared::new(c));
                            (i, c)
                        })
                        .collect();
                    s.rows = Shared::new(TableRows {
                        first: r.first,
                        creators,
                    });
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
            Action::RestoreKept(roster) => {
                if let Some(kept) = s.keeping.restored() {
                    // The settings as they are now (changed meanwhile or not), the roster's
                    // source as kept.
                    let mut now = s.saved();
                    now.source = kept.source;
                    s = State::restored_from(now, roster, s.budget_mark);
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
