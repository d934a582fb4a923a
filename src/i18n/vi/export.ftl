## export: column names and words of the exported plan (CSV)
export-col_handle = Tài khoản
export-col_name = Tên
export-col_platform = Nền tảng
export-col_tier = Phân khúc
export-col_posts = Số bài đăng
export-col_price_per_post = Giá mỗi bài
export-col_price_is = Nguồn giá
export-col_spend = Chi phí
export-col_expected_reach = Lượt tiếp cận dự kiến
export-col_reach_is = Nguồn lượt tiếp cận
export-col_expected_engagements = Lượt tương tác dự kiến
export-col_engagements_are = Nguồn lượt tương tác
export-col_expected_conversions = Chuyển đổi dự kiến
export-col_conversions_are = Nguồn chuyển đổi
export-total = Tổng
export-origin_supplied = được cung cấp
export-origin_estimated = ước tính
export-origin_assumed = giả định

## export: column names of the creators' results (CSV, copied table)
export-col_line = Dòng
export-col_followers = Người theo dõi
export-col_engagements = Tương tác mỗi bài
export-col_er_followers_pct = ER theo người theo dõi (%)
export-col_er_followers_median_pct = ER trung vị theo người theo dõi (%)
export-col_er_views_pct = ER theo lượt xem (%)
export-col_er_reach_pct = ER theo lượt tiếp cận (%)
export-col_likes_to_followers_pct = Lượt thích trên người theo dõi (%)
export-col_currency = Tiền tệ
export-col_price_estimated = Giá ước tính
export-col_cpe = CPE
export-col_cpm = CPM
export-col_cpm_basis = CPM tính theo
export-col_cpv = CPV
export-col_flags = Cảnh báo
export-yes = có
export-no = không
# Between two flag explanations in one cell.
export-list_joiner = {"; "}
