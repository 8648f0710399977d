"""Score a district file (QĐ 320) or a province file (QĐ 51 Phụ lục III) from its communes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ntm_cli.inputs.files import YamlOrigin, load_yaml_file, validate
from ntm_cli.inputs.read import holds_district, holds_province
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.yaml_text import YamlSource
from ntm_cli.model.errors import InputError, InputErrors, said
from ntm_cli.model.results import CommuneResult, Notice
from ntm_cli.model.sets import District, Province
from ntm_cli.run.communes import pick_set, score_paths
from ntm_cli.scoring.checks import check_commune
from ntm_cli.scoring.district import Share, rolled_up_values, shares, verdict
from ntm_cli.scoring.engine import SetLookup, evaluate
from ntm_cli.scoring.province import TargetProgress, progress


@dataclass
class DistrictOutcome:
    """The district's (or province's) result (None when it could not be scored), its communes."""

    result: CommuneResult | None = None
    communes: list[CommuneResult] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the district file, then each commune's
    level: str = "huyen"  # "tinh" for a province file
    targets: list[TargetProgress] = field(default_factory=list)


def commune_paths(path: Path, unit: District | Province, communes_dir: Path | None) -> list[Path]:
    """The file's `commune_files` (relative to it), then the communes_dir folder.

    The folder is read like every input folder: each YAML file and sheet below it.
    """
    files = [path.parent / name for name in unit.commune_files]
    if communes_dir is not None:
        files.append(communes_dir)
    return files


def score_district(
    path: Path, registry: Registry, set_option: str | None, communes_dir: Path | None
) -> DistrictOutcome:
    """Score the communes (each with its tier ladder), roll them up, then score the unit."""
    outcome = DistrictOutcome()
    try:
        data, text = load_yaml_file(path)
        origin = YamlOrigin(str(path), YamlSource(text))
        unit: District | Province
        if holds_district(data):
            unit = validate(District, data, origin)
        elif holds_province(data, with_communes_dir=communes_dir is not None):
            unit = validate(Province, data, origin)
            outcome.level = "tinh"
        else:
            raise InputError(
                origin.locate(()),
                said("district.not_a_district"),
            )
        unit_set, chosen_by = pick_set(
            registry, set_option, unit.criteria_set, unit.year, origin, level=outcome.level
        )
    except InputErrors as exc:
        outcome.errors.extend(exc.errors)
        return outcome
    except InputError as exc:
        outcome.errors.append(exc)
        return outcome
    # Sets the shares count that are no tier of the communes' ladder (the modern-commune
    # framework of QĐ 51 Phụ lục II): each commune is scored against them too.
    targets = [
        i.target_set
        for i in unit_set.indicators().values()
        if i.kind == "share_meeting_set" and i.target_set
    ]
    communes = score_paths(
        commune_paths(path, unit, communes_dir),
        registry,
        None,
        ladder=True,
        extra_tiers=targets if outcome.level == "tinh" else (),
    )
    outcome.communes, outcome.errors = communes.results, communes.errors
    outcome.sources = [str(path), *communes.sources]
    sets = dict(registry.closure(unit_set.id))
    for result in communes.results:
        for step in result.ladder:
            sets.update(registry.closure(step.set_id))
    outcome.shares = shares(unit_set, communes.results, sets)
    outcome.targets = progress(unit_set, communes.results, sets)
    region = unit.region if isinstance(unit, District) else None
    values, notices = rolled_up_values(unit_set, outcome.shares, region, None, unit.year)
    scored = unit.as_commune()
    scored = scored.model_copy(update={"indicators": {**scored.indicators, **values}})
    problems = check_commune(unit_set, scored)
    if problems:
        outcome.errors.extend(
            InputError(origin.locate(p.loc, at_key=p.at_key), p.message) for p in problems
        )
        return outcome
    result = evaluate(unit_set, scored, sets)
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
    if outcome.level == "tinh":
        summary += _uncertain_conditions(result)
        summary += _higher_tier_without_base(communes.results, targets, sets)
    outcome.result = replace(
        result,
        notices=(*result.notices, *summary, *notices),
        set_chosen_by=chosen_by,
    )
    return outcome


def _higher_tier_without_base(
    communes: Sequence[CommuneResult], targets: Sequence[str], sets: SetLookup
) -> list[Notice]:
    """Warnings naming communes counted for a higher set (modern) that do not meet their own."""
    # The modern framework's text is not public, so ntm cannot say whether such a commune
    # counts; it is counted as declared and the office is asked to check the data.
    notices = []
    for target in targets:
        odd = [r.commune for r in communes if not r.meets_set and verdict(r, target, sets) == "met"]
        if odd:
            names = ", ".join(odd)
            notices.append(Notice("tier_without_base", {"set": target, "communes": names}))
    return notices


def _uncertain_conditions(result: CommuneResult) -> list[Notice]:
    """Warnings naming the conditions whose requirement comes from a less than sure source."""
    # Phụ lục III is known only through a legal Q&A that cites it (medium confidence).
    found: dict[tuple[str, str], list[str]] = {}
    for criterion in result.criteria:
        for indicator in criterion.indicators:
            if indicator.confidence in ("medium", "low"):
                key = (indicator.confidence, indicator.source or "")
                found.setdefault(key, []).append(indicator.id)
    return [
        Notice("uncertain_source", {"ids": ", ".join(ids), "confidence": level, "source": source})
        for (level, source), ids in found.items()
    ]
