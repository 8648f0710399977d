"""`ntm evaluate --verify`: score a saved result's inputs again and compare the figures."""

from __future__ import annotations

from typing import Any

from ntm_cli.inputs.digest import sha256_file
from ntm_cli.inputs.recorded import RecordedCommune, RecordedResult
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import InputError, NtmError
from ntm_cli.model.record import Difference, Field, FileCheck, FileState, Verification
from ntm_cli.model.results import CommuneResult
from ntm_cli.run.communes import score_paths

Key = tuple[object, ...]


def _key(commune: object, district: object, province: object, year: object, set_id: object) -> Key:
    return (commune, district, province, year, set_id)


def _saved_key(data: dict[str, Any]) -> Key:
    return _key(data.get("commune"), data.get("district"), data.get("province"),
                data.get("year"), data.get("criteria_set"))  # fmt: skip


def _label(commune: object, district: object) -> str:
    return f"{commune} ({district})" if district else str(commune)


def _same(before: object, after: object) -> bool:
    """Equal as JSON shows them: 40 and 40.0 are the same number, True is not 1."""
    numbers = (int, float)
    if isinstance(before, bool) or isinstance(after, bool):
        return before is after
    if isinstance(before, numbers) and isinstance(after, numbers):
        return float(before) == float(after)
    return before == after


def _file_state(recorded: object, digest: str | None) -> FileState:
    if digest is None:
        return "unreadable"
    return "same" if digest == recorded else "changed"


def _check_files(recorded: RecordedResult, registry: Registry) -> list[FileCheck]:
    sets: dict[str, object] = {}
    inputs: dict[str, object] = {}
    for commune in recorded.communes:
        sets.update(commune.record["sets"])
        inputs.update(commune.record["inputs"])
    checks = []
    for set_id, digest in sorted(sets.items()):
        try:
            now: str | None = registry.digests([set_id]).get(set_id)
        except NtmError:
            now = None
        checks.append(FileCheck("set", set_id, _file_state(digest, now)))
    for path, digest in inputs.items():
        try:
            now = sha256_file(path)
        except InputError:
            now = None
        checks.append(FileCheck("input", path, _file_state(digest, now)))
    return checks


def _compare(label: str, saved: dict[str, Any], now: CommuneResult) -> list[Difference]:
    """Every figure of the saved commune object that the new result does not repeat."""
    found: list[Difference] = []
    status = "met" if now.meets_set else "not_met"
    heads: tuple[tuple[Field, object], ...] = (
        ("status", status),
        ("met", now.met),
        ("total", now.total),
    )
    for head, value in heads:
        if not _same(saved.get(head), value):
            found.append(Difference(label, head, None, saved.get(head), value))
    criteria = {c.id: c for c in now.criteria}
    seen: set[str] = set()
    for old in saved.get("criteria", []):
        if not isinstance(old, dict):
            continue
        cid = str(old.get("id"))
        seen.add(cid)
        new = criteria.get(cid)
        if new is None:
            found.append(Difference(label, "criterion", cid, old.get("status"), None))
            continue
        if not _same(old.get("status"), new.status):
            found.append(Difference(label, "criterion", cid, old.get("status"), new.status))
        indicators = {i.id: i for i in new.indicators}
        for saved_ind in old.get("indicators", []):
            if not isinstance(saved_ind, dict):
                continue
            iid = str(saved_ind.get("id"))
            ind = indicators.pop(iid, None)
            if ind is None:
                found.append(Difference(label, "indicator", iid, saved_ind.get("status"), None))
                continue
            pairs: tuple[tuple[Field, str, object], ...] = (
                ("indicator", "status", ind.status),
                ("value", "value", ind.value),
                ("required", "required", ind.required),
            )
            for field, key, after in pairs:
                before = saved_ind.get(key)
                if not _same(before, after):
                    found.append(Difference(label, field, iid, before, after))
        found += [Difference(label, "indicator", i, None, r.status) for i, r in indicators.items()]
    found += [
        Difference(label, "criterion", c.id, None, c.status)
        for c in now.criteria
        if c.id not in seen
    ]
    return found


def _group(recorded: RecordedResult) -> dict[tuple[str | None, bool], list[RecordedCommune]]:
    """Communes scored the same way: with the same --set (or none), with or without --ladder."""
    groups: dict[tuple[str | None, bool], list[RecordedCommune]] = {}
    for commune in recorded.communes:
        data = commune.data
        option = str(data.get("criteria_set")) if data.get("set_chosen_by") == "option" else None
        groups.setdefault((option, "ladder" in data), []).append(commune)
    return groups


def verify(recorded: RecordedResult, registry: Registry) -> tuple[Verification, list[InputError]]:
    """Score the saved result's inputs again; which files changed and which figures differ."""
    files = _check_files(recorded, registry)
    differences: list[Difference] = []
    errors: list[InputError] = []
    compared = 0
    for (set_option, ladder), communes in _group(recorded).items():
        paths: dict[str, None] = {}
        for commune in communes:
            paths.update(dict.fromkeys(str(p) for p in commune.record["inputs"]))
        # an input that is gone is reported by score_paths as an input error (exit 2)
        outcome = score_paths(list(paths), registry, set_option, ladder=ladder)
        errors.extend(outcome.errors)
        fresh: dict[Key, list[CommuneResult]] = {}
        for result in outcome.results:
            key = _key(result.commune, result.district, result.province, result.year,
                       result.set_id)  # fmt: skip
            fresh.setdefault(key, []).append(result)
        for commune in communes:
            data = commune.data
            label = _label(data.get("commune"), data.get("district"))
            matches = fresh.get(_saved_key(data))
            if not matches:
                differences.append(Difference(label, "gone"))
                continue
            compared += 1
            differences += _compare(label, data, matches.pop(0))
        if recorded.batch:  # a batch's record covers every commune of its inputs
            differences += [Difference(_label(r.commune, r.district), "new")
                            for left in fresh.values() for r in left]  # fmt: skip
    verification = Verification(
        path=recorded.path,
        ntm_version=str(recorded.record.get("ntm_version")),
        run_at=str(recorded.record.get("run_at")),
        files=tuple(files),
        compared=compared,
        differences=tuple(differences),
    )
    return verification, errors
