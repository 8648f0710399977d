"""Roll-up figures a batch reports: per set and year, duplicates, floors and bands."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    # `ntm diff` across two criteria sets
    "diff.sets_differ": (
        "Hai lần đánh giá theo hai bộ tiêu chí khác nhau ({old} → {new}): tiêu chí của hai bộ"
        " không so sánh được từng cái một, nên không tiêu chí nào được tính là mới đạt hay sụt"
        " giảm; dưới đây là kết quả từng lần.",
        "The two assessments use different criteria sets ({old} → {new}): their criteria cannot"
        " be compared one by one, so none is counted as gained or lost; each result is given"
        " below.",
    ),
    "diff.side_head": ("{commune} (bộ {old} → {new}):", "{commune} (sets {old} → {new}):"),
    "diff.side": (
        "Năm {year}, theo Quyết định {decision}: đạt {met}/{total} tiêu chí",
        "Year {year}, under decision {decision}: {met}/{total} criteria met",
    ),
    "diff.side_open": ("; chưa đạt: {items}", "; not met: {items}"),
    "diff.side_before": ("Lần trước: năm {year}, {decision}", "Before: year {year}, {decision}"),
    "diff.side_after": ("Lần này: năm {year}, {decision}", "Now: year {year}, {decision}"),
    "diff.continued": ("trước là tiêu chí {old}", "formerly criterion {old}"),
    "diff.rule_named": (
        "Theo QĐ 18/2022/QĐ-TTg, quyết định công nhận bị thu hồi khi từ 30% đến 50% số tiêu"
        " chí không đạt và trong đó có tiêu chí {items}; hoặc khi từ 50% số tiêu chí trở lên"
        " không đạt.",
        "Under QĐ 18/2022/QĐ-TTg, recognition is revoked when 30% to 50% of the criteria are"
        " not met and one of them is {items}; or when 50% or more of the criteria are not met.",
    ),
    "diff.rule_half": (
        "Theo QĐ 18/2022/QĐ-TTg, quyết định công nhận bị thu hồi khi từ 50% số tiêu chí trở"
        " lên không đạt.",
        "Under QĐ 18/2022/QĐ-TTg, recognition is revoked when 50% or more of the criteria are"
        " not met.",
    ),
    "word.or": ("hoặc", "or"),
    # Batch figures per (criteria set, year)
    "figures.set_year": ("Năm {year}, {decision}", "Year {year}, {decision}"),
    "figures.prose_set": (
        "Năm {year}, theo Quyết định {decision} ({criteria} tiêu chí), {n} xã được đánh giá",
        "Year {year}, under decision {decision} ({criteria} criteria), {n} communes assessed",
    ),
    "figures.group_set": (
        "{place}, năm {year}, Quyết định {decision}",
        "{place}, year {year}, decision {decision}",
    ),
    "figures.prose_set_one": (
        "Năm {year}, theo Quyết định {decision} ({criteria} tiêu chí), 01 xã được đánh giá",
        "Year {year}, under decision {decision} ({criteria} criteria), 1 commune assessed",
    ),
    "figures.missed_item_one": ("{label}: 1 xã", "{label}: 1 commune"),
    "figures.sets": ("Theo bộ tiêu chí và năm", "By criteria set and year"),
    "figures.criteria_count": ("Số tiêu chí của bộ", "Criteria in the set"),
    "figures.floor": ("Mức sàn (số tiêu chí)", "Floor (criteria)"),
    "figures.under_floor": ("Số xã dưới mức sàn", "Communes under the floor"),
    "figures.under_own_floor": (
        "Số xã dưới mức sàn của bộ tiêu chí",
        "Communes under their set's floor",
    ),
    "figures.floor_above": (
        "--floor {floor} lớn hơn {count} tiêu chí của bộ {set_id} ({decision}); hãy cho tối đa"
        " {count}, hoặc bỏ --floor để dùng mức sàn mà bộ tiêu chí nêu",
        "--floor {floor} is more than the {count} criteria of set {set_id} ({decision}); give"
        " at most {count}, or leave --floor out to use the set's own floor",
    ),
    "figures.duplicate": (
        "{commune} năm {year} đã có ở {other} ({met}/{total} tiêu chí), ở đây lại có với kết"
        " quả khác ({again_met}/{again_total}); chỉ tính một lần, theo chỗ có trước. Giữ một"
        " trong hai chỗ và bỏ chỗ kia khỏi đợt chấm",
        "{commune}, year {year}, is already given at {other} ({met}/{total} criteria) and again"
        " here with another result ({again_met}/{again_total}); it is counted once, as given"
        " first. Keep one of the two and remove the other from the batch",
    ),
    "figures.duplicate_same": (
        "{commune} năm {year} đã có ở {other} (cùng kết quả {met}/{total} tiêu chí); chỉ tính"
        " một lần. Bỏ một trong hai chỗ khỏi đợt chấm",
        "{commune}, year {year}, is already given at {other} (the same result, {met}/{total}"
        " criteria); it is counted once. Remove one of the two from the batch",
    ),
    "figures.skipped_report": (
        "{path}: bỏ qua, đây là tệp do ntm tạo (báo cáo hoặc bảng bộ tiêu chí), không phải số liệu xã",
        "{path}: skipped, a file ntm wrote (a report or a criteria-set workbook), not commune data",
    ),
    "figures.warnings": ("Cảnh báo", "Warnings"),
    "figures.warning": ("Cảnh báo", "Warning"),
    "figures.warnings_prose": (
        "Cảnh báo cần hỏi lại xã ({n}): {items}.",
        "Warnings to query the communes about ({n}): {items}.",
    ),
    "figures.points": ("{n} điểm %", "{n} percentage points"),
    "figures.point": ("{n} điểm %", "{n} percentage point"),
    "figures.rose": ("tăng", "up"),
    "figures.fell": ("giảm", "down"),
    "figures.no_data": ("chưa có số liệu", "no data yet"),
    "figures.tier_no_data": (
        "{tier} ({set_id}): chưa có số liệu",
        "{tier} ({set_id}): no data yet",
    ),
    "figures.declared_partial": (
        "Kết quả tiêu chí {items} lấy theo đánh giá đã khai: đã có số liệu chỉ tiêu, nhưng bộ"
        " tiêu chí mới mã hóa một phần chỉ tiêu nên chưa tự kết luận được.",
        "The results for criteria {items} are declared: indicator data were given, but only"
        " some of the set's indicators are encoded, so they cannot decide alone.",
    ),
    "figures.declared_short": (
        "Kết quả tiêu chí {items} lấy theo đánh giá đã khai: số liệu chỉ tiêu đã nhập chưa đủ"
        " để kết luận (còn chỉ tiêu thiếu số liệu hoặc chưa rõ ngưỡng).",
        "The results for criteria {items} are declared: the indicator data given cannot decide"
        " (some indicators lack data or have an unknown threshold).",
    ),
    "figures.bands_bad": (
        "--bands {text}: ghi các mốc số tiêu chí, cách nhau bằng dấu phẩy, ví dụ --bands 10,5"
        " (đạt 10 / từ 5 đến 9 / dưới 5)",
        "--bands {text}: give criteria counts separated by commas, e.g. --bands 10,5 (10 or"
        " more / 5 to 9 / under 5)",
    ),
    "figures.bands_above": (
        "--bands {band} lớn hơn {count} tiêu chí của bộ {set_id}; hãy cho mốc tối đa {count}",
        "--bands {band} is more than the {count} criteria of set {set_id}; give at most {count}",
    ),
    "figures.bands": ("Số xã theo nhóm số tiêu chí đạt", "Communes by band of criteria met"),
    "figures.band": ("Nhóm số tiêu chí đạt", "Band of criteria met"),
    "figures.band_top": ("đạt {lo} tiêu chí trở lên", "{lo} or more criteria"),
    "figures.band_mid": ("từ {lo} đến {hi} tiêu chí", "{lo} to {hi} criteria"),
    "figures.band_low": ("dưới {under} tiêu chí", "under {under} criteria"),
    "figures.bands_prose": (
        "Số xã theo số tiêu chí đạt: {items}.",
        "Communes by criteria met: {items}.",
    ),
    "figures.band_item": ("{band}: {n} xã", "{band}: {n} communes"),
    "batch_help.bands": (
        "Đếm số xã theo nhóm số tiêu chí đạt: --bands 10,5 cho các nhóm đạt 10 trở lên / từ 5"
        " đến 9 / dưới 5 tiêu chí (như mẫu báo cáo giai đoạn 2026–2030).",
        "Count communes by band of criteria met: --bands 10,5 gives 10 or more / 5 to 9 /"
        " under 5 (the breakdown of the 2026–2030 report forms).",
    ),
    # `ntm batch` options
    "batch_help.floor": (
        "Đếm các xã đạt ít hơn số tiêu chí này, cho mọi bộ tiêu chí (mặc định: mức sàn mà bộ"
        " tiêu chí nêu, kèm nguồn; bộ không nêu mức sàn thì không đếm). Không lớn hơn số tiêu"
        " chí của bộ.",
        "Count communes meeting fewer criteria than this, for every set (default: the floor"
        " the set file states with its source; a set that states none gets no floor line)."
        " At most the set's number of criteria.",
    ),
}
