//! Rows → creators, shared by every input shape: headers mapped to fields, each numeric
//! column's decimal mark decided from the whole column, every bad cell or row reported.

use super::super::currency::Currency;
use super::super::header::{Field, FieldKind};
use super::super::number::{DecimalMark, Evidence};
use super::super::roster::{
    Column, Creator, InputFormat, Label, Labels, MarkDecidedBy, Metric, Notice, Platform,
    PlatformCell, PlatformFrom, Problem, ProblemKind, ProblemList, Roster, Source, Text, Values,
};
use super::super::text::repair_mojibake;
use super::cells::{cell_text, clean_handle, cut, read_number, row_text, trim, Cell, Cells};
use super::columns::{self, split_name_at_handle, PlatformHint, Sample};
use super::merge::{group_rows, identity_hash, merge_rows, name_identity_hash};
use super::ReadOptions;

/// What reading a row does with a column's cells.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// A figure.
    Number(Metric, FieldKind),
    /// Text of the creator: an index into [`TEXT_FIELDS`].
    Text(usize),
    /// `Display name @handle`: the name and the handle.
    NameAndHandle,
    /// An unmapped column, kept as it is.
    Extra,
    /// A column the user chose to ignore.
    Ignore,
}

const HANDLE_SLOT: usize = 0;
const NAME_SLOT: usize = 1;

/// The text fields a row is read for, in the order `push_row` keeps them.
const TEXT_FIELDS: [Field; 6] = [
    Field::Handle,
    Field::Name,
    Field::Category,
    Field::Country,
    Field::Platform,
    Field::Post,
];

/// Evidence counts for one numeric column.
#[derive(Clone, Copy, Default)]
struct MarkVotes {
    dot: usize,
    comma: usize,
    ambiguous: usize,
    /// An ambiguous cell used a dot (`1.234`) rather than a comma (`1,234`).
    ambiguous_dot: usize,
}

/// Accumulates rows into creators. Shared by the delimited and JSON readers.
pub(super) struct RosterBuilder {
    format: InputFormat,
    /// Columns holding profile or post links (for rows without a platform).
    link_columns: Vec<usize>,
    /// The platform of rows without one, and why.
    fallback_platform: (Platform, PlatformFrom),
    /// Rows that took the fallback platform, and rows that took it from a link.
    fallback_rows: usize,
    link_rows: usize,
    /// What deciding the columns found worth saying.
    column_notices: Vec<Notice>,
    /// Nothing is to be read ([`Notice::MappedHeaderMissing`]): see [`Self::stopped`].
    stopped: bool,
    /// Per column: cells with a percent sign.
    percent_cells: Vec<usize>,
    /// The JSON object being read, for its problems.
    position: Option<u64>,
    /// No handle column: creators are told apart by name, exactly (case included) and by
    /// follower count, so `maddie` with 13.9M and `Maddie` with 12.4M are two creators.
    by_name: bool,
    columns: Vec<Column>,
    /// For each column: the metric it fills, if numeric.
    metric_of: Vec<Option<(Metric, FieldKind)>>,
    /// For each column: what a row's cell in it is for.
    roles: Vec<Role>,
    votes: Vec<MarkVotes>,
    marks: Vec<DecimalMark>,
    /// For each field (by `Field as usize`), the column that holds it.
    col_of: [Option<usize>; Field::ALL.len()],
    extra_columns: Vec<usize>,
    creators: Vec<Creator>,
    /// Per row (= per creator before `group_rows`): the identity hash of its creator.
    identities: Vec<u64>,
    pub(super) problems: ProblemList,
    rows_read: usize,
    repaired_cells: usize,
    /// Ambiguous cells of the current row: metric, column, value with a decimal dot (as
    /// read) and with a decimal comma.
    row_ambiguous: Vec<(Metric, usize, f64, f64)>,
    /// Ambiguous cells of the roster, settled in `finish`.
    deferred: Vec<Deferred>,
    /// Reused for lower-casing handles.
    scratch: Vec<u8>,
    /// Rows with a price, by the currency it names (first seen first), counted as rows are
    /// read (what `currencies` needs of every row, without another pass over them).
    priced_in: Vec<(Currency, usize)>,
    /// Rows with a price that names no currency.
    unmarked_prices: usize,
    /// The platform names, categories and countries read so far, each kept once.
    labels: Labels,
}

/// An ambiguous cell (`1,234`) waiting for its column's decimal mark.
struct Deferred {
    /// The row's creator (each row is its own creator until `group_rows`).
    creator: usize,
    metric: Metric,
    column: usize,
    /// The value if the column's decimal mark is a dot (as read), or a comma.
    if_dot: f64,
    if_comma: f64,
}

impl RosterBuilder {
    /// A builder for rows under these headers; `sample` (the first rows' cells, see
    /// [`columns::plan`]) settles what the headers leave open.
    pub(super) fn new(
        format: InputFormat,
        headers: Vec<String>,
        sample: &Sample,
        options: &ReadOptions,
    ) -> Self {
        let plan = columns::plan(&headers, sample, options);
        // A mapping that names a header the file lacks: nothing is read, and that is said
        // with the headers there are.
        let stopped = !plan.unknown_headers.is_empty() && !headers.is_empty();
        let column_notices = if stopped {
            vec![Notice::MappedHeaderMissing {
                headers: plan.unknown_headers,
                columns: headers.iter().map(|h| h.trim().to_string()).collect(),
            }]
        } else {
            plan.notices
        };
        let fields = plan.fields;
        let by_user = plan.by_user;
        let columns: Vec<Column> = headers
            .into_iter()
            .zip(fields.iter())
            .zip(by_user.iter().copied())
            .map(|((header, field), mapped_by_user)| Column {
                header,
                field: *field,
                mapped_by_user,
                decimal: None,
                ambiguous_cells: 0,
            })
            .collect();
        let metric_of = fields
            .iter()
            .map(|f| f.and_then(|f| Metric::of_field(f).map(|m| (m, f.kind()))))
            .collect();
        let mut col_of = [None; Field::ALL.len()];
        for (i, f) in fields.iter().enumerate() {
            if let Some(f) = f {
                col_of[*f as usize].get_or_insert(i);
            }
        }
        let extra_columns: Vec<usize> = fields
            .iter()
            .enumerate()
            .filter(|(i, f)| f.is_none() && !(by_user[*i]))
            .map(|(i, _)| i)
            .collect();
        let roles = fields
            .iter()
            .enumerate()
            .map(|(i, f)| match f {
                _ if extra_columns.contains(&i) => Role::Extra,
                None => Role::Ignore,
                _ if plan.name_and_handle == Some(i) => Role::NameAndHandle,
                Some(f) => match Metric::of_field(*f) {
                    Some(m) => Role::Number(m, f.kind()),
                    None => TEXT_FIELDS
                        .iter()
                        .position(|t| t == f)
                        .map_or(Role::Ignore, Role::Text),
                },
            })
            .collect();
        // Rows without a platform of their own: the user's choice, else what the headers
        // say, else Instagram.
        let (fallback, from) = match (&plan.platform_hint, options.infer_platform) {
            (PlatformHint::Names(p, from), true) => (*p, from.clone()),
            (PlatformHint::Disagree(from), true)
                if options.default_platform == Platform::Instagram =>
            {
                (Platform::Instagram, from.clone())
            }
            (PlatformHint::Silent, true) if options.default_platform == Platform::Instagram => {
                (Platform::Instagram, PlatformFrom::Default)
            }
            _ => (options.default_platform, PlatformFrom::Chosen),
        };
        let n = columns.len();
        RosterBuilder {
            format,
            link_columns: plan.link_columns,
            fallback_platform: (fallback, from),
            fallback_rows: 0,
            link_rows: 0,
            column_notices,
            stopped,
            percent_cells: vec![0; n],
            position: None,
            // Handles read from a `name` column are compared as names are: exactly.
            by_name: !plan.handle_by_header && plan.name_and_handle.is_none(),
            columns,
            metric_of,
            roles,
            votes: vec![MarkVotes::default(); n],
            marks: vec![DecimalMark::Dot; n],
            col_of,
            extra_columns,
            creators: Vec::new(),
            identities: Vec::new(),
            problems: ProblemList::default(),
            rows_read: 0,
            repaired_cells: 0,
            row_ambiguous: Vec::new(),
            deferred: Vec::new(),
            scratch: Vec::new(),
            labels: Labels::default(),
            priced_in: Vec::new(),
            unmarked_prices: 0,
        }
    }

    pub(super) fn reserve(&mut self, rows: usize) {
        self.creators.reserve_exact(rows);
        self.identities.reserve_exact(rows);
    }

    fn has(&self, field: Field) -> bool {
        self.col_of[field as usize].is_some()
    }

    fn vote(&mut self, col: usize, cell: Cell, evidence: Evidence) {
        let v = &mut self.votes[col];
        match evidence {
            Evidence::None => {}
            Evidence::Decides(DecimalMark::Dot) => v.dot += 1,
            Evidence::Decides(DecimalMark::Comma) => v.comma += 1,
            Evidence::Ambiguous => {
                v.ambiguous += 1;
                let dot = match cell {
                    Cell::Text(t) => t.contains('.'),
                    Cell::Bytes(b) => b.contains(&b'.'),
                    Cell::Number(..) => false,
                };
                if dot {
                    v.ambiguous_dot += 1;
                }
            }
        }
    }

    /// Picks each numeric column's decimal mark: from its own cells, else from the other
    /// columns, else from the delimiter, else from what the field holds.
    fn decide_marks(&mut self, semicolon: bool) {
        let file_dot: usize = self.votes.iter().map(|v| v.dot).sum();
        let file_comma: usize = self.votes.iter().map(|v| v.comma).sum();
        for (i, v) in self.votes.iter().enumerate() {
            let Some((_, kind)) = self.metric_of[i] else {
                continue;
            };
            let (mark, by) = if matches!(kind, FieldKind::Count | FieldKind::Money) {
                // 1.234 followers or likes is not a thing, nor a price of €1.200 meaning
                // one euro twenty (no currency here has three decimals): a lone separator
                // before three digits groups thousands, whatever other cells say.
                let m = if v.ambiguous_dot * 2 > v.ambiguous {
                    DecimalMark::Comma
                } else {
                    DecimalMark::Dot
                };
                (m, MarkDecidedBy::Thousands)
            } else if v.dot != v.comma {
                let m = if v.dot > v.comma {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::Column)
            } else if file_dot != file_comma {
                let m = if file_dot > file_comma {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::OtherColumns)
            } else if semicolon {
                (DecimalMark::Comma, MarkDecidedBy::Delimiter)
            } else if kind == FieldKind::Percent {
                // A rate of 1.234% is likelier than one of 1,234%.
                let m = if v.ambiguous_dot * 2 >= v.ambiguous {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                (m, MarkDecidedBy::FieldDefault)
            } else {
                // Counts and prices: a lone separator before three digits groups thousands.
                let m = if v.ambiguous_dot * 2 > v.ambiguous {
                    DecimalMark::Comma
                } else {
                    DecimalMark::Dot
                };
                (m, MarkDecidedBy::FieldDefault)
            };
            self.marks[i] = mark;
            self.columns[i].ambiguous_cells = v.ambiguous;
            if v.ambiguous > 0 || v.dot > 0 || v.comma > 0 {
                self.columns[i].decimal = Some((mark, by));
            }
        }
    }

    pub(super) fn problem(
        &mut self,
        line: u64,
        col: Option<usize>,
        text: String,
        kind: ProblemKind,
    ) {
        let column = col
            .and_then(|c| self.columns.get(c))
            .map(|c| c.header.clone());
        self.problems.push(Problem {
            line,
            column,
            item: self.position,
            text: cut(&text),
            kind,
        });
    }

    pub(super) fn push_row<C: Cells + ?Sized>(&mut self, line: u64, cells: &C) {
        let blank = |c: Option<Cell>| c.is_none_or(Cell::is_blank);
        if (0..cells.count()).all(|i| blank(cells.cell(i))) {
            return;
        }
        self.rows_read += 1;
        let n = self.columns.len();
        if cells.count() > n && (n..cells.count()).any(|i| !blank(cells.cell(i))) {
            let text = row_text(cells);
            self.problem(
                line,
                None,
                text,
                ProblemKind::TooManyCells {
                    expected: n,
                    found: cells.count(),
                },
            );
            return;
        }
        // One pass over the cells, each to its role.
        let mut values = Values::default();
        self.row_ambiguous.clear();
        let mut texts = [""; TEXT_FIELDS.len()];
        let mut extras: Vec<Text> = Vec::with_capacity(self.extra_columns.len());
        let mut currency = None;
        for (i, cell) in cells.cells().enumerate().take(n) {
            match self.roles[i] {
                Role::Number(metric, kind) => match read_number(cell, kind) {
                    Ok(Some(r)) => {
                        if r.evidence != Evidence::None {
                            self.vote(i, cell, r.evidence);
                        }
                        // Read as if the column used a decimal dot; `finish` settles
                        // ambiguous cells once the whole column is known. Of two columns
                        // that fill one field, the first with a figure gives it.
                        if values.get(metric).is_none() {
                            values.set(metric, Some(r.value));
                            if let Some(alt) = r.if_comma {
                                self.row_ambiguous.push((metric, i, r.value, alt));
                            }
                        }
                        if r.percent {
                            self.percent_cells[i] += 1;
                        }
                        if metric == Metric::Price {
                            currency = currency.or(r.currency);
                        }
                    }
                    Ok(None) => {}
                    Err(problem) => {
                        let text = cell_text(Some(cell));
                        self.problem(line, Some(i), text, problem);
                    }
                },
                Role::Text(slot) => {
                    if texts[slot].is_empty() {
                        texts[slot] = trim(cell.text());
                    }
                }
                Role::NameAndHandle => {
                    let t = trim(cell.text());
                    match split_name_at_handle(t) {
                        Some((name, handle)) => {
                            texts[NAME_SLOT] = name;
                            texts[HANDLE_SLOT] = handle;
                        }
                        None => texts[NAME_SLOT] = t,
                    }
                }
                Role::Extra => extras.push(Text::from(cell.text())),
                Role::Ignore => {}
            }
        }
        // A short row: its missing cells are empty.
        if extras.len() < self.extra_columns.len() {
            extras.resize(self.extra_columns.len(), Text::default());
        }
        let [handle, name, category, country, platform_text, post] = texts;
        let (handle, url_platform) = clean_handle(handle);
        let written = [handle, name, category, country];
        // Spelt out: `written.map(…)` costs more than the four calls (this runs per row).
        let fixed = [
            repair_mojibake(handle),
            repair_mojibake(name),
            repair_mojibake(category),
            repair_mojibake(country),
        ];
        let repairs = fixed.iter().filter(|f| f.is_some()).count();
        self.repaired_cells += repairs;
        let repaired = repairs > 0;
        let text = |i: usize| fixed[i].as_deref().unwrap_or(written[i]);
        let (mut handle, name) = (Text::from(text(0)), Text::from(text(1)));
        let (category, country) = (self.labels.get(text(2)), self.labels.get(text(3)));
        if handle.is_empty() {
            if name.is_empty() {
                let text = row_text(cells);
                self.problem(line, None, text, ProblemKind::NoIdentity);
                return;
            }
            handle = name.clone();
        }
        let own = match Platform::classify(platform_text) {
            Some(PlatformCell::Known(p)) => Some(p),
            Some(PlatformCell::Other) => Some(Platform::Other),
            Some(PlatformCell::NotAPlatform) => {
                let col = self.col_of[Field::Platform as usize];
                self.problem(
                    line,
                    col,
                    platform_text.to_string(),
                    ProblemKind::NotAPlatform,
                );
                None
            }
            None => None,
        };
        let platform = match own.or(url_platform) {
            Some(p) => p,
            None => match self.link_platform(cells) {
                Some(p) => {
                    self.link_rows += 1;
                    p
                }
                None => {
                    self.fallback_rows += 1;
                    self.fallback_platform.0
                }
            },
        };
        let platform_label = if platform == Platform::Other {
            self.labels.get(platform_text)
        } else {
            Label::default()
        };
        let post = match post {
            "" => 0,
            p => {
                use std::hash::{Hash, Hasher};
                let mut h = rustc_hash::FxHasher::default();
                p.hash(&mut h);
                h.finish() | 1
            }
        };
        let key = if self.by_name {
            name_identity_hash(platform, &handle, values.get(Metric::Followers))
        } else {
            identity_hash(platform, &handle, &platform_label, &mut self.scratch)
        };
        // Every row starts as a creator of its own; rows of the same creator are merged in
        // `finish`, from their identity hashes (sorting them beats probing a large table).
        let next = self.creators.len();
        self.identities.push(key);
        self.defer(next);
        // Settling ambiguous cells later changes a price, never whether there is one.
        if values.get(Metric::Price).is_some() {
            match currency {
                Some(cur) => match self.priced_in.iter_mut().find(|(x, _)| *x == cur) {
                    Some((_, n)) => *n += 1,
                    None => self.priced_in.push((cur, 1)),
                },
                None => self.unmarked_prices += 1,
            }
        }
        self.creators.push(Creator {
            line: Creator::line_of(line),
            handle,
            name,
            platform,
            platform_label,
            category,
            country,
            extras: extras.into_boxed_slice(),
            values,
            merged: None,
            repaired_text: repaired,
            post,
            currency,
        });
    }

    /// The platform a row's links name (a profile or post URL in a link column).
    fn link_platform<C: Cells + ?Sized>(&self, cells: &C) -> Option<Platform> {
        self.link_columns.iter().find_map(|&i| {
            let t = cells.cell(i)?.text();
            t.contains('/').then(|| clean_handle(t).1).flatten()
        })
    }

    /// The JSON object the next rows come from (for its problems).
    pub(super) fn set_position(&mut self, position: Option<u64>) {
        self.position = position;
    }

    /// A notice from the reader of the input's shape (kept before the column notices).
    /// The user's mapping names a header the file lacks: the reader reads no row and
    /// finishes at once.
    pub(super) fn stopped(&self) -> bool {
        self.stopped
    }

    pub(super) fn notice(&mut self, notice: Notice) {
        self.column_notices.insert(0, notice);
    }

    fn defer(&mut self, creator: usize) {
        for &(metric, column, if_dot, if_comma) in &self.row_ambiguous {
            self.deferred.push(Deferred {
                creator,
                metric,
                column,
                if_dot,
                if_comma,
            });
        }
    }

    /// Gives ambiguous cells the reading of their column's decimal mark.
    fn settle_ambiguous(&mut self) {
        let semicolon = self.format == InputFormat::Delimited { delimiter: ';' };
        self.decide_marks(semicolon);
        for d in std::mem::take(&mut self.deferred) {
            let thousands =
                self.columns[d.column].decimal.map(|(_, by)| by) == Some(MarkDecidedBy::Thousands);
            // Counts take the grouped reading, the larger one: `1.234` → 1234.
            let use_comma = if thousands {
                d.if_comma > d.if_dot
            } else {
                self.marks[d.column] == DecimalMark::Comma
            };
            if !use_comma {
                continue;
            }
            if let Some(c) = self.creators.get_mut(d.creator) {
                c.values.set(d.metric, Some(d.if_comma));
            }
        }
    }

    /// An engagement-rate column of fractions (0.0139 for 1.39%, as a spreadsheet's percent
    /// cells or a script write it) is read as percentages: when no cell has a `%` and every
    /// rate is at most 1, and the rates are about a hundredth of (likes + comments) /
    /// followers where those are given, or all small where they are not.
    fn rates_as_fractions(&mut self) -> Option<Notice> {
        let col = self.col_of[Field::EngagementRate as usize]?;
        if self.percent_cells[col] > 0 || self.columns[col].mapped_by_user {
            return None;
        }
        let m = Metric::EngagementRate;
        let rates: Vec<f64> = self.creators.iter().filter_map(|c| c.get(m)).collect();
        if rates.is_empty() || rates.iter().any(|r| *r > 1.0) {
            return None;
        }
        let ratio = |c: &Creator| {
            let e = c.get(Metric::Likes)? + c.get(Metric::Comments).unwrap_or(0.0);
            let f = c.get(Metric::Followers).filter(|f| *f > 0.0)?;
            let er = c.get(m).filter(|r| *r > 0.0)?;
            (e > 0.0).then(|| er / (e / f * 100.0))
        };
        let mut ratios: Vec<f64> = self.creators.iter().filter_map(ratio).collect();
        let fractions = if ratios.len() >= 3 {
            ratios.sort_by(f64::total_cmp);
            (0.003..0.03).contains(&ratios[ratios.len() / 2])
        } else {
            let mut sorted = rates;
            sorted.sort_by(f64::total_cmp);
            sorted[sorted.len() / 2] < 0.2
        };
        if !fractions {
            return None;
        }
        for c in &mut self.creators {
            if let Some(r) = c.get(m) {
                c.values.set(m, Some(r * 100.0));
            }
        }
        Some(Notice::RateAsFraction {
            column: self.columns[col].header.clone(),
        })
    }

    /// Prices' currencies: a price without a sign is in the currency of the price column's
    /// header, else in the one every signed price of the roster shares; more than one is
    /// said (nothing is converted).
    fn currencies(&mut self) -> Vec<Notice> {
        let Some(col) = self.col_of[Field::Price as usize] else {
            return Vec::new();
        };
        // Each row is still its own creator here (`group_rows` comes later): the counts
        // kept as rows were pushed are the creators'.
        let mut counts = std::mem::take(&mut self.priced_in);
        let header = Currency::in_header(&self.columns[col].header);
        let unmarked_in = match (header, counts.as_slice()) {
            (Some(h), _) => Some(h),
            (None, [(only, _)]) => Some(*only),
            _ => None,
        };
        let mut notices = Vec::new();
        if let Some(cur) = unmarked_in.filter(|_| self.unmarked_prices > 0) {
            let mut count = 0;
            for c in &mut self.creators {
                if c.currency.is_none() && c.get(Metric::Price).is_some() {
                    c.currency = Some(cur);
                    count += 1;
                }
            }
            if count > 0 && !counts.is_empty() {
                notices.push(Notice::UnmarkedPrices {
                    currency: cur,
                    count,
                });
            }
        }
        if counts.len() > 1 {
            counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
            notices.push(Notice::MixedCurrencies { counts });
        }
        notices
    }

    pub(super) fn finish(mut self) -> Roster {
        self.settle_ambiguous();
        let mut notices = std::mem::take(&mut self.column_notices);
        notices.extend(self.rates_as_fractions());
        notices.extend(self.currencies());
        if self.fallback_rows > 0 && self.fallback_platform.1 != PlatformFrom::Chosen {
            notices.push(Notice::PlatformAssumed {
                platform: self.fallback_platform.0,
                from: self.fallback_platform.1.clone(),
                rows: self.fallback_rows,
            });
        }
        if self.link_rows > 0 {
            notices.push(Notice::PlatformFromLinks {
                rows: self.link_rows,
            });
        }
        // Without repeated creators there is nothing to merge: no need to visit them all.
        let grouped = group_rows(&mut self.creators, &self.identities, self.by_name);
        let per_post_column = self.has(Field::Post);
        let mut duplicate_rows = 0;
        let mut per_post_creators = 0;
        let mut per_post_rows = 0;
        let creators: &mut [Creator] = if grouped { &mut self.creators } else { &mut [] };
        for c in creators {
            if c.rows().len() < 2 {
                continue;
            }
            merge_rows(c, per_post_column);
            duplicate_rows += c.duplicate_lines().len();
            if let Source::PerPost { posts } = c.source() {
                per_post_creators += 1;
                per_post_rows += posts;
            }
        }
        let split = self.roles.contains(&Role::NameAndHandle);
        if !self.has(Field::Handle) && self.has(Field::Name) && !split {
            notices.push(Notice::NamesAsHandles);
        }
        if per_post_creators > 0 {
            notices.push(Notice::PerPostRows {
                creators: per_post_creators,
                rows: per_post_rows,
            });
        }
        if duplicate_rows > 0 {
            notices.push(Notice::DuplicateRows {
                rows: duplicate_rows,
            });
        }
        if self.repaired_cells > 0 {
            notices.push(Notice::RepairedText {
                cells: self.repaired_cells,
            });
        }
        let mut missing = Vec::new();
        if !self.has(Field::Handle) && !self.has(Field::Name) && !split {
            missing.push(Field::Handle);
        }
        if !self.has(Field::Followers) {
            missing.push(Field::Followers);
        }
        Roster {
            format: self.format,
            columns: self.columns,
            extra_columns: self.extra_columns,
            creators: self.creators,
            problems: self.problems.into_sorted(),
            notices,
            missing,
            rows_read: self.rows_read,
        }
    }
}
