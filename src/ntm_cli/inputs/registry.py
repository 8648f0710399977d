"""Find criteria sets: the bundled ones, `--sets-dir` folders and NTM_SETS_PATH."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ntm_cli.inputs.files import YamlOrigin, load_yaml_file, validate
from ntm_cli.inputs.yaml_text import YamlSource, parse_yaml, read_text
from ntm_cli.model.errors import InputError, InputErrors, Location, UsageError, said
from ntm_cli.model.sets import Continuation, CriteriaSet, cite_sources

TIER_ORDER = ("ntm", "nang_cao", "kieu_mau")

ENV_VAR = "NTM_SETS_PATH"


# The long blocks of a set file, after its metadata (id, decision, level, tier, period...).
_BODY = re.compile(r"^(?:sources|notes|evidence|criteria):", re.MULTILINE)


def read_header(path: Path) -> dict[str, Any]:
    """Parse only the metadata lines, before the first of the set's long blocks.

    Choosing the default set by year must not validate every bundled set on each run, nor
    parse their sources and notes (three sets' headers: 4.9 ms with them, 0.6 ms without).
    """
    text = read_text(path)
    body = _BODY.search(text)
    head = parse_yaml(text[: body.start()] if body else text, str(path))
    return head if isinstance(head, dict) else {}


@cache
def bundled_dir() -> Path:
    """The criteria_sets folder shipped in the wheel (or the repository's, when editable)."""
    packaged = Path(str(resources.files("ntm_cli"))) / "criteria_sets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "criteria_sets"


def search_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """User folders first (so a user's set can shadow nothing silently), then bundled."""
    dirs = list(extra)
    env = os.environ.get(ENV_VAR, "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p]
    return [*dirs, bundled_dir()]


def _id_taken(user_file: Path, bundled_file: Path) -> InputError:
    """A user's set named like a bundled one: the error is the user's file's, with the fix."""
    set_id = bundled_file.stem
    return InputError(
        Location(str(user_file)),
        said("set.id_taken", id=set_id),
    )


def _id_twice(path: Path, other: Path) -> InputError:
    return InputError(Location(str(path)), said("set.id_twice", id=path.stem, other=str(other)))


class Registry:
    """All criteria sets visible to this run, loaded lazily by id."""

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        """Look in extra_dirs and NTM_SETS_PATH, then the bundled sets."""
        self._paths: dict[str, Path] = {}
        for folder in search_dirs(extra_dirs):
            if not folder.is_dir():
                raise UsageError(said("set.no_folder", folder=str(folder)))
            bundled = folder == bundled_dir()
            for path in sorted(folder.glob("*.yaml")):
                other = self._paths.get(path.stem)
                if other is not None and other.parent != folder:
                    raise _id_taken(other, path) if bundled else _id_twice(path, other)
                self._paths.setdefault(path.stem, path)
        self._loaded: dict[str, CriteriaSet] = {}
        # Per-run memos: a batch asks the same questions for every commune.
        self._closures: dict[str, dict[str, CriteriaSet]] = {}
        self._nationals: dict[tuple[str, str, int], str | None] = {}
        self._parents: dict[str, str] = {}  # set id -> the id it `extends`
        self._digests: dict[str, str] = {}

    def ids(self) -> list[str]:
        """Every set id, sorted."""
        return sorted(self._paths)

    def path(self, set_id: str) -> Path:
        """The file a set id comes from."""
        try:
            return self._paths[set_id]
        except KeyError:
            raise UsageError(said("set.unknown", id=repr(set_id))) from None

    def get(self, set_id: str) -> CriteriaSet:
        """Load (once) and return the set with this id, its parents and references resolved."""
        return self._get(set_id, ())

    def _get(self, set_id: str, stack: tuple[str, ...]) -> CriteriaSet:
        if set_id not in self._loaded:
            path = self.path(set_id)
            loaded = self._load(path, stack)
            if loaded.id != set_id:
                raise InputError(
                    Location(str(path)),
                    said("set.id_not_file_name", id=repr(loaded.id), name=loaded.id),
                )
            self._loaded[set_id] = loaded
        return self._loaded[set_id]

    def load_file(self, path: Path) -> CriteriaSet:
        """Load a set file that need not be in the registry (for `ntm sets check FILE`)."""
        return self._load(path, ())

    def _load(self, path: Path, stack: tuple[str, ...]) -> CriteriaSet:
        """Parse, resolve `extends`, validate, then check every reference to another set."""
        data, text = load_yaml_file(path)
        origin = YamlOrigin(str(path), YamlSource(text))
        if not isinstance(data, dict):
            raise InputError(origin.locate(()), said("set.not_a_mapping"))
        own_id = str(data.get("id", path.stem))
        chain = (*stack, own_id)
        if "extends" in data:
            from ntm_cli.inputs.extends import resolve

            parent_id = data["extends"]
            where = origin.locate(("extends",))
            parent = self._referenced(parent_id, chain, where, "extends")
            self._parents[own_id] = parent.id
            own_keys = frozenset(str(k) for k in data)
            data = cite_sources(resolve(data, parent, origin))
            criteria_set = validate(CriteriaSet, data, _ResolvedOrigin(origin, own_keys))
        else:
            if "overrides" in data:
                raise InputError(
                    origin.locate(("overrides",), at_key=True),
                    said("set.overrides_need_extends"),
                )
            criteria_set = validate(CriteriaSet, cite_sources(data), origin)
        self._check_references(criteria_set, chain, origin)
        return criteria_set

    def _referenced(
        self, set_id: object, chain: tuple[str, ...], where: Location, what: str
    ) -> CriteriaSet:
        """The set a reference names; cycles and unknown ids are located errors."""
        if not isinstance(set_id, str) or set_id not in self._paths:
            raise InputError(
                where,
                said("set.unknown_reference", what=what, id=repr(set_id), known=self.ids()),
            )
        if set_id in chain:
            cycle = " -> ".join((*chain[chain.index(set_id) :], set_id))
            raise InputError(where, said("set.cycle", what=what, cycle=cycle))
        return self._get(set_id, chain)

    def _check_references(
        self, criteria_set: CriteriaSet, chain: tuple[str, ...], origin: YamlOrigin
    ) -> None:
        problems: list[InputError] = []
        for loc, set_id, indicator_id in criteria_set.references():
            where = origin.locate(loc)
            try:
                target = self._referenced(set_id, chain, where, "set")
            except InputError as exc:
                problems.append(exc)
                continue
            if indicator_id is not None and indicator_id not in target.indicators():
                problems.append(
                    InputError(
                        where,
                        said(
                            "set.reference_no_indicator",
                            indicator=repr(indicator_id),
                            id=set_id,
                            known=list(target.indicators()) or "—",
                        ),
                    )
                )
        if criteria_set.continues is not None:
            problems.extend(self._check_continuation(criteria_set.continues, chain, origin))
        if problems:
            raise InputErrors(problems)

    def _check_continuation(
        self, continues: Continuation, chain: tuple[str, ...], origin: YamlOrigin
    ) -> list[InputError]:
        """The earlier set a `continues:` names exists and holds the criteria it lists."""
        where = origin.locate(("continues", "set"))
        try:
            earlier = self._referenced(continues.set_id, chain, where, "continues")
        except InputError as exc:
            return [exc]
        known = earlier.criterion_ids()
        return [
            InputError(
                origin.locate(("continues", "criteria", own)),
                said("set.continues_no_criterion", key=repr(theirs), id=earlier.id, known=known),
            )
            for own, theirs in continues.criteria.items()
            if theirs not in known
        ]

    def closure(self, set_id: str) -> dict[str, CriteriaSet]:
        """The set and every set it refers to, transitively (what the engine may look up)."""
        if set_id in self._closures:
            return self._closures[set_id]
        found: dict[str, CriteriaSet] = {}
        pending = [set_id]
        while pending:
            current = pending.pop()
            if current in found:
                continue
            found[current] = self.get(current)
            pending.extend(ref for _, ref, _ in found[current].references())
        self._closures[set_id] = found
        return found

    def digests(self, set_ids: Iterable[str]) -> dict[str, str]:
        """SHA-256 of each set file these sets depend on (references, `extends`), by id."""
        from ntm_cli.inputs.digest import sha256_file

        wanted: set[str] = set()
        pending = list(set_ids)
        while pending:
            current = pending.pop()
            if current in wanted:
                continue
            wanted.add(current)
            pending.extend(self.closure(current))
            if current in self._parents:
                pending.append(self._parents[current])
        for set_id in wanted - self._digests.keys():
            self._digests[set_id] = sha256_file(self.path(set_id))
        return {set_id: self._digests[set_id] for set_id in sorted(wanted)}

    def all(self) -> list[CriteriaSet]:
        """Every set, loaded, in id order."""
        return [self.get(i) for i in self.ids()]

    def header(self, set_id: str) -> dict[str, Any]:
        """A set's top-level metadata without its criteria (cheap: no full validation)."""
        if set_id in self._loaded:
            return self._loaded[set_id].model_dump(exclude={"criteria"})
        return read_header(self.path(set_id))

    def _national(self, level: str, tier: str, year: int) -> str | None:
        """Id of the bundled Prime-Minister set (QĐ-TTg, no `extends`) for level, tier, year."""
        key = (level, tier, year)
        if key not in self._nationals:
            self._nationals[key] = self._find_national(level, tier, year)
        return self._nationals[key]

    def _find_national(self, level: str, tier: str, year: int) -> str | None:
        bundled = bundled_dir()
        for set_id in self.ids():
            if self._paths[set_id].parent != bundled:
                continue
            head = self.header(set_id)
            period = head.get("period") or {}
            decision = head.get("decision") or {}
            if (
                head.get("level") == level
                and head.get("tier") == tier
                and not head.get("extends")
                and str(decision.get("number", "")).endswith("QĐ-TTg")
                and int(period.get("start", 0)) <= year <= int(period.get("end", 0))
            ):
                return set_id
        return None

    def national_default(self, year: int, level: str = "xa") -> CriteriaSet:
        """The national NTM set in force for `year` (used when a commune names none).

        Only bundled Prime-Minister decisions (QĐ-TTg) qualify, so a user's or a
        province's set never becomes the default by accident.
        """
        set_id = self._national(level, "ntm", year)
        if set_id is None:
            raise UsageError(said("set.no_national", year=year))
        return self.get(set_id)

    def ladder(self, base: CriteriaSet, year: int) -> list[CriteriaSet]:
        """The tiers above `base` for `year`: bundled national sets of the same level.

        NTM -> nâng cao -> kiểu mẫu; a period with no national higher tier (2016–2020 in
        this library, 2026–2030 per QĐ 51/2025) gives a ladder of one step.
        """
        steps = [base]
        start = TIER_ORDER.index(base.tier) + 1 if base.tier in TIER_ORDER else len(TIER_ORDER)
        for tier in TIER_ORDER[start:]:
            set_id = self._national(base.level, tier, year)
            if set_id is not None:
                steps.append(self.get(set_id))
        return steps

    def extra_tiers(self, tiers: Sequence[CriteriaSet], wanted: Sequence[str]) -> list[CriteriaSet]:
        """The sets of `wanted` that no tier already is or extends (scored as extra steps)."""
        covered: set[str] = set()
        for tier in tiers:
            current: CriteriaSet | None = tier
            while current is not None and current.id not in covered:
                covered.add(current.id)
                current = self.get(current.extends) if current.extends else None
        found = []
        for set_id in dict.fromkeys(wanted):
            if set_id not in covered:
                found.append(self.get(set_id))
                covered.add(set_id)
        return found


class _ResolvedOrigin:
    """Locates problems of a resolved (extended) set in the child file.

    A path the child wrote is located there; anything else came with the parent and is
    reported at the child's `extends:` line.
    """

    def __init__(self, origin: YamlOrigin, own_keys: frozenset[str]) -> None:
        self._origin = origin
        self._own = own_keys - {"criteria", "extends", "overrides"}
        self.path = origin.path

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """The child's own key when it set it, else the `extends:` line."""
        if loc and str(loc[0]) in self._own:
            return self._origin.locate(loc, at_key=at_key)
        return self._origin.locate(("extends",))
