"""Reading office spreadsheets: header rows, column names, marks, encodings."""

from __future__ import annotations

_SAVE_AS_UTF8_VI = (
    "mở tệp trong Excel, chọn Tệp (File) > Lưu thành (Save As), ở ô Kiểu tệp (Save as type)"
    ' chọn "CSV UTF-8 (Comma delimited) (*.csv)" rồi bấm Lưu (Save)'
)
_SAVE_AS_UTF8_EN = (
    "open the file in Excel, choose File > Save As, set Save as type to"
    ' "CSV UTF-8 (Comma delimited) (*.csv)" and click Save'
)

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    # The header: where it is and what its columns name
    "sheets.empty_file": (
        "tệp trống; lệnh `ntm template` tạo một tệp mẫu để điền",
        "file is empty; see `ntm template` for a starting point",
    ),
    "sheets.title_without_header": (
        "dòng này là tiêu đề ({title}) nhưng bên dưới không có dòng tên cột; thêm một dòng"
        " tên cột có ít nhất Tên xã và Năm ngay trên các dòng số liệu",
        "this row is a title ({title}) with no header row below it; add a header row naming"
        " at least Tên xã (commune) and Năm (year) just above the data rows",
    ),
    "sheets.empty_header": (
        "ô tên cột bị trống (hoặc là phần của một ô gộp); đặt tên riêng cho từng cột: Tên xã,"
        " Năm, mã chỉ tiêu như 14.2, hoặc TC6",
        "header cell is empty (or part of a merged cell); give every column its own header:"
        " Tên xã (commune), Năm (year), an indicator id such as 14.2, or TC6",
    ),
    "sheets.unknown_column": (
        "không rõ cột '{name}'; dùng một trong các tên: Tên xã, Huyện, Tỉnh, Vùng, Nhóm xã,"
        " Năm, Mã xã, TC1 (trạng thái tiêu chí 1), 1.1 (chỉ tiêu 1.1), hoặc 14.3.achieved"
        " và 14.3.total (đếm)",
        "unknown column '{name}'; expected one of: commune (Tên xã), district (Huyện),"
        " province (Tỉnh), region (Vùng), group (Nhóm xã), year (Năm), code (Mã xã),"
        " a criterion status (TC1), an indicator id (1.1), or a count (14.3.achieved,"
        " 14.3.total)",
    ),
    "sheets.unknown_column_hint": (
        "không rõ cột '{name}'; đổi tên thành '{hint}' nếu cột này là {hint}",
        "unknown column '{name}'; rename it '{hint}' if that is what it holds",
    ),
    "sheets.repeated_column": (
        "cột '{name}' trùng với cột {first}; giữ một cột",
        "column '{name}' repeats column {first}; keep one",
    ),
    "sheets.missing_column": (
        "thiếu cột bắt buộc {name} ({column})",
        "missing required column '{column}' ({name})",
    ),
    "sheets.count_needs_both": (
        "số đếm cần cả hai cột {id}.achieved và {id}.total",
        "a count needs both {id}.achieved and {id}.total columns",
    ),
    "sheets.headers_disagree": (
        "hai dòng tên cột không khớp: ô trên ghi '{top}', ô dưới ghi '{bottom}'; sửa một"
        " trong hai ô cho cùng một tiêu chí",
        "the two header rows disagree: the cell above says '{top}', this one '{bottom}';"
        " correct one of them so both name the same criterion",
    ),
    # Columns and rows that hold no commune data
    "sheets.skipped": (
        "ghi chú: bỏ qua các cột không chứa số liệu của xã (số thứ tự, tổng, công thức): {names}",
        "note: columns that hold no commune data (row numbers, totals, formulas) are"
        " skipped: {names}",
    ),
    "sheets.total_row": (
        "ghi chú: bỏ qua dòng tổng '{name}'",
        "note: the total row '{name}' is skipped",
    ),
    # Encodings of CSV files
    "sheets.not_vietnamese": (
        "tệp không phải UTF-8 và byte 0x{byte:02x} không phải chữ tiếng Việt theo bảng mã"
        " Windows-1258; lưu lại tệp dạng CSV UTF-8: " + _SAVE_AS_UTF8_VI,
        "the file is not UTF-8, and byte 0x{byte:02x} is not Vietnamese text in"
        " Windows-1258; save the file as CSV UTF-8: " + _SAVE_AS_UTF8_EN,
    ),
    "sheets.bad_utf16": (
        "tệp UTF-16 bị hỏng (số byte lẻ hoặc ký tự không hợp lệ); lưu lại tệp dạng CSV UTF-8: "
        + _SAVE_AS_UTF8_VI,
        "the UTF-16 file is damaged (an odd number of bytes or an invalid character); save"
        " the file as CSV UTF-8: " + _SAVE_AS_UTF8_EN,
    ),
    # Values
    "sheets.percent_fraction": (
        "{value} ở ô {cell}: ý bạn là {percent}%? Các ô khác của cột này ghi số phần trăm;"
        " gõ {percent} hoặc {percent}%",
        "{value} in cell {cell}: did you mean {percent}%? The column's other cells hold"
        " percentages; type {percent} or {percent}%",
    ),
    # --empty-status
    "sheets.help_empty_status": (
        "Ô trạng thái tiêu chí (TC1…) để trống trong bảng tính: not-given = chưa cho biết"
        " (mặc định), unmet = chưa đạt.",
        "An empty criterion status cell (TC1…) of a sheet: not-given = not given (the"
        " default), unmet = chưa đạt (not met).",
    ),
    # What the XLSX template says about a percent column (shown when a cell is selected)
    "sheets.percent_prompt_title": ("Số phần trăm", "A percentage"),
    "sheets.percent_prompt": (
        "Gõ số phần trăm từ 0 đến 100: 93,2 (hoặc 93,2%) cho 93,2%. Không gõ 0,932.",
        "Type the percentage from 0 to 100: 93.2 (or 93.2%) for 93.2%. Not 0.932.",
    ),
    "sheets.percent_check": (
        "Nhập số phần trăm từ 0 đến 100, ví dụ 93,2 (hoặc 93,2%) cho 93,2%; không gõ 0,932.",
        "Enter a percentage from 0 to 100, e.g. 93.2 (or 93.2%) for 93.2%; not 0.932.",
    ),
    # Data for indicators a set does not list (kept and shown, never scored)
    "notice.unlisted_declared": (
        "chưa chấm {ids}: bộ tiêu chí này không liệt kê (đủ) các chỉ tiêu của tiêu chí"
        " {criterion}; dùng kết quả đã khai của tiêu chí",
        "not scored {ids}: this set does not list (all of) criterion {criterion}'s"
        " indicators; its declared status is used",
    ),
    "notice.unlisted": (
        "chưa chấm {ids}: bộ tiêu chí này không liệt kê (đủ) các chỉ tiêu của tiêu chí"
        " {criterion}; ghi kết quả đã đánh giá của tiêu chí (cột TC{criterion})",
        "not scored {ids}: this set does not list (all of) criterion {criterion}'s"
        " indicators; give the criterion's assessed status (column TC{criterion})",
    ),
}
