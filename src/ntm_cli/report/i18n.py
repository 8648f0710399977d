"""User-facing words in Vietnamese (default) and English, and number formatting."""

from __future__ import annotations

from typing import Literal

Lang = Literal["vi", "en"]

STATUS: dict[str, dict[str, str]] = {
    "vi": {
        "met": "Đạt",
        "unmet": "Chưa đạt",
        "missing": "Thiếu số liệu",
        "undetermined": "Chưa xác định",
        "not_applicable": "Không áp dụng",
    },
    "en": {
        "met": "Met",
        "unmet": "Not met",
        "missing": "No data",
        "undetermined": "Undetermined",
        "not_applicable": "Not applicable",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "commune": "Xã",
        "criterion": "Tiêu chí",
        "indicator": "Chỉ tiêu",
        "required": "Yêu cầu",
        "actual": "Thực tế",
        "status": "Kết quả",
        "gap": "Còn thiếu",
        "unknown": "chưa rõ",
        "qualitative_met": "Đạt",
        "qualitative_unmet": "Chưa đạt",
        "set": "Bộ tiêu chí",
        "region": "vùng",
        "group": "nhóm xã",
        "year": "năm",
        "summary": "{commune}: đạt {met}/{total} tiêu chí",
        "meets_set": "đạt chuẩn",
        "list_unmet": "chưa đạt",
        "list_missing": "thiếu số liệu",
        "list_undetermined": "chưa xác định",
        "declared": "theo kết quả đánh giá đã khai",
        "units": "cần thêm {n} đơn vị",
        "units_less": "cần giảm {n} đơn vị",
        "chosen_by_year": "chọn theo năm {year}",
        "warning": "Lưu ý",
        "reported_values": "tham khảo",
        "partial_list": "bộ tiêu chí mới mã hóa một phần chỉ tiêu",
        "tier_ntm": "xã NTM",
        "tier_nang_cao": "xã NTM nâng cao",
        "tier_kieu_mau": "xã NTM kiểu mẫu",
        "tier_hien_dai": "xã NTM hiện đại",
        "tier_none": "chưa đạt bậc nào",
        "tier_reached": "Bậc cao nhất đã đạt: {tier}",
        "next_tier_missing": "Để đạt {tier} còn thiếu:",
        "scope_all": "mọi vùng/nhóm, mọi năm",
        "meets_set_of": "Đạt bộ {set}",
        "declared_only": "chưa có danh sách chỉ tiêu: theo kết quả đã khai",
        "decision": "Quyết định",
        "period": "giai đoạn",
        "extends": "Kế thừa bộ",
        "changes_unknown": (
            "chưa rõ nội dung tỉnh thay đổi so với bộ gốc; đang dùng ngưỡng của bộ gốc"
        ),
        "criteria_word": "tiêu chí",
        "indicators_encoded": "chỉ tiêu đã mã hóa",
        "applies_to": "Áp dụng cho",
        "source": "Nguồn",
        "notes": "Ghi chú",
        "sources": "Nguồn tham khảo",
        "finding_unknown_threshold": "ngưỡng chưa rõ",
        "finding_unknown_via_reference": "ngưỡng tham chiếu chưa rõ",
        "finding_no_source": "ngưỡng không có nguồn",
        "finding_no_indicators": "chưa có danh sách chỉ tiêu (chấm theo kết quả đã khai)",
        "finding_partial_indicators": "danh sách chỉ tiêu chưa đủ",
        "finding_changes_unknown": "chưa rõ nội dung thay đổi so với bộ gốc",
        "valid_set": "bộ tiêu chí hợp lệ",
        "count_unknown_threshold": "ngưỡng chưa rõ",
        "count_unknown_via_reference": "ngưỡng tham chiếu chưa rõ",
        "count_no_source": "ngưỡng thiếu nguồn",
        "count_no_indicators": "tiêu chí chưa có chỉ tiêu",
        "count_partial_indicators": "tiêu chí thiếu chỉ tiêu",
        "count_changes_unknown": "thay đổi chưa rõ",
        "total": "Tổng",
        "changes": "thay đổi",
        "what_metadata": "thông tin",
        "what_criterion": "tiêu chí",
        "what_indicator": "chỉ tiêu",
        "what_threshold": "ngưỡng",
    },
    "en": {
        "commune": "Commune",
        "criterion": "Criterion",
        "indicator": "Indicator",
        "required": "Required",
        "actual": "Actual",
        "status": "Status",
        "gap": "Gap",
        "unknown": "unknown",
        "qualitative_met": "Pass",
        "qualitative_unmet": "Fail",
        "set": "Criteria set",
        "region": "region",
        "group": "commune group",
        "year": "year",
        "summary": "{commune}: {met}/{total} criteria met",
        "meets_set": "meets the standard",
        "list_unmet": "not met",
        "list_missing": "no data",
        "list_undetermined": "undetermined",
        "declared": "from the declared assessment",
        "units": "{n} more units needed",
        "units_less": "{n} fewer units needed",
        "chosen_by_year": "chosen by year {year}",
        "warning": "Warning",
        "reported_values": "reported",
        "partial_list": "only some indicators are encoded",
        "tier_ntm": "NTM commune",
        "tier_nang_cao": "advanced NTM commune",
        "tier_kieu_mau": "model NTM commune",
        "tier_hien_dai": "modern NTM commune",
        "tier_none": "no tier yet",
        "tier_reached": "Highest tier reached: {tier}",
        "next_tier_missing": "Missing for {tier}:",
        "scope_all": "all regions/groups, all years",
        "meets_set_of": "Meets set {set}",
        "declared_only": "no indicator list: scored from the declared status",
        "decision": "Decision",
        "period": "period",
        "extends": "Extends",
        "changes_unknown": (
            "the province's changes to its parent set are unknown; the parent's thresholds are used"
        ),
        "criteria_word": "criteria",
        "indicators_encoded": "indicators encoded",
        "applies_to": "Applies to",
        "source": "Source",
        "notes": "Notes",
        "sources": "Sources",
        "finding_unknown_threshold": "unknown threshold",
        "finding_unknown_via_reference": "referenced threshold unknown",
        "finding_no_source": "threshold without a source",
        "finding_no_indicators": "no indicator list (scored from the declared status)",
        "finding_partial_indicators": "indicator list incomplete",
        "finding_changes_unknown": "changes to the parent set are unknown",
        "valid_set": "valid criteria set",
        "count_unknown_threshold": "unknown thresholds",
        "count_unknown_via_reference": "unknown referenced thresholds",
        "count_no_source": "thresholds without source",
        "count_no_indicators": "criteria without indicators",
        "count_partial_indicators": "criteria with partial indicators",
        "count_changes_unknown": "unknown changes",
        "total": "Total",
        "changes": "changes",
        "what_metadata": "metadata",
        "what_criterion": "criterion",
        "what_indicator": "indicator",
        "what_threshold": "threshold",
    },
}

NOTICES: dict[str, dict[str, str]] = {
    "vi": {
        "declared_disagrees": (
            "tiêu chí {criterion}: kết quả khai ({declared}) khác với số liệu chỉ tiêu"
            " ({computed}); dùng số liệu chỉ tiêu"
        ),
        "region_override": (
            "xã đặc biệt khó khăn / an toàn khu: áp dụng ngưỡng vùng {region} (Điều 1)"
        ),
        "year_outside_period": "năm {year} nằm ngoài giai đoạn {period} của bộ tiêu chí",
        "set_changes_unknown": (
            "chưa rõ nội dung bộ {set} thay đổi so với bộ gốc {parent}; kết quả đang tính theo"
            " ngưỡng của bộ gốc"
        ),
        "district_share": (
            "{indicator}: {met}/{total} xã đạt bộ {set} ({undecided} xã chưa xác định)"
        ),
        "district_undecided": (
            "{indicator}: {count} xã chưa xác định được có đạt bộ {set} hay không; chưa kết luận"
        ),
        "district_no_communes": "{indicator}: không có xã nào để tính; thêm --communes DIR",
        "district_errors": "{count} lỗi trong hồ sơ xã: các xã đó không được tính",
    },
    "en": {
        "declared_disagrees": (
            "criterion {criterion}: declared status ({declared}) disagrees with the indicator"
            " data ({computed}); the indicators are used"
        ),
        "region_override": (
            "extremely disadvantaged / safe-zone commune: {region} thresholds apply (Article 1)"
        ),
        "year_outside_period": "year {year} is outside the set's period {period}",
        "set_changes_unknown": (
            "what {set} changes from its parent {parent} is unknown; scored with the parent's"
            " thresholds"
        ),
        "district_share": "{indicator}: {met}/{total} communes meet {set} ({undecided} undecided)",
        "district_undecided": (
            "{indicator}: {count} communes cannot be decided for {set}; no conclusion"
        ),
        "district_no_communes": "{indicator}: no communes to count; add --communes DIR",
        "district_errors": "{count} errors in commune files: those communes are not counted",
    },
}


# Labels of `ntm batch` reports (kept apart from WORDS so the batch report's wording is
# in one place).
BATCH: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Tổng hợp kết quả đánh giá",
        "communes": "Số xã",
        "met": "Số xã đạt chuẩn",
        "share": "Tỷ lệ xã đạt chuẩn",
        "average": "Bình quân số tiêu chí đạt/xã",
        "under_floor": "Số xã dưới {floor} tiêu chí",
        "errors": "Lỗi dữ liệu",
        "district": "Huyện",
        "province": "Tỉnh",
        "year": "Năm",
        "set": "Bộ tiêu chí",
        "distribution": "Phân bố số xã theo số tiêu chí đạt",
        "criteria_met": "Số tiêu chí đạt",
        "criteria_total": "Số tiêu chí áp dụng",
        "most_missed": "Tiêu chí nhiều xã chưa đạt hoặc chưa đánh giá được nhất",
        "missed_by": "Số xã chưa đạt / chưa đánh giá được",
        "closest": "Xã gần đạt chuẩn nhất",
        "short_by": "Số tiêu chí còn thiếu",
        "detail": "Kết quả từng xã",
        "not_met_list": "Tiêu chí chưa đạt / chưa đánh giá được",
        "result": "Kết quả",
        "meets": "Đạt chuẩn",
        "not_meets": "Chưa đạt chuẩn",
        "error_row": "Lỗi dữ liệu",
        "location": "Vị trí",
        "file": "Tệp",
        "row": "Dòng",
        "column": "Cột",
        "message": "Nội dung lỗi",
        "unknown_place": "(không rõ)",
        "figure": "Chỉ tiêu tổng hợp",
        "value": "Giá trị",
        "sheet_summary": "Tổng hợp",
        "sheet_communes": "Từng xã",
        "sheet_errors": "Lỗi",
    },
    "en": {
        "title": "Batch assessment summary",
        "communes": "Communes",
        "met": "Communes meeting the standard",
        "share": "Share meeting the standard",
        "average": "Average criteria met per commune",
        "under_floor": "Communes under {floor} criteria",
        "errors": "Input errors",
        "district": "District",
        "province": "Province",
        "year": "Year",
        "set": "Criteria set",
        "distribution": "Communes by number of criteria met",
        "criteria_met": "Criteria met",
        "criteria_total": "Criteria applicable",
        "most_missed": "Criteria most often not met or not assessable",
        "missed_by": "Communes not meeting it or not assessable",
        "closest": "Communes closest to the standard",
        "short_by": "Criteria short",
        "detail": "Per-commune results",
        "not_met_list": "Criteria not met or not assessable",
        "result": "Result",
        "meets": "Meets the standard",
        "not_meets": "Does not meet the standard",
        "error_row": "Input error",
        "location": "Location",
        "file": "File",
        "row": "Line",
        "column": "Column",
        "message": "Problem",
        "unknown_place": "(not given)",
        "figure": "Figure",
        "value": "Value",
        "sheet_summary": "Summary",
        "sheet_communes": "Communes",
        "sheet_errors": "Errors",
    },
}


# Wording of `ntm template` files (comments, hints, XLSX labels). Keys and the values the
# loader reads (đạt / chưa đạt / na) are the same in both languages, so only prose is here.
TEMPLATE: dict[str, dict[str, str]] = {
    "vi": {
        "unit_xa": "xã",
        "unit_huyen": "huyện",
        "scope_region": "vùng {region}",
        "scope_all_regions": "mọi vùng",
        "scope_group": "nhóm xã {group}",
        "scope_all_groups": "mọi nhóm xã",
        "scope_all_units": "mọi {unit}",
        "scope": "{who}, năm {year}",
        "who_group": "nhóm {group}",
        "candidates": "{unknown} (các nguồn nêu: {values}, chưa thống nhất)",
        "met": "đạt",
        "no_source": "không có",
        "flag_unit": "đạt / chưa đạt",
        "hint_percent": "số phần trăm, ví dụ 87,5 (hoặc {achieved: 380, total: 1000})",
        "hint_number": "một số",
        "hint_count": "số nguyên",
        "hint_qualitative": "đạt / chưa đạt",
        "hint_meets_set": "đạt / chưa đạt (hoặc xoá dòng và cho số liệu bộ kia trong other_sets)",
        "hint_share_meeting_set": "không điền: ntm tính từ kết quả các xã trong commune_files",
        "fill_in": "điền: {hint}",
        "title": (
            "# Mẫu số liệu {unit} — bộ tiêu chí {set}: {name} ({decision}); yêu cầu cho {scope}."
        ),
        "how_1": "# Điền giá trị sau dấu hai chấm: số (87,5 hoặc 87.5; có thể viết 87,5%),",
        "how_2": "# đạt / chưa đạt, na (không áp dụng), hoặc {achieved: 380, total: 1000}.",
        "how_3": (
            "# Chưa có số liệu thì xoá dòng đó: ntm báo 'Thiếu số liệu', không bao giờ tính là đạt."
        ),
        "how_4": "# Kiểm tra: ntm validate TỆP — chấm điểm: ntm evaluate TỆP",
        "outside_period": "# Lưu ý: năm {year} nằm ngoài giai đoạn {period} của bộ tiêu chí này.",
        "key_commune": "tên xã (bắt buộc)",
        "key_district_name": "tên huyện (bắt buộc)",
        "key_district": "huyện",
        "key_province": "tỉnh",
        "key_commune_files": "tệp số liệu các xã, ví dụ [xa-a.yaml, xa-b.yaml]",
        "key_region": "vùng: {codes} hoặc tên, ví dụ Bắc Trung Bộ",
        "key_group": "nhóm xã: 1, 2 hoặc 3",
        "flags_joiner": " hoặc ",
        "flags": (
            "# Xã đặc biệt khó khăn / an toàn khu: thêm dòng {flags} (áp dụng yêu cầu vùng"
            " {region})."
        ),
        "criterion": "Tiêu chí {id}. {name}",
        "indicator_line": "đơn vị: {unit} — yêu cầu: {required} — nguồn: {sources} — {what}",
        "declared": "# Kết quả tiêu chí (đạt / chưa đạt) khi các chỉ tiêu chưa đủ để kết luận:",
        "why_no_indicators": "chưa có danh sách chỉ tiêu",
        "why_partial": "chỉ tiêu chưa đầy đủ hoặc có yêu cầu chưa rõ",
        "col_commune": "Tên xã",
        "col_district": "Huyện",
        "col_province": "Tỉnh",
        "col_region": "Vùng",
        "col_group": "Nhóm xã",
        "col_year": "Năm",
        "col_criteria_set": "Bộ tiêu chí",
        "col_status": "Tiêu chí {name}",
        "check_percent": "Nhập số phần trăm từ 0 đến 100.",
        "check_number": "Nhập một số không âm.",
        "check_count": "Nhập số nguyên không âm.",
        "check_flag": "Chọn đạt hoặc chưa đạt.",
        "check_year": "Nhập năm, ví dụ 2025.",
        "check_group": "Nhập nhóm xã 1, 2 hoặc 3.",
        "check_region": "Chọn vùng trong danh sách.",
        "check_set": "Mã bộ tiêu chí: {set}.",
        "check_title": "Giá trị không hợp lệ",
        "sheet_data": "Số liệu",
        "sheet_requirements": "Yêu cầu",
        "notes_title": "Bộ tiêu chí {set} ({decision}): {name} — yêu cầu cho {scope}",
        "notes_id": "Mã",
        "notes_indicator": "Chỉ tiêu",
        "notes_criterion": "Tiêu chí",
        "notes_unit": "Đơn vị",
        "notes_required": "Yêu cầu",
        "notes_source": "Nguồn",
        "notes_document": "Văn bản",
        "written": "{path}: đã tạo mẫu cho bộ tiêu chí {set}",
    },
    "en": {
        "unit_xa": "commune",
        "unit_huyen": "district",
        "scope_region": "region {region}",
        "scope_all_regions": "every region",
        "scope_group": "commune group {group}",
        "scope_all_groups": "every commune group",
        "scope_all_units": "every {unit}",
        "scope": "{who}, year {year}",
        "who_group": "group {group}",
        "candidates": "{unknown} (sources report: {values}, not agreed)",
        "met": "met",
        "no_source": "none",
        "flag_unit": "met / not met",
        "hint_percent": "a percentage, e.g. 87.5 (or {achieved: 380, total: 1000})",
        "hint_number": "a number",
        "hint_count": "a whole number",
        "hint_qualitative": "đạt / chưa đạt (met / not met)",
        "hint_meets_set": (
            "đạt / chưa đạt (met / not met), or delete the line and give the other set's data"
            " under other_sets"
        ),
        "hint_share_meeting_set": (
            "leave out: ntm counts it from the communes' results in commune_files"
        ),
        "fill_in": "fill in: {hint}",
        "title": (
            "# Data template for one {unit} — criteria set {set}: {name} ({decision});"
            " requirements for {scope}."
        ),
        "how_1": "# Write each value after the colon: a number (87.5 or 87,5; 87.5% also works),",
        "how_2": (
            "# đạt / chưa đạt (met / not met), na (not applicable), or"
            " {achieved: 380, total: 1000}."
        ),
        "how_3": "# No figure yet? Delete the line: ntm reports 'No data', never counts it as met.",
        "how_4": "# Check: ntm validate FILE — score: ntm evaluate FILE --lang en",
        "outside_period": "# Note: year {year} is outside this criteria set's period {period}.",
        "key_commune": "commune name (required)",
        "key_district_name": "district name (required)",
        "key_district": "district",
        "key_province": "province",
        "key_commune_files": "the communes' data files, e.g. [xa-a.yaml, xa-b.yaml]",
        "key_region": "region: {codes} or a name, e.g. North Central Coast",
        "key_group": "commune group: 1, 2 or 3",
        "flags_joiner": " or ",
        "flags": (
            "# Extremely disadvantaged / safe-zone commune: add the line {flags} (the {region}"
            " requirements apply)."
        ),
        "criterion": "Criterion {id}. {name}",
        "indicator_line": "unit: {unit} — required: {required} — source: {sources} — {what}",
        "declared": (
            "# Criterion status (đạt / chưa đạt, i.e. met / not met) where the indicators"
            " cannot decide it:"
        ),
        "why_no_indicators": "no indicator list yet",
        "why_partial": "indicator list incomplete or a requirement unknown",
        "col_commune": "Commune name",
        "col_district": "District",
        "col_province": "Province",
        "col_region": "Region",
        "col_group": "Commune group",
        "col_year": "Year",
        "col_criteria_set": "Criteria set",
        "col_status": "Criterion {name}",
        "check_percent": "Enter a percentage from 0 to 100.",
        "check_number": "Enter a non-negative number.",
        "check_count": "Enter a non-negative whole number.",
        "check_flag": "Choose đạt (met) or chưa đạt (not met).",
        "check_year": "Enter a year, e.g. 2025.",
        "check_group": "Enter commune group 1, 2 or 3.",
        "check_region": "Choose a region from the list.",
        "check_set": "Criteria set id: {set}.",
        "check_title": "Invalid value",
        "sheet_data": "Data",
        "sheet_requirements": "Requirements",
        "notes_title": "Criteria set {set} ({decision}): {name} — requirements for {scope}",
        "notes_id": "Id",
        "notes_indicator": "Indicator",
        "notes_criterion": "Criterion",
        "notes_unit": "Unit",
        "notes_required": "Requirement",
        "notes_source": "Source",
        "notes_document": "Document",
        "written": "{path}: template written for criteria set {set}",
    },
}


def batch_word(key: str, lang: str) -> str:
    """A `ntm batch` report label in the requested language."""
    return BATCH["en" if lang == "en" else "vi"][key]


def template_text(key: str, lang: str, **values: object) -> str:
    """A `ntm template` phrase in the requested language, with `values` filled in."""
    text = TEMPLATE["en" if lang == "en" else "vi"][key]
    # Only phrases with fields are formatted: hints such as "{achieved: 380, ...}" are literal.
    return text.format(**values) if values else text


def word(key: str, lang: str) -> str:
    """A fixed label in the requested language."""
    return WORDS["en" if lang == "en" else "vi"][key]


def status_label(status: str, lang: str) -> str:
    """Status name as users read it (Đạt, Chưa đạt, ...)."""
    return STATUS["en" if lang == "en" else "vi"][status]


def notice_text(key: str, args: dict[str, str], lang: str) -> str:
    """A warning rendered in the requested language."""
    table = NOTICES["en" if lang == "en" else "vi"]
    values = dict(args)
    if "declared" in values:
        declared = values["declared"] == "True"
        values["declared"] = status_label("met" if declared else "unmet", lang)
    if "computed" in values:
        values["computed"] = status_label(values["computed"], lang)
    return table[key].format(**values)


def number(value: float, lang: str, digits: int = 2) -> str:
    """87.5 -> '87,5' in Vietnamese, '87.5' in English; 2760 -> '2.760' / '2,760'."""
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
