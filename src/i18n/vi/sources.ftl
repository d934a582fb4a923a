# Nguồn của các mức chuẩn và cách chia hạng.
source-passo = { $publisher } { $year }, ER trên Instagram theo người theo dõi ((lượt thích + bình luận + lượt lưu) ÷ người theo dõi)
source-markerly = { $publisher } qua Digiday { $year }, tỷ lệ lượt thích trên Instagram với tài khoản dưới { $under } người theo dõi (lượt thích ÷ người theo dõi)
source-timf = { $publisher } { $year } ({ $sample } nhà sáng tạo), ER trên TikTok theo người theo dõi
source-modash_tik_tok = { $publisher }, tháng 11 năm { $year }, ER trên TikTok theo lượt xem, khoảng “trung bình”
source-socia_vault = { $publisher } { $year } ({ $sample } kênh), ER trên YouTube theo lượt xem, nửa giữa của các kênh
source-modash_you_tube = { $publisher }, khoảng “trung bình” trên YouTube (chia cho lượt xem; từ { $mega } người đăng ký: { $range })
scheme_source-seeds = Hướng dẫn của Shopify về người có ảnh hưởng vi mô
scheme_source-broad-micro = Một bài hướng dẫn tiếng Ả Rập về người có ảnh hưởng vi mô, { $year }
scheme_source-hypeauditor = HypeAuditor (các hạng cũ)
scheme_source-later-fohr = Later × Fohr, { $year }
scheme_source-hootsuite = Hootsuite
source-rating = Influencer Marketing Hub, ER trên Instagram theo người theo dõi
