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
    },
}


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
