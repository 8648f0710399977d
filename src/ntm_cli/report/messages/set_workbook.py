"""Completing a criteria set: the set workbook, its import and completeness."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    "setbook.sheet_table": ("Bộ tiêu chí", "Criteria set"),
    "setbook.sheet_how": ("Hướng dẫn", "How to fill in"),
    "setbook.title": (
        "Bảng hoàn thiện bộ tiêu chí {set} ({decision}) — {name}. Điền các ô tô vàng theo"
        " văn bản của đơn vị; xem trang Hướng dẫn.",
        "Workbook to complete the criteria set {set} ({decision}) — {name}. Fill in the"
        " yellow cells from your office's document; see the sheet How to fill in.",
    ),
    "setbook.meta_set": ("Bộ tiêu chí gốc (không sửa)", "Set completed (do not change)"),
    "setbook.meta_language": ("Ngôn ngữ của bảng", "Language of this workbook"),
    "setbook.meta_document": (
        "Số, ký hiệu văn bản trích dẫn (bắt buộc)",
        "Number of the document cited (required)",
    ),
    "setbook.meta_annex": ("Phụ lục (nếu có)", "Annex (if any)"),
    "setbook.meta_date": ("Ngày ban hành (dd/mm/yyyy)", "Date issued (dd/mm/yyyy)"),
    "setbook.col_criterion": ("Tiêu chí (số)", "Criterion (number)"),
    "setbook.col_criterion_name": ("Tên tiêu chí", "Criterion"),
    "setbook.col_indicator": ("Mã chỉ tiêu", "Indicator id"),
    "setbook.col_name": ("Tên chỉ tiêu", "Indicator"),
    "setbook.col_unit": ("Đơn vị tính", "Unit"),
    "setbook.col_kind": ("Loại", "Kind"),
    "setbook.col_operator": ("So sánh (≥ ≤ =)", "Comparison (≥ ≤ =)"),
    "setbook.col_year": ("Năm áp dụng (trống: cả giai đoạn)", "Years (empty: whole period)"),
    "setbook.col_value": ("Ngưỡng", "Threshold"),
    "setbook.col_group": ("Nhóm {group}", "Group {group}"),
    "setbook.col_source": (
        "Nguồn (chỉ ghi khi khác văn bản ở trên)",
        "Source (only where it differs from the document above)",
    ),
    "setbook.col_complete": (
        "Danh sách chỉ tiêu đã đủ? (đủ / chưa đủ)",
        "List complete? (đủ / chưa đủ)",
    ),
    "setbook.col_note": ("Ghi chú", "Note"),
    "setbook.check_title": ("Giá trị không hợp lệ", "Value not accepted"),
    "setbook.check_list": ("Chọn một trong: {items}", "Choose one of: {items}"),
    "setbook.how_1": (
        "Cách hoàn thiện bộ tiêu chí {set} từ văn bản của đơn vị",
        "How to complete the criteria set {set} from your office's document",
    ),
    "setbook.how_2": (
        "1. Ở trang đầu, ghi một lần số, ký hiệu văn bản (ví dụ 51/2025/QĐ-TTg hoặc quyết định"
        " của tỉnh), phụ lục và ngày ban hành. Mọi giá trị điền vào được ghi nguồn là văn bản"
        " này; dòng nào lấy từ văn bản khác thì ghi văn bản đó ở cột source của dòng.",
        "1. On the first sheet, cite your document once: its number (e.g. 51/2025/QĐ-TTg or"
        " your province's decision), annex and date. Every value you fill in is recorded with"
        " this document as its source; where a row comes from another document, write that"
        " document in the row's source column.",
    ),
    "setbook.how_3": (
        "2. Mỗi dòng là một chỉ tiêu. Ô tô vàng là giá trị ntm chưa biết: điền đúng như văn"
        " bản. Không biết thì để trống — ô trống giữ nguyên như bộ tiêu chí gốc, ntm không"
        " bao giờ tự đoán.",
        "2. Each row is one indicator. Yellow cells are values ntm does not know: copy them"
        " from the document. Leave a cell empty when you do not know it: an empty cell keeps"
        " the original set's value, and ntm never guesses one.",
    ),
    "setbook.how_4": (
        "3. Thêm chỉ tiêu: điền vào dòng trống của tiêu chí (tiêu chí chưa có danh sách) hoặc"
        " chèn thêm dòng; ghi số tiêu chí ở cột criterion, mã chỉ tiêu (ví dụ 1.1) đúng như văn"
        " bản, tên, đơn vị tính, loại và phép so sánh.",
        "3. To add an indicator, fill in a criterion's empty row (criteria without a list) or"
        " insert rows; write the criterion number in the criterion column, the indicator id"
        " (e.g. 1.1) as numbered in the document, its name, unit, kind and comparison.",
    ),
    "setbook.how_5": (
        "4. Loại: tỷ lệ % (ngưỡng 0–100), số, số lượng, định tính (ngưỡng ghi: đạt). So sánh:"
        " ≥ (tối thiểu), ≤ (tối đa), = (bằng).",
        "4. Kind: tỷ lệ % (percent, threshold 0–100), số (number), số lượng (count), định"
        " tính (qualitative: write đạt as the threshold). Comparison: ≥ (at least), ≤ (at"
        " most), = (equal).",
    ),
    "setbook.how_6": (
        "5. Ngưỡng ghi theo từng cột nhóm xã (Nhóm 1, 2, 3) hoặc vùng. Tỷ lệ ghi số 0–100"
        " (80 hoặc 80%), số thập phân dùng dấu phẩy (17,5) hoặc dấu chấm.",
        "5. Thresholds go in each commune group's (Group 1, 2, 3) or region's column. Write"
        " percentages as 0–100 (80 or 80%); decimals with a comma (17,5) or a point.",
    ),
    "setbook.how_7": (
        "6. Ngưỡng thay đổi theo năm: mỗi khoảng năm một dòng, cùng mã chỉ tiêu, cột year ghi"
        " 2026 hoặc 2027-2030; dòng để trống năm áp dụng cho các năm còn lại.",
        "6. Thresholds that change by year: one row per year range, with the same indicator"
        " id and the year column set to 2026 or 2027-2030; a row without a year applies to"
        " the other years.",
    ),
    "setbook.how_8": (
        "7. Cột complete: ghi đủ khi danh sách chỉ tiêu của tiêu chí đã đầy đủ như văn bản."
        " Khi chưa đủ, ntm không kết luận tiêu chí đạt chỉ từ các chỉ tiêu đã có.",
        "7. complete column: write đủ when the criterion's list of indicators is as complete"
        " as in the document. While it is not, ntm never concludes the criterion is met from"
        " the indicators listed.",
    ),
    "setbook.how_9": (
        "8. Không đổi tên cột (chữ đầu tiên của mỗi ô tiêu đề) và các ô set, language.",
        "8. Do not rename the columns (the first word of each header cell) or the set and"
        " language cells.",
    ),
    "setbook.how_10": (
        "9. Nhập: ntm sets import TỆP.xlsx --id MÃ-BỘ-MỚI -o MÃ-BỘ-MỚI.yaml (mỗi lỗi được chỉ"
        " rõ ô, ví dụ bo-tieu-chi.xlsx:14:F, và không tệp nào được ghi).",
        "9. Import: ntm sets import FILE.xlsx --id NEW-SET-ID -o NEW-SET-ID.yaml (each problem"
        " names its cell, e.g. bo-tieu-chi.xlsx:14:F, and no file is written).",
    ),
    "setbook.how_11": (
        "10. Kiểm tra: ntm sets check MÃ-BỘ-MỚI.yaml; chấm xã: ntm evaluate xa.yaml --sets-dir"
        " THƯ-MỤC (xã ghi criteria_set: MÃ-BỘ-MỚI).",
        "10. Check: ntm sets check NEW-SET-ID.yaml; score a commune: ntm evaluate commune.yaml"
        " --sets-dir FOLDER (the commune names criteria_set: NEW-SET-ID).",
    ),
    "setbook.how_12": (
        "Giá trị do đơn vị điền được ghi nguồn là văn bản đơn vị trích dẫn, không phải của ntm.",
        "Values you fill in are recorded as cited by your office, never as ntm's.",
    ),
    "setbook.yaml_head": (
        "Bộ tiêu chí do đơn vị hoàn thiện từ bảng {workbook} (ntm sets import), mở rộng {set}.",
        "Criteria set completed by an office from the workbook {workbook} (ntm sets import),"
        " extending {set}.",
    ),
    "setbook.yaml_cited": (
        "Giá trị mới có nguồn là văn bản đơn vị trích dẫn: {citation}; ntm không đối chiếu.",
        "New values are sourced to the document the office cited: {citation}; ntm did not"
        " check them.",
    ),
    "setbook.yaml_check": (
        "Kiểm tra: ntm sets check {set}.yaml; chấm xã: ntm evaluate XA.yaml --sets-dir <thư mục"
        " của tệp này>",
        "Check: ntm sets check {set}.yaml; score: ntm evaluate COMMUNE.yaml --sets-dir <this"
        " file's folder>",
    ),
    "setbook.written_template": (
        "Đã ghi {path}: điền các ô tô vàng rồi chạy ntm sets import {path} --id MÃ-BỘ-MỚI -o"
        " MÃ-BỘ-MỚI.yaml",
        "Wrote {path}: fill in the yellow cells, then run ntm sets import {path} --id"
        " NEW-SET-ID -o NEW-SET-ID.yaml",
    ),
    "setbook.written_set": (
        "Đã ghi {path}: bộ {set} mở rộng {parent}, thêm {added} chỉ tiêu, sửa {changed} chỉ tiêu.",
        "Wrote {path}: set {set} extends {parent}, adds {added} indicators, changes {changed}.",
    ),
    "setbook.completeness": ("Mức đầy đủ", "Completeness"),
    "setbook.figures": (
        "chỉ tiêu có {indicators}, ngưỡng đã biết {thresholds}",
        "indicators listed {indicators}, thresholds known {thresholds}",
    ),
    "setbook.criterion": ("Tiêu chí {id}", "Criterion {id}"),
    "setbook.list_column": ("Chỉ tiêu · ngưỡng", "Indicators · thresholds"),
    "setbook.help_sets_template": (
        "Ghi bảng tính (XLSX) để đơn vị hoàn thiện bộ tiêu chí từ văn bản của mình.",
        "Write a workbook (XLSX) in which an office completes a set from its own document.",
    ),
    "setbook.help_sets_template_output": (
        "Tệp .xlsx sẽ ghi (không ghi đè nếu thiếu --force).",
        "The .xlsx file to write (never overwritten without --force).",
    ),
    "setbook.help_sets_import": (
        "Đọc bảng đã điền thành bộ tiêu chí mới mở rộng bộ gốc (YAML).",
        "Read a filled workbook into a new set (YAML) that extends the original.",
    ),
    "setbook.help_sets_import_id": (
        "Mã của bộ mới, ví dụ ha-tinh-qd51-2026 (tên tệp là MÃ.yaml).",
        "Id of the new set, e.g. ha-tinh-qd51-2026 (its file is ID.yaml).",
    ),
    "setbook.help_sets_import_output": (
        "Tệp YAML sẽ ghi (mặc định in ra màn hình; không ghi đè nếu thiếu --force).",
        "The YAML file to write (printed when omitted; never overwritten without --force).",
    ),
    "setbook.help_force": ("Ghi đè tệp đã có.", "Overwrite an existing file."),
}
