layout-then = . { $text }
layout-more = … و{ $n } غيرها
layout-file_kb = { $name } ({ $size } كيلوبايت)

layout-aside = ({ $text })
layout-loading = جارٍ تحميل Tierwise…

# Between the parts of the status line: 40 creators · Tier scheme: Shopify · Sorted by…
layout-status_joiner = {" · "}
# A remark after a caption or heading: Creators — Showing 40 of 40
layout-dash_aside = {" — "}{ $text }
