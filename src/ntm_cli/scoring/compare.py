"""Compare two assessments (pure): what was gained, lost or changed, and revocation risk."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ntm_cli.model.results import CommuneResult, CriterionResult, IndicatorResult
from ntm_cli.model.sets import CriteriaSet, Status, Text
from ntm_cli.model.text import fold

Direction = Literal["gained", "lost", "status", "better", "worse", "changed"]
Revocation = Literal["not_assessed", "none", "key_criterion", "half_or_more"]
# Why two assessments' criteria may be compared: the same set, one set extending the other
# (a province's set keeps the national ids), or a `continues:` declared in the later set.
Continuity = Literal["same_set", "extends", "declared"]

# QĐ 18/2022/QĐ-TTg (reference facts §7): recognition is revoked when 30% to 50% of the
# criteria are not met and one of these is among them, or when 50% or more are not met.
KEY_CRITERIA = (
    "Thu nhập",
    "Môi trường và an toàn thực phẩm",
    "Môi trường",
    "Chất lượng môi trường sống",
    "Quốc phòng và An ninh",
)
_KEY_FOLDED = frozenset(fold(name) for name in KEY_CRITERIA)
# QĐ 18/2022 governs recognition in the 2021–2025 period; outside it the rule is not applied.
RULE_YEARS = range(2021, 2026)


@dataclass(frozen=True, slots=True)
class Change:
    """One criterion or indicator whose status or value differs between the assessments."""

    kind: Literal["criterion", "indicator"]
    id: str
    name: Text
    criterion_id: str
    direction: Direction
    old_status: Status | None
    new_status: Status | None
    old: IndicatorResult | None = None
    new: IndicatorResult | None = None
    old_id: str | None = None  # the earlier set's criterion id, when a continuation renames it


@dataclass(frozen=True, slots=True)
class CommuneDiff:
    """What changed for one commune between the old and the new assessment."""

    old: CommuneResult
    new: CommuneResult
    changes: tuple[Change, ...]
    # None: two sets with no declared continuation, shown side by side, nothing compared.
    continuity: Continuity | None = "same_set"

    @property
    def comparable(self) -> bool:
        """True when the two assessments' criteria can be compared one by one."""
        return self.continuity is not None

    def having(self, kind: str, direction: str) -> list[Change]:
        """Changes of one kind (criterion/indicator) and direction, in set order."""
        return [c for c in self.changes if c.kind == kind and c.direction == direction]

    @property
    def lost_anything(self) -> bool:
        """True when a criterion or an indicator that was met is no longer met."""
        return any(c.direction == "lost" for c in self.changes)

    @property
    def at_risk(self) -> bool:
        """A commune that met the standard has lost a criterion: its recognition is at risk."""
        return self.old.meets_set and bool(self.having("criterion", "lost"))

    @property
    def not_met(self) -> list[CriterionResult]:
        """Criteria of the new assessment that are not met (unmet, missing or undetermined)."""
        return [c for c in self.new.applicable if c.status != "met"]

    @property
    def revocation(self) -> Revocation:
        """Whether the new assessment falls under QĐ 18/2022's revocation conditions."""
        if not self.at_risk or self.new.year not in RULE_YEARS or not self.new.total:
            return "not_assessed"
        failed = self.not_met
        ratio = len(failed) / self.new.total
        if ratio >= 0.5:
            return "half_or_more"
        if ratio >= 0.3 and self.key_failed:
            return "key_criterion"
        return "none"

    @property
    def key_failed(self) -> list[CriterionResult]:
        """Failed criteria that QĐ 18/2022 names in its revocation rule (Thu nhập, ...)."""
        return [c for c in self.not_met if fold(c.name.get("vi")) in _KEY_FOLDED]

    @property
    def key_criteria(self) -> list[CriterionResult]:
        """The new assessment's criteria that QĐ 18/2022 names (its own set's, no other's)."""
        return key_criteria(self.new)


def key_criteria(result: CommuneResult) -> list[CriterionResult]:
    """Criteria of one assessment's set that QĐ 18/2022's revocation rule names."""
    return [c for c in result.applicable if fold(c.name.get("vi")) in _KEY_FOLDED]


@dataclass(frozen=True, slots=True)
class DiffReport:
    """All paired communes, plus those found on one side only."""

    pairs: tuple[CommuneDiff, ...]
    only_old: tuple[CommuneResult, ...]
    only_new: tuple[CommuneResult, ...]

    @property
    def lost_anything(self) -> bool:
        """True when any commune lost a criterion or an indicator."""
        return any(p.lost_anything for p in self.pairs)


def _counts(status: Status | None) -> bool:
    return status is not None and status != "not_applicable"


def _status_direction(old: Status | None, new: Status | None) -> Direction | None:
    if old == new or not (_counts(old) and _counts(new)):
        return None
    if old == "met":
        return "lost"
    if new == "met":
        return "gained"
    return "status"


def _value_direction(old: IndicatorResult, new: IndicatorResult) -> Direction | None:
    a, b = old.value, new.value
    if a is None or b is None or a == b:
        return None
    if isinstance(a, bool) or isinstance(b, bool):
        return "better" if b is True else "worse"
    if old.operator == "at_least":
        return "better" if b > a else "worse"
    if old.operator == "at_most":
        return "better" if b < a else "worse"
    return "changed"


def _indicator_changes(
    criterion_id: str, old: CriterionResult, new: CriterionResult
) -> list[Change]:
    before = {i.id: i for i in old.indicators}
    changes = []
    for ind in new.indicators:
        prev = before.get(ind.id)
        if prev is None:
            continue
        direction = _status_direction(prev.status, ind.status) or _value_direction(prev, ind)
        if direction:
            changes.append(
                Change(
                    kind="indicator",
                    id=ind.id,
                    name=ind.name,
                    criterion_id=criterion_id,
                    direction=direction,
                    old_status=prev.status,
                    new_status=ind.status,
                    old=prev,
                    new=ind,
                )
            )
    return changes


@dataclass(frozen=True, slots=True)
class Lineage:
    """Which criteria sets' assessments may be compared, and which criterion continues which."""

    sets: Mapping[str, CriteriaSet] = field(default_factory=dict)

    def _ancestors(self, set_id: str) -> list[str]:
        chain = [set_id]
        while (known := self.sets.get(chain[-1])) is not None and known.extends:
            if known.extends in chain:  # the registry refuses cycles; never loop here
                break
            chain.append(known.extends)
        return chain

    def link(self, old_set: str, new_set: str) -> tuple[Continuity, dict[str, str]] | None:
        """How new_set's criteria map to old_set's (new id -> old id), or None if they don't."""
        if old_set == new_set:
            return "same_set", {}
        if old_set in self._ancestors(new_set) or new_set in self._ancestors(old_set):
            return "extends", {}
        later, earlier = self.sets.get(new_set), self.sets.get(old_set)
        if later is not None and later.continues and later.continues.set_id == old_set:
            return "declared", dict(later.continues.criteria)
        if earlier is not None and earlier.continues and earlier.continues.set_id == new_set:
            return "declared", {new: old for old, new in earlier.continues.criteria.items()}
        return None


def compare(old: CommuneResult, new: CommuneResult, lineage: Lineage | None = None) -> CommuneDiff:
    """Criteria and indicators gained, lost or changed, compared only where the sets allow it.

    The same set, or one set extending the other: matched by id. A declared continuation:
    only the criteria it lists, by their declared ids (indicators are not compared). Any
    other pair of sets: nothing is compared; the two results are shown side by side.
    """
    link = (lineage or Lineage()).link(old.set_id, new.set_id)
    if link is None:
        return CommuneDiff(old=old, new=new, changes=(), continuity=None)
    continuity, declared = link
    before = {c.id: c for c in old.criteria}
    changes: list[Change] = []
    for criterion in new.criteria:
        old_id = declared.get(criterion.id) if continuity == "declared" else criterion.id
        prev = before.get(old_id) if old_id is not None else None
        if prev is None:
            continue
        direction = _status_direction(prev.status, criterion.status)
        if direction:
            changes.append(
                Change(
                    kind="criterion",
                    id=criterion.id,
                    name=criterion.name,
                    criterion_id=criterion.id,
                    direction=direction,
                    old_status=prev.status,
                    new_status=criterion.status,
                    old_id=old_id if old_id != criterion.id else None,
                )
            )
        if continuity != "declared":
            changes.extend(_indicator_changes(criterion.id, prev, criterion))
    return CommuneDiff(old=old, new=new, changes=tuple(changes), continuity=continuity)


def commune_key(result: CommuneResult) -> tuple[str, str]:
    """How communes are matched across assessments: folded name (without 'xã') and district."""
    name = fold(result.commune).strip()
    name = name[3:].strip() if name.startswith("xa ") else name
    district = fold(result.district or "").strip()
    for prefix in ("huyen ", "thi xa ", "thanh pho "):
        if district.startswith(prefix):
            district = district[len(prefix) :].strip()
    return name, district


def diff(
    old: Sequence[CommuneResult], new: Sequence[CommuneResult], lineage: Lineage | None = None
) -> DiffReport:
    """Pair communes by name and district (or the only commune on each side) and compare them."""
    if len(old) == 1 and len(new) == 1:
        return DiffReport(pairs=(compare(old[0], new[0], lineage),), only_old=(), only_new=())
    # Same-named communes of one district are paired in file order, never dropped.
    earlier: dict[tuple[str, str], list[CommuneResult]] = {}
    for result in old:
        earlier.setdefault(commune_key(result), []).append(result)
    paired: dict[int, CommuneDiff] = {}
    unmatched: list[int] = []
    for index, result in enumerate(new):
        waiting = earlier.get(commune_key(result))
        if waiting:
            paired[index] = compare(waiting.pop(0), result, lineage)
        else:
            unmatched.append(index)
    # Districts were abolished on 01/7/2025: a 2026 commune names none while its 2025
    # assessment does. A side without a district matches the one same-named commune left.
    only_new = []
    for index in unmatched:
        result = new[index]
        name, district = commune_key(result)
        found = [
            (key, group)
            for key, group in earlier.items()
            if key[0] == name and group and (not district or not key[1])
        ]
        if len(found) == 1 and len(found[0][1]) == 1:
            paired[index] = compare(found[0][1].pop(0), result, lineage)
        else:
            only_new.append(result)
    only_old = tuple(r for group in earlier.values() for r in group)
    pairs = tuple(paired[i] for i in sorted(paired))
    return DiffReport(pairs=pairs, only_old=only_old, only_new=tuple(only_new))
