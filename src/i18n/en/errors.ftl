## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = not valid JSON: unexpected character at line { $line }, column { $column }
errors-json-eof = not valid JSON: the text ends before the value is complete, at line { $line }, column { $column }
errors-json-data = JSON whose value cannot be read (a number too large or a value of the wrong kind) at line { $line }, column { $column }
errors-json-io = the JSON could not be read to the end: stopped at line { $line }, column { $column }
errors-json-not_an_object = valid JSON, but not an object with named fields (line { $line }, column { $column })
