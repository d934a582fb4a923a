## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = không phải JSON hợp lệ: ký tự không mong đợi ở dòng { $line }, cột { $column }
errors-json-eof = không phải JSON hợp lệ: văn bản kết thúc trước khi giá trị hoàn chỉnh, ở dòng { $line }, cột { $column }
errors-json-data = giá trị JSON không đọc được (số quá lớn hoặc giá trị sai kiểu) ở dòng { $line }, cột { $column }
errors-json-io = không thể đọc JSON đến hết: dừng ở dòng { $line }, cột { $column }
errors-json-not_an_object = JSON hợp lệ nhưng không phải một đối tượng có các trường được đặt tên (dòng { $line }, cột { $column })
