layout-then = . { $text }
layout-more = … và { $n } mục khác
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = Đang tải Tierwise…

# Between the parts of the status line: 40 creators · Tier scheme: Shopify · Sorted by…
layout-status_joiner = {" · "}
# A remark after a caption or heading: Creators — Showing 40 of 40
layout-dash_aside = {" — "}{ $text }
