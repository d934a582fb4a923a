layout-then = . { $text }
layout-more = … và { $n } mục khác
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = Đang tải Tierwise…
