"""Report wording shared by prose, Markdown, CSV and HTML: numbering, counts, criterion labels."""

from __future__ import annotations

from ntm_cli.model.results import CriterionResult
from ntm_cli.report.messages import message


def two_digits(count: int) -> str:
    """Counts as the official reports write them: 5 -> '05', 14 -> '14'."""
    return f"{count:02d}"


def criterion_number(criterion_id: str) -> str:
    """'(01)' for criterion 1, as in "Quy hoạch (01)"; non-numeric ids are kept as written."""
    return f"({int(criterion_id):02d})" if criterion_id.isdigit() else f"({criterion_id})"


def criterion_label(criterion: CriterionResult, lang: str) -> str:
    """'Quy hoạch (01)'."""
    return f"{criterion.name.get(lang)} {criterion_number(criterion.id)}"


def share(part: int, whole: int, lang: str) -> str:
    """A percentage with one decimal at most: '30%', '33,3%'."""
    if whole == 0:
        return "—"
    return f"{number(round(100 * part / whole, 1), lang, digits=1)}%"


def one_decimal(value: float, lang: str) -> str:
    """Averages as the reports print them: always one decimal, '16,1' / '3,0' ('16.1' in en)."""
    text = f"{value:.1f}"
    return text if lang == "en" else text.replace(".", ",")


def titled(name: str, lang: str) -> str:
    """'Xã Thạch Hóa' / 'Thạch Hóa commune' from a bare name (no double prefix)."""
    prefixes = ("commune", "xã") if lang == "en" else ("xã",)
    if name.lower().startswith(prefixes):
        return name
    return message("word.commune_named", lang, name=name)


def number(value: float, lang: str, digits: int = 2) -> str:
    """87.5 -> '87,5' in Vietnamese, '87.5' in English; 2760 -> '2.760' / '2,760'."""
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
