"""The 2026–2030 period: commune groups, merged communes, declared statuses, province completion."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    # "cơ bản đạt": the third status offices report (never counted as met for recognition)
    "status.basically_met": ("Cơ bản đạt", "Basically met"),
    "word.list_basically_met": ("cơ bản đạt", "basically met"),
    "period.summary_basic": (
        "{commune}: đạt {met}, cơ bản đạt {basic} / {total} tiêu chí",
        "{commune}: {met} met, {basic} basically met / {total} criteria",
    ),
    "period.count_basic": (
        "đạt {met}, cơ bản đạt {basic} / {total}",
        "{met} met, {basic} basically met / {total}",
    ),
    "period.prose_met_basic": (
        "{commune} đạt {met}, cơ bản đạt {basic} / {total} tiêu chí",
        "{commune} meets {met} and basically meets {basic} of {total} criteria",
    ),
    "period.prose_basic": (
        "{n} tiêu chí cơ bản đạt (chưa tính là đạt khi xét công nhận): {items}",
        "{n} criteria are basically met (not counted as met for recognition): {items}",
    ),
    "period.plan_basic": (
        "tiêu chí được khai là cơ bản đạt: cần hoàn thiện để đạt, chưa có số liệu chỉ tiêu",
        "criterion declared basically met: still to complete; there is no indicator data",
    ),
    "period.template_basic": (
        "# (hoặc cơ bản đạt: được đếm riêng, không tính là đạt khi xét công nhận)",
        "# (or cơ bản đạt, basically met: counted apart, never as met for recognition)",
    ),
    "template.check_status": (
        "Chọn đạt, cơ bản đạt hoặc chưa đạt.",
        "Choose cơ bản đạt (basically met), đạt (met) or chưa đạt (not met).",
    ),
    "period.batch_basic": ("Lượt tiêu chí cơ bản đạt", "Criteria basically met (total)"),
    # Commune groups of QĐ 51/2025/QĐ-TTg
    "period.groups_1": (
        "# Nhóm xã theo QĐ 51/2025/QĐ-TTg (tóm tắt theo Thời báo Tài chính Việt Nam; hãy đối"
        " chiếu văn bản gốc):",
        "# Commune groups of QĐ 51/2025/QĐ-TTg (as summarised by Thời báo Tài chính Việt Nam;"
        " check against the decision):",
    ),
    "period.groups_2": (
        "#   Nhóm 1: xã giáp ranh đô thị hiện hữu, định hướng phát triển thành đô thị; hoặc nông"
        " nghiệp chiếm dưới 10% cơ cấu kinh tế; hoặc được quy hoạch là đô thị mới.",
        "#   Group 1: next to an existing urban area and oriented to become urban; or agriculture"
        " below 10% of the economy; or planned as a new urban area.",
    ),
    "period.groups_3": (
        "#   Nhóm 2: các xã còn lại.",
        "#   Group 2: every other commune.",
    ),
    "period.groups_4": (
        "#   Nhóm 3: xã khu vực II, khu vực III vùng đồng bào dân tộc thiểu số và miền núi"
        " (phân định theo Nghị định 272/2025/NĐ-CP; tỉnh ban hành danh sách).",
        "#   Group 3: region II and region III communes of the ethnic-minority and mountain areas"
        " (delineated under Nghị định 272/2025/NĐ-CP; each province issues the list).",
    ),
    "period.groups_5": (
        "#   Xã khu vực II/III: ghi khu_vuc (ntm xếp nhóm 3 và ghi rõ căn cứ). Nhóm 1 hay 2 do"
        " địa phương xác định: ghi group.",
        "#   A region II/III commune: fill in khu_vuc (ntm puts it in group 3 and says why)."
        " Group 1 or 2 is the office's decision: fill in group.",
    ),
    "period.key_khu_vuc": (
        "khu vực của xã theo Nghị định 272/2025/NĐ-CP: I, II hoặc III (II, III là nhóm 3)",
        "the commune's area class under Nghị định 272/2025/NĐ-CP: I, II or III (II, III: group 3)",
    ),
    "period.key_code": (
        "mã đơn vị hành chính mới của xã (từ 01/7/2025), nếu có",
        "the commune's new administrative unit code (since 01/7/2025), if known",
    ),
    "template.col_code": ("Mã xã", "Commune code"),
    "template.col_khu_vuc": ("Khu vực (NĐ 272/2025)", "Area class (ND 272/2025)"),
    "template.check_khu_vuc": ("Chọn I, II hoặc III.", "Choose I, II or III."),
    "period.prose_group_area": (
        "Xã thuộc nhóm 3 theo QĐ 51/2025/QĐ-TTg vì là xã khu vực {area} vùng đồng bào dân tộc"
        " thiểu số và miền núi (Nghị định 272/2025/NĐ-CP).",
        "The commune is group 3 under QĐ 51/2025/QĐ-TTg as a region {area} commune of the"
        " ethnic-minority and mountain areas (Nghị định 272/2025/NĐ-CP).",
    ),
    "period.group_from_area": (
        "(xã khu vực {area} vùng đồng bào DTTS và miền núi theo Nghị định 272/2025/NĐ-CP,"
        " nên thuộc nhóm 3 theo QĐ 51/2025/QĐ-TTg)",
        "(a region {area} commune of the ethnic-minority and mountain areas under Nghị định"
        " 272/2025/NĐ-CP, hence group 3 under QĐ 51/2025/QĐ-TTg)",
    ),
    # Province completion (QĐ 51/2025 Phụ lục III) and the programme target (NQ 257/2025/QH15)
    "period.target_line": (
        "{name}: hiện {share}% ({met}/{total} xã); còn cần {needed} điểm % (thêm {communes} xã)",
        "{name}: now {share}% ({met}/{total} communes); {needed} points still needed"
        " ({communes} more communes)",
    ),
    "period.target_reached": (
        "{name}: hiện {share}% ({met}/{total} xã) — đã đạt mức mục tiêu",
        "{name}: now {share}% ({met}/{total} communes) — the target share is reached",
    ),
    "period.target_undecided": (
        "({n} xã chưa xác định được, chưa tính là đạt)",
        "({n} communes undecided, not counted as meeting it)",
    ),
    "period.target_no_communes": (
        "{name}: không có xã nào để tính; thêm --communes DIR",
        "{name}: no communes to count; add --communes DIR",
    ),
    "period.validate_province": ("tỉnh, bộ tiêu chí {sets}", "province, set {sets}"),
    "notice.uncertain_source": (
        "điều kiện {ids}: yêu cầu lấy từ nguồn có độ tin cậy {confidence} ({source}), chưa"
        " đối chiếu được toàn văn quyết định; hãy kiểm tra với bản quyết định của địa phương",
        "conditions {ids}: the requirement comes from a {confidence}-confidence source"
        " ({source}), not the decision's full text; check it against your copy",
    ),
    "notice.tier_without_base": (
        "{communes}: được tính là đạt {set} theo kết quả đã khai nhưng chưa đạt (hoặc chưa"
        " xác định được) chuẩn xã nông thôn mới; hãy kiểm tra lại số liệu của các xã này",
        "{communes}: counted as meeting {set} from the declared result but not (or not"
        " provably) meeting the new-rural commune standard; check these communes' data",
    ),
    "period.confidence_medium": ("trung bình", "medium"),
    "period.confidence_low": ("thấp", "low"),
    # ntm batch --by group
    "period.group_name": ("Nhóm {group}", "Group {group}"),
    "period.group_unknown": ("(chưa rõ nhóm)", "(group not given)"),
    "batch.group": ("Nhóm xã", "Commune group"),
    "period.help_by": (
        "Tổng hợp thêm theo huyện (district), theo tỉnh (province) hoặc theo nhóm xã 1/2/3 của"
        " QĐ 51/2025 (group).",
        "Also roll the figures up per district, per province or per commune group 1/2/3 of"
        " QĐ 51/2025 (group).",
    ),
    "period.code_label": ("Mã xã {code}", "Commune code {code}"),
    # A merged commune from its former communes (formed_from)
    "notice.merged_from": (
        "xã hình thành từ sáp nhập các xã {communes} (ngày {date})",
        "commune formed by merging {communes} ({date})",
    ),
    "notice.merged_combined": (
        "số liệu cộng gộp từ các xã cũ (cộng số đạt và tổng số): {ids}",
        "values combined from the former communes (achieved and totals summed): {ids}",
    ),
    "notice.merged_no_total": (
        "cần số liệu của xã mới: {ids} (xã cũ chỉ có tỷ lệ hoặc con số, không kèm tổng số,"
        " nên không cộng gộp được)",
        "the new commune's own data is needed: {ids} (a former commune gives a rate or figure"
        " without its total, which cannot be combined)",
    ),
    "notice.merged_qualitative": (
        "cần số liệu của xã mới: {ids} (giá trị đạt/chưa đạt của xã cũ không cộng gộp được)",
        "the new commune's own data is needed: {ids} (a former commune's đạt/chưa đạt cannot"
        " be combined)",
    ),
    "notice.merged_not_everywhere": (
        "cần số liệu của xã mới: {ids} (không phải xã cũ nào cũng có số liệu)",
        "the new commune's own data is needed: {ids} (not every former commune gives it)",
    ),
    "notice.merged_not_in_set": (
        "số liệu của xã cũ không thuộc bộ tiêu chí đang dùng, không tính: {ids}",
        "former communes' values not in the set used, not counted: {ids}",
    ),
    "notice.merged_declared": (
        "cần số liệu của xã mới: tiêu chí {ids} (kết quả đã khai của xã cũ không cộng gộp được)",
        "the new commune's own data is needed: criteria {ids} (a former commune's declared"
        " result cannot be combined)",
    ),
    "period.combined_mark": ("(cộng gộp từ các xã cũ)", "(combined from the former communes)"),
    "commune_csv.combined": ("Cộng gộp từ xã cũ", "Combined from former communes"),
    "period.combined_yes": ("có", "yes"),
    "period.err_former_missing": (
        "không tìm thấy tệp xã cũ {file!r} (đường dẫn tính từ thư mục của tệp này)",
        "former commune file {file!r} not found (paths are relative to this file)",
    ),
    "period.err_former_broken": (
        "tệp xã cũ {file!r} có lỗi: {where}: {problem}",
        "former commune file {file!r} has errors: {where}: {problem}",
    ),
    "period.err_former_no_name": (
        "tệp xã cũ {file!r} không có xã nào tên {name!r}",
        "former commune file {file!r} holds no commune named {name!r}",
    ),
    "period.err_former_many": (
        "tệp xã cũ {file!r} có {count} xã; thêm `commune:` để chỉ rõ xã nào",
        "former commune file {file!r} holds {count} communes; add `commune:` to say which one",
    ),
    "period.unit_tinh": ("tỉnh", "province"),
    "period.key_province_name": ("tên tỉnh, thành phố (bắt buộc)", "province name (required)"),
}
