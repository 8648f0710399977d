"""Resolve a set written as `extends: <parent>` plus `overrides:` into a full set (as data).

Overrides, applied in this order (every id names the parent's numbering):

```yaml
extends: qd318-xa-ntm
overrides:
  remove: {criteria: ["19"], indicators: ["17.3"]}
  criteria:                       # patch inherited criteria: name, group, rule, note, tags, id
    "6": {name: Văn hóa – Thể thao, id: "6a"}      # rename and re-number
  indicators:                     # patch inherited indicators; thresholds merge by selector
    "14.2": {thresholds: [{regions: [tdmnpb], value: 75, source: "QĐ .../UBND"}]}
  add:
    criteria: [{id: "20", name: ..., indicators: [...]}]
    indicators: {"5": [{id: "5.3", name: ..., thresholds: [...]}]}
```

A threshold rule in a patch replaces the inherited rule with the same selectors; where an
inherited rule of the same shape names more regions/groups/years, only those the new rule
names are taken from it. `replace_thresholds: true` drops every inherited rule instead.
Inherited rules are copied as they are, so each keeps its `source`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import Field

from ntm_cli.inputs.files import Origin, YamlOrigin, validate
from ntm_cli.model.errors import InputError, InputErrors, Location, said
from ntm_cli.model.sets import (
    AtLeast,
    CriteriaSet,
    Criterion,
    Indicator,
    ItemId,
    Kind,
    Label,
    Model,
    Note,
    Operator,
    SetId,
    Tags,
    Threshold,
)

Loc = tuple[int | str, ...]
# Keys of the child file that are not copied over the parent's metadata.
_STRUCTURAL = ("extends", "overrides", "criteria")


class CriterionPatch(Model):
    """Changes to one inherited criterion (unset fields keep the parent's value)."""

    id: ItemId | None = None
    name: Label | None = None
    group: Label | None = None
    rule: Literal["all"] | AtLeast | None = None
    indicators_complete: bool | None = None
    tags: Tags | None = None
    note: Note | None = None
    evidence: str | None = None


class IndicatorPatch(Model):
    """Changes to one inherited indicator; `thresholds` merge unless replace_thresholds."""

    id: ItemId | None = None
    name: Label | None = None
    kind: Kind | None = None
    operator: Operator | None = None
    unit: Label | None = None
    target_set: SetId | None = Field(default=None, alias="set")
    thresholds: list[dict[str, Any]] | None = None
    replace_thresholds: bool = False
    tags: Tags | None = None
    note: Note | None = None
    evidence: str | None = None


class Removals(Model):
    """Inherited criteria and indicators to drop."""

    criteria: list[ItemId] = Field(default_factory=list)
    indicators: list[ItemId] = Field(default_factory=list)


class Additions(Model):
    """New criteria (appended) and new indicators (appended to a criterion, by its id)."""

    criteria: list[dict[str, Any]] = Field(default_factory=list)
    indicators: dict[ItemId, list[dict[str, Any]]] = Field(default_factory=dict)


class Overrides(Model):
    """What a set changes from the set it extends."""

    remove: Removals = Field(default_factory=Removals)
    criteria: dict[ItemId, CriterionPatch] = Field(default_factory=dict)
    indicators: dict[ItemId, IndicatorPatch] = Field(default_factory=dict)
    add: Additions = Field(default_factory=Additions)


def _at(origin: YamlOrigin, loc: Loc, *, at_key: bool = False) -> Location:
    return origin.locate(loc, at_key=at_key)


def _merge_rules(
    inherited: list[dict[str, Any]], new: list[Threshold], where: Location
) -> list[dict[str, Any]]:
    """Inherited rules minus what the new rules take over, then the new rules."""
    kept = [Threshold.model_validate(r) for r in inherited]
    for rule in new:
        shape = set(rule.selectors())
        survivors: list[Threshold] = []
        for old in kept:
            old_sel = old.selectors()
            if set(old_sel) != shape:
                survivors.append(old)
                continue
            new_sel = rule.selectors()
            if old_sel == new_sel:
                continue  # same selectors: replaced
            if len(shape) == 1:
                (dim,) = shape
                rest = [v for v in old_sel[dim] if v not in new_sel[dim]]
                if rest:
                    survivors.append(old.model_copy(update={dim: rest}))
                continue
            if all(set(old_sel[d]) & set(new_sel[d]) for d in shape):
                raise InputError(
                    where,
                    said("extends.partial_overlap", new=str(new_sel), old=str(old_sel)),
                )
            survivors.append(old)
        kept = [*survivors, rule]
    return [r.model_dump(mode="python", exclude_none=True, by_alias=True) for r in kept]


def _find_indicator(criteria: list[dict[str, Any]], indicator_id: str) -> dict[str, Any] | None:
    for criterion in criteria:
        for indicator in criterion.get("indicators", []):
            if indicator["id"] == indicator_id:
                return indicator  # type: ignore[no-any-return]
    return None


def _patched_indicator(
    current: dict[str, Any], patch: IndicatorPatch, origin: YamlOrigin, loc: Loc
) -> dict[str, Any]:
    updated = dict(current)
    given = patch.model_dump(exclude_unset=True, by_alias=True)
    given.pop("replace_thresholds", None)
    rules = given.pop("thresholds", None)
    updated.update(given)
    if rules is not None:
        new: list[Threshold] = []
        problems: list[InputError] = []
        for i, raw in enumerate(rules):
            rule_origin = origin.at((*loc, "thresholds", i))
            try:
                new.append(validate(Threshold, raw, rule_origin))
            except InputErrors as exc:
                problems.extend(exc.errors)
        if problems:
            raise InputErrors(problems)
        inherited = [] if patch.replace_thresholds else list(current["thresholds"])
        updated["thresholds"] = _merge_rules(inherited, new, _at(origin, (*loc, "thresholds")))
    indicator_origin = origin.at(loc)
    checked = validate(Indicator, updated, _PatchOrigin(indicator_origin, patch))
    return checked.model_dump(mode="python", exclude_none=True, by_alias=True)


class _PatchOrigin:
    """Locates errors of a patched indicator at the patch (inherited parts at the patch key)."""

    def __init__(self, origin: YamlOrigin, patch: IndicatorPatch) -> None:
        self._origin = origin
        self._given = patch.model_dump(exclude_unset=True, by_alias=True)
        self.path = origin.path

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """Inside the patch when the key was patched; else the patch itself."""
        if loc and loc[0] in self._given:
            return self._origin.locate(loc, at_key=at_key)
        return self._origin.locate((), at_key=True)


def _validated_dump(model: type[Model], raw: Any, origin: Origin) -> dict[str, Any]:
    return validate(model, raw, origin).model_dump(mode="python", exclude_none=True, by_alias=True)


def resolve(child: dict[str, Any], parent: CriteriaSet, origin: YamlOrigin) -> dict[str, Any]:
    """The child's data with its parent's criteria, overrides applied (not yet validated)."""
    if "criteria" in child:
        raise InputError(
            _at(origin, ("criteria",), at_key=True),
            said("extends.no_criteria"),
        )
    raw_overrides = child.get("overrides") or {}
    overrides_origin = origin.at(("overrides",))
    if not isinstance(raw_overrides, dict):
        raise InputError(_at(origin, ("overrides",)), said("extends.overrides_mapping"))
    overrides = validate(Overrides, raw_overrides, overrides_origin)
    base = parent.model_dump(mode="python", exclude_none=True, by_alias=True)
    criteria: list[dict[str, Any]] = base["criteria"]
    problems: list[InputError] = []

    def missing(loc: Loc, what: str, item: str) -> None:
        known = (
            ", ".join(c["id"] for c in criteria)
            if what == "criterion"
            else ", ".join(i["id"] for c in criteria for i in c.get("indicators", []))
        )
        problems.append(
            InputError(
                _at(origin, ("overrides", *loc), at_key=isinstance(loc[-1], str)),
                said(f"extends.missing_{what}", item=repr(item), id=parent.id, known=known),
            )
        )

    for i, cid in enumerate(overrides.remove.criteria):
        before = len(criteria)
        criteria[:] = [c for c in criteria if c["id"] != cid]
        if len(criteria) == before:
            missing(("remove", "criteria", i), "criterion", cid)
    for i, iid in enumerate(overrides.remove.indicators):
        if _find_indicator(criteria, iid) is None:
            missing(("remove", "indicators", i), "indicator", iid)
        for criterion in criteria:
            criterion["indicators"] = [x for x in criterion.get("indicators", []) if x["id"] != iid]
    for cid, cpatch in overrides.criteria.items():
        target = next((c for c in criteria if c["id"] == cid), None)
        if target is None:
            missing(("criteria", cid), "criterion", cid)
            continue
        target.update(cpatch.model_dump(mode="python", exclude_unset=True, by_alias=True))
    for iid, ipatch in overrides.indicators.items():
        found = _find_indicator(criteria, iid)
        if found is None:
            missing(("indicators", iid), "indicator", iid)
            continue
        try:
            replacement = _patched_indicator(
                dict(found), ipatch, origin, ("overrides", "indicators", iid)
            )
        except InputErrors as exc:
            problems.extend(exc.errors)
        except InputError as exc:
            problems.append(exc)
        else:
            found.clear()
            found.update(replacement)
    for i, raw in enumerate(overrides.add.criteria):
        loc: Loc = ("overrides", "add", "criteria", i)
        try:
            added = _validated_dump(Criterion, raw, origin.at(loc))
            if any(c["id"] == added["id"] for c in criteria):
                problems.append(
                    InputError(
                        _at(origin, (*loc, "id")),
                        said("extends.criterion_exists", id=repr(added["id"]), parent=parent.id),
                    )
                )
                continue
            criteria.append(added)
        except InputErrors as exc:
            problems.extend(exc.errors)
    for cid, items in overrides.add.indicators.items():
        target = next((c for c in criteria if c["id"] == cid), None)
        if target is None:
            missing(("add", "indicators", cid), "criterion", cid)
            continue
        for i, raw in enumerate(items):
            loc = ("overrides", "add", "indicators", cid, i)
            try:
                added = _validated_dump(Indicator, raw, origin.at(loc))
            except InputErrors as exc:
                problems.extend(exc.errors)
                continue
            if _find_indicator(criteria, added["id"]) is not None:
                problems.append(
                    InputError(
                        _at(origin, (*loc, "id")),
                        said("extends.indicator_exists", id=repr(added["id"])),
                    )
                )
                continue
            target.setdefault("indicators", []).append(added)
    if problems:
        raise InputErrors(problems)
    merged = {k: v for k, v in base.items() if k not in ("criteria", "extends")}
    for key, value in child.items():
        if key not in _STRUCTURAL:
            merged[key] = value
    own_sources = child.get("sources") or {}
    if isinstance(own_sources, dict):  # anything else is reported by validation, located
        merged["sources"] = {**base.get("sources", {}), **own_sources}
    own_notes = child.get("notes") or []
    if isinstance(own_notes, list):
        inherited = [_tagged(note, parent.id) for note in base.get("notes", [])]
        merged["notes"] = [*own_notes, *inherited]
    merged["extends"] = parent.id
    merged["criteria"] = criteria
    return merged


def _tagged(note: Any, set_id: str) -> Any:
    """An inherited set note marked with the set it came from, in each of its languages."""
    if isinstance(note, str):
        return f"[{set_id}] {note}"
    if isinstance(note, dict):  # {vi, en}; anything else is reported by validation
        return {k: f"[{set_id}] {v}" if isinstance(v, str) else v for k, v in note.items()}
    return note
