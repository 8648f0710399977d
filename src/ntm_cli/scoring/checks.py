"""Check a commune's data against the set it is scored with (ids, kinds, ranges)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from ntm_cli.model.errors import Text, said
from ntm_cli.model.regions import REGION_CODES
from ntm_cli.model.sets import NA, Commune, Count, CriteriaSet, Criterion


@dataclass(frozen=True)
class Problem:
    """A value that cannot be scored, with where it is in the commune record."""

    loc: tuple[str, ...]
    message: Text
    at_key: bool = False


def _nearby(ids: list[str], wanted: str) -> str:
    prefix = wanted.split(".")[0]
    close = [i for i in ids if i.split(".")[0] == prefix]
    shown = close or ids[:8]
    more = "" if close or len(ids) <= 8 else ", ..."
    return ", ".join(shown) + more


# Slips in typed ids: letter l or O for a digit, a decimal comma, a space, a leading zero.
_SLIPS = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0", ",": ".", " ": ""})


def _did_you_mean(ids: list[str], wanted: str) -> Text:
    fixed = wanted.translate(_SLIPS)
    fixed = ".".join(part.lstrip("0") or "0" for part in fixed.split("."))
    close = [fixed] if fixed in ids else difflib.get_close_matches(wanted, ids, n=1, cutoff=0.6)
    return said("check.did_you_mean", guess=close[0]) if close else ""


def unlisted_criterion(criteria_set: CriteriaSet, key: str) -> Criterion | None:
    """The criterion an indicator id belongs to when the set does not list all its indicators.

    "2.1" belongs to criterion "2"; a set that encodes no indicator of criterion 2, or
    only some of them, keeps such data and scores the criterion from its declared status.
    """
    owner = key.split(".")[0]
    if owner == key:
        return None
    for criterion in criteria_set.criteria:
        if criterion.id == owner:
            return None if criterion.indicators_complete and criterion.indicators else criterion
    return None


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
                    said("set.unknown", id=repr(set_id)),
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


def _value_problem(key: str, kind: str, value: float | bool | Count | str) -> Text | None:
    """Why this value cannot be scored as indicator `key` of this kind, or None if it can."""
    if value.__class__ is float:  # the commonest case first: this runs for every value
        if kind in _BOOLEAN_KINDS:
            return said("check.qualitative", id=key)
        if value < 0:
            return said("check.negative", value=f"{value:g}", id=key)
        if kind in _PERCENT_KINDS and value > 100:
            return said("check.over_100", value=f"{value:g}", id=key)
        if kind == "count" and not value.is_integer():
            return said("check.not_whole", value=f"{value:g}")
        return None
    if value == NA:
        return None
    if kind in _BOOLEAN_KINDS:
        return None if isinstance(value, bool) else said("check.qualitative", id=key)
    if isinstance(value, bool):
        return said("check.needs_number", id=key, kind=kind)
    if isinstance(value, Count) and kind not in _PERCENT_KINDS:
        return said("check.count_not_percent", id=key, kind=kind)
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
                said("check.missing_region", id=criteria_set.id, codes=REGION_CODES),
                at_key=True,
            )
        )
    if require_scheme and criteria_set.scheme == "groups" and commune.group is None:
        problems.append(
            Problem(
                ("commune",),
                said("check.missing_group", id=criteria_set.id),
                at_key=True,
            )
        )
    for key, value in commune.indicators.items():
        indicator = indicators.get(key)
        if indicator is None:
            if unlisted_criterion(criteria_set, key) is not None:
                continue  # kept, and shown as not scored (engine: notice "unlisted")
            problems.append(
                Problem(
                    ("indicators", key),
                    said(
                        "check.unknown_indicator",
                        key=repr(key),
                        id=criteria_set.id,
                        guess=_did_you_mean(list(indicators), key),
                        known=_nearby(list(indicators), key),
                    ),
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
                    said(
                        "check.unknown_criterion",
                        key=repr(key),
                        id=criteria_set.id,
                        known=criteria_ids,
                    ),
                    at_key=True,
                )
            )
    return problems


def percent_fractions(
    criteria_set: CriteriaSet, commune: Commune, cells: Mapping[str, str]
) -> list[Problem]:
    """A percent indicator's value in (0, 1] that its sheet column suggests is a fraction.

    `cells` maps indicator ids to the cell ("D7") whose value the sheet flagged: 0,932
    among 85 and 97 is 93,2% typed without its percent format, not 0,932 %.
    """
    indicators = criteria_set.indicators()
    problems: list[Problem] = []
    for key, cell in cells.items():
        indicator = indicators.get(key)
        value = commune.indicators.get(key)
        if indicator is None or indicator.kind not in _PERCENT_KINDS:
            continue
        if isinstance(value, float) and 0 < value <= 1:
            percent = round(value * 100, 8)
            problems.append(
                Problem(
                    ("indicators", key),
                    said("sheets.percent_fraction", value=value, cell=cell, percent=percent),
                )
            )
    return problems
