//! Column headers → the fields Tierwise understands.
//!
//! Headers are compared after [`normalize`] (lower case, letters and digits only), against
//! the synonyms below: names seen in real exports and in the seed languages (ar, vi, pl, th).
//! A header that matches nothing is kept as an extra column, never guessed.

use serde::Serialize;

/// A field of a creator row.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Handle,
    Name,
    Platform,
    Followers,
    Likes,
    Comments,
    Shares,
    Saves,
    Views,
    Reach,
    Impressions,
    /// Interactions per post given as one number ("Engagement avg.").
    Engagements,
    Posts,
    Price,
    Category,
    Country,
    /// An engagement rate the export already computed, in percent.
    EngagementRate,
    /// A post id, URL or date: marks rows as one per post.
    Post,
    /// Clicks or conversions per post (the "action" stage of the funnel).
    Conversions,
}

impl Field {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text,
    /// A non-negative count (followers, likes…), possibly an average, so fractions are fine.
    Count,
    /// A non-negative amount of money; currency signs are ignored.
    Money,
    /// A percentage; a `%` sign is optional.
    Percent,
}

/// Synonyms per field, written as a person would; compared after [`normalize`].
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Handle,
        &[
            "handle",
            "username",
            "user name",
            "user",
            "account",
            "account name",
            "channel",
            "channel_info",
            "tiktoker username",
            "instagram handle",
            "ig handle",
            "tiktok handle",
            "youtube handle",
            "creator handle",
            "influencer handle",
            "screen name",
            "profile",
            "profile name",
            "@",
            "channel id",
            "channel handle",
            "instagram username",
            "tiktok username",
            // pl
            "konto",
            "nazwa użytkownika",
            "nazwa konta",
            "login",
            "profil",
            // vi
            "tài khoản",
            "tên tài khoản",
            "tên người dùng",
            "kênh",
            // th
            "บัญชี",
            "ชื่อบัญชี",
            "ชื่อผู้ใช้",
            "แอคเคานต์",
            // ar
            "الحساب",
            "اسم المستخدم",
            "المعرف",
            "اسم الحساب",
        ],
    ),
    (
        Field::Name,
        &[
            "name",
            "full name",
            "display name",
            "creator",
            "creator name",
            "influencer",
            "influencer name",
            "tiktoker name",
            "tiktok name",
            "youtuber",
            "youtuber name",
            "channel name",
            "instagram name",
            "title",
            "nickname",
            // pl
            "nazwa",
            "imię",
            "imię i nazwisko",
            "twórca",
            "influencer",
            // vi
            "tên",
            "tên kênh",
            "họ tên",
            "tên hiển thị",
            "nhà sáng tạo",
            // th
            "ชื่อ",
            "ชื่อช่อง",
            "ชื่อที่แสดง",
            "ครีเอเตอร์",
            "อินฟลูเอนเซอร์",
            // ar
            "الاسم",
            "اسم القناة",
            "الاسم الكامل",
            "المؤثر",
            "اسم المؤثر",
        ],
    ),
    (
        Field::Platform,
        &[
            "platform",
            "network",
            "social network",
            "social",
            "channel type",
            "site",
            "source",
            "platforma",
            "serwis",
            "nền tảng",
            "mạng xã hội",
            "แพลตฟอร์ม",
            "ช่องทาง",
            "المنصة",
            "المنصه",
            "الشبكة",
        ],
    ),
    (
        Field::Followers,
        &[
            "followers",
            "follower",
            "followers count",
            "follower count",
            "followers_count",
            "number of followers",
            "num followers",
            "subscribers",
            "subscribers count",
            "subscriber count",
            "subs",
            "fans",
            "fans count",
            "audience",
            "audience size",
            "total followers",
            "instagram followers",
            "tiktok followers",
            "youtube subscribers",
            // pl
            "obserwujący",
            "obserwujących",
            "liczba obserwujących",
            "obserwatorzy",
            "subskrybenci",
            "subskrypcje",
            // vi
            "người theo dõi",
            "số người theo dõi",
            "lượt theo dõi",
            "người đăng ký",
            "số người đăng ký",
            "follow",
            // th
            "ผู้ติดตาม",
            "จำนวนผู้ติดตาม",
            "ผู้ติดตามทั้งหมด",
            "ผู้สมัครสมาชิก",
            "ซับ",
            // ar
            "المتابعون",
            "المتابعين",
            "عدد المتابعين",
            "المشتركون",
            "المشتركين",
            "عدد المشتركين",
            "متابعون",
        ],
    ),
    (
        Field::Likes,
        &[
            "likes",
            "like",
            "avg likes",
            "likes avg",
            "likes avg.",
            "avg_likes",
            "average likes",
            "likes per post",
            "like count",
            "likes count",
            "hearts",
            "avg hearts",
            "mean likes",
            "polubienia",
            "średnia polubień",
            "lajki",
            "polubień",
            "lượt thích",
            "thích",
            "lượt thích trung bình",
            "ไลก์",
            "ยอดไลก์",
            "ถูกใจ",
            "ไลค์",
            "ยอดไลค์",
            "الإعجابات",
            "الاعجابات",
            "إعجابات",
            "اعجابات",
            "متوسط الإعجابات",
        ],
    ),
    (
        Field::Comments,
        &[
            "comments",
            "comment",
            "avg comments",
            "comments avg",
            "comments avg.",
            "avg_comments",
            "average comments",
            "comment count",
            "comments count",
            "comments per post",
            "komentarze",
            "komentarzy",
            "średnia komentarzy",
            "bình luận",
            "lượt bình luận",
            "คอมเมนต์",
            "ความคิดเห็น",
            "ยอดคอมเมนต์",
            "คอมเมนท์",
            "التعليقات",
            "تعليقات",
            "متوسط التعليقات",
        ],
    ),
    (
        Field::Shares,
        &[
            "shares",
            "share",
            "avg shares",
            "shares avg",
            "avg_shares",
            "average shares",
            "share count",
            "udostępnienia",
            "chia sẻ",
            "lượt chia sẻ",
            "แชร์",
            "ยอดแชร์",
            "المشاركات",
            "مشاركات",
        ],
    ),
    (
        Field::Saves,
        &[
            "saves",
            "save",
            "saved",
            "avg saves",
            "avg_saves",
            "saves avg",
            "bookmarks",
            "zapisy",
            "zapisania",
            "lượt lưu",
            "บันทึก",
            "ยอดบันทึก",
            "الحفظ",
            "مرات الحفظ",
        ],
    ),
    (
        Field::Views,
        &[
            "views",
            "view",
            "avg views",
            "views avg",
            "views avg.",
            "avg_views",
            "average views",
            "video views",
            "plays",
            "avg plays",
            "views per video",
            "view count",
            "views count",
            "wyświetlenia",
            "średnia wyświetleń",
            "wyświetleń",
            "lượt xem",
            "lượt xem trung bình",
            "ยอดวิว",
            "วิว",
            "ยอดเข้าชม",
            "การดู",
            "المشاهدات",
            "مشاهدات",
            "متوسط المشاهدات",
        ],
    ),
    (
        Field::Reach,
        &[
            "reach",
            "avg reach",
            "average reach",
            "reach avg",
            "accounts reached",
            "zasięg",
            "tiếp cận",
            "lượt tiếp cận",
            "การเข้าถึง",
            "ยอดเข้าถึง",
            "الوصول",
            "مدى الوصول",
        ],
    ),
    (
        Field::Impressions,
        &[
            "impressions",
            "avg impressions",
            "impressions avg",
            "wyświetlenia reklamy",
            "odsłony",
            "lượt hiển thị",
            "การแสดงผล",
            "مرات الظهور",
        ],
    ),
    (
        Field::Engagements,
        &[
            "engagement avg",
            "engagement avg.",
            "avg engagement",
            "average engagement",
            "engagements",
            "interactions",
            "avg interactions",
            "total engagement",
            "interakcje",
            "lượt tương tác",
            "การมีส่วนร่วม",
            "التفاعلات",
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
            "konwersje",
            "kliknięcia",
            "sprzedaż",
            "chuyển đổi",
            "lượt nhấp",
            "คอนเวอร์ชัน",
            "คลิก",
            "ยอดขาย",
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
            "posts count",
            "number of posts",
            "media count",
            "videos",
            "video count",
            "uploads",
            "posty",
            "liczba postów",
            "bài viết",
            "số bài viết",
            "โพสต์",
            "จำนวนโพสต์",
            "المنشورات",
            "عدد المنشورات",
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
            "price (usd)",
            "budget per post",
            "cena",
            "cena za post",
            "stawka",
            "koszt",
            "giá",
            "giá mỗi bài",
            "chi phí",
            "ราคา",
            "ราคาต่อโพสต์",
            "ค่าตัว",
            "السعر",
            "سعر المنشور",
            "السعر لكل منشور",
            "التكلفة",
        ],
    ),
    (
        Field::Category,
        &[
            "category",
            "categories",
            "niche",
            "topic",
            "vertical",
            "genre",
            "category_1",
            "kategoria",
            "nisza",
            "danh mục",
            "lĩnh vực",
            "หมวดหมู่",
            "ประเภท",
            "الفئة",
            "التصنيف",
        ],
    ),
    (
        Field::Country,
        &[
            "country",
            "location",
            "audience country",
            "region",
            "market",
            "kraj",
            "quốc gia",
            "ประเทศ",
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
            "avg er",
            "60_day_eng_rate",
            "60 day eng rate",
            "avg engagement rate",
            "engagement_rate",
            "wskaźnik zaangażowania",
            "zaangażowanie",
            "er%",
            "tỷ lệ tương tác",
            "อัตราการมีส่วนร่วม",
            "เอนเกจเมนต์",
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
            "video id",
            "date",
            "post date",
            "posted at",
            "published",
            "published at",
            "data",
            "link do posta",
            "ngày đăng",
            "liên kết",
            "ลิงก์โพสต์",
            "วันที่",
            "رابط المنشور",
            "التاريخ",
        ],
    ),
];

/// Lower case, letters and digits only: `Views avg.` → `viewsavg`, `60_day_eng_rate` →
/// `60dayengrate`. Any script's letters are kept.
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '@' || *c == '%')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a header names, if any synonym matches exactly after normalising.
pub fn field_for_header(header: &str) -> Option<Field> {
    let n = normalize(header.trim_start_matches('\u{feff}'));
    if n.is_empty() {
        return None;
    }
    let bare = n.trim_end_matches('%');
    SYNONYMS.iter().find_map(|(field, names)| {
        names
            .iter()
            .any(|s| {
                let s = normalize(s);
                s == n || s == bare
            })
            .then_some(*field)
    })
}

/// Maps each header to a field. When two headers name the same field, the first keeps it
/// and the later one stays unmapped (its cells are kept as an extra column).
pub fn map_headers(headers: &[String]) -> Vec<Option<Field>> {
    let mut seen = Vec::new();
    headers
        .iter()
        .map(|h| {
            let f = field_for_header(h)?;
            if seen.contains(&f) {
                None
            } else {
                seen.push(f);
                Some(f)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_export_headers() {
        assert_eq!(field_for_header("channel_info"), Some(Field::Handle));
        assert_eq!(field_for_header("Tiktoker name"), Some(Field::Name));
        assert_eq!(
            field_for_header("Subscribers count"),
            Some(Field::Followers)
        );
        assert_eq!(field_for_header("Views avg."), Some(Field::Views));
        assert_eq!(field_for_header("Likes avg"), Some(Field::Likes));
        assert_eq!(field_for_header("avg_likes"), Some(Field::Likes));
        assert_eq!(
            field_for_header("60_day_eng_rate"),
            Some(Field::EngagementRate)
        );
        assert_eq!(
            field_for_header("Engagement avg."),
            Some(Field::Engagements)
        );
        assert_eq!(field_for_header("FOLLOWERS"), Some(Field::Followers));
        assert_eq!(field_for_header("rank"), None);
    }

    #[test]
    fn seed_language_headers() {
        assert_eq!(field_for_header("Obserwujący"), Some(Field::Followers));
        assert_eq!(field_for_header("Người theo dõi"), Some(Field::Followers));
        assert_eq!(field_for_header("ผู้ติดตาม"), Some(Field::Followers));
        assert_eq!(field_for_header("المتابعون"), Some(Field::Followers));
        assert_eq!(field_for_header("Cena za post"), Some(Field::Price));
        assert_eq!(field_for_header("Lượt thích"), Some(Field::Likes));
    }

    #[test]
    fn synonyms_do_not_overlap() {
        let mut seen = std::collections::HashMap::new();
        for (field, names) in SYNONYMS {
            for n in *names {
                if let Some(prev) = seen.insert(normalize(n), *field) {
                    assert_eq!(prev, *field, "{n:?} names two fields");
                }
            }
        }
    }

    #[test]
    fn first_of_two_same_headers_wins() {
        let h = vec!["Followers".to_string(), "followers".to_string()];
        assert_eq!(map_headers(&h), vec![Some(Field::Followers), None]);
    }
}
