"""A whole province's diff: the summary first, a table per area, then the communes."""

from __future__ import annotations

from typing import Any

from ntm_cli.report.messages import message
from ntm_cli.scoring.compare import DiffReport
from ntm_cli.scoring.diff_summary import DiffBy, DiffTally

COUNTS = (
    "compared", "gained", "lost", "lost_recognition", "unchanged", "not_comparable",
    "only_old", "only_new",
)  # fmt: skip


def summary_sentence(tally: DiffTally, lang: str) -> str:
    """'Tổng hợp: 10 xã được so sánh; 2 xã có tiêu chí mới đạt; 3 xã có tiêu chí sụt giảm; ...'."""
    parts = [message("diff_sum.compared", lang, n=tally.compared)]
    for count in COUNTS[1:]:
        value = getattr(tally, count)
        if value or count in ("gained", "lost", "lost_recognition", "unchanged"):
            parts.append(message(f"diff_sum.{count}", lang, n=value))
    return message("diff_sum.title", lang) + ": " + "; ".join(parts) + "."


def area_name(name: str | None, by: DiffBy, lang: str) -> str:
    """The row's name: a province or district, 'Nhóm 1', or '(không rõ)'."""
    if name is None:
        return message("batch.unknown_place", lang)
    return message("diff_sum.group", lang, n=name) if by == "group" else name


def header(by: DiffBy, lang: str) -> list[str]:
    """Columns of the per-area table."""
    return [
        message(f"diff_sum.by_{by}", lang),
        *(message(f"diff_sum.col_{c}", lang) for c in COUNTS),
    ]


def row(tally: DiffTally, by: DiffBy, lang: str) -> list[str]:
    """One area's counts."""
    return [area_name(tally.name, by, lang), *(str(getattr(tally, c)) for c in COUNTS)]


def summary_lines(
    overall: DiffTally, groups: list[DiffTally], by: DiffBy | None, lang: str
) -> list[str]:
    """The summary as plain text: the sentence, then one line per area."""
    lines = [summary_sentence(overall, lang)]
    for tally in groups:
        assert by is not None
        head = f"- {area_name(tally.name, by, lang)}: "
        lines.append(head + summary_sentence(tally, lang).split(": ", 1)[1])
    return lines


def markdown(
    report: DiffReport,
    overall: DiffTally,
    groups: list[DiffTally],
    by: DiffBy | None,
    lang: str,
    changed_only: bool,
) -> str:
    """Markdown: the summary, a table per area, then each (changed) commune's paragraph."""
    from ntm_cli.report.common import commune_title
    from ntm_cli.report.commune.markdown import inline
    from ntm_cli.report.diff_out import pair_lines, set_notes, unpaired_lines
    from ntm_cli.scoring.diff_summary import changed

    lines = [f"# {inline(message('diff_sum.heading', lang))}", ""]
    lines += [inline(summary_sentence(overall, lang)), ""]
    if by is not None:
        cells = header(by, lang)
        lines += ["| " + " | ".join(inline(c) for c in cells) + " |",
                  "|" + "---|" * len(cells)]  # fmt: skip
        lines += ["| " + " | ".join(inline(c) for c in row(t, by, lang)) + " |" for t in groups]
        lines.append("")
    for note in set_notes(report, lang):
        lines += [inline(note), ""]
    for pair in report.pairs:
        if changed_only and not changed(pair):
            continue
        lines += [f"## {inline(commune_title(pair.new, lang))}", ""]
        for line in pair_lines(pair, lang):
            lines += [inline(line), ""]
    for line in unpaired_lines(report, lang):
        lines += [inline(line), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def summary_dict(overall: DiffTally, groups: list[DiffTally], by: DiffBy | None) -> dict[str, Any]:
    """JSON keys: `summary` (the counts) and `groups` (per area, with `by`)."""

    def counts(tally: DiffTally) -> dict[str, int]:
        return {c: getattr(tally, c) for c in COUNTS}

    return {
        "summary": counts(overall),
        "groups": [{by or "area": t.name, **counts(t)} for t in groups],
    }
