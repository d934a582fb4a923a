# Tierwise: bản tiếng Việt, dịch từ bản tiếng Anh (en.ftl là bản tham chiếu cho mọi ngôn ngữ).
#
# Mỗi thông điệp có dạng `id = văn bản`. `{ $name }` là giá trị do chương trình điền vào (một số,
# một tên tài khoản, một tên cột): giữ nguyên, đặt vào chỗ câu văn cần, không bao giờ dịch nó.
# Một thông điệp có thể chọn từ ngữ theo một con số:
#   count-creators = { $n ->
#       [one] { $n } creator
#      *[other] { $n } creators
#   }
# Bất kỳ giá trị nào hiển thị một con số (`{ $count }`, `{ $creators }`, `{ $rows }`…) đều có thể
# chọn từ ngữ theo cách này, dù tên của nó là gì.
# Các nhóm là quy tắc số nhiều của CLDR cho ngôn ngữ đó (zero, one, two, few, many, other);
# biến thể đánh dấu `*` được dùng cho mọi giá trị còn lại. Tiếng Việt chỉ có nhóm `other`.
# Các dòng sau dòng đầu được thụt lề; `{"  "}` giữ khoảng trắng ở đầu dòng.


## app

app-title = Tierwise
app-tagline = Phân hạng, tương tác và chi phí cho toàn bộ danh sách nhà sáng tạo của bạn. Mọi dữ liệu đều nằm lại trong trình duyệt của bạn.
# Tiêu đề thẻ trình duyệt và phần mô tả trang cho công cụ tìm kiếm và các liên kết được chia sẻ.
app-page_title = Tierwise: công cụ tính toán cho danh sách người có ảnh hưởng
app-description = Tierwise: phân hạng theo số người theo dõi, tỷ lệ tương tác và chi phí cho toàn bộ danh sách nhà sáng tạo, được tính ngay trong trình duyệt của bạn. Không có gì được tải lên.
# Phần mô tả của ứng dụng khi được cài đặt (trong web app manifest).
app-manifest_description = Phân hạng theo số người theo dõi, tỷ lệ tương tác, chi phí và kế hoạch ngân sách cho toàn bộ danh sách nhà sáng tạo, được tính ngay trong trình duyệt của bạn. Không có gì được tải lên.
# Tên ngắn của ứng dụng khi được cài đặt, hiển thị dưới biểu tượng.
app-short_name = Tierwise
# Nhãn của menu ngôn ngữ ở phần đầu trang.
app-language = Ngôn ngữ

## list

# Một đoạn văn bản lấy từ tệp của người dùng (tiêu đề cột, một ô) được trích trong câu.
list-quoted = “{ $text }”
# Giữa các mục của một danh sách: “a”, “b”.
list-separator = {", "}
# Giữa các nhóm của một danh sách: YouTube: “Youtuber”; TikTok: “Tiktoker”.
list-separator_strong = {"; "}
# Một nền tảng cùng các tiêu đề cột nêu tên nền tảng đó.
list-platform_headers = { $platform }: { $headers }

## input

input-heading = Danh sách của bạn
input-paste = Dán danh sách
input-paste_hint = Dán các dòng từ bảng tính, hoặc dữ liệu CSV, TSV hay JSON. Dòng đầu tiên là tên các cột.
input-analyse = Phân tích
input-sample = Dùng thử danh sách mẫu
input-upload = Tải lên tệp danh sách
input-drop = …hoặc thả tệp vào đây: .csv, .tsv, .txt, .json hoặc bảng tính (.xlsx, .xls, .ods)
input-clear = Xóa
input-reading = Đang đọc { $name }…
reading-label = Đang đọc danh sách
reading-progress = Đã đọc { $done }/{ $of } MB · { $rows }
reading-stop = Dừng đọc
reading-stopped = Đã dừng đọc: không giữ lại dữ liệu nào từ danh sách đó.
reading-engine_failed = Trình duyệt này không khởi chạy được phần đọc danh sách của trang (Web Worker), nên không thể đọc danh sách nào ở đây. Hãy tải lại trang, hoặc mở bằng Chrome, Edge, Firefox hay Safari phiên bản mới.
input-read_error = Không đọc được { $name }: { $error }

## status

status-summary = Đã đọc { $creators } từ { $rows }, { $problems }

## count

count-creators = { $n } nhà sáng tạo
count-rows = { $n } dòng
count-problems = { $n } lỗi

## status

status-scheme = Phân hạng: { $scheme }
status-sorted = sắp xếp theo { $column }, { $direction }
status-ascending = tăng dần
status-descending = giảm dần

## app

app-skip = Chuyển đến kết quả

## results

results-heading = Kết quả

## cell

cell-none = không có dữ liệu

## status

status-empty = Dán danh sách hoặc dùng thử danh sách mẫu để bắt đầu.
status-stale = Các thay đổi sẽ được đọc khi bạn ngừng gõ (hoặc nhấn Phân tích)…
status-format-delimited = Đã đọc dưới dạng văn bản phân tách bằng { $delimiter }
status-format-json = Đã đọc dưới dạng JSON
status-format-json_lines = Đã đọc dưới dạng JSON Lines

## delimiter

delimiter-tab = dấu tab
delimiter-comma = dấu phẩy
delimiter-semicolon = dấu chấm phẩy
delimiter-pipe = dấu gạch đứng

## settings

settings-choices = { $scheme } · { $basis }
settings-heading = Cài đặt
settings-scheme = Thang phân hạng
settings-compare = So sánh với thang
settings-compare_none = Không so sánh
settings-interactions = Lượt tương tác được tính
settings-basis = Cơ sở tính tỷ lệ tương tác
settings-platform = Nền tảng khi danh sách không ghi rõ
settings-platform_auto = Theo tệp (tên cột và đường liên kết), nếu không thì Instagram
settings-platform_hint = Cột nền tảng hoặc liên kết hồ sơ luôn được ưu tiên; tùy chọn này chỉ dành cho các dòng không có cả hai.
settings-cutoffs = Ngưỡng (thang tùy chỉnh)
settings-cutoffs_hint = Sửa một ngưỡng sẽ chuyển sang thang của riêng bạn. Để trống một ô để bỏ hạng đó.
settings-cutoff_label = { $tier } từ (người theo dõi)
settings-source = Nguồn: { $source }

## scheme

scheme-seeds = Shopify ({ $cuts })
scheme-broad-micro = Vi mô mở rộng ({ $cuts })
scheme-hypeauditor = HypeAuditor ({ $cuts })
scheme-later-fohr = Later × Fohr ({ $cuts })
scheme-hootsuite = Hootsuite ({ $cuts })
scheme-custom = Ngưỡng tùy chỉnh

## scheme_short

scheme_short-seeds = Shopify
scheme_short-broad-micro = Vi mô mở rộng
scheme_short-hypeauditor = HypeAuditor
scheme_short-later-fohr = Later × Fohr
scheme_short-hootsuite = Hootsuite
scheme_short-custom = Tùy chỉnh

## scheme_error

scheme_error-no_tiers = Hãy bật ít nhất một hạng.
scheme_error-negative = Ngưỡng là một số người theo dõi, từ { $zero } trở lên.
scheme_error-start = Hạng thấp nhất ({ $tier }) phải bắt đầu từ { $zero } người theo dõi.
scheme_error-rising = Hạng { $tier } phải bắt đầu cao hơn hạng { $previous }.

## interactions

interactions-likes_comments = Lượt thích + bình luận (HypeAuditor, Upfluence)
interactions-likes_comments_shares = Lượt thích + bình luận + lượt chia sẻ (kiểu TikTok)
interactions-all = Lượt thích + bình luận + lượt chia sẻ + lượt lưu (SocialBee)

## basis

basis-followers = Theo số người theo dõi
basis-reach = Theo lượt tiếp cận
basis-views = Theo lượt xem

## platform

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Khác

## formula

formula-split_reach = Kế hoạch ngân sách, lượt tiếp cận dự kiến của một bài đăng: lượt tiếp cận trong danh sách, nếu không có thì lượt hiển thị, nếu không nữa thì lượt xem; nếu không có số liệu nào, lấy số người theo dõi × tỷ lệ tiếp cận của hạng ({ $source }), đánh dấu “ước tính”.
formula-split_engagements = Kế hoạch ngân sách, lượt tương tác dự kiến của một bài đăng: E của nhà sáng tạo (trung bình các bài đăng); nếu không có lượt thích hoặc bình luận, lấy số người theo dõi × điểm giữa khoảng ER chuẩn của hạng, đánh dấu “ước tính”.
formula-split_conversions = Kế hoạch ngân sách, lượt chuyển đổi dự kiến của một bài đăng: cột chuyển đổi hoặc lượt nhấp trong danh sách; nếu không có thì lấy lượt tương tác × tỷ lệ chuyển đổi bạn nhập, đánh dấu “giả định”.
formula-split_band = Bi quan và lạc quan: bài đăng yếu nhất và mạnh nhất của mỗi nhà sáng tạo trong danh sách; nếu chỉ có một dòng, dùng mức thấp và mức cao của khoảng ER chuẩn so với điểm giữa của khoảng đó.
formula-split_totals = Tổng của kế hoạch: chi tiêu = Σ số bài × giá mỗi bài; CPE = chi tiêu ÷ lượt tương tác dự kiến; CPM = chi tiêu ÷ lượt tiếp cận dự kiến × { $thousand }; CPA = chi tiêu ÷ lượt chuyển đổi dự kiến; còn lại = ngân sách − chi tiêu.
formula-split_hhi = Mức độ tập trung: tỷ trọng chi tiêu cao nhất của một nhà sáng tạo, và HHI = Σ (tỷ trọng chi tiêu tính bằng %)², từ { $max } (một nhà sáng tạo) giảm dần về { $zero } (dàn trải mỏng).
formula-split_bound = Kế hoạch tối ưu: số bài trọn vẹn cho mỗi nhà sáng tạo sao cho mục tiêu đạt tối đa trong phạm vi ngân sách và mọi ràng buộc; cận trên có được từ phép nới lỏng Lagrange (bằng với phép nới lỏng tuyến tính), độ chênh là (cận trên − kế hoạch) ÷ cận trên.

## storage

storage-kept = Danh sách, cài đặt và kế hoạch ngân sách của bạn chỉ được lưu trong trình duyệt này, nên tải lại trang hay đóng tab cũng không mất gì.
storage-clear = Xóa dữ liệu của tôi
storage-confirm_clear = Xóa danh sách, cài đặt và kế hoạch ngân sách đã lưu trong trình duyệt này, đồng thời làm trống trang?
storage-unavailable = Tự động lưu đang tắt: trình duyệt này không cho phép lưu trữ cục bộ. Mọi thứ trên màn hình vẫn còn cho đến khi bạn đóng trang.
storage-refused_roster = Tự động lưu: trình duyệt này đã từ chối lưu danh sách này ({ $chars } ký tự; bộ nhớ dành cho trang này đã đầy hoặc bị tắt), nên danh sách không được lưu; cài đặt của bạn thì vẫn được lưu. Mọi thứ trên màn hình vẫn còn.
storage-restoring = Đang khôi phục danh sách đã lưu…

## rate

rate-bad_range = { $platform }, hạng { $tier }: “đến” ({ $high }) phải lớn hơn hoặc bằng “từ” ({ $low }); bảng giá vẫn giữ { $kept }.

## storage

storage-restore_failed = Không đọc lại được danh sách đã lưu từ bộ nhớ của trình duyệt này; cài đặt của bạn đã được khôi phục. Hãy dán hoặc tải lên danh sách lần nữa.
storage-refused = Tự động lưu: trình duyệt đã từ chối lưu cài đặt của bạn (bộ nhớ đã đầy). Mọi thứ trên màn hình vẫn còn.

## update

update-ready = Đã có phiên bản mới của Tierwise.
update-reload = Tải lại

## budget

budget-heading = Kế hoạch ngân sách
budget-intro = Phân bổ ngân sách chiến dịch cho danh sách này theo số bài đăng trọn vẹn. Mọi chiến lược đều được lập song song để so sánh; chiến lược tối ưu đạt mục tiêu của bạn ở mức cao nhất trong mọi ràng buộc và chứng minh nó gần kế hoạch tốt nhất có thể đến mức nào. Mọi dữ liệu đều nằm lại trong trình duyệt của bạn.
budget-goal = Ngân sách và mục tiêu
budget-amount = Tổng ngân sách
budget-currency = Ký hiệu tiền tệ
budget-objective = Mục tiêu
budget-objective-reach = Nhận biết: lượt tiếp cận dự kiến
budget-objective-engagements = Cân nhắc: lượt tương tác dự kiến
budget-objective-conversions = Hành động: lượt nhấp hoặc chuyển đổi dự kiến
budget-conversion_rate = Tỷ lệ chuyển đổi giả định (% lượt tương tác)
budget-limits = Số bài và giới hạn
budget-posts_min = Số bài tối thiểu mỗi nhà sáng tạo
budget-posts_max = Số bài tối đa mỗi nhà sáng tạo
budget-cap = Mức trần mỗi nhà sáng tạo
budget-cap_unit = Mức trần tính theo
budget-cap_unit-percent = % ngân sách
budget-cap_unit-amount = số tiền
budget-min_creators = Số nhà sáng tạo tối thiểu
budget-max_creators = Số nhà sáng tạo tối đa
budget-tier_mix = Cơ cấu theo hạng
budget-mix_hint = Chi tiêu tính bằng % tổng ngân sách. Để trống cả hai ô nếu không đặt mục tiêu.
budget-platform_mix = Cơ cấu theo nền tảng
budget-band_min = % tối thiểu
budget-band_max = % tối đa
budget-min_label = { $name }: % ngân sách tối thiểu
budget-max_label = { $name }: % ngân sách tối đa
budget-creators = Nhà sáng tạo
budget-include = Luôn chọn (tên tài khoản)
budget-exclude = Loại ra (tên tài khoản)
budget-error = “{ $text }”: { $expected }
budget-expected-amount = cần một số tiền lớn hơn { $zero }
budget-expected-percent = cần một tỷ lệ phần trăm từ { $zero } đến { $hundred }
budget-expected-whole = cần một số nguyên từ { $min } trở lên
budget-expected-not_below_min = giá trị tối đa nhỏ hơn giá trị tối thiểu
budget-expected-handles = không có trong danh sách: { $unknown }
budget-updating = Đang cập nhật kế hoạch…
budget-planning = Đang lập kế hoạch…
budget-cancel = Hủy
budget-make_plan = Lập kế hoạch
budget-big_roster = Danh sách này lớn, nên kế hoạch chỉ được lập khi bạn yêu cầu thay vì sau mỗi thay đổi.
budget-skipped = Không có trong kế hoạch nào: { $list }.
budget-strategies = So sánh các chiến lược
budget-col-strategy = Chiến lược (xem kế hoạch)
budget-col-objective = Số { $objective } dự kiến (bi quan–lạc quan)
budget-col-reach = Lượt tiếp cận
budget-col-engagements = Lượt tương tác
budget-col-conversions = Lượt chuyển đổi
budget-col-creators = Nhà sáng tạo
budget-col-left = Còn lại
budget-col-top_share = Tỷ trọng cao nhất của một nhà sáng tạo
budget-col-constraints = Ràng buộc
budget-col-posts = Số bài
budget-col-price = Giá mỗi bài
budget-col-spend = Chi tiêu
budget-col-expected = Số { $objective } dự kiến
budget-col-option = Phương án
budget-col-cpe = CPE
budget-col-cpm = CPM
budget-col-hhi = HHI
budget-cpe_title = Chi phí cho mỗi lượt tương tác dự kiến: chi tiêu ÷ lượt tương tác
budget-cpm_title = Chi phí cho mỗi nghìn người được tiếp cận: chi tiêu ÷ lượt tiếp cận × { $thousand }
budget-hhi_title = Chỉ số Herfindahl–Hirschman: tổng bình phương các tỷ trọng chi tiêu tính bằng %, từ { $ten_thousand } (một nhà sáng tạo) giảm dần (càng dàn trải càng thấp)
budget-all_met = đáp ứng tất cả
budget-needs_tier_mix = Hãy đặt cơ cấu theo hạng để lập kế hoạch theo hạng.
budget-no_plan = Không có kế hoạch nào đáp ứng mọi ràng buộc (xem ở trên).
budget-band_note = Các khoảng là bi quan–lạc quan: bài đăng yếu nhất và mạnh nhất của mỗi nhà sáng tạo nếu danh sách có nhiều bài, nếu không thì là khoảng ER chuẩn của hạng quanh giá trị ước tính.
budget-conflicts = Không có kế hoạch nào đáp ứng mọi ràng buộc
budget-mix_heading = Chi tiêu theo hạng so với mục tiêu
budget-mix_line = { $tier }: { $share } ngân sách
budget-mix_line_target = { $tier }: { $share } ngân sách (mục tiêu { $min }–{ $max })
budget-proof_optimal = Tối ưu: trong các ràng buộc này, không kế hoạch nào đạt hơn { $bound } { $objective } dự kiến, và kế hoạch này đạt đúng mức đó.
budget-proof_gap = Chênh không quá { $gap } so với kế hoạch tốt nhất có thể: trong các ràng buộc này, không kế hoạch nào đạt hơn { $bound } { $objective } dự kiến.
budget-why = Vì sao đây là kế hoạch tốt nhất
budget-why_text = Chọn số bài đăng trọn vẹn cho mỗi nhà sáng tạo trong giới hạn ngân sách, khoảng tỷ trọng theo hạng, mức trần và số lượng nhà sáng tạo là một bài toán cái túi (knapsack). Tierwise định giá từng ràng buộc (nới lỏng Lagrange) để có một cận trên mà không kế hoạch nào vượt qua được, lập kế hoạch theo cách tham lam với các mức giá đó, loại mọi phương án có chi phí so với cận trên đã vượt quá độ chênh, rồi tìm kiếm trong số ít nhà sáng tạo còn lại. Khi việc tìm kiếm dừng sớm, một cận sát hơn sẽ giữ số bài trọn vẹn (giá trị tốt nhất của mỗi hạng ứng với mọi mức tiền, tính bằng quy hoạch động), và kế hoạch mà cận này chỉ ra được cải thiện bằng cách hoán đổi bài đăng giữa các nhà sáng tạo. Nếu vẫn chưa chứng minh được, hoặc chưa tìm thấy kế hoạch nào (các khoảng theo hạng hẹp mà chỉ vài bài đăng đắt tiền mới lấp được), thuật toán nhánh và cận trên các nhà sáng tạo còn lại sẽ quyết định từng người một, mỗi bước được giới hạn bằng cận của một bài toán quy hoạch tuyến tính riêng (với danh sách lớn chưa có kế hoạch nào, trước tiên thuật toán tìm trong vài nhà sáng tạo của mỗi hạng). Khi cận và kế hoạch gặp nhau, kế hoạch là tối ưu; nếu không, độ chênh giữa hai giá trị này chính là con số được hiển thị.
budget-plan_heading = Kế hoạch: { $strategy }
budget-plan_caption = Kế hoạch ({ $strategy }): nhà sáng tạo, số bài và kết quả dự kiến
budget-plan_summary = { $creators } nhà sáng tạo, { $posts } bài đăng, đã chi { $spend }, còn lại { $left }.
budget-estimated_spend = Trong đó { $spend } dựa trên giá ước tính từ bảng giá.
budget-estimated_outcome = Ước tính từ số người theo dõi và một mức chuẩn có nguồn (xem Công thức và nguồn)
budget-assumed_outcome = Theo tỷ lệ chuyển đổi bạn đã nhập
budget-assumed = giả định
budget-total = Tổng
budget-export = Xuất kế hoạch (CSV)
budget-export_json = Xuất kế hoạch (JSON)
budget-copy = Sao chép kế hoạch dạng bảng

## share

share-heading = Chia sẻ và nhúng
share-hint = Liên kết chia sẻ chứa danh sách và cài đặt của bạn ngay bên trong, sau dấu “#”: trình duyệt không bao giờ gửi phần đó đến máy chủ nào, nhưng bất kỳ ai nhận được liên kết đều xem được danh sách.
share-link = Sao chép liên kết chia sẻ
share-file = Lưu thành tệp
share-embed = Nhúng vào trang của bạn…
share-link_label = Liên kết chia sẻ
share-copied = Đã sao chép liên kết ({ $chars } ký tự). Mở liên kết sẽ hiện danh sách này với đúng các cài đặt này.
share-made = Đã tạo liên kết ({ $chars } ký tự): hãy sao chép trong ô.
share-too_long = Danh sách này tạo ra liên kết dài { $chars } ký tự; liên kết dài hơn { $max } ký tự sẽ bị lỗi trên nhiều trình duyệt và ứng dụng email. Thay vào đó, hãy lưu thành tệp và gửi tệp: mở tệp trong Tierwise (Tải lên tệp danh sách) sẽ khôi phục đúng chế độ xem này.
share-saved_file = Đã lưu { $name }: mở tệp bằng “Tải lên tệp danh sách” để khôi phục danh sách và các cài đặt này.
share-opened_link = Đã mở từ liên kết chia sẻ: danh sách và cài đặt này nằm sẵn trong liên kết, không đến từ máy chủ nào.
share-opened_file = Đã mở { $name }: danh sách và cài đặt trong tệp đã được khôi phục.
share-paused = Bạn đang mở dữ liệu được chia sẻ. Danh sách và cài đặt của riêng bạn vẫn được giữ nguyên trong trình duyệt này; các thay đổi ở đây sẽ không được lưu cho đến khi bạn chọn.
share-keep_shared = Giữ danh sách được chia sẻ (thay thế danh sách của tôi)
share-back_to_mine = Quay lại danh sách của tôi
share-bad_link = Không mở được liên kết chia sẻ này: { $reason }. Không có gì thay đổi; danh sách và cài đặt của bạn vẫn như cũ.
share-bad_file = { $name } có vẻ là tệp Tierwise nhưng không mở được: { $reason }. Không có gì thay đổi.
share-error-version = dữ liệu này được tạo bởi một phiên bản Tierwise khác (định dạng { $version })
share-error-damaged = dữ liệu bị hỏng hoặc bị cắt mất (bạn đã sao chép đủ chưa?)
share-error-too_large = dữ liệu dài hơn (hoặc khi giải nén thì lớn hơn) mọi liên kết mà Tierwise tạo ra
share-error-not_a_record = nội dung không phải là danh sách và cài đặt của Tierwise ({ $detail })

## embed

embed-heading = Nhúng Tierwise vào trang của bạn
embed-intro = Dán đoạn mã này vào một trang trên blog hoặc website của bạn. Tierwise sẽ hiển thị trong một khung tự giãn theo nội dung; danh sách của độc giả vẫn nằm trong trình duyệt của chính họ.
embed-compact = Gọn (không có phần đầu trang)
embed-theme = Giao diện
embed-theme-auto = Theo hệ thống của độc giả
embed-theme-light = Sáng
embed-theme-dark = Tối
embed-lang = Ngôn ngữ và định dạng số
embed-lang-auto = Theo trình duyệt của độc giả
embed-lang_hint = Trang hiển thị theo ngôn ngữ đã chọn, cả về từ ngữ lẫn định dạng số; với ngôn ngữ mà Tierwise chưa có bản dịch, từ ngữ vẫn bằng tiếng Anh nhưng số được định dạng theo ngôn ngữ đó.

## lang

lang-en-US = Tiếng Anh (Hoa Kỳ)
lang-en-GB = Tiếng Anh (Vương quốc Anh)
lang-de-DE = Tiếng Đức (Đức)
lang-fr-FR = Tiếng Pháp (Pháp)
lang-es-ES = Tiếng Tây Ban Nha (Tây Ban Nha)
lang-pl-PL = Tiếng Ba Lan (Ba Lan)
lang-vi-VN = Tiếng Việt (Việt Nam)
lang-th-TH = Tiếng Thái (Thái Lan)
lang-ar-EG = Tiếng Ả Rập (Ai Cập)

## embed

embed-scheme = Thang phân hạng ban đầu
embed-scheme-none = Mặc định (giữ lựa chọn riêng của độc giả)
embed-snippet = Đoạn mã để dán
embed-copy = Sao chép đoạn mã
embed-copied = Đã sao chép đoạn mã.
embed-close = Đóng
embed-iframe_title = Tierwise: công cụ tính toán cho danh sách người có ảnh hưởng

## export

export-copied = Đã sao chép { $rows } dòng: hãy dán vào bảng tính.
export-no_clipboard = Trình duyệt này không cho phép sao chép ở đây; hãy dùng chức năng xuất.
export-results = Xuất kết quả
export-results_csv = Xuất kết quả (CSV)
export-results_json = Xuất kết quả (JSON)
export-results_copy = Sao chép kết quả dạng bảng

## budget

budget-mega_caption = Cùng một ngân sách cho một nhà sáng tạo hạng mega hoặc cho { $low }–{ $high } nhà sáng tạo hạng vi mô
budget-one_mega = Một nhà sáng tạo hạng mega
budget-one_mega_named = Một nhà sáng tạo hạng mega (@{ $handle })
budget-micro_team = { $low }–{ $high } nhà sáng tạo hạng vi mô (nhiều nhất mà ngân sách chi trả được; { $available } người trong danh sách phù hợp)
budget-no_mega = Không có nhà sáng tạo hạng mega nào trong danh sách vừa với ngân sách.
budget-no_micro = Không có nhà sáng tạo hạng vi mô nào trong danh sách vừa với ngân sách.

## col

col-creator = Nhà sáng tạo

## cell

cell-estimated_price = Giá ước tính từ bảng giá

## objective

objective-reach = lượt tiếp cận
objective-engagements = lượt tương tác
objective-conversions = lượt chuyển đổi

## strategy

strategy-equal = Chia đều
strategy-proportional = Chia tỷ lệ theo mục tiêu
strategy-tier-mix = Chia theo cơ cấu hạng
strategy-optimal = Tối ưu

## split

split-disclosure = Bài đăng được tài trợ cần có công bố rõ ràng, dễ thấy như #ad (FTC); thương hiệu có trách nhiệm đảm bảo mọi nhà sáng tạo đều ghi công bố này.

## skip

skip-no_tier = { $n } nhà sáng tạo không có số người theo dõi
skip-no_price = { $n } nhà sáng tạo không có giá (và không có dòng tương ứng trong bảng giá)
skip-no_engagements = { $n } nhà sáng tạo không có số liệu tương tác hay mức chuẩn
skip-excluded = { $n } nhà sáng tạo bị bạn loại ra
skip-other_currency = { $n } nhà sáng tạo có giá bằng loại tiền tệ khác với ngân sách (không quy đổi)
skip-over_cap = { $n } nhà sáng tạo có chi phí cho số bài tối thiểu vượt mức trần hoặc ngân sách

## conflict

conflict-band_nobody = { $what } cần ít nhất { $need }, nhưng không nhà sáng tạo nào trong nhóm này có thể được trả trong phạm vi ngân sách, mức trần và khoảng tỷ trọng.
conflict-no_figures = Không nhà sáng tạo nào có số liệu { $objective }: hãy thêm cột chuyển đổi (hoặc lượt nhấp), hoặc nhập tỷ lệ chuyển đổi giả định.
conflict-no_candidates = Không thể đưa nhà sáng tạo nào vào kế hoạch: mỗi người cần có số người theo dõi và giá (được cung cấp hoặc lấy từ bảng giá).
conflict-nothing_fits = Không nhà sáng tạo nào phù hợp: bài đăng rẻ nhất có giá { $cheapest } trong khi ngân sách là { $budget } (trong phạm vi mức trần mỗi nhà sáng tạo, nếu có).
conflict-minimums_over_budget = Tổng tỷ trọng tối thiểu của các { $what } là { $total } ngân sách, vượt quá { $all }.
conflict-band_reversed = { $what }: mức tối thiểu { $min } cao hơn mức tối đa { $max }.
conflict-band_out_of_reach = { $what } cần ít nhất { $need }, nhưng tất cả nhà sáng tạo trong nhóm này cộng lại, với số bài tối đa mỗi người, chỉ tốn { $most }.
conflict-min_over_max = Yêu cầu ít nhất { $min } nhà sáng tạo, nhưng chỉ cho phép tối đa { $max }.
conflict-too_few = Yêu cầu ít nhất { $min } nhà sáng tạo, nhưng chỉ { $available } người có thể được trả (cần có giá nằm trong mức trần).
conflict-min_over_budget = { $min } nhà sáng tạo rẻ nhất, với số bài tối thiểu, tốn { $cheapest }, vượt ngân sách { $budget }.
conflict-forced_over_budget = Các nhà sáng tạo bạn bắt buộc chọn tốn { $spend } với số bài tối thiểu, vượt ngân sách { $budget }.
conflict-forced_over_max = Có { $forced } nhà sáng tạo bắt buộc, nhưng chỉ cho phép tối đa { $max }.
conflict-forced_over_band = Các nhà sáng tạo bạn bắt buộc chọn đã dồn { $spend } vào { $what }, vượt mức tối đa { $max }.
conflict-forced_over_cap = { $creator } là bắt buộc, nhưng số bài tối thiểu của họ tốn { $spend }, nhiều hơn mức một nhà sáng tạo có thể nhận ở đây ({ $cap }: mức thấp nhất trong số mức trần, ngân sách và mức tối đa của hạng và nền tảng của họ).
conflict-forced_not_plannable = { $creator } là bắt buộc nhưng không thể đưa vào kế hoạch: nhà sáng tạo này cũng đang bị loại ra, hoặc thiếu số người theo dõi, giá hay số liệu cho mục tiêu.
conflict-together = Từng ràng buộc riêng lẻ đều đáp ứng được, nhưng không kế hoạch nào với số bài trọn vẹn đáp ứng được tất cả cùng lúc.
conflict-gave_up = Quá trình tìm kiếm đã dừng trước khi tìm được kế hoạch hoặc chứng minh được là không có; hãy nới lỏng một ràng buộc.

## relax

relax-band_short = Nếu giữ nguyên các ràng buộc khác, { $what } chỉ nhận được tối đa { $most } ngân sách; bạn yêu cầu ít nhất { $min }.
relax-count_short = Nếu giữ nguyên các ràng buộc khác, số nhà sáng tạo tối đa có thể đưa vào là { $most }; bạn yêu cầu ít nhất { $min }.
relax-max_creators = Nếu bỏ giới hạn tối đa { $max } nhà sáng tạo thì có kế hoạch, với { $reached } nhà sáng tạo.
relax-cap = Nếu bỏ mức trần thì có kế hoạch; nhà sáng tạo nhận nhiều nhất được { $largest }.
relax-none = Không xác định được riêng một mức tối thiểu nào: hãy thử nới lỏng mức tối đa của một khoảng, mức trần hoặc số bài mỗi nhà sáng tạo.

## bands

bands-tiers = hạng
bands-platforms = nền tảng

## broken

broken-band = { $what } nhận { $spend } (mục tiêu { $min }–{ $max })
broken-min_creators = { $creators } nhà sáng tạo (yêu cầu ít nhất { $min })
broken-max_creators = { $creators } nhà sáng tạo (yêu cầu tối đa { $max })
broken-forced = { $missing } nhà sáng tạo bắt buộc bị loại ra

## tier

tier-emerging = Mới nổi
tier-nano = Nano
tier-micro = Vi mô
tier-mid = Tầm trung
tier-macro = Vĩ mô
tier-mega = Mega
tier-none = Không có số người theo dõi

## summary

summary-caption = Tổng hợp theo hạng
summary-tier = Hạng
summary-range = Người theo dõi
summary-creators = Nhà sáng tạo
summary-share = Tỷ trọng
summary-median_er = ER trung vị
summary-total_followers = Tổng người theo dõi
summary-price = Giá mỗi bài
summary-estimated = { $count } giá ước tính

## compare

compare-caption = So sánh thang phân hạng
compare-hint = Số nhà sáng tạo mỗi hạng theo từng thang

## table

table-caption = Nhà sáng tạo
table-sort = Sắp xếp theo { $column }
table-updating = Đang cập nhật danh sách…
table-count = Tổng cộng { $total } nhà sáng tạo
filter-label = Tìm nhà sáng tạo
filter-text = Tên tài khoản hoặc tên
filter-tier = Hạng
filter-any_tier = Mọi hạng
filter-platform = Nền tảng
filter-any_platform = Mọi nền tảng
filter-flagged = Chỉ người bị gắn cờ
filter-clear = Hiện tất cả
table-filtered = { $matching } trên { $all } nhà sáng tạo khớp bộ lọc

## col

col-line = Dòng
col-handle = Tài khoản
col-name = Tên
col-platform = Nền tảng
col-followers = Người theo dõi
col-tier = Hạng
col-engagements = Tương tác / bài
col-er = ER
col-er_followers = ER theo người theo dõi
col-er_views = ER theo lượt xem
col-er_reach = ER theo lượt tiếp cận
col-benchmark = Mức chuẩn
col-price = Giá / bài
col-cpe = CPE
col-cpm = CPM
col-cpv = CPV
col-flags = Cảnh báo

## cell

cell-median = trung vị { $value }
cell-posts = { $count } bài đăng
cell-estimated = ước tính
cell-estimated_title = Ước tính từ bảng giá ({ $source }): hạng { $band } trên { $platform }, { $low }–{ $high }
cell-supplied_er = từ danh sách
cell-partial = một phần
cell-partial_title = Một phần: chỉ tính từ một số loại tương tác cần đếm (thiếu lượt thích hoặc bình luận), hoặc từ các bài đăng không có lượt xem hay lượt tiếp cận. Chỉ riêng lý do đó cũng có thể khiến tỷ lệ trông thấp, nên không gắn cảnh báo “rất thấp”.
cell-rating_vs_benchmark = Xếp loại { $rating } so với mặt bằng chung của Instagram (theo các mức của Influencer Marketing Hub), nhưng lại { $comparison } khoảng chuẩn của nhóm { $segment } ({ $range }): tài khoản cỡ này thường có tỷ lệ tương tác { $direction }.
cell-direction-more = cao hơn
cell-direction-less = thấp hơn
cell-cpm_basis = theo { $basis }

## cpm

cpm-impressions = lượt hiển thị
cpm-views = lượt xem
cpm-reach = lượt tiếp cận
cpm-followers = người theo dõi (thay thế)

## rating

rating-low = thấp
rating-average = trung bình
rating-high = cao
rating-very_high = rất cao

## comparison

comparison-below = thấp hơn
comparison-within = nằm trong
comparison-above = cao hơn

## benchmark

benchmark-cell = { $comparison } mức chuẩn nhóm { $segment }: { $range }

## segment

segment-audience = { $min }–{ $max } người theo dõi
segment-audience_up = { $min }+ người theo dõi
segment-subscribers = { $min }–{ $max } người đăng ký
segment-subscribers_up = { $min }+ người đăng ký

## scheme

scheme-custom_source = Ngưỡng của bạn

## rates

rates-edited = { $source }, do bạn chỉnh sửa

## benchmark

benchmark-none = không có mức chuẩn

## formula

formula-heading = Công thức và nguồn
formula-e = Lượt tương tác mỗi bài (E) = { $parts }. Chỉ số nào danh sách không có thì không được cộng; khi thiếu một chỉ số mà danh sách ghi lượt tương tác thành một con số chung (“Engagement avg.”), con số đó chính là E.
formula-er_followers = ER theo người theo dõi = E ÷ số người theo dõi × { $hundred } (HypeAuditor, Upfluence)
formula-er_reach = ER theo lượt tiếp cận = E ÷ lượt tiếp cận × { $hundred }; với dữ liệu mỗi bài một dòng, lấy trung bình tỷ lệ của từng bài (Flowbox)
formula-er_views = ER theo lượt xem = E ÷ lượt xem × { $hundred } (HypeAuditor TikTok, Modash)
formula-ltf = Tỷ lệ lượt thích trên người theo dõi = lượt thích ÷ số người theo dõi × { $hundred } (InfluencerDB)
formula-median = Khi mỗi bài đăng là một dòng, cả trung bình và trung vị đều được hiển thị: một bài viral sẽ kéo trung bình lên.
formula-cpe = CPE = giá mỗi bài ÷ E (Upfluence)
formula-cpm = CPM = giá mỗi bài ÷ lượt hiển thị × { $thousand }; khi thiếu lượt hiển thị, lượt xem, lượt tiếp cận hoặc số người theo dõi được dùng thay và có ghi rõ (Upfluence)
formula-cpv = CPV = giá mỗi bài ÷ lượt xem
formula-price = Giá còn thiếu được ước tính từ bảng giá ({ $source }): lấy điểm giữa của khoảng giá ứng với quy mô của nhà sáng tạo, đánh dấu “ước tính”.
formula-benchmarks = Mức chuẩn, mỗi mức chỉ được so với ER có cùng cơ sở tính và theo số người theo dõi của nhà sáng tạo (số người đăng ký trên YouTube), bất kể thang phân hạng nào: Instagram theo người theo dõi ({ $passo }; dưới { $under } người theo dõi: { $markerly }); TikTok theo người theo dõi ({ $timf }) và theo lượt xem ({ $modash_tiktok }); YouTube theo lượt xem ({ $sociavault }). ER YouTube theo người đăng ký không có mức chuẩn: bảng của Modash ({ $modash_youtube }) chia cho lượt xem, các con số trong bảng không khớp với cơ sở tính nào trong hai cơ sở đó trên các danh sách kênh thực tế, và không nguồn nào đưa ra khoảng chuẩn theo người đăng ký; trên các danh sách kênh hàng đầu thực tế, tỷ lệ này dao động từ gần { $zero } (kênh không còn hoạt động và kênh dành cho trẻ em) đến hơn { $one_pct }. Mức chuẩn chỉ có một con số công bố thì hiển thị là một con số (không phải khoảng). Không nguồn nào đưa ra ER theo lượt tiếp cận, nên chỉ số này không có mức chuẩn. Các mức xếp loại: { $rating }; khi xếp loại và mức chuẩn theo quy mô không khớp nhau, ô ER sẽ giải thích lý do.
formula-flags = Cảnh báo: ER dưới một phần ba mức thấp của khoảng chuẩn hoặc trên ba lần mức cao của khoảng đó (quy tắc kinh nghiệm của Tierwise); trên Instagram, số bình luận trên { $hundred } lượt thích nằm ngoài khoảng { $low }–{ $high } ({ $source }); khán giả TikTok và YouTube bình luận theo tỷ lệ khác và không nguồn nào đưa ra tỷ lệ của họ, nên họ không bị đánh giá theo tiêu chí này.

## e

e-likes = lượt thích
e-comments = bình luận
e-shares = lượt chia sẻ
e-saves = lượt lưu

## rates

rates-heading = Bảng giá
rates-hint = Giá mỗi bài đăng bằng đô la Mỹ, dùng khi danh sách không có giá ({ $source }). Giá ước tính lấy điểm giữa của khoảng, hoặc mức dưới nếu khoảng không có mức trên.
rates-caption = Giá mỗi bài theo nền tảng và quy mô
rates-input = { $platform }, hạng { $band }: { $which } ($)
rates-from = từ
rates-to = đến

## problems

problems-heading = Lỗi ({ $count })
problems-none = Không có lỗi: đã đọc được mọi dòng.
problems-summary_column = Cột “{ $column }”: { $count } ô bị để trống
problems-summary_rows = Dòng bị loại: { $count }
problems-show_line = Xem
problems-show_line_label = Xem dòng { $line } trong ô dán
problems-cell_kept = Ô này được để trống; phần còn lại của dòng vẫn được dùng.
problems-row_left_out = Dòng này bị loại.

## problem

problem-at_cell = { $line }, cột “{ $column }”: “{ $text }”: { $what }
problem-at_row = { $line }: “{ $text }”: { $what }
problem-line = Dòng { $line }
problem-object = Đối tượng { $item } (dòng { $line })
problem-more_in_column = Và { $count } ô tương tự khác trong cột “{ $column }”, từ dòng { $line } trở đi: { $what }
problem-more_rows = Và { $count } dòng tương tự khác, từ dòng { $line } trở đi: { $what }
problem-expected-count = cần một con số, ví dụ 12,5K hoặc 10.000
problem-expected-money = cần một mức giá, ví dụ 250 hoặc $1.200
problem-expected-percent = cần một tỷ lệ phần trăm, ví dụ 4,5%
problem-expected-text = cần dạng văn bản
problem-grouping = các nhóm hàng nghìn không đủ ba chữ số; { $expected }
problem-negative = không được là số âm; { $expected }
problem-percent = dấu phần trăm ở đây không hợp lý; { $expected }
problem-no_identity = không có cả tên tài khoản lẫn tên, nên không thể phân biệt dòng này
problem-too_many_cells = có { $found } ô trong khi dòng tiêu đề có { $expected }: có dấu phẩy nào trong tên mà không nằm trong dấu ngoặc kép không?
problem-not_a_platform = cần một nền tảng như Instagram, TikTok hoặc YouTube; nền tảng của dòng này được xử lý như dòng không ghi nền tảng
problem-unclosed_quote = một dấu ngoặc kép mở ô tại đây nhưng không bao giờ đóng lại; việc đọc tiếp tục từ dòng sau

## input

input-not_a_roster = { $name } có vẻ là { $kind }, không phải danh sách. Tierwise đọc được tệp CSV, TSV, JSON và bảng tính (.xlsx, .xls, .ods).
input-workbook_unreadable = { $name }: { $reason }
input-workbook_no_sheets = tệp bảng tính không có trang tính nào
input-workbook_no_sheet = tệp bảng tính không có trang tính { $n }
input-sheet_read = Đã đọc trang tính “{ $sheet }” của { $name } ({ $n }/{ $count }).
input-sheet_skipped_empty = Các trang tính trước đó đều trống.
input-sheet_label = Trang tính
input-sheet_hidden = { $sheet } (đã ẩn)

## file

file-png = ảnh PNG
file-jpeg = ảnh JPEG
file-gif = ảnh GIF
file-webp = ảnh WebP
file-heic = ảnh HEIC
file-bmp = ảnh BMP
file-tiff = ảnh TIFF
file-pdf = tài liệu PDF
file-zip = tệp nén zip
file-gzip = tệp nén gzip
file-7z = tệp nén 7-Zip
file-rar = tệp nén RAR
file-word = tài liệu Word
file-presentation = bản trình chiếu PowerPoint
file-video = tệp video
file-audio = tệp âm thanh
file-executable = tệp chương trình
file-sqlite = cơ sở dữ liệu SQLite
file-binary = tệp nhị phân

## notice

notice-read_as-engagement_rate = “{ $column }” chứa tỷ lệ phần trăm, nên được đọc là tỷ lệ tương tác.
notice-read_as-engagements = “{ $column }” chứa các số lớn hơn { $hundred } không có dấu %, nên được đọc là lượt tương tác mỗi bài, không phải tỷ lệ.
notice-not_platforms = “{ $column }” chứa { $examples }…, không phải nền tảng: được giữ làm cột bổ sung.
notice-lifetime_by_cells = “{ $column }” chứa tổng tích lũy từ trước đến nay (thường gấp { $times } lần số người theo dõi), không phải { $field } mỗi bài: được giữ làm cột bổ sung.
notice-lifetime_by_header = “{ $column }” là tổng tích lũy trong suốt thời gian hoạt động của tài khoản, không phải { $field } mỗi bài: được giữ làm cột bổ sung.
notice-columns_combined = { $columns } không bao giờ cùng chứa { $field } trên một dòng: gộp lại sẽ có đủ số liệu này.
notice-column_chosen = Có nhiều cột cho { $field }: dùng “{ $used }” vì { $why }; các cột còn lại ({ $over }) được giữ làm cột bổ sung.
notice-why-not_lifetime = các cột kia chứa tổng tích lũy
notice-why-average = đây là giá trị trung bình mỗi bài
notice-why-more_digits = số liệu của cột này chính xác trong khi các cột kia đã làm tròn
notice-why-fuller = cột này có nhiều số liệu hơn
notice-why-first = cột này đứng trước và không có dấu hiệu nào khác để phân biệt
notice-identity_both = Dựa trên nội dung ô: “{ $handle }” chứa tên tài khoản (không có dấu cách) và “{ $name }” chứa tên hiển thị.
notice-identity_handle = Dựa trên nội dung ô: “{ $handle }” chứa tên tài khoản (không có dấu cách).
notice-identity_none = Không có cột nào chứa tên tài khoản: nhà sáng tạo được phân biệt theo tên.
notice-identity_extra = Các cột cũng ghi tên nhà sáng tạo, được giữ làm cột bổ sung: { $columns }.
notice-name_and_handle = “{ $column }” chứa “Tên @tài_khoản”: cả tên và tên tài khoản đều được lấy từ cột này.
notice-platform_from_headers = Không có cột nền tảng: { $rows } dòng được xem là { $platform } dựa trên tên cột ({ $headers }). Nếu sai, hãy đổi nền tảng cho các dòng không ghi nền tảng.
notice-platform_default = Tệp không cho biết nền tảng nào: { $rows } dòng được xem là { $platform }. Nếu sai, hãy đổi nền tảng cho các dòng không ghi nền tảng.
# $rows là một con số kèm danh từ ("1 dòng", "998 dòng"); $weaker, $fewer và $named liệt kê các nền tảng cùng những tên cột nêu tên chúng ("YouTube: “Subscribers count”; TikTok: “Tiktoker”").
notice-platform_from_headers_over_weaker = Không có cột nền tảng: { $rows } được xem là { $platform }, vì tên cột nêu rõ nền tảng này ({ $headers }). Dấu hiệu đó được ưu tiên hơn các gợi ý yếu hơn ({ $weaker }), vốn là những từ dùng chung cho nhiều nền tảng. Nếu sai, hãy đổi nền tảng cho các dòng không ghi nền tảng.
notice-platform_from_headers_over_fewer = Không có cột nền tảng: { $rows } được xem là { $platform }, vì nền tảng này được nêu trong nhiều tên cột ({ $headers }) hơn bất kỳ nền tảng nào khác ({ $fewer }). Nếu sai, hãy đổi nền tảng cho các dòng không ghi nền tảng.
notice-platform_headers_disagree = Tên cột chỉ tới nhiều hơn một nền tảng ({ $named }) và không nền tảng nào rõ ràng hơn các nền tảng còn lại: { $rows } được xem là { $platform }. Nếu sai, hãy đổi nền tảng cho các dòng không ghi nền tảng.
notice-platform_from_links = { $rows } dòng lấy nền tảng từ liên kết hồ sơ hoặc bài đăng.
notice-rate_as_fraction = “{ $column }” chứa số thập phân (0,0139 nghĩa là 1,39%): được đọc là tỷ lệ phần trăm.
notice-header_on_line = Dòng tiêu đề nằm ở dòng { $line }; các dòng phía trên không phải nhà sáng tạo.
notice-too_many_columns = Dòng đầu tiên có { $found } ô; một danh sách có tối đa { $max } cột, nên đây không phải danh sách và không có gì được đọc. Có phải cả tệp nằm trên một dòng?
notice-mapped_header_missing = Phần gán cột có nêu { $headers }, nhưng không cột nào có tiêu đề đó, nên không đọc được gì. Các cột hiện có: { $columns }.
notice-unwrapped_rows = Mỗi dòng đều bị bọc nguyên trong dấu ngoặc kép (như khi dữ liệu đi qua lại giữa một số bảng tính): đã đọc sau khi bỏ các dấu này.

## summary

summary-mixed_currencies = nhiều loại tiền tệ

## columns

columns-note-chosen = được dùng thay cho { $over }: { $why }
columns-note-not_chosen = không dùng: “{ $used }” cho { $field }, vì { $why }
columns-note-lifetime = tổng tích lũy, không phải { $field } mỗi bài: không dùng
columns-note-not_platforms = nội dung ô không phải nền tảng: không dùng
columns-note-read_as = đọc là { $field }, dựa trên nội dung ô
columns-note-handles = tên tài khoản, dựa trên nội dung ô (không có dấu cách)
columns-note-names = tên hiển thị, dựa trên nội dung ô
columns-note-name_and_handle = “Tên @tài_khoản”: lấy cả hai từ cột này
columns-note-fraction = số thập phân, đọc là tỷ lệ phần trăm
columns-note-combined = kết hợp với { $columns }: không bao giờ cùng có trên một dòng

## notice

notice-mixed_currencies = Giá được ghi bằng nhiều loại tiền tệ ({ $counts }). Mỗi giá hiển thị theo tiền tệ của nó và không được quy đổi; kế hoạch ngân sách chỉ dùng các giá cùng loại tiền tệ với ngân sách.
notice-unmarked_prices = { $count } giá không có ký hiệu tiền tệ được xem là { $currency }, giống các giá khác.
notice-not_a_roster = Đây có vẻ là { $kind }, không phải danh sách: không có gì được đọc. Tierwise đọc được tệp CSV, TSV, JSON và bảng tính (.xlsx, .xls, .ods).
notice-sheet = Đã đọc trang tính “{ $sheet }” ({ $n }/{ $count }).
notice-not_utf8 = Tệp không phải UTF-8; đã được đọc theo Windows-1252.
notice-utf16 = Tệp là văn bản UTF-16 (định dạng Excel lưu dưới tên “Văn bản Unicode”); đã được đọc đúng theo định dạng này.
notice-repaired_bytes = Các byte không hợp lệ trong UTF-8: { $bytes }, trên các dòng { $lines }. Mỗi byte được đọc là một ký tự Windows-1252 (như “é”) và phần còn lại của tệp được đọc theo UTF-8; các nhà sáng tạo trên những dòng đó được gắn cảnh báo.
notice-names_as_handles = Không có cột tên tài khoản: nhà sáng tạo được phân biệt theo tên.
notice-per_post = { $creators } dữ liệu theo từng bài đăng (mỗi bài một dòng, tổng cộng { $rows } dòng): số liệu của họ là trung bình mỗi bài, kèm trung vị.
notice-creators = { $n } nhà sáng tạo có
notice-duplicates = { $n } dòng trùng khớp hoàn toàn với một dòng phía trên nên chỉ được tính một lần.
notice-repaired = { $n } đoạn văn bản có vẻ bị giải mã sai (như “CÃ´te”) và đã được sửa.

## columns

columns-heading = Cột
columns-hint = Cách hiểu từng cột. Hãy sửa nếu có cột nào sai.
columns-header = Cột
columns-field = Đọc là
columns-select = Cột “{ $header }” chứa
columns-ignore = Không dùng (giữ làm cột bổ sung)
columns-missing = Tierwise cần { $field }: cột nào chứa thông tin này?
columns-decimal = Dấu thập phân { $mark } ({ $why })
columns-mark-dot = “.”
columns-mark-comma = “,”
columns-why-column = theo cột này
columns-why-other_columns = theo các cột khác
columns-why-delimiter = tệp phân tách bằng dấu chấm phẩy
columns-why-field_default = không ô nào quyết định được; đây là cách thường dùng cho trường này
columns-why-thousands = số đếm: “1.234” và “1,234” đều có nghĩa là 1234

## field

field-handle = tên tài khoản
field-name = tên
field-platform = nền tảng
field-followers = số người theo dõi
field-likes = lượt thích
field-comments = bình luận
field-shares = lượt chia sẻ
field-saves = lượt lưu
field-views = lượt xem
field-reach = lượt tiếp cận
field-conversions = lượt chuyển đổi (lượt nhấp, đơn hàng)
field-impressions = lượt hiển thị
field-engagements = lượt tương tác mỗi bài
field-posts = số bài đăng
field-price = giá mỗi bài
field-category = danh mục
field-country = quốc gia
field-engagement_rate = tỷ lệ tương tác (có sẵn)
field-post = mã, liên kết hoặc ngày của bài đăng

## flag

flag-er_very_low = ER { $er } thấp hơn nhiều so với mức chuẩn { $low }: người theo dõi không hoạt động hay được mua?
flag-er_very_high = ER { $er } cao hơn nhiều so với mức chuẩn { $high }: nhóm tương tác chéo (engagement pod), hay số người theo dõi bị nhập sai?
# Hai cảnh báo tương tự cho ER tính theo lượt xem hoặc lượt tiếp cận: số người theo dõi không có trong tỷ lệ này, nên câu chữ không được quy lỗi cho người theo dõi.
flag-er_very_low_views = ER { $er } thấp hơn nhiều so với mức chuẩn { $low }: lượt xem không chuyển thành lượt thích hay bình luận (lượt xem được mua, hay người xem chỉ lướt qua)?
flag-er_very_high_views = ER { $er } cao hơn nhiều so với mức chuẩn { $high }: nhóm tương tác chéo (engagement pod), lượt thích được mua, hay số lượt xem bị nhập sai?
flag-comment_ratio = { $ratio } bình luận trên { $hundred } lượt thích, nằm ngoài khoảng bình thường { $low }–{ $high } ({ $source }).
flag-likes_hidden = Chỉ { $likes } lượt thích so với lượng người theo dõi này: có thể lượt thích đã bị ẩn.
flag-views_below_likes = Lượt xem ({ $views }) ít hơn lượt thích ({ $likes }).
flag-engagements_above_followers = Lượt tương tác mỗi bài ({ $engagements }) nhiều hơn số người theo dõi ({ $followers }).
flag-duplicate = Trùng khớp hoàn toàn với dòng { $lines }: chỉ tính một lần.

## list

list-more = { $shown } và { $n } mục khác

## flag

flag-conflicting_rows = Xuất hiện ở các dòng { $lines } với số người theo dõi khác nhau: dùng giá trị ở dòng cuối.
flag-no_followers = Không có số người theo dõi: không xếp hạng.
flag-repaired_text = Văn bản đã được sửa do sai bảng mã.

## cli

cli-usage =
    cách dùng: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]
    {"  "}[--format jsonl|csv] [--map "HEADER=FIELD,…"] [--sheet NAME|N]
    {"           "}tierwise split FILE|- --budget AMOUNT … (tierwise split --help)
    thang phân hạng: seeds, broad-micro, hypeauditor, later-fohr, hootsuite
    nền tảng (cho các dòng không ghi nền tảng; mặc định lấy theo từ ngữ trong tệp, nếu không thì instagram): instagram, tiktok, youtube
    các trường cho --map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,
    {"  "}engagements, posts, price, category, country, engagement_rate, post, conversions, hoặc ignore
    tệp: CSV, TSV, JSON, JSON Lines, .xlsx, .xls, .ods (--sheet chọn một trang tính; mặc định: trang đầu tiên có dữ liệu)
cli-split_usage =
    cách dùng: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions
    {"  "}[--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]
    {"  "}[--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
    {"  "}[--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]
    {"  "}[--scheme NAME] [--platform NAME] [--currency SIGN]
    mã thoát: 0 có kế hoạch, 1 không đọc được gì, 2 tham số sai, 3 không kế hoạch nào đáp ứng các ràng buộc
cli-split_summary = tierwise: kế hoạch ({ $strategy }): { $creators } nhà sáng tạo, { $posts } bài đăng, đã chi { $spend } / { $budget }, { $objective } dự kiến: { $value }
cli-split_gap = tierwise: chênh không quá { $gap } so với kế hoạch tốt nhất có thể (cận trên { $bound })
cli-split_all_estimated = tierwise: mọi giá đều là ước tính từ bảng giá ({ $source }): hãy cung cấp cột giá để lập kế hoạch theo giá thực
cli-split_conflicts = tierwise: không kế hoạch nào đáp ứng mọi ràng buộc:
cli-columns = tierwise: các cột (thay đổi bằng --map "HEADER=FIELD,…"):
cli-column = {"  "}“{ $header }” → { $what }
# Một tiêu đề xuất hiện hai lần trong tệp, được phân biệt bằng số thứ tự của cột (1 là cột đầu tiên).
cli-column_numbered = {"  "}“{ $header }” (cột { $number }) → { $what }
cli-column_mapped = { $field } (theo --map)
cli-column_ignored = bỏ qua (theo --map)
cli-column_extra = không dùng (giữ làm cột bổ sung)
cli-nothing_read = tierwise: không đọc được nhà sáng tạo nào từ { $file }
cli-missing = tierwise: không nhận ra cột nào cho { $field }; các cột: { $columns }
cli-summary = tierwise: { $creators } nhà sáng tạo từ { $rows } dòng, { $problems } lỗi
# Lỗi trong các tham số dòng lệnh. `{ $option }` là tên của tùy chọn (budget, map…).
# Danh sách khoảng tỷ trọng (--tier-mix micro=60..80), một khoảng (--posts 1..3) hoặc một mức trần (--max-per-creator 20%)
# không đọc được; `{ $text }` là nội dung đã nhập.
band_error-not_a_pair = cần NAME=MIN..MAX, nhưng nhận được “{ $text }”
band_error-unknown_name = “{ $text }” không phải là hạng hay nền tảng nào
band_error-not_a_percentage = “{ $text }”: tỷ lệ phần trăm phải từ { $zero } đến { $hundred }
band_error-not_a_number = cần một số, nhưng nhận được “{ $text }”
band_error-min_above_max = “{ $text }”: mức tối thiểu cao hơn mức tối đa
band_error-not_a_cap = cần 20% hoặc một số tiền, nhưng nhận được “{ $text }”
cli-error-bad_value = --{ $option }: giá trị không phải là văn bản hợp lệ
cli-error-unknown = --{ $option }: không nhận ra giá trị “{ $value }”; cần một trong các giá trị: { $choices }
cli-error-expected = --{ $option }: cần { $what }, nhưng nhận được “{ $value }”
cli-error-required = thiếu tùy chọn bắt buộc --{ $option }
cli-error-not_a_workbook = --sheet: tệp này không phải là tệp bảng tính
cli-error-no_sheet = --sheet: không có trang tính “{ $sheet }”; các trang tính hiện có: { $sheets }
cli-expected-amount = một số tiền lớn hơn { $zero }
cli-expected-whole_number = một số nguyên
cli-expected-percentage = một tỷ lệ phần trăm
cli-expected-posts = các số nguyên, ví dụ 1..3
