## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = niepoprawny JSON: nieoczekiwany znak (wiersz { $line }, kolumna { $column })
errors-json-eof = niepoprawny JSON: tekst kończy się przed końcem wartości (wiersz { $line }, kolumna { $column })
errors-json-data = nie da się odczytać wartości JSON: zbyt duża liczba lub wartość złego typu (wiersz { $line }, kolumna { $column })
errors-json-io = nie udało się odczytać JSON do końca: przerwano (wiersz { $line }, kolumna { $column })
errors-json-not_an_object = poprawny JSON, ale nie obiekt z nazwanymi polami (wiersz { $line }, kolumna { $column })
