# Columns named in sentences. A header written twice is told apart by its column's
# number ($n, in the locale's digits).
columns-numbered = { $header } (column { $n })
