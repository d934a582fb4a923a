## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = ليس JSON صالحًا: حرف غير متوقع في السطر { $line }، العمود { $column }
errors-json-eof = ليس JSON صالحًا: ينتهي النص قبل اكتمال القيمة، في السطر { $line }، العمود { $column }
errors-json-data = قيمة JSON لا يمكن قراءتها (رقم كبير جدًا أو قيمة من نوع غير صحيح) في السطر { $line }، العمود { $column }
errors-json-io = تعذّرت قراءة JSON حتى نهايته: توقفت القراءة في السطر { $line }، العمود { $column }
errors-json-not_an_object = JSON صالح، لكنه ليس كائنًا بحقول مسمّاة (السطر { $line }، العمود { $column })

## files and workbooks. $file is the file name as typed.
errors-file-not_found = { $file }: لا يوجد ملف بهذا الاسم
errors-file-denied = { $file }: لا توجد صلاحية لقراءته
errors-file-directory = { $file }: هذا مجلد وليس ملفًا
errors-file-unreadable = { $file }: تعذّرت قراءة الملف
errors-workbook-unreadable = تعذّرت قراءة المصنف: ربما يكون تالفًا أو محميًا بكلمة مرور أو ليس جدول بيانات
errors-workbook-no_sheets = لا يحتوي المصنف على أي ورقة عمل
errors-workbook-no_such_sheet = لا توجد في المصنف ورقة رقم { $sheet }

## the command line. $option is an option's name as typed (--scheme), $value what followed it.
cli-error-unknown_command = أمر غير معروف «{ $command }»؛ الأوامر المتاحة: analyze وsplit وbench
cli-error-needs_tier_mix = استراتيجية tier-mix تحتاج إلى --tier-mix
cli-error-missing_value = يحتاج { $option } إلى قيمة
cli-error-missing_value_any = أحد الخيارات يحتاج إلى قيمة
cli-error-unexpected_option = خيار غير معروف { $option }
cli-error-unexpected_argument = وسيط غير متوقع «{ $value }»
cli-error-unexpected_value = لا يأخذ { $option } قيمة، لكن وُجد «{ $value }»
cli-error-not_unicode = «{ $value }» ليس نصًا صالحًا
cli-error-parse_failed = تعذّرت قراءة «{ $value }»
cli-error-bad_command_line = تعذّرت قراءة سطر الأوامر
cli-error-write = تعذّرت كتابة النتائج إلى المخرجات
errors-workbook-no_reader = لا يستطيع هذا الإصدار من الصفحة قراءة المصنفات
errors-workbook-notice = المصنف: { $reason }.
