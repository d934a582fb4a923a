# Thai puts a space, not a full stop, between sentences.
layout-then = {" "}{ $text }
layout-more = … และอีก { $n } รายการ
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = กำลังโหลด Tierwise…

# Between the parts of the status line: 40 creators · Tier scheme: Shopify · Sorted by…
layout-status_joiner = {" · "}
# A remark after a caption or heading: Creators — Showing 40 of 40
layout-dash_aside = {" — "}{ $text }
