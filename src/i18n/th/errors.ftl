## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = ไม่ใช่ JSON ที่ถูกต้อง: พบอักขระที่ไม่คาดคิดที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-eof = ไม่ใช่ JSON ที่ถูกต้อง: ข้อความจบก่อนค่าจะครบ ที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-data = อ่านค่า JSON ไม่ได้ (ตัวเลขใหญ่เกินไปหรือค่าผิดประเภท) ที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-io = อ่าน JSON ไม่จบ: หยุดที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-not_an_object = เป็น JSON ที่ถูกต้อง แต่ไม่ใช่ออบเจ็กต์ที่มีชื่อฟิลด์ (บรรทัด { $line } คอลัมน์ { $column })

## files and workbooks. $file is the file name as typed.
errors-file-not_found = { $file }: ไม่พบไฟล์นี้
errors-file-denied = { $file }: ไม่มีสิทธิ์อ่านไฟล์
errors-file-directory = { $file }: นี่คือโฟลเดอร์ ไม่ใช่ไฟล์
errors-file-unreadable = { $file }: อ่านไฟล์ไม่ได้
errors-workbook-unreadable = อ่านเวิร์กบุ๊กไม่ได้: ไฟล์อาจเสียหาย มีรหัสผ่าน หรือไม่ใช่สเปรดชีต
errors-workbook-no_sheets = เวิร์กบุ๊กไม่มีเวิร์กชีตเลย
errors-workbook-no_such_sheet = เวิร์กบุ๊กไม่มีชีตที่ { $sheet }

## the command line. $option is an option's name as typed (--scheme), $value what followed it.
cli-error-unknown_command = ไม่รู้จักคำสั่ง “{ $command }” คำสั่งที่มีคือ analyze, split และ bench
cli-error-needs_tier_mix = กลยุทธ์ tier-mix ต้องใช้ --tier-mix
cli-error-missing_value = { $option } ต้องมีค่า
cli-error-missing_value_any = ตัวเลือกหนึ่งต้องมีค่า
cli-error-unexpected_option = ไม่รู้จักตัวเลือก { $option }
cli-error-unexpected_argument = อาร์กิวเมนต์ที่ไม่คาดคิด “{ $value }”
cli-error-unexpected_value = { $option } ไม่รับค่า แต่พบ “{ $value }”
cli-error-not_unicode = “{ $value }” ไม่ใช่ข้อความที่ถูกต้อง
cli-error-parse_failed = อ่าน “{ $value }” ไม่ได้
cli-error-bad_command_line = อ่านบรรทัดคำสั่งไม่ได้
cli-error-write = เขียนผลลัพธ์ไปยังเอาต์พุตไม่ได้
errors-workbook-no_reader = หน้าเวอร์ชันนี้อ่านเวิร์กบุ๊กไม่ได้
errors-workbook-notice = เวิร์กบุ๊ก: { $reason }
