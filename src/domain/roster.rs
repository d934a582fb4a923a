//! The validated roster: creators with their figures, the columns they came from, and every
//! problem met on the way. Produced by [`crate::domain::read_roster`], trusted by the rest.

use serde::Serialize;

use super::currency::Currency;
use super::header::{Field, FieldKind};
use super::number::DecimalMark;
use super::sniff::FileKind;

/// The social platform a creator posts on.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// Instagram (also `IG`, `insta`).
    Instagram,
    /// TikTok (also `TT`, Douyin).
    TikTok,
    /// YouTube (also `YT`, `youtu.be` links).
    YouTube,
    /// Anything else; the creator's `platform_label` keeps the text.
    Other,
}

impl Platform {
    /// The three platforms Tierwise has benchmarks for, in the order the settings list them.
    pub const KNOWN: [Platform; 3] = [Platform::Instagram, Platform::TikTok, Platform::YouTube];

    /// Stable lower-case id (`instagram`, `tiktok`, `youtube`, `other`), used in
    /// translation keys, the CLI and saved settings.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::TikTok => "tiktok",
            Platform::YouTube => "youtube",
            Platform::Other => "other",
        }
    }

    /// Reads a platform as exports write it: `Instagram`, `IG`, `tik tok`, `YT`, a URL…
    #[inline]
    pub fn parse(text: &str) -> Option<Platform> {
        // The usual spellings, without allocating: this runs once per row.
        match text.len() {
            0 => return None,
            6 if text.eq_ignore_ascii_case("tiktok") => return Some(Platform::TikTok),
            7 if text.eq_ignore_ascii_case("youtube") => return Some(Platform::YouTube),
            9 if text.eq_ignore_ascii_case("instagram") => return Some(Platform::Instagram),
            _ => {}
        }
        Platform::parse_spelling(text)
    }

    /// Any other spelling: `IG`, `tik tok`, `YT`, a URL, the seed languages' names.
    fn parse_spelling(text: &str) -> Option<Platform> {
        let t: String = text
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '.')
            .flat_map(char::to_lowercase)
            .collect();
        if t.is_empty() {
            return None;
        }
        let has = |names: &[&str]| names.iter().any(|n| t.contains(n));
        if has(&[
            "instagram",
            "إنستغرام",
            "انستغرام",
            "انستقرام",
            "อินสตาแกรม",
            "ไอจี",
        ]) || t == "ig"
            || t == "insta"
        {
            Some(Platform::Instagram)
        } else if has(&["tiktok", "تيكتوك", "تيكتوك", "ติ๊กต็อก", "ติ๊กต๊อก", "ติกต็อก"])
            || t == "tt"
            || t == "douyin"
        {
            Some(Platform::TikTok)
        } else if has(&["youtube", "youtu.be", "يوتيوب", "ยูทูบ", "ยูทูป"]) || t == "yt"
        {
            Some(Platform::YouTube)
        } else {
            Some(Platform::Other)
        }
    }
}

/// What a platform cell says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PlatformCell {
    /// One of the platforms Tierwise has benchmarks for.
    Known(Platform),
    /// Another social platform (Facebook, X, Twitch…): kept, by its name, as
    /// [`Platform::Other`].
    Other,
    /// Not a platform at all (`Music`, `Games`): reported, and the row's platform is taken
    /// as for a row without one.
    NotAPlatform,
}

/// Social platforms other than the three with benchmarks, as exports write them (compared
/// on letters and digits, lower case).
const OTHER_PLATFORMS: &[&str] = &[
    "facebook",
    "fb",
    "twitter",
    "x",
    "xcom",
    "threads",
    "twitch",
    "snapchat",
    "snap",
    "pinterest",
    "linkedin",
    "reddit",
    "kwai",
    "likee",
    "bilibili",
    "vk",
    "vkontakte",
    "rutube",
    "telegram",
    "weibo",
    "xiaohongshu",
    "rednote",
    "kuaishou",
    "zalo",
    "line",
    "discord",
    "spotify",
    "podcast",
    "blog",
    "substack",
    "tumblr",
    "lemon8",
    "triller",
    "dailymotion",
    "vimeo",
    "rumble",
    "kick",
    "whatsapp",
    "mastodon",
    "bluesky",
    "patreon",
    "onlyfans",
    "clubhouse",
    "odnoklassniki",
    "ok",
    "dzen",
    "yandexdzen",
    "naver",
    "kakao",
    "kakaotalk",
    "wechat",
    "douyu",
    "huya",
    "trovo",
    "soundcloud",
    "medium",
    "quora",
    "ไลน์",
    "فيسبوك",
    "تويتر",
    "سناب",
    "سناب شات",
    "سنابشات",
    "تيليجرام",
];

impl Platform {
    /// Reads a platform cell: `None` when it is empty.
    pub fn classify(text: &str) -> Option<PlatformCell> {
        let p = Platform::parse(text)?;
        if p != Platform::Other {
            return Some(PlatformCell::Known(p));
        }
        let t: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        static OTHERS: std::sync::OnceLock<std::collections::HashSet<String>> =
            std::sync::OnceLock::new();
        let others = OTHERS.get_or_init(|| {
            OTHER_PLATFORMS
                .iter()
                .map(|o| o.chars().filter(|c| c.is_alphanumeric()).collect())
                .collect()
        });
        let other = others.contains(&t);
        Some(if other {
            PlatformCell::Other
        } else {
            PlatformCell::NotAPlatform
        })
    }
}

/// A numeric figure of a row. Stored per row in [`Values`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Followers (subscribers on YouTube) of the account.
    Followers,
    /// Likes per post.
    Likes,
    /// Comments per post.
    Comments,
    /// Shares per post.
    Shares,
    /// Saves (bookmarks) per post.
    Saves,
    /// Views (plays) per post.
    Views,
    /// Accounts reached per post.
    Reach,
    /// Impressions per post.
    Impressions,
    /// Interactions per post given as one number ([`Field::Engagements`]).
    Engagements,
    /// The account's number of posts (`media_count`, `videoCount`); not used in the math.
    Posts,
    /// The price of one post, in the creator's [`Creator::currency`] (or none named).
    Price,
    /// An engagement rate the roster states, in percent (1.39 for 1.39%).
    EngagementRate,
    /// Clicks or conversions per post.
    Conversions,
}

impl Metric {
    /// Every metric, in the order of their slots in [`Values`].
    pub const ALL: [Metric; 13] = [
        Metric::Followers,
        Metric::Likes,
        Metric::Comments,
        Metric::Shares,
        Metric::Saves,
        Metric::Views,
        Metric::Reach,
        Metric::Impressions,
        Metric::Engagements,
        Metric::Posts,
        Metric::Price,
        Metric::EngagementRate,
        Metric::Conversions,
    ];

    /// The metric a numeric field's cells fill; `None` for text fields (handle, name,
    /// platform, category, country, post).
    pub fn of_field(field: Field) -> Option<Metric> {
        Some(match field {
            Field::Followers => Metric::Followers,
            Field::Likes => Metric::Likes,
            Field::Comments => Metric::Comments,
            Field::Shares => Metric::Shares,
            Field::Saves => Metric::Saves,
            Field::Views => Metric::Views,
            Field::Reach => Metric::Reach,
            Field::Impressions => Metric::Impressions,
            Field::Engagements => Metric::Engagements,
            Field::Posts => Metric::Posts,
            Field::Price => Metric::Price,
            Field::EngagementRate => Metric::EngagementRate,
            Field::Conversions => Metric::Conversions,
            _ => return None,
        })
    }
}

/// The figures of one row; missing ones are `None`. Compact (NaN inside) because a roster
/// may hold a million of them.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Values([f64; 13]);

impl Default for Values {
    fn default() -> Self {
        Values([f64::NAN; 13])
    }
}

impl Values {
    /// The figure for `m`; `None` when the row has none.
    pub fn get(&self, m: Metric) -> Option<f64> {
        let v = self.0[m as usize];
        (!v.is_nan()).then_some(v)
    }

    /// Sets the figure for `m`; `None` marks it missing.
    pub fn set(&mut self, m: Metric, v: Option<f64>) {
        self.0[m as usize] = v.unwrap_or(f64::NAN);
    }

    /// Same figures, treating two missing values as equal.
    pub fn same_as(&self, other: &Values) -> bool {
        self.0
            .iter()
            .zip(other.0.iter())
            .all(|(a, b)| (a.is_nan() && b.is_nan()) || a == b)
    }

    /// Same figures except followers (and the derived rate), i.e. a different post.
    pub fn same_post_figures(&self, other: &Values) -> bool {
        Metric::ALL
            .iter()
            .filter(|m| !matches!(m, Metric::Followers | Metric::EngagementRate))
            .all(|m| self.get(*m) == other.get(*m))
    }
}

/// One input row's figures with the line it came from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    /// The row's line (1-based, header included).
    pub line: u64,
    /// The row's own figures, as read.
    pub values: Values,
    /// A hash of the row's post id, link or date (0 without one): two rows with the same
    /// figures are duplicates only if they are about the same post.
    pub post: u64,
}

/// How a creator's figures were assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Source {
    /// One row of the roster.
    SingleRow,
    /// Several rows, one per post: figures are means, medians are kept.
    PerPost {
        /// How many distinct rows (posts) were merged; exact repeats are not counted.
        posts: usize,
    },
}

/// A creator's text (handle, name…): kept in place up to 24 bytes, so that a roster of a
/// million creators is not a million small allocations. Derefs to `&str`.
pub type Text = compact_str::CompactString;

/// A text many creators share (a platform's name, a category, a country): one pointer,
/// to a text the reader keeps once per distinct value ([`Labels`]) and every creator with
/// that value points to. Empty without an allocation. Derefs to `&str`; its JSON form is
/// the text.
#[derive(Clone, Default)]
pub struct Label(Option<std::sync::Arc<Text>>);

impl Label {
    /// A label of its own (not shared): see [`Labels::get`] for shared ones.
    pub fn new(text: &str) -> Label {
        if text.is_empty() {
            Label(None)
        } else {
            Label(Some(std::sync::Arc::new(Text::from(text))))
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        self.0.as_deref().map_or("", Text::as_str)
    }
}

impl std::ops::Deref for Label {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Label {
    fn eq(&self, other: &Label) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Label {}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Label {
        Label::new(text)
    }
}

impl Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Label, D::Error> {
        let text = Text::deserialize(d)?;
        Ok(if text.is_empty() {
            Label(None)
        } else {
            Label(Some(std::sync::Arc::new(text)))
        })
    }
}

/// The distinct [`Label`]s met while reading a roster, so that rows with the same text share
/// one. Past [`Labels::MAX`] distinct texts (a column of free text, not of a few values) new
/// ones are no longer kept: each gets a label of its own.
#[derive(Debug, Default)]
pub struct Labels(rustc_hash::FxHashMap<Text, Label>);

impl Labels {
    /// How many distinct texts are kept for sharing, at most.
    pub const MAX: usize = 1 << 16;

    /// The label for `text`: the one already made for the same text, if any.
    pub fn get(&mut self, text: &str) -> Label {
        if text.is_empty() {
            return Label::default();
        }
        if let Some(l) = self.0.get(text) {
            return l.clone();
        }
        let label = Label::new(text);
        if self.0.len() < Labels::MAX {
            self.0.insert(Text::from(text), label.clone());
        }
        label
    }
}

/// What merging a creator's rows left: rare (most creators are one row), so a creator keeps
/// it behind one pointer ([`Creator::merged`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// See [`Creator::rows`].
    pub rows: Vec<Row>,
    /// See [`Creator::source`].
    pub source: Source,
    /// See [`Creator::duplicate_lines`].
    pub duplicate_lines: Vec<u64>,
    /// See [`Creator::conflicting_lines`].
    pub conflicting_lines: Vec<u64>,
}

impl Default for Merged {
    fn default() -> Merged {
        Merged {
            rows: Vec::new(),
            source: Source::SingleRow,
            duplicate_lines: Vec::new(),
            conflicting_lines: Vec::new(),
        }
    }
}

/// A creator as read from the roster. Small (a roster may hold a million): what few
/// creators have is boxed ([`Merged`]), texts many share are [`Label`]s. Its JSON form lists
/// every field, empty lists included, as it always has.
#[derive(Clone, Debug, PartialEq)]
pub struct Creator {
    /// The line of the creator's first row (1-based, header included); a line past
    /// `u32::MAX` (an input of more than four billion lines) reads as `u32::MAX`
    /// ([`Creator::line_of`]). Problems and merged rows keep exact lines.
    pub line: u32,
    /// `@`-less handle, or the name when the roster has no handle column.
    pub handle: Text,
    /// The display name; empty when the roster has no name column or the cell is empty.
    pub name: Text,
    /// The platform from the row's platform cell, else its links, else the roster's
    /// assumed platform ([`Notice::PlatformAssumed`]).
    pub platform: Platform,
    /// The platform as written, for `Platform::Other`.
    pub platform_label: Label,
    /// The category (niche) cell as written; empty without one.
    pub category: Label,
    /// The country cell as written; empty without one.
    pub country: Label,
    /// Cells of the unmapped columns, in [`Roster::extra_columns`] order.
    pub extras: Box<[Text]>,
    /// The creator's figures: the row's, or means over its posts.
    pub values: Values,
    /// The rows merged into this creator, how, and the lines left out; `None` for a
    /// creator of one row. Read through [`Creator::rows`], [`Creator::source`],
    /// [`Creator::duplicate_lines`] and [`Creator::conflicting_lines`].
    pub merged: Option<Box<Merged>>,
    /// Text repaired from a wrong-charset decoding (`CÃ´te` → `Côte`).
    pub repaired_text: bool,
    /// The first row's post hash (see [`Row::post`]).
    pub post: u64,
    /// The currency of the price, when its cell (or the column's header, or the other
    /// prices of the roster) names one.
    pub currency: Option<Currency>,
}

impl Creator {
    /// The creator's figure for `m` (see [`Creator::values`]); `None` when missing.
    pub fn get(&self, m: Metric) -> Option<f64> {
        self.values.get(m)
    }

    /// [`Creator::line`] for a 1-based line: past `u32::MAX`, `u32::MAX`.
    pub fn line_of(line: u64) -> u32 {
        u32::try_from(line).unwrap_or(u32::MAX)
    }

    /// The rows merged into this creator (one per post when `Source::PerPost`). Empty for
    /// a creator of one row; a creator whose other rows were exact repeats or snapshots of
    /// its counts has them here while `source` stays `SingleRow` (so read `source`, not
    /// this list's length, to know whether the figures are per-post means).
    pub fn rows(&self) -> &[Row] {
        self.merged.as_deref().map_or(&[], |m| &m.rows)
    }

    /// One row, or several merged per post.
    pub fn source(&self) -> Source {
        self.merged
            .as_deref()
            .map_or(Source::SingleRow, |m| m.source)
    }

    /// Lines that repeated an earlier row exactly and were not counted again.
    pub fn duplicate_lines(&self) -> &[u64] {
        self.merged.as_deref().map_or(&[], |m| &m.duplicate_lines)
    }

    /// Lines whose follower counts disagree with each other (the last one is used).
    pub fn conflicting_lines(&self) -> &[u64] {
        self.merged.as_deref().map_or(&[], |m| &m.conflicting_lines)
    }

    /// The merged rows, made (empty) on first use.
    pub fn merged_mut(&mut self) -> &mut Merged {
        self.merged.get_or_insert_with(Box::default)
    }

    /// The values of a metric over the creator's posts, when it has per-post rows.
    pub fn per_post(&self, m: Metric) -> Vec<f64> {
        if self.source() == Source::SingleRow {
            return Vec::new();
        }
        self.rows().iter().filter_map(|r| r.values.get(m)).collect()
    }
}

/// The JSON form of a [`Creator`], every field spelt out (empty lists included), as the
/// CLI and the engine's messages to the page have always written it: borrowed to write,
/// owned to read.
#[derive(Serialize, serde::Deserialize)]
struct CreatorForm<T, L, E, R, N> {
    line: u32,
    handle: T,
    name: T,
    platform: Platform,
    platform_label: L,
    category: L,
    country: L,
    extras: E,
    values: Values,
    rows: R,
    source: Source,
    duplicate_lines: N,
    conflicting_lines: N,
    repaired_text: bool,
    post: u64,
    currency: Option<Currency>,
}

impl Serialize for Creator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        CreatorForm {
            line: self.line,
            handle: self.handle.as_str(),
            name: self.name.as_str(),
            platform: self.platform,
            platform_label: self.platform_label.as_str(),
            category: self.category.as_str(),
            country: self.country.as_str(),
            extras: &*self.extras,
            values: self.values,
            rows: self.rows(),
            source: self.source(),
            duplicate_lines: self.duplicate_lines(),
            conflicting_lines: self.conflicting_lines(),
            repaired_text: self.repaired_text,
            post: self.post,
            currency: self.currency,
        }
        .serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Creator {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Creator, D::Error> {
        let f = CreatorForm::<Text, Label, Box<[Text]>, Vec<Row>, Vec<u64>>::deserialize(d)?;
        let merged = Merged {
            rows: f.rows,
            source: f.source,
            duplicate_lines: f.duplicate_lines,
            conflicting_lines: f.conflicting_lines,
        };
        Ok(Creator {
            line: f.line,
            handle: f.handle,
            name: f.name,
            platform: f.platform,
            platform_label: f.platform_label,
            category: f.category,
            country: f.country,
            extras: f.extras,
            values: f.values,
            merged: (merged != Merged::default()).then(|| Box::new(merged)),
            repaired_text: f.repaired_text,
            post: f.post,
            currency: f.currency,
        })
    }
}

/// The kind of input that was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum InputFormat {
    /// Delimited text; the delimiter as a character.
    Delimited {
        /// The separator between cells: `,`, `;`, a tab…
        delimiter: char,
    },
    /// One JSON document: an array of creator objects, an object holding such an array, or
    /// one creator object.
    Json,
    /// JSON Lines: one creator object per line.
    JsonLines,
    /// A file that is not a roster (an image, a PDF…): nothing was read.
    NotARoster {
        /// What the file is, from its first bytes.
        file: FileKind,
    },
    /// Nothing was read: the input is empty or blank, or a workbook could not be read.
    #[default]
    Empty,
}

/// How a column's decimal mark was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkDecidedBy {
    /// Cells of this column can only be read one way.
    Column,
    /// Nothing in the column decides; other columns of the file do.
    OtherColumns,
    /// Nothing decides; semicolon-separated files use a decimal comma.
    Delimiter,
    /// Nothing decides; a `1.234%` rate is read as 1.234% and a `1.200` price as 1,200.
    FieldDefault,
    /// A count (followers, likes…): a lone separator before three digits groups thousands.
    Thousands,
}

/// A column of the input and what Tierwise made of it.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Column {
    /// The header as written in the input.
    pub header: String,
    /// The field the column feeds; `None` for a column kept as an extra.
    pub field: Option<Field>,
    /// Set by the user rather than recognised from the header.
    pub mapped_by_user: bool,
    /// For numeric columns with ambiguous cells: the decimal mark used and why.
    pub decimal: Option<(DecimalMark, MarkDecidedBy)>,
    /// Cells of this column that were ambiguous (`1.234`).
    pub ambiguous_cells: usize,
}

/// What was wrong with a cell or row.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ProblemKind {
    /// Not a number of this kind; the cell is treated as missing.
    NotANumber {
        /// How the column's cells are read.
        expected: FieldKind,
    },
    /// Thousands groups not three digits long.
    BadGrouping {
        /// How the column's cells are read.
        expected: FieldKind,
    },
    /// A negative count or price; the cell is treated as missing.
    Negative {
        /// How the column's cells are read.
        expected: FieldKind,
    },
    /// A percent sign in a count or price.
    UnexpectedPercent {
        /// How the column's cells are read.
        expected: FieldKind,
    },
    /// Neither a handle nor a name: the row is left out.
    NoIdentity,
    /// More cells than headers: usually an unquoted comma in a name. The row is left out.
    TooManyCells {
        /// Cells in the header.
        expected: usize,
        /// Cells in the row.
        found: usize,
    },
    /// A JSON line or element that does not parse, or is not an object. Left out.
    Json {
        /// What is wrong and where.
        error: JsonError,
    },
    /// A quote opens a cell and never closes: the row is left out and reading goes on
    /// from the next line (otherwise every later row would become one cell).
    UnclosedQuote,
    /// A platform cell that names no platform (`Music`): the row's platform is taken as
    /// for a row without one.
    NotAPlatform,
    /// Past `LISTED_PER_KIND` (100) problems of one kind in one column, the rest are counted:
    /// `count` more like `like`, the first of them on the problem's line.
    More {
        /// How many problems past the listed ones.
        count: usize,
        /// The kind they share (the first one's, with its figures).
        like: Box<ProblemKind>,
    },
}

/// What kind of JSON fault a line or element has (serde_json's categories, and one of ours).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonFault {
    /// Not JSON syntax (a stray character, a missing comma or quote).
    Syntax,
    /// The text ends inside a value.
    Eof,
    /// Valid JSON whose content cannot be read (e.g. a number out of range).
    Data,
    /// The reader failed.
    Io,
    /// Valid JSON, but not an object with named fields.
    NotAnObject,
}

/// A JSON fault and where it is: 1-based line and byte column in the whole input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct JsonError {
    /// What kind of fault.
    pub fault: JsonFault,
    /// 1-based line of the fault in the whole input.
    pub line: u64,
    /// 1-based byte column of the fault on its line.
    pub column: u64,
}

impl JsonError {
    /// serde_json's error, at `line`/`column` of the whole input.
    pub fn from_serde(e: &serde_json::Error, line: u64, column: u64) -> JsonError {
        use serde_json::error::Category;
        let fault = match e.classify() {
            Category::Syntax => JsonFault::Syntax,
            Category::Eof => JsonFault::Eof,
            Category::Data => JsonFault::Data,
            Category::Io => JsonFault::Io,
        };
        JsonError {
            fault,
            line,
            column,
        }
    }
}

/// English, for logs and tests; users read it through `crate::i18n::describe_json_error`.
impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "JSON {:?} at line {}, column {}",
            self.fault, self.line, self.column
        )
    }
}

impl std::error::Error for JsonError {}

/// The most columns a roster may have: a header with more (a whole file on one line, a
/// binary read as text) is not one.
pub const MAX_COLUMNS: usize = 2_000;

/// How many problems of one kind in one column are listed one by one; the rest are counted.
pub const LISTED_PER_KIND: usize = 100;

impl ProblemKind {
    /// True when the whole row was left out, false when only the cell was.
    pub fn rejects_row(&self) -> bool {
        match self {
            ProblemKind::More { like, .. } => like.rejects_row(),
            k => matches!(
                k,
                ProblemKind::NoIdentity
                    | ProblemKind::TooManyCells { .. }
                    | ProblemKind::Json { .. }
                    | ProblemKind::UnclosedQuote
            ),
        }
    }

    /// How many problems this stands for (more than one for [`ProblemKind::More`]).
    pub fn count(&self) -> usize {
        match self {
            ProblemKind::More { count, .. } => *count,
            _ => 1,
        }
    }

    /// A key of the kind alone, without its figures: problems of one key are alike.
    fn key(&self) -> std::mem::Discriminant<ProblemKind> {
        std::mem::discriminant(self)
    }
}

/// Problems as they are met, the first [`LISTED_PER_KIND`] of each kind and column one by
/// one and the rest counted, so a file of a million bad rows does not make a million
/// messages.
#[derive(Default)]
pub struct ProblemList {
    listed: Vec<Problem>,
    counts: std::collections::HashMap<(std::mem::Discriminant<ProblemKind>, Option<String>), usize>,
    /// The problems past the limit, per key: the first one (for its line and kind) and how
    /// many.
    more: Vec<(Problem, usize)>,
}

impl ProblemList {
    pub fn push(&mut self, p: Problem) {
        let key = (p.kind.key(), p.column.clone());
        let n = self.counts.entry(key).or_insert(0);
        *n += 1;
        if *n <= LISTED_PER_KIND {
            self.listed.push(p);
            return;
        }
        match self
            .more
            .iter_mut()
            .find(|(first, _)| first.kind.key() == p.kind.key() && first.column == p.column)
        {
            Some((_, count)) => *count += 1,
            None => self.more.push((p, 1)),
        }
    }

    /// The listed problems in line order, then one [`ProblemKind::More`] per kind and column
    /// that went past the limit.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.listed.sort_by_key(|p| p.line);
        for (first, count) in self.more {
            self.listed.push(Problem {
                kind: ProblemKind::More {
                    count,
                    like: Box::new(first.kind),
                },
                text: String::new(),
                ..first
            });
        }
        self.listed
    }
}

/// A rejected row or cell: where it is, what it says, and what was expected.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Problem {
    /// 1-based line in the input.
    pub line: u64,
    /// The column's header, when the problem is in one cell.
    pub column: Option<String>,
    /// For JSON input: the object's position among the input's objects (1-based), which
    /// tells where it is when many share a line.
    pub item: Option<u64>,
    /// The offending text (cut to 80 characters).
    pub text: String,
    /// What was wrong, and whether the row or only the cell was left out.
    #[serde(flatten)]
    pub kind: ProblemKind,
}

/// Facts about the whole input worth telling the user.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Notice {
    /// The file is not a roster: an image, a PDF, an archive… Nothing was read.
    NotARoster {
        /// What the file is, from its first bytes.
        file: FileKind,
    },
    /// Read from this sheet of a workbook (index among `count` worksheets); the sheets before
    /// it are empty when `skipped_empty`.
    Sheet {
        /// The sheet's name as the workbook gives it.
        name: String,
        /// The sheet's 0-based index among the worksheets.
        index: usize,
        /// How many worksheets the workbook has.
        count: usize,
        /// The sheet was picked because the visible sheets before it hold nothing.
        skipped_empty: bool,
    },
    /// A workbook that could not be read, with why.
    WorkbookUnreadable {
        /// Why it could not be read.
        error: super::spreadsheet::WorkbookError,
    },
    /// Not valid UTF-8: read as Windows-1252.
    NotUtf8,
    /// UTF-16 text (Excel's "Unicode text"), read as such.
    Utf16 {
        /// Big-endian (UTF-16BE) rather than little-endian.
        big_endian: bool,
    },
    /// UTF-8 with a few bytes that are not: each was read as Windows-1252, on these lines
    /// (the first 1,000 such bytes' lines).
    RepairedBytes {
        /// How many bytes were not UTF-8.
        bytes: usize,
        /// Their 1-based lines, in order.
        lines: Vec<u64>,
    },
    /// No handle column: creators are told apart by name.
    NamesAsHandles,
    /// Some creators have one row per post; their figures are per-post means.
    PerPostRows {
        /// Creators with more than one row.
        creators: usize,
        /// The rows merged into them.
        rows: usize,
    },
    /// Rows repeated exactly, counted once.
    DuplicateRows {
        /// How many repeats were left out.
        rows: usize,
    },
    /// Texts repaired from a wrong-charset decoding.
    RepairedText {
        /// How many cells were repaired.
        cells: usize,
    },
    /// A column read as another field than its header says, from its cells (an
    /// `Engagement` column of percentages is the engagement rate).
    ReadAs {
        /// The column.
        column: ColumnRef,
        /// The field it was read as.
        field: Field,
    },
    /// A platform column whose cells are not platforms (`Music`, `Games`): kept as an extra.
    NotPlatforms {
        /// The column.
        column: ColumnRef,
        /// A few of its cells, as written.
        examples: Vec<String>,
    },
    /// A column of lifetime totals (its median is `times_followers` × the followers; 0 when
    /// its header says "total"), not figures per post: kept as an extra.
    LifetimeTotals {
        /// The column.
        column: ColumnRef,
        /// The field its header names.
        field: Field,
        /// The median, over rows, of the cell divided by the followers; 0 when the header
        /// decided.
        times_followers: f64,
    },
    /// Columns that never hold the field in the same row both fill it.
    ColumnsCombined {
        /// The field they fill.
        field: Field,
        /// The columns, in input order.
        columns: Vec<ColumnRef>,
    },
    /// Of several columns for one field, `used` feeds it, for `why`; the others are extras.
    ColumnChosen {
        /// The field.
        field: Field,
        /// The column that feeds it.
        used: ColumnRef,
        /// The columns passed over, kept as extras.
        over: Vec<ColumnRef>,
        /// What decided.
        why: ChoiceReason,
    },
    /// Which column holds handles and which names was decided from their cells.
    IdentityByCells {
        /// The header of the column read as handles; `None` when none holds handles.
        handle: Option<String>,
        /// The header of the column read as display names, when one of the undecided
        /// columns is.
        name: Option<String>,
    },
    /// More columns name creators than a handle and a name: these are kept as extras.
    IdentityExtra {
        /// Their headers.
        columns: Vec<String>,
    },
    /// The column's cells are `Display name @handle`: both are taken from it.
    NameAndHandle {
        /// The column.
        column: ColumnRef,
    },
    /// Rows without a platform of their own were given `platform`, for this reason.
    PlatformAssumed {
        /// The platform given.
        platform: Platform,
        /// Why that one.
        from: PlatformFrom,
        /// How many rows took it.
        rows: usize,
    },
    /// Rows without a platform column took it from their profile or post links.
    PlatformFromLinks {
        /// How many rows.
        rows: usize,
    },
    /// The engagement-rate column holds fractions (0.0139 for 1.39%): read as percentages.
    RateAsFraction {
        /// The column's header.
        column: String,
    },
    /// The header is on this line; the lines above it are not rows.
    HeaderOnLine {
        /// The header's 1-based line.
        line: u64,
    },
    /// Every line was wrapped whole in quotes (`"handle,followers"`): read unwrapped.
    UnwrappedRows,
    /// The header has more columns than any roster ([`MAX_COLUMNS`]): nothing was read.
    TooManyColumns {
        /// How many cells the header has.
        found: usize,
    },
    /// The user's mapping by header text names headers no column has: nothing was read.
    /// `columns` are the file's headers.
    MappedHeaderMissing {
        /// The mapped headers the file lacks.
        headers: Vec<String>,
        /// The file's headers, trimmed.
        columns: Vec<String>,
    },
    /// Prices are in more than one currency: per currency, how many. Nothing is converted.
    MixedCurrencies {
        /// Each currency with how many creators' prices name it, most first.
        counts: Vec<(Currency, usize)>,
    },
    /// Prices without a sign were taken to be in the currency the others (or the price
    /// column's header) name.
    UnmarkedPrices {
        /// The currency they were taken to be in.
        currency: Currency,
        /// How many prices had no sign.
        count: usize,
    },
}

/// A column named in a notice: its header, and its 1-based number when another column has
/// the same header (two `Subscribers count` columns are told apart by their numbers). The
/// i18n layer says it in the user's language; in JSON it is the header, followed by
/// ` (column N)` for a twin (`"Subscribers count (column 4)"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnRef {
    /// The header, trimmed.
    pub header: String,
    /// The column's 1-based number, only when its header is written more than once.
    pub position: Option<usize>,
}

impl ColumnRef {
    /// Column `index` (0-based) of `headers`, numbered when its trimmed header has a twin.
    pub fn of(headers: &[String], index: usize) -> ColumnRef {
        let header = headers[index].trim();
        let twins = headers.iter().filter(|o| o.trim() == header).count();
        ColumnRef {
            header: header.to_string(),
            position: (twins > 1).then_some(index + 1),
        }
    }

    /// A column whose header has no twin.
    pub fn plain(header: impl Into<String>) -> ColumnRef {
        ColumnRef {
            header: header.into(),
            position: None,
        }
    }

    /// The language-neutral form of the JSON output: `Header` or `Header (column N)`.
    /// Not for sentences: `crate::i18n` says it in the user's language.
    pub fn json_form(&self) -> String {
        match self.position {
            Some(n) => format!("{} (column {n})", self.header),
            None => self.header.clone(),
        }
    }
}

impl Serialize for ColumnRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.json_form())
    }
}

/// Reads the JSON form back: `Header (column N)` is a numbered twin. A header that is itself
/// written `Something (column N)` without a twin comes back as `Something`, numbered N: said
/// the same way to the user.
impl<'de> serde::Deserialize<'de> for ColumnRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ColumnRef, D::Error> {
        let text = String::deserialize(d)?;
        let numbered = text.strip_suffix(')').and_then(|t| {
            let (header, n) = t.rsplit_once(" (column ")?;
            Some((header, n.parse::<usize>().ok().filter(|n| *n > 0)?))
        });
        Ok(match numbered {
            Some((header, n)) => ColumnRef {
                header: header.to_string(),
                position: Some(n),
            },
            None => ColumnRef::plain(text),
        })
    }
}

/// Compares with the JSON form, so that tests and callers can name a column as text.
impl PartialEq<str> for ColumnRef {
    fn eq(&self, other: &str) -> bool {
        match self.position {
            None => self.header == other,
            Some(_) => self.json_form() == other,
        }
    }
}

/// Why one column was chosen over others for the same field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChoiceReason {
    /// The others hold lifetime totals.
    NotLifetime,
    /// It is an average per post (`Views Avg.` over `Views`).
    Average,
    /// Its figures have more digits (`221700` over `221.7K`).
    MoreDigits,
    /// It has more filled cells.
    Fuller,
    /// Nothing tells them apart: the first.
    First,
}

/// Where the platform of rows without one came from.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum PlatformFrom {
    /// The user chose it (`--platform`, the settings).
    Chosen,
    /// Words of these headers name it (`Youtuber`, `Tiktoker name`).
    Headers {
        /// The headers whose words name it.
        headers: Vec<String>,
    },
    /// Words of these headers name it outright (`Tiktoker`); the `weaker` headers' words
    /// only suggest other platforms (`subscribers` is used on several) and do not count.
    HeadersOverWeaker {
        /// The headers that name it outright.
        headers: Vec<String>,
        /// Each other platform suggested, with the headers suggesting it.
        weaker: Vec<(Platform, Vec<String>)>,
    },
    /// These headers name it at least twice as often as the `fewer` name another.
    HeadersOverFewer {
        /// The headers that name it.
        headers: Vec<String>,
        /// Each other platform named, with the headers naming it.
        fewer: Vec<(Platform, Vec<String>)>,
    },
    /// The headers name several platforms, none clearly more than the others: the
    /// default was taken.
    HeadersDisagree {
        /// Each platform named, with the headers naming it.
        named: Vec<(Platform, Vec<String>)>,
    },
    /// Nothing says: Instagram, the most common.
    Default,
}

/// A read roster.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Roster {
    /// What the input was read as.
    pub format: InputFormat,
    /// Every column of the input, in input order.
    pub columns: Vec<Column>,
    /// Indices into `columns` of the columns no field was found for, kept as extras.
    pub extra_columns: Vec<usize>,
    /// The creators, in the order of their first rows; rows of one creator are merged.
    pub creators: Vec<Creator>,
    /// Rejected rows and cells, in line order, then the counted rest
    /// ([`ProblemKind::More`]).
    pub problems: Vec<Problem>,
    /// Facts about the whole input worth telling the user.
    pub notices: Vec<Notice>,
    /// Fields Tierwise needs that no column provides: the user should map them.
    pub missing: Vec<Field>,
    /// Data rows seen (header excluded).
    pub rows_read: usize,
}

impl Roster {
    /// A copy of everything but the creators (their list is empty).
    pub fn clone_head(&self) -> Roster {
        Roster {
            format: self.format,
            columns: self.columns.clone(),
            extra_columns: self.extra_columns.clone(),
            creators: Vec::new(),
            problems: self.problems.clone(),
            notices: self.notices.clone(),
            missing: self.missing.clone(),
            rows_read: self.rows_read,
        }
    }

    /// The one currency every price the roster names is in, if there is one.
    pub fn price_currency(&self) -> Option<Currency> {
        let mut found = None;
        for c in &self.creators {
            match (found, c.currency.filter(|_| c.get(Metric::Price).is_some())) {
                (None, Some(cur)) => found = Some(cur),
                (Some(a), Some(b)) if a != b => return None,
                _ => {}
            }
        }
        found
    }

    /// How many problems were found: every listed one, and every one a
    /// [`ProblemKind::More`] counts (150 bad cells are 150, though 100 are listed).
    pub fn problem_count(&self) -> usize {
        self.problems.iter().map(|p| p.kind.count()).sum()
    }

    /// True when a column provides this field.
    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|c| c.field == Some(field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::read::tests_support::read as roster;
    use crate::domain::CreatorKey;

    /// A roster holds a million of each: a field that makes them grow should be a choice.
    #[test]
    fn a_creator_and_its_key_stay_small() {
        use std::mem::size_of;
        #[cfg(target_pointer_width = "64")]
        let creator = 216;
        #[cfg(target_pointer_width = "32")]
        let creator = 168;
        assert!(size_of::<Creator>() <= creator, "{}", size_of::<Creator>());
        assert!(size_of::<CreatorKey>() <= 56, "{}", size_of::<CreatorKey>());
        assert!(size_of::<Label>() <= size_of::<usize>());
    }

    const ROSTER: &str = "handle,platform,followers,likes,comments,category,country,notes\n\
        a,instagram,1000,10,1,Food,FR,x\n\
        a,instagram,1000,10,1,Food,FR,x\n\
        b,Mastodon,2000,20,2,Food,DE,y\n\
        c,tiktok,3000,30,3,Food,DE,z\n";

    #[test]
    fn a_creator_keeps_its_json_form() {
        let r = roster(ROSTER);
        let json = |c: &Creator| serde_json::to_value(c).expect("json");
        let a = json(&r.creators[0]);
        let keys: Vec<&str> = a
            .as_object()
            .expect("object")
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "line",
                "handle",
                "name",
                "platform",
                "platform_label",
                "category",
                "country",
                "extras",
                "values",
                "rows",
                "source",
                "duplicate_lines",
                "conflicting_lines",
                "repaired_text",
                "post",
                "currency"
            ]
        );
        assert_eq!(a["line"], 2);
        assert_eq!(a["rows"].as_array().map(Vec::len), Some(1));
        assert_eq!(a["rows"][0]["line"], 2);
        assert_eq!(a["source"], serde_json::json!({ "kind": "single_row" }));
        assert_eq!(a["duplicate_lines"], serde_json::json!([3]));
        assert_eq!(a["conflicting_lines"], serde_json::json!([]));
        let b = json(&r.creators[1]);
        assert_eq!(
            (
                &b["platform"],
                &b["platform_label"],
                &b["category"],
                &b["country"]
            ),
            (
                &serde_json::json!("other"),
                &serde_json::json!("Mastodon"),
                &serde_json::json!("Food"),
                &serde_json::json!("DE")
            )
        );
        assert_eq!(b["extras"], serde_json::json!(["y"]));
        assert_eq!(b["rows"], serde_json::json!([]));
        assert_eq!(b["duplicate_lines"], serde_json::json!([]));
    }

    #[test]
    fn a_creator_reads_back_from_its_json_form() {
        let r = roster(ROSTER);
        for c in &r.creators {
            // JSON has no NaN (a missing figure is written null): every figure given.
            let mut c = c.clone();
            for m in Metric::ALL {
                c.values.set(m, Some(1.5));
            }
            if let Some(merged) = c.merged.as_deref_mut() {
                for row in &mut merged.rows {
                    row.values = c.values;
                }
            }
            let text = serde_json::to_string(&c).expect("json");
            let back: Creator = serde_json::from_str(&text).expect("reads back");
            assert_eq!(back, c);
            assert_eq!(back.merged.is_none(), c.rows().is_empty());
        }
    }

    #[test]
    fn rows_with_the_same_text_share_one_label() {
        let r = roster(ROSTER);
        let shared = |a: &Label, b: &Label| match (&a.0, &b.0) {
            (Some(a), Some(b)) => std::sync::Arc::ptr_eq(a, b),
            _ => false,
        };
        let (a, b, c) = (&r.creators[0], &r.creators[1], &r.creators[2]);
        assert!(shared(&a.category, &b.category) && shared(&b.category, &c.category));
        assert!(shared(&b.country, &c.country));
        assert_eq!((a.country.as_str(), b.country.as_str()), ("FR", "DE"));
        // No platform label: nothing allocated.
        assert!(a.platform_label.0.is_none() && a.platform_label.is_empty());
        assert_eq!(b.platform_label, "Mastodon");
    }

    #[test]
    fn past_the_limit_labels_are_made_but_not_kept() {
        let mut labels = Labels::default();
        for i in 0..Labels::MAX {
            labels.get(&i.to_string());
        }
        let past = labels.get("one more");
        assert_eq!(past, "one more");
        assert_eq!(labels.0.len(), Labels::MAX);
        let again = labels.get("0");
        assert!(
            matches!((&again.0, labels.0.get("0").map(|l| &l.0)), (Some(a), Some(Some(b))) if std::sync::Arc::ptr_eq(a, b))
        );
        assert!(labels.get("").0.is_none());
    }

    #[test]
    fn a_line_past_u32_is_the_last_u32() {
        assert_eq!(Creator::line_of(7), 7);
        assert_eq!(Creator::line_of(u64::from(u32::MAX)), u32::MAX);
        assert_eq!(Creator::line_of(u64::from(u32::MAX) + 5), u32::MAX);
    }
}
