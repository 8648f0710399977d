"""Check data files without scoring them: communes, districts and criteria sets, every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_cli.inputs.files import (
    LoadedCommune,
    YamlOrigin,
    load_yaml_file,
    validate,
    validate_communes,
)
from ntm_cli.inputs.read import (
    holds_criteria_set,
    holds_district,
    holds_province,
    kind_of,
    read_former,
)
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.sheets import SheetOrigin, load_sheet
from ntm_cli.inputs.yaml_text import YamlSource
from ntm_cli.model.errors import (
    ErrorRecord,
    InputError,
    InputErrors,
    UsageError,
    condensed,
    said,
)
from ntm_cli.model.sets import District, Province
from ntm_cli.run.communes import check_loaded, choose_set, fractions_of
from ntm_cli.scoring.checks import check_commune


@dataclass
class FileReport:
    """What one file holds and everything wrong with it."""

    path: str
    kind: str = "communes"  # or "criteria set", "district", "province"
    count: int = 0  # communes read, or criteria in the set
    sets: list[str] = field(default_factory=list)  # set ids the data is checked against
    problems: list[InputError] = field(default_factory=list)
    # remarks that are not problems: a sheet's skipped columns and total rows
    notes: list[ErrorRecord] = field(default_factory=list)


def _check_set(path: Path, registry: Registry, report: FileReport) -> None:
    criteria_set = registry.load_file(path)  # resolves `extends`, checks references
    report.count = len(criteria_set.criteria)
    report.sets = [criteria_set.id]
    if path.stem != criteria_set.id:
        _, text = load_yaml_file(path)
        report.problems.append(
            InputError(
                YamlOrigin(report.path, YamlSource(text)).locate(("id",)),
                said("set.id_not_file_name", id=repr(criteria_set.id), name=criteria_set.id),
            )
        )


def _check_district(
    path: Path,
    data: Any,
    text: str,
    registry: Registry,
    set_option: str | None,
    report: FileReport,
    level: str = "huyen",
) -> None:
    origin = YamlOrigin(report.path, YamlSource(text))
    district: District | Province
    if level == "tinh":
        district = validate(Province, data, origin)
    else:
        district = validate(District, data, origin)
    report.count = 1
    if set_option:
        district_set = registry.get(set_option)
    else:
        where = ("criteria_set",) if district.criteria_set else ("year",)
        try:
            if district.criteria_set:
                district_set = registry.get(district.criteria_set)
            else:
                district_set = registry.national_default(district.year, level=level)
        except UsageError as exc:
            raise InputError(origin.locate(where), exc.message) from None
    report.sets = [district_set.id]
    for problem in check_commune(district_set, district.as_commune()):
        report.problems.append(
            InputError(origin.locate(problem.loc, at_key=problem.at_key), problem.message)
        )
    for index, name in enumerate(district.commune_files):
        if not (path.parent / name).is_file():
            report.problems.append(
                InputError(
                    origin.locate(("commune_files", index)),
                    said("district.commune_file_missing", name=repr(name)),
                )
            )


def _check_communes(
    loaded: list[LoadedCommune], registry: Registry, set_option: str | None, report: FileReport
) -> None:
    report.count += len(loaded)
    for item in loaded:
        if item.commune.formed_from is not None:  # the former communes' files must be readable
            try:
                read_former(item)
            except InputErrors as exc:
                report.problems.extend(exc.errors)
        try:
            criteria_set, _ = choose_set(item, registry, set_option)
            problems, _ = check_loaded(
                item.commune, criteria_set, registry, [criteria_set], fractions_of(item)
            )
        except InputErrors as exc:  # a broken set file named by criteria_set
            report.problems.extend(exc.errors)
            continue
        except InputError as exc:
            report.problems.append(exc)
            continue
        if criteria_set.id not in report.sets:
            report.sets.append(criteria_set.id)
        for problem in problems:
            where = item.origin.locate(problem.loc, at_key=problem.at_key)
            report.problems.append(InputError(where, problem.message))


def check_file(
    path: Path, registry: Registry, set_option: str | None = None, *, empty_unmet: bool = False
) -> FileReport:
    """Read one file (commune data, district, criteria set or spreadsheet); list its problems."""
    report = FileReport(str(path))
    try:
        if kind_of(path) == "sheet":  # every row is checked, as `ntm batch` reads it
            loaded, problems = load_sheet(path, empty_unmet=empty_unmet)
            report.problems.extend(problems)
            origin = loaded[0].origin if loaded else None
            if isinstance(origin, SheetOrigin):
                report.notes.extend(origin.header.notes)
        else:
            data, text = load_yaml_file(path)
            if holds_criteria_set(data):
                report.kind = "criteria set"
                _check_set(path, registry, report)
                return _sorted(report)
            if holds_district(data):
                report.kind = "district"
                _check_district(path, data, text, registry, set_option, report)
                return _sorted(report)
            if holds_province(data):
                report.kind = "province"
                _check_district(path, data, text, registry, set_option, report, level="tinh")
                return _sorted(report)
            loaded, problems = validate_communes(data, text, report.path)
            report.problems.extend(problems)
        _check_communes(loaded, registry, set_option, report)
    except InputErrors as exc:
        report.problems.extend(exc.errors)
    except InputError as exc:
        report.problems.append(exc)
    return _sorted(report)


def _sorted(report: FileReport) -> FileReport:
    report.problems.sort(key=lambda e: (e.location.line, e.location.column))
    report.problems[:] = condensed(report.problems, InputError)
    return report
