## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = not valid JSON: unexpected character at line { $line }, column { $column }
errors-json-eof = not valid JSON: the text ends before the value is complete, at line { $line }, column { $column }
errors-json-data = JSON whose value cannot be read (a number too large or a value of the wrong kind) at line { $line }, column { $column }
errors-json-io = the JSON could not be read to the end: stopped at line { $line }, column { $column }
errors-json-not_an_object = valid JSON, but not an object with named fields (line { $line }, column { $column })

## files and workbooks. $file is the file name as typed.
errors-file-not_found = { $file }: no such file
errors-file-denied = { $file }: permission to read it is denied
errors-file-directory = { $file }: this is a folder, not a file
errors-file-unreadable = { $file }: the file could not be read
errors-workbook-unreadable = the workbook could not be read: it may be damaged, password-protected or not a spreadsheet
errors-workbook-no_sheets = the workbook has no worksheet
errors-workbook-no_such_sheet = the workbook has no sheet { $sheet }

## the command line. $option is an option's name as typed (--scheme), $value what followed it.
cli-error-unknown_command = unknown command “{ $command }”; the commands are analyze, split and bench
cli-error-needs_tier_mix = the tier-mix strategy needs --tier-mix
cli-error-missing_value = { $option } needs a value
cli-error-missing_value_any = an option needs a value
cli-error-unexpected_option = unknown option { $option }
cli-error-unexpected_argument = unexpected argument “{ $value }”
cli-error-unexpected_value = { $option } takes no value, found “{ $value }”
cli-error-not_unicode = “{ $value }” is not valid text
cli-error-parse_failed = “{ $value }” cannot be read
cli-error-bad_command_line = the command line cannot be read
cli-error-write = the results could not be written to the output
errors-workbook-no_reader = this version of the page cannot read workbooks
errors-workbook-notice = Workbook: { $reason }.
