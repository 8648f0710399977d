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
    # Problems in a set workbook (inputs/set_workbook.py), each at its cell
    "setbook.kind_percent": ("tỷ lệ %", "percent"),
    "setbook.kind_number": ("số", "number"),
    "setbook.kind_count": ("số lượng", "count"),
    "setbook.kind_qualitative": ("định tính", "qualitative"),
    "setbook.kind_meets_set": ("đạt bộ tiêu chí khác", "meets another set"),
    "setbook.kind_share_meeting_set": ("tỷ lệ xã đạt bộ khác", "share meeting another set"),
    "setbook.unit_group": ("nhóm {group}", "group {group}"),
    "setbook.unit_region": ("vùng {region}", "region {region}"),
    "setbook.err_not_workbook": (
        "không phải bảng tính ({suffix}); hãy đưa tệp .xlsx, .ods hoặc .xls do"
        " `ntm sets template` ghi",
        "not a workbook ({suffix}); give the .xlsx, .ods or .xls file `ntm sets template` wrote",
    ),
    "setbook.err_column_twice": (
        "cột {column!r} có hai lần (cả cột {other}); xóa một cột",
        "column {column!r} appears twice (also column {other}); delete one",
    ),
    "setbook.err_no_header": (
        "không có dòng tiêu đề bắt đầu bằng `criterion`: đây không phải bảng do `ntm sets"
        " template` ghi (tạo bằng `ntm sets template MÃ-BỘ -o TỆP.xlsx`)",
        "no header row starting with `criterion`; this is not a set workbook from `ntm sets"
        " template` (write one with `ntm sets template SET -o FILE.xlsx`)",
    ),
    "setbook.err_no_column_key": (
        "có giá trị ở cột không có tên cột; đặt tên cột ở dòng {row} hoặc chuyển giá trị đi",
        "a value in a column without a header key; give the column a key in row {row} or"
        " move the value",
    ),
    "setbook.err_no_document": (
        "chưa trích dẫn văn bản của đơn vị: ghi số, ký hiệu (ví dụ 51/2025/QĐ-TTg hoặc quyết"
        " định của tỉnh) ở dòng `document`, cùng phụ lục và ngày ban hành",
        "the office's document is not cited; write its number (e.g. 51/2025/QĐ-TTg or your"
        " province's decision) in the `document` row, and its annex and date",
    ),
    "setbook.err_date": (
        "{text!r} không phải ngày; ghi dạng 29/12/2025",
        "{text!r} is not a date; write it as 29/12/2025",
    ),
    "setbook.err_years": (
        "{text!r} không phải năm hay khoảng năm; ghi 2026 hoặc 2026-2030",
        "{text!r} is not a year or a range of years; write 2026 or 2026-2030",
    ),
    "setbook.err_years_order": (
        "{text!r}: năm cuối trước năm đầu",
        "{text!r}: the range ends before it starts",
    ),
    "setbook.err_year_outside": (
        "năm {year} nằm ngoài giai đoạn {period} của bộ tiêu chí; ngưỡng chỉ áp dụng trong"
        " giai đoạn",
        "year {year} is outside the set's period {period}; thresholds apply within it",
    ),
    "setbook.err_needs_dat": (
        "chỉ tiêu {id} thuộc loại {kind}: ngưỡng ghi chữ đạt, không phải {cell}; hoặc sửa"
        " loại của dòng",
        "indicator {id} is {kind}: its threshold is the word đạt, not {cell}; or change the"
        " row's kind",
    ),
    "setbook.err_flag_for_number": (
        "chỉ tiêu {id} thuộc loại {kind}: ngưỡng là một số, không phải {cell}; chỉ tiêu"
        " đạt/chưa đạt thì ghi định tính ở cột kind",
        "indicator {id} is {kind}: its threshold is a number, not {cell}; for a đạt/chưa đạt"
        " indicator write định tính in the kind column",
    ),
    "setbook.err_ambiguous": (
        "chỉ tiêu {id} thuộc loại {kind}: {cell} có thể hiểu hai cách; ghi 2760 cho số"
        " nguyên hoặc 2,76 cho số thập phân",
        "indicator {id} is {kind}: {cell} is ambiguous; write 2760 for the whole number or"
        " 2,76 for the decimal",
    ),
    "setbook.err_not_number": (
        "chỉ tiêu {id} thuộc loại {kind}: ngưỡng là một số, không phải {cell}",
        "indicator {id} is {kind}: its threshold is a number, not {cell}",
    ),
    "setbook.err_percent": (
        "{value}% là không thể cho ngưỡng tỷ lệ; tỷ lệ từ 0 đến 100",
        "{value}% is impossible for a percent threshold; percentages are 0–100",
    ),
    "setbook.err_negative_count": (
        "{value} là số âm; ngưỡng số lượng từ 0 trở lên",
        "{value} is negative; a count threshold is 0 or more",
    ),
    "setbook.err_no_set": (
        "bảng không ghi bộ tiêu chí gốc; ghi mã bộ (ví dụ qd51-2025-xa-ntm) ở dòng `set`",
        "the workbook does not name the set it completes; write its id (e.g."
        " qd51-2025-xa-ntm) in the `set` row",
    ),
    "setbook.err_same_id": (
        "--id {id} là mã của bộ gốc; đặt mã riêng cho bộ hoàn thiện, ví dụ {parent}-tinh",
        "--id {id} is the id of the set the workbook completes; give the completed set its"
        " own id, e.g. {parent}-tinh",
    ),
    "setbook.err_no_criterion": (
        "tiêu chí nào? ghi số tiêu chí (1, 2, …) ở cột này",
        "which criterion? write its id (1, 2, …) in this column",
    ),
    "setbook.err_unknown_criterion": (
        "tiêu chí {criterion!r} không có trong {set}; các tiêu chí: {known}",
        "criterion {criterion!r} is not in {set}; its criteria are {known}",
    ),
    "setbook.err_complete_word": (
        "{text!r}: ghi đủ (danh sách chỉ tiêu của tiêu chí đã đầy đủ) hoặc chưa đủ",
        "{text!r}: write đủ (the criterion's list of indicators is complete) or chưa đủ",
    ),
    "setbook.err_complete_differs": (
        "tiêu chí {criterion} ghi {first} ở dòng {row} nhưng ghi {here} ở đây; ghi giống nhau"
        " trên mọi dòng của tiêu chí",
        "criterion {criterion} is marked {first} in row {row} and {here} here; write the same"
        " on every row of the criterion",
    ),
    "setbook.err_no_indicator": (
        "dòng này chưa có mã chỉ tiêu; ghi mã (ví dụ 1.1) đúng như văn bản",
        "this row has no indicator id; write one (e.g. 1.1), numbered as in the decision",
    ),
    "setbook.err_indicator_id": (
        "{text!r} không phải mã chỉ tiêu; ghi số và dấu chấm, ví dụ 1.1",
        "{text!r} is not an indicator id; write numbers and dots, e.g. 1.1",
    ),
    "setbook.err_two_criteria": (
        "chỉ tiêu {id} có hai lần: thuộc tiêu chí {first} ở dòng {row} và tiêu chí {here} ở"
        " đây; đặt mã khác cho một trong hai",
        "indicator {id} appears twice: under criterion {first} in row {row} and under"
        " criterion {here} here; give one of them another id",
    ),
    "setbook.err_twice": (
        "chỉ tiêu {id} có hai lần cho cả giai đoạn (dòng {first} và {row}); xóa một dòng,"
        " hoặc ghi năm áp dụng cho từng dòng",
        "indicator {id} appears twice for every year (rows {first} and {row}); delete one,"
        " or give each row its own year",
    ),
    "setbook.err_twice_years": (
        "chỉ tiêu {id} có hai lần cho năm {years} (dòng {first} và {row}); xóa một dòng",
        "indicator {id} appears twice for year {years} (rows {first} and {row}); delete one",
    ),
    "setbook.err_rows_differ": (
        "chỉ tiêu {id} có {column} khác ở dòng {row}; các dòng của một chỉ tiêu chỉ khác"
        " nhau ở năm",
        "indicator {id} has another {column} in row {row}; rows of one indicator differ"
        " only by year",
    ),
    "setbook.err_other_criterion": (
        "chỉ tiêu {id} thuộc tiêu chí {owner} trong {set}, không phải {criterion}; mỗi mã"
        " chỉ tiêu chỉ có một lần trong bộ",
        "indicator {id} belongs to criterion {owner} in {set}, not {criterion}; an indicator"
        " id appears once in a set",
    ),
    "setbook.err_threshold_column_missing": (
        "thiếu cột ngưỡng {column} ({unit}) ở dòng tiêu đề; bộ {set} cần {needed}: ghi lại"
        " bảng bằng `ntm sets template` hoặc khôi phục cột",
        "the threshold column {column} ({unit}) is missing from the header row; set {set}"
        " needs {needed}: write `ntm sets template` again or restore the column",
    ),
    "setbook.err_column_missing": (
        "thiếu cột {column!r} ở dòng tiêu đề; ghi lại bảng bằng `ntm sets template` hoặc"
        " khôi phục cột",
        "column {column!r} is missing from the header row; write `ntm sets template` again"
        " or restore the column",
    ),
    "setbook.err_not_in_set": (
        "có giá trị cho {unit}, nhưng bộ {set} không có (các cột ngưỡng: {have}); chuyển"
        " giá trị sang một trong các cột đó hoặc xóa cột",
        "a value for {unit}, which set {set} does not have (its threshold columns: {have});"
        " move the value to one of those or delete the column",
    ),
    "setbook.err_unknown_column": (
        "cột {column!r} ntm không biết; ntm đọc {known} (ghi chú khác ghi ở cột `note`)",
        "unknown column {column!r}; ntm reads {known} (other notes go in the `note` column)",
    ),
    "setbook.err_kind": (
        "{text!r} không phải loại chỉ tiêu ntm biết; ghi một trong: {words}",
        "{text!r} is not a kind ntm knows; write one of {words}",
    ),
    "setbook.err_operator": (
        "{text!r} không phải phép so sánh ntm biết; ghi một trong: {words}",
        "{text!r} is not an operator ntm knows; write one of {words}",
    ),
    "setbook.err_no_name": ("chỉ tiêu {id} cần có tên", "indicator {id} needs a name"),
    "setbook.err_no_kind": (
        "chỉ tiêu {id} cần ghi loại: tỷ lệ %, số, số lượng hoặc định tính (đạt/chưa đạt)",
        "indicator {id} needs a kind: tỷ lệ % (percent), số (number), số lượng (count) or"
        " định tính (đạt/chưa đạt)",
    ),
    "setbook.err_no_operator": (
        "chỉ tiêu {id} cần ghi phép so sánh: ≥ (tối thiểu), ≤ (tối đa) hoặc =",
        "indicator {id} needs an operator: ≥ (at least), ≤ (at most) or =",
    ),
    "setbook.err_indicator": ("chỉ tiêu {id}: {detail}", "indicator {id}: {detail}"),
    "setbook.err_xlsx_name": (
        "{path}: bảng hoàn thiện bộ tiêu chí là tệp .xlsx; đặt tên TỆP.xlsx",
        "{path}: the set workbook is an .xlsx file; name it FILE.xlsx",
    ),
    "setbook.err_id_pattern": (
        "--id {id!r}: mã bộ gồm chữ thường không dấu, số, '.', '-' và '_', ví dụ ha-tinh-qd51-2026",
        "--id {id!r}: a set id is lower-case letters, digits, '.', '-' and '_', e.g."
        " ha-tinh-qd51-2026",
    ),
    "setbook.err_yaml_name": (
        "{path}: đặt tên tệp là {id}.yaml, vì ntm tìm bộ tiêu chí theo tên tệp",
        "{path}: name the file {id}.yaml, as ntm finds a set by its file name",
    ),
    "setbook.err_id_exists": (
        "--id {id}: đã có bộ tiêu chí mã này ({path}); chọn mã khác",
        "--id {id}: a set with this id exists ({path}); choose another id",
    ),
    "setbook.completeness": ("Mức đầy đủ", "Completeness"),
    "setbook.figures": (
        "chỉ tiêu có {indicators}, ngưỡng đã biết {thresholds}",
        "indicators listed {indicators}, thresholds known {thresholds}",
    ),
    "setbook.too_many": (
        "Cảnh báo: bộ có {listed} chỉ tiêu, nhiều hơn {expected} chỉ tiêu của quyết định;"
        " kiểm tra mã chỉ tiêu bị trùng hoặc đánh số sai",
        "Warning: the set lists {listed} indicators, more than the decision's {expected};"
        " look for an indicator entered twice or numbered wrongly",
    ),
    "setbook.criterion": ("Tiêu chí {id}", "Criterion {id}"),
    "setbook.list_column": ("Chỉ tiêu · ngưỡng", "Indicators · thresholds"),
    "setbook.help_sets_template": (
        "Ghi bảng tính (XLSX) để đơn vị hoàn thiện bộ tiêu chí từ văn bản của mình.\n\nMỗi"
        " chỉ tiêu ntm biết một dòng (tiêu chí, mã, tên, đơn vị, loại, phép so sánh, mỗi nhóm"
        " xã hoặc vùng một cột, năm áp dụng); giá trị đã biết kèm nguồn, giá trị chưa biết để"
        " trống tô vàng, mỗi tiêu chí chưa có danh sách một dòng trống; văn bản của đơn vị"
        " trích dẫn một lần ở đầu bảng; trang Hướng dẫn giải thích cách điền.",
        "Write a workbook (XLSX) in which an office completes a set from its own document."
        "\n\nOne row per indicator the set knows (criterion, id, name, unit, kind,"
        " comparison, one column per commune group or region, a year column); known values"
        " with their sources, unknown ones empty and yellow, an empty row for each criterion"
        " without a list; the office's document cited once at the top; a sheet explaining how"
        " to fill it in.",
    ),
    "setbook.help_sets_template_output": (
        "Tệp .xlsx sẽ ghi (không ghi đè nếu thiếu --force).",
        "The .xlsx file to write (never overwritten without --force).",
    ),
    "setbook.help_sets_import": (
        "Đọc bảng đã điền thành bộ tiêu chí mới mở rộng bộ gốc (YAML).\n\nCác dòng thành chỉ"
        " tiêu của bộ mới, tiêu chí ghi đủ có danh sách đầy đủ, mọi giá trị điền vào có nguồn"
        " là văn bản đơn vị trích dẫn. Mỗi lỗi chỉ rõ ô (bo-tieu-chi.xlsx:14:F: …), mã thoát 2,"
        " không ghi tệp nào.",
        "Read a filled workbook into a new set (YAML) that extends the original.\n\nThe rows"
        " become indicators of the new set, criteria marked đủ get complete lists, and every"
        " value filled in is sourced to the document the office cited. Any problem is reported"
        " at its cell (bo-tieu-chi.xlsx:14:F: …), exit code 2, and nothing is written.",
    ),
    "setbook.help_set_id": (
        "Mã bộ tiêu chí (xem `ntm sets list`).",
        "Set id (see `ntm sets list`).",
    ),
    "setbook.help_workbook": (
        "Bảng đã điền (.xlsx, .ods hoặc .xls).",
        "The filled workbook (.xlsx, .ods or .xls).",
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
