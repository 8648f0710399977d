"""Report prose (`--format text`): the sentences an official report would carry."""

from __future__ import annotations

from collections.abc import Sequence

from ntm_cli.model.results import CommuneResult, CriterionResult
from ntm_cli.report.common import commune_title, notices, tier_label
from ntm_cli.report.i18n import word
from ntm_cli.report.wording import criterion_label, criterion_number, two_digits

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "all_met": "{commune} đạt {met}/{total} tiêu chí, đạt đủ các tiêu chí của bộ tiêu chí.",
        "met": "{commune} đạt {met}/{total} tiêu chí",
        "unmet": "còn {n} tiêu chí chưa đạt, gồm: {items}",
        "pending_detail": "Còn {n} tiêu chí chưa đánh giá được: {items}.",
        "missing": "thiếu số liệu: {items}",
        "undetermined": "chưa xác định được ngưỡng áp dụng: {items}",
        "partial": "bộ tiêu chí mới mã hóa một phần chỉ tiêu: {items}",
        "all_declared": (
            "Kết quả các tiêu chí lấy theo đánh giá đã khai, không có số liệu chỉ tiêu."
        ),
        "declared": (
            "Kết quả tiêu chí {items} lấy theo đánh giá đã khai, không có số liệu chỉ tiêu."
        ),
        "basis": "Đánh giá theo {title} ({decision}), năm {year}.",
        "not_applicable": "Không áp dụng: {items}.",
        "warning": "Lưu ý: {text}.",
        "next_tier": "{tier} ({set_id}): đạt {met}/{total} tiêu chí",
    },
    "en": {
        "all_met": "{commune} meets {met}/{total} criteria: every criterion of the set is met.",
        "met": "{commune} meets {met}/{total} criteria",
        "unmet": "{n} criteria are not yet met: {items}",
        "pending_detail": "{n} criteria cannot be assessed yet: {items}.",
        "missing": "data missing for {items}",
        "undetermined": "threshold undetermined for {items}",
        "partial": "only some indicators are encoded for {items}",
        "all_declared": "Every result is the declared assessment; there is no indicator data.",
        "declared": "The results for criteria {items} are declared; there is no indicator data.",
        "basis": "Assessed against {title} ({decision}), year {year}.",
        "not_applicable": "Not applicable: {items}.",
        "warning": "Note: {text}.",
        "next_tier": "{tier} ({set_id}): {met}/{total} criteria met",
    },
}


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the report prose."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def _labels(criteria: Sequence[CriterionResult], lang: str) -> str:
    return ", ".join(criterion_label(c, lang) for c in criteria)


def _with(result: CommuneResult, status: str) -> list[CriterionResult]:
    return [c for c in result.criteria if c.status == status]


def _partial_only(criterion: CriterionResult) -> bool:
    # Undetermined only because the set encodes part of the decision's indicators,
    # not because a threshold is unknown.
    return not criterion.indicators_complete and all(
        i.status != "undetermined" for i in criterion.indicators
    )


def _count(n: int, lang: str) -> str:
    # The reports write counts with two digits ("còn 05 tiêu chí"); English reads plainly.
    return two_digits(n) if lang != "en" else str(n)


def commune_paragraph(result: CommuneResult, lang: str) -> str:
    """One commune's paragraph: the count sentence, then what could not be assessed."""
    title = commune_title(result, lang)
    unmet, missing = _with(result, "unmet"), _with(result, "missing")
    undetermined = _with(result, "undetermined")
    sentences: list[str] = []
    if result.meets_set:
        sentences.append(
            phrase("all_met", lang).format(commune=title, met=result.met, total=result.total)
        )
    else:
        parts = [phrase("met", lang).format(commune=title, met=result.met, total=result.total)]
        if unmet:
            items = _labels(unmet, lang)
            parts.append(phrase("unmet", lang).format(n=_count(len(unmet), lang), items=items))
        pending = len(missing) + len(undetermined)
        sentences.append("; ".join(parts) + ".")
        details = []
        if missing:
            details.append(phrase("missing", lang).format(items=_labels(missing, lang)))
        partial = [c for c in undetermined if _partial_only(c)]
        unknown = [c for c in undetermined if not _partial_only(c)]
        if unknown:
            details.append(phrase("undetermined", lang).format(items=_labels(unknown, lang)))
        if partial:
            details.append(phrase("partial", lang).format(items=_labels(partial, lang)))
        if details:
            sentences.append(
                phrase("pending_detail", lang).format(
                    n=_count(pending, lang), items="; ".join(details)
                )
            )
    declared = [c for c in result.criteria if c.basis == "declared"]
    if declared and len(declared) == len(result.applicable):
        sentences.append(phrase("all_declared", lang))
    elif declared:
        numbers = ", ".join(criterion_number(c.id).strip("()") for c in declared)
        sentences.append(phrase("declared", lang).format(items=numbers))
    not_applicable = _with(result, "not_applicable")
    if not_applicable:
        sentences.append(phrase("not_applicable", lang).format(items=_labels(not_applicable, lang)))
    sentences.append(
        phrase("basis", lang).format(
            title=result.set_title.get(lang), decision=result.decision, year=result.year
        )
    )
    ladder = ladder_sentence(result, lang)
    if ladder:
        sentences.append(ladder)
    sentences.extend(phrase("warning", lang).format(text=text) for text in notices(result, lang))
    return " ".join(sentences)


def ladder_sentence(result: CommuneResult, lang: str) -> str:
    """'Bậc cao nhất đã đạt: xã NTM nâng cao; xã NTM kiểu mẫu (...): đạt 3/4 tiêu chí.' or ''."""
    if not result.ladder:
        return ""
    text = word("tier_reached", lang).format(tier=tier_label(result.tier_reached, lang))
    upcoming = result.next_step
    if upcoming is not None:
        text += "; " + phrase("next_tier", lang).format(
            tier=tier_label(upcoming.tier, lang),
            set_id=upcoming.set_id,
            met=upcoming.result.met,
            total=upcoming.result.total,
        )
    return text + "."


def render(results: Sequence[CommuneResult], lang: str) -> str:
    """One paragraph per commune, separated by blank lines."""
    return "\n\n".join(commune_paragraph(r, lang) for r in results) + "\n"
