"""Check a commune's data against the set it is scored with (ids, kinds, ranges)."""

from __future__ import annotations

from dataclasses import dataclass

from ntm_cli.model.regions import REGION_CODES
from ntm_cli.model.sets import NA, Commune, Count, CriteriaSet


@dataclass(frozen=True)
class Problem:
    """A value that cannot be scored, with where it is in the commune record."""

    loc: tuple[str, ...]
    message: str
    at_key: bool = False


def _nearby(ids: list[str], wanted: str) -> str:
    prefix = wanted.split(".")[0]
    close = [i for i in ids if i.split(".")[0] == prefix]
    shown = close or ids[:8]
    more = "" if close or len(ids) <= 8 else ", ..."
    return ", ".join(shown) + more


def check_other_sets(
    commune: Commune, sets: dict[str, CriteriaSet], unknown: list[str]
) -> list[Problem]:
    """Problems in `other_sets`: unknown set ids (listed in `unknown`) and bad values."""
    problems: list[Problem] = []
    for set_id in commune.other_sets:
        if set_id in unknown:
            problems.append(
                Problem(
                    ("other_sets", set_id),
                    f"unknown criteria set {set_id!r}; `ntm sets list` shows the ids",
                    at_key=True,
                )
            )
            continue
        view = commune.model_copy(
            update={
                "indicators": commune.other_sets[set_id].indicators,
                "criteria": commune.other_sets[set_id].criteria,
            }
        )
        for problem in check_commune(sets[set_id], view, require_scheme=False):
            if problem.loc and problem.loc[0] in ("indicators", "criteria"):
                loc = ("other_sets", set_id, *problem.loc)
                problems.append(Problem(loc, problem.message, problem.at_key))
    return problems


_BOOLEAN_KINDS = ("qualitative", "meets_set")
_PERCENT_KINDS = ("percent", "share_meeting_set")


def _value_problem(key: str, kind: str, value: float | bool | Count | str) -> str | None:
    """Why this value cannot be scored as indicator `key` of this kind, or None if it can."""
    if value.__class__ is float:  # the commonest case first: this runs for every value
        if kind in _BOOLEAN_KINDS:
            return f"indicator {key} is qualitative; write đạt or chưa đạt"
        if value < 0:
            return f"{value:g} is negative; {key} cannot be below 0"
        if kind in _PERCENT_KINDS and value > 100:
            return f"{value:g}% is impossible for {key}; percentages are 0–100"
        if kind == "count" and not value.is_integer():
            return f"{value:g} is not a whole number of units"
        return None
    if value == NA:
        return None
    if kind in _BOOLEAN_KINDS:
        return (
            None
            if isinstance(value, bool)
            else f"indicator {key} is qualitative; write đạt or chưa đạt"
        )
    if isinstance(value, bool):
        return f"indicator {key} needs a number ({kind}), not đạt/chưa đạt"
    if isinstance(value, Count) and kind not in _PERCENT_KINDS:
        return (
            f"indicator {key} is a {kind}, not a percentage;"
            " give one number instead of achieved/total"
        )
    return None


def check_commune(
    criteria_set: CriteriaSet, commune: Commune, *, require_scheme: bool = True
) -> list[Problem]:
    """Every problem that stops this commune being scored against this set."""
    problems: list[Problem] = []
    indicators = criteria_set.indicators()
    if require_scheme and criteria_set.scheme == "regions" and commune.region is None:
        problems.append(
            Problem(
                ("commune",),
                f"missing region: set {criteria_set.id} has thresholds by region;"
                f" add `region:` with one of {', '.join(REGION_CODES)}",
                at_key=True,
            )
        )
    if require_scheme and criteria_set.scheme == "groups" and commune.group is None:
        problems.append(
            Problem(
                ("commune",),
                f"missing group: set {criteria_set.id} has thresholds by commune group;"
                " add `group:` 1, 2 or 3 (QĐ 51/2025/QĐ-TTg: 1 near-urban, 3 region II/III"
                " communes, 2 the others), or `khu_vuc: II` / `III` for a region II/III commune",
                at_key=True,
            )
        )
    for key, value in commune.indicators.items():
        indicator = indicators.get(key)
        if indicator is None:
            problems.append(
                Problem(
                    ("indicators", key),
                    f"unknown indicator {key!r} for set {criteria_set.id};"
                    f" known ids: {_nearby(list(indicators), key)}",
                    at_key=True,
                )
            )
            continue
        message = _value_problem(key, indicator.kind, value)
        if message is not None:
            problems.append(Problem(("indicators", key), message))
    criteria_ids = criteria_set.criterion_ids() if commune.criteria else []
    for key in commune.criteria:
        if key not in criteria_ids:
            problems.append(
                Problem(
                    ("criteria", key),
                    f"unknown criterion {key!r} for set {criteria_set.id};"
                    f" criteria are {', '.join(criteria_ids)}",
                    at_key=True,
                )
            )
    return problems
