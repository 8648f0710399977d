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
}
