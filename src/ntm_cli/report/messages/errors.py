"""Input and usage errors and warnings, with the fix they suggest."""

from __future__ import annotations

# key -> (Vietnamese, English). Errors are raised as said("error.…", field=value) in the
# lower layers and written in the user's language by report.messages.say().
PHRASES: dict[str, tuple[str, str]] = {
    # How many places and problems a file has (model/errors.condensed)
    "error.same_elsewhere": (
        "{problem} (lỗi này lặp lại ở {count} chỗ khác: {places}, …)",
        "{problem} (the same in {count} more places: {places}, …)",
    ),
    "error.more_problems": (
        "còn {count} lỗi khác trong tệp này chưa được liệt kê (chỉ liệt kê {shown} lỗi đầu);"
        " sửa các lỗi đó rồi chạy lại ntm",
        "{count} more problems in this file are not listed (the first {shown} are);"
        " fix those and run ntm again",
    ),
    "error.left_out": ("lược bớt {count} ký tự", "{count} characters left out"),
    # Output files (report/atomic.py); {reason} is the system's own words
    "error.write_bad_name": (
        "{path}: không ghi được ở đây: {reason}; hãy chọn tên ngắn hơn hoặc đơn giản hơn",
        "{path}: cannot write here: {reason}; choose a shorter or simpler name",
    ),
    "error.write_folder": (
        "{path}: là một thư mục; hãy cho tên tệp cần ghi",
        "{path}: is a folder; give a file name to write",
    ),
    "error.write_exists": (
        "{path}: tệp đã có; thêm --force để ghi đè",
        "{path}: file exists; add --force to overwrite it",
    ),
    "error.write_no_folder": (
        "{path}: thư mục không tồn tại",
        "{path}: folder does not exist",
    ),
    "error.write_here": (
        "{path}: không ghi được ở đây: {reason}",
        "{path}: cannot write here: {reason}",
    ),
    "error.write_failed": (
        "{path}: ghi tệp không được: {reason}",
        "{path}: cannot write: {reason}",
    ),
    # Command-line requests
    "error.xlsx_needs_output": (
        "--format xlsx ghi ra một bảng tính: thêm --output TỆP.xlsx",
        "--format xlsx writes a workbook: add --output FILE.xlsx",
    ),
}
