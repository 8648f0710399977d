"""Score a district file (QĐ 320): its communes first (with their ladder), then the district."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ntm_cli.inputs.files import YamlOrigin, load_yaml_file, validate
from ntm_cli.inputs.read import holds_district
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.yaml_text import YamlSource
from ntm_cli.model.errors import InputError, InputErrors
from ntm_cli.model.results import CommuneResult, Notice
from ntm_cli.model.sets import District
from ntm_cli.run.communes import pick_set, score_paths
from ntm_cli.scoring.checks import check_commune
from ntm_cli.scoring.district import Share, rolled_up_values, shares
from ntm_cli.scoring.engine import evaluate


@dataclass
class DistrictOutcome:
    """The district's result (None when it could not be scored), its communes, and errors."""

    result: CommuneResult | None = None
    communes: list[CommuneResult] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the district file, then each commune's


def commune_paths(path: Path, district: District, communes_dir: Path | None) -> list[Path]:
    """The district file's `commune_files` (relative to it), then the communes_dir folder.

    The folder is read like every input folder: each YAML file and sheet below it.
    """
    files = [path.parent / name for name in district.commune_files]
    if communes_dir is not None:
        files.append(communes_dir)
    return files


def score_district(
    path: Path, registry: Registry, set_option: str | None, communes_dir: Path | None
) -> DistrictOutcome:
    """Score the communes (each with its tier ladder), roll them up, then score the district."""
    outcome = DistrictOutcome()
    try:
        data, text = load_yaml_file(path)
        origin = YamlOrigin(str(path), YamlSource(text))
        if not holds_district(data):
            raise InputError(
                origin.locate(()),
                "a district file has `district:` (and no `commune:`); see README, District",
            )
        district = validate(District, data, origin)
        district_set, chosen_by = pick_set(
            registry, set_option, district.criteria_set, district.year, origin, level="huyen"
        )
    except InputErrors as exc:
        outcome.errors.extend(exc.errors)
        return outcome
    except InputError as exc:
        outcome.errors.append(exc)
        return outcome
    communes = score_paths(commune_paths(path, district, communes_dir), registry, None, ladder=True)
    outcome.communes, outcome.errors = communes.results, communes.errors
    outcome.sources = [str(path), *communes.sources]
    sets = dict(registry.closure(district_set.id))
    for result in communes.results:
        for step in result.ladder:
            sets.update(registry.closure(step.set_id))
    outcome.shares = shares(district_set, communes.results, sets)
    values, notices = rolled_up_values(
        district_set, outcome.shares, district.region, None, district.year
    )
    unit = district.as_commune()
    unit = unit.model_copy(update={"indicators": {**unit.indicators, **values}})
    problems = check_commune(district_set, unit)
    if problems:
        outcome.errors.extend(
            InputError(origin.locate(p.loc, at_key=p.at_key), p.message) for p in problems
        )
        return outcome
    result = evaluate(district_set, unit, sets)
    summary = [
        Notice(
            "district_share",
            {
                "indicator": s.indicator,
                "set": s.target,
                "met": str(s.met),
                "total": str(s.total),
                "undecided": str(s.undecided),
            },
        )
        for s in outcome.shares
    ]
    if communes.errors:
        summary.append(Notice("district_errors", {"count": str(len(communes.errors))}))
    outcome.result = replace(
        result,
        notices=(*result.notices, *summary, *notices),
        set_chosen_by=chosen_by,
    )
    return outcome
