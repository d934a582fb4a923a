## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = niepoprawny JSON: nieoczekiwany znak (wiersz { $line }, kolumna { $column })
errors-json-eof = niepoprawny JSON: tekst kończy się przed końcem wartości (wiersz { $line }, kolumna { $column })
errors-json-data = nie da się odczytać wartości JSON: zbyt duża liczba lub wartość złego typu (wiersz { $line }, kolumna { $column })
errors-json-io = nie udało się odczytać JSON do końca: przerwano (wiersz { $line }, kolumna { $column })
errors-json-not_an_object = poprawny JSON, ale nie obiekt z nazwanymi polami (wiersz { $line }, kolumna { $column })

## files and workbooks. $file is the file name as typed.
errors-file-not_found = { $file }: nie ma takiego pliku
errors-file-denied = { $file }: brak uprawnień do odczytu
errors-file-directory = { $file }: to folder, a nie plik
errors-file-unreadable = { $file }: nie udało się odczytać pliku
errors-workbook-unreadable = nie udało się odczytać skoroszytu: może być uszkodzony, chroniony hasłem albo nie jest arkuszem kalkulacyjnym
errors-workbook-no_sheets = skoroszyt nie ma żadnego arkusza
errors-workbook-no_such_sheet = skoroszyt nie ma arkusza nr { $sheet }

## the command line. $option is an option's name as typed (--scheme), $value what followed it.
cli-error-unknown_command = nieznane polecenie „{ $command }”; dostępne polecenia to analyze, split i bench
cli-error-needs_tier_mix = strategia tier-mix wymaga opcji --tier-mix
cli-error-missing_value = { $option } wymaga wartości
cli-error-missing_value_any = jedna z opcji wymaga wartości
cli-error-unexpected_option = nieznana opcja { $option }
cli-error-unexpected_argument = nieoczekiwany argument „{ $value }”
cli-error-unexpected_value = { $option } nie przyjmuje wartości, a podano „{ $value }”
cli-error-not_unicode = „{ $value }” nie jest poprawnym tekstem
cli-error-parse_failed = nie da się odczytać „{ $value }”
cli-error-bad_command_line = nie da się odczytać wiersza poleceń
cli-error-write = nie udało się zapisać wyników na wyjście
errors-workbook-no_reader = ta wersja strony nie odczytuje skoroszytów
errors-workbook-notice = Skoroszyt: { $reason }.
