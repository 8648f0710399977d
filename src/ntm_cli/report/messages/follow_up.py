"""Province diffs, early warnings, target plans and re-runnable records."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    # ntm diff for a whole province
    "diff_sum.title": ("Tổng hợp", "Summary"),
    "diff_sum.heading": ("So sánh hai lần đánh giá", "Comparison of two assessments"),
    "diff_sum.compared": ("{n} xã được so sánh", "{n} communes compared"),
    "diff_sum.gained": ("{n} xã có tiêu chí mới đạt", "{n} with a criterion gained"),
    "diff_sum.lost": ("{n} xã có tiêu chí sụt giảm", "{n} with a criterion lost"),
    "diff_sum.lost_recognition": (
        "{n} xã không còn đạt chuẩn",
        "{n} no longer meeting the standard",
    ),
    "diff_sum.unchanged": ("{n} xã không thay đổi", "{n} unchanged"),
    "diff_sum.not_comparable": (
        "{n} xã đánh giá theo hai bộ tiêu chí khác nhau, không so sánh từng tiêu chí",
        "{n} assessed under two different sets, not compared criterion by criterion",
    ),
    "diff_sum.only_old": ("{n} xã chỉ có ở lần trước", "{n} only in the earlier assessment"),
    "diff_sum.only_new": ("{n} xã chỉ có ở lần này", "{n} only in the new assessment"),
    "diff_sum.group": ("Nhóm {n}", "Group {n}"),
    "diff_sum.by_province": ("Tỉnh", "Province"),
    "diff_sum.by_district": ("Huyện", "District"),
    "diff_sum.by_group": ("Nhóm xã", "Commune group"),
    "diff_sum.col_compared": ("Số xã so sánh", "Compared"),
    "diff_sum.col_gained": ("Có tiêu chí mới đạt", "Gained a criterion"),
    "diff_sum.col_lost": ("Có tiêu chí sụt giảm", "Lost a criterion"),
    "diff_sum.col_lost_recognition": ("Không còn đạt chuẩn", "No longer meeting"),
    "diff_sum.col_unchanged": ("Không thay đổi", "Unchanged"),
    "diff_sum.col_not_comparable": ("Khác bộ tiêu chí", "Different sets"),
    "diff_sum.col_only_old": ("Chỉ có lần trước", "Only before"),
    "diff_sum.col_only_new": ("Chỉ có lần này", "Only now"),
    "diff_sum.yes": ("Có", "Yes"),
    "diff_sum.years": ("Năm đánh giá", "Years assessed"),
    "diff_sum.no": ("Không", "No"),
    "diff_sum.communes": ("Kết quả từng xã", "Communes"),
    "diff_sum.details": ("Chi tiết thay đổi", "What changed"),
    "diff_sum.figure": ("Chỉ tiêu tổng hợp", "Figure"),
    "diff_sum.value": ("Số xã", "Communes"),
    "diff_sum.row_commune": ("Xã", "Commune"),
    "diff_sum.row_district": ("Huyện", "District"),
    "diff_sum.row_province": ("Tỉnh", "Province"),
    "diff_sum.row_before": ("Lần trước (đạt/tổng, năm)", "Before (met/total, year)"),
    "diff_sum.row_now": ("Lần này (đạt/tổng, năm)", "Now (met/total, year)"),
    "diff_sum.row_gained": ("Tiêu chí mới đạt", "Criteria gained"),
    "diff_sum.row_lost": ("Tiêu chí sụt giảm", "Criteria lost"),
    "diff_sum.row_lost_recognition": ("Không còn đạt chuẩn", "No longer meeting"),
    "diff_sum.row_comparable": ("So sánh được", "Comparable"),
    "diff_sum.help_changed_only": (
        "Chỉ liệt kê các xã có thay đổi (phần tổng hợp vẫn đếm mọi xã).",
        "List only the communes with a change (the summary still counts every commune).",
    ),
    "diff_sum.help_by": (
        "Thêm bảng tổng hợp theo tỉnh, huyện hoặc nhóm xã.",
        "Add a summary table per province, district or commune group.",
    ),
    # --watch: early warning
    "watch.help": (
        "Cảnh báo sớm: đánh dấu chỉ tiêu đã đạt nhưng còn cách ngưỡng không quá 5% ngưỡng (hoặc"
        ' mức watch_margin mà bộ tiêu chí đặt cho chỉ tiêu đó) là "đạt sát ngưỡng".',
        "Early warning: mark met indicators within 5% of their threshold (or the watch_margin"
        ' the criteria set gives the indicator) as near the threshold ("đạt sát ngưỡng").',
    ),
    "watch.title": (
        "Tiêu chí dễ bị sụt giảm — chỉ tiêu đạt sát ngưỡng (trong phạm vi {margin}% của ngưỡng)",
        "Criteria at risk — indicators met near their threshold (within {margin}% of it)",
    ),
    "watch.near": ("đạt sát ngưỡng", "met near the threshold"),
    "watch.near_item": (
        "{id} {name}: hiện {value}, yêu cầu {required}",
        "{id} {name}: now {value}, required {required}",
    ),
    "watch.own_margin": (
        "(bộ tiêu chí theo dõi trong phạm vi {percent}%: {reason})",
        "(the set watches it within {percent}%: {reason})",
    ),
    "watch.none": (
        "không có chỉ tiêu nào đạt sát ngưỡng",
        "no indicator is met near its threshold",
    ),
    "watch.at_risk": (
        "Tiêu chí dễ bị sụt giảm nhất (số xã có chỉ tiêu đạt sát ngưỡng, trong phạm vi {margin}%"
        " của ngưỡng)",
        "Criteria most at risk (communes with an indicator met near its threshold, within"
        " {margin}% of it)",
    ),
    "watch.at_risk_none": (
        "Không xã nào có chỉ tiêu đạt sát ngưỡng.",
        "No commune has an indicator met near its threshold.",
    ),
    "watch.communes": ("Số xã", "Communes"),
    "watch.column": ("Đạt sát ngưỡng", "Near threshold"),
    # --plan --target N
    "target.help": (
        "Cùng --plan: chọn N tiêu chí chưa đạt dễ đạt nhất (không cần vốn đầu tư trước, rồi"
        " khoảng cách tương đối nhỏ nhất), kèm những gì mỗi tiêu chí còn cần.",
        "With --plan: pick the N unmet criteria cheapest to reach (no investment first, then"
        " the smallest relative gap), with what each still needs.",
    ),
    "target.heading": (
        "Mục tiêu tăng thêm {n} tiêu chí (từ {met} lên {goal}/{total} tiêu chí đạt) — các tiêu"
        " chí dễ đạt nhất:",
        "Target: raise the criteria met by {n} (from {met} to {goal}/{total}) — the criteria"
        " cheapest to reach:",
    ),
    "target.short": (
        "Chỉ có {k} tiêu chí chưa đạt có thể chọn cho mục tiêu {n} tiêu chí; các tiêu chí thiếu"
        " số liệu hoặc chưa xác định được cần đánh giá trước.",
        "Only {k} unmet criteria can be chosen toward the target of {n}; criteria without data"
        " or undetermined must be assessed first.",
    ),
    "target.unsettled": (
        "còn chỉ tiêu chưa đánh giá được (thiếu số liệu hoặc chưa rõ ngưỡng): {ids}",
        "indicators still to settle (no data or unknown threshold): {ids}",
    ),
    "target.title": ("Mục tiêu", "Target"),
    "plan.all_items": ("Toàn bộ thứ tự ưu tiên:", "All priorities:"),
    "plan_csv.target_rank": ("Thứ tự trong mục tiêu", "Target rank"),
    # The run's record at the foot of printed reports
    "record.version": ("Phiên bản ntm", "ntm version"),
    "record.run_at": ("Thời điểm chạy (UTC)", "Run at (UTC)"),
    "record.set": ("Tệp bộ tiêu chí {set_id}", "Criteria set file {set_id}"),
    "record.input": ("Tệp đầu vào {path}", "Input file {path}"),
    "record.inputs": (
        "{n} tệp đầu vào (mã của danh sách sha256sum)",
        "{n} input files (digest of their sha256sum list)",
    ),
    # ntm evaluate --verify: problems
    "verify.no_files": (
        "--verify KẾT-QUẢ.json chạy lại đúng các tệp đầu vào ghi trong kết quả: không ghi thêm"
        " tệp dữ liệu nào",
        "--verify RESULT.json re-runs the inputs its record names: give no FILES",
    ),
    "verify.files_needed": (
        "hãy chỉ ra các tệp dữ liệu xã cần chấm (hoặc --verify KẾT-QUẢ.json)",
        "give the commune files to score (or --verify RESULT.json)",
    ),
    "verify.not_json": ("không phải JSON hợp lệ: {reason}", "not valid JSON: {reason}"),
    "verify.unreadable": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "verify.batch_result": ("kết quả batch", "the batch result"),
    "verify.commune_object": ("đối tượng xã thứ {n}", "commune object {n}"),
    "verify.no_record": (
        '{where} không có "record" (ntm_version, run_at, sets, inputs): kết quả do phiên bản'
        " ntm cũ hơn ghi ra hoặc đã bị sửa; hãy chấm lại từ dữ liệu đầu vào",
        '{where} has no "record" (ntm_version, run_at, sets, inputs): it was written by an'
        " older ntm, or edited; score the inputs again",
    ),
    "verify.bad_record": (
        '{where}: "record" cần có "sets" và "inputs" dạng đối tượng',
        '{where}: "record" needs "sets" and "inputs" objects',
    ),
    "verify.plan_result": (
        "đối tượng xã thứ {n} là kết quả --plan, không có tiêu chí để đối chiếu: hãy kiểm tra"
        " kết quả JSON ghi không kèm --plan",
        "commune object {n} is a --plan result with no criteria to check: verify the JSON"
        " written without --plan",
    ),
    "verify.no_figures": (
        "đối tượng xã thứ {n} không có tiêu chí để đối chiếu: hãy dùng tệp JSON do `ntm"
        " evaluate --format json` hoặc `ntm batch --format json` ghi ra",
        "commune object {n} holds no criteria to check: give a JSON file written by `ntm"
        " evaluate --format json` or `ntm batch --format json`",
    ),
    "verify.district": (
        "chưa kiểm tra lại được kết quả cấp huyện; hãy kiểm tra kết quả của từng xã",
        "a district result cannot be verified yet; verify its communes",
    ),
    "verify.empty": (
        "kết quả không có xã nào để đối chiếu",
        "the result holds no commune to check",
    ),
    "record.bad_epoch": (
        "SOURCE_DATE_EPOCH={value}: cần số giây kể từ 01/01/1970 UTC (số nguyên), hoặc bỏ biến"
        " này đi",
        "SOURCE_DATE_EPOCH={value}: give whole seconds since 1970-01-01 UTC, or unset it",
    ),
    # ntm evaluate --verify
    "verify.help": (
        "Chạy lại kết quả JSON đã lưu (ntm evaluate/batch --format json) từ các tệp đầu vào"
        " và bộ tiêu chí ghi trong đó, rồi cho biết số liệu còn khớp không. Mã thoát: 0 khớp,"
        " 1 có số liệu khác, 2 lỗi đầu vào.",
        "Score a saved JSON result (ntm evaluate/batch --format json) again from the input"
        " files and criteria sets its record names, and say whether the figures still agree."
        " Exit code: 0 they agree, 1 some figure differs, 2 input error.",
    ),
    "verify.title": (
        "Kiểm tra lại kết quả {path} (ntm {version}, chạy lúc {run_at})",
        "Checking the result {path} again (ntm {version}, run at {run_at})",
    ),
    "verify.version_now": (
        "Phiên bản ntm hiện tại: {version}",
        "ntm is now version {version}",
    ),
    "verify.set_line": ("Bộ tiêu chí {name}: {state}", "Criteria set {name}: {state}"),
    "verify.input_line": ("Tệp đầu vào {name}: {state}", "Input file {name}: {state}"),
    "verify.file_same": ("không đổi", "unchanged"),
    "verify.file_changed": ("đã thay đổi", "changed"),
    "verify.file_unreadable": ("không tìm thấy hoặc không đọc được", "missing or unreadable"),
    "verify.compared": ("Số xã đối chiếu: {n}", "Communes compared: {n}"),
    "verify.agrees": (
        "Kết luận: số liệu vẫn khớp với kết quả đã lưu.",
        "Conclusion: the figures still agree with the saved result.",
    ),
    "verify.differs": (
        "Kết luận: có {n} điểm khác với kết quả đã lưu:",
        "Conclusion: {n} difference(s) from the saved result:",
    ),
    "verify.gone": (
        "{commune}: không còn trong dữ liệu đầu vào",
        "{commune}: no longer in the input data",
    ),
    "verify.new": (
        "{commune}: mới có trong dữ liệu đầu vào",
        "{commune}: new in the input data",
    ),
    "verify.diff_status": (
        "{commune}: kết quả chung trước đây {before}, nay {after}",
        "{commune}: overall result was {before}, now {after}",
    ),
    "verify.diff_met": (
        "{commune}: số tiêu chí đạt trước đây {before}, nay {after}",
        "{commune}: criteria met were {before}, now {after}",
    ),
    "verify.diff_total": (
        "{commune}: số tiêu chí áp dụng trước đây {before}, nay {after}",
        "{commune}: criteria that apply were {before}, now {after}",
    ),
    "verify.diff_criterion": (
        "{commune}, tiêu chí {item}: trước đây {before}, nay {after}",
        "{commune}, criterion {item}: was {before}, now {after}",
    ),
    "verify.diff_indicator": (
        "{commune}, chỉ tiêu {item}: trước đây {before}, nay {after}",
        "{commune}, indicator {item}: was {before}, now {after}",
    ),
    "verify.diff_value": (
        "{commune}, chỉ tiêu {item}: giá trị trước đây {before}, nay {after}",
        "{commune}, indicator {item}: value was {before}, now {after}",
    ),
    "verify.diff_required": (
        "{commune}, chỉ tiêu {item}: yêu cầu trước đây {before}, nay {after}",
        "{commune}, indicator {item}: requirement was {before}, now {after}",
    ),
}
