"""Printable reports: the A4 annex, the Word document and workbook print setup."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    # Heading block of every printable report
    "annex.batch_title": (
        "Kết quả đánh giá mức độ đạt tiêu chí nông thôn mới của các xã",
        "New rural (NTM) criteria met by each commune",
    ),
    "annex.commune_title": (
        "Kết quả đánh giá tiêu chí nông thôn mới — {commune}",
        "New rural (NTM) criteria assessment — {commune}",
    ),
    "annex.province": ("Tỉnh, thành phố", "Province"),
    "annex.year": ("Năm đánh giá", "Year assessed"),
    "annex.set": ("Bộ tiêu chí", "Criteria set"),
    "annex.decision": ("Quyết định số {number}", "Decision {number}"),
    "annex.dated": ("ngày {date}", "of {date}"),
    "annex.n_provinces": ("{n} tỉnh, thành phố", "{n} provinces"),
    "annex.run_date": ("Ngày lập báo cáo", "Report date"),
    "annex.version": ("Lập bằng", "Made with"),
    "annex.page": ("Trang", "Page"),
    # The commune × criteria matrix
    "annex.matrix": ("Bảng tổng hợp kết quả từng xã theo tiêu chí", "Each commune by criterion"),
    "annex.number": ("STT", "No."),
    "annex.criteria_met": ("Số TC đạt", "Met"),
    "annex.legend": ("Ký hiệu", "Key"),
    "annex.criteria_key": ("Tiêu chí", "Criteria"),
    "annex.no_criterion": (
        "ô trống: bộ tiêu chí của xã không có tiêu chí này",
        "blank: the commune's set has no such criterion",
    ),
    "annex.sheet_matrix": ("Ma trận", "Matrix"),
    "annex.sheet_indicators": ("Chỉ tiêu", "Indicators"),
    "annex.needs_output": (
        "--format {fmt} ghi ra tệp: thêm --output TỆP.{fmt}",
        "--format {fmt} writes a file: add --output FILE.{fmt}",
    ),
    "annex.groups": ("Tổng hợp theo địa bàn", "By area"),
    "annex.record": ("Thông tin lần chạy", "Run record"),
    "annex.no_details": (
        "Chi tiết từng xã được lược bỏ (--no-details).",
        "Commune details left out (--no-details).",
    ),
    # --help of the options of printable reports
    "annex.help_no_details": (
        "Báo cáo HTML/Word: bỏ phần chi tiết từng xã (chỉ in tóm tắt, bảng tổng hợp xã ×"
        " tiêu chí và biểu đồ).",
        "HTML/Word report: leave out each commune's details (print the summary, the commune"
        " × criteria matrix and the charts only).",
    ),
    "annex.help_sep": (
        "Dấu phân cách cột của CSV: ';' hoặc ','. Mặc định: tệp --output theo ngôn ngữ (';'"
        " với vi cho Excel tiếng Việt, số dùng dấu phẩy thập phân; ',' với en), đầu ra chuẩn"
        " ',' cho script. Tệp CSV luôn là UTF-8 có BOM.",
        "CSV column separator: ';' or ','. Default: an --output file follows the language"
        " (';' for vi, for Vietnamese Excel, with decimal commas; ',' for en); standard"
        " output ',' for scripts. CSV files are always UTF-8 with a BOM.",
    ),
}
