"""Report prose (`--format text`): the sentences an official report would carry."""

from __future__ import annotations

from collections.abc import Sequence

from ntm_cli.model.results import CommuneResult, CriterionResult
from ntm_cli.report.common import commune_title, has_data, notices, tier_label
from ntm_cli.report.messages import message
from ntm_cli.report.wording import criterion_label, criterion_number, two_digits


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
    basic = _with(result, "basically_met")
    undetermined = _with(result, "undetermined")
    sentences: list[str] = []
    if result.meets_set:
        sentences.append(
            message("prose.all_met", lang).format(commune=title, met=result.met, total=result.total)
        )
    else:
        key = "period.prose_met_basic" if basic else "prose.met"
        parts = [
            message(key, lang).format(
                commune=title, met=result.met, basic=len(basic), total=result.total
            )
        ]
        if basic:
            parts.append(
                message("period.prose_basic", lang).format(
                    n=_count(len(basic), lang), items=_labels(basic, lang)
                )
            )
        if unmet:
            items = _labels(unmet, lang)
            parts.append(
                message("prose.unmet", lang).format(n=_count(len(unmet), lang), items=items)
            )
        pending = len(missing) + len(undetermined)
        sentences.append("; ".join(parts) + ".")
        details = []
        if missing:
            details.append(message("prose.missing", lang).format(items=_labels(missing, lang)))
        partial = [c for c in undetermined if _partial_only(c)]
        unknown = [c for c in undetermined if not _partial_only(c)]
        if unknown:
            details.append(message("prose.undetermined", lang).format(items=_labels(unknown, lang)))
        if partial:
            details.append(message("prose.partial", lang).format(items=_labels(partial, lang)))
        if details:
            sentences.append(
                message("prose.pending_detail", lang).format(
                    n=_count(pending, lang), items="; ".join(details)
                )
            )
    declared = [c for c in result.criteria if c.basis == "declared"]
    # Indicators given but not enough to decide (an incomplete list, an unknown threshold,
    # some values missing) is not "no indicator data": say what is true of each.
    bare = [c for c in declared if all(i.status == "missing" for i in c.indicators)]
    partial = [c for c in declared if c not in bare and not c.indicators_complete]
    short = [c for c in declared if c not in bare and c.indicators_complete]
    if bare and len(bare) == len(result.applicable):
        sentences.append(message("prose.all_declared", lang))
    elif bare:
        numbers = ", ".join(criterion_number(c.id).strip("()") for c in bare)
        sentences.append(message("prose.declared", lang).format(items=numbers))
    for group, key in ((partial, "figures.declared_partial"), (short, "figures.declared_short")):
        if group:
            numbers = ", ".join(criterion_number(c.id).strip("()") for c in group)
            sentences.append(message(key, lang, items=numbers))
    not_applicable = _with(result, "not_applicable")
    if not_applicable:
        sentences.append(
            message("prose.not_applicable", lang).format(items=_labels(not_applicable, lang))
        )
    if result.group_basis == "khu_vuc":
        sentences.append(message("period.prose_group_area", lang, area=result.khu_vuc))
    sentences.append(
        message("prose.basis", lang).format(
            title=result.set_title.get(lang), decision=result.decision, year=result.year
        )
    )
    ladder = ladder_sentence(result, lang)
    if ladder:
        sentences.append(ladder)
    sentences.extend(
        message("prose.warning", lang).format(text=text) for text in notices(result, lang)
    )
    return " ".join(sentences)


def ladder_sentence(result: CommuneResult, lang: str) -> str:
    """'Bậc cao nhất đã đạt: xã NTM nâng cao; xã NTM kiểu mẫu (...): đạt 3/4 tiêu chí.' or ''."""
    if not result.ladder:
        return ""
    text = message("word.tier_reached", lang).format(tier=tier_label(result.tier_reached, lang))
    upcoming = result.next_step
    if upcoming is not None and not has_data(upcoming.result):
        tier = tier_label(upcoming.tier, lang)
        text += "; " + message("figures.tier_no_data", lang, tier=tier, set_id=upcoming.set_id)
    elif upcoming is not None:
        text += "; " + message("prose.next_tier", lang).format(
            tier=tier_label(upcoming.tier, lang),
            set_id=upcoming.set_id,
            met=upcoming.result.met,
            total=upcoming.result.total,
        )
    return text + "."


def render(results: Sequence[CommuneResult], lang: str) -> str:
    """One paragraph per commune, separated by blank lines."""
    return "\n\n".join(commune_paragraph(r, lang) for r in results) + "\n"
