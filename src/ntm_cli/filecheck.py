"""Check data files without scoring them: commune files and criteria sets, every problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_cli.errors import InputError, InputErrors, Location
from ntm_cli.loader import LoadedCommune, YamlOrigin, load_yaml_file, read_communes, validate
from ntm_cli.models import CriteriaSet
from ntm_cli.registry import Registry
from ntm_cli.scoring import choose_set
from ntm_cli.validation import check_commune

# Spreadsheet readers by file suffix: each returns the communes it could read and the
# problems of the others. Adding CSV/XLSX is one entry once the spreadsheet reader exists.
CommuneReader = Callable[[Path], tuple[list[LoadedCommune], list[InputError]]]
SPREADSHEET_READERS: dict[str, CommuneReader] = {}
# Spreadsheet kinds that are never read as YAML (which would give a confusing message).
OTHER_SHEETS = (".csv", ".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class FileReport:
    """What one file holds and everything wrong with it."""

    path: str
    kind: str = "communes"  # or "criteria set"
    count: int = 0  # communes read, or criteria in the set
    sets: list[str] = field(default_factory=list)  # set ids the communes are checked against
    problems: list[InputError] = field(default_factory=list)


def looks_like_criteria_set(data: Any) -> bool:
    """A criteria set has `criteria:` plus set metadata and no `commune:`."""
    return (
        isinstance(data, dict)
        and "criteria" in data
        and "commune" not in data
        and "communes" not in data
        and any(k in data for k in ("decision", "scheme", "tier", "period"))
    )


def _check_set(data: Any, text: str, report: FileReport, path: Path) -> None:
    origin = YamlOrigin(report.path, text)
    try:
        criteria_set = validate(CriteriaSet, data, origin)
    except InputErrors as exc:
        report.problems.extend(exc.errors)
        return
    report.count = len(criteria_set.criteria)
    report.sets = [criteria_set.id]
    for c, criterion in enumerate(criteria_set.criteria):
        for i, indicator in enumerate(criterion.indicators):
            for t, rule in enumerate(indicator.thresholds):
                if not rule.source:  # data honesty: no number without where it comes from
                    report.problems.append(
                        InputError(
                            origin.locate(("criteria", c, "indicators", i, "thresholds", t)),
                            f"indicator {indicator.id}: threshold without `source:`; name the"
                            " decision and article/annex (or use value: unknown)",
                        )
                    )
    if path.stem != criteria_set.id:
        report.problems.append(
            InputError(
                origin.locate(("id",)),
                f"id {criteria_set.id!r} differs from the file name; name the file"
                f" {criteria_set.id}.yaml so --sets-dir finds it",
            )
        )


def _check_communes(
    loaded: list[LoadedCommune], registry: Registry, set_option: str | None, report: FileReport
) -> None:
    report.count += len(loaded)
    for item in loaded:
        try:
            criteria_set, _ = choose_set(item, registry, set_option)
        except InputErrors as exc:  # a broken set file named by criteria_set
            report.problems.extend(exc.errors)
            continue
        except InputError as exc:
            report.problems.append(exc)
            continue
        if criteria_set.id not in report.sets:
            report.sets.append(criteria_set.id)
        for problem in check_commune(criteria_set, item.commune):
            where = item.origin.locate(problem.loc, at_key=problem.at_key)
            report.problems.append(InputError(where, problem.message))


def check_file(path: Path, registry: Registry, set_option: str | None = None) -> FileReport:
    """Read one file (YAML commune file, criteria set, or spreadsheet) and list its problems."""
    report = FileReport(str(path))
    try:
        reader = SPREADSHEET_READERS.get(path.suffix.lower())
        if reader is None and path.suffix.lower() in OTHER_SHEETS:
            readable = ", ".join(SPREADSHEET_READERS) or "none yet"
            raise InputError(
                Location(report.path),
                f"{path.suffix} spreadsheets are not read here (readable: {readable});"
                " use a YAML file from `ntm template`",
            )
        if reader is not None:
            loaded, problems = reader(path)
            report.problems.extend(problems)
        else:
            data, text = load_yaml_file(path)
            if looks_like_criteria_set(data):
                report.kind = "criteria set"
                _check_set(data, text, report, path)
                return report
            loaded, problems = read_communes(data, text, report.path)
            report.problems.extend(problems)
        _check_communes(loaded, registry, set_option, report)
    except InputErrors as exc:
        report.problems.extend(exc.errors)
    except InputError as exc:
        report.problems.append(exc)
    report.problems.sort(key=lambda e: (e.location.line, e.location.column))
    return report
