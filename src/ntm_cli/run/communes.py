"""Load commune files, pick each commune's set, check and score it; collect every error."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ntm_cli.inputs.files import LoadedCommune, Origin, YamlOrigin
from ntm_cli.inputs.kinds import is_sheet
from ntm_cli.inputs.read import expand, read_communes
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import (
    ErrorRecord,
    InputError,
    InputErrors,
    UsageError,
    condensed,
    said,
)
from ntm_cli.model.results import CommuneResult, SetChoice
from ntm_cli.model.sets import Commune, CriteriaSet
from ntm_cli.model.text import fold
from ntm_cli.scoring.checks import Problem, check_commune, check_other_sets, percent_fractions
from ntm_cli.scoring.engine import Plans, evaluate

if TYPE_CHECKING:
    from ntm_cli.inputs.sheets import SheetOrigin


@dataclass
class Outcome:
    """Results for the communes that could be scored, errors for those that could not."""

    results: list[CommuneResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # each result's input file, in step
    places: list[str] = field(default_factory=list)  # each result's "file:line", in step
    # remarks that are not errors: a sheet's skipped columns and total rows
    notes: list[ErrorRecord] = field(default_factory=list)

    def extend(self, other: Outcome) -> None:
        """Add another outcome's results and errors to this one."""
        self.results.extend(other.results)
        self.errors.extend(other.errors)
        self.sources.extend(other.sources)
        self.places.extend(other.places)


def pick_set(
    registry: Registry,
    set_option: str | None,
    named: str | None,
    year: int,
    origin: Origin,
    level: str = "xa",
) -> tuple[CriteriaSet, SetChoice]:
    """The set to use and why: --set wins, then the file's criteria_set, then the year."""
    if set_option:
        return registry.get(set_option), "option"
    if named:
        try:
            return registry.get(named), "file"
        except UsageError as exc:
            raise InputError(origin.locate(("criteria_set",)), exc.message) from None
    try:
        return registry.national_default(year, level=level), "year"
    except UsageError as exc:
        raise InputError(origin.locate(("year",)), exc.message) from None


def choose_set(
    loaded: LoadedCommune, registry: Registry, set_option: str | None
) -> tuple[CriteriaSet, SetChoice]:
    """The set a loaded commune is scored with, and why (see pick_set)."""
    commune = loaded.commune
    return pick_set(registry, set_option, commune.criteria_set, commune.year, loaded.origin)


def _lookup(registry: Registry, set_ids: list[str]) -> dict[str, CriteriaSet]:
    """Every set the engine may need for these sets (their references, transitively)."""
    found: dict[str, CriteriaSet] = {}
    for set_id in set_ids:
        found.update(registry.closure(set_id))
    return found


def sheet_origin(origin: Origin | None) -> SheetOrigin | None:
    """The origin if it is a sheet row's (the sheet reader is imported only for sheets)."""
    if origin is None or not is_sheet(origin.path):
        return None
    from ntm_cli.inputs.sheets import SheetOrigin

    return origin if isinstance(origin, SheetOrigin) else None


def fractions_of(loaded: LoadedCommune) -> dict[str, str] | None:
    """A sheet row's cells that may hold a percentage typed as a fraction (see inputs.sheets)."""
    origin = sheet_origin(loaded.origin)
    return origin.fractions if origin is not None else None


def check_loaded(
    commune: Commune,
    criteria_set: CriteriaSet,
    registry: Registry,
    tiers: list[CriteriaSet],
    fractions: Mapping[str, str] | None = None,
) -> tuple[list[Problem], dict[str, CriteriaSet]]:
    """What stops the commune being scored (also for `ntm validate`), and the sets it needs.

    `fractions` maps indicators whose sheet cell may hold a percentage typed as a fraction
    to that cell (see inputs.sheets).
    """
    ids = registry.ids()
    unknown = [k for k in commune.other_sets if k not in ids]
    sets = _lookup(registry, [t.id for t in tiers] + [k for k in commune.other_sets if k in ids])
    problems: list[Problem] = check_commune(criteria_set, commune)
    if fractions:
        problems += percent_fractions(criteria_set, commune, fractions)
    problems += check_other_sets(commune, sets, unknown)
    return problems, sets


def score_loaded(
    loaded: LoadedCommune,
    registry: Registry,
    set_option: str | None,
    *,
    ladder: bool = False,
    plans: Plans | None = None,
    extra_tiers: Sequence[str] = (),
) -> CommuneResult:
    """Check one loaded commune against its set and score it (InputErrors when it cannot).

    With `ladder`, the commune is also scored against the higher tiers of its period, and
    against `extra_tiers` (set ids) not already on its ladder or extended by its set.
    """
    commune = loaded.commune
    criteria_set, chosen_by = choose_set(loaded, registry, set_option)
    merge = None
    tiers = registry.ladder(criteria_set, commune.year) if ladder else [criteria_set]
    if ladder and extra_tiers:
        tiers += registry.extra_tiers(tiers, extra_tiers)
    problems, sets = check_loaded(commune, criteria_set, registry, tiers, fractions_of(loaded))
    if problems:
        raise InputErrors(
            [InputError(loaded.origin.locate(p.loc, at_key=p.at_key), p.message) for p in problems]
        )
    if commune.formed_from is not None:  # a merged commune: sum its former communes' counts
        from ntm_cli.inputs.read import read_former
        from ntm_cli.scoring.merge import combine

        merge = combine(commune, read_former(loaded), criteria_set)
        commune = merge.commune
    result = evaluate(criteria_set, commune, sets, set_chosen_by=chosen_by, plans=plans)
    if merge is not None and commune.formed_from is not None:
        from ntm_cli.scoring.merge import mark

        result = mark(result, merge, commune.formed_from.date)
    if ladder:
        from ntm_cli.scoring.ladder import climb

        result = climb(result, tiers, commune, sets)
    return result


def score_communes(
    communes: list[LoadedCommune],
    registry: Registry,
    set_option: str | None,
    *,
    ladder: bool = False,
    plans: Plans | None = None,
    extra_tiers: Sequence[str] = (),
) -> Outcome:
    """Score already-loaded communes; one commune's errors never stop the others."""
    outcome = Outcome()
    plans = plans or Plans()
    for loaded in communes:
        try:
            result = score_loaded(
                loaded, registry, set_option, ladder=ladder, plans=plans, extra_tiers=extra_tiers
            )
            outcome.results.append(result)
            outcome.sources.append(loaded.origin.path)
            origin = loaded.origin
            outcome.places.append(
                origin.place()
                if isinstance(origin, YamlOrigin)
                else str(origin.locate(("commune",)))
            )
        except InputErrors as exc:
            outcome.errors.extend(exc.errors)
        except InputError as exc:
            outcome.errors.append(exc)
    return outcome


def score_path(
    path: str | Path,
    registry: Registry,
    set_option: str | None,
    *,
    ladder: bool = False,
    plans: Plans | None = None,
    empty_unmet: bool = False,
) -> Outcome:
    """Read one input file (YAML or sheet) and score every commune in it."""
    communes, errors = read_communes(path, empty_unmet=empty_unmet)
    outcome = score_communes(communes, registry, set_option, ladder=ladder, plans=plans)
    return Outcome(outcome.results, [*errors, *outcome.errors], outcome.sources, outcome.places)


def score_paths(
    paths: Sequence[str | Path],
    registry: Registry,
    set_option: str | None,
    *,
    ladder: bool = False,
    commune: str | None = None,
    limit: int | None = None,
    extra_tiers: Sequence[str] = (),
    empty_unmet: bool = False,
) -> Outcome:
    """Score every commune of these inputs (files, folders, globs); errors never stop the rest.

    With `commune`, only the communes of that name are scored (accents and case aside); a
    name that no input holds is a usage error listing the closest names. More than `limit`
    communes is a usage error.
    """
    files, missing = expand(paths)
    outcome = Outcome(errors=[InputError(e.location, e.message) for e in missing])
    read = [read_communes(file, empty_unmet=empty_unmet) for file in files]
    for communes, _ in read:
        origin = sheet_origin(communes[0].origin if communes else None)
        if origin is not None:
            outcome.notes.extend(origin.header.notes)
    if commune is not None:
        read = _only(read, commune)
    count = sum(len(communes) for communes, _ in read)
    if limit is not None and count > limit:
        raise UsageError(said("error.evaluate_too_many", count=count, limit=limit))
    plans = Plans()
    for communes, errors in read:
        outcome.errors.extend(errors)
        outcome.extend(
            score_communes(
                communes, registry, set_option, ladder=ladder, plans=plans, extra_tiers=extra_tiers
            )
        )
    outcome.errors[:] = condensed(outcome.errors, InputError)
    return outcome


Read = list[tuple[list[LoadedCommune], list[InputError]]]


def _name_key(name: str) -> str:
    """'Xã Thử B', 'thu b' and 'XA THU B' all name the same commune."""
    return fold(name).removeprefix("xa ")


def _only(read: Read, name: str) -> Read:
    """Keep the communes named `name`; a usage error when there is none."""
    wanted = _name_key(name)
    kept = [([c for c in communes if _name_key(c.commune.commune) == wanted], errors)
            for communes, errors in read]  # fmt: skip
    if any(communes for communes, _ in kept):
        return kept
    names = sorted({c.commune.commune for communes, _ in read for c in communes})
    by_fold = {_name_key(n): n for n in names}
    close = [by_fold[f] for f in difflib.get_close_matches(wanted, by_fold, n=5, cutoff=0.5)]
    listed = ", ".join(close or names[:10])
    if listed:
        raise UsageError(said("error.no_such_commune_closest", name=repr(name), closest=listed))
    raise UsageError(said("error.no_such_commune", name=repr(name)))
