layout-then = . { $text }
layout-more = … و{ $n } غيرها
layout-file_kb = { $name } ({ $size } كيلوبايت)

layout-aside = ({ $text })
layout-loading = جارٍ تحميل Tierwise…
