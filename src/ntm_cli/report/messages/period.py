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
    "period.batch_basic": ("Lượt tiêu chí cơ bản đạt", "Criteria basically met (total)"),
}
