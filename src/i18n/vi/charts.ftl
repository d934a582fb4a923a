# Biểu đồ (src/ui/charts/) và dải tóm tắt khi danh sách vừa được đọc
# (src/ui/components/glance.rs). Mỗi biểu đồ nêu điều nó cho thấy bằng một câu: câu này hiện
# dưới tiêu đề và là nội dung trình đọc màn hình đọc cho hình.

## Dải tóm tắt

glance-heading = Tổng quan nhanh
glance-creators = Số nhà sáng tạo đã đọc
glance-creators_note = từ { $rows }
glance-tiers = Số hạng có nhà sáng tạo
glance-tiers_note = Nhiều nhất: { $tier }, { $share } số nhà sáng tạo
glance-median_er = Tỷ lệ tương tác trung vị
glance-below = { $n } dưới
glance-within = { $n } trong
glance-above = { $n } trên mức chuẩn
glance-no_bench = Chưa có mức chuẩn công bố cho các nền tảng này theo cách tính này
glance-look = Nên xem lại
glance-look_note = { $n ->
       *[other] nhà sáng tạo bị gắn cờ
    }
glance-plan = Kế hoạch tốt nhất cho { $budget }
glance-plan_heading = Kế hoạch tốt nhất
glance-plan_value = { $value } { $objective }
glance-plan_note = { $strategy } · { $creators }
glance-plan_top = Chi nhiều nhất cho { $handles }
glance-plan_link = Xem kế hoạch
glance-plan_no_budget = Nhập ngân sách để xem cách chia.
glance-plan_none = Chưa có kế hoạch nào phù hợp với các thiết lập này.
glance-plan_on_request = Danh sách này chỉ được lập kế hoạch khi bạn yêu cầu: bấm “Lập kế hoạch” trong phần kế hoạch ngân sách.

## Mọi biểu đồ

chart-heading = Biểu đồ
chart-show_data = Xem dữ liệu
chart-hide_data = Ẩn dữ liệu
chart-download_svg = Tải SVG
chart-download_png = Tải PNG
chart-named = { $title }: { $finding }
chart-sentences = { $first }; { $second }.
chart-sentence = { $text }.
chart-low = Thấp
chart-high = Cao
chart-source = Nguồn
chart-expected = Dự kiến
chart-pessimistic = Bi quan
chart-optimistic = Lạc quan
chart-legend_expected = Dự kiến
chart-legend_range = Từ bi quan đến lạc quan
chart-range = {" "}({ $low }–{ $high })

## Tỷ lệ tương tác theo số người theo dõi

chart-scatter-title = Tỷ lệ tương tác theo số người theo dõi
chart-scatter-x = Người theo dõi (thang log)
chart-scatter-trend = Tương tác trung vị thay đổi từ { $from } ({ $tier_from }) đến { $to } ({ $tier_to })
chart-scatter-median = Tương tác trung vị { $er }
chart-scatter-against = { $below } trên { $total } nhà sáng tạo nằm dưới dải chuẩn của mình và { $above } nằm trên
chart-scatter-no_bench = chưa có mức chuẩn công bố nào cho các nền tảng này theo cách tính này
chart-scatter-empty = Không có nhà sáng tạo nào có cả số người theo dõi lẫn tỷ lệ tương tác để vẽ.
chart-scatter-point = { $handle } · { $platform } · { $followers } người theo dõi · ER { $er } · { $tier }
chart-scatter-tip = { $handle } · { $followers } · { $er }
chart-scatter-point_bench = {" · "}mức chuẩn { $band }: { $comparison }
chart-scatter-point_flagged = {" · "}bị gắn cờ
chart-scatter-keys = Chọn biểu đồ rồi dùng phím mũi tên để đi qua từng nhà sáng tạo; Enter để xem nhà sáng tạo đó trong bảng.
chart-scatter-no_points = Quá nhiều nhà sáng tạo để vẽ từng người, và không ai bị gắn cờ.
chart-scatter-legend_platform = { $platform } ({ $creators })
chart-scatter-legend_band = Dải chuẩn cho quy mô đó
chart-scatter-legend_flagged = Bị gắn cờ, nên xem lại
chart-scatter-legend_density = Số nhà sáng tạo mỗi ô: càng đậm càng nhiều
chart-scatter-binned = Toàn bộ { $plotted } nhà sáng tạo được vẽ dưới dạng mật độ; { $marked } nhà sáng tạo bị gắn cờ lệch xa dải chuẩn nhất được vẽ thành điểm.
chart-scatter-above_top = { $n } tỷ lệ cao hơn { $top } được vẽ ở mép trên.
chart-scatter-left_out = { $n } nhà sáng tạo không có số người theo dõi hoặc tỷ lệ tương tác nên không được vẽ.
chart-scatter-bands_caption = Các dải chuẩn phía sau các điểm
chart-scatter-points_caption = Các nhà sáng tạo trên biểu đồ

## Cơ cấu hạng

chart-tiers-title = Cơ cấu hạng
chart-tiers-finding = Hạng { $tier } có nhiều nhà sáng tạo nhất ({ $share }), hạng { $tier_followers } có nhiều người theo dõi nhất ({ $share_followers })
chart-tiers-finding_other = theo { $scheme }, hạng { $tier } có nhiều nhà sáng tạo nhất ({ $share })
chart-tiers-empty = Không có nhà sáng tạo nào có số người theo dõi để xếp hạng.
chart-tiers-creators = Tỷ lệ nhà sáng tạo
chart-tiers-followers = Tỷ lệ người theo dõi
chart-tiers-scheme = Cách phân hạng
chart-tiers-followers_share = Tỷ lệ người theo dõi

## Kế hoạch ngân sách

chart-plan_tiers-title = Chi tiêu theo hạng so với mục tiêu
chart-plan_tiers-finding = { $strategy }: hạng { $tier } nhận phần ngân sách lớn nhất, { $share }; { $met }.
chart-plan_tiers-all_met = mọi hạng đều nằm trong mục tiêu
chart-plan_tiers-no_targets = chưa hạng nào có mục tiêu
chart-plan_tiers-off = { $n } hạng nằm ngoài mục tiêu
chart-plan_tiers-legend_share = Phần ngân sách trong kế hoạch
chart-plan_tiers-legend_band = Dải mục tiêu
chart-plan_tiers-legend_off = Ngoài mục tiêu
chart-plan_tiers-share = Phần ngân sách
chart-plan_tiers-target = Mục tiêu
chart-strategies-title = So sánh các cách chia theo { $objective }
chart-strategies-finding = { $best } mang lại nhiều { $objective } nhất, dự kiến { $value }{ $range }; { $worst } ít nhất, { $worst_value }.
chart-strategies-finding_one = { $best } dự kiến mang lại { $value } { $objective }{ $range }.
chart-mega-title = Một nhà sáng tạo hạng Mega hay nhiều nhà sáng tạo hạng Vi mô
chart-mega-one = Một nhà sáng tạo hạng Mega
chart-mega-micro = { $n } nhà sáng tạo hạng Vi mô
chart-mega-finding = Với cùng ngân sách, { $n } nhà sáng tạo hạng Vi mô dự kiến mang lại { $micro_value } { $objective }, so với { $mega_value } từ một nhà sáng tạo hạng Mega.
