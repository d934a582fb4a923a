layout-then = . { $text }
layout-more = … i jeszcze { $n }
layout-file_kb = { $name } ({ $size } KB)

layout-aside = ({ $text })
layout-loading = Wczytywanie Tierwise…
