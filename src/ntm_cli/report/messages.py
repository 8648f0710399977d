"""Every phrase a user reads, keyed, in Vietnamese (the default) and English.

One table for the whole program: `message(key, lang, **args)` looks a phrase up and fills
in its named fields. Keys are "namespace.name"; tests/report/test_messages.py checks that
both languages have the same fields and that every key is used.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["vi", "en"]

# key -> (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # Statuses of criteria and indicators
    "status.met": ("Đạt", "Met"),
    "status.unmet": ("Chưa đạt", "Not met"),
    "status.missing": ("Thiếu số liệu", "No data"),
    "status.undetermined": ("Chưa xác định", "Undetermined"),
    "status.not_applicable": ("Không áp dụng", "Not applicable"),
    # Labels shared by the human-readable formats
    "word.commune": ("Xã", "Commune"),
    "word.criterion": ("Tiêu chí", "Criterion"),
    "word.indicator": ("Chỉ tiêu", "Indicator"),
    "word.required": ("Yêu cầu", "Required"),
    "word.actual": ("Thực tế", "Actual"),
    "word.status": ("Kết quả", "Status"),
    "word.gap": ("Còn thiếu", "Gap"),
    "word.unknown": ("chưa rõ", "unknown"),
    "word.qualitative_met": ("Đạt", "Pass"),
    "word.qualitative_unmet": ("Chưa đạt", "Fail"),
    "word.set": ("Bộ tiêu chí", "Criteria set"),
    "word.region": ("vùng", "region"),
    "word.group": ("nhóm xã", "commune group"),
    "word.year": ("năm", "year"),
    "word.summary": (
        "{commune}: đạt {met}/{total} tiêu chí",
        "{commune}: {met}/{total} criteria met",
    ),
    "word.meets_set": ("đạt chuẩn", "meets the standard"),
    "word.list_unmet": ("chưa đạt", "not met"),
    "word.list_missing": ("thiếu số liệu", "no data"),
    "word.list_undetermined": ("chưa xác định", "undetermined"),
    "word.declared": ("theo kết quả đánh giá đã khai", "from the declared assessment"),
    "word.units": ("cần thêm {n} đơn vị", "{n} more units needed"),
    "word.units_less": ("cần giảm {n} đơn vị", "{n} fewer units needed"),
    "word.chosen_by_year": ("chọn theo năm {year}", "chosen by year {year}"),
    "word.warning": ("Lưu ý", "Warning"),
    "word.reported_values": ("tham khảo", "reported"),
    "word.partial_list": (
        "bộ tiêu chí mới mã hóa một phần chỉ tiêu",
        "only some indicators are encoded",
    ),
    "word.tier_ntm": ("xã NTM", "NTM commune"),
    "word.tier_nang_cao": ("xã NTM nâng cao", "advanced NTM commune"),
    "word.tier_kieu_mau": ("xã NTM kiểu mẫu", "model NTM commune"),
    "word.tier_hien_dai": ("xã NTM hiện đại", "modern NTM commune"),
    "word.tier_none": ("chưa đạt bậc nào", "no tier yet"),
    "word.tier_reached": ("Bậc cao nhất đã đạt: {tier}", "Highest tier reached: {tier}"),
    "word.next_tier_missing": ("Để đạt {tier} còn thiếu:", "Missing for {tier}:"),
    "word.scope_all": ("mọi vùng/nhóm, mọi năm", "all regions/groups, all years"),
    "word.meets_set_of": ("Đạt bộ {set}", "Meets set {set}"),
    "word.declared_only": (
        "chưa có danh sách chỉ tiêu: theo kết quả đã khai",
        "no indicator list: scored from the declared status",
    ),
    "word.decision": ("Quyết định", "Decision"),
    "word.period": ("giai đoạn", "period"),
    "word.extends": ("Kế thừa bộ", "Extends"),
    "word.changes_unknown": (
        "chưa rõ nội dung tỉnh thay đổi so với bộ gốc; đang dùng ngưỡng của bộ gốc",
        "the province's changes to its parent set are unknown; the parent's thresholds are used",
    ),
    "word.criteria_word": ("tiêu chí", "criteria"),
    "word.indicators_encoded": ("chỉ tiêu đã mã hóa", "indicators encoded"),
    "word.applies_to": ("Áp dụng cho", "Applies to"),
    "word.source": ("Nguồn", "Source"),
    "word.notes": ("Ghi chú", "Notes"),
    "word.sources": ("Nguồn tham khảo", "Sources"),
    "word.finding_unknown_threshold": ("ngưỡng chưa rõ", "unknown threshold"),
    "word.finding_unknown_via_reference": (
        "ngưỡng tham chiếu chưa rõ",
        "referenced threshold unknown",
    ),
    "word.finding_no_source": ("ngưỡng không có nguồn", "threshold without a source"),
    "word.finding_no_indicators": (
        "chưa có danh sách chỉ tiêu (chấm theo kết quả đã khai)",
        "no indicator list (scored from the declared status)",
    ),
    "word.finding_partial_indicators": ("danh sách chỉ tiêu chưa đủ", "indicator list incomplete"),
    "word.finding_changes_unknown": (
        "chưa rõ nội dung thay đổi so với bộ gốc",
        "changes to the parent set are unknown",
    ),
    "word.valid_set": ("bộ tiêu chí hợp lệ", "valid criteria set"),
    "word.count_unknown_threshold": ("ngưỡng chưa rõ", "unknown thresholds"),
    "word.count_unknown_via_reference": (
        "ngưỡng tham chiếu chưa rõ",
        "unknown referenced thresholds",
    ),
    "word.count_no_source": ("ngưỡng thiếu nguồn", "thresholds without source"),
    "word.count_no_indicators": ("tiêu chí chưa có chỉ tiêu", "criteria without indicators"),
    "word.count_partial_indicators": (
        "tiêu chí thiếu chỉ tiêu",
        "criteria with partial indicators",
    ),
    "word.count_changes_unknown": ("thay đổi chưa rõ", "unknown changes"),
    "word.total": ("Tổng", "Total"),
    "word.changes": ("thay đổi", "changes"),
    "word.what_metadata": ("thông tin", "metadata"),
    "word.what_criterion": ("tiêu chí", "criterion"),
    "word.what_indicator": ("chỉ tiêu", "indicator"),
    "word.what_threshold": ("ngưỡng", "threshold"),
    "word.criterion_number": ("tiêu chí {number}", "criterion {number}"),
    "word.commune_named": ("Xã {name}", "{name} commune"),
    # Warnings about a commune's input (Notice keys)
    "notice.declared_disagrees": (
        "tiêu chí {criterion}: kết quả khai ({declared}) khác với số liệu chỉ tiêu ({computed}); dùng số liệu chỉ tiêu",
        "criterion {criterion}: declared status ({declared}) disagrees with the indicator data ({computed}); the indicators are used",
    ),
    "notice.region_override": (
        "xã đặc biệt khó khăn / an toàn khu: áp dụng ngưỡng vùng {region} (Điều 1)",
        "extremely disadvantaged / safe-zone commune: {region} thresholds apply (Article 1)",
    ),
    "notice.year_outside_period": (
        "năm {year} nằm ngoài giai đoạn {period} của bộ tiêu chí",
        "year {year} is outside the set's period {period}",
    ),
    "notice.set_changes_unknown": (
        "chưa rõ nội dung bộ {set} thay đổi so với bộ gốc {parent}; kết quả đang tính theo ngưỡng của bộ gốc",
        "what {set} changes from its parent {parent} is unknown; scored with the parent's thresholds",
    ),
    "notice.district_share": (
        "{indicator}: {met}/{total} xã đạt bộ {set} ({undecided} xã chưa xác định)",
        "{indicator}: {met}/{total} communes meet {set} ({undecided} undecided)",
    ),
    "notice.district_undecided": (
        "{indicator}: {count} xã chưa xác định được có đạt bộ {set} hay không; chưa kết luận",
        "{indicator}: {count} communes cannot be decided for {set}; no conclusion",
    ),
    "notice.district_no_communes": (
        "{indicator}: không có xã nào để tính; thêm --communes DIR",
        "{indicator}: no communes to count; add --communes DIR",
    ),
    "notice.district_errors": (
        "{count} lỗi trong hồ sơ xã: các xã đó không được tính",
        "{count} errors in commune files: those communes are not counted",
    ),
    # Labels of `ntm batch` reports
    "batch.title": ("Tổng hợp kết quả đánh giá", "Batch assessment summary"),
    "batch.communes": ("Số xã", "Communes"),
    "batch.met": ("Số xã đạt chuẩn", "Communes meeting the standard"),
    "batch.share": ("Tỷ lệ xã đạt chuẩn", "Share meeting the standard"),
    "batch.average": ("Bình quân số tiêu chí đạt/xã", "Average criteria met per commune"),
    "batch.under_floor": ("Số xã dưới {floor} tiêu chí", "Communes under {floor} criteria"),
    "batch.errors": ("Lỗi dữ liệu", "Input errors"),
    "batch.district": ("Huyện", "District"),
    "batch.province": ("Tỉnh", "Province"),
    "batch.year": ("Năm", "Year"),
    "batch.set": ("Bộ tiêu chí", "Criteria set"),
    "batch.distribution": (
        "Phân bố số xã theo số tiêu chí đạt",
        "Communes by number of criteria met",
    ),
    "batch.criteria_met": ("Số tiêu chí đạt", "Criteria met"),
    "batch.criteria_total": ("Số tiêu chí áp dụng", "Criteria applicable"),
    "batch.most_missed": (
        "Tiêu chí nhiều xã chưa đạt hoặc chưa đánh giá được nhất",
        "Criteria most often not met or not assessable",
    ),
    "batch.missed_by": (
        "Số xã chưa đạt / chưa đánh giá được",
        "Communes not meeting it or not assessable",
    ),
    "batch.closest": ("Xã gần đạt chuẩn nhất", "Communes closest to the standard"),
    "batch.short_by": ("Số tiêu chí còn thiếu", "Criteria short"),
    "batch.detail": ("Kết quả từng xã", "Per-commune results"),
    "batch.not_met_list": (
        "Tiêu chí chưa đạt / chưa đánh giá được",
        "Criteria not met or not assessable",
    ),
    "batch.result": ("Kết quả", "Result"),
    "batch.meets": ("Đạt chuẩn", "Meets the standard"),
    "batch.not_meets": ("Chưa đạt chuẩn", "Does not meet the standard"),
    "batch.error_row": ("Lỗi dữ liệu", "Input error"),
    "batch.location": ("Vị trí", "Location"),
    "batch.file": ("Tệp", "File"),
    "batch.row": ("Dòng", "Line"),
    "batch.column": ("Cột", "Column"),
    "batch.message": ("Nội dung lỗi", "Problem"),
    "batch.unknown_place": ("(không rõ)", "(not given)"),
    "batch.figure": ("Chỉ tiêu tổng hợp", "Figure"),
    "batch.value": ("Giá trị", "Value"),
    "batch.sheet_summary": ("Tổng hợp", "Summary"),
    "batch.sheet_communes": ("Từng xã", "Communes"),
    "batch.sheet_errors": ("Lỗi", "Errors"),
    "batch.progress": ("Đang chấm điểm", "Scoring"),
    # `ntm template`: comments of the YAML template, labels of the XLSX template
    "template.unit_xa": ("xã", "commune"),
    "template.unit_huyen": ("huyện", "district"),
    "template.scope_region": ("vùng {region}", "region {region}"),
    "template.scope_all_regions": ("mọi vùng", "every region"),
    "template.scope_group": ("nhóm xã {group}", "commune group {group}"),
    "template.scope_all_groups": ("mọi nhóm xã", "every commune group"),
    "template.scope_all_units": ("mọi {unit}", "every {unit}"),
    "template.scope": ("{who}, năm {year}", "{who}, year {year}"),
    "template.who_group": ("nhóm {group}", "group {group}"),
    "template.candidates": (
        "{unknown} (các nguồn nêu: {values}, chưa thống nhất)",
        "{unknown} (sources report: {values}, not agreed)",
    ),
    "template.met": ("đạt", "met"),
    "template.no_source": ("không có", "none"),
    "template.flag_unit": ("đạt / chưa đạt", "met / not met"),
    "template.hint_percent": (
        "số phần trăm, ví dụ 87,5 (hoặc {achieved: 380, total: 1000})",
        "a percentage, e.g. 87.5 (or {achieved: 380, total: 1000})",
    ),
    "template.hint_number": ("một số", "a number"),
    "template.hint_count": ("số nguyên", "a whole number"),
    "template.hint_qualitative": ("đạt / chưa đạt", "đạt / chưa đạt (met / not met)"),
    "template.hint_meets_set": (
        "đạt / chưa đạt (hoặc xoá dòng và cho số liệu bộ kia trong other_sets)",
        "đạt / chưa đạt (met / not met), or delete the line and give the other set's data under other_sets",
    ),
    "template.hint_share_meeting_set": (
        "không điền: ntm tính từ kết quả các xã trong commune_files",
        "leave out: ntm counts it from the communes' results in commune_files",
    ),
    "template.fill_in": ("điền: {hint}", "fill in: {hint}"),
    "template.title": (
        "# Mẫu số liệu {unit} — bộ tiêu chí {set}: {name} ({decision}); yêu cầu cho {scope}.",
        "# Data template for one {unit} — criteria set {set}: {name} ({decision}); requirements for {scope}.",
    ),
    "template.how_1": (
        "# Điền giá trị sau dấu hai chấm: số (87,5 hoặc 87.5; có thể viết 87,5%),",
        "# Write each value after the colon: a number (87.5 or 87,5; 87.5% also works),",
    ),
    "template.how_2": (
        "# đạt / chưa đạt, na (không áp dụng), hoặc {achieved: 380, total: 1000}.",
        "# đạt / chưa đạt (met / not met), na (not applicable), or {achieved: 380, total: 1000}.",
    ),
    "template.how_3": (
        "# Chưa có số liệu thì xoá dòng đó: ntm báo 'Thiếu số liệu', không bao giờ tính là đạt.",
        "# No figure yet? Delete the line: ntm reports 'No data', never counts it as met.",
    ),
    "template.how_4": (
        "# Kiểm tra: ntm validate TỆP — chấm điểm: ntm evaluate TỆP",
        "# Check: ntm validate FILE — score: ntm evaluate FILE --lang en",
    ),
    "template.outside_period": (
        "# Lưu ý: năm {year} nằm ngoài giai đoạn {period} của bộ tiêu chí này.",
        "# Note: year {year} is outside this criteria set's period {period}.",
    ),
    "template.key_commune": ("tên xã (bắt buộc)", "commune name (required)"),
    "template.key_district_name": ("tên huyện (bắt buộc)", "district name (required)"),
    "template.key_district": ("huyện", "district"),
    "template.key_province": ("tỉnh", "province"),
    "template.key_commune_files": (
        "tệp số liệu các xã, ví dụ [xa-a.yaml, xa-b.yaml]",
        "the communes' data files, e.g. [xa-a.yaml, xa-b.yaml]",
    ),
    "template.key_region": (
        "vùng: {codes} hoặc tên, ví dụ Bắc Trung Bộ",
        "region: {codes} or a name, e.g. North Central Coast",
    ),
    "template.key_group": ("nhóm xã: 1, 2 hoặc 3", "commune group: 1, 2 or 3"),
    "template.flags_joiner": (" hoặc ", " or "),
    "template.flags": (
        "# Xã đặc biệt khó khăn / an toàn khu: thêm dòng {flags} (áp dụng yêu cầu vùng {region}).",
        "# Extremely disadvantaged / safe-zone commune: add the line {flags} (the {region} requirements apply).",
    ),
    "template.criterion": ("Tiêu chí {id}. {name}", "Criterion {id}. {name}"),
    "template.indicator_line": (
        "đơn vị: {unit} — yêu cầu: {required} — nguồn: {sources} — {what}",
        "unit: {unit} — required: {required} — source: {sources} — {what}",
    ),
    "template.declared": (
        "# Kết quả tiêu chí (đạt / chưa đạt) khi các chỉ tiêu chưa đủ để kết luận:",
        "# Criterion status (đạt / chưa đạt, i.e. met / not met) where the indicators cannot decide it:",
    ),
    "template.why_no_indicators": ("chưa có danh sách chỉ tiêu", "no indicator list yet"),
    "template.why_partial": (
        "chỉ tiêu chưa đầy đủ hoặc có yêu cầu chưa rõ",
        "indicator list incomplete or a requirement unknown",
    ),
    "template.col_commune": ("Tên xã", "Commune name"),
    "template.col_district": ("Huyện", "District"),
    "template.col_province": ("Tỉnh", "Province"),
    "template.col_region": ("Vùng", "Region"),
    "template.col_group": ("Nhóm xã", "Commune group"),
    "template.col_year": ("Năm", "Year"),
    "template.col_criteria_set": ("Bộ tiêu chí", "Criteria set"),
    "template.col_status": ("Tiêu chí {name}", "Criterion {name}"),
    "template.check_percent": (
        "Nhập số phần trăm từ 0 đến 100.",
        "Enter a percentage from 0 to 100.",
    ),
    "template.check_number": ("Nhập một số không âm.", "Enter a non-negative number."),
    "template.check_count": ("Nhập số nguyên không âm.", "Enter a non-negative whole number."),
    "template.check_flag": ("Chọn đạt hoặc chưa đạt.", "Choose đạt (met) or chưa đạt (not met)."),
    "template.check_year": ("Nhập năm, ví dụ 2025.", "Enter a year, e.g. 2025."),
    "template.check_group": ("Nhập nhóm xã 1, 2 hoặc 3.", "Enter commune group 1, 2 or 3."),
    "template.check_region": ("Chọn vùng trong danh sách.", "Choose a region from the list."),
    "template.check_set": ("Mã bộ tiêu chí: {set}.", "Criteria set id: {set}."),
    "template.check_title": ("Giá trị không hợp lệ", "Invalid value"),
    "template.sheet_data": ("Số liệu", "Data"),
    "template.sheet_requirements": ("Yêu cầu", "Requirements"),
    "template.notes_title": (
        "Bộ tiêu chí {set} ({decision}): {name} — yêu cầu cho {scope}",
        "Criteria set {set} ({decision}): {name} — requirements for {scope}",
    ),
    "template.notes_id": ("Mã", "Id"),
    "template.notes_indicator": ("Chỉ tiêu", "Indicator"),
    "template.notes_criterion": ("Tiêu chí", "Criterion"),
    "template.notes_unit": ("Đơn vị", "Unit"),
    "template.notes_required": ("Yêu cầu", "Requirement"),
    "template.notes_source": ("Nguồn", "Source"),
    "template.notes_document": ("Văn bản", "Document"),
    "template.written": (
        "{path}: đã tạo mẫu cho bộ tiêu chí {set}",
        "{path}: template written for criteria set {set}",
    ),
    # Priorities (`--plan`)
    "plan.more_units": ("cần thêm {n} {unit}", "{n} more {unit} needed"),
    "plan.fewer_units": ("cần giảm {n} {unit}", "{n} fewer {unit} needed"),
    "plan.unit": ("đơn vị", "units"),
    "plan.raise_points": (
        "cần tăng thêm {gap} điểm phần trăm",
        "needs {gap} more percentage points",
    ),
    "plan.lower_points": ("cần giảm {gap} điểm phần trăm", "needs {gap} fewer percentage points"),
    "plan.raise": ("cần tăng thêm {gap}{unit}", "needs {gap}{unit} more"),
    "plan.lower": ("cần giảm {gap}{unit}", "needs {gap}{unit} less"),
    "plan.adjust": ("cần điều chỉnh {gap}{unit}", "off by {gap}{unit}"),
    "plan.qualitative": (
        "cần hoàn thành yêu cầu của chỉ tiêu",
        "the indicator's requirement is still to be completed",
    ),
    "plan.declared": (
        "tiêu chí được khai là chưa đạt, không có số liệu chỉ tiêu nên chưa tính được phần còn thiếu",
        "criterion declared not met; there is no indicator data to size what is missing",
    ),
    "plan.no_investment": ("không cần vốn đầu tư", "no investment needed"),
    "plan.investment": ("cần vốn đầu tư", "needs investment"),
    "plan.untagged": ("chưa phân loại đầu tư", "investment not classified"),
    "plan.actual_required": (
        "hiện {value}, yêu cầu {required}",
        "now {value}, required {required}",
    ),
    "plan.title": ("Thứ tự ưu tiên — {commune}", "Priorities — {commune}"),
    "plan.none": ("Không còn chỉ tiêu nào chưa đạt.", "No unmet indicator is left."),
    "plan.missing": (
        "Chưa xếp được ưu tiên, thiếu số liệu: {items}.",
        "Cannot be ranked yet, data missing: {items}.",
    ),
    "plan.undetermined": (
        "Chưa xếp được ưu tiên, chưa xác định được kết quả: {items}.",
        "Cannot be ranked yet, result undetermined: {items}.",
    ),
    # `ntm diff`
    "diff.head": (
        "{commune}: đạt {met}/{total} tiêu chí (lần trước, năm {old_year}: {old_met}/{old_total}).",
        "{commune}: {met}/{total} criteria met (previously, year {old_year}: {old_met}/{old_total}).",
    ),
    "diff.criterion_lost": ("Tiêu chí sụt giảm: {items}.", "Criteria lost: {items}."),
    "diff.criterion_gained": ("Tiêu chí mới đạt: {items}.", "Criteria gained: {items}."),
    "diff.criterion_status": (
        "Tiêu chí đổi tình trạng: {items}.",
        "Criteria whose status changed: {items}.",
    ),
    "diff.indicator_lost": ("Chỉ tiêu sụt giảm: {items}.", "Indicators lost: {items}."),
    "diff.indicator_gained": ("Chỉ tiêu mới đạt: {items}.", "Indicators gained: {items}."),
    "diff.indicator_status": (
        "Chỉ tiêu đổi tình trạng: {items}.",
        "Indicators whose status changed: {items}.",
    ),
    "diff.indicator_worse": (
        "Chỉ tiêu giảm giá trị (vẫn cùng kết quả): {items}.",
        "Indicators that worsened (same result): {items}.",
    ),
    "diff.indicator_better": (
        "Chỉ tiêu cải thiện (vẫn cùng kết quả): {items}.",
        "Indicators that improved (same result): {items}.",
    ),
    "diff.indicator_changed": (
        "Chỉ tiêu đổi giá trị: {items}.",
        "Indicators whose value changed: {items}.",
    ),
    "diff.nothing": (
        "Không có thay đổi về tiêu chí, chỉ tiêu.",
        "No change in criteria or indicators.",
    ),
    "diff.risk": (
        "CẢNH BÁO: {commune} đã đạt chuẩn ở lần đánh giá trước nhưng nay không còn đạt {items}; xã có nguy cơ bị thu hồi quyết định công nhận đạt chuẩn.",
        "WARNING: {commune} met the standard in the previous assessment but no longer meets {items}; its recognition is at risk of being revoked.",
    ),
    "diff.rule": (
        "Theo QĐ 18/2022/QĐ-TTg, quyết định công nhận bị thu hồi khi từ 30% đến 50% số tiêu chí không đạt và trong đó có tiêu chí Thu nhập, Môi trường và an toàn thực phẩm, Môi trường, Chất lượng môi trường sống hoặc Quốc phòng và An ninh; hoặc khi từ 50% số tiêu chí trở lên không đạt.",
        "Under QĐ 18/2022/QĐ-TTg, recognition is revoked when 30% to 50% of the criteria are not met and one of them is Income, Environment and food safety, Environment, Quality of the living environment, or Defence and security; or when 50% or more of the criteria are not met.",
    ),
    "diff.now": (
        "Hiện có {n} tiêu chí chưa đạt hoặc chưa đánh giá được ({share} số tiêu chí)",
        "Now {n} criteria are not met or cannot be assessed ({share} of the criteria)",
    ),
    "diff.now_key": (", trong đó có {items}", ", including {items}"),
    "diff.half_or_more": (
        ": thuộc trường hợp bị thu hồi (từ 50% số tiêu chí trở lên).",
        ": this is a revocation case (50% or more of the criteria).",
    ),
    "diff.key_criterion": (": thuộc trường hợp bị thu hồi.", ": this is a revocation case."),
    "diff.none": (
        ": chưa đến mức thu hồi theo quy định này, cần khắc phục ngay.",
        ": not a revocation case under this rule yet; to be fixed at once.",
    ),
    "diff.only_old": (
        "Chỉ có trong lần đánh giá trước: {items}.",
        "Only in the previous assessment: {items}.",
    ),
    "diff.only_new": (
        "Chỉ có trong lần đánh giá mới: {items}.",
        "Only in the new assessment: {items}.",
    ),
    "diff.set_changed": (
        "Lưu ý: hai lần đánh giá dùng hai bộ tiêu chí khác nhau ({old} → {new}).",
        "Note: the assessments use different criteria sets ({old} → {new}).",
    ),
    # The HTML page (`--format html`)
    "html.title": (
        "Báo cáo đánh giá tiêu chí nông thôn mới",
        "New rural development (NTM) criteria report",
    ),
    "html.summary": ("Tóm tắt", "Summary"),
    "html.communes": ("Số xã", "Communes"),
    "html.meeting": ("Xã đạt đủ tiêu chí", "Communes meeting every criterion"),
    "html.average": ("Tiêu chí bình quân/xã", "Average criteria met per commune"),
    "html.charts": ("Biểu đồ", "Charts"),
    "html.per_commune": ("Số tiêu chí đạt của từng xã", "Criteria met per commune"),
    "html.most_missed": (
        "Tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất",
        "Criteria most often not met (or not assessable)",
    ),
    "html.under_floor": ("Xã dưới {floor} tiêu chí", "Communes under {floor} criteria"),
    "html.missed_by": ("{n} xã", "{n} communes"),
    "html.missed_by_one": ("1 xã", "1 commune"),
    "html.details": ("Chi tiết từng xã", "Commune details"),
    "html.priorities": ("Thứ tự ưu tiên", "Priorities"),
    "html.none_missed": (
        "Không có tiêu chí nào chưa đạt hoặc chưa đánh giá được.",
        "Every criterion is met.",
    ),
    "html.chart_cap": (
        "Hiển thị {shown}/{total} xã có ít tiêu chí đạt nhất.",
        "Showing the {shown} of {total} communes with the fewest criteria met.",
    ),
    "html.tiers": ("Bậc đã đạt của từng xã", "Tier reached per commune"),
    "html.ladder": ("Các bậc nông thôn mới", "NTM tiers"),
    # The batch HTML page
    "batch_html.distribution": ("Số xã theo số tiêu chí đạt", "Communes by criteria met"),
    "batch_html.n_criteria": ("{n} tiêu chí", "{n} criteria"),
    "batch_html.groups": (
        "Tiêu chí bình quân/xã theo địa bàn",
        "Average criteria met per commune, by area",
    ),
    "batch_html.communes_n": ("{n} xã", "{n} communes"),
    "batch_html.criterion": ("Tiêu chí", "Criterion"),
    "batch_html.set": ("Bộ tiêu chí", "Criteria set"),
    "batch_html.status": ("Kết quả", "Status"),
    # Report prose of one commune (`--format text`)
    "prose.all_met": (
        "{commune} đạt {met}/{total} tiêu chí, đạt đủ các tiêu chí của bộ tiêu chí.",
        "{commune} meets {met}/{total} criteria: every criterion of the set is met.",
    ),
    "prose.met": ("{commune} đạt {met}/{total} tiêu chí", "{commune} meets {met}/{total} criteria"),
    "prose.unmet": (
        "còn {n} tiêu chí chưa đạt, gồm: {items}",
        "{n} criteria are not yet met: {items}",
    ),
    "prose.pending_detail": (
        "Còn {n} tiêu chí chưa đánh giá được: {items}.",
        "{n} criteria cannot be assessed yet: {items}.",
    ),
    "prose.missing": ("thiếu số liệu: {items}", "data missing for {items}"),
    "prose.undetermined": (
        "chưa xác định được ngưỡng áp dụng: {items}",
        "threshold undetermined for {items}",
    ),
    "prose.partial": (
        "bộ tiêu chí mới mã hóa một phần chỉ tiêu: {items}",
        "only some indicators are encoded for {items}",
    ),
    "prose.all_declared": (
        "Kết quả các tiêu chí lấy theo đánh giá đã khai, không có số liệu chỉ tiêu.",
        "Every result is the declared assessment; there is no indicator data.",
    ),
    "prose.declared": (
        "Kết quả tiêu chí {items} lấy theo đánh giá đã khai, không có số liệu chỉ tiêu.",
        "The results for criteria {items} are declared; there is no indicator data.",
    ),
    "prose.basis": (
        "Đánh giá theo {title} ({decision}), năm {year}.",
        "Assessed against {title} ({decision}), year {year}.",
    ),
    "prose.not_applicable": ("Không áp dụng: {items}.", "Not applicable: {items}."),
    "prose.warning": ("Lưu ý: {text}.", "Note: {text}."),
    "prose.next_tier": (
        "{tier} ({set_id}): đạt {met}/{total} tiêu chí",
        "{tier} ({set_id}): {met}/{total} criteria met",
    ),
    # Report prose of a batch
    "batch_prose.overall": ("Toàn bộ {n} xã được đánh giá", "All {n} communes assessed"),
    "batch_prose.group": ("{place} ({n} xã)", "{place} ({n} communes)"),
    "batch_prose.group_one": ("{place} (1 xã)", "{place} (1 commune)"),
    "batch_prose.met": (
        "có {met} xã đạt đủ tiêu chí ({share})",
        "{met} meet every criterion ({share})",
    ),
    "batch_prose.met_one": (
        "có 01 xã đạt đủ tiêu chí ({share})",
        "1 meets every criterion ({share})",
    ),
    "batch_prose.met_none": ("chưa có xã nào đạt đủ tiêu chí", "none meets every criterion"),
    "batch_prose.average": (
        "tiêu chí bình quân đạt {avg} tiêu chí/xã",
        "average {avg} criteria met per commune",
    ),
    "batch_prose.under": (
        "còn {n} xã dưới {floor} tiêu chí",
        "{n} communes are under {floor} criteria",
    ),
    "batch_prose.under_one": (
        "còn 01 xã dưới {floor} tiêu chí",
        "1 commune is under {floor} criteria",
    ),
    "batch_prose.none_under": (
        "không còn xã nào dưới {floor} tiêu chí",
        "no commune is under {floor} criteria",
    ),
    "batch_prose.under_list": (
        "Các xã dưới {floor} tiêu chí: {items}.",
        "Communes under {floor} criteria: {items}.",
    ),
    "batch_prose.missed": (
        "Các tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất: {items}.",
        "Criteria most often not met (or not assessable): {items}.",
    ),
    "batch_prose.missed_item": ("{label}: {n} xã", "{label}: {n} communes"),
    "batch_prose.unknown_place": ("(không rõ)", "(unknown)"),
    # Columns of `ntm evaluate --format csv`
    "commune_csv.commune": ("Xã", "Commune"),
    "commune_csv.district": ("Huyện", "District"),
    "commune_csv.province": ("Tỉnh", "Province"),
    "commune_csv.year": ("Năm", "Year"),
    "commune_csv.criteria_set": ("Bộ tiêu chí", "Criteria set"),
    "commune_csv.criterion_id": ("Mã tiêu chí", "Criterion id"),
    "commune_csv.criterion": ("Tiêu chí", "Criterion"),
    "commune_csv.criterion_status": ("Kết quả tiêu chí", "Criterion status"),
    "commune_csv.indicator_id": ("Mã chỉ tiêu", "Indicator id"),
    "commune_csv.indicator": ("Chỉ tiêu", "Indicator"),
    "commune_csv.operator": ("Phép so sánh", "Operator"),
    "commune_csv.required": ("Yêu cầu", "Required"),
    "commune_csv.actual": ("Thực tế", "Actual"),
    "commune_csv.achieved": ("Số đạt", "Achieved"),
    "commune_csv.total": ("Tổng số", "Total"),
    "commune_csv.indicator_status": ("Kết quả chỉ tiêu", "Indicator status"),
    "commune_csv.gap": ("Còn thiếu", "Gap"),
    "commune_csv.units_needed": ("Số đơn vị cần thêm", "Units needed"),
    "commune_csv.source": ("Nguồn", "Source"),
    # Columns of `ntm evaluate --plan --format csv`
    "plan_csv.commune": ("Xã", "Commune"),
    "plan_csv.district": ("Huyện", "District"),
    "plan_csv.rank": ("Thứ tự", "Rank"),
    "plan_csv.investment": ("Đầu tư", "Investment"),
    "plan_csv.criterion_id": ("Mã tiêu chí", "Criterion id"),
    "plan_csv.criterion": ("Tiêu chí", "Criterion"),
    "plan_csv.indicator_id": ("Mã chỉ tiêu", "Indicator id"),
    "plan_csv.indicator": ("Chỉ tiêu", "Indicator"),
    "plan_csv.relative_gap": ("Khoảng cách tương đối", "Relative gap"),
    "plan_csv.still_needed": ("Cần làm", "Still needed"),
    # `ntm validate` lines
    "validate.communes": ("{n} xã, bộ tiêu chí {sets}", "{n} commune(s), set {sets}"),
    "validate.set": ("bộ tiêu chí {id} ({n} tiêu chí)", "criteria set {id} ({n} criteria)"),
    "validate.failed": ("{failed}/{total} tệp có lỗi", "{failed} of {total} files have problems"),
    "validate.district": ("huyện, bộ tiêu chí {sets}", "district, set {sets}"),
}


def message(key: str, lang: str, **args: object) -> str:
    """The phrase for key in lang ("en", else Vietnamese), with its fields filled in."""
    vi, en = MESSAGES[key]
    text = en if lang == "en" else vi
    # Only phrases given fields are formatted: hints such as "{achieved: 380, ...}" are literal.
    return text.format(**args) if args else text
