//! Column headers → the fields Tierwise understands, in the five languages of the product
//! (English, Arabic, Vietnamese, Polish, Thai) and as real exports spell them.
//!
//! A header is cut into words (`Likes (Avg.)`, `likesAvg`, `avg_likes` → likes, avg) and
//! matched in three tries, the first that names a field winning: all its words; without
//! the words that qualify a figure (average, total, count: [`HeaderMatch::average`],
//! [`HeaderMatch::lifetime`]); and without the words that only say whose figure it is (a
//! platform, `vid_`, `user_`, `statistics.` of an API's JSON). Platform words are kept as
//! a hint ([`HeaderMatch::platform`]). A header that matches nothing is kept as an extra
//! column, never guessed. Which of several candidate columns feeds a field is decided with
//! the cells in view (`read::columns`).

use super::roster::Platform;
use serde::Serialize;

/// A field of a creator row.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The creator's handle (`@name`, a profile URL); identifies the creator.
    Handle,
    /// The creator's display name; identifies the creator when there is no handle.
    Name,
    /// The platform the creator posts on.
    Platform,
    /// Followers (subscribers on YouTube).
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
    /// Interactions per post given as one number ("Engagement avg.").
    Engagements,
    /// The account's number of posts (`media_count`, `videoCount`).
    Posts,
    /// The price of one post.
    Price,
    /// The creator's category or niche, as text.
    Category,
    /// The creator's country, as text.
    Country,
    /// An engagement rate the export already computed, in percent.
    EngagementRate,
    /// A post id, URL or date: marks rows as one per post.
    Post,
    /// Clicks or conversions per post (the "action" stage of the funnel).
    Conversions,
}

impl Field {
    /// Every field, in declaration order.
    pub const ALL: [Field; 19] = [
        Field::Handle,
        Field::Name,
        Field::Platform,
        Field::Followers,
        Field::Likes,
        Field::Comments,
        Field::Shares,
        Field::Saves,
        Field::Views,
        Field::Reach,
        Field::Impressions,
        Field::Engagements,
        Field::Posts,
        Field::Price,
        Field::Category,
        Field::Country,
        Field::EngagementRate,
        Field::Post,
        Field::Conversions,
    ];

    /// Stable lower-case id, used in translation keys and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            Field::Handle => "handle",
            Field::Name => "name",
            Field::Platform => "platform",
            Field::Followers => "followers",
            Field::Likes => "likes",
            Field::Comments => "comments",
            Field::Shares => "shares",
            Field::Saves => "saves",
            Field::Views => "views",
            Field::Reach => "reach",
            Field::Impressions => "impressions",
            Field::Engagements => "engagements",
            Field::Posts => "posts",
            Field::Price => "price",
            Field::Category => "category",
            Field::Country => "country",
            Field::EngagementRate => "engagement_rate",
            Field::Post => "post",
            Field::Conversions => "conversions",
        }
    }

    /// The field with this [`Field::id`]; `None` for an unknown id.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }

    /// How the cells of this field are read.
    pub fn kind(self) -> FieldKind {
        match self {
            Field::Handle
            | Field::Name
            | Field::Platform
            | Field::Category
            | Field::Country
            | Field::Post => FieldKind::Text,
            Field::Price => FieldKind::Money,
            Field::EngagementRate => FieldKind::Percent,
            _ => FieldKind::Count,
        }
    }
}

/// How a field's cells are read and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Text, kept as written (handle, name, platform, category, country, post).
    Text,
    /// A non-negative count (followers, likes…), possibly an average, so fractions are fine.
    Count,
    /// A non-negative amount of money; currency signs are ignored.
    Money,
    /// A percentage; a `%` sign is optional.
    Percent,
}

/// Who a column naming a creator holds, as far as its header tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    /// `username`, `handle`, `uniqueId`: handles.
    Handle,
    /// `full name`, `display name`, `nickname`: display names.
    Name,
    /// `name`, `Tiktoker name`, `youtuber`, `channel`: either, as real lists show (a TikTok
    /// top-1000 list's `Tiktoker name` holds handles, its `Tiktok name` display names). The
    /// cells decide.
    Either,
}

/// Handles, by their header.
const HANDLE_HEADERS: &[&str] = &[
    "handle",
    "username",
    "user name",
    "user",
    "account",
    "account name",
    "user account name",
    "account handle",
    "channel_info",
    "channel handle",
    "channel id",
    "tiktoker username",
    "instagram handle",
    "ig handle",
    "tiktok handle",
    "youtube handle",
    "creator handle",
    "influencer handle",
    "instagram username",
    "tiktok username",
    "screen name",
    "screenname",
    "profile",
    "profile name",
    "@",
    "unique id",
    "uniqueid",
    "owner username",
    "custom url",
    "login",
    // pl
    "konto",
    "nazwa użytkownika",
    "nazwa uzytkownika",
    "nazwa konta",
    "profil",
    "nick",
    "uchwyt",
    // vi
    "tài khoản",
    "tên tài khoản",
    "tên người dùng",
    "tên đăng nhập",
    "id kênh",
    // th
    "บัญชี",
    "ชื่อบัญชี",
    "ชื่อผู้ใช้",
    "แอคเคานต์",
    "ยูสเซอร์เนม",
    // ar
    "الحساب",
    "اسم المستخدم",
    "المعرف",
    "المعرّف",
    "اسم الحساب",
    "يوزر",
];

/// Display names, by their header.
const NAME_HEADERS: &[&str] = &[
    "full name",
    "fullname",
    "owner full name",
    "display name",
    "nickname",
    "nick name",
    // pl
    "imię",
    "imię i nazwisko",
    "imie i nazwisko",
    // vi
    "họ tên",
    "họ và tên",
    "tên hiển thị",
    // th
    "ชื่อที่แสดง",
    "ชื่อ นามสกุล",
    // ar
    "الاسم الكامل",
];

/// Headers that name a creator without saying whether by handle or display name.
const EITHER_HEADERS: &[&str] = &[
    "name",
    // A YouTube list's `Title` may hold the channel's handle-like name (`youtubemovies`).
    "title",
    "real name",
    "creator",
    "creator name",
    "influencer",
    "influencer name",
    "tiktoker",
    "tiktoker name",
    "tiktok name",
    "youtuber",
    "youtuber name",
    "youtube channel",
    "channel",
    "channel name",
    "name of channel",
    "instagram name",
    "insta name",
    "kol",
    "koc",
    // pl
    "nazwa",
    "twórca",
    "tworca",
    "influencer",
    "kanał",
    // vi
    "tên",
    "tên kênh",
    "nhà sáng tạo",
    "người có ảnh hưởng",
    "kênh",
    // th
    "ชื่อ",
    "ชื่อช่อง",
    "ชื่อเพจ",
    "ครีเอเตอร์",
    "อินฟลูเอนเซอร์",
    "ช่อง",
    // ar
    "الاسم",
    "اسم القناة",
    "المؤثر",
    "اسم المؤثر",
    "صانع المحتوى",
    "القناة",
];

/// Synonyms of every other field, written as a person would; compared word by word (see the
/// module's doc). Averages and totals are found by their qualifying words, so `likes` also
/// matches `Avg. likes`, `Średnia liczba polubień` or `ยอดไลก์เฉลี่ย`.
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Platform,
        &[
            "platform",
            "network",
            "social network",
            "social",
            "site",
            "source",
            "social media",
            // pl
            "platforma",
            "serwis",
            "portal",
            // vi
            "nền tảng",
            "mạng xã hội",
            // th
            "แพลตฟอร์ม",
            "ช่องทาง",
            "โซเชียล",
            // ar
            "المنصة",
            "المنصه",
            "منصة",
            "الشبكة",
        ],
    ),
    (
        Field::Followers,
        &[
            "followers",
            "follower",
            "followers_count",
            "subscribers",
            "subscriber",
            "suscribers",
            "subs",
            "sub",
            "fans",
            "audience",
            "audience size",
            "nfollower",
            "nfollowers",
            "followers int",
            "followers exact",
            // pl
            "obserwujący",
            "obserwujących",
            "obserwujacy",
            "obserwujacych",
            "obserwatorzy",
            "subskrybenci",
            "subskrybentów",
            "subskrypcje",
            "fani",
            // vi
            "người theo dõi",
            "lượt theo dõi",
            "người đăng ký",
            "follow",
            "lượt follow",
            // th
            "ผู้ติดตาม",
            "ยอดผู้ติดตาม",
            "ผู้สมัครสมาชิก",
            "ซับ",
            "ฟอลโลเวอร์",
            "ยอดฟอล",
            // ar
            "المتابعون",
            "المتابعين",
            "متابعون",
            "متابعين",
            "المشتركون",
            "المشتركين",
            "مشتركين",
        ],
    ),
    (
        Field::Likes,
        &[
            "likes",
            "like",
            "hearts",
            "nlike",
            "nlikes",
            // pl
            "polubienia",
            "polubień",
            "polubien",
            "lajki",
            "lajków",
            // vi
            "lượt thích",
            "thích",
            "lượt like",
            "tym",
            "lượt tym",
            // th
            "ไลก์",
            "ยอดไลก์",
            "ไลค์",
            "ยอดไลค์",
            "ถูกใจ",
            "ยอดถูกใจ",
            // ar
            "الإعجابات",
            "الاعجابات",
            "إعجابات",
            "اعجابات",
            "لايكات",
            "اللايكات",
        ],
    ),
    (
        Field::Comments,
        &[
            "comments",
            "comment",
            "ncomment",
            "ncomments",
            // pl
            "komentarze",
            "komentarzy",
            // vi
            "bình luận",
            "lượt bình luận",
            "cmt",
            // th
            "คอมเมนต์",
            "คอมเมนท์",
            "ยอดคอมเมนต์",
            "ยอดคอมเมนท์",
            "ความคิดเห็น",
            // ar
            "التعليقات",
            "تعليقات",
        ],
    ),
    (
        Field::Shares,
        &[
            "shares",
            "share",
            "nshare",
            "nshares",
            "reposts",
            // pl
            "udostępnienia",
            "udostępnień",
            "udostepnienia",
            // vi
            "chia sẻ",
            "lượt chia sẻ",
            // th
            "แชร์",
            "ยอดแชร์",
            // ar
            "المشاركات",
            "مشاركات",
            "مرات المشاركة",
        ],
    ),
    (
        Field::Saves,
        &[
            "saves",
            "save",
            "saved",
            "bookmarks",
            "nsave",
            "nsaves",
            "collect",
            // pl
            "zapisy",
            "zapisania",
            "zapisań",
            // vi
            "lượt lưu",
            "lưu",
            // th
            "บันทึก",
            "ยอดบันทึก",
            "เซฟ",
            "ยอดเซฟ",
            // ar
            "الحفظ",
            "مرات الحفظ",
        ],
    ),
    (
        Field::Views,
        &[
            "views",
            "view",
            "plays",
            "play",
            "nview",
            "nviews",
            "video views",
            // pl
            "wyświetlenia",
            "wyświetleń",
            "wyswietlenia",
            "odtworzenia",
            // vi
            "lượt xem",
            "lượt view",
            // th
            "ยอดวิว",
            "วิว",
            "ยอดเข้าชม",
            "ยอดดู",
            "การดู",
            // ar
            "المشاهدات",
            "مشاهدات",
        ],
    ),
    (
        Field::Reach,
        &[
            "reach",
            "accounts reached",
            // pl
            "zasięg",
            "zasięgi",
            "zasieg",
            // vi
            "tiếp cận",
            "lượt tiếp cận",
            // th
            "การเข้าถึง",
            "ยอดเข้าถึง",
            "รีช",
            "ยอดรีช",
            // ar
            "الوصول",
            "مدى الوصول",
        ],
    ),
    (
        Field::Impressions,
        &[
            "impressions",
            // pl
            "wyświetlenia reklamy",
            "odsłony",
            "impresje",
            // vi
            "lượt hiển thị",
            // th
            "การแสดงผล",
            "อิมเพรสชัน",
            // ar
            "مرات الظهور",
        ],
    ),
    (
        Field::Engagements,
        &[
            "engagement",
            "engagements",
            "interactions",
            "authentic engagement",
            "eng",
            "eng auth",
            // pl
            "interakcje",
            "interakcji",
            // vi
            "lượt tương tác",
            "tương tác",
            // th
            "การมีส่วนร่วม",
            "เอนเกจ",
            "ยอดเอนเกจ",
            "เอนเกจเมนต์",
            // ar
            "التفاعلات",
            "التفاعل",
        ],
    ),
    (
        Field::Conversions,
        &[
            "conversions",
            "clicks",
            "link clicks",
            "website clicks",
            "sales",
            "orders",
            "purchases",
            "sign ups",
            "signups",
            // pl
            "konwersje",
            "kliknięcia",
            "sprzedaż",
            // vi
            "chuyển đổi",
            "lượt nhấp",
            "lượt click",
            "đơn hàng",
            // th
            "คอนเวอร์ชัน",
            "คลิก",
            "ยอดขาย",
            // ar
            "التحويلات",
            "النقرات",
            "المبيعات",
        ],
    ),
    (
        Field::Posts,
        &[
            "posts",
            "post count",
            "video count",
            "media",
            "videos",
            "uploads",
            // pl
            "posty",
            "postów",
            "publikacje",
            // vi
            "bài viết",
            "bài đăng",
            // th
            "โพสต์",
            "จำนวนโพสต์",
            "วิดีโอ",
            // ar
            "المنشورات",
            "المقاطع",
        ],
    ),
    (
        Field::Price,
        &[
            "price",
            "price per post",
            "price_per_post",
            "rate",
            "rate per post",
            "cost",
            "cost per post",
            "fee",
            "price usd",
            "budget per post",
            // pl
            "cena",
            "cena za post",
            "cena za publikację",
            "stawka",
            "koszt",
            "wynagrodzenie",
            // vi
            "giá",
            "giá mỗi bài",
            "chi phí",
            "báo giá",
            "phí",
            // th
            "ราคา",
            "ราคาต่อโพสต์",
            "ค่าตัว",
            "ค่าจ้าง",
            "เรทราคา",
            // ar
            "السعر",
            "سعر المنشور",
            "السعر لكل منشور",
            "التكلفة",
            "الأجر",
        ],
    ),
    (
        Field::Category,
        &[
            "category",
            "categories",
            "niche",
            "topic",
            "topic of influence",
            "vertical",
            "genre",
            "category_1",
            // pl
            "kategoria",
            "nisza",
            "tematyka",
            // vi
            "danh mục",
            "lĩnh vực",
            "chủ đề",
            // th
            "หมวดหมู่",
            "หมวด",
            "ประเภท",
            // ar
            "الفئة",
            "التصنيف",
            "المجال",
        ],
    ),
    (
        Field::Country,
        &[
            "country",
            "location",
            "audience country",
            "audience country mostly",
            "region",
            "market",
            // pl
            "kraj",
            // vi
            "quốc gia",
            "khu vực",
            // th
            "ประเทศ",
            // ar
            "الدولة",
            "البلد",
        ],
    ),
    (
        Field::EngagementRate,
        &[
            "engagement rate",
            "er",
            "eng rate",
            "engagement rate %",
            "er %",
            "er%",
            "60_day_eng_rate",
            "60d eng rate",
            "60 day eng rate",
            "engagement rate 60 days",
            "engagement_rate",
            // pl
            "wskaźnik zaangażowania",
            "współczynnik zaangażowania",
            "zaangażowanie",
            "zaangazowanie",
            // vi
            "tỷ lệ tương tác",
            "tỉ lệ tương tác",
            // th
            "อัตราการมีส่วนร่วม",
            "อัตราเอนเกจ",
            // ar
            "معدل التفاعل",
            "نسبة التفاعل",
        ],
    ),
    (
        Field::Post,
        &[
            "post",
            "post url",
            "post_url",
            "post id",
            "post_id",
            "url",
            "link",
            "post link",
            "permalink",
            "video url",
            "web video url",
            "video id",
            "vid id",
            "short code",
            "date",
            "post date",
            "post time",
            "posted at",
            "published",
            "published at",
            "create time",
            "create time iso",
            "timestamp",
            // pl
            "data",
            "link do posta",
            "data publikacji",
            // vi
            "ngày đăng",
            "liên kết",
            "link bài viết",
            "link video",
            // th
            "ลิงก์โพสต์",
            "ลิงก์",
            "วันที่",
            // ar
            "رابط المنشور",
            "التاريخ",
        ],
    ),
];

/// Words that make a figure an average (per post): removed before the second try.
const AVERAGE_WORDS: &[&str] = &[
    "avg",
    "average",
    "mean",
    "median",
    "per post",
    "per video",
    "per reel",
    "per upload",
    "trung bình",
    "tb",
    "średnia",
    "średnie",
    "średnio",
    "srednia",
    "sr",
    "śr",
    "متوسط",
    "เฉลี่ย",
    "โดยเฉลี่ย",
    "ต่อโพสต์",
    "ต่อคลิป",
];

/// Words that make a figure a total over the account's life: removed before the second try.
const LIFETIME_WORDS: &[&str] = &[
    "total",
    "lifetime",
    "all time",
    "tổng",
    "tổng số",
    "łącznie",
    "łączna",
    "łączne",
    "suma",
    "รวม",
    "ทั้งหมด",
    "إجمالي",
    "مجموع",
];

/// Words that say a figure is a count, or a value: removed before the second try.
const COUNT_WORDS: &[&str] = &[
    "count",
    "counts",
    "number",
    "number of",
    "numbers",
    "num",
    "no",
    "nb",
    "value",
    "values",
    "of",
    "liczba",
    "ilość",
    "số",
    "số lượng",
    "จำนวน",
    "ยอด",
    "عدد",
    "(%)",
];

/// Platform words: removed before the third try, kept as a hint of the platform.
const PLATFORM_WORDS: &[(&str, Platform, bool)] = &[
    ("tiktok", Platform::TikTok, true),
    ("tiktoker", Platform::TikTok, true),
    ("tiktokers", Platform::TikTok, true),
    ("douyin", Platform::TikTok, true),
    ("instagram", Platform::Instagram, true),
    ("insta", Platform::Instagram, true),
    ("ig", Platform::Instagram, true),
    ("instagrammer", Platform::Instagram, true),
    ("youtube", Platform::YouTube, true),
    ("youtuber", Platform::YouTube, true),
    ("youtubers", Platform::YouTube, true),
    ("yt", Platform::YouTube, true),
    ("ติ๊กต็อก", Platform::TikTok, true),
    ("تيك توك", Platform::TikTok, true),
    ("تيكتوك", Platform::TikTok, true),
    ("إنستغرام", Platform::Instagram, true),
    ("انستغرام", Platform::Instagram, true),
    ("อินสตาแกรม", Platform::Instagram, true),
    ("يوتيوب", Platform::YouTube, true),
    ("ยูทูบ", Platform::YouTube, true),
    // Weaker: YouTube's words, also seen in other platforms' lists.
    ("subscribers", Platform::YouTube, false),
    ("subscriber", Platform::YouTube, false),
    ("uploads", Platform::YouTube, false),
    ("hearts", Platform::TikTok, false),
    ("plays", Platform::TikTok, false),
];

/// Words that only say whose figure it is (`vid_nlike`, `statistics.viewCount`,
/// `authorMeta.name`): removed, with the platform words, before the third try.
const CONTEXT_WORDS: &[&str] = &[
    // `video` first: it is removed last, when the others were not enough.
    "video",
    "vid",
    "user",
    "owner",
    "author",
    "meta",
    "stats",
    "statsv2",
    "statistics",
    "snippet",
    "data",
    "info",
    "the",
    "my",
    "creator",
    "influencer",
    "account",
    "channel",
    "business",
    "discovery",
];

/// What a header says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeaderMatch {
    /// The field the header names; `None` when it names none (an extra column).
    pub field: Option<Field>,
    /// For handle and name columns: how sure the header is.
    pub identity: Option<Identity>,
    /// The header says the figure is an average per post (`Avg. likes`).
    pub average: bool,
    /// The header says the figure is a total over the account's life (`total_likes`).
    pub lifetime: bool,
    /// A platform word in the header (`Tiktoker name`, `Youtuber`), and whether it names
    /// the platform outright (`subscribers` only suggests YouTube).
    pub platform: Option<(Platform, bool)>,
}

/// The words of a header: lower case, split at anything but a letter, digit, `%`, `@` or
/// `#`, at a lower-to-upper case change (`likesAvg`) and between letters and the digits
/// after them (`Price1`), but not between digits and letters (`60d`).
pub fn words(header: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev: Option<char> = None;
    for c in header.trim_start_matches('\u{feff}').chars() {
        let keep = c.is_alphanumeric() || matches!(c, '%' | '@' | '#') || is_mark(c);
        let boundary = match prev {
            Some(p) => {
                (p.is_lowercase() && c.is_uppercase())
                    || (p.is_alphabetic() && !is_mark(p) && c.is_ascii_digit() && p.is_ascii())
            }
            None => false,
        };
        if (!keep || boundary) && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if keep {
            word.extend(c.to_lowercase());
        }
        prev = Some(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Combining marks (Thai vowel and tone marks, Arabic harakat) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036f | 0x0610..=0x061a | 0x064b..=0x065f | 0x0e31 | 0x0e34..=0x0e3a | 0x0e47..=0x0e4e)
}

/// Lower case, letters and digits only: `Views avg.` → `viewsavg`, `60_day_eng_rate` →
/// `60dayengrate`. Any script's letters are kept.
pub fn normalize(header: &str) -> String {
    words(header).concat()
}

/// Removes every occurrence of the phrases (as word sequences) from `ws`; for scripts
/// written without spaces (Thai), also from inside a word. Says whether any was found.
fn remove_phrases(ws: &mut Vec<String>, phrases: &[&str]) -> bool {
    let mut found = false;
    for phrase in phrases {
        let p = words(phrase);
        if p.is_empty() {
            continue;
        }
        let mut i = 0;
        while i + p.len() <= ws.len() {
            if ws[i..i + p.len()] == p[..] {
                ws.drain(i..i + p.len());
                found = true;
            } else {
                i += 1;
            }
        }
        // Thai: `ยอดไลก์เฉลี่ย` holds `เฉลี่ย` inside one word.
        if p.len() == 1 && p[0].chars().any(|c| ('\u{0e00}'..='\u{0e7f}').contains(&c)) {
            for w in ws.iter_mut() {
                if w.len() > p[0].len() && w.contains(p[0].as_str()) {
                    *w = w.replace(p[0].as_str(), "");
                    found = true;
                }
            }
            ws.retain(|w| !w.is_empty());
        }
    }
    found
}

/// The field named by exactly these words, with how sure it is about identity.
fn lookup(ws: &[String]) -> Option<(Field, Option<Identity>)> {
    let joined = ws.concat();
    if joined.is_empty() {
        return None;
    }
    let table = synonym_table();
    table
        .get(&joined)
        .or_else(|| table.get(joined.trim_end_matches('%')))
        .copied()
}

/// Every synonym, normalised once: handles first, then names, then either, then the other
/// fields in their order (the first to claim a spelling keeps it).
fn synonym_table() -> &'static std::collections::HashMap<String, (Field, Option<Identity>)> {
    static TABLE: std::sync::OnceLock<
        std::collections::HashMap<String, (Field, Option<Identity>)>,
    > = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = std::collections::HashMap::new();
        let identity = [
            (HANDLE_HEADERS, Field::Handle, Identity::Handle),
            (NAME_HEADERS, Field::Name, Identity::Name),
            (EITHER_HEADERS, Field::Name, Identity::Either),
        ];
        for (names, field, id) in identity {
            for n in names {
                t.entry(normalize(n)).or_insert((field, Some(id)));
            }
        }
        for (field, names) in SYNONYMS {
            for n in *names {
                t.entry(normalize(n)).or_insert((*field, None));
            }
        }
        t
    })
}

/// What a header says: its field (if any), whether it is an average or a lifetime total,
/// and any platform word in it.
pub fn match_header(header: &str) -> HeaderMatch {
    let mut ws = words(header);
    let mut m = HeaderMatch::default();
    for (word, platform, strong) in PLATFORM_WORDS {
        let w = words(word);
        if ws.windows(w.len()).any(|x| x == &w[..]) && m.platform.is_none_or(|(_, s)| !s && *strong)
        {
            m.platform = Some((*platform, *strong));
        }
    }
    if let Some((field, identity)) = lookup(&ws) {
        m.field = Some(field);
        m.identity = identity;
        return m;
    }
    // A currency in the header (`Cena za post (zł)`, `Price USD`) says what the price is in.
    let signs: Vec<&str> = super::currency::SIGNS.iter().map(|(s, _)| *s).collect();
    if ws.len() > 1 {
        remove_phrases(&mut ws, &signs);
    }
    m.average = remove_phrases(&mut ws, AVERAGE_WORDS);
    m.lifetime = remove_phrases(&mut ws, LIFETIME_WORDS);
    let with_counts = ws.clone();
    remove_phrases(&mut ws, COUNT_WORDS);
    // Numbered copies (`Price1`, `Category_2`): the number says which, not what.
    let numbered = ws.len() > 1
        && ws
            .last()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    if numbered {
        ws.pop();
    }
    if let Some((field, identity)) = lookup(&ws) {
        m.field = Some(field);
        m.identity = identity;
        return m;
    }
    let platform_words: Vec<&str> = PLATFORM_WORDS.iter().filter(|p| p.2).map(|p| p.0).collect();
    // Without whose figure it is, first with its count words (`statistics.videoCount` is a
    // video count), then without; `video` goes last (`video count`, `vid_nview`).
    let mut context_free = with_counts;
    for w in [&mut context_free, &mut ws] {
        remove_phrases(w, &platform_words);
        for context in [&CONTEXT_WORDS[1..], &CONTEXT_WORDS[..1]] {
            remove_phrases(w, context);
            if let Some((field, identity)) = lookup(w) {
                m.field = Some(field);
                m.identity = identity;
                return m;
            }
        }
    }
    m
}

/// The field a header names, if any (a header that may hold handles or names gives
/// [`Field::Name`]; the reader decides from the cells).
pub fn field_for_header(header: &str) -> Option<Field> {
    match_header(header).field
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_export_headers() {
        let f = field_for_header;
        assert_eq!(f("channel_info"), Some(Field::Handle));
        assert_eq!(f("Subscribers count"), Some(Field::Followers));
        assert_eq!(f("Views avg."), Some(Field::Views));
        assert_eq!(f("Likes avg"), Some(Field::Likes));
        assert_eq!(f("avg_likes"), Some(Field::Likes));
        assert_eq!(f("60_day_eng_rate"), Some(Field::EngagementRate));
        assert_eq!(f("60d_eng_rate"), Some(Field::EngagementRate));
        assert_eq!(f("Engagement avg."), Some(Field::Engagements));
        assert_eq!(f("FOLLOWERS"), Some(Field::Followers));
        assert_eq!(f("rank"), None);
        // Seen in public top lists, API JSON and scrapes (flattened JSON keys included).
        for (header, field) in [
            ("User Account Name", Field::Handle),
            ("uniqueId", Field::Handle),
            ("ownerUsername", Field::Handle),
            ("snippet.customUrl", Field::Handle),
            ("Follower Count", Field::Followers),
            ("followerCount", Field::Followers),
            ("statistics.subscriberCount", Field::Followers),
            ("Suscribers", Field::Followers),
            ("sub", Field::Followers),
            ("user_nfollower", Field::Followers),
            ("Followers Numbers ", Field::Followers),
            ("\nFollowers", Field::Followers),
            ("likesAvg", Field::Likes),
            ("Likes (Avg.)", Field::Likes),
            ("likes(avg.)", Field::Likes),
            ("Avg. likes", Field::Likes),
            ("likesCount", Field::Likes),
            ("like_count", Field::Likes),
            ("vid_nlike", Field::Likes),
            ("Avg Comments", Field::Comments),
            ("commentCount", Field::Comments),
            ("vid_ncomment", Field::Comments),
            ("shareCount", Field::Shares),
            ("vid_nshare", Field::Shares),
            ("vid_nsave", Field::Saves),
            ("collectCount", Field::Saves),
            ("ViewsAvg.", Field::Views),
            ("\nViews (Avg.)", Field::Views),
            ("playCount", Field::Views),
            ("vid_nview", Field::Views),
            ("Eng. (Avg.)", Field::Engagements),
            ("Authentic engagement", Field::Engagements),
            ("Engagement average", Field::Engagements),
            ("Price1", Field::Price),
            ("Cena za post (zł)", Field::Price),
            ("Price (USD)", Field::Price),
            ("Giá mỗi bài (VND)", Field::Price),
            ("TOPIC OF INFLUENCE", Field::Category),
            ("Category 2", Field::Category),
            ("Audience country(mostly)", Field::Country),
            ("vid_url", Field::Post),
            ("webVideoUrl", Field::Post),
            ("vid_postTime", Field::Post),
            ("media_count", Field::Posts),
            ("statistics.videoCount", Field::Posts),
            ("video count", Field::Posts),
        ] {
            assert_eq!(f(header), Some(field), "{header:?}");
        }
        // Not what they seem: counts of follows gained, accounts followed, a score.
        for header in [
            "Follows",
            "followingCount",
            "influence_score",
            "channel_type",
            "Links",
        ] {
            assert_eq!(f(header), None, "{header:?}");
        }
    }

    #[test]
    fn identity_headers_say_how_sure_they_are() {
        let id = |h: &str| match_header(h).identity;
        assert_eq!(id("Username"), Some(Identity::Handle));
        assert_eq!(id("Display name"), Some(Identity::Name));
        for h in [
            "Tiktoker name",
            "Tiktok name",
            "youtuber name",
            "Real name",
            "NAME",
            "Youtuber",
            "Influencer insta name",
        ] {
            assert_eq!(id(h), Some(Identity::Either), "{h}");
        }
    }

    #[test]
    fn averages_totals_and_platform_words() {
        let m = match_header("Avg. likes");
        assert!(m.average && !m.lifetime);
        let m = match_header("total_likes");
        assert_eq!((m.field, m.lifetime), (Some(Field::Likes), true));
        assert_eq!(
            match_header("Tiktoker name").platform,
            Some((Platform::TikTok, true))
        );
        assert_eq!(
            match_header("Youtuber").platform,
            Some((Platform::YouTube, true))
        );
        assert_eq!(
            match_header("subscribers").platform,
            Some((Platform::YouTube, false))
        );
        assert_eq!(match_header("Followers").platform, None);
    }

    #[test]
    fn seed_language_headers() {
        for (header, field) in [
            ("Obserwujący", Field::Followers),
            ("Người theo dõi", Field::Followers),
            ("ผู้ติดตาม", Field::Followers),
            ("المتابعون", Field::Followers),
            ("Cena za post", Field::Price),
            ("Lượt thích", Field::Likes),
            // Averages and counts in each language.
            ("Średnia liczba polubień", Field::Likes),
            ("Średnie wyświetlenia", Field::Views),
            ("Liczba obserwujących", Field::Followers),
            ("Lượt thích TB", Field::Likes),
            ("Lượt xem trung bình", Field::Views),
            ("Số người theo dõi", Field::Followers),
            ("ยอดไลก์เฉลี่ย", Field::Likes),
            ("ยอดวิวเฉลี่ยต่อคลิป", Field::Views),
            ("จำนวนผู้ติดตาม", Field::Followers),
            ("متوسط الإعجابات", Field::Likes),
            ("متوسط المشاهدات", Field::Views),
            ("عدد المتابعين", Field::Followers),
            // Every field, in each language.
            ("Udostępnienia", Field::Shares),
            ("Zapisy", Field::Saves),
            ("Zasięg", Field::Reach),
            ("Lượt chia sẻ", Field::Shares),
            ("Lượt lưu", Field::Saves),
            ("Lượt tiếp cận", Field::Reach),
            ("Giá", Field::Price),
            ("ยอดแชร์", Field::Shares),
            ("ยอดบันทึก", Field::Saves),
            ("การเข้าถึง", Field::Reach),
            ("ราคา", Field::Price),
            ("المشاركات", Field::Shares),
            ("مرات الحفظ", Field::Saves),
            ("الوصول", Field::Reach),
            ("السعر", Field::Price),
            ("Komentarze", Field::Comments),
            ("Bình luận", Field::Comments),
            ("คอมเมนต์", Field::Comments),
            ("التعليقات", Field::Comments),
            ("Wyświetlenia", Field::Views),
            ("Lượt xem", Field::Views),
            ("ยอดวิว", Field::Views),
            ("المشاهدات", Field::Views),
            ("Konto", Field::Handle),
            ("Tên tài khoản", Field::Handle),
            ("ชื่อผู้ใช้", Field::Handle),
            ("اسم المستخدم", Field::Handle),
        ] {
            assert_eq!(field_for_header(header), Some(field), "{header:?}");
        }
    }

    #[test]
    fn synonyms_do_not_overlap() {
        let mut seen = std::collections::HashMap::new();
        let identity = [
            (Field::Handle, HANDLE_HEADERS),
            (Field::Name, NAME_HEADERS),
            (Field::Name, EITHER_HEADERS),
        ];
        for (field, names) in SYNONYMS.iter().copied().chain(identity) {
            for n in names {
                if let Some(prev) = seen.insert(normalize(n), field) {
                    assert_eq!(prev, field, "{n:?} names two fields");
                }
            }
        }
        // A qualifying word is never a field's whole name.
        for w in AVERAGE_WORDS
            .iter()
            .chain(LIFETIME_WORDS)
            .chain(COUNT_WORDS)
        {
            assert!(!seen.contains_key(&normalize(w)), "{w:?}");
        }
    }
}
