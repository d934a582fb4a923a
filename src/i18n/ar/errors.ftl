## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = ليس JSON صالحًا: حرف غير متوقع في السطر { $line }، العمود { $column }
errors-json-eof = ليس JSON صالحًا: ينتهي النص قبل اكتمال القيمة، في السطر { $line }، العمود { $column }
errors-json-data = قيمة JSON لا يمكن قراءتها (رقم كبير جدًا أو قيمة من نوع غير صحيح) في السطر { $line }، العمود { $column }
errors-json-io = تعذّرت قراءة JSON حتى نهايته: توقفت القراءة في السطر { $line }، العمود { $column }
errors-json-not_an_object = JSON صالح، لكنه ليس كائنًا بحقول مسمّاة (السطر { $line }، العمود { $column })
