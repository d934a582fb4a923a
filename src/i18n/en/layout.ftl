# Joiners and small layouts: how this language puts a sentence after another, counts
# what was left unlisted, and writes a file's size.

# A second sentence after the first (a problem, then what was done about it).
layout-then = . { $text }
# After a shortened list: how many more there are.
layout-more = … and { $n } more
# A file's name and its size in kilobytes.
layout-file_kb = { $name } ({ $size } KB)
# A remark in brackets after a value.
layout-aside = ({ $text })

# Shown before the app has loaded (static/boot.js carries a copy: tests/boot.rs keeps them equal).
layout-loading = Loading Tierwise…

# Between the parts of the status line: 40 creators · Tier scheme: Shopify · Sorted by…
layout-status_joiner = {" · "}
# A remark after a caption or heading: Creators — Showing 40 of 40
layout-dash_aside = {" — "}{ $text }
