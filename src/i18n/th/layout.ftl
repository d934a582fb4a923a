# Thai puts a space, not a full stop, between sentences.
layout-then = {" "}{ $text }
layout-more = … และอีก { $n } รายการ
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = กำลังโหลด Tierwise…
