layout-then = . { $text }
layout-more = … i jeszcze { $n }
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = Wczytywanie Tierwise…

# Between the parts of the status line: 40 creators · Tier scheme: Shopify · Sorted by…
layout-status_joiner = {" · "}
# A remark after a caption or heading: Creators — Showing 40 of 40
layout-dash_aside = {" — "}{ $text }
