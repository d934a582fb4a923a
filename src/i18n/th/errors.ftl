## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = ไม่ใช่ JSON ที่ถูกต้อง: พบอักขระที่ไม่คาดคิดที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-eof = ไม่ใช่ JSON ที่ถูกต้อง: ข้อความจบก่อนค่าจะครบ ที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-data = อ่านค่า JSON ไม่ได้ (ตัวเลขใหญ่เกินไปหรือค่าผิดประเภท) ที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-io = อ่าน JSON ไม่จบ: หยุดที่บรรทัด { $line } คอลัมน์ { $column }
errors-json-not_an_object = เป็น JSON ที่ถูกต้อง แต่ไม่ใช่ออบเจ็กต์ที่มีชื่อฟิลด์ (บรรทัด { $line } คอลัมน์ { $column })
