## errors: faults reported by libraries (JSON reader…) and by the CLI, said from typed values.
# $line and $column are formatted numbers: where in the pasted text or file the fault is.

errors-json-syntax = không phải JSON hợp lệ: ký tự không mong đợi ở dòng { $line }, cột { $column }
errors-json-eof = không phải JSON hợp lệ: văn bản kết thúc trước khi giá trị hoàn chỉnh, ở dòng { $line }, cột { $column }
errors-json-data = giá trị JSON không đọc được (số quá lớn hoặc giá trị sai kiểu) ở dòng { $line }, cột { $column }
errors-json-io = không thể đọc JSON đến hết: dừng ở dòng { $line }, cột { $column }
errors-json-not_an_object = JSON hợp lệ nhưng không phải một đối tượng có các trường được đặt tên (dòng { $line }, cột { $column })

## files and workbooks. $file is the file name as typed.
errors-file-not_found = { $file }: không có tệp này
errors-file-denied = { $file }: không có quyền đọc tệp
errors-file-directory = { $file }: đây là thư mục, không phải tệp
errors-file-unreadable = { $file }: không thể đọc tệp
errors-workbook-unreadable = không thể đọc sổ làm việc: tệp có thể bị hỏng, được bảo vệ bằng mật khẩu hoặc không phải bảng tính
errors-workbook-no_sheets = sổ làm việc không có trang tính nào
errors-workbook-no_such_sheet = sổ làm việc không có trang tính số { $sheet }

## the command line. $option is an option's name as typed (--scheme), $value what followed it.
cli-error-unknown_command = lệnh không xác định “{ $command }”; các lệnh là analyze, split và bench
cli-error-needs_tier_mix = chiến lược tier-mix cần có --tier-mix
cli-error-missing_value = { $option } cần một giá trị
cli-error-missing_value_any = một tùy chọn cần có giá trị
cli-error-unexpected_option = tùy chọn không xác định { $option }
cli-error-unexpected_argument = đối số không mong đợi “{ $value }”
cli-error-unexpected_value = { $option } không nhận giá trị, nhưng có “{ $value }”
cli-error-not_unicode = “{ $value }” không phải văn bản hợp lệ
cli-error-parse_failed = không đọc được “{ $value }”
cli-error-bad_command_line = không đọc được dòng lệnh
cli-error-write = không thể ghi kết quả ra đầu ra
errors-workbook-no_reader = phiên bản này của trang không đọc được sổ làm việc
errors-workbook-notice = Sổ làm việc: { $reason }.
